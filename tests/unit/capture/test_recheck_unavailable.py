"""No re-check browser is an officer's or administrator's problem, said in one sentence: a bundle built
without Playwright (installer/netpatrol.spec, NETPATROL_BUNDLE_PLAYWRIGHT=0) or a workstation where
Chromium is not installed. Neither may reach the crash path ("Internal error: this is a bug")."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from app import cli
from app.capture.recheck import RecheckBrowserMissing, RecheckConfig, RecheckNotInBuild, recheck_urls
from app.capture.takedown import TakedownPatterns, load_patterns
from app.core.errors import ExitCode
from app.infra import paths
from app.vault import Vault
from tests.conftest import PASSPHRASE

URL = "http://127.0.0.1:9/never-reached"


def patterns() -> TakedownPatterns:
    return load_patterns(paths.RESOURCES / "takedown_patterns.json")


def test_a_build_without_playwright_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "playwright.async_api", None)   # what `import` sees when it was left out
    with pytest.raises(RecheckNotInBuild) as caught:
        asyncio.run(recheck_urls([URL], patterns()))
    assert "Playwright was left out" in caught.value.render()


def test_a_missing_chromium_is_named_not_a_crash(tmp_path: Path) -> None:
    missing = tmp_path / "no-chromium" / "chrome"
    with pytest.raises(RecheckBrowserMissing) as caught:
        asyncio.run(recheck_urls([URL], patterns(), RecheckConfig(executable_path=str(missing), timeout_ms=5_000)))
    sentence = caught.value.render()
    assert str(missing) in sentence and "Install Chromium" in sentence and "\n" not in sentence


def test_the_command_prints_one_sentence_and_exits_1(vault_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    case_id = vault.create_case("複查測試", ["PTT"]).id
    vault.lock()
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    monkeypatch.setitem(sys.modules, "playwright.async_api", None)
    code = cli.run(["--vault", str(vault_path), "recheck", "--case", case_id, "--url", URL])   # a bug would raise here
    assert code == ExitCode.ERROR
    assert capsys.readouterr().err == RecheckNotInBuild().render() + "\n"

"""Shared test set-up.

- Qt runs offscreen; QtWebEngine gets --no-sandbox only when we run as root (as the app does).
- Every test gets its own NETPATROL_HOME, so settings, logs and vaults never touch the real user's.
- Vaults are copied from one template made per session: creating one costs ~1.3 s of key
  derivation (PBKDF2 for the database, scrypt for the sealed compartment), which is the point in
  production and a waste in 300 tests. The copy has the same keys, which no test relies on being unique.
- Test pages are synthetic fixtures served on 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import http.server
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " --no-sandbox").strip()
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1" if hasattr(os, "geteuid") and os.geteuid() == 0 else "0")

from app.core import i18n
from app.vault import Vault
from tests.helpers.loopback import quiet, serving

FIXTURES = Path(__file__).parent / "fixtures"
PASSPHRASE = "correct horse battery staple"
OFFICER = "警員測試甲"
UNIT = "測試分局偵查隊"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "netpatrol-home"
    monkeypatch.setenv("NETPATROL_HOME", str(home))
    monkeypatch.delenv("NETPATROL_PASSPHRASE", raising=False)
    yield home
    i18n.install_translator(None)
    _back_to_english()


def _back_to_english() -> None:
    """Each test starts with the interface in English, as a fresh test process does. A test that ran a command in
    this process without --lang (``cli.main([])``) switched it to the default, Chinese, for every test after it on
    the same worker: with the suite spread over two workers, a browser test then read 「此頁面已當機。」."""
    from PySide6.QtCore import QLocale

    if QLocale().language() == QLocale.Language.Chinese:  # what translations.load set, with its translator
        from app.ui.language import apply_language

        apply_language("en")


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.npv"
    Vault.create(path, PASSPHRASE, officer=OFFICER, unit=UNIT).lock()
    return path


@pytest.fixture
def vault_path(tmp_path: Path, vault_template: Path) -> Path:
    """A fresh, empty, locked vault file (passphrase: PASSPHRASE)."""
    target = tmp_path / "vault.npv"
    shutil.copyfile(vault_template, target)
    return target


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """An unlocked empty vault, locked again after the test."""
    opened = Vault.open(vault_path, PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def receiving_path(tmp_path: Path, vault_template: Path) -> Path:
    """A second unit's vault file (its own keys), for case files handed from ``vault`` to it."""
    target = tmp_path / "receiving.npv"
    shutil.copyfile(vault_template, target)
    return target


@pytest.fixture
def receiving(receiving_path: Path) -> Iterator[Vault]:
    opened = Vault.open(receiving_path, PASSPHRASE)
    yield opened
    opened.lock()


@contextlib.contextmanager
def qt_event_loop(qapp: Any, executor: Any = None) -> Iterator[asyncio.AbstractEventLoop]:
    """The qasync loop on the test's QApplication, marked running as under the app's own exec.

    qasync leaves an ``already_running`` loop registered as *the* running loop of the thread until
    it is told otherwise; that broke every later test that calls ``asyncio.run`` (the re-check
    tests). So the loop is unregistered and closed here, whatever the test did.
    """
    import qasync

    event_loop = qasync.QEventLoop(qapp, already_running=True)
    if executor is not None:
        event_loop.set_default_executor(executor)
    asyncio.set_event_loop(event_loop)
    try:
        yield event_loop
    finally:
        asyncio.set_event_loop(None)
        asyncio.events._set_running_loop(None)
        with contextlib.suppress(RuntimeError):
            event_loop.close()


@pytest.fixture(scope="session")
def fixture_server() -> Iterator[str]:
    """Base URL (http://127.0.0.1:PORT) serving tests/fixtures/pages. Loopback only."""
    handler = functools.partial(quiet(http.server.SimpleHTTPRequestHandler), directory=str(FIXTURES / "pages"))
    with serving(handler) as base:
        yield base

"""The command's internal-error path writes what IT support needs to the log (the error's kind and our
code's frames), never the error's text: an exception's message can quote vault data (a sealed name, a
passphrase, captured text), and the log is a plain file in the officer's profile."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app import cli

SECRET = "測試封存甲乙丙 marker passphrase 4711 zz"


def _raise_with_vault_data(argv: object) -> int:
    try:
        raise KeyError(SECRET)
    except KeyError as cause:
        raise ValueError(f"could not seal {SECRET}") from cause


def test_internal_error_logs_kind_and_frames_but_not_the_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NETPATROL_HOME", str(tmp_path))
    monkeypatch.setattr(cli, "run", _raise_with_vault_data)
    with caplog.at_level(logging.DEBUG):
        assert cli.main(["--lang", "en", "case", "list"]) == 1
    logged = caplog.text
    assert "ValueError" in logged and "KeyError" in logged  # the kinds, the cause's too
    assert "test_cli_internal_error_log.py" in logged  # the frames of the code that failed
    assert "測試封存甲乙丙" not in logged and "4711" not in logged
    err = capsys.readouterr().err
    assert "netpatrol.log" in err and "測試封存甲乙丙" not in err

"""Workstation settings (typed, clamped, plain INI) and the task runner's three outcomes."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QObject

from app.core.errors import NotFound, SettingsNotSaved, WrongPassphrase
from app.infra import paths
from app.infra.settings import DEFAULT_IDLE_MINUTES, DEFAULT_REVEAL_MINUTES, Settings
from app.infra.tasks import TaskRunner


def test_settings_defaults_roundtrip_and_clamping(qapp) -> None:
    settings = Settings()
    assert settings.path == paths.settings_file()
    assert settings.language == "zh_TW"
    assert settings.idle_lock_minutes == DEFAULT_IDLE_MINUTES
    assert settings.reveal_minutes == DEFAULT_REVEAL_MINUTES
    assert settings.last_vault is None
    settings.language = "en-US"
    settings.idle_lock_minutes = 0
    settings.reveal_minutes = 999
    settings.last_vault = Path("/srv/vault.npv")
    again = Settings()
    assert again.language == "en"
    assert again.idle_lock_minutes == 1
    assert again.reveal_minutes == 30
    assert again.last_vault == Path("/srv/vault.npv")
    text = settings.path.read_text(encoding="utf-8")
    assert "idle_lock_minutes=1" in text


def test_settings_survive_a_hand_edited_file(qapp, tmp_path: Path) -> None:
    path = tmp_path / "hand.ini"
    path.write_text("[security]\nidle_lock_minutes=ten\n[ui]\nlanguage=fr\n", encoding="utf-8")
    settings = Settings(path)
    assert settings.idle_lock_minutes == DEFAULT_IDLE_MINUTES
    assert settings.language == "zh_TW"


def _outcomes(runner: TaskRunner, func, owner=None):  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    runner.run(func, lambda value: seen.setdefault("result", value), lambda error: seen.setdefault("error", error),
               owner=owner, on_bug=lambda kind, exc, tb: seen.setdefault("bug", exc))
    return seen


def test_synchronous_runner_delivers_result_known_error_and_bug(qapp) -> None:
    runner = TaskRunner(synchronous=True)
    assert _outcomes(runner, lambda: 42) == {"result": 42}
    error = _outcomes(runner, lambda: (_ for _ in ()).throw(WrongPassphrase()))["error"]
    assert isinstance(error, WrongPassphrase)
    bug = _outcomes(runner, lambda: 1 / 0)["bug"]
    assert isinstance(bug, ZeroDivisionError)
    assert runner.running == 0


def test_threaded_runner_runs_off_the_ui_thread_and_delivers_on_it(qtbot) -> None:
    runner = TaskRunner()
    threads: list[bool] = []
    delivered: list[bool] = []

    def work() -> str:
        threads.append(threading.current_thread() is threading.main_thread())
        return "done"

    runner.run(work, lambda value: delivered.append(threading.current_thread() is threading.main_thread()))
    qtbot.waitUntil(lambda: delivered == [True], timeout=15_000)
    assert threads == [False]
    seen = _outcomes(runner, lambda: (_ for _ in ()).throw(NotFound(what="Case", ident="C1")))
    qtbot.waitUntil(lambda: "error" in seen, timeout=15_000)
    seen = _outcomes(runner, lambda: {}["missing"])
    qtbot.waitUntil(lambda: "bug" in seen, timeout=15_000)
    assert isinstance(seen["bug"], KeyError)
    runner.wait(5000)


def test_outcome_dropped_when_owner_is_gone_but_bug_still_reported(qtbot) -> None:
    runner = TaskRunner(synchronous=True)

    class Owner(QObject):
        pass

    owner = Owner()
    owner_ref = owner
    import shiboken6

    shiboken6.delete(owner_ref)
    assert _outcomes(runner, lambda: 1, owner=owner) == {}
    assert isinstance(_outcomes(runner, lambda: 1 / 0, owner=owner)["bug"], ZeroDivisionError)


@pytest.mark.parametrize("as_root", [True, False])
def test_early_init_flags(monkeypatch: pytest.MonkeyPatch, as_root: bool) -> None:
    from app.infra import chromium_env
    from app.main import early_init

    monkeypatch.setattr(chromium_env, "running_as_root", lambda: as_root)
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--remote-debugging-port=9222 --lang=zh-TW")
    root, changes = early_init()
    flags = __import__("os").environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert root is as_root
    assert "--force-webrtc-ip-handling-policy=default_public_interface_only" in flags
    assert ("--no-sandbox" in flags) is as_root
    assert "--lang=zh-TW" in flags
    assert not any(flag.startswith("--remote-debugging") for flag in flags)
    assert changes


def _unwritable(folder: Path) -> None:
    """The settings' folder replaced by a file: no write can land there, even as root (as a full or read-only
    profile disk refuses it)."""
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    folder.write_text("not a folder", encoding="utf-8")


def _writable(folder: Path) -> None:
    folder.unlink()
    folder.mkdir()


def test_a_setting_the_disk_refuses_is_said_holds_for_the_run_and_is_saved_once_it_can_be(qapp, tmp_path) -> None:
    """A full profile disk lost the lock time and the language silently: the officer set 3 minutes and found
    10 again at the next start. Now the write says so; the value holds for this run; the next write that
    lands saves it too."""
    folder = tmp_path / "profile"
    settings = Settings(folder / "settings.ini")
    settings.idle_lock_minutes = 5
    _unwritable(folder)
    with pytest.raises(SettingsNotSaved) as refused:
        settings.idle_lock_minutes = 3
    assert str(folder / "settings.ini") in refused.value.render()
    assert settings.idle_lock_minutes == 3  # this run keeps what the officer chose
    with pytest.raises(SettingsNotSaved):  # each refused write is said, not only the first (QSettings keeps it)
        settings.reveal_minutes = 2
    _writable(folder)
    settings.language = "en"  # lands: and takes the two refused ones with it
    again = Settings(folder / "settings.ini")
    assert (again.idle_lock_minutes, again.reveal_minutes, again.language) == (3, 2, "en")


def test_window_geometry_the_disk_refuses_is_only_logged(qapp, tmp_path, caplog) -> None:
    folder = tmp_path / "profile"
    settings = Settings(folder / "settings.ini")
    _unwritable(folder)
    with caplog.at_level(logging.WARNING):
        settings.set_geometry("main", QByteArray(b"\x01\x02"))  # the window is closing: no message, no crash
    assert "not saved" in caplog.text

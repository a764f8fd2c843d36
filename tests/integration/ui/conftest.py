"""GUI fixtures: real settings file, real thread pool, the vault from tests/conftest.py."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.infra.settings import Settings
from app.infra.tasks import TaskRunner


@pytest.fixture
def settings(_isolated_home: Path) -> Settings:
    return Settings()


@pytest.fixture
def tasks(qapp) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait(30_000)


@pytest.fixture
def bugs(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Bugs that reach sys.excepthook during the test (the crash dialog is not shown in tests)."""
    caught: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, exc, tb: caught.append(exc))
    return caught


@pytest.fixture
def window(qtbot: Any, tasks: TaskRunner, settings: Settings, vault: Any) -> Any:
    """The main window on the test vault, unlocked, not shown (a test module may have its own ``window``)."""
    from app.ui.mainwindow import MainWindow

    shown = MainWindow(tasks, settings)
    qtbot.addWidget(shown)
    shown.set_vault(vault)
    return shown


@contextlib.contextmanager
def wired_session(qtbot: Any, tasks: TaskRunner, settings: Settings, vault: Any, vault_path: Path, *,
                  size: tuple[int, int] | None = None) -> Iterator[Any]:
    """The main window as the application wires it, unlocked and shown, on a vault with a year's overdue clocks
    (eight cases, more than five reminders; NP-115-0008 with two captures and a sealed victim); closed after."""
    import shiboken6

    from app.infra.idle import IdleWatcher
    from app.main import _wire_panels
    from app.ui.session import Session
    from tests.scale.year_vault import Builder

    builder = Builder(vault)
    builder.cases(8, 1)
    builder.clocks()
    session = Session(settings, tasks, IdleWatcher(60_000), vault_path)
    _wire_panels(session)
    qtbot.addWidget(session.window)
    if size is not None:
        session.window.resize(*size)
    session.window.show()
    session._on_opened(vault)
    try:
        yield session
    finally:
        session.end()
        window = session.window
        window.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)

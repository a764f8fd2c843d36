"""Capture screens against a real BrowserPanel, offscreen, on a qasync loop (as the app runs).

``controller`` is wired as in ``app.main``: the browser panel, a real task pool, the officer's
capture settings and the checklist reporter of ``app.commands.steps``. ``finish(task)`` waits for
a capture flow (an asyncio task) while qtbot spins the Qt loop: no sleeps, no nested loops.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from app.commands.steps import checklist_event
from app.core.adapters import load_adapters
from app.infra import paths
from app.infra.browser_prefs import BrowserPrefs
from app.infra.capture_prefs import CapturePrefs
from app.infra.tasks import TaskRunner
from app.ui.browser import BrowserPanel
from app.ui.browser.tab import BrowserTab
from app.ui.capture import CaptureController
from app.vault import Vault
from tests.conftest import qt_event_loop


@pytest.fixture
def loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    with qt_event_loop(qapp) as event_loop:
        yield event_loop


@pytest.fixture
def finish(loop: asyncio.AbstractEventLoop, qtbot: Any) -> Callable[..., Any]:
    def wait(task: asyncio.Task[Any] | None, timeout: float = 120) -> Any:
        assert task is not None, "the action did not start"
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()
    return wait


@pytest.fixture
def tasks(qapp: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait(30_000)


@pytest.fixture
def panel(qtbot: Any, vault: Vault, tmp_path: Path, loop: Any) -> Iterator[BrowserPanel]:
    prefs = BrowserPrefs(tmp_path / "browser.ini")
    prefs.persona_folder = tmp_path / "personas"
    widget = BrowserPanel(vault, prefs=prefs)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def capture_prefs(tmp_path: Path) -> CapturePrefs:
    return CapturePrefs(tmp_path / "capture.ini")


@pytest.fixture
def controller(panel: BrowserPanel, tasks: TaskRunner, capture_prefs: CapturePrefs) -> CaptureController:
    return CaptureController(panel, tasks, capture_prefs, adapters=load_adapters(paths.RESOURCES / "adapters"),
                             platforms=["PTT", "Instagram"],
                             report=lambda vault, case_id, capture_id: checklist_event(
                                 vault, case_id, "capture.complete", [capture_id]),
                             parent=panel)


@pytest.fixture
def pages(fixture_server: str) -> str:
    return f"{fixture_server}/capture_ui/"


def open_and_wait(qtbot: Any, panel: BrowserPanel, url: str) -> BrowserTab:
    tab = panel.open_tab(QUrl())
    with qtbot.waitSignal(tab.page.loadFinished, timeout=20_000):
        tab.load(QUrl(url))
    return tab

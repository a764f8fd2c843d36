"""Case-work fixtures: a real main window with the case-work screens wired as the app does, on a real
vault, a real thread pool, an injectable clock, and a qasync loop marked running (as under the app)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import qasync

from app.capture.recheck import RecheckConfig
from app.capture.takedown import load_patterns
from app.checklist.loader import ProcedureLibrary
from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, StopReason
from app.core.models import ArtifactKind
from app.core.timeutil import utc_now
from app.infra import paths
from app.infra.settings import Settings
from app.infra.tasks import TaskRunner
from app.reports.model import load_agencies
from app.ui.casework import Casework
from app.ui.mainwindow import MainWindow
from app.vault import Vault
from app.vault.captures import store_capture
from app.vault.steps import CaseSteps
from tests.conftest import qt_event_loop


class MovableClock:
    """The time the reminders and the re-check scheduler read; tests move it on."""

    def __init__(self) -> None:
        self.now = utc_now()

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    executor = qasync.QThreadExecutor(2)  # where stored re-checks are written; shut down with the test
    with qt_event_loop(qapp, executor) as event_loop:
        yield event_loop
    executor.shutdown()


@pytest.fixture
def tasks(qapp: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait(30_000)


@pytest.fixture
def opened_urls() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: Any, _isolated_home: Path, tasks: TaskRunner) -> MainWindow:
    main = MainWindow(tasks, Settings())
    qtbot.addWidget(main)
    return main


@pytest.fixture
def casework(window: MainWindow, tasks: TaskRunner, clock: MovableClock, opened_urls: list[str],
             loop: asyncio.AbstractEventLoop) -> Iterator[Casework]:
    library = ProcedureLibrary(paths.RESOURCES / "procedures")
    work = Casework(window, tasks, library.current, lambda: load_agencies(paths.RESOURCES / "agencies.json"),
                    lambda: load_patterns(paths.RESOURCES / "takedown_patterns.json"),
                    RecheckConfig(timeout_ms=20_000), clock=clock, reminder_ms=100, schedule_ms=100, tray=False,
                    opener=lambda url: opened_urls.append(url.toString(url.ComponentFormattingOption.FullyEncoded)))
    yield work
    work.shutdown()
    window.set_vault(None)


def add_capture(vault: Vault, case_id: str, url: str, *, minutes_ago: int = 5) -> str:
    """A complete capture of ``url`` (what a re-check opens again), stored as the capture engine does."""
    at = utc_now() - timedelta(minutes=minutes_ago)
    capture = PageCapture(CaptureKind.PAGE, url, url, "IMG 1", at, at, Completeness(True, StopReason.END_REACHED, 1),
                          (CapturedFile(FileRole.TEXT, ArtifactKind.TEXT, "page.txt", "text/plain", b"IMG 1"),),
                          metadata={"platform": "SyntheticSocial"})
    stored, _artifacts = store_capture(vault, case_id, capture)
    return stored.id


def ready_for_takedown(vault: Vault, case_id: str, url: str) -> str:
    """A captured, assessed case whose takedown was referred (so a re-check can tick its step), three days
    ago: the order and the re-check that tests record later must come after it."""
    steps = CaseSteps(vault, ProcedureLibrary(paths.RESOURCES / "procedures").current)
    referred = utc_now() - timedelta(days=3)
    capture_id = add_capture(vault, case_id, url, minutes_ago=3 * 24 * 60 + 10)
    steps.on_event(case_id, "capture.complete", at=referred - timedelta(minutes=10), data={"evidence": [capture_id]})
    steps.tick(case_id, "assess-elements", note="三要件成立（測試）", at=referred - timedelta(minutes=5))
    steps.tick(case_id, "record-poster", at=referred - timedelta(minutes=4))
    steps.tick(case_id, "takedown-referral", note="已陳報婦幼隊（測試）", at=referred)
    return capture_id


def start_removal_clock(vault: Vault, case_id: str, hours_ago: float) -> None:
    """The social authority's order to the platform, served ``hours_ago``: the 24-hour removal clock runs."""
    steps = CaseSteps(vault, ProcedureLibrary(paths.RESOURCES / "procedures").current)
    at = utc_now() - timedelta(hours=hours_ago)
    if steps.view(case_id).status("assess-elements").state.value != "done":
        steps.tick(case_id, "assess-elements", note="三要件成立（測試）", at=at - timedelta(hours=1))
    steps.tick(case_id, "report-social-authority", note="已通報社會局（測試）", at=at - timedelta(minutes=30))
    if steps.view(case_id).status("identify-victim").state.value != "done":  # an order exists only for images spread
        steps.tick(case_id, "identify-victim", at=at - timedelta(minutes=20),
                   data={"victim_age": "none", "images_spread": "yes"})
    steps.tick(case_id, "platform-order", note="處分書送達（測試）", at=at, data={"image_kind": "child"})

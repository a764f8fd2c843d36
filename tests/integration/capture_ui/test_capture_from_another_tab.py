"""Capture pressed while the main window shows something else than the browser (a case, the checklist): the browser
comes to the front and the page is captured. Found by a shift's soak: a page that is not shown is not painted, so
``Page.captureScreenshot`` got no answer; the officer waited a full minute for "The browser did not answer in time",
and nothing was stored."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget

from app.ui.browser import BrowserPanel
from app.ui.capture import CaptureController
from app.ui.capture.result import CaptureResultDialog
from app.vault import Vault
from tests.integration.capture_ui.conftest import open_and_wait


@contextmanager
def case_in_front(qtbot: Any, panel: BrowserPanel, vault: Vault, pages: str) -> Iterator[tuple[QTabWidget, str]]:
    """The main window's work area (the case view first, the browser beside it), a page open in the browser and the
    case in front, as after the officer went back to the case; yields the area and the case's id."""
    area = QTabWidget()
    case_page = QLabel("Case NP-TEST")
    area.addTab(case_page, "Case")
    area.addTab(panel, "Browser")
    area.resize(1200, 800)
    area.show()
    case = vault.create_case("合成測試案件", [])
    panel.set_case(case.id)
    area.setCurrentWidget(panel)
    open_and_wait(qtbot, panel, pages + "post.html")
    area.setCurrentWidget(case_page)
    qtbot.wait(200)
    try:
        yield area, case.id
    finally:  # the panel's fixture shuts it down, after the area is gone
        area.removeTab(area.indexOf(panel))
        panel.setParent(None)
        panel.show()
        area.deleteLater()


def test_capture_from_the_case_tab_brings_the_browser_forward_and_stores_the_page(
        qtbot: Any, panel: BrowserPanel, controller: CaptureController, vault: Vault, pages: str, finish: Any) -> None:
    with case_in_front(qtbot, panel, vault, pages) as (area, case_id):
        outcome = finish(controller.capture_now(), timeout=90)
        assert outcome is not None, "the capture failed"
        assert outcome.case_id == case_id
        assert area.currentWidget() is panel


def test_closed_result_dialogs_do_not_pile_up(qtbot: Any, panel: BrowserPanel, controller: CaptureController,
                                              vault: Vault, pages: str, finish: Any) -> None:
    """Every capture's result dialog, once closed or replaced by the next one, is gone (each one stayed alive, closed,
    until the program ended: 34 widgets and its files' list per capture in a shift's soak)."""
    case = vault.create_case("合成測試案件", [])
    panel.set_case(case.id)
    open_and_wait(qtbot, panel, pages + "post.html")
    for number in range(3):
        assert finish(controller.capture_now()) is not None
        if number == 1:
            controller.result_dialog.close()  # the officer closes one; the others are replaced by the next
    qtbot.wait(100)
    assert len(panel.findChildren(CaptureResultDialog)) == 1  # the last one, still open


def test_a_burst_started_from_the_case_tab_brings_the_browser_forward_and_takes_frames(
        qtbot: Any, panel: BrowserPanel, controller: CaptureController, vault: Vault, pages: str, finish: Any) -> None:
    """The same for a burst (and a recording, which starts the same way): a page not shown sends no frame."""
    with case_in_front(qtbot, panel, vault, pages) as (area, case_id):
        controller.interval.setValue(50)
        finish(controller.toggle_burst())
        assert controller.running and area.currentWidget() is panel
        qtbot.waitUntil(lambda: controller.recorder.frame_count >= 3, timeout=30_000)
        outcome = finish(controller.toggle_burst())
        assert outcome is not None and outcome.case_id == case_id

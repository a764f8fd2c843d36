"""The takedown re-check from the GUI, in a real headless Chromium against pages on 127.0.0.1: the
window keeps running while it works, each result is stored as a hashed capture and reported to the
checklist; and the scheduler starts it by itself once a removal deadline has passed."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.capture.recheck import RecheckConfig, RecheckResult, store
from app.capture.takedown import Classification
from app.checklist.engine import StepState
from app.checklist.events import StepAction
from app.core.timeutil import utc_now
from app.infra.tasks import TaskRunner
from app.reports.notices import DocumentKind
from app.ui.capture.gallery import CaptureView
from app.ui.capture.stored import gallery_entries, load_detail, with_thumbnails
from app.ui.casework import Casework
from app.ui.casework.recheck import RecheckOptionsDialog
from app.ui.casework.scheduler import due_rechecks
from app.ui.mainwindow import MainWindow
from app.vault import Vault
from app.vault.captures import captures_in_case
from tests.integration.casework.conftest import MovableClock, add_capture, ready_for_takedown, start_removal_clock


@pytest.fixture(scope="module")
def missing_page() -> Iterator[str]:
    """A URL answering 404 (the static fixture server cannot choose its status)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><head><title>404</title></head><body><h1>Not Found</h1></body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/post/404"
    server.shutdown()
    server.server_close()


class Heartbeat:
    """A 20 ms QTimer and the longest gap between its ticks: the event loop's responsiveness."""

    def __init__(self) -> None:
        self.ticks = 0
        self.longest = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1


def rechecks(vault: Vault, case_id: str) -> list:
    return [c for c in captures_in_case(vault, case_id) if c.kind == "recheck"]


def test_removed_page_ticks_the_step_without_freezing_the_window(qtbot, window: MainWindow, casework: Casework,
                                                                 vault: Vault, missing_page: str) -> None:
    case = vault.create_case("已移除（測試）", ["SyntheticSocial"])
    ready_for_takedown(vault, case.id, missing_page)
    window.set_vault(vault)
    window.select_case(case.id)
    panel = casework.recheck
    heartbeat = Heartbeat()
    with qtbot.waitSignal(panel.job.finished, timeout=120_000) as finished:
        assert panel.start()
        assert panel.busy and not panel.start_button.isEnabled()
    heartbeat.timer.stop()
    [row] = finished.args[0]
    assert (row.classification, row.status, row.event) == (Classification.REMOVED, 404, "recheck.removed")
    assert row.steps_done == ("recheck-removed",)
    assert heartbeat.ticks > 10 and heartbeat.longest < 1.0, (heartbeat.ticks, heartbeat.longest)
    [stored] = rechecks(vault, case.id)
    assert stored.id == row.capture_id and stored.metadata["status"] == 404
    assert stored.metadata["classification"] == "removed" and stored.metadata["final_url"] == missing_page
    step = casework.checklist.view.status("recheck-removed")
    assert step.state is StepState.DONE and step.event.action is StepAction.AUTO
    assert step.evidence_ids == (row.capture_id,)
    assert panel.rows()[0][:3] == (missing_page, Classification.REMOVED.label(), "404")
    assert "1 removed" in panel.status.text() and not panel.hint.isVisible()
    assert not panel.busy and panel.start_button.isEnabled() and panel.cancel_button.isHidden()
    assert vault.verify().ok


def test_page_still_online_raises_the_escalation(qtbot, window: MainWindow, casework: Casework, vault: Vault,
                                                 fixture_server: str) -> None:
    url = f"{fixture_server}/recheck/online.html"
    case = vault.create_case("仍在線上（測試）", ["SyntheticSocial"])
    ready_for_takedown(vault, case.id, url)
    window.show()
    window.set_vault(vault)
    window.select_case(case.id)
    window.case_view.tabs.setCurrentWidget(casework.recheck)
    with qtbot.waitSignal(casework.recheck.job.finished, timeout=120_000) as finished:
        casework.recheck.start()
    [row] = finished.args[0]
    assert (row.classification, row.status, row.event, row.steps_done) == (Classification.ONLINE, 200,
                                                                           "recheck.present", ())
    assert casework.checklist.view.status("recheck-removed").state is StepState.AVAILABLE
    assert casework.recheck.hint.isVisible() and "DNS RPZ" in casework.recheck.hint.text()
    casework.recheck.escalate_button.click()  # the DNS RPZ request, prepared from the case
    dialog = casework.documents_dialog
    assert dialog is not None and dialog.kind is DocumentKind.DNS_RPZ
    casework.recheck.set_case(case.id)  # reopened later: the earlier re-check is listed from the vault
    assert casework.recheck.rows()[0][:3] == (url, Classification.ONLINE.label(), "200")
    assert casework.recheck.rows()[0][4] == "HTTP status 200"  # the recorded "status 200", in words
    table = casework.recheck.table  # seen: the final address took the room and the re-checked one was cut
    assert table.columnWidth(0) == table.columnWidth(3)
    assert table.item(0, 0).toolTip() == url


def test_a_case_without_captures_says_so(qtbot, window: MainWindow, casework: Casework, vault: Vault) -> None:
    case = vault.create_case("尚無截圖（測試）")
    window.set_vault(vault)
    window.select_case(case.id)
    # not an empty table alone: it says nothing was re-checked yet, and when to
    assert "not been re-checked yet" in casework.recheck.status.text() and casework.recheck.table.rowCount() == 0
    with qtbot.waitSignal(casework.recheck.job.failed, timeout=15_000):
        casework.recheck.start()
    assert case.number in casework.recheck.error.text()


def test_options_default_to_a_clean_browser(qtbot, tmp_path: Path) -> None:
    base = RecheckConfig(timeout_ms=5000)
    dialog = RecheckOptionsDialog("115-0001", base)
    qtbot.addWidget(dialog)
    assert dialog.clean.isChecked() and dialog.config().storage_state is None
    dialog.persona.setChecked(True)
    dialog.buttons.accepted.emit()  # no file chosen: refused with a sentence
    assert dialog.result() == 0 and dialog.error.text()
    state = tmp_path / "persona.json"
    state.write_text('{"cookies": [], "origins": []}', encoding="utf-8")
    dialog.persona_file.setText(str(state))
    dialog.buttons.accepted.emit()
    assert dialog.result() == 1 and dialog.config().storage_state == state and dialog.config().timeout_ms == 5000


def test_scheduler_starts_a_recheck_once_the_removal_deadline_passed(qtbot, window: MainWindow, casework: Casework,
                                                                     vault: Vault, clock: MovableClock,
                                                                     missing_page: str) -> None:
    case = vault.create_case("逾時自動複查（測試）", ["SyntheticSocial"])
    ready_for_takedown(vault, case.id, missing_page)
    start_removal_clock(vault, case.id, hours_ago=23)  # one hour left
    casework.auto_countdown_s = 1  # the question starts by itself with a clean browser
    offered: list = []
    casework.scheduler.offered.connect(offered.append)
    window.show()
    window.set_vault(vault)
    qtbot.waitUntil(lambda: casework.scheduler.active, timeout=10_000)
    qtbot.wait(400)  # several checks (every 100 ms): the deadline has not passed, nothing is offered
    assert offered == [] and not casework.recheck.busy
    clock.now += timedelta(hours=2)
    qtbot.waitUntil(lambda: len(offered) == 1, timeout=15_000)
    assert offered[0].case_id == case.id and offered[0].clock_id == "platform-removal"
    dialog = casework.recheck.options_dialog
    assert dialog is not None and "platform-removal deadline" in dialog.intro.text() and case.number in dialog.intro.text()
    # Seen: the question switched the case shown, and with it where the browser's captures and downloads go.
    assert window.current_case_id() == ""
    qtbot.waitUntil(lambda: casework.recheck.busy, timeout=15_000)  # the countdown ran out: started
    assert casework.recheck.job.case_id == case.id
    with qtbot.waitSignal(casework.recheck.job.finished, timeout=120_000) as finished:
        pass
    [row] = finished.args[0]
    assert row.classification is Classification.REMOVED and row.steps_done == ("recheck-removed",)
    qtbot.wait(400)  # the clock is stopped now: no second offer
    assert len(offered) == 1


def test_cases_past_the_deadline_are_offered_one_question_at_a_time(qtbot, window: MainWindow, casework: Casework,
                                                                     vault: Vault) -> None:
    """Two cases past the removal deadline (a Monday morning): the officer is asked about one; the other
    waits until that question is answered instead of replacing it, and neither is lost."""
    cases = [vault.create_case(f"逾時 {n}（測試）") for n in range(2)]
    for case in cases:
        add_capture(vault, case.id, "https://platform.invalid/p/1")
        start_removal_clock(vault, case.id, hours_ago=30)
    casework.auto_countdown_s = 600  # the officer answers; nothing starts by itself here
    offered: list = []
    casework.scheduler.offered.connect(offered.append)
    window.show()
    window.set_vault(vault)
    qtbot.waitUntil(lambda: len(offered) == 1, timeout=15_000)
    first = casework.recheck.options_dialog
    assert first is not None and first.isVisible() and window.current_case_id() == ""
    qtbot.keyClick(first, Qt.Key.Key_Return)  # typed for something else: it does not start the re-check
    assert not casework.recheck.busy and first.isVisible()
    qtbot.wait(400)  # several checks (every 100 ms): the open question stays, nothing else is asked
    assert len(offered) == 1 and casework.recheck.options_dialog is first
    first.reject()  # "later"
    qtbot.waitUntil(lambda: len(offered) == 2, timeout=15_000)
    assert {item.case_id for item in offered} == {case.id for case in cases}
    assert casework.recheck.options_dialog.isVisible()
    casework.recheck.options_dialog.reject()
    qtbot.wait(400)
    assert len(offered) == 2 and casework.recheck.options_dialog is None  # each asked once this session


def test_the_question_waits_while_another_dialog_is_open(qtbot, window: MainWindow, casework: Casework,
                                                        vault: Vault) -> None:
    """Seen: the question opened over the reveal dialog, took the Enter typed for it and started a re-check."""
    from PySide6.QtWidgets import QDialog

    case = vault.create_case("逾時（測試）")
    add_capture(vault, case.id, "https://platform.invalid/p/1")
    start_removal_clock(vault, case.id, hours_ago=30)
    casework.auto_countdown_s = 600
    offered: list = []
    casework.scheduler.offered.connect(offered.append)
    window.show()
    other = QDialog(window)  # e.g. the reveal dialog, being answered
    other.setModal(True)
    other.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is other, timeout=15_000)
    window.set_vault(vault)
    qtbot.wait(500)  # several checks (every 100 ms)
    assert offered == [] and casework.recheck.options_dialog is None
    other.accept()
    qtbot.waitUntil(lambda: len(offered) == 1, timeout=15_000)
    casework.recheck.options_dialog.reject()


def test_a_recheck_after_the_deadline_is_not_due_again(vault: Vault, casework: Casework) -> None:
    case = vault.create_case("已複查（測試）")
    add_capture(vault, case.id, "https://platform.invalid/p/9")
    start_removal_clock(vault, case.id, hours_ago=30)  # overdue by 6 hours
    uncaptured = vault.create_case("未蒐證（測試）")
    start_removal_clock(vault, uncaptured.id, hours_ago=30)  # overdue too, but there is nothing to re-check
    casework.source.set_vault(vault)
    now = utc_now()
    assert [d.case_id for d in due_rechecks(casework.source, now)] == [case.id]
    checked = RecheckResult("https://platform.invalid/p/9", "https://platform.invalid/p/9", 200,
                            Classification.ONLINE, "status 200", "default", now, now, "IMG 1", None)
    store(vault, case.id, checked)  # re-checked after the deadline: still online, but not due again
    assert due_rechecks(casework.source, now) == []
    casework.source.set_vault(None)
    assert due_rechecks(casework.source, now) == []  # locked: nothing


def test_the_recheck_screenshot_is_shown_with_the_case_captures(qtbot, vault: Vault) -> None:
    """Seen: a stored re-check had no thumbnail and no picture in the capture view."""
    case = vault.create_case("複查截圖（測試）")
    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("grey"))  # IMG 1
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    now = utc_now()
    capture_id = store(vault, case.id, RecheckResult("https://platform.invalid/p/1", "https://platform.invalid/p/1", 404,
                                                 Classification.REMOVED, "status 404", "default", now, now, "IMG 1",
                                                 bytes(buffer.data())))
    [entry] = with_thumbnails(vault, gallery_entries(vault, case.id))  # as the captures tab makes it
    assert not entry.thumbnail.isNull()
    detail = load_detail(vault, capture_id)
    assert [name for name, image in detail.images if not image.isNull()] == ["recheck.png"]
    view = CaptureView(TaskRunner())
    qtbot.addWidget(view)
    view.show_detail(detail)
    assert ">none (a clean browser, no cookies)<" in view.header.text()  # seen: "persona -"

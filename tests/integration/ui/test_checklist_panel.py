"""The checklist panel, the clocks dashboard and the reminders, offscreen, on a real vault."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QInputDialog, QLabel, QSystemTrayIcon

from app.checklist.engine import StepState
from app.checklist.loader import ProcedureLibrary
from app.core.ids import new_id
from app.core.models import Case
from app.core.timeutil import iso_utc, taipei, utc_now
from app.infra.reminders import ReminderService
from app.ui.checklist import ChecklistPanel, ClocksDashboard, ReminderBanner
from app.ui.checklist.icons import OVERDUE
from app.ui.checklist.panel import STEP_ROLE
from app.ui.common import format_short, format_time
from app.vault import Vault
from app.vault.steps import CaseSteps
from tests.integration.casework.conftest import start_removal_clock

PROCEDURES = Path(__file__).resolve().parents[3] / "resources" / "procedures"


@pytest.fixture
def steps(vault: Vault) -> CaseSteps:
    return CaseSteps(vault, ProcedureLibrary(PROCEDURES).current)


def add_capture(vault: Vault, case_id: str, complete: bool) -> str:
    capture_id = new_id("K")
    at = iso_utc(utc_now() - timedelta(minutes=5))
    vault.db.execute(
        "INSERT INTO captures (id, case_id, kind, url, final_url, title, started_at, ended_at, persona, complete, "
        "completeness, metadata, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (capture_id, case_id, "page", f"https://platform.invalid/{capture_id}", "x", "IMG 1", at, at, "",
         int(complete), "{}", "{}", 0))
    return capture_id


def row(panel: ChecklistPanel, step_id: str):  # type: ignore[no-untyped-def]
    for index in range(panel.tree.topLevelItemCount()):
        parent = panel.tree.topLevelItem(index)
        for child in range(parent.childCount()):
            if parent.child(child).data(0, STEP_ROLE) == step_id:
                return parent.child(child)
    raise AssertionError(step_id)


def test_steps_grouped_by_section_with_blocked_reason(qtbot, vault: Vault, steps: CaseSteps) -> None:
    case = vault.create_case("檢核表面板")
    add_capture(vault, case.id, complete=False)
    panel = ChecklistPanel(steps)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.tick_button.isEnabled()
    panel.set_case(case.id)
    procedure = steps.procedure
    assert panel.tree.topLevelItemCount() == len(procedure.sections)
    assert sum(panel.tree.topLevelItem(i).childCount() for i in range(len(procedure.sections))) == len(procedure.steps)
    takedown = row(panel, "takedown-referral")
    assert takedown.text(1) == StepState.BLOCKED.label()
    assert "陸.二(二)" in takedown.text(3) and "1 of 1" in takedown.text(3)
    panel.select_step("takedown-referral")
    assert not panel.tick_button.isEnabled()
    assert "陸.二(二)" in panel.tick_button.toolTip()
    assert "陸.二(二)" in panel.detail.toPlainText()
    assert "Completed automatically by: issuing “Takedown referral to the Women and Children Police Corps”" in (
        panel.detail.toPlainText())  # not the event id document.generated:takedown-referral
    assert row(panel, "dns-rpz-evidence").text(1) == StepState.NOT_APPLICABLE.label()


def test_manual_tick_through_the_dialog(qtbot, vault: Vault, steps: CaseSteps) -> None:
    case = vault.create_case("人工勾選")
    capture = add_capture(vault, case.id, complete=True)
    panel = ChecklistPanel(steps)
    qtbot.addWidget(panel)
    panel.set_case(case.id)
    panel.select_step("assess-elements")
    assert panel.tick_button.isEnabled()
    dialog = panel.tick_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "(required)" in ok.toolTip()  # the note is required (seen: the step's id in
    dialog.note.setPlainText("   ")                            # the engine's sentence when pressed without one)
    assert not ok.isEnabled()
    dialog.note.setPlainText("三要件均成立")
    assert ok.isEnabled() and ok.toolTip() == ""
    assert dialog.evidence.item(0).text().startswith(f"{capture}  capture (Page)  ")  # the kind in words, not "page"
    dialog.evidence.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(panel.changed, timeout=10_000) as changed:
        ok.click()
    assert changed.args == [case.id]
    panel.refresh()
    status = panel.view.status("assess-elements")  # type: ignore[union-attr]
    assert status.state is StepState.DONE and status.evidence_ids == (capture,)
    assert vault.actor.officer in row(panel, "assess-elements").text(2)
    done = row(panel, "assess-elements")
    assert done.toolTip(2) == done.text(2) and done.toolTip(0).startswith(done.text(0))  # the column may cut them
    assert row(panel, "assess-elements").text(4) == capture
    assert vault.audit.entries(case.id)[-1].action == "step.done"


def test_choice_fields_and_the_victim_branch(qtbot, vault: Vault, steps: CaseSteps) -> None:
    case = vault.create_case("被害人分流")
    panel = ChecklistPanel(steps)
    qtbot.addWidget(panel)
    panel.set_case(case.id)
    panel.select_step("identify-victim")
    dialog = panel.tick_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.evidence.count() == 0 and not dialog.evidence.isVisible()  # seen: a blank box over the title
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    age = dialog.findChild(QComboBox, "field_victim_age")
    spread = dialog.findChild(QComboBox, "field_images_spread")
    assert not ok.isEnabled()  # both choices are required
    age.setCurrentIndex(age.findData("adult"))
    assert not ok.isEnabled()
    spread.setCurrentIndex(spread.findData("yes"))
    assert ok.isEnabled()
    age.setCurrentIndex(0)  # back to "(choose)"
    assert not ok.isEnabled()
    age.setCurrentIndex(age.findData("adult"))
    ok.click()
    panel.refresh()
    assert row(panel, "victim-authorization").text(1) == StepState.AVAILABLE.label()
    assert row(panel, "siarc-minor").text(1) == StepState.NOT_APPLICABLE.label()


def _origin_ticked(qtbot, vault: Vault, steps: CaseSteps, title: str) -> tuple[Case, ChecklistPanel]:
    """A case whose 「記錄案件來源」 is done, shown in a panel with that step selected (what an undo starts from)."""
    case = vault.create_case(title)
    steps.tick(case.id, "record-origin", data={"origin": "patrol"})
    panel = ChecklistPanel(steps)
    qtbot.addWidget(panel)
    panel.set_case(case.id)
    panel.select_step("record-origin")
    return case, panel


def test_undo_asks_and_is_audited(qtbot, vault: Vault, steps: CaseSteps, monkeypatch: pytest.MonkeyPatch) -> None:
    case, panel = _origin_ticked(qtbot, vault, steps, "撤銷確認")
    assert panel.undo_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: 0)
    panel.undo_button.click()  # cancelled: nothing happens
    assert [e.action.value for e in steps.store.events(case.id)] == ["done"]
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: (dialog.setTextValue("  勾錯案件 "), 1)[1])
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.undo_button.click()
    assert [(e.action.value, e.note) for e in steps.store.events(case.id)] == [("done", ""), ("undo", "勾錯案件")]
    assert vault.audit.entries(case.id)[-1].action == "step.undo"
    assert row(panel, "record-origin").text(1) == StepState.AVAILABLE.label()
    assert "勾錯案件" in panel.detail.toPlainText()  # the record shows the tick and its undo


def test_an_undo_needs_a_reason(qtbot, vault: Vault, steps: CaseSteps, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: OK on an empty 「原因」 withdrew the tick with no reason in the record or the audit log."""
    case, panel = _origin_ticked(qtbot, vault, steps, "撤銷須附理由")
    with monkeypatch.context() as patch:  # OK pressed on a blank reason, however the question is asked
        patch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
        patch.setattr(QInputDialog, "exec", lambda dialog: (dialog.setTextValue("  "), 1)[1])
        panel.undo_button.click()
    assert [e.action.value for e in steps.store.events(case.id)] == ["done"]
    dialog = panel.undo_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.setTextValue("   ")
    assert not ok.isEnabled()
    dialog.setTextValue("勾錯案件")
    assert ok.isEnabled()
    dialog.setTextValue("")
    assert not ok.isEnabled()
    dialog.reject()
    assert [e.action.value for e in steps.store.events(case.id)] == ["done"]


def _victim(steps: CaseSteps, case_id: str, hours_ago: float) -> None:
    """A case assessed ``hours_ago`` (which starts the Art 7 clock) whose victim is a minor."""
    when = utc_now() - timedelta(hours=hours_ago)
    steps.tick(case_id, "assess-elements", at=when, note="三要件成立（測試）")
    steps.tick(case_id, "identify-victim", at=when, data={"victim_age": "minor", "images_spread": "yes"})


def test_dashboard_lists_running_clocks_overdue_in_red(qtbot, vault: Vault, steps: CaseSteps) -> None:
    late = vault.create_case("逾期案件")
    soon = vault.create_case("即將到期")
    fresh = vault.create_case("剛開始")
    _victim(steps, late.id, 30)
    _victim(steps, soon.id, 20)
    _victim(steps, fresh.id, 1)
    dashboard = ClocksDashboard(steps)
    qtbot.addWidget(dashboard)
    dashboard.show()
    table = dashboard.table
    assert table.rowCount() == 3
    assert [table.item(r, 0).text().split()[0] for r in range(3)] == [late.number, soon.number, fresh.number]
    assert table.item(0, 6).foreground().color() == OVERDUE
    assert table.item(0, 0).font().bold()
    assert table.item(2, 6).foreground().color() != OVERDUE
    # the amount never breaks across lines in the narrow column: seen, "overdue by 8 d 15" then "h" alone
    assert table.item(0, 5).text().startswith("overdue by 6\u00a0h\u00a0")
    deadline = dashboard.clocks[0].deadline
    assert deadline is not None and table.item(0, 4).text() == format_short(deadline)  # as in the case list
    assert table.item(0, 4).toolTip() == format_time(deadline)
    assert taipei(deadline).strftime("%H:%M") in table.item(0, 4).text()  # shown in Taipei time
    table.sortItems(5, Qt.SortOrder.DescendingOrder)  # most time left first
    assert table.item(0, 0).text().startswith(fresh.number)
    with qtbot.waitSignal(dashboard.case_activated, timeout=10_000) as activated:
        table.itemDoubleClicked.emit(table.item(0, 1))
    assert activated.args == [fresh.id]
    steps.tick(late.id, "report-social-authority", note="phoned")
    dashboard.refresh()
    assert table.rowCount() == 2 and "1 overdue" not in dashboard.summary.text()


class MovableClock:
    def __init__(self) -> None:
        self.now = utc_now()

    def __call__(self) -> datetime:
        return self.now


class FakeTray:
    """Stands in for the system tray, which the offscreen platform does not have."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title: str, text: str, icon: object, msecs: int) -> None:
        self.messages.append((title, text))


def test_the_reminders_of_one_check_make_one_desktop_notification(qtbot, vault: Vault, steps: CaseSteps,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The app opened after a weekend: three clocks are overdue at once; one toast says so, not three."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    cases = [vault.create_case(f"提醒 {n}") for n in range(3)]
    for case in cases:
        _victim(steps, case.id, 1)
    clock = MovableClock()
    service = ReminderService(steps.running_clocks, clock=clock, interval_ms=60_000)
    tray = FakeTray()
    banner = ReminderBanner(service, steps, tray)  # type: ignore[arg-type]
    qtbot.addWidget(banner)
    clock.now += timedelta(hours=30)
    assert len(service.check_now()) == 3
    qtbot.waitUntil(lambda: bool(tray.messages), timeout=10_000)
    qtbot.wait(50)
    [(_title, text)] = tray.messages
    assert text.startswith("3 deadlines need attention.") and "overdue" in text
    assert len(banner.reminders) == 3  # the banner lists each


def test_the_banner_lists_the_most_urgent_clocks_and_counts_the_rest(qtbot, vault: Vault, steps: CaseSteps) -> None:
    cases = [vault.create_case(f"提醒 {n}") for n in range(7)]
    for hours_ago, case in enumerate(cases, start=1):  # the last case's deadline is the earliest
        _victim(steps, case.id, hours_ago)
    clock = MovableClock()
    service = ReminderService(steps.running_clocks, clock=clock, interval_ms=60_000)
    banner = ReminderBanner(service, steps)
    qtbot.addWidget(banner)
    clock.now += timedelta(hours=18, minutes=30)  # every clock has passed its 6-hour lead time
    service.check_now()
    clock.now += timedelta(hours=5)  # and then the 2-hour one (or the deadline): one line per clock still
    service.check_now()
    lines = banner.text.text().split("<br>")
    assert len(banner.reminders) == 7 and len(lines) == 6
    assert cases[-1].number in lines[0] and cases[-5].number in lines[4]
    assert lines[5] == "…and 2 more: the Clocks tab lists every running clock."
    with qtbot.waitSignal(banner.case_activated) as opened:
        banner.open_button.click()
    assert opened.args == [cases[-1].id]


def test_reminders_at_lead_times_and_after_a_clock_jump(qtbot, vault: Vault, steps: CaseSteps) -> None:
    case = vault.create_case("提醒")
    _victim(steps, case.id, 1)  # 23 h left; lead times are 6 h, 2 h, 30 min
    clock = MovableClock()
    service = ReminderService(steps.running_clocks, clock=clock, interval_ms=60_000)
    banner = ReminderBanner(service, steps)
    qtbot.addWidget(banner)
    assert service.check_now() == []
    clock.now += timedelta(hours=17, minutes=30)  # 5 h 30 min left: the 6-hour reminder
    with qtbot.waitSignal(service.reminder, timeout=10_000) as fired:
        service.check_now()
    assert fired.args[0].lead == timedelta(hours=6)
    assert banner.isVisibleTo(banner.parentWidget() or banner) and case.number in banner.text.text()
    assert service.check_now() == []  # once per lead time
    clock.now += timedelta(hours=10)  # the machine slept, or its clock was changed: overdue now
    reminders = service.check_now()
    assert [r.overdue for r in reminders] == [True]  # only the most urgent of those passed
    clock.now -= timedelta(hours=12)  # the clock set back: nothing repeats
    assert service.check_now() == []
    assert "overdue" in banner.message(reminders[0])
    banner.dismiss()
    assert banner.reminders == []


def test_a_clock_stopped_leaves_the_banner_at_the_next_check(qtbot, vault: Vault, steps: CaseSteps) -> None:
    """Seen: the report to the social authority ticked (the checklist said 「逾期完成」) while the banner above it
    kept 「案件 …：通報社政主管機關（24小時）已逾期（…已逾期 2 日 23 小時）」, frozen, until dismissed or locked."""
    reported, other = vault.create_case("已通報（測試）"), vault.create_case("未通報（測試）")
    _victim(steps, reported.id, 30)
    _victim(steps, other.id, 29)
    clock = MovableClock()
    service = ReminderService(steps.running_clocks, clock=clock, interval_ms=60_000)
    banner = ReminderBanner(service, steps)
    qtbot.addWidget(banner)
    service.check_now()
    assert {r.status.case_id for r in banner.reminders} == {reported.id, other.id}
    steps.tick(reported.id, "report-social-authority", note="已通報社會局（測試）")
    clock.now += timedelta(minutes=1)
    service.check_now()
    assert [r.status.case_id for r in banner.reminders] == [other.id]
    assert reported.number not in banner.text.text() and other.number in banner.text.text()
    assert "overdue by 5 h 01 min" in banner.text.text()  # as of this check, not of the first
    steps.tick(other.id, "report-social-authority", note="已通報社會局（測試）")
    service.check_now()
    assert banner.reminders == [] and banner.isHidden()


def test_reminder_service_runs_on_its_timer(qtbot, vault: Vault, steps: CaseSteps) -> None:
    case = vault.create_case("計時器")
    _victim(steps, case.id, 23.75)  # 15 min left: within every lead time
    service = ReminderService(steps.running_clocks, interval_ms=50)
    with qtbot.waitSignal(service.reminder, timeout=10_000) as fired:
        service.start()
    assert fired.args[0].status.case_id == case.id and fired.args[0].lead == timedelta(minutes=30)
    assert service.active
    service.stop()
    assert not service.active


def test_off_thread_checks_and_dashboard(qtbot, vault: Vault, steps: CaseSteps) -> None:
    """With a task runner the vault is read on the pool; reminders and rows still arrive on the UI thread."""
    from app.infra.tasks import TaskRunner

    case = vault.create_case("背景讀取")
    _victim(steps, case.id, 30)
    runner = TaskRunner()
    service = ReminderService(steps.running_clocks, interval_ms=60_000, runner=runner)
    with qtbot.waitSignal(service.reminder, timeout=15_000) as fired:
        service.start()
    assert fired.args[0].overdue
    service.stop()
    dashboard = ClocksDashboard(steps, runner=runner)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.table.rowCount() == 1, timeout=15_000)
    assert dashboard.table.item(0, 0).text().startswith(case.number)
    runner.wait(5000)


def _shown_whole(table: Any, row: int, column: int) -> bool:
    """The cell's text fits its cell, on as many lines as it wraps onto (none cut, no ellipsis)."""
    text = table.item(row, column).text()
    room = QRect(0, 0, table.columnWidth(column) - 12, 10_000)  # 12: the cell's margins
    needed = table.fontMetrics().boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
    return needed.width() <= room.width() and needed.height() <= table.rowHeight(row)


def test_every_clock_is_read_whole_beside_the_case_list(qtbot, vault: Vault, steps: CaseSteps) -> None:
    """Seen at 1280 px beside the 420 px case list: the case's number and title and the legal basis took
    the width, and every clock's name (which deadline) read 「…」; then the time left was cut off. Capped
    columns now wrap onto a second line, and the table fits without scrolling sideways."""
    for number in range(10):  # enough rows for a vertical scroll bar, which takes width too
        case = vault.create_case(f"某社群平臺帳號以私訊引誘多名未成年人拍攝並傳送影像之合成測試案例標題{number}")
        _victim(steps, case.id, 30)  # overdue: bold, the widest text
        start_removal_clock(vault, case.id, hours_ago=2)  # the platform-removal clock: the longest name
    dashboard = ClocksDashboard(steps)
    qtbot.addWidget(dashboard)
    dashboard.resize(837, 500)  # the work area of the first-run window
    dashboard.show()
    table = dashboard.table
    qtbot.waitUntil(lambda: table.rowCount() >= 12 and table.verticalScrollBar().isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=10_000)
    for row in range(table.rowCount()):
        assert all(_shown_whole(table, row, column) for column in (1, 4, 5)), table.item(row, 1).text()
    assert table.item(0, 0).text() == table.item(0, 0).toolTip().split()[0]  # the number; its title on hover
    assert "合成測試案例標題" in table.item(0, 0).toolTip()


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_a_step_title_wider_than_its_column_wraps_whole(qtbot, vault: Vault, steps: CaseSteps, language: str) -> None:
    """Seen beside a 420 px case list: every longer step title read 「記錄張貼者帳號名稱、ID，及…」 (the view's
    word wrap never made a row taller). Titles now wrap onto more lines; short ones keep one line, and a
    note (which can be a whole prerequisite's title) stays on one line, whole in its tooltip."""
    from app.ui.language import apply_language

    case = vault.create_case("檢核表折行")
    apply_language(language)
    try:
        panel = ChecklistPanel(steps)
        qtbot.addWidget(panel)
        panel.resize(837, 600)  # the work area of the first-run window
        panel.show()
        panel.set_case(case.id)
        tree = panel.tree
        line = tree.fontMetrics().lineSpacing()
        long_title, short_title = row(panel, "assess-elements"), row(panel, "suspect-known")
        assert tree.fontMetrics().horizontalAdvance(long_title.text(0)) > tree.columnWidth(0)  # it must wrap
        qtbot.waitUntil(lambda: tree.visualItemRect(long_title).height() >= 2 * line, timeout=10_000)
        assert tree.visualItemRect(short_title).height() < 2 * line
        blocked = row(panel, "report-social-authority")
        assert blocked.text(3) and tree.visualItemRect(blocked).height() < 4 * line  # its note does not stretch it
    finally:
        apply_language("en")


def test_columns_widened_by_the_officer_take_fewer_lines(qtbot, vault: Vault, steps: CaseSteps) -> None:
    """Rows are fitted once per listing (fitting them as each cell was set took 1.2 s for 100 clocks,
    every 30 s); columns the officer widens fit them again."""
    case = vault.create_case("欄寬測試")
    _victim(steps, case.id, 30)
    start_removal_clock(vault, case.id, hours_ago=2)
    dashboard = ClocksDashboard(steps)
    qtbot.addWidget(dashboard)
    dashboard.resize(837, 500)
    dashboard.show()
    table = dashboard.table
    qtbot.waitUntil(lambda: table.rowCount() >= 2, timeout=10_000)
    longest = max(range(table.rowCount()), key=lambda row: len(table.item(row, 1).text()))
    line = table.fontMetrics().lineSpacing()
    assert table.rowHeight(longest) >= 2 * line  # the platform-removal clock wraps at the column's cap
    bold = QFontMetrics(table.item(longest, 1).font())
    for column in range(1, table.columnCount()):  # the officer widens each column to its text
        table.setColumnWidth(column, bold.horizontalAdvance(table.item(longest, column).text()) + 30)
    qtbot.waitUntil(lambda: table.rowHeight(longest) < 2 * line, timeout=10_000)


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_the_legal_basis_is_shown_in_the_interface_language(qtbot, vault: Vault, steps: CaseSteps,
                                                            language: str) -> None:
    """Seen in the English panel: 「Legal basis: 肆.二(二)；本條例第7條第1項」 in the details, the section's and the
    step's tooltips and the tick dialog in Chinese. English now names the law in English (the guideline's
    section marks as written); the Chinese interface is unchanged."""
    from app.ui.language import apply_language

    case = vault.create_case("法律依據語言")
    apply_language(language)
    try:
        panel = ChecklistPanel(steps)
        qtbot.addWidget(panel)
        panel.set_case(case.id)
        act = "Child and Youth Sexual Exploitation Prevention Act"
        expected = {"en": (f"guideline 肆.二(二); {act} Article 7",
                           f"guideline 肆.二(二); {act} Article 7, Paragraph 1",
                           f"guideline 陸.三(一); {act} Article 40 and Article 2, Paragraph 1, Subparagraphs 1 to 3"),
                    "zh_TW": ("肆.二(二)；本條例第7條", "肆.二(二)；本條例第7條第1項",
                              "陸.三(一)；本條例第40條、第2條第1項第1款至第3款")}[language]
        reporting = row(panel, "report-social-authority").parent()
        assert reporting.toolTip(0) == expected[0]
        assert row(panel, "report-social-authority").toolTip(0).splitlines()[1] == (
            f"{expected[1]} (report-social-authority)")
        panel.select_step("report-social-authority")
        assert expected[1] in panel.detail.toPlainText()
        panel.select_step("assess-elements")
        dialog = panel.tick_dialog()
        assert dialog is not None
        qtbot.addWidget(dialog)
        title = dialog.findChild(QLabel)
        assert title is not None and title.text().endswith(f"<small>{expected[2]}</small>")
        if language == "en":
            shown = [panel.detail.toPlainText(), title.text(), *(panel.tree.topLevelItem(i).toolTip(0)
                                                               for i in range(panel.tree.topLevelItemCount()))]
            assert not [text for text in shown if "條" in text or "本條例" in text or "；" in text]
    finally:
        apply_language("en")


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_the_dashboard_names_the_law_of_each_cases_deadline(qtbot, vault: Vault, steps: CaseSteps,
                                                             language: str) -> None:
    """Seen: an adult-image case's 72-hour removal deadline listed beside 「本條例第8條…」, the child act the clock
    names; its deadline rests on the sexual-assault act (the override's basis), as its documents cite. A child
    case keeps the clock's basis. In the interface language."""
    from app.ui.language import apply_language

    when = utc_now() - timedelta(hours=2)
    cases = {}
    for kind in ("adult", "child"):
        case = vault.create_case(f"平臺處分{kind}")
        steps.tick(case.id, "assess-elements", at=when, note="三要件成立（測試）")
        steps.tick(case.id, "report-social-authority", at=when, note="已通報（測試）")
        steps.tick(case.id, "identify-victim", at=when, data={"victim_age": kind if kind == "adult" else "minor",
                                                              "images_spread": "yes"})
        steps.tick(case.id, "platform-order", at=when, note="處分書送達（測試）", data={"image_kind": kind})
        cases[case.number] = kind
    apply_language(language)
    try:
        dashboard = ClocksDashboard(steps)
        qtbot.addWidget(dashboard)
        dashboard.show()
        table = dashboard.table
        shown = {(cases[table.item(r, 0).text().split()[0]], table.item(r, 1).text()): table.item(r, 2).text()
                 for r in range(table.rowCount())}
        removal = steps.procedure.clock("platform-removal")
        assert removal is not None
        adult_law = removal.overrides[0].basis_label.text(language)
        assert adult_law == {"en": "Sexual Assault Crime Prevention Act Article 13",
                             "zh_TW": "性侵害犯罪防治法第13條"}[language]
        assert shown[("adult", removal.label.text(language))] == adult_law
        assert shown[("child", removal.label.text(language))] == removal.basis_label.text(language)
        retention = steps.procedure.clock("retention")
        assert retention is not None and shown[("adult", retention.label.text(language))] == adult_law
    finally:
        apply_language("en")

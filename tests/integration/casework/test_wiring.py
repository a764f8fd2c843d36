"""The checklist, clocks and reminders as wired into the main window: they follow the selected case,
each other, and the vault through lock and unlock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.checklist.engine import StepState
from app.core.models import Role
from app.ui.cases.dialogs import AddPersonDialog
from app.ui.casework import Casework
from app.ui.checklist.icons import OVERDUE
from app.ui.mainwindow import MainWindow
from app.vault import Vault
from tests.integration.casework.conftest import MovableClock, start_removal_clock
from tests.unit.reports.conftest import pdf_pages


def test_checklist_tab_follows_the_selected_case(qtbot, window: MainWindow, casework: Casework, vault: Vault) -> None:
    first = vault.create_case("第一案（測試）")
    second = vault.create_case("第二案（測試）")
    window.set_vault(vault)
    tabs = window.case_view.tabs
    assert tabs.indexOf(casework.checklist) >= 0 and tabs.indexOf(casework.recheck) >= 0
    assert window.work_area.indexOf(casework.dashboard) >= 0
    window.select_case(first.id)
    assert casework.checklist.view is not None and casework.checklist.view.case_id == first.id
    assert casework.act_documents.isEnabled() and casework.act_recheck.isEnabled()
    window.select_case(second.id)
    assert casework.checklist.view.case_id == second.id
    assert casework.recheck.case_id == second.id
    window.set_vault(None)  # locked: nothing of a case stays in the panels
    assert casework.checklist.view is None and not casework.act_documents.isEnabled()


def test_ticking_in_the_panel_updates_the_dashboard(qtbot, window: MainWindow, casework: Casework,
                                                    vault: Vault) -> None:
    case = vault.create_case("勾選後更新期限（測試）")
    window.set_vault(vault)
    window.select_case(case.id)
    window.work_area.setCurrentWidget(casework.dashboard)
    casework.tasks.wait(5000)
    qtbot.waitUntil(lambda: casework.dashboard.summary.text() != "", timeout=15_000)
    assert casework.dashboard.table.rowCount() == 0
    panel = casework.checklist
    panel.select_step("assess-elements")  # the case is one under the Act: the Art 7 clock starts
    dialog = panel.tick_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-30 * 3600))  # it happened 30 hours ago
    dialog.note.setPlainText("三要件成立（測試）")
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: casework.dashboard.table.rowCount() == 1, timeout=15_000)
    table = casework.dashboard.table
    assert table.item(0, 0).text().startswith(case.number)
    assert table.item(0, 6).foreground().color() == OVERDUE  # 30 h into a 24-hour clock
    assert panel.view.status("assess-elements").state is StepState.DONE


def test_a_reminder_fires_into_the_banner(qtbot, window: MainWindow, casework: Casework, vault: Vault,
                                          clock: MovableClock) -> None:
    case = vault.create_case("提醒（測試）")
    start_removal_clock(vault, case.id, hours_ago=1)  # 23 h left; lead times 6 h and 1 h
    window.show()
    window.set_vault(vault)
    qtbot.waitUntil(lambda: casework.reminders.active, timeout=10_000)
    assert not casework.banner.isVisible()
    clock.now += timedelta(hours=17, minutes=30)  # 5 h 30 min left: the 6-hour lead time has passed
    qtbot.waitUntil(casework.banner.isVisible, timeout=15_000)
    assert casework.reminder_bar.isVisible()
    [reminder] = [r for r in casework.banner.reminders if r.status.clock.id == "platform-removal"]
    assert reminder.lead == timedelta(hours=6) and case.number in casework.banner.text.text()
    casework.banner.open_button.click()
    assert window.current_case_id() == case.id
    assert window.case_view.tabs.currentWidget() is casework.checklist
    window.set_vault(None)  # locked: the banner empties, the service stops and reads nothing
    assert not casework.banner.isVisible() and not casework.reminder_bar.isVisible()
    assert not casework.reminders.active and casework.source.running_clocks() == []


def test_a_report_ticked_in_the_panel_takes_its_reminder_off_the_banner_at_once(qtbot, window: MainWindow,
                                                                                 casework: Casework,
                                                                                 vault: Vault) -> None:
    """The tick re-checks the clocks then and there: the banner said 「已逾期」 for up to half a minute (and, before
    that, until dismissed) under a checklist that said the report was made."""
    case = vault.create_case("通報後提醒消失（測試）")
    window.show()
    window.set_vault(vault)
    window.select_case(case.id)
    panel = casework.checklist
    panel.select_step("assess-elements")
    dialog = panel.tick_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-30 * 3600))  # 30 hours ago: the Art 7 clock is overdue
    dialog.note.setPlainText("三要件成立（測試）")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: any(r.status.case_id == case.id for r in casework.banner.reminders), timeout=15_000)
    casework.reminders.stop()  # no timed check from here: only the tick's own
    panel.refresh()
    panel.select_step("report-social-authority")
    dialog = panel.tick_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("已通報社會局（測試）")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not casework.banner.reminders, timeout=15_000)
    assert not casework.banner.isVisible() and not casework.reminder_bar.isVisible()


def test_an_imported_cases_overdue_clock_is_on_the_banner_at_once(qtbot, window: MainWindow, casework: Casework,
                                                                   vault: Vault) -> None:
    """Seen: a case that came in with an overdue Art 7 clock was on the banner only at the next timed check."""
    from datetime import timedelta

    from app.core.timeutil import utc_now

    case = vault.create_case("匯入案件提醒（測試）")
    window.show()
    with qtbot.waitSignal(casework.reminders.checked, timeout=15_000):  # the unlock's own check, done before the tick
        window.set_vault(vault)
    casework.reminders.stop()  # no timed check: only the import's own
    casework.source.tick(case.id, "assess-elements", note="三要件成立（測試）", at=utc_now() - timedelta(hours=30))
    assert not any(r.status.case_id == case.id for r in casework.banner.reminders)
    window._on_case_imported(case.id)  # what the import dialog's "imported" signal calls
    qtbot.waitUntil(lambda: any(r.status.case_id == case.id for r in casework.banner.reminders), timeout=15_000)


def test_siarc_link_is_clickable_in_the_step_detail(qtbot, window: MainWindow, casework: Casework,
                                                    vault: Vault) -> None:
    case = vault.create_case("未成年被害人（測試）")
    casework.source.set_vault(vault)
    casework.source.tick(case.id, "identify-victim", data={"victim_age": "minor", "images_spread": "yes"})
    window.set_vault(vault)
    window.select_case(case.id)
    casework.checklist.select_step("siarc-minor")
    html = casework.checklist.detail.toHtml()
    assert 'href="https://siarc.mohw.gov.tw"' in html
    assert casework.checklist.detail.openExternalLinks()
    assert casework.checklist.view.status("siarc-minor").state is StepState.AVAILABLE
    casework.checklist.select_step("victim-authorization")  # adults only
    assert casework.checklist.view.status("victim-authorization").state is StepState.NOT_APPLICABLE
    QApplication.processEvents()


def test_audit_views_name_a_step_by_its_title(qtbot, window: MainWindow, casework: Casework, vault: Vault,
                                              tmp_path: Path) -> None:
    """A supervisor reading the case's audit tab or the vault's audit log reads which step was ticked in
    words; the id the chain records is the cell's tooltip."""
    case = vault.create_case("稽核步驟名稱（虛構）")
    window.set_vault(vault)
    window.show()
    casework.source.tick(case.id, "record-origin", data={"origin": "patrol"})
    window.select_case(case.id)
    window.case_view.tabs.setCurrentWidget(window.case_view.audit_view)
    title = "Record how the case came in (patrol, a report, a referral)"
    audit = window.case_view.audit_view
    assert audit.rows()[0][4:6] == ("Step marked done", title)
    assert audit.table.tip(0, 5) == f"{title}\nrecord-origin"
    dialog = window.open_audit_log()
    assert dialog is not None
    assert dialog.rows()[0][5:7] == ("Step marked done", title) and dialog.table.tip(0, 6) == f"{title}\nrecord-origin"
    assert dialog.rows()[1][6] == case.id and dialog.table.tip(1, 6) == ""  # not a step: as recorded
    dialog.print_log(tmp_path / "log.pdf")  # printed in Chinese, the step by its title then its id
    qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=20_000)
    text = "".join("".join(pdf_pages((tmp_path / "log.pdf").read_bytes())).split())
    assert "記錄案件來源（網路巡邏、民眾檢舉或他單位轉報）record-origin" in text


def test_adding_a_sealed_person_in_the_window_ticks_the_sealing_step(qtbot, window: MainWindow, casework: Casework,
                                                                     vault: Vault) -> None:
    """The identity is sealed as the person is added, which is the procedure's sealing step (person.sealed);
    seen: the step stayed open, though the panel said adding a sealed person completes it. A suspect
    ticks nothing."""
    case = vault.create_case("密封步驟（測試）")
    window.set_vault(vault)
    window.select_case(case.id)

    def add(role: Role, name: str) -> None:
        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, AddPersonDialog):
                QTimer.singleShot(20, fill)
                return
            dialog.role.setCurrentIndex(dialog.role.findData(str(role)))
            dialog.name.setText(name)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        QTimer.singleShot(0, fill)
        window._on_add_person(vault.case(case.id))

    add(Role.SUSPECT, "張虛構")
    assert casework.checklist.view.status("seal-identities").state is not StepState.DONE
    add(Role.VICTIM, "林虛構")
    status = casework.checklist.view.status("seal-identities")
    assert status.state is StepState.DONE and status.event.data["event"] == "person.sealed"


def test_a_case_marked_closed_without_its_closing_step_says_its_deadlines_still_run(
        qtbot, window: MainWindow, casework: Casework, vault: Vault) -> None:
    """Seen: set to 已結案 and saved, the case kept its overdue report on the banner, and nothing on the case said
    why. Only the checklist's closing step stops the clocks; the details now say so under the status until it
    is recorded."""
    from app.checklist.events import StepAction
    from app.core.models import CaseStatus
    from app.core.timeutil import utc_now

    case = vault.create_case("狀態已結案（測試）")
    window.show()
    window.set_vault(vault)
    casework.source.tick(case.id, "assess-elements", note="三要件成立（測試）", at=utc_now() - timedelta(hours=30))
    window.select_case(case.id)
    view = window.case_view
    assert view.status_note.isHidden()
    view.status_box.setCurrentIndex(list(CaseStatus).index(CaseStatus.CLOSED))
    assert view.status_note.isHidden()  # chosen, not yet saved: the case is not closed yet
    view.save_button.click()
    assert vault.case(case.id).status is CaseStatus.CLOSED
    assert view.status_note.isVisible()
    assert "“Close the case” is not recorded" in view.status_note.text()
    assert casework.source.running_clocks()  # what the note explains: the status stopped nothing
    window.select_case(vault.create_case("另一案（測試）").id)
    assert view.status_note.isHidden()  # another case, open: nothing to say
    window.select_case(case.id)
    assert view.status_note.isVisible()
    now = utc_now()  # the closing step, recorded as a supervisor would once every mandatory step is done
    casework.source.steps.store.record(vault.actor, case.id, "close-case", StepAction.DONE, now, now, "結案（測試）", {},
                                       casework.source.procedure.version)
    casework.checklist.changed.emit(case.id)
    assert view.status_note.isHidden()
    assert not [c for c in casework.source.running_clocks() if c.case_id == case.id]
    window.set_vault(None)
    assert view.status_note.isHidden()

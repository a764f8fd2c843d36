"""The step store and service on a real vault: ticks and undos are append-only and audited with the
row's hash, refused ticks write nothing, events tick steps, evidence completeness comes from the
captures table, and running clocks are found across cases."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.checklist.clocks import ClockState
from app.checklist.engine import StepInputError, StepRefused, StepState
from app.checklist.events import StepAction
from app.checklist.procedure import load_procedure
from app.core.ids import new_id
from app.core.timeutil import iso_utc, parse_iso
from app.vault import Vault
from app.vault.steps import CaseSteps
from tests.conftest import PASSPHRASE
from tests.unit.conftest import FixedClock
from tests.unit.reports.conftest import zh_tw  # noqa: F401 - the fixture
from tests.unit.vault.tamper import drop_guards, open_raw, restore_guards

PROCEDURE = load_procedure(Path(__file__).resolve().parents[3] / "resources" / "procedures" / "taipei-2025-07-08.json")
URL = "https://platform.invalid/post/1"


@pytest.fixture
def vault(clocked_vault: Vault) -> Vault:
    return clocked_vault  # the tests count by the clock


@pytest.fixture
def steps(vault: Vault, clock: FixedClock) -> CaseSteps:
    return CaseSteps(vault, lambda: PROCEDURE)


def add_capture(vault: Vault, case_id: str, url: str, complete: bool, started: str) -> str:
    capture_id = new_id("K")
    at = iso_utc(parse_iso(started))
    vault.db.execute(
        "INSERT INTO captures (id, case_id, kind, url, final_url, title, started_at, ended_at, persona, complete, "
        "completeness, metadata, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (capture_id, case_id, "page", url, url, "IMG 1", at, at, "", int(complete), "{}", "{}", 0))
    return capture_id


def test_tick_is_recorded_with_its_audit_entry(vault: Vault, steps: CaseSteps) -> None:
    case = vault.create_case("步驟測試", ["X"])
    event = steps.tick(case.number, "assess-elements", at=parse_iso("2025-07-08T09:15"), note="三要件成立",
                       data={"articles": "40"})
    assert event.action is StepAction.DONE and event.officer == vault.actor.officer
    assert event.happened_at == parse_iso("2025-07-08T09:15") and event.recorded_at == parse_iso("2025-07-08T10:00")
    entry = vault.audit.entries(case.id)[-1]
    assert entry.action == "step.done" and entry.subject == "assess-elements" and "row" in entry.details
    assert "三要件成立" not in str(entry.details)  # notes stay in the row, not in the audit details
    assert steps.store.events(case.id) == [event]
    assert steps.view(case.id).status("assess-elements").state is StepState.DONE
    report = vault.verify()
    assert report.ok, [p.render() for p in report.problems]


def test_undo_is_a_new_audited_row_and_the_tick_stays(vault: Vault, steps: CaseSteps, clock: FixedClock) -> None:
    case = vault.create_case("撤銷測試")
    steps.tick(case.id, "record-origin", data={"origin": "patrol"})
    clock.now += timedelta(minutes=3)
    undo = steps.undo(case.id, "record-origin", note="ticked the wrong case")
    events = steps.store.events(case.id)
    assert [e.action for e in events] == [StepAction.DONE, StepAction.UNDO]
    assert undo.note == "ticked the wrong case" and undo.happened_at == clock.now
    assert [e.action for e in vault.audit.entries(case.id)][-2:] == ["step.done", "step.undo"]
    assert steps.view(case.id).status("record-origin").state is StepState.AVAILABLE
    assert vault.verify().ok


def test_refused_tick_writes_nothing(vault: Vault, steps: CaseSteps) -> None:
    case = vault.create_case("閘門測試")
    head = vault.audit_head()
    with pytest.raises(StepRefused) as refused:
        steps.tick(case.id, "takedown-referral", note="e-mailed")
    assert "陸.二(二)" in refused.value.reason_text("en")
    with pytest.raises(StepInputError):
        steps.tick(case.id, "assess-elements", at=parse_iso("2025-07-09T10:00"), note="from the future")
    assert vault.audit_head() == head and steps.store.events(case.id) == []


def test_a_tick_cites_only_evidence_of_its_own_case(vault: Vault, steps: CaseSteps) -> None:
    """Seen: `step … --evidence KNOPE` and an id of another case's capture were both stored as what the step rests
    on; a time in the future was said in raw UTC."""
    case, other = vault.create_case("引用證據"), vault.create_case("他案")
    theirs = add_capture(vault, other.id, URL, complete=True, started="2025-07-08T09:00")
    ours = add_capture(vault, case.id, URL, complete=True, started="2025-07-08T09:05")
    head = vault.audit_head()
    for wrong in ("KNOPE", theirs):
        with pytest.raises(StepInputError) as refused:
            steps.tick(case.id, "assess-elements", note="ok", data={"evidence": [ours, wrong]})
        assert f"“{wrong}” is no capture or evidence file of this case." == refused.value.render()
    assert vault.audit_head() == head and steps.store.events(case.id) == []
    with pytest.raises(StepInputError) as future:
        steps.tick(case.id, "assess-elements", at=parse_iso("2025-07-09T10:00"), note="from the future")
    assert "(2025-07-09 10:00 (UTC+8))" in future.value.render()
    steps.tick(case.id, "assess-elements", note="ok", data={"evidence": [ours]})
    assert steps.view(case.id).status("assess-elements").evidence_ids == (ours,)


def test_takedown_gate_reads_the_captures_table(vault: Vault, steps: CaseSteps) -> None:
    case = vault.create_case("蒐證完整性")
    steps.tick(case.id, "assess-elements", note="ok")
    steps.tick(case.id, "record-poster")
    assert [e.step_id for e in steps.on_event(case.id, "capture.complete", data={"evidence": ["K1"]})] == \
        ["capture-content"]
    assert steps.view(case.id).status("capture-content").evidence_ids == ("K1",)
    first = add_capture(vault, case.id, URL, complete=False, started="2025-07-08T09:00")
    add_capture(vault, case.id, URL + "?b", complete=True, started="2025-07-08T09:01")
    status = steps.view(case.id).status("takedown-referral")
    assert status.state is StepState.BLOCKED and first in status.reason_text("en")
    assert steps.on_event(case.id, "document.generated:takedown-referral") == []
    add_capture(vault, case.id, URL, complete=True, started="2025-07-08T09:30")  # the retry succeeded
    evidence = steps.store.evidence_status(case.id)
    assert (evidence.captures, evidence.complete, evidence.is_complete) == (2, 2, True)
    assert steps.view(case.id).status("takedown-referral").state is StepState.AVAILABLE
    assert [e.step_id for e in steps.on_event(case.id, "document.generated:takedown-referral")] == ["takedown-referral"]


def test_running_clocks_across_cases(vault: Vault, steps: CaseSteps, clock: FixedClock) -> None:
    first = vault.create_case("時限一")
    second = vault.create_case("時限二")
    closed = vault.create_case("已結案")
    steps.tick(first.id, "assess-elements", at=parse_iso("2025-07-08T09:00"), note="ok")
    steps.tick(second.id, "assess-elements", at=parse_iso("2025-07-07T08:00"), note="ok")
    steps.tick(closed.id, "assess-elements", note="ok")
    steps.store.record(vault.actor, closed.id, "close-case", StepAction.DONE, clock.now, clock.now, "test", {},
                       PROCEDURE.version)  # closing directly: the clock query must honour it however it came
    running = steps.running_clocks()
    assert [(c.case_id, c.clock.id, c.state) for c in running] == [
        (second.id, "social-report", ClockState.OVERDUE), (first.id, "social-report", ClockState.RUNNING)]
    assert running[1].deadline == parse_iso("2025-07-09T09:00")
    steps.tick(first.id, "report-social-authority", note="phoned the centre")
    assert [c.case_id for c in steps.running_clocks()] == [second.id]


def test_tampered_step_row_is_caught_by_verify(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    steps = CaseSteps(vault, lambda: PROCEDURE)
    case = vault.create_case("竄改測試")
    steps.tick(case.id, "assess-elements", note="original note")
    vault.lock()
    conn = open_raw(vault_path, PASSPHRASE)
    drop_guards(conn)
    conn.execute("UPDATE step_events SET note = 'rewritten'")
    restore_guards(conn)
    conn.close()
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        problems = [p.render() for p in vault.verify().problems]
    finally:
        vault.lock()
    assert any("step_events row" in p for p in problems), problems


def test_a_step_cannot_be_dated_before_a_prerequisite_was_done(vault: Vault, steps: CaseSteps) -> None:
    """A step waits for its prerequisites in the world, not only in the list. Seen: a re-check dated before the
    order it re-checks, and a referral dated before its assessment, both accepted; the clock showed "met"."""
    case = vault.create_case("順序測試")
    steps.tick(case.id, "assess-elements", at=parse_iso("2025-07-08T10:00"), note="三要件成立（測試）")
    head = vault.audit_head()
    with pytest.raises(StepRefused) as refused:
        steps.tick(case.id, "report-social-authority", at=parse_iso("2025-07-08T09:00"), note="以電話通報（測試）")
    assert "(2025-07-08 10:00 (UTC+8))" in refused.value.reason_text("en")
    assert "(民國114年7月8日 10:00)" in refused.value.reason_text("zh_TW")
    assert vault.audit_head() == head
    steps.tick(case.id, "report-social-authority", at=parse_iso("2025-07-08T10:00"), note="以電話通報（測試）")
    assert steps.view(case.id).status("report-social-authority").state is StepState.DONE


@pytest.mark.usefixtures("zh_tw")
def test_a_time_in_the_future_is_said_in_the_officers_calendar(vault: Vault, steps: CaseSteps) -> None:
    """Seen: 「步驟的辦理時間不能晚於現在（2027-01-01 00:30 (UTC+8)）。」 in a Chinese message."""
    case = vault.create_case("未來時間")
    with pytest.raises(StepInputError) as future:
        steps.tick(case.id, "assess-elements", at=parse_iso("2025-07-09T10:00"), note="from the future")
    assert "（民國114年7月9日 10:00）" in future.value.render()

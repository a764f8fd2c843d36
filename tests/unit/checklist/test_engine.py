"""The engine: step states, the takedown gate (陸.二(二)), victim branches, facts, manual-tick checks,
and which steps application events complete."""

from __future__ import annotations

import pytest

from app.checklist.engine import (
    ChecklistView,
    StepInputError,
    StepRefused,
    StepState,
    check_tick,
    check_undo,
    evaluate,
    steps_completed_by,
)
from app.checklist.events import EvidenceStatus, StepAction, StepEvent
from app.core import i18n
from tests.unit.checklist.helpers import CASE, at, event, procedure

PROCEDURE = procedure()
NO_CAPTURE = EvidenceStatus()
INCOMPLETE = EvidenceStatus(captures=2, complete=1, incomplete_ids=("KCAPTURE02",))
COMPLETE = EvidenceStatus(captures=2, complete=2)
READY_FOR_TAKEDOWN = [event("assess-elements"), event("record-poster"), event("capture-content", action=StepAction.AUTO)]


def view(events: list[StepEvent], evidence: EvidenceStatus = COMPLETE, now: str = "2025-07-08T12:00") -> ChecklistView:
    return evaluate(PROCEDURE, CASE, events, evidence, at(now))


def state(v: ChecklistView, step_id: str) -> StepState:
    return v.status(step_id).state


# -- the takedown gate -------------------------------------------------------------------------------
def test_takedown_is_blocked_without_any_capture_and_says_why() -> None:
    status = view(READY_FOR_TAKEDOWN, NO_CAPTURE).status("takedown-referral")
    assert status.state is StepState.BLOCKED and status.gate_failed
    reason = status.reason_text("en")
    assert "no capture yet" in reason and "陸.二(二)" in reason
    with pytest.raises(StepRefused) as refused:
        check_tick(view(READY_FOR_TAKEDOWN, NO_CAPTURE), "takedown-referral", "sent by e-mail", {})
    assert "陸.二(二)" in refused.value.render()


def test_takedown_is_blocked_while_a_capture_is_incomplete() -> None:
    status = view(READY_FOR_TAKEDOWN, INCOMPLETE).status("takedown-referral")
    assert status.state is StepState.BLOCKED
    assert "1 of 2" in status.reason_text("en") and "KCAPTURE02" in status.reason_text("en")


def test_takedown_is_available_once_evidence_is_complete() -> None:
    assert state(view(READY_FOR_TAKEDOWN, COMPLETE), "takedown-referral") is StepState.AVAILABLE
    assert check_tick(view(READY_FOR_TAKEDOWN), "takedown-referral", "e-mailed to the corps", {}) == {}


def test_takedown_also_waits_for_its_prerequisites() -> None:
    status = view([], COMPLETE).status("takedown-referral")
    assert status.state is StepState.BLOCKED and not status.gate_failed
    assert "Waits for" in status.reason_text("en")


def test_referral_document_does_not_tick_the_step_past_the_gate() -> None:
    assert steps_completed_by(view(READY_FOR_TAKEDOWN, INCOMPLETE), "document.generated:takedown-referral") == []
    assert [s.id for s in steps_completed_by(view(READY_FOR_TAKEDOWN, COMPLETE), "document.generated:takedown-referral")] \
        == ["takedown-referral"]


# -- events ---------------------------------------------------------------------------------------------
def test_a_document_ticks_its_step_only_once_its_prerequisites_are_done() -> None:
    """A printed report is a draft until the work it rests on is done: the social-authority report before
    the assessment, or the family officer's note before the transfer, must not show the step (and the
    Art 7 clock) as done. Once the prerequisite is done, the same document ticks the step."""
    assert steps_completed_by(view([]), "document.generated:social-report") == []
    assert steps_completed_by(view([]), "document.generated:family-officer-notice") == []
    assert steps_completed_by(view([], COMPLETE), "document.generated:takedown-referral") == []
    assert [s.id for s in steps_completed_by(view([event("assess-elements")]), "document.generated:social-report")] \
        == ["report-social-authority"]


def test_capture_event_completes_the_capture_step_only_once() -> None:
    assert [s.id for s in steps_completed_by(view([]), "capture.complete")] == ["capture-content"]
    assert steps_completed_by(view(READY_FOR_TAKEDOWN), "capture.complete") == []
    assert steps_completed_by(view([]), "capture.started") == []


def test_recheck_event_completes_the_recheck_even_before_its_prerequisite() -> None:
    """The event is proof the content is gone; prerequisites only hold back manual ticks."""
    assert [s.id for s in steps_completed_by(view([]), "recheck.removed")] == ["recheck-removed"]
    with pytest.raises(StepRefused):
        check_tick(view([]), "recheck-removed", "looked", {})


def test_capture_step_cannot_be_ticked_by_hand() -> None:
    with pytest.raises(StepRefused) as refused:
        check_tick(view([]), "capture-content", "I took a screenshot", {})
    assert "capture.complete" in refused.value.reason_text("en")


# -- victim branches and facts -----------------------------------------------------------------------
MINOR_STEPS = ("siarc-minor", "social-worker-minor", "minor-rescued")
ADULT_STEPS = ("victim-authorization", "social-worker-adult", "counselling-adult")


def test_victim_steps_wait_for_the_victim_to_be_identified() -> None:
    v = view([])
    for step_id in (*MINOR_STEPS, *ADULT_STEPS):
        assert state(v, step_id) is StepState.BLOCKED
        assert "Identify the victim" in v.status(step_id).reason_text("en")


def test_minor_victim_branch() -> None:
    v = view([event("identify-victim", victim_age="minor", images_spread="yes")])
    assert {state(v, s) for s in MINOR_STEPS} == {StepState.AVAILABLE}
    assert {state(v, s) for s in ADULT_STEPS} == {StepState.NOT_APPLICABLE}
    assert v.status("siarc-minor").step.link is not None
    assert state(v, "hand-over-minor") is StepState.BLOCKED  # until rescue is recorded
    rescued = view([event("identify-victim", victim_age="minor", images_spread="yes"),
                    event("minor-rescued", rescued="yes")])
    assert state(rescued, "hand-over-minor") is StepState.AVAILABLE


def test_a_case_without_sexual_images_has_no_platform_order_and_can_close() -> None:
    """Seen: an Art 40 luring message with no image could never be closed honestly: the order step was mandatory
    and its image kind only child or adult, so an officer would have had to record an order never issued (and
    start its 24-hour and 180-day clocks)."""
    reported = [event("assess-elements"), event("report-social-authority")]
    unknown = view(reported)
    assert state(unknown, "platform-order") is StepState.BLOCKED  # until the facts say whether images were spread
    without = view([*reported, event("identify-victim", victim_age="none", images_spread="no")])
    status = without.status("platform-order")
    assert status.state is StepState.NOT_APPLICABLE and "Art 40" in status.reason_text("en")
    assert not [c for c in without.clocks if c.clock.id in ("platform-removal", "retention")
                and c.state.running]
    assert "platform" not in without.status("close-case").reason_text("en").lower()
    with_images = view([*reported, event("identify-victim", victim_age="minor", images_spread="yes")])
    assert state(with_images, "platform-order") is StepState.AVAILABLE


def test_adult_victim_needs_authorization_before_any_complaint() -> None:
    adult = [event("identify-victim", victim_age="adult", images_spread="yes")]
    v = view(adult)
    assert {state(v, s) for s in ADULT_STEPS} == {StepState.AVAILABLE}
    assert {state(v, s) for s in MINOR_STEPS} == {StepState.NOT_APPLICABLE}
    assert state(v, "siarc-adult") is StepState.BLOCKED
    assert "authoriz" in v.status("siarc-adult").reason_text("en")
    refused = view([*adult, event("victim-authorization", victim_authorization="refused")])
    assert state(refused, "siarc-adult") is StepState.NOT_APPLICABLE
    given = view([*adult, event("victim-authorization", victim_authorization="given")])
    assert state(given, "siarc-adult") is StepState.AVAILABLE


def test_undo_withdraws_the_fact() -> None:
    events = [event("identify-victim", victim_age="minor", images_spread="no"),
              event("identify-victim", action=StepAction.UNDO)]
    v = view(events)
    assert "victim_age" not in v.facts
    assert state(v, "identify-victim") is StepState.AVAILABLE
    assert state(v, "social-worker-minor") is StepState.BLOCKED
    assert [e.action for e in v.status("identify-victim").history] == [StepAction.DONE, StepAction.UNDO]


def test_dns_blocking_applies_only_when_the_removal_deadline_is_missed() -> None:
    order = [event("platform-order", "2025-07-08T10:00", image_kind="child")]
    assert state(view(order, now="2025-07-09T09:00"), "dns-rpz-evidence") is StepState.NOT_APPLICABLE
    assert state(view(order, now="2025-07-09T10:01"), "dns-rpz-evidence") is StepState.AVAILABLE
    removed = [*order, event("recheck-removed", "2025-07-09T08:00", action=StepAction.AUTO)]
    assert state(view(removed, now="2025-07-10T10:00"), "dns-rpz-evidence") is StepState.NOT_APPLICABLE
    adult = [event("platform-order", "2025-07-08T10:00", image_kind="adult")]
    assert state(view(adult, now="2025-07-10T10:00"), "dns-rpz-evidence") is StepState.NOT_APPLICABLE


def test_major_case_steps() -> None:
    assert state(view([event("major-case", major_case="no")]), "cloud-control") is StepState.NOT_APPLICABLE
    v = view([event("major-case", major_case="yes")])
    assert state(v, "cloud-control") is StepState.AVAILABLE and state(v, "cib-support") is StepState.AVAILABLE


# -- manual ticks --------------------------------------------------------------------------------------
def test_note_required() -> None:
    with pytest.raises(StepInputError):
        check_tick(view([]), "assess-elements", "  ", {})
    assert check_tick(view([]), "assess-elements", "three elements hold", {"articles": "40"}) == {"articles": "40"}


def test_fields_are_checked() -> None:
    with pytest.raises(StepInputError, match="victim_age"):
        check_tick(view([]), "identify-victim", "", {"images_spread": "no"})
    with pytest.raises(StepInputError, match="teen"):
        check_tick(view([]), "identify-victim", "", {"victim_age": "teen", "images_spread": "no"})
    with pytest.raises(StepInputError, match="shoe_size"):
        check_tick(view([]), "identify-victim", "", {"victim_age": "minor", "images_spread": "no", "shoe_size": "9"})
    with pytest.raises(StepInputError, match="date"):
        check_tick(view([event("identify-victim", victim_age="minor", images_spread="no")]), "social-worker-minor",
                   "", {"appointment": "tomorrow"})
    data = check_tick(view([event("identify-victim", victim_age="minor", images_spread="no")]),
                      "social-worker-minor", "", {"appointment": "2025-07-09T09:30", "evidence": ["A1", "K2"]})
    assert data == {"appointment": "2025-07-09T01:30:00.000000Z", "evidence": ["A1", "K2"]}


def test_done_step_cannot_be_ticked_twice_and_undo_needs_a_tick() -> None:
    v = view([event("record-origin", origin="patrol")])
    with pytest.raises(StepRefused) as twice:
        check_tick(v, "record-origin", "", {"origin": "report"})
    # Seen: "Step record-origin cannot be done yet: it is already done…" and "…cannot be done yet: it is not done,
    # so there is nothing to undo."
    assert twice.value.render() == "Step record-origin is already done: undo it first to record it again."
    check_undo(v, "record-origin")
    with pytest.raises(StepRefused) as undone:
        check_undo(view([]), "record-origin")
    assert undone.value.render() == "Step record-origin cannot be undone: it is not done, so there is nothing to undo."


def test_close_waits_for_every_mandatory_applicable_step() -> None:
    status = view([]).status("close-case")
    assert status.state is StepState.BLOCKED
    done = [event(s.id, **_answers(s.id)) for s in PROCEDURE.steps if s.id != "close-case" and not s.optional]
    v = view(done, COMPLETE, now="2025-07-08T12:00")
    assert state(v, "close-case") is StepState.AVAILABLE, v.status("close-case").reason_text("en")


def _answers(step_id: str) -> dict[str, object]:
    return {"record-origin": {"origin": "patrol"}, "suspect-known": {"suspect_known": "known"},
            "identify-victim": {"victim_age": "minor", "images_spread": "yes"}, "minor-rescued": {"rescued": "no"},
            "platform-order": {"image_kind": "child"}, "major-case": {"major_case": "no"}}.get(step_id, {})


def test_reasons_follow_the_interface_language() -> None:
    status = view([]).status("report-social-authority")
    i18n.install_translator(lambda context, text: "LANGUAGE=zh_TW" if text == "LANGUAGE=en" else text)
    try:
        assert "判斷三項構成要件" in status.reason_text()
    finally:
        i18n.install_translator(None)
    assert "Assess the three elements" in status.reason_text()

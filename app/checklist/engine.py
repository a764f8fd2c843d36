"""The checklist engine: from a procedure, a case's step events and its evidence, each step's state.

Pure and deterministic: the same inputs give the same states, so the panel, the command line and
the tests agree. States:

- **done**: the latest event of the step is a tick (manual or automatic);
- **not applicable**: a condition on the case's facts rules it out (an adult victim's case has no
  step for minors), or it needs a clock state the case is not in (DNS blocking only once the
  removal deadline was missed);
- **blocked**: a prerequisite is not done, a gate fails (takedown referral before evidence capture
  is complete, 陸.二(二)), or a fact it depends on is not yet recorded; the reasons say which;
- **available**: everything else.

Facts come from ticks: a choice field marked ``fact`` in the procedure records its value when the
step is done (``victim_age = minor``), and an undo withdraws it.

Manual ticks must pass :func:`check_tick`. Ticks from captures and re-checks (:func:`steps_completed_by`)
need only be applicable and pass the gates, because the event is proof the work happened even if an
officer did not tick its prerequisites first (evidence comes before the assessment). A generated
document proves only that the paper exists: it ticks its step only once the step is available.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.checklist.clocks import ClockStatus, case_clocks, matches
from app.checklist.events import EvidenceStatus, StepEvent, latest_by_step
from app.checklist.procedure import CLOCK_FACT_PREFIX, Condition, Label, Procedure, Step
from app.core.errors import ExitCode, KnownError, NotFound
from app.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from app.core.models import CaseStatus
from app.core.timeutil import iso_utc, parse_iso, time_text

CTX = "checklist"


class StepState(StrEnum):
    DONE = "done"
    AVAILABLE = "available"
    BLOCKED = "blocked"
    NOT_APPLICABLE = "not-applicable"

    def label(self) -> str:
        return translate(CTX, _STATE_LABELS[self])


_STATE_LABELS = {
    StepState.DONE: QT_TRANSLATE_NOOP("checklist", "Done"),
    StepState.AVAILABLE: QT_TRANSLATE_NOOP("checklist", "To do"),
    StepState.BLOCKED: QT_TRANSLATE_NOOP("checklist", "Blocked"),
    StepState.NOT_APPLICABLE: QT_TRANSLATE_NOOP("checklist", "Does not apply"),
}


@dataclass(frozen=True)
class Reason:
    """A translatable sentence whose arguments may be bilingual procedure labels (or tuples of them);
    rendered late, so a language switch re-renders it. A reason that is the procedure's own wording
    (``applies_note``) carries it as ``label``."""

    text: str = ""
    args: tuple[tuple[str, object], ...] = ()
    label: Label | None = None

    def render(self, language: str | None = None) -> str:
        language = language or current_language()
        if self.label is not None:
            return self.label.text(language)
        values = {k: _render_arg(v, language) for k, v in self.args}
        return translate(CTX, self.text).format(**values)


def _render_arg(value: object, language: str) -> object:
    if isinstance(value, Label):
        return value.text(language)
    if isinstance(value, datetime):
        return time_text(value, language)
    if isinstance(value, tuple) and all(isinstance(v, Label) for v in value):
        separator = "; " if language.startswith("en") else "、"
        return separator.join(v.text(language) for v in value)
    return value


def _reason(text: str, **args: object) -> Reason:
    return Reason(text, tuple(sorted(args.items())))


@dataclass(frozen=True)
class StepStatus:
    step: Step
    state: StepState
    reasons: tuple[Reason, ...] = ()
    event: StepEvent | None = None  # the latest event (the tick when done, the undo after an undo)
    history: tuple[StepEvent, ...] = ()

    gate_failed: bool = False  # a gate (not only a prerequisite) holds it back

    def reason_text(self, language: str | None = None) -> str:
        return " ".join(reason.render(language) for reason in self.reasons)

    @property
    def evidence_ids(self) -> tuple[str, ...]:
        return self.event.evidence_ids if self.event and self.state is StepState.DONE else ()


@dataclass(frozen=True)
class ChecklistView:
    procedure: Procedure
    case_id: str
    steps: tuple[StepStatus, ...]
    clocks: tuple[ClockStatus, ...]
    facts: Mapping[str, str] = field(default_factory=dict)
    evidence: EvidenceStatus = field(default_factory=EvidenceStatus)

    def status(self, step_id: str) -> StepStatus:
        for status in self.steps:
            if status.step.id == step_id:
                return status
        raise NotFound(what=translate("errors", "Step"), ident=step_id)

    def in_section(self, section_id: str) -> tuple[StepStatus, ...]:
        return tuple(s for s in self.steps if s.step.section == section_id)


def closing_step_note(status: CaseStatus, view: ChecklistView) -> str:
    """The sentence for a case marked closed whose closing step (「結案」) is not recorded, else "". The status is
    a word the officer picks; only the step, with its note and once every mandatory step is done, stops the
    statutory clocks, so such a case's deadlines still run and are reminded."""
    closing = view.status(view.procedure.closing_step)
    if status is not CaseStatus.CLOSED or closing.state is StepState.DONE:
        return ""
    return translate(CTX, QT_TRANSLATE_NOOP(
        "checklist", "The case is marked closed, but the checklist step “{step}” is not recorded: its statutory "
                     "deadlines still run and are reminded until it is.")).format(step=closing.step.label.text())


def recorded_facts(procedure: Procedure, latest: Mapping[str, StepEvent]) -> dict[str, str]:
    """Facts from the data of the fact-recording steps that are currently done."""
    facts: dict[str, str] = {}
    for fact, (step, _field) in procedure.fact_fields().items():
        event = latest.get(step.id)
        if event is not None and event.action.completes and isinstance(event.data.get(fact), str):
            facts[fact] = str(event.data[fact])
    return facts


def evaluate(procedure: Procedure, case_id: str, events: list[StepEvent], evidence: EvidenceStatus,
             now: datetime) -> ChecklistView:
    """Every step's and clock's state for one case as of ``now``."""
    latest = latest_by_step(events)
    facts = recorded_facts(procedure, latest)
    clocks = case_clocks(procedure, case_id, latest, facts, now)
    all_facts = facts | {CLOCK_FACT_PREFIX + c.clock.id: str(c.state) for c in clocks}
    history: dict[str, list[StepEvent]] = {}
    for event in sorted(events, key=lambda e: e.id):
        history.setdefault(event.step_id, []).append(event)
    judge = _Judge(procedure, latest, all_facts, evidence, history)
    return ChecklistView(procedure, case_id, tuple(judge.status(s.id) for s in procedure.steps), clocks, facts,
                         evidence)


class _Judge:
    """Decides step states, each once, prerequisites first (the procedure has no loops)."""

    def __init__(self, procedure: Procedure, latest: Mapping[str, StepEvent], facts: Mapping[str, str],
                 evidence: EvidenceStatus, history: Mapping[str, list[StepEvent]]) -> None:
        self.procedure = procedure
        self.latest = latest
        self.facts = facts
        self.evidence = evidence
        self.history = history
        self.done: dict[str, StepStatus] = {}

    def status(self, step_id: str) -> StepStatus:
        if step_id not in self.done:
            self.done[step_id] = self._decide(step_id)
        return self.done[step_id]

    def _decide(self, step_id: str) -> StepStatus:
        step = self.procedure.step(step_id)
        assert step is not None
        event = self.latest.get(step_id)
        history = tuple(self.history.get(step_id, ()))
        applies = matches(step.applies_when, self.facts)
        if applies is False:
            return StepStatus(step, StepState.NOT_APPLICABLE, (self._not_applicable(step),), event, history)
        if event is not None and event.action.completes:
            return StepStatus(step, StepState.DONE, (), event, history)
        gates = self._gates(step)
        reasons = [*self._unknown_facts(step.applies_when), *self._prerequisites(step), *gates]
        state = StepState.BLOCKED if reasons else StepState.AVAILABLE
        return StepStatus(step, state, tuple(reasons), event, history, gate_failed=bool(gates))

    def _not_applicable(self, step: Step) -> Reason:
        if step.applies_note is not None:
            return Reason(label=step.applies_note)
        return _reason(QT_TRANSLATE_NOOP("checklist", "Does not apply to this case."))

    def _unknown_facts(self, condition: Condition) -> list[Reason]:
        reasons = []
        fact_fields = self.procedure.fact_fields()
        for fact, _values in condition:
            if fact not in self.facts and fact in fact_fields:
                recorder, fact_field = fact_fields[fact]
                reasons.append(_reason(QT_TRANSLATE_NOOP(
                    "checklist", "Depends on “{fact}”, which is recorded with step “{step}”."),
                    fact=fact_field.label, step=recorder.label))
        return reasons

    def _prerequisites(self, step: Step) -> list[Reason]:
        waiting = [self.procedure.step(r) for r in step.requires
                   if self.status(r).state not in (StepState.DONE, StepState.NOT_APPLICABLE)]
        if step.requires_all_mandatory:
            waiting += [s for s in self.procedure.steps if s.id != step.id and not s.optional
                        and s.id not in step.requires
                        and self.status(s.id).state not in (StepState.DONE, StepState.NOT_APPLICABLE)]
        if not waiting:
            return []
        labels = tuple(s.label for s in waiting if s is not None)
        return [_reason(QT_TRANSLATE_NOOP("checklist", "Waits for: {steps}."), steps=labels)]

    def _gates(self, step: Step) -> list[Reason]:
        reasons = []
        if "evidence-complete" in step.gates and not self.evidence.is_complete:
            if self.evidence.captures == 0:
                reasons.append(_reason(QT_TRANSLATE_NOOP(
                    "checklist", "Evidence capture is not complete: this case has no capture yet. Takedown can "
                    "destroy data needed later, so nothing is referred before evidence is complete (guideline "
                    "陸.二(二))."))
                )
            else:
                reasons.append(_reason(QT_TRANSLATE_NOOP(
                    "checklist", "Evidence capture is not complete: {count} of {total} captured addresses have no "
                    "complete capture ({ids}). Takedown can destroy data needed later, so nothing is referred "
                    "before evidence is complete (guideline 陸.二(二))."),
                    count=len(self.evidence.incomplete_ids), total=self.evidence.captures,
                    ids=", ".join(self.evidence.incomplete_ids)))
        return reasons


# -- ticking ----------------------------------------------------------------------------------------
class StepRefused(KnownError):
    """A tick the engine refuses: the step is blocked, does not apply, or completes by itself."""

    text = QT_TRANSLATE_NOOP("errors", "Step {step} cannot be done yet: {reason}")

    def __init__(self, step_id: str, reasons: tuple[Reason, ...]) -> None:
        self.step_id = step_id
        self.reasons = reasons
        super().__init__(step=step_id, reason=self.reason_text("en"))

    def reason_text(self, language: str | None = None) -> str:
        return " ".join(r.render(language) for r in self.reasons)

    def render(self) -> str:
        return translate("errors", self.text).format(step=self.step_id, reason=self.reason_text())


class StepAlreadyDone(StepRefused):
    """Seen: "Step X cannot be done yet: it is already done" — the refusal of a step that is done said "not yet"."""

    text = QT_TRANSLATE_NOOP("errors", "Step {step} is already done: {reason}")


class StepNotDone(StepRefused):
    text = QT_TRANSLATE_NOOP("errors", "Step {step} cannot be undone: {reason}")


class StepInputError(KnownError):
    exit_code = ExitCode.USAGE


def check_tick(view: ChecklistView, step_id: str, note: str, data: Mapping[str, object]) -> dict[str, object]:
    """Refuse a manual tick the procedure does not allow; returns the data normalised for storage.

    Raises :class:`StepRefused` (blocked, not applicable, not manual, already done) or
    :class:`StepInputError` (a required note or field missing, a value not among the choices).
    """
    status = view.status(step_id)
    step = status.step
    if status.state is StepState.DONE:
        raise StepAlreadyDone(step_id, (_reason(QT_TRANSLATE_NOOP(
            "checklist", "undo it first to record it again.")),))
    if status.state in (StepState.BLOCKED, StepState.NOT_APPLICABLE):
        raise StepRefused(step_id, status.reasons)
    if not step.completion.manual:
        raise StepRefused(step_id, (_reason(QT_TRANSLATE_NOOP(
            "checklist", "it is completed by the application when this happens: {events}."),
            events=", ".join(step.completion.events)),))
    if step.completion.note_required and not note.strip():
        raise StepInputError(QT_TRANSLATE_NOOP("errors", "Step {step} needs a note saying what was done."),
                             step=step_id)
    return _checked_fields(step, data)


def check_order(view: ChecklistView, step_id: str, happened: datetime) -> None:
    """Refuse a tick dated before a prerequisite was done: a step waits for its prerequisites in the world,
    not only in the checklist. Seen: a re-check dated before the order it re-checks, and a referral dated
    before its assessment, both accepted, and the removal clock shown as met."""
    for required in view.status(step_id).step.requires:
        status = view.status(required)
        if status.state is StepState.DONE and status.event is not None and status.event.happened_at > happened:
            raise StepRefused(step_id, (_reason(QT_TRANSLATE_NOOP(
                "checklist", "it cannot have happened before “{step}”, which it waits for, was done ({at})."),
                step=status.step.label, at=status.event.happened_at),))


def _checked_fields(step: Step, data: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key in data:
        if key != "evidence" and step.field(key) is None:
            raise StepInputError(QT_TRANSLATE_NOOP("errors", "Step {step} has no field “{field}” (fields: {known})."),
                                 step=step.id, field=key, known=", ".join(f.id for f in step.fields) or "-")
    for step_field in step.fields:
        value = data.get(step_field.id)
        if value is None or value == "":
            if step_field.required and step_field.type == "choice":  # seen: the field named, and not what it takes
                raise StepInputError(QT_TRANSLATE_NOOP("errors", "Step {step} needs the field “{field}”, one of: "
                                                       "{known}."), step=step.id, field=step_field.id,
                                     known=", ".join(c.value for c in step_field.choices))
            if step_field.required:
                raise StepInputError(QT_TRANSLATE_NOOP("errors", "Step {step} needs the field “{field}”."),
                                     step=step.id, field=step_field.id)
            continue
        text = str(value)
        if step_field.type == "choice" and step_field.choice_label(text) is None:
            raise StepInputError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a choice of {field} (choices: {known})."),
                                 value=text, field=step_field.id, known=", ".join(c.value for c in step_field.choices))
        if step_field.type == "datetime":
            try:
                text = iso_utc(parse_iso(text))
            except ValueError:
                raise StepInputError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date and time (use "
                                                       "2025-07-08T14:30)."), value=text) from None
        out[step_field.id] = text
    if "evidence" in data:
        evidence = data["evidence"]
        out["evidence"] = [str(item) for item in evidence] if isinstance(evidence, list | tuple) else [str(evidence)]
    return out


def check_undo(view: ChecklistView, step_id: str) -> StepStatus:
    status = view.status(step_id)
    if status.state is not StepState.DONE:
        raise StepNotDone(step_id, (_reason(QT_TRANSLATE_NOOP("checklist", "it is not done, so there is nothing "
                                                              "to undo.")),))
    return status


DOCUMENT_EVENT = "document.generated:"  # + the document's kind


def document_event(kind: str) -> str:
    """The application event a generated document reports (``document.generated:<kind>``): the name the
    procedure file listens for, whichever window or command issued the document."""
    return f"{DOCUMENT_EVENT}{kind}"


def steps_completed_by(view: ChecklistView, event_kind: str) -> list[Step]:
    """Steps an application event completes now: named by the event, applicable, passing their
    gates, and not done already. A document completes only a step that is available: printing the
    report to the social authority before the assessment it rests on, or the note to the family
    officer before the transfer, is a draft, and ticking it would show the statutory deadline met
    (seen: an unsent report stopped the Art 7 clock as "met")."""
    result = []
    for status in view.steps:
        step = status.step
        if event_kind not in step.completion.events or status.state in (StepState.DONE, StepState.NOT_APPLICABLE):
            continue
        if status.gate_failed or (event_kind.startswith(DOCUMENT_EVENT) and status.state is StepState.BLOCKED):
            continue
        result.append(step)
    return result

"""What the engine is given about one case: its step events and the state of its evidence.

Step events are append-only facts (the vault's ``step_events`` table): a step marked done by an
officer, done because something happened in the application (an *automatic* tick), or an undo.
The current state of a step is decided by its latest event, so an undo never erases the tick it
reverses: both stay in the record, with who and when.

Event kinds the application reports (the procedure file maps them to steps):

- ``capture.complete``: a capture finished and its completeness check passed;
- ``document.generated:<document-id>``: a document was produced (the ids of
  ``app.reports.notices.DocumentKind``: ``takedown-referral``, ``social-report``, ``dns-rpz``,
  ``evidence-list``, ``family-officer-notice``; and ``transcript`` for a chat transcript);
- ``recheck.removed`` / ``recheck.present``: a takedown re-check found the content gone / still there;
- ``person.sealed``: a reporter's, informant's or victim's identity went into the sealed compartment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP, translate


class StepAction(StrEnum):
    DONE = "done"  # ticked by an officer
    AUTO = "auto"  # ticked because the application saw the completing event
    UNDO = "undo"  # a previous tick withdrawn (kept, never deleted)

    @property
    def completes(self) -> bool:
        return self is not StepAction.UNDO

    def label(self) -> str:
        """In words, for the officer (the step's record) and in documents (the transfer note)."""
        return translate("checklist", _ACTION_LABELS[self])


_ACTION_LABELS = {
    StepAction.DONE: QT_TRANSLATE_NOOP("checklist", "done"),
    StepAction.AUTO: QT_TRANSLATE_NOOP("checklist", "done automatically"),
    StepAction.UNDO: QT_TRANSLATE_NOOP("checklist", "undone"),
}


@dataclass(frozen=True)
class StepEvent:
    """One row of ``step_events``. ``happened_at`` is when it happened in the world (the officer may
    record a phone call an hour later); ``recorded_at`` is when it was entered. Both UTC."""

    id: int
    case_id: str
    step_id: str
    action: StepAction
    happened_at: datetime
    recorded_at: datetime
    officer: str
    note: str
    data: dict[str, object] = field(default_factory=dict)
    procedure_version: str = ""

    @property
    def evidence_ids(self) -> tuple[str, ...]:
        """Captures and artifacts this event links to (``data["evidence"]``)."""
        value = self.data.get("evidence", [])
        return tuple(str(item) for item in value) if isinstance(value, list) else ()


@dataclass(frozen=True)
class EvidenceStatus:
    """The case's captures as the takedown gate sees them (陸.二(二)): every captured address must
    have a complete newest capture before anything is referred for takedown."""

    captures: int = 0
    complete: int = 0
    incomplete_ids: tuple[str, ...] = ()

    @property
    def is_complete(self) -> bool:
        return self.captures > 0 and not self.incomplete_ids


def latest_by_step(events: list[StepEvent]) -> dict[str, StepEvent]:
    """The event that decides each step's state (events are in recording order)."""
    latest: dict[str, StepEvent] = {}
    for event in sorted(events, key=lambda e: e.id):
        latest[event.step_id] = event
    return latest

"""What the checklist widgets need from the application (``app.vault.steps.CaseSteps`` provides it)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Protocol

from app.checklist.clocks import ClockStatus
from app.checklist.engine import ChecklistView
from app.checklist.events import StepEvent
from app.checklist.procedure import Procedure
from app.core.models import Case
from app.vault.steps import EvidenceItem


class ChecklistSource(Protocol):
    @property
    def procedure(self) -> Procedure: ...

    def case(self, case_ref: str) -> Case: ...

    def view(self, case_ref: str, now: datetime | None = None) -> ChecklistView: ...

    def tick(self, case_ref: str, step_id: str, *, at: datetime | None = None, note: str = "",
             data: Mapping[str, object] | None = None) -> StepEvent: ...

    def undo(self, case_ref: str, step_id: str, *, note: str = "") -> StepEvent: ...

    def evidence_items(self, case_ref: str) -> list[EvidenceItem]: ...

    def running_clocks(self, now: datetime | None = None) -> list[ClockStatus]: ...

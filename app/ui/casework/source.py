"""The checklist as the GUI sees it: ``CaseSteps`` of whichever vault is open, or nothing while locked.

The checklist widgets, the reminder service and the re-check scheduler are built once, when the
window is; the vault comes and goes with lock and unlock. This adapter is what they all hold, so
none of them keeps a closed vault: while locked, ``running_clocks`` is empty (no reminder fires
from a locked vault, and a check racing the lock on a worker thread ends quietly), and everything
else raises :class:`~app.core.errors.VaultLockedError`, which the screens show as one sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime

from app.checklist.clocks import ClockStatus
from app.checklist.engine import ChecklistView
from app.checklist.events import StepEvent
from app.checklist.procedure import Procedure
from app.core.errors import VaultLockedError
from app.core.models import Case
from app.vault import Vault
from app.vault.steps import CaseSteps, EvidenceItem

log = logging.getLogger(__name__)


class VaultChecklist:
    """A :class:`~app.ui.checklist.source.ChecklistSource` that follows the vault through lock/unlock."""

    def __init__(self, procedure: Callable[[], Procedure], vault: Vault | None = None) -> None:
        self._procedure = procedure
        self._vault: Vault | None = None
        self._steps: CaseSteps | None = None
        self.set_vault(vault)

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self._steps = CaseSteps(vault, self._procedure) if vault is not None else None

    @property
    def vault(self) -> Vault:
        """The open vault; raises VaultLockedError while locked."""
        if self._vault is None or not self._vault.is_open:
            raise VaultLockedError()
        return self._vault

    @property
    def steps(self) -> CaseSteps:
        if self._steps is None or self._vault is None or not self._vault.is_open:
            raise VaultLockedError()
        return self._steps

    @property
    def unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_open

    # -- ChecklistSource -------------------------------------------------------------------------
    @property
    def procedure(self) -> Procedure:
        return self._procedure()

    def case(self, case_ref: str) -> Case:
        return self.steps.case(case_ref)

    def view(self, case_ref: str, now: datetime | None = None) -> ChecklistView:
        return self.steps.view(case_ref, now)

    def tick(self, case_ref: str, step_id: str, *, at: datetime | None = None, note: str = "",
             data: Mapping[str, object] | None = None) -> StepEvent:
        return self.steps.tick(case_ref, step_id, at=at, note=note, data=data)

    def undo(self, case_ref: str, step_id: str, *, note: str = "") -> StepEvent:
        return self.steps.undo(case_ref, step_id, note=note)

    def evidence_items(self, case_ref: str) -> list[EvidenceItem]:
        return self.steps.evidence_items(case_ref)

    def on_event(self, case_ref: str, kind: str, *, at: datetime | None = None,
                 data: Mapping[str, object] | None = None) -> list[StepEvent]:
        return self.steps.on_event(case_ref, kind, at=at, data=data)

    def running_clocks(self, now: datetime | None = None) -> list[ClockStatus]:
        """Every running clock, or [] while locked (also when the lock closes the file mid-read)."""
        steps, vault = self._steps, self._vault
        if steps is None or vault is None or not vault.is_open:
            return []
        try:
            return steps.running_clocks(now)
        except Exception:
            if vault.is_open:
                raise
            log.info("clock check ended by a vault lock")
            return []

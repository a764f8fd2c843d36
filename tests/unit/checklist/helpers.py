"""Step events for engine and clock tests, built as the vault would return them."""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path

from app.checklist.events import StepAction, StepEvent
from app.checklist.procedure import Procedure, load_procedure
from app.core.timeutil import parse_iso

PROCEDURE_FILE = Path(__file__).resolve().parents[3] / "resources" / "procedures" / "taipei-2025-07-08.json"
CASE = "CTEST000001"
_ids = itertools.count(1)


def procedure() -> Procedure:
    return load_procedure(PROCEDURE_FILE)


def at(text: str) -> datetime:
    """An ISO time; without a zone it is Taipei time, as officers type it."""
    return parse_iso(text)


def event(step_id: str, when: str = "2025-07-08T10:00", action: StepAction = StepAction.DONE,
          **data: object) -> StepEvent:
    moment = at(when)
    return StepEvent(next(_ids), CASE, step_id, action, moment, moment, "警員測試甲", "", dict(data), "2025-07-08")

"""Every action the code appends to the audit chain has a name officers can read."""

from __future__ import annotations

import re
from pathlib import Path

from app.checklist.events import StepAction
from app.core.audit_actions import KNOWN_ACTIONS, action_label

APP = Path(__file__).resolve().parents[3] / "app"
# "area.verb" string literals in the code: the audit actions, and some file names, filtered below.
LITERAL = re.compile(r'"((?:vault|settings|case|person|capture|artifact|identifier|document|patrol|browser)\.[a-z_]+)"')
NOT_ACTIONS = {"capture.complete", "person.sealed", "vault.npv"}  # checklist events and a file name


def _actions_in_code() -> set[str]:
    found = set()
    for source in APP.rglob("*.py"):
        found |= set(LITERAL.findall(source.read_text(encoding="utf-8")))
    return found - NOT_ACTIONS


def test_every_audited_action_has_a_name() -> None:
    used = _actions_in_code() | {f"step.{action.value}" for action in StepAction}
    assert {"person.reveal", "person.reveal_denied", "capture.add", "identifier.correct", "step.undo"} <= used
    assert used - KNOWN_ACTIONS == set()


def test_unknown_actions_are_shown_as_recorded() -> None:
    assert action_label("person.reveal") == "Sealed identity revealed"
    assert action_label("future.action") == "future.action"  # a newer version's entry in an older viewer

"""Every action the code appends to the audit chain has a name officers can read."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.checklist.events import StepAction
from app.core.audit_actions import (
    ACTION_GROUPS,
    KNOWN_ACTIONS,
    action_group,
    action_label,
    detail_label,
    details_text,
)
from app.core.errors import UsageError
from app.core.identifiers import IdentifierKind

APP = Path(__file__).resolve().parents[3] / "app"
# "area.verb" string literals in the code: the audit actions, and some file names, filtered below.
LITERAL = re.compile(r'"((?:vault|settings|case|person|capture|artifact|identifier|document|patrol|browser|keys|step)\.[a-z_]+)"')
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


def test_every_known_action_is_in_exactly_one_group() -> None:
    """The vault audit log's groups: a supervisor who reads them one by one has read everything."""
    grouped = [action for group in ACTION_GROUPS for action in group.actions]
    assert sorted(grouped) == sorted(KNOWN_ACTIONS)  # none twice, none missing
    assert len({group.id for group in ACTION_GROUPS}) == len(ACTION_GROUPS)
    assert action_group("identities").actions >= {"person.reveal", "person.reveal_denied", "person.hand_over"}
    with pytest.raises(UsageError, match="no group of actions named reveals"):
        action_group("reveals")


def test_a_printed_logs_group_is_named_in_its_audit_entry() -> None:
    assert details_text({"actions": "identities", "entries": 3}, "document.generated") == (
        "Actions printed: Sealed identities: reveals, refusals, sending; Entries printed: 3")
    assert details_text({"actions": "all"}, "document.generated") == "Actions printed: Every action"


def test_unknown_actions_are_shown_as_recorded() -> None:
    assert action_label("person.reveal") == "Sealed identity revealed"
    assert action_label("future.action") == "future.action"  # a newer version's entry in an older viewer


def _detail_keys_in_code() -> set[str]:
    """String keys of every dict the code hands to the chain as details: ``details=`` arguments, dicts
    assigned to ``details``, and the extra details of ``issue_file``."""
    found: set[str] = set()
    for source in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "details" for t in node.targets):
                values = [node.value]  # details = {...}, handed over below
            elif isinstance(node, ast.Call):
                values = [keyword.value for keyword in node.keywords if keyword.arg == "details"]
            else:
                continue
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "issue_file":
                values += [arg for arg in node.args if isinstance(arg, ast.Dict)]  # not the callbacks
            for value in values:
                found |= {key.value for inner in ast.walk(value) if isinstance(inner, ast.Dict)
                          for key in inner.keys if isinstance(key, ast.Constant) and isinstance(key.value, str)}
    return found


def test_every_detail_key_has_a_name() -> None:
    used = _detail_keys_in_code()
    assert {"changed", "sha256", "pseudonym", "row", "format", "messages", "events"} <= used
    assert {key for key in used if detail_label(key) == key} == set()


def test_details_read_in_words_in_a_fixed_order() -> None:
    text = details_text({"changed": ["platforms", "notes"], "complete": False, "future_key": 3, "mismatched": [],
                         "origin": "manual", "row": "ab12"})
    assert text == ("Complete: no; Changed: Platforms, Notes; Origin: manual; Not matching: —; future_key: 3; "
                    "Record hash: ab12")  # the chain stores keys sorted; the record's hash goes last
    stored = {"kind": "png", "name": "fullpage.png", "row": "cd34", "sha256": "ef56", "size": 10}  # as stored
    assert details_text(stored, "artifact.add") == ("Kind: png; Name: fullpage.png; SHA-256: ef56; Size (bytes): 10; "
                                                    "Record hash: cd34")


def test_ids_the_vault_keeps_are_named() -> None:
    assert details_text({"kind": "chat"}, "capture.add") == "Kind: Chat"
    assert details_text({"kind": "poster_ip"}, "identifier.add") == "Kind: " + IdentifierKind.POSTER_IP.label()
    assert details_text({"role": "victim", "pseudonym": "V-1"}, "person.add") == "Role: Victim; Pseudonym: V-1"
    assert details_text({"role": "alien"}, "person.add") == "Role: alien"  # unknown: as recorded


def test_a_pseudonym_is_said_as_the_people_tab_says_it() -> None:
    """Seen in the English audit log: 「Pseudonym: 報告人A; Reason: …」 beside a People tab that says "Reporter A"."""
    assert details_text({"pseudonym": "報告人A", "reason": "檢察官指揮"}, "person.reveal") == (
        "Pseudonym: Reporter A; Reason: 檢察官指揮")
    assert details_text({"role": "victim", "pseudonym": "被害人1"}, "person.add") == "Role: Victim; Pseudonym: Victim 1"


def test_fixed_words_the_vault_records_are_said_in_words() -> None:
    """Seen on a case's audit tab in Chinese: 「來源：adapter」, 「身分：off-the-record」, 「結束原因：interrupted」."""
    assert details_text({"origin": "adapter"}, "identifier.add") == "Origin: site adapter"
    assert details_text({"persona": "off-the-record"}, "patrol.start") == "Persona: Off the record"
    assert details_text({"persona": "Account 7"}, "patrol.start") == "Persona: Account 7"  # a persona's own name
    assert details_text({"reason": "interrupted"}, "patrol.stop") == (
        "Reason: closed after the application ended unexpectedly")
    assert details_text({"reason": "officer"}, "person.reveal") == "Reason: officer"  # a reveal's reason is typed
    assert details_text({"to": "passphrase"}, "case.export") == "Encrypted to: a passphrase"
    assert details_text({"origin": "telepathy"}, "identifier.add") == "Origin: telepathy"  # unknown: as recorded


def test_recorded_times_read_as_the_officer_reads_times() -> None:
    """Seen on the audit tab of a received case: 「移交單位立案時間: 2026-11-29T09:21:04.123456Z」."""
    from app.core.timeutil import roc_datetime

    details = {"source_created_at": "2025-07-08T01:05:00.000000Z", "happened_at": "not a time", "at_home": "x"}
    assert details_text(details, "case.import", roc_datetime) == (
        "Happened at: not a time; Opened at the sending unit: 民國114年7月8日 09:05; at_home: x")
    assert "2025-07-08T01:05:00.000000Z" in details_text(details, "case.import")  # no time_text: as recorded

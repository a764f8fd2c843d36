"""Names of the audit chain's actions in the officer's language.

The chain records stable English ids (``capture.add``, ``person.reveal``); they are what a verifier
checks and never change. People read the translated name, shown next to the id so the two can be
matched: in the case's audit view and in the custody log printed for the prosecutor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.core.capture import capture_kind_label
from app.core.errors import UsageError
from app.core.i18n import QT_TRANSLATE_NOOP, labelled, translate
from app.core.identifiers import Origin, kind_label
from app.core.models import Role, persona_label
from app.core.pseudonyms import shown_pseudonym
from app.core.timeutil import parse_iso, span_text

TimeText = Callable[[datetime], str]

_LABELS = {
    "vault.create": QT_TRANSLATE_NOOP("audit", "Vault created"),
    "vault.unlock": QT_TRANSLATE_NOOP("audit", "Vault unlocked"),
    "vault.lock": QT_TRANSLATE_NOOP("audit", "Vault locked"),
    "vault.passphrase_changed": QT_TRANSLATE_NOOP("audit", "Passphrase changed"),
    "vault.verify": QT_TRANSLATE_NOOP("audit", "Vault integrity verified"),
    "vault.backup": QT_TRANSLATE_NOOP("audit", "Vault backed up"),
    "settings.officer": QT_TRANSLATE_NOOP("audit", "Officer or unit changed"),
    "case.create": QT_TRANSLATE_NOOP("audit", "Case opened"),
    "case.edit": QT_TRANSLATE_NOOP("audit", "Case edited"),
    "person.add": QT_TRANSLATE_NOOP("audit", "Person added"),
    "person.reveal": QT_TRANSLATE_NOOP("audit", "Sealed identity revealed"),
    "person.reveal_denied": QT_TRANSLATE_NOOP("audit", "Reveal refused (wrong passphrase)"),
    "person.hand_over": QT_TRANSLATE_NOOP("audit", "Sealed identity sent with a case file"),
    "person.hand_over_denied": QT_TRANSLATE_NOOP("audit", "Sending sealed identities refused (wrong passphrase)"),
    "capture.add": QT_TRANSLATE_NOOP("audit", "Capture stored"),
    "capture.reverify": QT_TRANSLATE_NOOP("audit", "Capture hashes re-verified"),
    "artifact.add": QT_TRANSLATE_NOOP("audit", "Evidence file stored"),
    "artifact.view": QT_TRANSLATE_NOOP("audit", "Evidence file opened"),
    "artifact.export": QT_TRANSLATE_NOOP("audit", "Evidence file exported"),
    "identifier.add": QT_TRANSLATE_NOOP("audit", "Identifier recorded"),
    "identifier.correct": QT_TRANSLATE_NOOP("audit", "Identifier corrected"),
    "identifier.retract": QT_TRANSLATE_NOOP("audit", "Identifier withdrawn"),
    "step.done": QT_TRANSLATE_NOOP("audit", "Step marked done"),
    "step.auto": QT_TRANSLATE_NOOP("audit", "Step done automatically"),
    "step.undo": QT_TRANSLATE_NOOP("audit", "Step undone"),
    "document.generated": QT_TRANSLATE_NOOP("audit", "Document issued"),
    "document.copied": QT_TRANSLATE_NOOP("audit", "Document text copied"),
    "patrol.start": QT_TRANSLATE_NOOP("audit", "Patrol started"),
    "patrol.stop": QT_TRANSLATE_NOOP("audit", "Patrol stopped"),
    "patrol.view_log": QT_TRANSLATE_NOOP("audit", "Patrol log viewed"),
    "browser.download": QT_TRANSLATE_NOOP("audit", "Download stored"),
    "browser.persona_create": QT_TRANSLATE_NOOP("audit", "Persona created"),
    "browser.tls_override": QT_TRANSLATE_NOOP("audit", "Certificate error overridden"),
    "keys.create": QT_TRANSLATE_NOOP("audit", "Hand-off keys created"),
    "case.export": QT_TRANSLATE_NOOP("audit", "Case file exported"),
    "case.import": QT_TRANSLATE_NOOP("audit", "Case received from a case file"),
    "case.import_update": QT_TRANSLATE_NOOP("audit", "Case file received for a case already here: its additions"),
    "person.import": QT_TRANSLATE_NOOP("audit", "Person received"),
    "person.identity_import": QT_TRANSLATE_NOOP("audit", "Sealed identity received for a person already here"),
    "capture.import": QT_TRANSLATE_NOOP("audit", "Capture received"),
    "artifact.import": QT_TRANSLATE_NOOP("audit", "Evidence file received"),
    "identifier.import": QT_TRANSLATE_NOOP("audit", "Identifier received"),
    "step.import": QT_TRANSLATE_NOOP("audit", "Step received"),
}

KNOWN_ACTIONS = frozenset(_LABELS)


@dataclass(frozen=True)
class ActionGroup:
    """Actions a supervisor reviews together (the vault audit log's "Show" list): every known action
    is in exactly one group, so "all groups" and "everything" list the same entries."""

    id: str  # stable: recorded in the details of a printed audit log
    label: str  # untranslated (QT_TRANSLATE_NOOP); see :meth:`name`
    actions: frozenset[str]

    def name(self) -> str:
        return translate("audit", self.label)


ACTION_GROUPS = (
    ActionGroup("identities", QT_TRANSLATE_NOOP("audit", "Sealed identities: reveals, refusals, sending"),
                frozenset({"person.reveal", "person.reveal_denied", "person.hand_over", "person.hand_over_denied"})),
    ActionGroup("evidence", QT_TRANSLATE_NOOP("audit", "Evidence: captures, files, downloads, identifiers"),
                frozenset({"capture.add", "capture.reverify", "artifact.add", "artifact.view", "artifact.export",
                           "browser.download", "identifier.add", "identifier.correct", "identifier.retract"})),
    ActionGroup("documents", QT_TRANSLATE_NOOP("audit", "Documents issued and copied"),
                frozenset({"document.generated", "document.copied"})),
    ActionGroup("case-files", QT_TRANSLATE_NOOP("audit", "Case files sent and received, hand-off keys"),
                frozenset({"case.export", "case.import", "case.import_update", "person.import",
                           "person.identity_import", "capture.import",
                           "artifact.import", "identifier.import", "step.import", "keys.create"})),
    ActionGroup("casework", QT_TRANSLATE_NOOP("audit", "Cases, people and steps"),
                frozenset({"case.create", "case.edit", "person.add", "step.done", "step.auto", "step.undo"})),
    ActionGroup("patrols", QT_TRANSLATE_NOOP("audit", "Patrols, personas, certificate overrides"),
                frozenset({"patrol.start", "patrol.stop", "patrol.view_log", "browser.persona_create",
                           "browser.tls_override"})),
    ActionGroup("vault", QT_TRANSLATE_NOOP("audit", "Vault: unlocks, locks, integrity checks, passphrase, officer"),
                frozenset({"vault.create", "vault.unlock", "vault.lock", "vault.verify", "vault.passphrase_changed",
                           "vault.backup", "settings.officer"})),
)


ALL_ACTIONS = "all"  # the group id recorded when a printed audit log holds every action


def action_group(group_id: str) -> ActionGroup:
    """The group named ``group_id``; a UsageError lists the ids there are."""
    for group in ACTION_GROUPS:
        if group.id == group_id:
            return group
    raise UsageError(QT_TRANSLATE_NOOP("errors", "There is no group of actions named {name} (there are: {names})."),
                     name=group_id, names=", ".join(group.id for group in ACTION_GROUPS))


def _named(labels: dict[str, str], key: str) -> str:
    """The translated name of ``key``; a key this version does not know is shown as recorded."""
    label = labels.get(key)
    return translate("audit", label) if label else key


def action_label(action: str) -> str:
    """The translated name of ``action``; an action this version does not know is shown as recorded."""
    return _named(_LABELS, action)


# -- details ----------------------------------------------------------------------------------------
# The keys an entry's details are recorded under, named for people. The record keeps the keys (a
# verifier reads them); the audit view shows these names, with the entry as recorded in its tooltip.
_DETAIL_LABELS = {  # in the order they are shown: what the entry is about first, the record's hash last
    "kind": QT_TRANSLATE_NOOP("audit", "Kind"),
    "name": QT_TRANSLATE_NOOP("audit", "Name"),
    "file": QT_TRANSLATE_NOOP("audit", "File"),
    "sha256": QT_TRANSLATE_NOOP("audit", "SHA-256"),
    "size": QT_TRANSLATE_NOOP("audit", "Size (bytes)"),
    "format": QT_TRANSLATE_NOOP("audit", "Format"),
    "capture": QT_TRANSLATE_NOOP("audit", "Capture"),
    "messages": QT_TRANSLATE_NOOP("audit", "Messages"),
    "complete": QT_TRANSLATE_NOOP("audit", "Complete"),
    "files": QT_TRANSLATE_NOOP("audit", "Files"),
    "number": QT_TRANSLATE_NOOP("audit", "Case number"),
    "changed": QT_TRANSLATE_NOOP("audit", "Changed"),
    "role": QT_TRANSLATE_NOOP("audit", "Role"),
    "pseudonym": QT_TRANSLATE_NOOP("audit", "Pseudonym"),
    "reason": QT_TRANSLATE_NOOP("audit", "Reason"),
    "minutes": QT_TRANSLATE_NOOP("audit", "Minutes"),
    "origin": QT_TRANSLATE_NOOP("audit", "Origin"),
    "supersedes": QT_TRANSLATE_NOOP("audit", "Replaces"),
    "step": QT_TRANSLATE_NOOP("audit", "Step"),
    "happened_at": QT_TRANSLATE_NOOP("audit", "Happened at"),
    "procedure": QT_TRANSLATE_NOOP("audit", "Procedure version"),
    "ok": QT_TRANSLATE_NOOP("audit", "All match"),
    "audit_entries": QT_TRANSLATE_NOOP("audit", "Audit entries checked"),
    "rows_checked": QT_TRANSLATE_NOOP("audit", "Evidence rows checked"),
    "artifacts": QT_TRANSLATE_NOOP("audit", "Files checked"),
    "bytes_checked": QT_TRANSLATE_NOOP("audit", "Bytes re-hashed"),
    "audit_head": QT_TRANSLATE_NOOP("audit", "Chain head checked"),
    "copy_head": QT_TRANSLATE_NOOP("audit", "Last audit entry in the copy"),
    "first_broken_entry": QT_TRANSLATE_NOOP("audit", "First broken entry"),
    "problems": QT_TRANSLATE_NOOP("audit", "Problems found"),
    "clock_steps": QT_TRANSLATE_NOOP("audit", "Steps back of the clock found"),
    "clock_behind_seconds": QT_TRANSLATE_NOOP("audit", "Clock behind the last entry by"),
    "mismatched": QT_TRANSLATE_NOOP("audit", "Not matching"),
    "host": QT_TRANSLATE_NOOP("audit", "Host"),
    "error": QT_TRANSLATE_NOOP("audit", "Error"),
    "url": QT_TRANSLATE_NOOP("audit", "URL"),
    "persona": QT_TRANSLATE_NOOP("audit", "Persona"),
    "day": QT_TRANSLATE_NOOP("audit", "Day"),
    "first_day": QT_TRANSLATE_NOOP("audit", "First day"),
    "last_day": QT_TRANSLATE_NOOP("audit", "Last day"),
    "actions": QT_TRANSLATE_NOOP("audit", "Actions printed"),
    "entries": QT_TRANSLATE_NOOP("audit", "Entries printed"),
    "patrol": QT_TRANSLATE_NOOP("audit", "Patrol"),
    "events": QT_TRANSLATE_NOOP("audit", "Log entries"),
    "via": QT_TRANSLATE_NOOP("audit", "Via"),
    "viewer": QT_TRANSLATE_NOOP("audit", "Viewer"),
    "unit": QT_TRANSLATE_NOOP("audit", "Unit"),
    "officer": QT_TRANSLATE_NOOP("audit", "Officer"),
    "version": QT_TRANSLATE_NOOP("audit", "Version"),
    "migrated": QT_TRANSLATE_NOOP("audit", "Upgraded"),
    "before_upgrade_copy": QT_TRANSLATE_NOOP("audit", "Copy kept from before the upgrade"),
    "before_upgrade_sha256": QT_TRANSLATE_NOOP("audit", "SHA-256 of that copy"),
    "sealed_marked": QT_TRANSLATE_NOOP("audit", "Sealed people marked, so documents print their pseudonyms"),
    "passphrase_change_unfinished": QT_TRANSLATE_NOOP("audit", "Passphrase change that did not finish (entry number; "
                                                               "the passphrase stayed as before)"),
    "action": QT_TRANSLATE_NOOP("audit", "Action"),
    "to": QT_TRANSLATE_NOOP("audit", "Encrypted to"),
    "recipient": QT_TRANSLATE_NOOP("audit", "Workstation key"),
    "fingerprint": QT_TRANSLATE_NOOP("audit", "Signing key fingerprint"),
    "manifest_sha256": QT_TRANSLATE_NOOP("audit", "Manifest SHA-256"),
    "file_sha256": QT_TRANSLATE_NOOP("audit", "Case file SHA-256"),
    "source_number": QT_TRANSLATE_NOOP("audit", "Sender's case number"),
    "added_people": QT_TRANSLATE_NOOP("audit", "People added"),
    "added_captures": QT_TRANSLATE_NOOP("audit", "Captures added"),
    "added_artifacts": QT_TRANSLATE_NOOP("audit", "Evidence files added"),
    "added_identifiers": QT_TRANSLATE_NOOP("audit", "Identifiers added"),
    "added_steps": QT_TRANSLATE_NOOP("audit", "Step records added"),
    "added_identities": QT_TRANSLATE_NOOP("audit", "Sealed identities added"),
    "identities_kept": QT_TRANSLATE_NOOP("audit", "Sealed identities already here, left as they were"),
    "source_unit": QT_TRANSLATE_NOOP("audit", "Sending unit"),
    "source_created_at": QT_TRANSLATE_NOOP("audit", "Opened at the sending unit"),
    "source_officer": QT_TRANSLATE_NOOP("audit", "Sending officer"),
    "source_vault": QT_TRANSLATE_NOOP("audit", "Sending vault"),
    "claimed_unit": QT_TRANSLATE_NOOP("audit", "Sending unit, as the case file states it"),
    "claimed_officer": QT_TRANSLATE_NOOP("audit", "Sending officer, as the case file states it"),
    "claimed_vault": QT_TRANSLATE_NOOP("audit", "Sending vault, as the case file states it"),
    "signer_accepted": QT_TRANSLATE_NOOP("audit", "Signing key new for this case, accepted by the officer"),
    "undos_not_applied": QT_TRANSLATE_NOOP("audit", "Undos of this unit's steps not applied"),
    "ticks_not_applied": QT_TRANSLATE_NOOP("audit", "New ticks of this unit's steps not applied"),
    "steps_in_names_here": QT_TRANSLATE_NOOP("audit", "Step records made there in the name of an officer here"),
    "steps_not_in_procedure": QT_TRANSLATE_NOOP("audit", "Steps this workstation's procedure does not have"),
    "step_records_not_in_procedure": QT_TRANSLATE_NOOP("audit", "Step records of steps this workstation's procedure "
                                                                "does not have"),
    "source_audit_head": QT_TRANSLATE_NOOP("audit", "Sender's audit chain head"),
    "source_id": QT_TRANSLATE_NOOP("audit", "Sender's record number"),
    "identity_left_behind": QT_TRANSLATE_NOOP("audit", "Sealed identity stayed with the sender"),
    "identity_received": QT_TRANSLATE_NOOP("audit", "Sealed identity received (sealed again here)"),
    "identities_enclosed": QT_TRANSLATE_NOOP("audit", "Sealed identities sent along"),
    "row": QT_TRANSLATE_NOOP("audit", "Record hash"),
}
_ORDER = {key: index for index, key in enumerate(_DETAIL_LABELS)}

# A case's fields that an edit can change (the ``changed`` detail of ``case.edit``), in form order.
CASE_FIELDS = {
    "title": QT_TRANSLATE_NOOP("audit", "Title"),
    "status": QT_TRANSLATE_NOOP("audit", "Status"),
    "platforms": QT_TRANSLATE_NOOP("audit", "Platforms"),
    "notes": QT_TRANSLATE_NOOP("audit", "Notes"),
}


def detail_label(key: str) -> str:
    """The translated name of a details key; a key this version does not know is shown as recorded."""
    return _named(_DETAIL_LABELS, key)


def changed_fields_text(fields: Sequence[str]) -> str:
    """A case edit's changed fields by name (案由、平臺); "—" for none. The audit tab's ``changed``
    detail and the case history's 變更項目 column both say it this way."""
    names = [_named(CASE_FIELDS, field) for field in fields]
    return translate("audit", ", ").join(names) if names else "—"


# Recorded values the vault writes as fixed words (never translated, so that the chain reads the same
# in every language), said in the officer's language: (action's prefix, key, value) -> words.
_RECORDED_WORDS = {
    ("patrol.stop", "reason", "officer"): QT_TRANSLATE_NOOP("audit", "ended by the officer"),
    ("patrol.stop", "reason", "interrupted"): QT_TRANSLATE_NOOP("audit", "closed after the application ended unexpectedly"),
    ("case.export", "to", "passphrase"): QT_TRANSLATE_NOOP("audit", "a passphrase"),
}


def _recorded_words(action: str, key: str, value: str) -> str | None:
    words = next((text for (prefix, known_key, known), text in _RECORDED_WORDS.items()
                  if action.startswith(prefix) and key == known_key and value == known), None)
    return None if words is None else translate("audit", words)


def _enum_label(enum: Callable[[str], Any], value: str) -> str:
    try:
        return str(enum(value).label())
    except ValueError:
        return value  # a value this version does not know is shown as recorded


def _group_label(group_id: str) -> str:
    """A printed audit log's group of actions by name ("all": every action)."""
    if group_id == ALL_ACTIONS:
        return translate("audit", "Every action")
    return next((group.name() for group in ACTION_GROUPS if group.id == group_id), group_id)


def _value_text(action: str, key: str, value: object, time_text: TimeText | None = None) -> str:
    if time_text is not None and key.endswith("_at") and isinstance(value, str):
        try:
            return time_text(parse_iso(value))
        except ValueError:
            return value  # not a time after all: as recorded
    if isinstance(value, bool):
        return translate("audit", "yes") if value else translate("audit", "no")
    if key.endswith("_seconds") and isinstance(value, int):
        return span_text(timedelta(seconds=value))
    if isinstance(value, list):
        items = [str(item) for item in value]
        return changed_fields_text(items) if key == "changed" else translate("audit", ", ").join(items) or "—"
    if value is None or value == "":
        return "—"
    by_key = _WORDS_BY_KEY.get(key)
    return by_key(str(value)) if by_key is not None else _action_value_text(action, key, str(value))


# Recorded ids said in words whatever the action.
_WORDS_BY_KEY: dict[str, Callable[[str], str]] = {
    "role": lambda value: _enum_label(Role, value), "actions": _group_label, "persona": persona_label,
    "pseudonym": shown_pseudonym}  # 報告人A is "Reporter A" in English, as the People tab says (stored in Chinese)


def _action_value_text(action: str, key: str, value: str) -> str:
    """A recorded value whose words depend on the action too ("kind" of a capture or of an identifier)."""
    if key == "kind" and action == "capture.add":
        return capture_kind_label(value)
    if key == "kind" and action.startswith("identifier."):
        return kind_label(value)
    if key == "origin" and action.startswith("identifier."):
        return _enum_label(Origin, value)
    return _recorded_words(action, key, value) or value


def details_text(details: dict[str, object], action: str = "", time_text: TimeText | None = None) -> str:
    """An entry's details for people: each key by its name, and the kinds and roles the vault keeps
    as ids in words. Known keys come in a fixed order (the chain stores them sorted, which put the
    record's hash before a file's SHA-256); keys this version does not know follow, as recorded.
    ``time_text`` shows recorded times (``happened_at``, ``source_created_at``: UTC, ISO 8601) as the
    officer reads times elsewhere (民國… in Chinese); without it they stay as recorded."""
    keys = sorted(details, key=lambda key: _ORDER.get(key, _ORDER["row"] - 0.5))
    return translate("audit", "; ").join(
        labelled(detail_label(key), _value_text(action, key, details[key], time_text)) for key in keys)

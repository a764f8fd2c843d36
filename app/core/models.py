"""Domain records shared by every layer. Plain frozen dataclasses: storage and views build them,
nothing mutates them (an edit is a new record, as the audit rules require)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP, counted, translate


class CaseStatus(StrEnum):
    OPEN = "open"
    REFERRED = "referred"
    TRANSFERRED = "transferred"
    CLOSED = "closed"

    def label(self) -> str:
        return translate("models", _STATUS_LABELS[self])


_STATUS_LABELS = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("models", "Open"),
    CaseStatus.REFERRED: QT_TRANSLATE_NOOP("models", "Referred"),
    CaseStatus.TRANSFERRED: QT_TRANSLATE_NOOP("models", "Transferred"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("models", "Closed"),
}


class Role(StrEnum):
    REPORTER = "reporter"
    INFORMANT = "informant"
    VICTIM = "victim"
    SUSPECT = "suspect"
    WITNESS = "witness"

    @property
    def sealed(self) -> bool:
        """Article 7 and 施行細則 §2: reporters', informants' and victims' identities are sealed."""
        return self in SEALED_ROLES

    def label(self) -> str:
        return translate("models", _ROLE_LABELS[self])


SEALED_ROLES = frozenset({Role.REPORTER, Role.INFORMANT, Role.VICTIM})

_ROLE_LABELS = {
    Role.REPORTER: QT_TRANSLATE_NOOP("models", "Reporter"),
    Role.INFORMANT: QT_TRANSLATE_NOOP("models", "Informant"),
    Role.VICTIM: QT_TRANSLATE_NOOP("models", "Victim"),
    Role.SUSPECT: QT_TRANSLATE_NOOP("models", "Suspect"),
    Role.WITNESS: QT_TRANSLATE_NOOP("models", "Witness"),
}


class ArtifactKind(StrEnum):
    PNG = "png"
    MHTML = "mhtml"
    HTML = "html"
    TEXT = "text"
    PDF = "pdf"
    JSON = "json"
    VIDEO = "video"
    DOWNLOAD = "download"


@dataclass(frozen=True)
class Case:
    id: str
    number: str
    title: str
    platforms: tuple[str, ...]
    status: CaseStatus
    officer: str
    unit: str
    created_at: datetime
    updated_at: datetime
    notes: str = ""
    revision: int = 1
    # When the case last changed in any way (a revision, a person, a capture, a step, a document), which
    # is what officers mean by 「最後更新」: a capture does not revise the case's own fields. None only
    # for a case built outside a vault.
    activity_at: datetime | None = None

    @property
    def last_changed(self) -> datetime:
        return self.activity_at or self.updated_at


@dataclass(frozen=True)
class Person:
    """A person in a case. For sealed roles only the pseudonym is ever filled in here; the identity
    stays in the sealed compartment (see ``vault.sealing``)."""

    id: str
    case_id: str
    role: Role
    pseudonym: str
    created_at: datetime
    # Identity fields: only for roles that are not sealed (suspects, witnesses).
    name: str = ""
    details: dict[str, str] = field(default_factory=dict)
    # False for a sealed role whose identity stayed with the unit that handed the case over (case files
    # never carry sealed identities): there is nothing here to reveal.
    identity_here: bool = True

    @property
    def sealed(self) -> bool:
        return self.role.sealed


@dataclass(frozen=True)
class RevealedIdentity:
    """A sealed identity opened for a stated reason, valid until ``expires_at``."""

    person_id: str
    pseudonym: str
    name: str
    details: dict[str, str]
    reason: str
    expires_at: datetime


@dataclass(frozen=True)
class Artifact:
    id: str
    case_id: str
    capture_id: str | None
    kind: ArtifactKind
    name: str
    mime: str
    size: int
    sha256: str
    acquired_at: datetime


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    officer: str
    workstation: str
    action: str
    case_id: str | None
    subject: str | None
    details: dict[str, object]
    prev_hash: str
    entry_hash: str


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    source: str
    ref_id: str
    snippet: str


OFF_THE_RECORD_LOGGED = "off-the-record"  # what logs and captures record for the default persona (never translated)


def persona_label(logged: str) -> str:
    """How a recorded persona name is shown: the default persona translated, others as named."""
    return translate("personas", "Off the record") if logged == OFF_THE_RECORD_LOGGED else logged


def evidence_files_phrase(count: int) -> str:
    """「3 個證據檔案」, "1 evidence file": the count that export, import and hand-back messages report."""
    return counted(count, translate("common", "1 evidence file"), translate("common", "{count} evidence files"))

"""What the documents are made from: small frozen records, built by ``app.vault.dossier``.

The documents never see a :class:`~app.core.models.Person`: people reach them only as a pseudonym
and a role (:class:`PersonRef` has no field a name could go into), so no code path in this package
can print a sealed identity. Suspects and witnesses appear by pseudonym too; their online accounts
appear as identifiers, which is what a takedown or a referral needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from app.checklist.clocks import ClockState, ClockStatus, basis_label_for, deadline_for, duration_for
from app.core.capture import capture_kind_label
from app.core.datafile import fail, read_json
from app.core.i18n import Message, counted, in_language, labelled, sentences, translate
from app.core.identifiers import IdentifierKind
from app.core.models import Role
from app.core.pseudonyms import shown_pseudonym
from app.core.sealed_marks import SealedHandles
from app.reports.kinds import document_title

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app.checklist.procedure import Label

CTX = "reports"


@dataclass(frozen=True)
class PersonRef:
    """A person as documents may show them: role and pseudonym, nothing else."""

    role: Role
    pseudonym: str

    def __post_init__(self) -> None:
        if not self.pseudonym.strip():
            raise ValueError("a person in a document needs a pseudonym")


@dataclass(frozen=True)
class ArtifactRef:
    id: str
    kind: str
    name: str
    mime: str
    size: int
    sha256: str
    acquired_at: datetime


@dataclass(frozen=True)
class CaptureRef:
    """One capture (a page, a chat, a re-check) with its artifacts and what it found."""

    id: str
    kind: str
    url: str
    final_url: str
    title: str
    started_at: datetime
    ended_at: datetime
    complete: bool
    artifacts: tuple[ArtifactRef, ...] = ()
    platform: str = ""
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def kind_label(self) -> str:
        """The kind in the reader's language (kinds of app/core/capture.py; others as stored)."""
        return capture_kind_label(self.kind)

    @property
    def host(self) -> str:
        return urlsplit(self.final_url or self.url).hostname or ""

    @property
    def site_url(self) -> str:
        """The site's own address, of the page as it was captured: its scheme, host and port (seen: the port
        dropped, and the scheme of the address typed with the host of the one it led to)."""
        parts = urlsplit(self.final_url or self.url)
        if not parts.hostname:
            return ""
        host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
        return f"{parts.scheme}://{host}{f':{parts.port}' if parts.port else ''}/"

    @property
    def site_name(self) -> str:
        return self.platform or self.host


@dataclass(frozen=True)
class IdentifierRef:
    kind: str
    value: str
    capture_id: str | None
    source: str = ""
    sealed: bool = False  # the value is a sealed person's pseudonym (their own account, found on the page)

    @property
    def shown_value(self) -> str:
        """The value as the document prints it: a pseudonym in the document's language (被害人1, "Victim 1")."""
        return shown_pseudonym(self.value) if self.sealed else self.value

    @property
    def kind_label(self) -> str:
        """The kind in the reader's language (kinds of app/core/identifiers.py; others as stored)."""
        try:
            return IdentifierKind(self.kind).label()
        except ValueError:
            return self.kind


@dataclass(frozen=True)
class CaseFileSent:
    """A case file this vault made of the case (its ``case.export`` audit entry): what an examiner holds the
    file against on paper (the file's and its manifest's SHA-256)."""

    seq: int
    at: datetime
    officer: str
    file: str
    sha256: str
    manifest_sha256: str


@dataclass(frozen=True)
class CustodyEntry:
    """One audit-chain entry, as the custody log and the printed vault audit log print it (no free-text
    details). ``case_number`` is that of the entry's case, in the vault audit log only."""

    seq: int
    at: datetime
    officer: str
    workstation: str
    action: str
    subject: str
    entry_hash: str
    case_number: str = ""


@dataclass(frozen=True)
class StepEntry:
    step_id: str
    action: str
    happened_at: datetime
    officer: str


@dataclass(frozen=True)
class CaseClock:
    """A statutory clock of the case as the checklist computes it (``app.checklist.clocks``), for the
    documents that state a deadline: they print the start and the deadline the checklist, its
    reminders and the statistics use, never one of their own (seen: the Art 7 report printed the
    case's creation + 24 h while the checklist's clock said the report was already late)."""

    status: ClockStatus
    length: timedelta  # for this case's facts (an override: adult images 72 h instead of 24 h)
    basis: Label  # the legal basis of the rule that applies, as the procedure file names it (in both languages)
    facts: Mapping[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, status: ClockStatus, facts: Mapping[str, str]) -> CaseClock:
        return cls(status, duration_for(status.clock, facts).delta, basis_label_for(status.clock, facts), dict(facts))

    @property
    def started(self) -> bool:
        return self.status.started_at is not None and self.status.state is not ClockState.NOT_APPLICABLE

    def deadline_from(self, start: datetime) -> datetime:
        """The deadline for a start the officer gives (a notice time typed in), by the clock's own rule."""
        return deadline_for(self.status.clock, start, self.facts)


@dataclass(frozen=True)
class Officer:
    name: str
    unit: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ChainCheck:
    """The whole chain walked as a document was printed: how many entries, and the first break if any."""

    entries: int
    broken: Message | None = None
    clock_steps: tuple[int, ...] = ()  # entries recorded before the one ahead of them: the clock was set back

    def text(self) -> str:
        if self.broken is not None:
            return translate("reports", "BROKEN: {reason} 'netpatrol verify' names every problem.").format(
                reason=self.broken.render())
        return sentences(translate("reports", "Intact: entries #1 to #{last} each carry the hash of the one before, "
                                              "and their own hashes match.").format(last=self.entries),
                         self._clock_text())

    def _clock_text(self) -> str:
        """A clock set back is no break, but a reader of the times must know of it."""
        if not self.clock_steps:
            return ""
        return counted(len(self.clock_steps),
                       translate("reports", "The workstation's clock was set back once, at entry #{first}: 'netpatrol "
                                            "verify' says by how much."),
                       translate("reports", "The workstation's clock was set back {count} times, first at entry "
                                            "#{first}: 'netpatrol verify' says where and by how much."),
                       first=self.clock_steps[0])


@dataclass(frozen=True)
class EvidenceCheck:
    """What was checked as an evidence list was printed: the whole audit chain walked, and every evidence
    file of the case read back from the vault and hashed again. A failure is printed, not hidden."""

    chain: ChainCheck
    files: int
    size: int  # bytes read back
    mismatched: tuple[str, ...] = ()  # artifact ids whose bytes no longer match their SHA-256

    @property
    def ok(self) -> bool:
        return self.chain.broken is None and not self.mismatched

    def failures(self) -> list[str]:
        """What did not check out, as the list prints it (nothing when all did)."""
        return [*([self.files_text()] if self.mismatched else []),
                *([self.chain.text()] if self.chain.broken is not None else [])]

    def files_text(self) -> str:
        if self.mismatched:
            return translate("reports", "DO NOT MATCH: {ids} no longer match the SHA-256 listed. Keep the vault as it "
                                        "is and report it.").format(ids=", ".join(self.mismatched))
        return counted(self.files, translate("reports", "The evidence file ({size} bytes) was read back from the vault "
                                                        "and hashed again: it matches the SHA-256 listed."),
                       translate("reports", "All {count} evidence files ({size} bytes) were read back from the vault "
                                            "and hashed again: each matches the SHA-256 listed."), size=f"{self.size:,}")


@dataclass(frozen=True)
class CaseDossier:
    """Everything a document about one case may show; built from the vault by ``vault.dossier``."""

    case_id: str
    number: str
    title: str
    platforms: tuple[str, ...]
    status: str
    created_at: datetime
    officer: Officer
    people: tuple[PersonRef, ...]
    captures: tuple[CaptureRef, ...]
    identifiers: tuple[IdentifierRef, ...]
    custody: tuple[CustodyEntry, ...]
    steps: tuple[StepEntry, ...]
    chain_head: str
    generated_at: datetime
    evidence_check: EvidenceCheck | None = None  # made when an evidence list is issued, not for a preview
    # The procedure's step titles (step id → label): a document names a step by its title, not its id. Empty
    # when the dossier was built without the procedure; an id not in it is shown as recorded.
    step_labels: Mapping[str, Label] = field(default_factory=dict)
    # Sealed people's marks: a chat sender that is one of them is printed by pseudonym (the transcript)
    sealed_handles: SealedHandles = field(default_factory=SealedHandles)
    # The case's statutory clocks (empty when the dossier was built without the procedure).
    clocks: tuple[CaseClock, ...] = ()
    origin: str = ""  # how the case came in (the origin step's value: patrol, report, referral), "" if not recorded
    # The case files this vault made of the case, and the fingerprint of the key that signs them ("" while this
    # vault has made no keys): on the evidence list, paper an examiner without NetPatrol can check a case file by.
    case_files: tuple[CaseFileSent, ...] = ()
    signing_fingerprint: str = ""

    def __post_init__(self) -> None:
        for person in self.people:
            if not isinstance(person, PersonRef):
                raise TypeError("documents take PersonRef (pseudonym only), never a Person")

    @property
    def evidence_captures(self) -> tuple[CaptureRef, ...]:
        """Captures of the content itself (re-checks are evidence of removal, listed apart)."""
        return tuple(c for c in self.captures if c.kind != "recheck")

    @property
    def newest_by_url(self) -> tuple[CaptureRef, ...]:
        """Per captured address, its newest capture, in the order the addresses were first captured: the one
        that decides whether that address's evidence is complete, as the checklist's takedown gate decides
        (a retry that succeeded makes it complete). Seen: a referral warned of an incomplete capture whose
        retry was complete, and listed the address twice."""
        newest: dict[str, CaptureRef] = {}
        for capture in sorted(self.evidence_captures, key=lambda c: c.started_at):
            newest[capture.url] = capture
        return tuple(newest.values())

    @property
    def rechecks(self) -> tuple[CaptureRef, ...]:
        return tuple(c for c in self.captures if c.kind == "recheck")

    def urls(self) -> tuple[str, ...]:
        """Every distinct content URL, in capture order (final URL too when a redirect changed it)."""
        seen: dict[str, None] = {}
        for capture in self.evidence_captures:
            seen.setdefault(capture.url, None)
            if capture.final_url and capture.final_url != capture.url:
                seen.setdefault(capture.final_url, None)
        return tuple(seen)

    def clock(self, clock_id: str) -> CaseClock | None:
        return next((c for c in self.clocks if c.status.clock.id == clock_id), None)

    @property
    def facts(self) -> Mapping[str, str]:
        """The case's facts as the checklist has them (victim_age, image_kind…): those its clocks were computed
        under; none when the dossier was built without the procedure."""
        return next((c.facts for c in self.clocks), {})

    def identifiers_of(self, capture_id: str | None, kinds: frozenset[str] | None = None) -> tuple[IdentifierRef, ...]:
        return tuple(i for i in self.identifiers
                     if (capture_id is None or i.capture_id == capture_id) and (kinds is None or i.kind in kinds))


@dataclass(frozen=True)
class Attachment:
    """An attachment in a chat, printed as a placeholder naming its artifact and hash."""

    label: str
    artifact_id: str = ""
    sha256: str = ""


@dataclass(frozen=True)
class ChatMessage:
    sender: str  # pseudonym or the account's handle as shown on the platform
    at: datetime | None
    text: str
    attachments: tuple[Attachment, ...] = ()
    outgoing: bool = False  # sent by the officer's (undercover) account
    shown_time: str = ""    # the time as the site displayed it, when it gave no machine-readable one


# -- agencies ----------------------------------------------------------------------------------------
AGENCY_FIELDS = ("name", "unit", "address", "phone", "email", "website", "note")


@dataclass(frozen=True)
class Agency:
    key: str
    name: str
    unit: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    note: str = ""

    def contact_lines(self) -> list[str]:
        """Contact details that are filled in (the administrator completes agencies.json)."""
        labels = {"address": translate("reports", "Address"), "phone": translate("reports", "Phone"),
                  "email": translate("reports", "E-mail"), "website": translate("reports", "Website")}
        return [labelled(labels[name], getattr(self, name)) for name in labels if getattr(self, name)]


REQUIRED_AGENCIES = ("social_authority", "family_protection_center", "wcpd", "iwin", "siarc")


@dataclass(frozen=True)
class Agencies:
    by_key: dict[str, Agency]

    def __getitem__(self, key: str) -> Agency:
        return self.by_key[key]


def step_title(step_labels: Mapping[str, Label], step_id: str, language: str) -> str:
    """A checklist step by its title in ``language``; by its id where the procedure does not name it."""
    label = step_labels.get(step_id)
    return label.text(language) if label else step_id


def subject_title(action: str, subject: str, step_labels: Mapping[str, Label], language: str) -> str:
    """An audit entry's subject for people: a checklist entry's step and an issued document by their
    titles; any other subject (a capture's id, a case's) as recorded."""
    if action.startswith("step."):
        return step_title(step_labels, subject, language)
    if action.startswith("document."):
        with in_language(language):
            return document_title(subject)
    return subject


def load_agencies(path: Path) -> Agencies:
    """Read ``resources/agencies.json``; errors name the file and line."""
    data, text = read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("agencies"), dict):
        raise fail(path, text, ("agencies",), translate("reports", "the file needs an \"agencies\" object."))
    agencies: dict[str, Agency] = {}
    for key, entry in data["agencies"].items():
        if not isinstance(entry, dict):
            raise fail(path, text, ("agencies", key), translate("reports", "each agency must be an object."))
        for name, value in entry.items():
            if name not in AGENCY_FIELDS:
                raise fail(path, text, ("agencies", key, name),
                           translate("reports", "unknown field \"{field}\".").format(field=name))
            if not isinstance(value, str):
                raise fail(path, text, ("agencies", key, name),
                           translate("reports", "\"{field}\" must be text.").format(field=name))
        if not entry.get("name", "").strip():
            raise fail(path, text, ("agencies", key), translate("reports", "agency \"{key}\" needs a name.").format(key=key))
        agencies[key] = Agency(key=key, **entry)
    missing = [key for key in REQUIRED_AGENCIES if key not in agencies]
    if missing:
        raise fail(path, text, ("agencies",),
                   translate("reports", "missing agencies: {keys}.").format(keys=", ".join(missing)))
    return Agencies(agencies)

"""Case files handed from one unit to the next (DESIGN.md, security model: hand-off files).

A case file is an age file (a published format, with a free command-line tool on Windows), encrypted
to the receiving workstation's X25519 key or to a passphrase (age's scrypt). Inside is a tar stream:

- ``manifest.json``: the case, its people (pseudonyms only), captures, identifiers, checklist steps,
  search texts, the case's audit entries in the sending vault and that vault's chain head, and every
  evidence file's id, size and SHA-256; and, for an examiner without NetPatrol, how to check the file with
  standard tools and the signing key as PEM (``app.vault.examiner``);
- ``manifest.sig``: the sending workstation's Ed25519 signature over the manifest's exact bytes;
- ``sealed/<person id>``: only when the officer chose to send them, with a reason (see below);
- ``files/<artifact id>``: every evidence file's bytes.

Sealed identities (reporters, informants, victims: Act Art. 7) are left out unless the officer
explicitly includes them with a reason (DESIGN.md), for instance when the receiving unit must contact
the victim. Their rows always travel as pseudonyms. Included identities sit in their own members, not
in the manifest (which the receiving vault keeps as an ordinary evidence file), each with a random
nonce so that its SHA-256 in the signed manifest cannot be used to confirm a guessed name. The
receiving vault seals them again under its own key. Including them needs the passphrase again, as a
reveal does; each one sent is audited with the reason, and the reason stays behind in later case
files, like a reveal's.

Reading verifies everything before anything is written: the signature first, then each file against
the signed manifest while it streams in. Importing reads the file twice (once to verify, once to
write inside one transaction that re-checks every byte), so a file changed between the passes still
cannot leave half a case behind. The plaintext never touches the disk: the tar is made and parsed as
the age stream flows (pyrage's ``encrypt_io``/``decrypt_io``).

pyrage has no stream for passphrase files, and made in memory they took 1.3 GiB for 200 MB of
evidence (``tests/bench/bench_passphrase_file.py``). So a passphrase case file streams like a key's:
a one-time X25519 identity is generated, the case streams to its recipient, and that identity goes
along wrapped by the passphrase (age's scrypt recipe, as the vault wraps its sealing key). The file is
a plain tar of the two, ``KEY_MEMBER`` then ``CASE_MEMBER``, so that standard tools still open it:
``tar -xf``, ``age -d`` the key with the passphrase, ``age -d -i`` the case with the key. The case
member's size is known only once age has written it (age adds random "grease" to its header), so its
tar header is written last, into the block kept for it, and the file is hashed as it lies on disk.
Passphrase files made before (a single scrypt age file) are still read, in memory, up to
``PASSPHRASE_FILE_LIMIT``.

The signature proves the manifest was made by the holder of the signing key it names; whether that
is the sending unit is for the officers to confirm by comparing the fingerprint (``keys show``) over
the phone or on paper, as with any key.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import re
import secrets
import tarfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from app import __version__
from app.core.errors import IntegrityFailure, KnownError, NotFound, UsageError, VaultLockedError, why_unreadable
from app.core.i18n import QT_TRANSLATE_NOOP, sentences, translate
from app.core.models import Artifact, Case, Role
from app.core.passphrase import check_passphrase
from app.core.pseudonyms import pseudonym
from app.core.timeutil import iso_utc
from app.vault.age_header import HEADER_LIMIT, made_for_us
from app.vault.atomic import refuse_the_vault, staged_file
from app.vault.captures import CAPTURE_COLUMNS, IDENT_COLUMNS, capture_fields, identifier_fields
from app.vault.examiner import README as EXAMINER_README
from app.vault.examiner import signing_key_pem
from app.vault.manifest_check import manifest_problem
from app.vault.steps import STEP_COLUMNS, step_fields
from app.vault.tarstream import BLOCK, ChunkReader, MalformedArchive, TarParser, member_header, tar_stream

if TYPE_CHECKING:
    from app.vault.vault import Vault

FORMAT = "netpatrol-case/1"
FORMAT_VERSION = re.compile(r"netpatrol-case/([1-9][0-9]{0,5})")
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
FILES = "files/"
SEALED = "sealed/"
SEALED_LIMIT = 1024 * 1024  # an identity is a few fields of text
AGE_MAGIC = b"age-encryption.org/v1\n"
Progress = Callable[[str, int, int], None]
"""(stage, evidence files done, of): stage "export", "check" (the verifying pass) or "import"."""
MANIFEST_LIMIT = 256 * 1024 * 1024  # a manifest is text; more than this is not one of ours
PLAIN_SLICE = 1024 * 1024
KEY_MEMBER = "netpatrol-key.age"  # a passphrase case file: this one-time key, wrapped by the passphrase,
CASE_MEMBER = "netpatrol-case.age"  # and the case encrypted to it
WRAPPED_KEY_LIMIT = 64 * 1024  # an X25519 identity under age's scrypt recipe is about 300 bytes
# Older passphrase case files are read in memory (1.2 GiB at the peak for 200 MB).
PASSPHRASE_FILE_LIMIT = 1024 * 1024 * 1024


# -- errors the officer can meet -------------------------------------------------------------------
class UnreadableCaseFile(KnownError):
    """A case file that cannot be read as it is. Reading it is the first pass of an import, so the
    officer is told that nothing was imported; a check alone (``netpatrol verify``) imports nothing
    either way, and says so by :meth:`checked_only`, which drops that sentence."""

    consequence: str | None = QT_TRANSLATE_NOOP("errors", "Nothing was imported.")

    def checked_only(self) -> UnreadableCaseFile:
        self.consequence = None
        return self

    def render(self) -> str:
        return sentences(super().render(), translate("errors", self.consequence) if self.consequence else "")


class NotACaseFile(UnreadableCaseFile):
    text = QT_TRANSLATE_NOOP("errors", "{path} is not a NetPatrol case file.")


class CaseFileNotForUs(UnreadableCaseFile, VaultLockedError):
    text = QT_TRANSLATE_NOOP(
        "errors", "This case file was not encrypted to this workstation's key or the identity file given, or the "
        "part of it that carries the key for this workstation was damaged on the way: the two cannot be told apart. "
        "Ask the sending unit whether they exported it to your key ('netpatrol keys show'); if they did, ask them "
        "for the file again.")


class CaseFilePassphrase(UnreadableCaseFile, VaultLockedError):
    text = QT_TRANSLATE_NOOP("errors", "The case file's passphrase is wrong, or the file is damaged.")


class CaseFileNeedsPassphrase(VaultLockedError):
    text = QT_TRANSLATE_NOOP(
        "errors", "This case file is protected by a passphrase: set NETPATROL_EXPORT_PASSPHRASE to it.")


class PassphraseCaseFileTooLarge(UnreadableCaseFile):
    text = QT_TRANSLATE_NOOP(
        "errors", "This case file ({size} MB) was made by an earlier NetPatrol with a passphrase, which is opened in "
        "memory, and is too large to open here. Ask the sending unit to export it again.")


class CaseFileUnreadable(UnreadableCaseFile):
    text = QT_TRANSLATE_NOOP(
        "errors", "The case file {path} could not be read to the end (a disk or USB stick error): copy it again "
        "and retry.")


class CaseFileIsFolder(UnreadableCaseFile):
    text = QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a case file.")


class CaseFileNotReadable(UnreadableCaseFile):
    """A case file that cannot be opened at all (no permission, …), as against one that fails part-way."""

    text = QT_TRANSLATE_NOOP("errors", "The case file {path} could not be read ({reason}).")


class SecretKeyAsRecipient(UsageError):
    text = QT_TRANSLATE_NOOP(
        "errors", "What was given as the receiving workstation's key looks like a secret key, which must never leave "
        "its workstation: give its workstation key, which starts with age1 ('netpatrol keys show').")


class CaseFileDamaged(UnreadableCaseFile, IntegrityFailure):
    text = QT_TRANSLATE_NOOP(
        "errors", "The case file is damaged or was altered ({detail}): ask the sending unit for it again.")


class CaseFileTooNew(UnreadableCaseFile):
    """A case file whose manifest names a later format than this version reads: the sending unit runs a newer
    NetPatrol. Not damage (exit 3 made officers doubt evidence that was whole), and as for a vault from a
    newer version, updating is the way to read it."""

    text = QT_TRANSLATE_NOOP(
        "errors", "This case file was made by a newer NetPatrol (case-file format {found}; this version reads "
        "{known}): update NetPatrol to receive it.")


class CaseAlreadyHere(KnownError):
    text = QT_TRANSLATE_NOOP(
        "errors", "This case (or evidence in it) is already in this vault, as {number}. Nothing was imported.")


class BadRecipient(UsageError):
    text = QT_TRANSLATE_NOOP(
        "errors", "{recipient} is not a workstation key. The key starts with age1; the receiving workstation "
        "shows it under Tools → Workstation keys (or 'netpatrol keys show').")


def _refuse_a_later_format(manifest: object) -> None:
    """Raise CaseFileTooNew when ``manifest`` names a later case-file format than :data:`FORMAT`."""
    found = manifest.get("format") if isinstance(manifest, dict) else None
    match = FORMAT_VERSION.fullmatch(found) if isinstance(found, str) else None
    if match is not None and int(match.group(1)) > int(FORMAT.rsplit("/", 1)[1]):
        raise CaseFileTooNew(found=found, known=FORMAT)


def _damaged(text: str, **args: object) -> CaseFileDamaged:
    """``text``: a QT_TRANSLATE_NOOP("handoff", …) naming what is wrong, shown inside the sentence."""
    return CaseFileDamaged(detail=translate("handoff", text).format(**args))


# -- this workstation's keys ----------------------------------------------------------------------
@dataclass(frozen=True)
class WorkstationKeys:
    """What another unit needs to send us a case file, and to check the files we send."""

    recipient: str  # age X25519 recipient, age1…
    signing_key: str  # Ed25519 public key, base64
    fingerprint: str


def fingerprint(public_key: bytes) -> str:
    """Short enough to read out over the phone, long enough (128 bits) that nobody can match it."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def workstation_keys(vault: Vault) -> WorkstationKeys:
    """The vault's hand-off keys, made (and audited) on first use. They live in the encrypted vault:
    whoever can unlock it can receive and sign case files, nobody else."""
    if vault.meta("handoff_identity") is None:
        _make_keys(vault)
    identity = x25519.Identity.from_str(vault.meta("handoff_identity") or "")
    public = _signer(vault).public_key().public_bytes_raw()
    return WorkstationKeys(str(identity.to_public()), base64.b64encode(public).decode("ascii"), fingerprint(public))


def signing_fingerprint(vault: Vault) -> str:
    """The fingerprint of the key this vault signs case files with, "" while it has made none (a document
    printed before the first export must not make keys: that is recorded, and needs a vault it may write)."""
    return fingerprint(_signer(vault).public_key().public_bytes_raw()) if vault.meta("handoff_signing") else ""


def _make_keys(vault: Vault) -> None:
    identity = x25519.Identity.generate()
    signer = Ed25519PrivateKey.generate()
    with vault.db.transaction():
        vault.set_meta("handoff_identity", str(identity))
        vault.set_meta("handoff_signing", base64.b64encode(signer.private_bytes_raw()).decode("ascii"))
        vault.record("keys.create", details={"recipient": str(identity.to_public()),
                                             "fingerprint": fingerprint(signer.public_key().public_bytes_raw())})


def _signer(vault: Vault) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(vault.meta("handoff_signing") or ""))


def vault_identities(vault: Vault) -> list[x25519.Identity]:
    """The vault's own key for decrypting, if it has made one (a read-only vault cannot make one)."""
    stored = vault.meta("handoff_identity")
    return [x25519.Identity.from_str(stored)] if stored else []


def read_identity_file(path: Path) -> list[x25519.Identity]:
    """An age identity file (``AGE-SECRET-KEY-…`` lines; ``#`` comments), as age-keygen writes it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise UsageError(QT_TRANSLATE_NOOP("errors", "The identity file {path} cannot be read."), path=str(path)) from None
    try:
        return [x25519.Identity.from_str(line.strip()) for line in lines if line.strip() and not line.startswith("#")]
    except pyrage.IdentityError:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "{path} is not an age identity file."), path=str(path)) from None


# -- export -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SealedRelease:
    """The officer's explicit decision to send the case's sealed identities with the case file: why,
    and the vault passphrase again to open them (a reveal's conditions)."""

    reason: str
    passphrase: str = field(repr=False)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    size: int
    manifest_sha256: str
    fingerprint: str
    case: Case
    artifacts: int
    audit_head: str
    identities_enclosed: tuple[str, ...] = ()  # pseudonyms of the sealed identities sent with the file

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "sha256": self.sha256, "size": self.size,
                "manifest_sha256": self.manifest_sha256, "fingerprint": self.fingerprint,
                "case_id": self.case.id, "case_number": self.case.number, "artifacts": self.artifacts,
                "audit_head": self.audit_head, "identities_enclosed": list(self.identities_enclosed)}


def export_case(vault: Vault, case_ref: str, destination: Path, *, recipients: Iterable[str] = (),
                passphrase: str | None = None, progress: Progress | None = None,
                release: SealedRelease | None = None, replace: bool = True) -> ExportResult:
    """Write the case file, then record the export (with the file's SHA-256) in the audit chain.
    ``release``: send the sealed identities held here too (never without the officer's reason). ``replace``: an
    existing file may be replaced (the window asked; a command only with --force): see
    :func:`app.vault.atomic.publish_file`."""
    keys = [_recipient(text) for text in recipients]
    if bool(keys) == bool(passphrase):
        raise UsageError(QT_TRANSLATE_NOOP("errors", "Name the receiving workstation's key (--recipient) or set "
                                                     "NETPATROL_EXPORT_PASSPHRASE: one of the two."))
    if passphrase:
        check_passphrase(passphrase)
    refuse_the_vault(destination, vault.path)  # the window asked about an existing file; the vault is never one
    case = vault.case(case_ref)
    keys_used = workstation_keys(vault)
    artifacts = vault.artifacts.in_case(case.id)
    enclosed = _enclosed(vault, case, release)
    manifest = _manifest(vault, case, keys_used, artifacts, enclosed)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    members = _members(vault, manifest_bytes, _signer(vault).sign(manifest_bytes), enclosed, artifacts, progress)
    moment = int(vault.clock().timestamp())
    manifest_digest = hashlib.sha256(manifest_bytes).hexdigest()
    sent = {person["id"]: pseudonym(Role(person["role"]), person["ordinal"])
            for person in manifest["people"] if "identity" in person}
    with staged_file(destination, replace=replace) as staged:
        digest = _write(staged.out, tar_stream(members, moment), keys, (passphrase, moment) if passphrase else None)
        with vault.db.transaction():  # the file is named here: a commit that fails (a full disk) removes it
            vault.record("case.export", case_id=case.id, subject=case.id, details={
                "file": destination.name, "sha256": digest, "manifest_sha256": manifest_digest,
                "artifacts": len(manifest["artifacts"]), "to": [str(k) for k in keys] or "passphrase",
                "identities_enclosed": list(sent.values())})
            for person_id, name in sent.items():
                vault.record("person.hand_over", case_id=case.id, subject=person_id, details={
                    "pseudonym": name, "reason": release.reason if release else "", "file": destination.name,
                    "sha256": digest})
            staged.publish()
    return ExportResult(destination, digest, destination.stat().st_size, manifest_digest, keys_used.fingerprint,
                        case, len(manifest["artifacts"]), manifest["source"]["audit_head"], tuple(sent.values()))


def _enclosed(vault: Vault, case: Case, release: SealedRelease | None) -> dict[str, bytes]:
    """The members carrying the sealed identities the officer chose to send (person id -> bytes)."""
    if release is None:
        return {}
    identities = vault.open_for_hand_over(case.id, release.reason, release.passphrase)
    return {person_id: json.dumps({"person_id": person_id, "identity": identity, "nonce": secrets.token_hex(16)},
                                  ensure_ascii=False, sort_keys=True).encode("utf-8")
            for person_id, identity in identities.items()}


def _recipient(text: str) -> x25519.Recipient:
    try:
        return x25519.Recipient.from_str(text.strip())
    except pyrage.RecipientError:
        if "AGE-SECRET-KEY-" in text.upper():  # never echoed: a sentence on the screen is no place for it
            raise SecretKeyAsRecipient() from None
        raise BadRecipient(recipient=text.strip()[:80]) from None


def _members(vault: Vault, manifest: bytes, signature: bytes, enclosed: dict[str, bytes], artifacts: list[Artifact],
             progress: Progress | None) -> Iterator[tuple[str, int, Iterable[bytes]]]:
    yield MANIFEST, len(manifest), [manifest]
    yield SIGNATURE, len(signature), [signature]
    for person_id, member in enclosed.items():
        yield SEALED + person_id, len(member), [member]
    for index, artifact in enumerate(artifacts):
        # a case file never carries evidence that its own manifest contradicts
        yield FILES + artifact.id, artifact.size, vault.artifacts.verified_chunks(artifact)
        if progress:
            progress("export", index + 1, len(artifacts))


def _write(out: BinaryIO, plaintext: Iterator[bytes], keys: list[x25519.Recipient],
           passphrase: tuple[str, int] | None) -> str:
    """Encrypt into ``out`` (a staged file); returns the written file's SHA-256. ``passphrase``: the
    passphrase and the members' time, for a passphrase case file."""
    reader = ChunkReader(plaintext)
    hashing = _HashingWriter(out, hashed=not passphrase)  # a passphrase file is hashed once it is whole
    try:
        if passphrase:
            digest = _write_with_passphrase(out, hashing, reader, *passphrase)
        else:
            pyrage.encrypt_io(reader, hashing, keys)
            digest = hashing.digest.hexdigest()
    except pyrage.EncryptError:
        if hashing.error is None:
            raise
        raise hashing.error from None  # a full disk, not a bug: staged_file says so and removes the file
    if reader.error is not None:
        raise reader.error
    return digest


def _write_with_passphrase(out: BinaryIO, hashing: _HashingWriter, reader: ChunkReader, passphrase: str,
                           moment: int) -> str:
    """The key member, then the case member's data with its header filled in afterwards; returns the
    SHA-256 of the file as written."""
    identity = x25519.Identity.generate()
    wrapped: bytes = age_passphrase.encrypt(str(identity).encode("ascii"), passphrase)
    hashing.write(member_header(KEY_MEMBER, len(wrapped), moment) + wrapped + _padding(len(wrapped)))
    case_header_at = out.tell()
    hashing.write(b"\0" * BLOCK)  # kept for the case member's header
    pyrage.encrypt_io(reader, hashing, [identity.to_public()])
    case_size = out.tell() - case_header_at - BLOCK
    hashing.write(_padding(case_size) + b"\0" * (2 * BLOCK))
    end = out.tell()
    out.seek(case_header_at)
    out.write(member_header(CASE_MEMBER, case_size, moment))
    out.seek(0)
    digest = hashlib.sha256()
    while chunk := out.read(PLAIN_SLICE):
        digest.update(chunk)
    if out.tell() != end:
        raise OSError(errno.EIO, "the case file read back short")
    return digest.hexdigest()


def _padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


class _HashingWriter:
    """The case file as it is written, hashed on the way (unless ``hashed`` is off). pyrage reports a
    failed write as its own EncryptError, so the disk's error is kept here to be raised as itself."""

    def __init__(self, out: Any, *, hashed: bool = True) -> None:
        self._out = out
        self._hashed = hashed
        self.digest = hashlib.sha256()
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        if self._hashed:
            self.digest.update(data)
        try:
            self._out.write(data)
        except OSError as error:
            self.error = error
            raise
        return len(data)

    def flush(self) -> None:
        self._out.flush()


def _manifest(vault: Vault, case: Case, keys: WorkstationKeys, artifacts: list[Artifact],
              enclosed: dict[str, bytes]) -> dict[str, Any]:
    return {
        "README": list(EXAMINER_README),
        "format": FORMAT,
        "exported_at": iso_utc(vault.clock()),
        "app_version": __version__,
        "source": {"vault_id": vault.meta("vault_id"), "unit": vault.meta("unit") or "",
                   "officer": vault.actor.officer, "workstation": vault.actor.workstation,
                   "audit_head": vault.audit_head(), "signing_key": keys.signing_key,
                   "signing_key_pem": signing_key_pem(keys.signing_key), "fingerprint": keys.fingerprint},
        "case": {"id": case.id, "number": case.number, "title": case.title, "platforms": list(case.platforms),
                 "status": str(case.status), "officer": case.officer, "unit": case.unit, "notes": case.notes,
                 "created_at": iso_utc(case.created_at)},
        **_records(vault, case.id, artifacts, enclosed),
    }


def _records(vault: Vault, case_id: str, artifacts: list[Artifact],
             enclosed: dict[str, bytes]) -> dict[str, list[dict[str, Any]]]:
    """Every row of the case as stored (the form its audit entry hashed), sealed identities left out."""
    db = vault.db
    return {
        "people": [_person_row(*row, enclosed=enclosed.get(row[0])) for row in db.all(
            "SELECT id, role, ordinal, name, details, created_at FROM people WHERE case_id = ? ORDER BY id", (case_id,))],
        "captures": [capture_fields(row) for row in db.all(
            f"SELECT {CAPTURE_COLUMNS} FROM captures WHERE case_id = ? ORDER BY started_at, id", (case_id,))],
        "artifacts": [{"id": a.id, "capture_id": a.capture_id, "kind": str(a.kind), "name": a.name, "mime": a.mime,
                       "size": a.size, "sha256": a.sha256, "acquired_at": iso_utc(a.acquired_at)}
                      for a in artifacts],
        "identifiers": [identifier_fields(row) for row in db.all(
            f"SELECT {IDENT_COLUMNS} FROM identifiers WHERE case_id = ? ORDER BY id", (case_id,))],
        "steps": [step_fields(row) for row in db.all(
            f"SELECT {STEP_COLUMNS} FROM step_events WHERE case_id = ? ORDER BY id", (case_id,))],
        "search": [{"source": source, "ref_id": ref, "body": body} for source, ref, body in db.all(
            "SELECT source, ref_id, body FROM search_docs WHERE case_id = ? AND source != 'case' ORDER BY doc_id",
            (case_id,))],
        "audit": [_audit_row(row) for row in db.all(
            "SELECT seq, at, officer, workstation, action, subject, details, prev_hash, entry_hash FROM audit "
            "WHERE case_id = ? ORDER BY seq", (case_id,))],
    }


def _person_row(person_id: str, role: str, ordinal: int, name: str, details: str, created: str, *,
                enclosed: bytes | None = None) -> dict[str, Any]:
    """A person as the manifest carries them. A sealed role travels as its pseudonym only, whether its
    identity is in this vault or stayed with the unit that sent the case here; an identity sent along
    is named here only by its member's size and SHA-256."""
    sealed = Role(role).sealed
    row = {"id": person_id, "role": role, "ordinal": ordinal, "name": "" if sealed else name,
           "details": {} if sealed else json.loads(details), "sealed": sealed, "created_at": created}
    if enclosed is not None:
        row["identity"] = {"size": len(enclosed), "sha256": hashlib.sha256(enclosed).hexdigest()}
    return row


# the officer's free text about a sealed person, which may name them
WITHHELD_DETAILS = frozenset({"person.reveal", "person.reveal_denied", "person.hand_over", "person.hand_over_denied"})


def _audit_row(row: tuple[Any, ...]) -> dict[str, Any]:
    """An audit entry for the manifest. A reveal's stated reason is the officer's free text and may
    name the person whose identity was revealed, so those details stay behind (the entry, its time,
    officer and hash travel; ``details_withheld`` says what is missing)."""
    entry = dict(zip(("seq", "at", "officer", "workstation", "action", "subject", "details", "prev_hash",
                      "entry_hash"), row, strict=True))
    if entry["action"] in WITHHELD_DETAILS:
        entry["details"], entry["details_withheld"] = None, True
    return entry


# -- reading and verifying ----------------------------------------------------------------------------
class FileSink:
    """Where verified evidence bytes go while a case file streams in (nowhere, when only verifying)."""

    def begin(self, artifact: dict[str, Any]) -> None:
        pass

    def data(self, chunk: bytes) -> None:
        pass

    def end(self, artifact: dict[str, Any]) -> None:
        pass

    def identity(self, person_id: str, identity: dict[str, str]) -> None:
        """A sealed identity sent with the case, checked against the signed manifest (never kept when
        only verifying)."""


@dataclass
class CaseFileReport:
    """A verified case file: its signed manifest and what was checked."""

    path: Path
    sha256: str
    manifest: dict[str, Any]
    manifest_sha256: str
    manifest_bytes: bytes
    signature: bytes
    files: int = 0
    checked_bytes: int = 0
    # A passphrase case file's one-time key, once the passphrase has opened it: reading the same file
    # again (the import after the check, the import's writing pass) needs no second scrypt, which
    # costs about a second each time. Never written anywhere.
    file_key: x25519.Identity | None = field(default=None, repr=False, compare=False)

    @property
    def fingerprint(self) -> str:
        return str(self.manifest["source"]["fingerprint"])

    def as_dict(self) -> dict[str, Any]:
        case, source = self.manifest["case"], self.manifest["source"]
        return {"ok": True, "file": str(self.path), "sha256": self.sha256, "manifest_sha256": self.manifest_sha256,
                "fingerprint": self.fingerprint, "case_number": case["number"], "case_title": case["title"],
                "exported_at": self.manifest["exported_at"], "unit": source["unit"], "officer": source["officer"],
                "source_audit_head": source["audit_head"], "files": self.files, "bytes": self.checked_bytes,
                "sealed_people": sum(1 for p in self.manifest["people"] if p["sealed"]),
                "identities_enclosed": self.identities_enclosed}

    @property
    def identities_enclosed(self) -> int:
        """How many sealed identities the sender chose to send with the case."""
        return sum(1 for person in self.manifest["people"] if "identity" in person)


@dataclass
class _Contents:
    """The archive's members, checked in order: manifest, its signature, then the files it lists."""

    sink: FileSink
    expected_manifest: str | None = None  # the SHA-256 seen by the verifying pass, when writing
    progress: Callable[[int, int], None] | None = None  # (files done, of), after each file
    buffer: bytearray = field(default_factory=bytearray)
    member: str = ""
    manifest: dict[str, Any] | None = None
    manifest_bytes: bytes = b""
    signature: bytes = b""
    signed: bool = False
    current: dict[str, Any] | None = None
    digest: Any = None
    seen: set[str] = field(default_factory=set)
    listed: dict[str, dict[str, Any]] = field(default_factory=dict)  # artifact id -> its manifest entry
    identities: dict[str, dict[str, Any]] = field(default_factory=dict)  # person id -> size and SHA-256 of its member
    files: int = 0
    checked_bytes: int = 0

    def begin(self, name: str, size: int) -> None:
        self.member = name
        if name in (MANIFEST, SIGNATURE):
            if (name == MANIFEST) != (self.manifest is None) or self.signed or size > MANIFEST_LIMIT:
                raise _damaged(QT_TRANSLATE_NOOP("handoff", "{name} is out of place"), name=name)
            self.buffer = bytearray()
            return
        if name.startswith(SEALED):
            self._begin_identity(name, size)
            return
        self._begin_file(name, size)

    def _begin_identity(self, name: str, size: int) -> None:
        listed = self.identities.get(name.removeprefix(SEALED)) if self.signed else None
        if listed is None or name in self.seen:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "it holds {name}, which its signed manifest does not list"),
                           name=name)
        if size != listed["size"] or size > SEALED_LIMIT:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "{name} has {size} bytes; the manifest says {expected}"),
                           name=name, size=f"{size:,}", expected=f"{listed['size']:,}")
        self.seen.add(name)
        self.buffer = bytearray()

    def _begin_file(self, name: str, size: int) -> None:
        artifact = self.listed.get(name.removeprefix(FILES)) if self.signed and name.startswith(FILES) else None
        if artifact is None or name in self.seen:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "it holds {name}, which its signed manifest does not list"),
                           name=name)
        if size != artifact["size"]:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "{name} has {size} bytes; the manifest says {expected}"),
                           name=name, size=f"{size:,}", expected=f"{artifact['size']:,}")
        self.seen.add(name)
        self.current, self.digest = artifact, hashlib.sha256()
        self.sink.begin(artifact)

    def data(self, chunk: bytes) -> None:
        if self.current is None:
            self.buffer += chunk
            return
        self.digest.update(chunk)
        self.checked_bytes += len(chunk)
        self.sink.data(chunk)

    def end(self) -> None:
        if self.member == MANIFEST:
            self._read_manifest(bytes(self.buffer))
        elif self.member == SIGNATURE:
            self._check_signature(bytes(self.buffer))
        elif self.member.startswith(SEALED):
            self._end_identity(self.member.removeprefix(SEALED), bytes(self.buffer))
        else:
            self._end_file()

    def _read_manifest(self, raw: bytes) -> None:
        if self.expected_manifest and hashlib.sha256(raw).hexdigest() != self.expected_manifest:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "it changed while it was being read"))
        try:
            manifest = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "its manifest is unreadable")) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            _refuse_a_later_format(manifest)
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "its manifest is of another kind or version"))
        self.manifest, self.manifest_bytes = manifest, raw

    def _check_signature(self, signature: bytes) -> None:
        assert self.manifest is not None
        try:
            public = base64.b64decode(self.manifest["source"]["signing_key"])
            Ed25519PublicKey.from_public_bytes(public).verify(signature, self.manifest_bytes)
        except (InvalidSignature, KeyError, TypeError, ValueError):
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "its signature does not match its manifest")) from None
        if fingerprint(public) != self.manifest["source"].get("fingerprint"):
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "its signature does not match its manifest"))
        self._check_shape()
        self.signature, self.signed = signature, True

    def _check_shape(self) -> None:
        """Signed is not well made: the manifest's fields and references are checked before any of it is
        used (see ``app.vault.manifest_check``)."""
        assert self.manifest is not None
        problem = manifest_problem(self.manifest)
        if problem is not None:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "its signed manifest is malformed at {field}"), field=problem)
        self.listed = {artifact["id"]: artifact for artifact in self.manifest["artifacts"]}
        self.identities = {person["id"]: person["identity"] for person in self.manifest["people"]
                           if "identity" in person}

    def _end_identity(self, person_id: str, raw: bytes) -> None:
        self.buffer = bytearray()  # the identity is not kept longer than needed
        if hashlib.sha256(raw).hexdigest() != self.identities[person_id]["sha256"]:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "the sealed identity {id} does not match its SHA-256 in the "
                                                        "manifest"), id=person_id)
        try:
            member = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            member = None
        if not isinstance(member, dict) or member.get("person_id") != person_id or not isinstance(
                member.get("identity"), dict):
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "its contents are not a case file's"))
        self.sink.identity(person_id, member["identity"])

    def _end_file(self) -> None:
        assert self.current is not None
        if self.digest.hexdigest() != self.current["sha256"]:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "evidence file {id} does not match its SHA-256 in the manifest"),
                           id=self.current["id"])
        self.sink.end(self.current)
        self.files += 1
        self.current = None
        if self.progress:
            self.progress(self.files, len(self.listed))

    def check_complete(self) -> None:
        if not self.signed:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "it ends before its signature"))
        missing = sorted(set(self.listed) - {name.removeprefix(FILES) for name in self.seen})
        if missing:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "evidence file {id} is missing"), id=missing[0])
        missing = sorted(set(self.identities) - {name.removeprefix(SEALED) for name in self.seen})
        if missing:
            raise _damaged(QT_TRANSLATE_NOOP("handoff", "the sealed identity {id} is missing"), id=missing[0])


def read_case_file(path: Path, *, identities: list[x25519.Identity], passphrase: str | None = None,
                   sink: FileSink | None = None, expected_manifest: str | None = None,
                   progress: Progress | None = None, stage: str = "check",
                   file_key: x25519.Identity | None = None) -> CaseFileReport:
    """Decrypt and check the whole file; raise the officer's sentence for anything wrong.

    ``file_key``: the ``file_key`` of an earlier report on the same passphrase file, used instead of
    opening its key with the passphrase again. Should the file have been replaced meanwhile, its case
    does not open with that key and the file reads as damaged, as any other altered file."""
    contents = _Contents(sink or FileSink(), expected_manifest,
                         progress=(lambda done, total: progress(stage, done, total)) if progress else None)
    parser = TarParser(contents)
    file_digest, file_key = _decrypt(path, parser, identities, passphrase, file_key)
    if parser.error is not None:
        _raise_parse_error(parser.error)
    if not parser.finished:
        raise _damaged(QT_TRANSLATE_NOOP("handoff", "it ends early"))
    contents.check_complete()
    assert contents.manifest is not None
    return CaseFileReport(path, file_digest, contents.manifest, hashlib.sha256(contents.manifest_bytes).hexdigest(),
                          contents.manifest_bytes, contents.signature, contents.files, contents.checked_bytes,
                          file_key)


def _raise_parse_error(error: BaseException) -> None:
    if isinstance(error, MalformedArchive):
        raise _damaged(QT_TRANSLATE_NOOP("handoff", "its contents are not a case file's")) from None
    raise error


def needs_passphrase(path: Path) -> bool:
    """Whether the case file was encrypted to a passphrase (else to workstation keys). Raises
    NotACaseFile for anything that is not an age file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(AGE_MAGIC) + 512)
    except FileNotFoundError:
        raise NotFound(what=translate("errors", "Case file"), ident=str(path)) from None
    except OSError as error:  # said as it is (seen: a folder was "a disk or USB stick error")
        if path.is_dir():
            raise CaseFileIsFolder(path=str(path)) from None
        raise CaseFileNotReadable(path=str(path), reason=why_unreadable(path, error)) from None
    if header[:BLOCK].startswith(KEY_MEMBER.encode("ascii") + b"\0"):
        return True
    if not header.startswith(AGE_MAGIC):
        raise NotACaseFile(path=str(path))
    return b"\n-> scrypt " in header  # made in memory by an earlier NetPatrol


def _decrypt(path: Path, parser: TarParser, identities: list[x25519.Identity], passphrase: str | None,
             file_key: x25519.Identity | None) -> tuple[str, x25519.Identity | None]:
    """Feed the plaintext to ``parser``; returns the encrypted file's SHA-256 and, for a passphrase
    file, its opened one-time key."""
    by_passphrase = needs_passphrase(path)
    if by_passphrase and not passphrase and file_key is None:
        raise CaseFileNeedsPassphrase()
    if not by_passphrase and not identities:
        raise CaseFileNotForUs()
    with path.open("rb") as encrypted:
        reader = _HashingReader(encrypted)
        try:
            if by_passphrase:
                first = reader.read_exactly(BLOCK)
                if first.startswith(AGE_MAGIC):
                    return _decrypt_in_memory(path, parser, passphrase or ""), None
                wrapped = _wrapped_key(reader, first)
                file_key = file_key or _unwrap_key(wrapped, passphrase or "")
                identities = [file_key]
                case = _member(reader.read_exactly(BLOCK), CASE_MEMBER)
                pyrage.decrypt_io(_Part(reader, case), parser, identities)
                _rest_is_padding(reader, case)
            else:
                pyrage.decrypt_io(reader, parser, identities)
        except (pyrage.DecryptError, OSError) as error:
            if reader.error is not None:
                raise CaseFileUnreadable(path=str(path)) from None
            if isinstance(error, pyrage.DecryptError) and by_passphrase:  # its own key opened it
                raise _damaged(QT_TRANSLATE_NOOP("handoff", "its encryption does not check out")) from None
            if isinstance(error, pyrage.DecryptError):
                raise _not_opened(path, identities) from None
            if parser.error is None:
                raise _damaged(QT_TRANSLATE_NOOP("handoff", "its encryption does not check out")) from None
        return reader.rest_digest(), file_key if by_passphrase else None


def _not_opened(path: Path, identities: list[x25519.Identity]) -> KnownError:
    """A case file our keys did not open: damaged when its header is (or was made for one of our keys), else
    made for another key (see ``app.vault.age_header``)."""
    try:
        with path.open("rb") as handle:
            opening = handle.read(HEADER_LIMIT)
    except OSError:
        return CaseFileUnreadable(path=str(path))
    if made_for_us(opening, identities) is False:
        return CaseFileNotForUs()
    return _damaged(QT_TRANSLATE_NOOP("handoff", "its encryption does not check out"))


def _member(header: bytes, name: str) -> int:
    """The size of the passphrase case file's member ``name``, whose tar header is ``header``."""
    try:
        info = tarfile.TarInfo.frombuf(header, "ascii", "strict")
    except (tarfile.HeaderError, UnicodeDecodeError):
        info = None
    if info is None or info.name != name or not info.isreg():
        raise _damaged(QT_TRANSLATE_NOOP("handoff", "its parts are not a case file's"))
    return info.size


def _rest_is_padding(reader: _HashingReader, case_size: int) -> None:
    rest = reader.read_exactly(-case_size % BLOCK + 2 * BLOCK + 1)
    if len(rest) != -case_size % BLOCK + 2 * BLOCK or rest.strip(b"\0"):
        raise _damaged(QT_TRANSLATE_NOOP("handoff", "its parts are not a case file's"))


def _wrapped_key(reader: _HashingReader, header: bytes) -> bytes:
    """The one-time key at the start of a passphrase case file, still wrapped by the passphrase."""
    size = _member(header, KEY_MEMBER)
    if size > WRAPPED_KEY_LIMIT:
        raise _damaged(QT_TRANSLATE_NOOP("handoff", "its passphrase-protected key is not readable"))
    wrapped = reader.read_exactly(size)
    reader.read_exactly(-size % BLOCK)
    return wrapped


def _unwrap_key(wrapped: bytes, passphrase: str) -> x25519.Identity:
    """The one-time key opened with the passphrase (scrypt: about a second, on purpose)."""
    try:
        opened: bytes = age_passphrase.decrypt(wrapped, passphrase)
    except pyrage.DecryptError:
        raise CaseFilePassphrase() from None
    try:
        return x25519.Identity.from_str(opened.decode("ascii"))
    except (UnicodeDecodeError, pyrage.IdentityError):
        raise _damaged(QT_TRANSLATE_NOOP("handoff", "its passphrase-protected key is not readable")) from None


def _decrypt_in_memory(path: Path, parser: TarParser, passphrase: str) -> str:
    """A passphrase case file from an earlier NetPatrol: one age file, opened whole."""
    try:
        size = path.stat().st_size
        megabytes = f"{-(-size // 1_000_000):,}"
        if size > PASSPHRASE_FILE_LIMIT:
            raise PassphraseCaseFileTooLarge(size=megabytes)
        encrypted = path.read_bytes()
        plaintext = age_passphrase.decrypt(encrypted, passphrase)
    except OSError:
        raise CaseFileUnreadable(path=str(path)) from None
    except MemoryError:  # within the limit, but this workstation has less to spare right now
        raise PassphraseCaseFileTooLarge(size=megabytes) from None
    except pyrage.DecryptError:
        raise CaseFilePassphrase() from None
    for start in range(0, len(plaintext), PLAIN_SLICE):
        parser.write(plaintext[start : start + PLAIN_SLICE])
    return hashlib.sha256(encrypted).hexdigest()


class _Part:
    """The next ``size`` bytes of ``reader``, as a file that ends there (the case member, for age)."""

    def __init__(self, reader: _HashingReader, size: int) -> None:
        self._reader, self._left = reader, size

    def read(self, size: int = -1) -> bytes:
        data = self._reader.read(self._left if size < 0 else min(size, self._left))
        self._left -= len(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _HashingReader:
    """The encrypted file as pyrage reads it, hashed on the way (the hash the export recorded)."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._digest = hashlib.sha256()
        self.error: OSError | None = None  # a failing USB stick, which pyrage would report as its own error

    def read(self, size: int = -1) -> bytes:
        try:
            data: bytes = self._raw.read(size)
        except OSError as error:
            self.error = error
            raise
        self._digest.update(data)
        return data

    def read_exactly(self, size: int) -> bytes:
        """``size`` bytes, or fewer only at the end of the file (a short read of a USB stick is not an end)."""
        parts: list[bytes] = []
        while size > 0 and (part := self.read(size)):
            parts.append(part)
            size -= len(part)
        return b"".join(parts)

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def rest_digest(self) -> str:
        """The digest of the whole file, including anything pyrage did not read."""
        while self.read(PLAIN_SLICE):
            pass
        return self._digest.hexdigest()

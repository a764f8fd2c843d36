"""Errors an officer can cause, as opposed to our own bugs.

A :class:`KnownError` carries one translatable sentence and the exit code of the ``netpatrol``
contract. The user interface and the command show it as it is. Anything else that escapes is a bug:
it goes to the crash dialog and the log (never a silent failure).

Messages never carry passphrases, keys, sealed identities or captured content: arguments are ids,
paths and counts only.
"""

from __future__ import annotations

import errno
from enum import IntEnum
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP, Message, translate


class ExitCode(IntEnum):
    """Exit codes of the ``netpatrol`` command (a contract scripts rely on)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    INTEGRITY = 3
    LOCKED = 4


class KnownError(Exception):
    """An error the officer can cause or fix; shown as one clear sentence, never as a traceback."""

    exit_code: ExitCode = ExitCode.ERROR
    text: str = QT_TRANSLATE_NOOP("errors", "The operation failed.")

    def __init__(self, text: str | None = None, **args: object) -> None:
        self.message = Message("errors", text or self.text, tuple(sorted(args.items())))
        super().__init__(self.message.text.format(**args))

    def render(self) -> str:
        """The sentence in the current interface language."""
        return self.message.render()


class UsageError(KnownError):
    exit_code = ExitCode.USAGE
    text = QT_TRANSLATE_NOOP("errors", "The command was not used correctly.")


class NotFound(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "{what} {ident} was not found.")


class VaultLockedError(KnownError):
    """The vault cannot be opened with what was given (wrong passphrase, or no passphrase)."""

    exit_code = ExitCode.LOCKED
    text = QT_TRANSLATE_NOOP("errors", "The vault is locked.")


class VaultInUse(VaultLockedError):
    text = QT_TRANSLATE_NOOP(
        "errors", "The vault {path} is open in another NetPatrol window or command. Lock it there, or let the "
                  "command finish, then try again. Nothing was changed."
    )


class WrongPassphrase(VaultLockedError):
    text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase is wrong, or the file is not a NetPatrol vault. Nothing was changed."
    )


class PassphraseChangeUnfinished(WrongPassphrase):
    text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase is not this vault's. A change of its passphrase was interrupted before it finished "
                  "(NetPatrol closed, or the power went), so the vault still opens with the passphrase it had before "
                  "that change. Nothing was changed.")


class WeakPassphrase(KnownError):
    """A passphrase the rule refuses. Each subclass names the one reason, so that an officer who typed ten
    characters is not told to type ten characters: the sentence says what to change."""

    exit_code = ExitCode.USAGE
    text = QT_TRANSLATE_NOOP(
        "errors",
        "The passphrase is too weak: use at least {min_length} characters, not a single repeated "
        "character or an obvious sequence.",
    )


class PassphraseTooShort(WeakPassphrase):
    text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase is too short: use at least {min_length} characters; a short sentence is easiest "
                  "to remember.")


class PassphraseTooUniform(WeakPassphrase):
    text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase repeats too few characters: use at least {distinct} different ones.")


class PassphraseSequence(WeakPassphrase):
    text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase is an obvious sequence (like abcdefghij or 9876543210): use words instead.")


class PassphraseCommon(WeakPassphrase):
    text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase contains a word that is among the first ones guessed (like \"password\"): use "
                  "other words.")


class PassphraseUnusable(WeakPassphrase):
    text = QT_TRANSLATE_NOOP("errors", "The passphrase contains a character that cannot be used (NUL).")


class VaultFileError(KnownError):
    """The vault file itself is unusable (missing, not a vault, damaged, too new)."""


class VaultMissing(VaultFileError):
    text = QT_TRANSLATE_NOOP("errors", "There is no vault at {path}. Create one first with 'netpatrol init'.")


class VaultExists(VaultFileError):
    text = QT_TRANSLATE_NOOP("errors", "A file already exists at {path}; it was left untouched.")


class NotAVault(VaultFileError):
    text = QT_TRANSLATE_NOOP(
        "errors", "{path} is not a NetPatrol vault (it is empty, too short or of another kind). Nothing was changed."
    )


class VaultDamaged(VaultFileError):
    exit_code = ExitCode.INTEGRITY
    text = QT_TRANSLATE_NOOP(
        "errors",
        "The vault file is damaged or was altered ({detail}). It was not changed or repaired; "
        "keep it and restore a backup.",
    )


class VaultTooNew(VaultFileError):
    text = QT_TRANSLATE_NOOP(
        "errors",
        "This vault was written by a newer NetPatrol (schema {found}; this version knows up to {known}). "
        "Update NetPatrol; the vault was not changed.",
    )


class IntegrityFailure(KnownError):
    """A hash, signature or audit-chain check failed: evidence may have been altered."""

    exit_code = ExitCode.INTEGRITY
    text = QT_TRANSLATE_NOOP("errors", "Integrity check failed: {detail}")


class StorageFull(KnownError):
    text = QT_TRANSLATE_NOOP(
        "errors", "The disk is full. Nothing was written; free some space and try again."
    )


class StorageReadOnly(KnownError):
    text = QT_TRANSLATE_NOOP(
        "errors", "NetPatrol cannot write to {path} (read-only or no permission). Nothing was written."
    )


class SettingsNotSaved(KnownError):
    text = QT_TRANSLATE_NOOP(
        "errors", "The workstation's settings could not be saved in {path}: the disk is full or cannot be written. "
                  "They apply until NetPatrol closes.")


class FileTooLargeForDisk(KnownError):
    text = QT_TRANSLATE_NOOP(
        "errors", "The disk of {path} cannot hold a file this large (a USB stick formatted FAT32 takes no file of "
                  "4 GiB or more): write it to a disk formatted NTFS or exFAT. Nothing was written.")


class FileInUse(KnownError):
    text = QT_TRANSLATE_NOOP(
        "errors", "{path} is open in another program (a PDF reader, an antivirus scan) or cannot be written: close it "
                  "and try again, or choose another name. Nothing was written.")


class BadFileName(KnownError):
    exit_code = ExitCode.USAGE
    text = QT_TRANSLATE_NOOP(
        "errors", "{path} cannot be a file's name on this disk: it is too long, holds a character such as : ? * \" | "
                  "(which Windows refuses), or ends in a dot or a space. Choose another name. Nothing was written.")


# Windows error numbers (winerror) that Python gives the same errno as other causes, so they are told apart here
WINDOWS_SHARING_VIOLATION, WINDOWS_LOCK_VIOLATION = 32, 33  # errno EACCES, as "no permission" is
WINDOWS_ACCESS_DENIED = 5  # also what replacing a file another program holds open gives
WINDOWS_FILE_TOO_LARGE, WINDOWS_FILE_SYSTEM_LIMITATION = 223, 665  # past FAT32's 4 GiB; errno EINVAL
WINDOWS_INVALID_NAME, WINDOWS_NAME_TOO_LONG = 123, 206


def write_failure(path: Path, exc: OSError) -> KnownError:
    """The officer's sentence for a file that the disk would not take: the disk (or the account's quota) full; a file
    too large for the medium (FAT32's 4 GiB); on Windows a file another program holds open, or a name Windows
    refuses; or else ``path`` not writable (a read-only medium or share, no permission, a medium pulled out).
    Seen on Windows: re-saving a PDF the officer had open in the PDF reader said "read-only or no permission"."""
    winerror = getattr(exc, "winerror", None)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull()
    if exc.errno == errno.EFBIG or winerror in (WINDOWS_FILE_TOO_LARGE, WINDOWS_FILE_SYSTEM_LIMITATION):
        return FileTooLargeForDisk(path=str(path))
    if winerror in (WINDOWS_SHARING_VIOLATION, WINDOWS_LOCK_VIOLATION) or (
            winerror == WINDOWS_ACCESS_DENIED and path.is_file()):
        return FileInUse(path=str(path))
    if exc.errno == errno.ENAMETOOLONG or winerror in (WINDOWS_INVALID_NAME, WINDOWS_NAME_TOO_LONG):
        return BadFileName(path=str(path))
    return StorageReadOnly(path=str(path))


class TargetIsFolder(KnownError):
    exit_code = ExitCode.USAGE
    text = QT_TRANSLATE_NOOP("errors", "{path} is a folder: name the file to write in it. Nothing was written.")


class InstallIncomplete(KnownError):
    text = QT_TRANSLATE_NOOP(
        "errors", "NetPatrol's data folder {folder} is missing: install it from its unpacked folder with "
        "\"pip install -e .\" (see README) and keep that folder."
    )


class RevealDenied(KnownError):
    text = QT_TRANSLATE_NOOP(
        "errors", "A sealed identity can only be revealed with a stated reason and the vault passphrase."
    )


class RevealWrongPassphrase(WrongPassphrase):
    """The vault is open, so "not a NetPatrol vault" (WrongPassphrase's wording) would mislead here."""

    text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase is wrong. The identity stays sealed, and the attempt is recorded in the audit log."
    )


class CurrentPassphraseWrong(WrongPassphrase):
    """Changing the passphrase of an open vault: only the typed current passphrase can be wrong."""

    text = QT_TRANSLATE_NOOP("errors", "The current passphrase is wrong. The passphrase was not changed.")


class StepBlocked(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "Step {step} cannot be done yet: {reason}")


def why_unreadable(path: Path, exc: OSError) -> str:
    """Why a file the officer named could not be read, in the officer's language (seen: 「（No such file or
    directory）」, 「（Permission denied）」 inside Chinese sentences); another error as the system says it."""
    if isinstance(exc, FileNotFoundError):
        return translate("errors", "there is no such file")
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return translate("errors", "it is a folder")
    if isinstance(exc, PermissionError):
        return translate("errors", "no permission to read it")
    return exc.strerror or type(exc).__name__

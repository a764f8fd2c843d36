"""Case files for the next unit or the prosecutor (see ``app.vault.handoff``).

    netpatrol keys show
    netpatrol export --case CASE -o FILE (--recipient KEY ... | NETPATROL_EXPORT_PASSPHRASE)
                     [--include-sealed --reason TEXT]
    netpatrol import FILE [--identity FILE] [--accept-signer FINGERPRINT]
    netpatrol verify FILE [--identity FILE]

``keys show`` prints what the other unit needs: this vault's workstation key (the age recipient a
case file is encrypted to) and its signing key's fingerprint, which both sides compare by phone or on
paper. ``verify FILE`` checks a case file without writing anything: with an identity file or the
passphrase it needs no vault; otherwise it opens the vault to use the vault's own key. A damaged or
altered file exits 3, a file not meant for this key or a wrong passphrase exits 4.

A case that comes back signed by a key never seen for that case is refused (exit 1) with the key's
fingerprint; once the officer has compared it with the sending unit, ``--accept-signer FINGERPRINT``
imports it, and the acceptance is audited (``app.vault.returning``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import Output, add_case_argument, add_output_argument, opened_vault, read_passphrase, shown_time
from app.core.errors import ExitCode, KnownError, UsageError
from app.core.i18n import QT_TRANSLATE_NOOP, enumerated, sentences, translate
from app.core.models import evidence_files_phrase
from app.core.pseudonyms import shown_pseudonym
from app.core.timeutil import parse_iso
from app.infra import secret_env

if TYPE_CHECKING:
    from app.checklist.procedure import Procedure
    from app.vault.handoff import CaseFileReport

EXPORT_PASSPHRASE_ENV = secret_env.EXPORT_PASSPHRASE


def export_passphrase() -> str | None:
    """NETPATROL_EXPORT_PASSPHRASE as given to the command (kept out of the processes it starts)."""
    return secret_env.value(EXPORT_PASSPHRASE_ENV)


def cmd_keys_show(args: argparse.Namespace) -> Output:
    from app.vault.handoff import workstation_keys

    with opened_vault(args) as vault:
        keys = workstation_keys(vault)
    return Output({"recipient": keys.recipient, "signing_key": keys.signing_key, "fingerprint": keys.fingerprint}, [
        translate("cli", "Workstation key (give it to units that send you case files): {key}").format(key=keys.recipient),
        translate("cli", "Signing key fingerprint (read it out to units you send case files to): {fingerprint}").format(
            fingerprint=keys.fingerprint)])


def cmd_export(args: argparse.Namespace) -> Output:
    from app.vault.handoff import SealedRelease, export_case

    if args.include_sealed and not (args.reason or "").strip():
        raise UsageError(QT_TRANSLATE_NOOP("errors", "--include-sealed needs --reason: why the sealed identities "
                                                     "must go with this case file."))
    passphrase = None if args.recipient else export_passphrase()
    with opened_vault(args) as vault:
        release = SealedRelease(args.reason, read_passphrase(translate(
            "cli", "Passphrase again, to send the sealed identities: "))) if args.include_sealed else None
        result = export_case(vault, args.case, Path(args.output), recipients=args.recipient or [], passphrase=passphrase,
                             release=release, replace=args.force)
        # identities held here and not sent (seen: counted also those that never came here, which stayed with
        # the unit that sent this case, as "left in this vault")
        sealed = sum(1 for person in vault.people.in_case(result.case.id) if person.sealed and person.identity_here) \
            - len(result.identities_enclosed)
    lines = [
        translate("cli", "Case {number} exported to {file}: {files}.").format(
            number=result.case.number, file=result.path, files=evidence_files_phrase(result.artifacts)),
        translate("cli", "Case file SHA-256: {sha256}").format(sha256=result.sha256),
        translate("cli", "Signing key fingerprint: {fingerprint}").format(fingerprint=result.fingerprint),
    ]
    if result.identities_enclosed:
        lines.append(translate("cli", "Sealed identities sent with the case file, as you stated: {names}. The sending "
                                      "is recorded in the audit log with your reason.").format(
            names=enumerated(shown_pseudonym(name) for name in result.identities_enclosed)))
    if sealed:
        lines.append(translate("cli", "Sealed identities left out: {count}. They stay in this vault; the case file "
                                      "names those people by pseudonym only.").format(count=sealed))
    return Output(result.as_dict(), lines)


def cmd_import(args: argparse.Namespace) -> Output:
    from app.vault.handoff import needs_passphrase
    from app.vault.receive import import_case_file
    from app.vault.returning import (
        additions_text,
        identities_text,
        namesakes_text,
        reticked_text,
        unknown_steps_text,
        withheld_text,
    )

    # the file is named (missing, a folder, not a case file, its passphrase not set) before the vault's passphrase is
    # asked for: seen, the officer typed it and waited for the vault to open, to read "Case file … was not found."
    _check_passphrase_given(needs_passphrase(Path(args.file)), export_passphrase())
    identities = _identities(args)
    procedure = _procedure()
    with opened_vault(args) as vault:
        result = import_case_file(vault, Path(args.file), identities=identities,
                                  passphrase=export_passphrase(), accept_signer=args.accept_signer,
                                  procedure_steps={step.id for step in procedure.steps} if procedure else None)
    report = result.report.as_dict()
    received = translate("cli", "Case received as {number} (their number {source_number}, from {unit}): {files}, "
                                "every one matching the signed manifest.").format(
        number=result.case.number, source_number=report["case_number"], unit=report["unit"] or "-",
        files=evidence_files_phrase(report["files"]))
    if result.added is not None:
        received = additions_text(result.case.number, result.added)
    accepted = [translate("cli", "You accepted the signing key {fingerprint} for case {number}; the acceptance is "
                                 "recorded in the audit log.").format(fingerprint=report["fingerprint"],
                                                                      number=result.case.number)
                ] if result.signer_accepted else []
    titles = procedure.step_titles if procedure else list  # a step by its title where the procedure knows it
    withheld = [text for text in (withheld_text(titles(result.withheld)), reticked_text(titles(result.reticked)),
                                  namesakes_text(result.namesakes),
                                  unknown_steps_text(result.unknown_steps, result.unknown_step_records)) if text]
    enclosed = [sentences(translate("cli", "Sealed identities sent along by the sender: {count}.").format(
        count=report["identities_enclosed"]), identities_text(result.identities_sealed, result.identities_kept))
                ] if report["identities_enclosed"] else []
    return Output(result.as_dict(), [received, *withheld, *accepted, *enclosed, *_sender_lines(report)])


def _procedure() -> Procedure | None:
    """The procedure in force, which a received file's step records are checked against and which names the steps
    the import tells of; None when no procedure file can be read (said on stderr): the case is received all the
    same."""
    from app.commands.steps import load_procedure

    try:
        return load_procedure()
    except KnownError as error:
        sys.stderr.write(error.render() + "\n")
        return None


class NotACaseFileToVerify(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "{path} is not a NetPatrol case file. Whether a document or an evidence file "
                                       "is one this vault produced, unchanged, is what 'netpatrol provenance {path}' "
                                       "tells.")


def cmd_verify_case_file(args: argparse.Namespace) -> Output:
    from app.vault.handoff import NotACaseFile, UnreadableCaseFile, needs_passphrase

    path = Path(args.file)
    try:
        by_passphrase = needs_passphrase(path)  # said before any passphrase is asked for
        data = _checked_case_file(args, path, by_passphrase).as_dict()
    except NotACaseFile:
        raise NotACaseFileToVerify(path=str(path)) from None
    except UnreadableCaseFile as error:  # a folder, a file that cannot be read, as well as a damaged one
        checked = error.checked_only()  # a check imports nothing: no need to say so
        if args.json and checked.exit_code is ExitCode.INTEGRITY:  # the answer a script reads, as for a vault
            return Output({"ok": False, "problems": [checked.render()]}, [], ExitCode.INTEGRITY)
        raise checked from None
    return Output(data, [
        translate("cli", "The case file is intact: case {number} \u201c{title}\u201d, exported {at} by {officer} "
                         "({unit}).").format(number=data["case_number"], title=data["case_title"],
                                             at=shown_time(parse_iso(data["exported_at"])), officer=data["officer"],
                                             unit=data["unit"] or "-"),
        translate("cli", "Evidence files: {count} ({bytes} bytes), each matching its SHA-256 in the signed "
                         "manifest.").format(count=data["files"], bytes=f"{data['bytes']:,}"),
        *_enclosed_lines(data), *_sender_lines(data)])


def _checked_case_file(args: argparse.Namespace, path: Path, by_passphrase: bool) -> CaseFileReport:
    """Opened without the vault when what opens it was given (an identity file, or the passphrase of a passphrase
    file), else with the vault's own key. Seen: NETPATROL_EXPORT_PASSPHRASE left set in the shell kept `verify`
    from trying the vault's key on a file sent to it (exit 4), where `import` opened it."""
    from app.vault.handoff import read_case_file, vault_identities

    identities = _identities(args)
    passphrase = export_passphrase()
    _check_passphrase_given(by_passphrase, passphrase)
    if identities or (passphrase and by_passphrase):
        return read_case_file(path, identities=identities, passphrase=passphrase)
    with opened_vault(args, read_only=True) as vault:
        return read_case_file(path, identities=vault_identities(vault))


def _check_passphrase_given(by_passphrase: bool, passphrase: str | None) -> None:
    """A case file protected by a passphrase is opened by that passphrase only: said before anything else is asked
    for (seen: `verify` of one without NETPATROL_EXPORT_PASSPHRASE answered "There is no vault at …")."""
    from app.vault.handoff import CaseFileNeedsPassphrase

    if by_passphrase and not passphrase:
        raise CaseFileNeedsPassphrase()


def _enclosed_lines(report: dict[str, Any]) -> list[str]:
    """What a check can say of the identities sent along: an import seals those this vault lacks (a
    person whose identity is here keeps it), so it promises no more than that."""
    return [translate("cli", "Sealed identities sent along by the sender: {count}. An import seals those this vault "
                             "does not hold yet; they are read only through a reveal.").format(
        count=report["identities_enclosed"])] if report["identities_enclosed"] else []


def _sender_lines(report: dict[str, Any]) -> list[str]:
    return [
        translate("cli", "Signed with the key whose fingerprint is {fingerprint}: compare it with the sending "
                         "unit's 'netpatrol keys show'.").format(fingerprint=report["fingerprint"]),
        translate("cli", "Sender's audit chain head: {head}").format(head=report["source_audit_head"]),
        translate("cli", "Case file SHA-256: {sha256}").format(sha256=report["sha256"]),
    ]


def _identities(args: argparse.Namespace) -> list[Any]:
    from app.vault.handoff import read_identity_file

    return read_identity_file(Path(args.identity)) if getattr(args, "identity", None) else []


def register(commands: Any, add: Any) -> None:
    keys = commands.add_parser("keys", help=translate("cli", "this workstation's hand-off keys")).add_subparsers(
        dest="keys_command", parser_class=commands._parser_class)
    keys.required = True
    add("show", cmd_keys_show, translate("cli", "print the workstation key and the signing key's fingerprint"), keys)
    export = add("export", cmd_export, translate(
        "cli", "write an encrypted, signed case file for another unit (sealed identities are left out unless "
               "--include-sealed)"))
    add_case_argument(export)
    add_output_argument(export, translate("cli", "the case file to write (.npcase)"))
    export.add_argument("--recipient", action="append", help=translate(
        "cli", "the receiving workstation's key, age1… (repeatable); without it the file is protected by "
               "NETPATROL_EXPORT_PASSPHRASE"))
    export.add_argument("--include-sealed", action="store_true", help=translate(
        "cli", "send the sealed identities (reporters, informants, victims) too; needs --reason and the passphrase "
               "again, and is audited"))
    export.add_argument("--reason", help=translate("cli", "why the sealed identities must go with this case file"))
    receive = add("import", cmd_import, translate(
        "cli", "receive a case file: everything is verified before anything is written"))
    receive.add_argument("file", help=translate("cli", "the case file (.npcase)"))
    receive.add_argument("--identity", help=translate("cli", "an age identity file to decrypt with"))
    receive.add_argument("--accept-signer", metavar="FINGERPRINT", help=translate(
        "cli", "for a case that comes back signed by a key never seen for it: the fingerprint you compared with the "
               "sending unit, which you accept (audited)"))

"""The ``netpatrol`` command: the contract in DESIGN.md (tests and officers script against it).

Every subcommand takes ``--vault PATH`` and ``--json``. The passphrase comes from
``NETPATROL_PASSPHRASE`` or a prompt. Exit codes: 0 ok, 1 error, 2 usage, 3 integrity failure,
4 wrong passphrase or vault locked. Errors go to stderr as one sentence in the current language;
a bug goes to the log with its traceback and to stderr as one sentence naming the log.

Each subcommand is a small ``cmd_*`` function registered in :func:`build_parser`; it returns a
result object (printed as JSON with ``--json``) and the text lines for people.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import math
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.core.capture import capture_kind_label
from app.core.errors import (
    ExitCode,
    InstallIncomplete,
    KnownError,
    TargetIsFolder,
    UsageError,
    VaultExists,
    VaultLockedError,
)
from app.core.i18n import QT_TRANSLATE_NOOP, counted, current_language, labelled, translate
from app.core.identifiers import kind_label, source_label
from app.core.models import CaseStatus, Role
from app.core.person_fields import DETAIL_FIELDS, detail_label
from app.core.pseudonyms import shown_pseudonym
from app.core.timeutil import date_text, short_time_text, time_text
from app.infra import logs, paths, secret_env, translations

log = logging.getLogger("netpatrol.cli")
CTX = "cli"
PASSPHRASE_ENV = secret_env.PASSPHRASE


@dataclass
class Output:
    """What a subcommand produced: data for --json, lines for people."""

    data: Any
    lines: list[str] = field(default_factory=list)
    code: ExitCode = ExitCode.OK


Handler = Callable[[argparse.Namespace], Output]


# -- passphrase and vault ------------------------------------------------------------------------
def read_passphrase(prompt: str, *, confirm: bool = False) -> str:
    """From NETPATROL_PASSPHRASE, or asked on the terminal (never echoed, never logged)."""
    value = secret_env.value(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise VaultLockedError(QT_TRANSLATE_NOOP(
            "errors", "No passphrase: set NETPATROL_PASSPHRASE or run the command in a terminal."))
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("cli", "Repeat the passphrase: ")) != value:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "The two passphrases differ. Nothing was created."))
    return value


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault) if getattr(args, "vault", None) else paths.default_vault()


def document_language(args: argparse.Namespace) -> str:
    """The language a command writes its documents in: ``--lang``, else the default (zh_TW)."""
    return translations.normalise(getattr(args, "lang", None))


def shown_day(day: date) -> str:
    """A calendar day in the command's text output: 民國114年7月8日 in Chinese, 2025-07-08 in English."""
    return date_text(day, current_language())


def shown_time(moment: datetime) -> str:
    """A time in the command's text output as the windows show it: 民國114年7月8日 14:05 in Chinese,
    2025-07-08 14:05 (UTC+8) in English (--json keeps UTC ISO 8601 for machines)."""
    return time_text(moment, current_language())


@contextmanager
def opened_vault(args: argparse.Namespace, *, read_only: bool = False) -> Iterator[Any]:
    from app.vault import Vault
    from app.vault.connection import read_salt

    path = vault_path(args)
    read_salt(path)  # a missing or non-vault file is named before anyone is asked for a passphrase
    vault = Vault.open(path, read_passphrase(translate("cli", "Vault passphrase: ")), read_only=read_only)
    for warning in (vault.clock_warning(), vault.upgrade_notice()):
        if warning is not None:
            sys.stderr.write(warning + "\n")
    try:
        yield vault
    finally:
        vault.lock()


# -- subcommands ----------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> Output:
    from app.vault import Vault
    from app.vault.cases import check_number_format

    path = vault_path(args)
    officer = args.officer or getpass.getuser()
    if args.number_format:
        check_number_format(args.number_format)  # before the passphrase is asked for twice
    if path.is_dir():  # seen: "A file already exists at …" for a folder
        raise TargetIsFolder(path=str(path))
    if path.exists():  # seen: told only after the new passphrase had been typed twice
        raise VaultExists(path=str(path))
    passphrase = read_passphrase(translate("cli", "New vault passphrase: "), confirm=True)
    vault = Vault.create(path, passphrase, officer=officer, unit=args.unit or "",
                         **({"number_format": args.number_format} if args.number_format else {}))
    head = vault.audit_head()
    vault.lock()
    return Output({"vault": str(path), "officer": officer, "audit_head": head},
                  [translate("cli", "Vault created at {path}.").format(path=path)])


def case_data(case: Any) -> dict[str, Any]:
    return {"id": case.id, "number": case.number, "title": case.title, "platforms": list(case.platforms),
            "status": str(case.status), "officer": case.officer, "unit": case.unit, "notes": case.notes,
            "created_at": case.created_at.isoformat(), "updated_at": case.updated_at.isoformat(),
            "changed_at": case.last_changed.isoformat(), "revision": case.revision}


def cmd_case_new(args: argparse.Namespace) -> Output:
    with opened_vault(args) as vault:
        case = vault.create_case(args.title, args.platform or [], number=args.number, notes=args.notes or "")
    return Output(case_data(case), [case.id])


def cmd_case_list(args: argparse.Namespace) -> Output:
    with opened_vault(args) as vault:
        cases = vault.list_cases(limit=args.limit + 1, offset=args.offset)  # one more: are there next ones?
    more, cases = len(cases) > args.limit, cases[:args.limit]
    lines = [f"{c.id}  {c.number}  {c.status.label()}  {short_time_text(c.last_changed, current_language())}  {c.title}"
             for c in cases]
    if more:  # seen: promised when the last page was exactly full, and the next offset then said "No cases yet."
        lines.append(counted(args.limit, translate("cli", "Only 1 case is shown; --offset {offset} lists the next ones."),
                             translate("cli", "Only {count} cases are shown; --offset {offset} lists the next ones."),
                             offset=args.offset + args.limit))
    empty = translate("cli", "No case at --offset {offset}: there are fewer cases.").format(offset=args.offset) \
        if args.offset else translate("cli", "No cases yet.")
    return Output([case_data(c) for c in cases], lines or [empty])


def cmd_case_show(args: argparse.Namespace) -> Output:
    with opened_vault(args) as vault:
        case = vault.case(args.case)
        data = case_data(case)
        data["people"] = [person_data(p) for p in vault.people.in_case(case.id)]
        data["artifacts"] = [artifact_data(a) for a in vault.artifacts.in_case(case.id)]
        extra_lines = _feature_sections(vault, case.id, data)
    return Output(data, case_lines(data) + extra_lines)


def cmd_case_edit(args: argparse.Namespace) -> Output:
    """Change a case's title, status, platforms or notes, as the case's details in the window do: a new revision
    and a ``case.edit`` entry naming what changed. Values the case already has are no change (no entry)."""
    from app.checklist.engine import closing_step_note
    from app.commands.steps import case_view
    from app.core.audit_actions import CASE_FIELDS, changed_fields_text

    wanted = {"title": args.title, "status": args.status, "notes": args.notes,
              "platforms": tuple(args.platform) if args.platform is not None else None}
    with opened_vault(args) as vault:
        case = vault.case(args.case)
        current = {"title": case.title, "status": str(case.status), "notes": case.notes, "platforms": case.platforms}
        changes = {field: value for field, value in wanted.items() if value is not None and value != current[field]}
        if changes:
            case = vault.update_case(case.id, **changes)
        note = closing_step_note(case.status, case_view(vault, case.id))
    data = case_data(case) | {"changed": sorted(changes)}
    lines = [translate("cli", "Changed: {fields}").format(
        fields=changed_fields_text([field for field in CASE_FIELDS if field in changes])) if changes else
             translate("cli", "Nothing changed: the case already reads so.")]
    lines += [f"{case.number}  ({case.id})  {case.title}",
              translate("cli", "Status: {status}   Platforms: {platforms}").format(
                  status=case.status.label(), platforms=", ".join(case.platforms) or "-")]
    return Output(data, lines + ([note] if note else []))


def _feature_sections(vault: Any, case_id: str, data: dict[str, Any]) -> list[str]:
    """Captures with their identifiers, and the checklist's steps and clocks, for `case show`."""
    from app.commands.steps import case_show_sections
    from app.vault.captures import captures_in_case, current_identifiers

    captures = captures_in_case(vault, case_id)
    data["captures"] = [{"id": c.id, "kind": str(c.kind), "url": c.url, "final_url": c.final_url, "title": c.title,
                         "started_at": c.started_at.isoformat(), "complete": c.complete,
                         "artifacts": [a["id"] for a in data["artifacts"] if a["capture_id"] == c.id]}
                        for c in captures]
    identifiers = current_identifiers(vault, case_id)
    data["identifiers"] = [{"id": i.id, "capture_id": i.capture_id, "kind": str(i.kind), "value": i.value,
                            "source": i.source, "origin": str(i.origin)} for i in identifiers]
    steps, step_lines = case_show_sections(vault, case_id)
    data.update(steps)
    lines = [translate("cli", "Captures:")]
    partial = translate("cli", "[PARTIAL]")
    lines += [f"  {c['id']}  {capture_kind_label(c['kind'])}  {'' if c['complete'] else partial + ' '}{c['url']}"
              for c in data["captures"]]
    if not captures:
        lines.append("  -")
    lines.append(translate("cli", "Identifiers:"))
    lines += identifier_lines(data["identifiers"])
    return lines + step_lines


def identifier_lines(identifiers: list[dict[str, Any]]) -> list[str]:
    """Each identifier as the officer reads it: its kind in words, its value, where it was found (as recorded)."""
    return [f"  {kind_label(i['kind'])}  {i['value']}  ({source_label(i['source'])})" for i in identifiers] or ["  -"]


def person_data(person: Any) -> dict[str, Any]:
    """Sealed people appear only as their pseudonym; suspects and witnesses with their name."""
    data: dict[str, Any] = {"id": person.id, "role": str(person.role), "pseudonym": person.pseudonym,
                            "sealed": person.sealed, "added_at": person.created_at.isoformat()}
    if not person.sealed:
        data["name"] = person.name
        data["details"] = person.details
    return data


def artifact_data(artifact: Any) -> dict[str, Any]:
    return {"id": artifact.id, "kind": str(artifact.kind), "name": artifact.name, "mime": artifact.mime,
            "size": artifact.size, "sha256": artifact.sha256, "capture_id": artifact.capture_id,
            "acquired_at": artifact.acquired_at.isoformat()}


def case_lines(data: dict[str, Any]) -> list[str]:
    lines = [
        f"{data['number']}  ({data['id']})  {data['title']}",
        translate("cli", "Status: {status}   Officer: {officer}   Unit: {unit}").format(
            status=CaseStatus(data["status"]).label(), officer=data["officer"], unit=data["unit"]),
        translate("cli", "Platforms: {platforms}").format(platforms=", ".join(data["platforms"]) or "-"),
        translate("cli", "People:"),
    ]
    lines += [f"  {shown_pseudonym(p['pseudonym'])}  {p.get('name', '')}  ({p['id']})" for p in data["people"]] or ["  -"]
    lines.append(translate("cli", "Artifacts:"))
    lines += [f"  {a['id']}  {a['kind']}  {a['size']}  sha256:{a['sha256']}" for a in data["artifacts"]] or ["  -"]
    return lines


ROLE_NAMES = {role.value: role for role in Role}


def cmd_person_add(args: argparse.Namespace) -> Output:
    from app.commands.steps import checklist_event

    details = {key: value for key, value in (("id_number", args.id_number), ("phone", args.phone),
                                             ("address", args.address), ("account", args.account),
                                             ("note", args.note)) if value}
    if args.name is None:  # asked, with the details the window asks for, so none of it is in the shell's history
        name = _ask(translate("cli", "Name: "))
        for key, _label in DETAIL_FIELDS:
            if key not in details and (answer := _ask(translate("cli", "{label} (Enter to leave it out): ").format(
                    label=detail_label(key))).strip()):
                details[key] = answer
    else:
        name = args.name
    with opened_vault(args) as vault:
        person = vault.add_person(args.case, ROLE_NAMES[args.role], name, details)
        # the identity is sealed as it is added: the procedure's sealing step is done by it
        steps = checklist_event(vault, person.case_id, "person.sealed", []) if person.sealed else []
    return Output({**person_data(person), "steps_done": steps}, [f"{shown_pseudonym(person.pseudonym)}  {person.id}"])


def cmd_person_reveal(args: argparse.Namespace) -> Output:
    """Open a sealed identity: needs a reason and the passphrase again; audited; shown, never stored."""
    from app.vault.people import QT_REASON_REQUIRED

    if not args.reason.strip():  # seen: told only after the passphrase had been typed twice
        raise UsageError(QT_REASON_REQUIRED)
    with opened_vault(args) as vault:
        person = vault.people.find(vault.case(args.case).id, args.person)
        if not person.sealed:  # seen: "This reveal is recorded in the audit log." for a suspect, and no entry
            return Output(person_data(person), [
                labelled(shown_pseudonym(person.pseudonym), person.name),
                translate("cli", "{pseudonym} is not sealed ({role}): the name is shown with the case, so there is "
                                 "nothing to reveal and nothing was recorded.").format(
                    pseudonym=shown_pseudonym(person.pseudonym), role=person.role.label())])
        passphrase = read_passphrase(translate("cli", "Passphrase again, to reveal: "))
        identity = vault.reveal(person.id, args.reason, passphrase)
    data = {"id": identity.person_id, "pseudonym": identity.pseudonym, "name": identity.name,
            "details": identity.details, "reason": identity.reason, "expires_at": identity.expires_at.isoformat()}
    lines = [labelled(shown_pseudonym(identity.pseudonym), identity.name),
             *("  " + labelled(detail_label(k), v) for k, v in identity.details.items()),
             translate("cli", "Revealed for: {reason}. This reveal is recorded in the audit log.").format(
                 reason=identity.reason)]
    return Output(data, lines)


def _ask(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(QT_TRANSLATE_NOOP("errors", "--name is required when not run in a terminal."))
    return input(prompt)


def cmd_search(args: argparse.Namespace) -> Output:
    with opened_vault(args) as vault:
        hits = vault.search(args.query, limit=args.limit + 1)  # one more: are there others?
        more, hits = len(hits) > args.limit, hits[:args.limit]
        numbers = {case_id: vault.case(case_id).number for case_id in {hit.case_id for hit in hits}}
    data = [{"case_id": h.case_id, "case_number": numbers[h.case_id], "source": h.source, "ref_id": h.ref_id,
             "snippet": h.snippet} for h in hits]
    lines = [f"{d['case_number']}  {d['source']}:{d['ref_id']}  {d['snippet']}" for d in data]
    if more:  # a cut list must not read as all there is (seen: said of a list that was all there is)
        lines.append(counted(args.limit, translate("cli", "Only the newest hit is shown; --limit shows more."),
                             translate("cli", "Only the newest {count} hits are shown; --limit shows more.")))
    return Output(data, lines or [translate("cli", "Nothing found.")])


def cmd_backup(args: argparse.Namespace) -> Output:
    with opened_vault(args) as vault:
        made = vault.back_up(Path(args.output), replace=args.force)
    data = {"file": str(made.path), "sha256": made.sha256, "size": made.size, "copy_head": made.audit_seq}
    return Output(data, [translate("cli", "Wrote a checked backup of the vault to {file} ({size} bytes, sha256:{sha256}); "
                                          "it holds the audit chain up to entry #{seq} and opens with the vault's "
                                          "current passphrase.").format(file=made.path, size=f"{made.size:,}",
                                                                         sha256=made.sha256, seq=made.audit_seq)])


def cmd_verify(args: argparse.Namespace) -> Output:
    if args.file:
        from app.commands.handoff import cmd_verify_case_file

        return cmd_verify_case_file(args)
    try:
        with opened_vault(args, read_only=True) as vault:
            report = vault.verify()
    except KnownError as error:  # damaged past opening: a script reading .ok must still read an answer, as for
        if not args.json or error.exit_code is not ExitCode.INTEGRITY:  # damage found by the check, or a case file
            raise
        from app.vault.verify import VerifyReport

        return Output(VerifyReport().as_dict() | {"ok": False, "unreadable": True,
                                                  "problems": [error.render()]}, [], ExitCode.INTEGRITY)
    data = report.as_dict()
    if report.unreadable:  # seen: "Audit entries: 0, evidence rows: 0 …" and an empty head, as if checked and empty
        lines = [translate("cli", "The check stopped at the file itself: nothing in it could be counted or checked.")]
    else:
        lines = [translate("cli", "Audit entries: {n}, evidence rows: {rows}, artifacts re-hashed: {a} ({b} bytes).")
                 .format(n=report.audit_entries, rows=report.rows_checked, a=report.artifacts_checked,
                         b=f"{report.bytes_checked:,}"),
                 translate("cli", "Audit chain head: {head}").format(head=report.head)]
    if report.ok:  # a clock set back is told, but it is no damage: the exit code stays 0
        return Output(data, [*lines, translate("cli", "The vault is intact."), *report.clock_notes()])
    lines += [problem.render() for problem in report.problems]
    return Output(data, [*lines, *report.clock_notes()], ExitCode.INTEGRITY)


# -- parser --------------------------------------------------------------------------------------
def _common(suppress: bool) -> argparse.ArgumentParser:
    """--vault/--json/--lang, accepted before or after the subcommand."""
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", default=default, help=translate("cli", "vault file (default: the workstation vault)"))
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help=translate("cli", "machine-readable output"))
    common.add_argument("--lang", choices=translations.LANGUAGES, default=default, help=translate("cli", "language"))
    return common


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argument type: a whole number of at least ``minimum``, anything else refused in the officer's
    language. Seen: ``case list --limit -5`` listed every case (SQLite reads a negative limit as none)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = minimum - 1
        if value < minimum:
            raise argparse.ArgumentTypeError(translate("cli", "{value} is not a whole number of at least {minimum}.")
                                             .format(value=text, minimum=minimum))
        return value

    return parse


def seconds(*, zero_allowed: bool = False) -> Callable[[str], float]:
    """An argument type: a number of seconds, more than zero (or zero when ``zero_allowed``)."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = -1.0
        if not math.isfinite(value) or value < 0 or (value == 0 and not zero_allowed):
            raise argparse.ArgumentTypeError(translate("cli", "{value} is not a number of seconds.").format(value=text))
        return value

    return parse


def add_case_argument(parser: argparse.ArgumentParser, *, positional: bool = False) -> None:
    """The case a command works on, by number or id, described the same way in every command's help."""
    help_text = translate("cli", "the case: its number (e.g. NP-115-0001) or id")
    if positional:
        parser.add_argument("case", help=help_text)
    else:
        parser.add_argument("--case", required=True, help=help_text)


def add_output_argument(parser: argparse.ArgumentParser, help_text: str, *, required: bool = True,
                        suffixes: tuple[str, ...] = ()) -> None:
    """``-o FILE`` and ``--force``, the same in every command that writes a file: :func:`run` checks the
    file once for all of them (never the vault; an existing file only with --force; with ``suffixes``, a
    name that says what the file is: seen, ``-o log.txt`` wrote a PDF, and ``-o x.docx`` plain text). The
    command passes ``replace=args.force`` on to the writing, which refuses again a file that appeared since."""
    parser.set_defaults(output_suffixes=suffixes)
    parser.add_argument("-o", "--output", required=required, help=help_text)
    parser.add_argument("--force", action="store_true",
                        help=translate("cli", "replace the -o file if it exists already (never the vault's own files)"))


def check_output_file(args: argparse.Namespace) -> None:
    """The one place where a command's output file is checked, before the vault is opened or anything written."""
    from app.vault.atomic import check_output

    if getattr(args, "output", None):
        check_output(Path(args.output), vault_path(args), replace=getattr(args, "force", False))
        suffixes = getattr(args, "output_suffixes", ())
        if suffixes and Path(args.output).suffix.lower() not in suffixes:
            raise UsageError(QT_TRANSLATE_NOOP("errors", "This command writes {kinds}: name the -o file so ({path} "
                                                         "is not). Nothing was written."),
                             kinds=" / ".join(suffixes), path=args.output)


_NO_LINE_START = "，。、：；！？）」』】〕》〉"
_NO_LINE_END = "（「『【〔《〈"


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: two for each wide (Chinese) character."""
    return sum(2 if _wide(char) else 1 for char in text)


def wrap_columns(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns (a longer unbreakable word keeps its own line), broken at spaces and
    between Chinese characters, but never before 「，。）」 and the like or after 「（「」."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        pieces: list[str] = []
        for char in word:
            if pieces and (_wide(char) or _wide(pieces[-1][-1])) and char not in _NO_LINE_START \
                    and pieces[-1][-1] not in _NO_LINE_END:
                pieces.append(char)
            elif pieces:
                pieces[-1] += char
            else:
                pieces.append(char)
        for index, piece in enumerate(pieces or [""]):
            joined = line + (" " if index == 0 and line else "") + piece
            if line and columns(joined) > width:
                lines.append(line)
                line = piece
            else:
                line = joined
    return [*lines, line] if line else lines


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, translate("cli", "usage: ") if prefix is None else prefix)

    def _format_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None) -> str:
        """argparse lines the usage's wrapped lines up under the first by counting characters: 「用法：」 is
        3 characters but 6 columns wide, so they came out 3 columns short, and the first line 3 columns too long."""
        wide = sum(unicodedata.east_asian_width(char) in "WF" for char in prefix or "")
        self._width -= wide
        try:
            text = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width += wide
        first, *rest = text.split("\n")
        return "\n".join([first, *(" " * wide + line if line else line for line in rest)])

    def _split_lines(self, text: str, width: int) -> list[str]:
        """argparse wraps at spaces, counting characters: Chinese, with no spaces and two columns a character,
        ran on as one line (seen: 123 columns). Wrapped by columns, breaking between Chinese characters too
        (text without them as argparse wraps it)."""
        if not any(map(_wide, text)):
            return super()._split_lines(text, width)
        return wrap_columns(self._whitespace_matcher.sub(" ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if not any(map(_wide, text)):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap_columns(self._whitespace_matcher.sub(" ", text).strip(),
                                                                width - len(indent)))

    def format_help(self) -> str:
        """argparse puts an ASCII colon after each section's title: 「選項:」 beside 「用法：」."""
        text = super().format_help()
        for title in (translate("cli", "positional arguments"), translate("cli", "options")):
            text = text.replace(f"\n{title}:\n", "\n" + translate("cli", "{title}:").format(title=title) + "\n")
        return text


# argparse asks its module's ``_`` and ``ngettext`` (gettext's, by default) for each message it writes:
# the hook it offers for translating them. These are the messages an officer can cause (Python 3.11's
# wording), for the translators; any other stays as argparse wrote it.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_message(message: str) -> str:
    return translate("argparse", message)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return translate("argparse", singular if count == 1 else plural)


class _Parser(argparse.ArgumentParser):
    """argparse's own words (usage, the section titles, -h) and its error messages (through the hook
    above) in the officer's language, like the rest of the help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = translate("cli", "show this help message and exit")

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(ExitCode.USAGE)


def build_parser() -> argparse.ArgumentParser:
    argparse._ = _argparse_message  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]
    sub_common = _common(suppress=True)
    parser = _Parser(prog="netpatrol", parents=[_common(suppress=False)],
                     description=translate("cli", "NetPatrol: patrol, evidence capture and case vault."))
    parser.add_argument("--version", action="version", version=f"NetPatrol {__version__}",
                        help=translate("cli", "show the version and exit"))
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name: str, handler: Handler, help_text: str, parent: Any = commands) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = parent.add_parser(name, parents=[sub_common], help=help_text)
        sub.set_defaults(handler=handler)
        return sub

    init = add("init", cmd_init, translate("cli", "create a vault"))
    init.add_argument("--officer", help=translate("cli", "officer name recorded in the audit log"))
    init.add_argument("--unit", help=translate("cli", "unit"))
    init.add_argument("--number-format", help=translate("cli", "case number format, e.g. NP-{roc_year}-{seq:04d}"))

    case = commands.add_parser("case", help=translate("cli", "cases")).add_subparsers(dest="case_command", parser_class=_Parser)
    case.required = True
    new = add("new", cmd_case_new, translate("cli", "create a case; prints its id"), case)
    new.add_argument("--title", required=True, help=translate("cli", "the case title (案由)"))
    new.add_argument("--platform", action="append", help=translate("cli", "platform (repeatable)"))
    new.add_argument("--number", help=translate("cli", "case number (default: next in the unit's format)"))
    new.add_argument("--notes", help=translate("cli", "notes on the case"))
    listing = add("list", cmd_case_list, translate("cli", "list cases, the one updated last first"), case)
    listing.add_argument("--limit", type=whole_number(1), default=50, help=translate("cli", "at most this many (default 50)"))
    listing.add_argument("--offset", type=whole_number(0), default=0,
                         help=translate("cli", "skip this many first (the next page)"))
    add_case_argument(add("show", cmd_case_show, translate("cli", "show a case"), case), positional=True)
    edit = add("edit", cmd_case_edit, translate("cli", "change a case's title, status, platforms or notes (a new "
                                                       "revision, audited)"), case)
    add_case_argument(edit, positional=True)
    edit.add_argument("--title", help=translate("cli", "the new title (案由)"))
    edit.add_argument("--status", choices=[str(status) for status in CaseStatus],
                      help=translate("cli", "open, referred, transferred or closed (closing the case in the checklist "
                                            "is its step 「結案」: the status alone stops no deadline)"))
    edit.add_argument("--platform", action="append",
                      help=translate("cli", "platform (repeatable); the ones given replace the case's platforms"))
    edit.add_argument("--notes", help=translate("cli", "the new notes (replace the old)"))

    _add_person_commands(commands, add)

    search = add("search", cmd_search, translate("cli", "full-text search over cases and captured text"))
    search.add_argument("query", help=translate("cli", "words to look for, Chinese or other"))
    search.add_argument("--limit", type=whole_number(1), default=50, help=translate("cli", "at most this many (default 50)"))
    verify = add("verify", cmd_verify, translate("cli", "check the vault's hashes and audit chain, or a case file"))
    verify.add_argument("file", nargs="?", help=translate("cli", "a case file to check instead (no vault needed with "
                                                                "--identity or NETPATROL_EXPORT_PASSPHRASE)"))
    verify.add_argument("--identity", help=translate("cli", "an age identity file to decrypt with"))
    backup = add("backup", cmd_backup, translate("cli", "write a complete, checked copy of the vault, which its "
                                                          "passphrase opens (audited)"))
    add_output_argument(backup, translate("cli", "the backup file to write"))
    _add_feature_commands(commands, add)
    _name_subcommands(parser)
    return parser


def _name_subcommands(parser: argparse.ArgumentParser, top: bool = True) -> None:
    """A missing or wrong subcommand is named in words (the top level, whose choices the error lists anyway) or
    by its choices, not by its internal name (seen: 「缺少必要的參數：case_command」, 「參數 command：無效的選擇」)."""
    for action in parser._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            action.metavar = translate("cli", "COMMAND") if top else "{" + ",".join(action.choices) + "}"
            for sub in action.choices.values():
                _name_subcommands(sub, top=False)


def _add_person_commands(commands: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    person = commands.add_parser("person", help=translate("cli", "people in a case")).add_subparsers(
        dest="person_command", parser_class=_Parser)
    person.required = True
    padd = add("add", cmd_person_add, translate("cli", "add a person (reporter, informant and victim are sealed)"), person)
    add_case_argument(padd)
    padd.add_argument("--role", required=True, choices=sorted(ROLE_NAMES), help=translate("cli", "the person's role"))
    padd.add_argument("--name", help=translate("cli", "name (asked when omitted, with the details below, so they stay "
                                                      "out of the shell's history)"))
    padd.add_argument("--id-number", help=translate("cli", "national ID or passport number"))
    padd.add_argument("--phone", help=translate("cli", "phone number"))
    padd.add_argument("--address", help=translate("cli", "address"))
    padd.add_argument("--account", help=translate("cli", "online account (platform and name or ID)"))
    padd.add_argument("--note", help=translate("cli", "a note on the person"))

    reveal = add("reveal", cmd_person_reveal, translate("cli", "reveal a sealed identity (reason required, audited)"),
                 person)
    add_case_argument(reveal)
    reveal.add_argument("person", help=translate("cli", "person id or pseudonym, e.g. 被害人1"))
    reveal.add_argument("--reason", required=True, help=translate("cli", "why the identity is needed (kept in the "
                                                                         "audit log)"))


def _add_feature_commands(commands: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    # Feature subcommands live in app/commands/<feature>.py, each with register(commands, add);
    # they are listed here explicitly (no registry), imported here because they import this module:
    from app.commands import audit as audit_commands  # the vault's audit chain, listed or printed
    from app.commands import capture as capture_commands  # capture, artifact export
    from app.commands import documents as documents_commands  # documents, transcript, takedown re-check
    from app.commands import handoff as handoff_commands  # case files: keys, export, import
    from app.commands import provenance as provenance_commands  # is this file one the vault produced?
    from app.commands import selftest as selftest_commands
    from app.commands import stats as stats_commands  # figures for the performance evaluation
    from app.commands import steps as steps_commands  # checklist: step, steps, clocks

    for feature in (steps_commands, documents_commands, capture_commands, handoff_commands, stats_commands,
                    audit_commands, provenance_commands, selftest_commands):
        feature.register(commands, add)


# -- running -------------------------------------------------------------------------------------
def emit(output: Output, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(_json_text(output.data, sys.stdout.encoding) + "\n")
    else:
        for line in output.lines:
            print(line)


def _json_text(data: Any, encoding: str | None) -> str:
    """The JSON answer, in the output's own characters where it can hold them all, else with every non-ASCII
    character escaped (``\\u7ea2``), which any JSON reader decodes back to the same text. Seen: written into a file
    or a pipe on a Taiwanese Windows, the output's encoding is cp950, and a case titled 小红书 (红 is a simplified
    character, outside cp950) ended `case list --json` in "Internal error"."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    try:
        text.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return json.dumps(data, ensure_ascii=True, indent=2, default=str)
    return text


def _tolerate_narrow_output() -> None:
    """Let a line the output's encoding cannot hold be printed with the missing characters escaped (``\\u7ea2``)
    instead of failing. Windows writes a console in Unicode, but a redirected or piped output (``> list.txt``,
    ``| findstr``, a PowerShell variable) takes the ANSI code page, cp950 on a Taiwanese workstation: a title with
    a simplified character or an emoji then stopped `case list` with "Internal error", and a `capture` whose work
    was done and recorded reported failure (exit 1) to the script that would then capture again."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding not in ("utf8", "utf8sig") and hasattr(stream, "reconfigure"):
            with contextlib.suppress(AttributeError, ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    missing = paths.missing_install_data()
    if missing is not None:
        _tell(InstallIncomplete(folder=str(missing)).render())
        return int(ExitCode.ERROR)
    if not getattr(args, "handler", None):
        from app.main import run_gui

        return run_gui(args.lang, Path(args.vault) if args.vault else None)
    try:
        check_output_file(args)
        output = args.handler(args)
    except KnownError as error:
        _tell_failure(error, args.json)
        log.info("command %s failed: %s", args.command, type(error).__name__)
        return int(error.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write(translate("cli", "Interrupted; nothing was half-written.") + "\n")
        return int(ExitCode.ERROR)
    try:
        emit(output, args.json)
    except BrokenPipeError:
        _stop_writing()  # the reader went away (| head): not a bug, and the command's work is done
    return int(output.code)


def _tell_failure(error: KnownError, as_json: bool) -> None:
    """The one sentence on stderr; with --json the same answer on stdout, so that a script parsing the output reads
    why the command failed instead of failing on empty input."""
    sentence = error.render()
    sys.stderr.write(sentence + "\n")
    if as_json:
        try:
            emit(Output({"ok": False, "exit_code": int(error.exit_code), "error": sentence,
                         "error_kind": type(error).__name__}), as_json=True)
        except BrokenPipeError:
            _stop_writing()


def _stop_writing() -> None:
    """Send what is left of stdout nowhere, so that the interpreter's final flush does not fail again
    (Python's documented way to leave quietly after a broken pipe)."""
    nowhere = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(AttributeError, OSError, ValueError):
        os.dup2(nowhere, sys.stdout.fileno())
    sys.stdout = os.fdopen(nowhere, "w", encoding="utf-8")


class _Console:
    """Whether the process has a console to write to (not with netpatrol-gui.exe or pythonw)."""

    present = True


def _tell(message: str) -> None:
    """One sentence for the officer: on the console, or in a message box when there is none."""
    if _Console.present:
        sys.stderr.write(message + "\n")
        return
    from app.main import show_startup_error

    show_startup_error(message)


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stderr is None or sys.stdout is None:
        return _main_windowed(argv)
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerate_narrow_output()
    language = _language_from(argv)
    translations.load(language)
    with contextlib.suppress(OSError):  # a read-only profile must not stop the command
        logs.setup()
    try:
        with secret_env.kept_from_children():  # the browser's renderers and the re-check's Chromium inherit it
            return run(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if isinstance(exit_.code, int) else int(ExitCode.USAGE)
    except Exception as bug:
        log.critical("internal error %s", logs.bug_traceback(bug))  # not log.exception: no message text
        _tell(translate("cli", "Internal error: this is a bug in NetPatrol. Details are in {log}.").format(
            log=paths.log_dir() / "netpatrol.log"))
        return int(ExitCode.ERROR)


def _main_windowed(argv: Sequence[str] | None) -> int:
    """The desktop launcher: the app without a console window behind it (closing that window killed
    the app, mid-capture too). What a command would print goes nowhere; errors get a message box."""
    _Console.present = False
    nowhere = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the life of the process
    sys.stdout = sys.stdout or nowhere
    sys.stderr = sys.stderr or nowhere
    return main(argv)


def _language_from(argv: list[str]) -> str | None:
    """--lang before argparse runs, so that argparse's own help is already translated; else NETPATROL_LANG; else
    the language the officer chose in the window's settings (seen: English chosen there, and the command went on
    answering in Chinese)."""
    for index, item in enumerate(argv):
        if item == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if item.startswith("--lang="):
            return item.split("=", 1)[1]
    return os.environ.get("NETPATROL_LANG") or _settings_language()


def _settings_language() -> str | None:
    """The settings' language when there are settings (read, never created: a command leaves no settings file)."""
    try:
        if not paths.settings_file().is_file():
            return None
        from app.infra.settings import Settings

        return Settings().language
    except OSError:  # an unreadable profile must not stop the command: it speaks the default language
        return None


if __name__ == "__main__":
    sys.exit(main())

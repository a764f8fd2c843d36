"""The printable chat transcript: chats are printed in full and archived (guideline 陸.三(三)).

Every message is printed, in order, however long the chat: messages are paragraphs (not table rows),
so a long chat, or one very long message, simply flows onto more pages. A date line is printed when
the day changes and each message carries its time. Participants who are sealed (a victim, a
reporter) appear only by pseudonym: :func:`pseudonymize` replaces their handles, also inside
message text, before anything is laid out, and so their name, phone number, account or ID number where another
participant typed it (``SealedHandles.found_in``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.core.capture import messages_phrase
from app.core.errors import NotFound, UsageError
from app.core.i18n import QT_TRANSLATE_NOOP, enumerated, in_language, translate
from app.core.pseudonyms import shown_pseudonym
from app.core.timeutil import taipei
from app.reports.base import (
    CONTENT_WIDTH,
    PageMeta,
    build_pdf,
    format_date,
    format_time,
    in_text_face,
    markup,
    para,
    styles,
)
from app.reports.document import Fields, fields_table
from app.reports.model import ArtifactRef, Attachment, CaseDossier, ChatMessage

CTX = "reports"


@dataclass(frozen=True)
class TranscriptSource:
    """Where the chat came from: the capture and its artifacts (their hashes are printed)."""

    case_number: str
    capture_id: str
    platform: str
    url: str
    captured_at: datetime
    complete: bool
    artifacts: tuple[ArtifactRef, ...] = ()
    officer: str = ""
    unit: str = ""


def pseudonymize(messages: Iterable[ChatMessage], aliases: Mapping[str, str]) -> list[ChatMessage]:
    """Replace each aliased handle (a sealed person's account) by its pseudonym, as sender and in text."""
    if not aliases:
        return list(messages)
    pattern = re.compile("|".join(re.escape(handle) for handle in sorted(aliases, key=len, reverse=True)))

    def swap(text: str) -> str:
        return pattern.sub(lambda match: aliases[match.group(0)], text)

    return [replace(m, sender=aliases.get(m.sender, swap(m.sender)), text=swap(m.text),
                    attachments=tuple(replace(a, label=swap(a.label)) for a in m.attachments))
            for m in messages]


def write_transcript(target: Path | IO[bytes], source: TranscriptSource, messages: Sequence[ChatMessage],
                     chain_head: str, generated_at: datetime, *, language: str = "zh_TW",
                     aliases: Mapping[str, str] | None = None) -> int:
    """Lay out the transcript and write the PDF; returns the number of messages printed."""
    with in_language(language):  # a pseudonym in the document's language too (被害人1, "Victim 1")
        shown = pseudonymize(messages, {handle: shown_pseudonym(name) for handle, name in (aliases or {}).items()})
        title = transcript_title(source.complete)
        meta = PageMeta(title, source.case_number, chain_head, generated_at, language, source.officer)
        build_pdf(target, meta, _story(title, source, shown, language))
    return len(shown)


def transcript_title(complete: bool) -> str:
    """The title on the first page and in every page header. A partial capture (stopped by the message
    limit, or by the officer) must not read as the full chat the guideline asks for (陸.三(三)): seen,
    「聊天紀錄（全文）」 over a row that said older messages may be missing."""
    if complete:
        return translate("reports", "Chat transcript (complete)")
    return translate("reports", "Chat transcript (INCOMPLETE)")


def _story(title: str, source: TranscriptSource, messages: Sequence[ChatMessage], language: str) -> list[Flowable]:
    style = styles()
    senders = sorted({m.sender for m in messages})
    header = Fields((
        (translate("reports", "Case number"), source.case_number),
        (translate("reports", "Platform"), source.platform),
        (translate("reports", "URL"), source.url),
        (translate("reports", "Capture"), source.capture_id),
        (translate("reports", "Captured at"), format_time(source.captured_at, language)),
        (translate("reports", "Capture complete"), translate("reports", "yes") if source.complete else translate(
            "reports", "NO: older messages may be missing")),
        (translate("reports", "Participants"), enumerated(senders)),
        (translate("reports", "Messages"), str(len(messages))),
        *(((translate("reports", "Colours"), translate("reports", "Messages in blue were sent by the patrol "
                                                                 "(undercover) account.")),)
          if any(m.outgoing for m in messages) else ()),
        *((translate("reports", "SHA-256 of {name}").format(name=a.name), a.sha256) for a in source.artifacts),
    ), mono_labels=frozenset({translate("reports", "SHA-256 of {name}").format(name=a.name) for a in source.artifacts}))
    story: list[Flowable] = [Paragraph(markup(title), style["title"]), fields_table(header), Spacer(1, 4 * mm)]
    *printed, last = _message_flowables(messages, language)
    end = Paragraph(markup(translate("reports", "End of transcript: {messages}.").format(
        messages=messages_phrase(len(messages)))), style["small"])
    # the closing line on the page of the last message (seen: alone on a last page of its own)
    return [*story, *printed, KeepTogether([last, Spacer(1, 3 * mm), end])]


def _message_flowables(messages: Sequence[ChatMessage], language: str) -> Iterable[Flowable]:
    style = styles()
    day = ""
    for message in messages:
        if message.at is not None:
            this_day = format_date(message.at, language)
            if this_day != day:
                day = this_day
                yield Paragraph(f"── {markup(day)} ──", style["heading"])
        when = (f"{taipei(message.at):%H:%M:%S}" if message.at is not None else
                message.shown_time or translate("reports", "time not shown"))
        head = (f'<font size="8" color="#666666">{markup(when)}</font>  '
                f'<font color="#1a3a5c">{markup(message.sender)}</font>')
        name = "message-out" if message.outgoing else "message"
        if _fits_one_line(message, style[name]):
            yield Paragraph(f"{head}<br/>{markup(spaces_kept(message.text))}", style[name + "-1"])  # no CJK breaking
        else:
            yield from _message_lines(head, message, name)


def _message_lines(head: str, message: ChatMessage, name: str) -> Iterator[Flowable]:
    """A message that is longer than a line, of several lines or with attachments: the sender's line, then
    one paragraph a line. In one paragraph, reportlab's CJK breaking broke a line that ended at the width,
    then broke again at the next line break: an empty line the chat did not have. An empty line it had is
    kept."""
    style = styles()
    lines = (message.text.split("\n") if message.text else []) + [
        _attachment_text(a.label, a.artifact_id, a.sha256) for a in message.attachments]
    between = style[name + "-line"]  # no space after: the message's lines stay together
    yield para(head, style[name + "-head"] if lines else style[name])
    for number, line in enumerate(lines, start=1):
        yield para(markup(spaces_kept(line)) or "&nbsp;", style[name] if number == len(lines) else between)


_SPACE_RUN = re.compile(r"(?<= ) +|^ +", re.MULTILINE)
TAB_COLUMNS = 8  # a tab reaches the next column of 8 characters, as in a plain-text viewer


def spaces_kept(text: str) -> str:
    """``text`` with the spaces a paragraph would drop made no-break spaces: those that start a line, and all
    but the first of a run (the first still lets the line break there). Seen: a price list sent in a chat,
    「    方案甲    3000」, printed as 「方案甲 3000」, its columns gone, and "  x    y" as "x y". A tab, which a
    paragraph prints as one space, becomes the spaces to its column first."""
    return _SPACE_RUN.sub(lambda run: "\u00a0" * len(run.group(0)), text.expandtabs(TAB_COLUMNS))


def _fits_one_line(message: ChatMessage, style: ParagraphStyle) -> bool:
    """Most chat messages are short: when text and sender each fit on one line, CJK wrapping
    (character by character, in Python) has nothing to do, and the plain line breaker is exact. Not for a
    text with emoji or symbols, measured here in a face that lacks them and printed in another."""
    if message.attachments or "\n" in message.text or not in_text_face(message.text + message.sender):
        return False
    width = CONTENT_WIDTH - style.leftIndent - style.rightIndent - 2
    widest: float = max(stringWidth(message.text.expandtabs(TAB_COLUMNS), style.fontName, style.fontSize),
                        stringWidth(message.sender + " 00:00:00  ", style.fontName, style.fontSize))
    return bool(widest < width)


def _attachment_text(label: str, artifact_id: str, sha256: str) -> str:
    text = translate("reports", "[Attachment: {label}]").format(label=label)
    if artifact_id:
        text += " " + translate("reports", "artifact {id}").format(id=artifact_id)
    if sha256:
        text += f" SHA-256 {sha256}"
    return text


def messages_from_json(data: object) -> list[ChatMessage]:
    """Messages from a chat capture's JSON artifact: ``{"messages": [{"sender", "at", "text",
    "attachments": [{"label", "artifact_id", "sha256"}], "outgoing", "time_shown"}]}`` ("author"/"time"
    accepted too; ``time_shown`` is printed when there is no ISO ``at``). Returns [] when the document
    holds no message list."""
    from app.core.timeutil import parse_iso

    items = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    messages = []
    for item in items:
        if not isinstance(item, dict):
            continue
        when = item.get("at") or item.get("time")
        attachments = tuple(Attachment(str(a.get("label", "")), str(a.get("artifact_id", "")), str(a.get("sha256", "")))
                            for a in item.get("attachments", []) if isinstance(a, dict))
        messages.append(ChatMessage(str(item.get("sender") or item.get("author") or "?"),
                                    parse_iso(when) if isinstance(when, str) and when else None,
                                    str(item.get("text", "")), attachments, bool(item.get("outgoing", False)),
                                    str(item.get("time_shown") or "")))
    return messages


class NoChatMessages(UsageError):
    text = QT_TRANSLATE_NOOP("errors", "Capture {capture} holds no chat messages.")


def capture_transcript(dossier: CaseDossier, capture_id: str,
                       read: Callable[[str], bytes]) -> tuple[TranscriptSource, list[ChatMessage]]:
    """The transcript of one stored chat capture: its source (with every artifact's hash) and its
    messages, read from the capture's JSON artifact with ``read(artifact_id)``. The command line and
    the capture view both print through here."""
    capture = next((c for c in dossier.captures if c.id == capture_id), None)
    if capture is None:
        raise NotFound(what=translate("errors", "Capture"), ident=capture_id)
    messages: list[ChatMessage] = []
    for artifact in capture.artifacts:
        if artifact.kind == "json":
            messages = messages_from_json(json.loads(read(artifact.id)))
            if messages:
                break
    if not messages:
        raise NoChatMessages(capture=capture.id)
    source = TranscriptSource(dossier.number, capture.id, capture.site_name, capture.url, capture.started_at,
                              capture.complete, capture.artifacts, dossier.officer.name, dossier.officer.unit)
    return source, messages


def write_capture_transcript(target: Path | IO[bytes], dossier: CaseDossier, capture_id: str,
                             read: Callable[[str], bytes], generated_at: datetime, *, language: str = "zh_TW",
                             aliases: Mapping[str, str] | None = None) -> int:
    """Print one stored chat capture in full; returns the number of messages printed. A sender who is a
    sealed person of the case (the victim chatting under the account recorded for her), and a sealed person's
    value typed in a message (her name, written by the suspect), are printed by pseudonym without being asked;
    ``aliases`` the officer gives add to those and win over them."""
    source, messages = capture_transcript(dossier, capture_id, read)
    handles = dossier.sealed_handles
    written = [message.text for message in messages] + [a.label for message in messages for a in message.attachments]
    sealed = {**handles.found_in(written), **handles.aliases(message.sender for message in messages)}
    return write_transcript(target, source, messages, dossier.chain_head, generated_at, language=language,
                            aliases={**sealed, **(aliases or {})})

"""The page every NetPatrol PDF is printed on, and the paragraph styles.

Each page carries the case number, the document title, the date (ROC calendar in zh-TW documents),
"page x / y", the audit chain head (so a printed page can be matched to the vault state it came
from, DESIGN.md "the chain head is printed on every PDF and export") and the 偵查不公開 line. The
total page count is only known at the end, so the canvas keeps each page's state and draws the
header and footer when the document is saved (the usual reportlab two-pass-free recipe).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from itertools import groupby
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from app.core.i18n import current_language, translate
from app.core.timeutil import date_text, taipei, time_text
from app.reports.fonts import FALLBACK_FONTS, MONO_FONT, TEXT_FONT, characters, has_glyph, register_fonts

CTX = "reports"
ZH_TW = "zh_TW"
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 24 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


@dataclass(frozen=True)
class PageMeta:
    """What every page of one document shows around the content."""

    title: str
    case_number: str
    chain_head: str
    generated_at: datetime
    language: str = ZH_TW
    author: str = ""
    dated: str = ""  # the day(s) the document is about, where that is not the print date (the duty log)


def format_date(moment: datetime, language: str) -> str:
    """民國114年7月8日 in zh-TW documents, 2025-07-08 otherwise (always the Taipei calendar day)."""
    return date_text(taipei(moment).date(), language)


def format_time(moment: datetime, language: str) -> str:
    return time_text(moment, language)


def period_text(first: date, last: date, language: str) -> str:
    """A period of Taipei days, both ends included: 民國115年11月1日至民國115年11月29日 in zh-TW."""
    return translate("reports", "{first} to {last}").format(first=date_text(first, language),
                                                            last=date_text(last, language))


def markup(text: str) -> str:
    """Plain text as Paragraph markup (in the paragraph's face, the text face): escaped, line breaks kept."""
    return _in_faces(text, TEXT_FONT).replace("\n", "<br/>")


def mono(text: str) -> str:
    """Plain text in the fixed-width face (hashes, URLs, ids), line breaks kept as ``markup`` keeps them."""
    return _in_faces(text, MONO_FONT).replace("\n", "<br/>")


# Invisible in any rendering (emoji presentation selectors, the joiner of emoji sequences): printed as nothing,
# rather than as the code-point mark below. The stored text keeps them; this is the printout.
_INVISIBLE = frozenset("\ufe0e\ufe0f\u200d")


def _in_faces(text: str, face: str) -> str:
    """``text`` as markup in ``face``, each character no face of ours draws shown as its code point.

    Seen: an account named 小明 printed as 「□□」 in an evidence list, DejaVu Sans Mono having no Chinese;
    the text face has no ♥ or emoji. Each run of characters goes to the first face that draws them
    (``face``, the other of text and mono, then Symbola, then the Korean face); a character none draws (an
    emoji newer than Symbola's Unicode 9, Thai, which needs a shaper to stack its marks) prints as [U+1F970],
    which says exactly what was there."""
    if face == TEXT_FONT and in_text_face(text):
        return escape(text)  # the usual case, at the cost of one set test
    if face == MONO_FONT and _draws(MONO_FONT).issuperset(text):
        return f'<font name="{MONO_FONT}">{escape(text)}</font>'  # a hash, an id, an ASCII address
    faces = (face, MONO_FONT if face == TEXT_FONT else TEXT_FONT, *FALLBACK_FONTS)
    runs: list[str] = []
    for drawn_in, chars in groupby((c for c in text if c not in _INVISIBLE), key=lambda c: _face_for(c, faces)):
        run = "".join(chars)
        if drawn_in is None:
            marks = " ".join(f"[U+{ord(char):04X}]" for char in run)
            runs.append(f'<font name="{MONO_FONT}" color="#666666">{marks}</font>')
        elif drawn_in == TEXT_FONT == face:
            runs.append(escape(run))  # the paragraph's own face
        else:
            runs.append(f'<font name="{drawn_in}">{escape(run)}</font>')
    return "".join(runs)


def in_text_face(text: str) -> bool:
    """Whether the text face draws all of ``text`` (no symbol, emoji or code point mark among it): a
    set test, as every message of a transcript asks it."""
    return _draws(TEXT_FONT).issuperset(text)


@cache
def _draws(face: str) -> frozenset[str]:
    """What a text set in ``face`` may hold without a run in another face: its characters, and spaces."""
    return characters(face) | _SPACES


# Line breaks and plain spaces, which reportlab lays out rather than draws; any other space (U+3000,
# no-break) is a character like the rest, drawn by a face that has it.
_SPACES = frozenset(" \t\r\n")


def _face_for(char: str, faces: tuple[str, ...]) -> str | None:
    if char in _SPACES:
        return faces[0]
    return next((face for face in faces if has_glyph(face, char)), None)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles; wordWrap="CJK" so Chinese (and long URLs) break between any characters."""
    register_fonts()
    body = ParagraphStyle("np-body", fontName=TEXT_FONT, fontSize=10.5, leading=15, wordWrap="CJK")
    message = ParagraphStyle("np-message", parent=body, fontSize=9.5, leading=13.5, leftIndent=4 * mm, spaceAfter=1.2 * mm)
    outgoing = ParagraphStyle("np-message-out", parent=message, textColor=colors.HexColor("#1d4f91"))
    heading = ParagraphStyle("np-heading", parent=body, fontSize=12.5, leading=18, spaceBefore=4 * mm,
                             spaceAfter=1.5 * mm, textColor=colors.HexColor("#1a3a5c"), keepWithNext=1)
    return {
        "body": body,
        "message": message,
        "message-out": outgoing,
        # the same without CJK line breaking, for messages known to fit on one line (transcript.py)
        "message-1": ParagraphStyle("np-message-1", parent=message, wordWrap=None),
        "message-out-1": ParagraphStyle("np-message-out-1", parent=outgoing, wordWrap=None),
        # a line of a message printed one paragraph a line, but its last (transcript.py)
        "message-line": ParagraphStyle("np-message-line", parent=message, spaceAfter=0),
        "message-out-line": ParagraphStyle("np-message-out-line", parent=outgoing, spaceAfter=0),
        # a message's sender line, kept on the page of the message's first line
        "message-head": ParagraphStyle("np-message-head", parent=message, spaceAfter=0, keepWithNext=1),
        "message-out-head": ParagraphStyle("np-message-out-head", parent=outgoing, spaceAfter=0, keepWithNext=1),
        "title": ParagraphStyle("np-title", parent=body, fontSize=17, leading=24, alignment=TA_CENTER,
                                spaceAfter=4 * mm),
        "heading": heading,
        # over a table that may run over pages: story() keeps room for its first rows instead
        "heading-loose": ParagraphStyle("np-heading-loose", parent=heading, keepWithNext=0),
        "small": ParagraphStyle("np-small", parent=body, fontSize=8.5, leading=11.5),
        # a label and a whole hash on one line (they fit): CJK line breaking weighs every character
        "small-1": ParagraphStyle("np-small-1", parent=body, fontSize=8.5, leading=11.5, wordWrap=None),
        "cell": ParagraphStyle("np-cell", parent=body, fontSize=9, leading=12.5),
        # an id as recorded (report-social-authority), too long for a narrow column: broken at its own
        # hyphens, not at any letter. Not for URLs: with embedded hyphenation reportlab stops cutting a
        # word longer than the line, and a URL ran over its cell.
        "cell-id": ParagraphStyle("np-cell-id", parent=body, fontSize=9, leading=12.5, wordWrap=None,
                                  embeddedHyphenation=1),
        "label": ParagraphStyle("np-label", parent=body, fontSize=9.5, leading=13,
                                textColor=colors.HexColor("#333333")),
    }


# Han, kana, hangul, CJK punctuation and full-width forms: a line holding any of them is set as Chinese.
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of markup, wrapped as its language wraps (see ``wrapping``)."""
    return Paragraph(text, wrapping(style, text))


def wrapping(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """``style`` with the line breaking ``text`` needs. Chinese breaks between any two characters (CJK
    wrapping), but the same rule broke English at any letter: seen, "done automat|ically", "Patrol
    start|ed", and ids such as "document.generate|d" in both languages. So an English document, and in a
    Chinese one a line with no Chinese in it (an id, a URL, a name in Latin letters), breaks between
    words; a word longer than the line (a URL, a hash) is still cut, at the line's end."""
    if style.wordWrap != "CJK" or (current_language() == ZH_TW and _CJK.search(text)):
        return style
    latin = _LATIN.get(style.name)
    if latin is None:
        latin = _LATIN[style.name] = ParagraphStyle(f"{style.name}-latin", parent=style, wordWrap=None)
    return latin


_LATIN: dict[str, ParagraphStyle] = {}


def _page_canvas(meta: PageMeta) -> type[Canvas]:
    """A canvas class that draws header and footer once the page count is known."""

    class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_frame(self, meta, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def _draw_frame(canvas: Canvas, meta: PageMeta, number: int, total: int) -> None:
    grey = colors.HexColor("#555555")
    canvas.saveState()
    canvas.setFillColor(grey)
    canvas.setStrokeColor(colors.HexColor("#999999"))
    top = PAGE_HEIGHT - 12 * mm
    canvas.setFont(TEXT_FONT, 8.5)
    _draw_header(canvas, meta, top)
    canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)

    bottom = 9 * mm
    canvas.line(MARGIN_X, bottom + 10 * mm, PAGE_WIDTH - MARGIN_X, bottom + 10 * mm)
    canvas.setFillColor(colors.HexColor("#8b0000"))
    canvas.setFont(TEXT_FONT, 8.5)
    canvas.drawString(MARGIN_X, bottom + 6 * mm, translate(
        "reports", "Investigation not public (偵查不公開): never disclose a victim's, minor's, "
             "reporter's or informant's identity."))
    canvas.setFillColor(grey)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom + 1.5 * mm,
                           translate("reports", "Page {page} / {total}").format(page=number, total=total))
    canvas.drawString(MARGIN_X, bottom + 1.5 * mm, translate("reports", "Audit chain head:"))
    label_width = canvas.stringWidth(translate("reports", "Audit chain head:"), TEXT_FONT, 8.5)
    canvas.setFont(MONO_FONT, 6.5)
    canvas.drawString(MARGIN_X + label_width + 1.5 * mm, bottom + 1.5 * mm, meta.chain_head)
    canvas.restoreState()


HEADER_GAP = 6 * mm  # between the centred title and what stands left and right of it
HEADER_TITLE_MIN = 60 * mm  # a title squeezed narrower than this moves the case number up a line


def _draw_header(canvas: Canvas, meta: PageMeta, top: float) -> None:
    """Case number left, title centred, date right, measured so that none runs into another (seen: a
    30-character case number printed over the title). A case number too long to leave the title room
    goes on a line of its own above; a title still too wide is shortened with an ellipsis."""
    case = translate("reports", "Case {number}").format(number=meta.case_number) if meta.case_number else ""
    date_line = meta.dated or format_date(meta.generated_at, meta.language)
    case_width, date_width = (canvas.stringWidth(text, TEXT_FONT, 8.5) for text in (case, date_line))
    room = CONTENT_WIDTH - 2 * max(case_width, date_width) - 2 * HEADER_GAP
    if room < HEADER_TITLE_MIN:
        canvas.drawString(MARGIN_X, top + 3.6 * mm, case)
        room = CONTENT_WIDTH - 2 * date_width - 2 * HEADER_GAP
    elif case:  # the patrol duty log belongs to no case
        canvas.drawString(MARGIN_X, top, case)
    canvas.drawCentredString(PAGE_WIDTH / 2, top, _fit_width(canvas, meta.title, room))
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, date_line)


def _fit_width(canvas: Canvas, text: str, width: float) -> str:
    """``text`` shortened with an ellipsis to ``width`` points in the header's face."""
    if canvas.stringWidth(text, TEXT_FONT, 8.5) <= width:
        return text
    while text and canvas.stringWidth(text + "…", TEXT_FONT, 8.5) > width:
        text = text[:-1]
    return text + "…"


def build_pdf(target: Path | IO[bytes], meta: PageMeta, story: Sequence[Flowable]) -> None:
    """Lay out ``story`` on NetPatrol pages and write the PDF to ``target`` (a path or binary file)."""
    register_fonts()
    out = str(target) if isinstance(target, Path) else target
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM, title=meta.title, author=meta.author,
                          subject=meta.case_number, creator="NetPatrol", invariant=0)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="content",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="np", frames=[frame])])
    doc.build(_without_trailing_space(story), canvasmaker=_page_canvas(meta))


def _without_trailing_space(story: Sequence[Flowable]) -> list[Flowable]:
    """The story without the spacing after its last block: a spacer that did not fit under a full page
    made a last page of nothing but its header and footer ("Page 2 / 2")."""
    flowables = list(story)
    while flowables and isinstance(flowables[-1], Spacer):
        flowables.pop()
    return flowables

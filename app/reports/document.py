"""A document as structured blocks, rendered two ways from the same content: a PDF on NetPatrol pages
and plain text (for an e-mail body, the clipboard, or a mailto: draft).

Keeping one structure for both means the e-mail an officer sends says exactly what the printed
copy says; nothing is typed twice.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core.i18n import in_language, labelled, translate
from app.reports.base import CONTENT_WIDTH, PageMeta, build_pdf, format_date, markup, mono, para, styles
from app.reports.model import Agency

SHORT_TABLE_ROWS = 3  # a table of at most this many rows (and its header) is never split over pages
SHORT_FIELDS = 6  # nor a block of at most this many fields: 製表人 at the foot of a page, 單位主管 alone on the next
GRID_PART_ROWS = 100  # entries per table of a long grid (see _grid_tables)
LONG_TABLE_START = 45 * mm  # room for a heading, a table's header and its first rows
BLANK = "＿" * 12  # printed where the administrator or officer still has to fill something in
ROW_SPLIT_MIN = 3 * 12.5  # a row split over pages leaves at least three lines of a cell on each side


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Fields:
    """Label / value pairs; an empty value prints as a line to fill in by hand."""

    rows: tuple[tuple[str, str], ...]
    mono_labels: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Grid:
    """A table. ``widths`` are fractions of the text width; ``wide`` rows hold one value spanning
    all columns below the row they follow (used for 64-character hashes that must stay whole)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    mono_columns: frozenset[int] = frozenset()
    wide: tuple[tuple[str, str], ...] = ()  # (label, fixed-width value) below each row
    # Columns of ids put in words: each value's last line is the id as recorded (fixed-width face), any
    # lines above it the words people read it by (an action's name, a step's title).
    labelled_columns: frozenset[int] = frozenset()


Block = Heading | Para | Fields | Grid


@dataclass(frozen=True)
class Document:
    kind: str
    title: str
    case_number: str
    chain_head: str
    generated_at: datetime
    language: str
    blocks: tuple[Block, ...]
    recipient: Agency | None = None
    subject: str = ""
    author: str = ""
    # The day(s) the document is about, where that is not the day it was printed: the duty log's duty day
    # or its patrol's span (seen: 「日期：民國115年11月30日」, the print date, on the log of 11/28).
    dated: str = ""

    @property
    def page_meta(self) -> PageMeta:
        return PageMeta(self.title, self.case_number, self.chain_head, self.generated_at, self.language,
                        self.author, self.dated)


# -- PDF -------------------------------------------------------------------------------------------
def write_pdf(document: Document, target: Path | IO[bytes]) -> None:
    with in_language(document.language):  # page headers and labels in the document's language
        build_pdf(target, document.page_meta, story(document))


def pdf_bytes(document: Document) -> bytes:
    buffer = io.BytesIO()
    write_pdf(document, buffer)
    return buffer.getvalue()


def story(document: Document) -> list[Flowable]:
    style = styles()
    flowables: list[Flowable] = [para(markup(document.title), style["title"])]
    if document.recipient is not None:
        flowables.append(para(markup(translate("reports", "To: {agency}").format(
            agency=_agency_line(document.recipient))), style["body"]))
    flowables.append(para(markup(_reference(document)), style["body"]))
    flowables.append(Spacer(1, 2 * mm))
    blocks = document.blocks
    ending = _ending_start(blocks) or len(blocks)
    for index, block in enumerate(blocks[:ending]):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Heading) and isinstance(following, Grid) and _is_long(following):
            flowables.extend(_heading_over_long_table(block))
        elif index == ending - 1 and ending < len(blocks):
            flowables.extend(_kept_with_ending(block, blocks[ending:]))
        else:
            flowables.extend(_flowables(block))
    return _headings_kept_with_blocks(flowables)


TAIL_ROWS = 2  # the rows of a long table that stay on the page of the sign-off under it


def _ending_start(blocks: tuple[Block, ...]) -> int:
    """Where a document's ending starts: its sign-off (a heading and its fields: "Prepared by", 「承辦
    單位」), or its last fields (製表人 / 單位主管) or closing statement. The whole document when it is
    nothing else."""
    if len(blocks) >= 3 and isinstance(blocks[-1], Fields) and isinstance(blocks[-2], Heading):
        return len(blocks) - 2
    return len(blocks) - 1 if len(blocks) >= 2 and isinstance(blocks[-1], (Fields, Para)) else 0


def _kept_with_ending(block: Block, ending: tuple[Block, ...]) -> list[Flowable]:
    """``block`` with the ending kept on the page of its end: the ending never stands alone on a page
    (seen: a page 2 holding only "Prepared by" and its fields; an evidence list's last page holding only
    its closing statement). A long table keeps its last rows with the ending; anything else comes whole."""
    closing: list[Flowable] = [f for b in ending for f in _flowables(b)]
    while closing and isinstance(closing[-1], Spacer):  # its spacing would have to fit on the page too
        closing.pop()
    if isinstance(block, Grid) and _is_long(block) and len(block.rows) > TAIL_ROWS:
        last = len(block.rows) - TAIL_ROWS
        body = [_grid_part(block, first, min(first + GRID_PART_ROWS, last))
                for first in range(0, last, GRID_PART_ROWS)]
        tail = _grid_part(block, last, len(block.rows), header=False)
        headed = _grid_part(block, last, len(block.rows))
        return [*body, _TailKeptWithEnding(_flat([tail, Spacer(1, 2 * mm), *closing]),
                                           _flat([headed, Spacer(1, 2 * mm), *closing]))]
    laid_out = [f for f in _flowables(block) if not isinstance(f, Spacer)]
    *before, end = laid_out
    return [*before, KeepTogether(_flat([end, Spacer(1, 2 * mm), *closing]))]


class _TailKeptWithEnding(KeepTogether):  # type: ignore[misc]  # reportlab ships no type hints
    """A long table's last rows kept together with the ending under them: printed as the table's
    continuation (no header) where they follow its body on the same page, and under the table's header row
    where they start a page. Seen: the last rows and "Prepared by" moved to a new page, the rows under no
    header (every page of a table shows its header; reportlab repeats it only within one table)."""

    def __init__(self, continued: list[Flowable], headed: list[Flowable]) -> None:
        super().__init__(continued)
        self._headed = headed

    def split(self, aW: float, aH: float) -> list[Flowable]:  # reportlab's names
        parts: list[Flowable] = super().split(aW, aH)
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and bool(getattr(frame, "_atTop", False))
        moved = len(parts) > len(self._content)  # a frame break (or an empty action) put ahead: a new page
        if not (moved or at_top):
            return parts
        return [*parts[:len(parts) - len(self._content)], *self._headed]


def _flat(flowables: list[Flowable]) -> list[Flowable]:
    """The flowables with any KeepTogether opened up, to go into one: reportlab measures a KeepTogether
    as endlessly tall, so one inside another always went to a new page."""
    return [inner for f in flowables for inner in (_flat(f._content) if isinstance(f, KeepTogether) else [f])]


def _headings_kept_with_blocks(flowables: list[Flowable]) -> list[Flowable]:
    """A heading goes into the KeepTogether of the short block under it. reportlab's ``keepWithNext`` holds
    a heading to the next flowable unless that one is itself a KeepTogether: seen, 「五、承辦單位」 alone at
    the foot of a page and its fields on the next."""
    kept: list[Flowable] = []
    for flowable in flowables:
        heading = kept[-1] if kept else None
        if isinstance(flowable, KeepTogether) and heading is not None and heading.getKeepWithNext():
            kept[-1] = KeepTogether([heading, *flowable._content])
        else:
            kept.append(flowable)
    return kept


def _reference(document: Document) -> str:
    """The line under the title: the case number and the date, or the date alone for a document that
    belongs to no case (the patrol duty log)."""
    day = format_date(document.generated_at, document.language)
    if document.dated:
        return translate("reports", "Duty date: {date}    Printed on: {printed}").format(date=document.dated,
                                                                                       printed=day)
    if not document.case_number:
        return translate("reports", "Date: {date}").format(date=day)
    return translate("reports", "Case number: {number}    Date: {date}").format(number=document.case_number, date=day)


def _is_long(grid: Grid) -> bool:
    """A table that may run over pages; a short one is kept on one page."""
    return len(grid.rows) > SHORT_TABLE_ROWS


def _heading_over_long_table(heading: Heading) -> list[Flowable]:
    """The heading stays with the table's first rows, and the table starts under it. Kept together with
    the whole table (``keepWithNext``), it went to the next page whenever the table was longer than the
    room left: the evidence list of a case with 121 captures had a blank first page."""
    return [CondPageBreak(LONG_TABLE_START), para(markup(heading.text), styles()["heading-loose"])]


def _flowables(block: Block) -> list[Flowable]:
    style = styles()
    if isinstance(block, Heading):
        return [para(markup(block.text), style["heading"])]
    if isinstance(block, Para):
        return [*_as_list(_paragraphs([markup(line) for line in block.text.split("\n")], style["body"])),
                Spacer(1, 1.5 * mm)]  # an officer's reason of several lines, the domains asked to be blocked
    if isinstance(block, Fields):
        table = fields_table(block)  # a few fields (a signature block) move to the next page whole
        return [KeepTogether([table]) if len(block.rows) <= SHORT_FIELDS else table, Spacer(1, 2 * mm)]
    return [*_grid_tables(block), Spacer(1, 2 * mm)]


def fields_table(block: Fields) -> Table:
    style = styles()
    rows = [[para(markup(label), style["label"]),
             para(f'<font size="8">{mono(value)}</font>', style["cell"]) if label in block.mono_labels and value
             else _paragraphs([markup(line) for line in (value or BLANK).split("\n")], style["cell"])]
            for label, value in block.rows]
    table = _Table(rows, colWidths=[0.27 * CONTENT_WIDTH, 0.73 * CONTENT_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b4")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def _grid_tables(block: Grid) -> list[Flowable]:
    """The grid as tables of at most ``GRID_PART_ROWS`` entries, each with the header (repeated on every
    page it runs over). One table of thousands of rows costs reportlab time that grows with the square of
    its length (each page break measures all the rows left again): the printed audit log of 5,000
    entries took 103 s as one table."""
    if not block.rows:
        return [para(markup(translate("reports", "(none)")), styles()["body"])]
    parts = range(0, len(block.rows), GRID_PART_ROWS)
    tables = [_grid_part(block, first, first + GRID_PART_ROWS) for first in parts]
    return tables if _is_long(block) else [KeepTogether(tables)]


def _grid_part(block: Grid, first: int, end: int, *, header: bool = True) -> Table:
    """Rows ``first`` to ``end`` of the grid as a table, under its header row unless ``header`` is False
    (the last rows of a table, continued under its body: see ``_kept_with_ending``)."""
    style = styles()
    rows: list[list[Flowable | str]] = [[para(markup(text), style["label"]) for text in block.headers]] if header \
        else []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ee"))] if header else []),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b4")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in range(first, min(end, len(block.rows))):
        values = block.rows[index]
        rows.append([_cell(block, column, value, style["cell"]) for column, value in enumerate(values)])
        if block.wide and block.wide[index][1]:
            label, value = block.wide[index]
            rows.append([para(f"{markup(label)} {mono(value)}", style["small-1"])] + [""] * (len(values) - 1))
            line = len(rows) - 1
            commands.append(("SPAN", (0, line), (-1, line)))
            commands.append(("BACKGROUND", (0, line), (-1, line), colors.HexColor("#f6f6f6")))
    table = _Table(rows, colWidths=[w * CONTENT_WIDTH for w in block.widths], repeatRows=1 if header else 0,
                  hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


class _Table(Table):  # type: ignore[misc]  # reportlab ships no type hints
    """A table whose first row is taller than a whole page is split inside the row, over pages. A table row
    does not break in reportlab: seen, the transcript of a group chat with 300 senders stopped with a
    LayoutError ("too large on page 2"), its one-cell Participants row taller than a page, and so did the
    evidence list of a capture whose address was 6,000 characters long; nothing was printed. A row that fits
    on a page still moves to the next page whole, as before."""

    def split(self, aW: float, aH: float) -> list[Flowable]:  # reportlab's names
        parts: list[Flowable] = super().split(aW, aH)
        frame = getattr(self, "_frame", None)
        splitting_in_rows: float = getattr(self, "splitInRow", 0)
        if parts or splitting_in_rows or frame is None or self._first_rows_height() <= frame._aH:
            return parts  # split between rows, or moved whole to the next page, where it fits
        self.splitInRow = ROW_SPLIT_MIN
        try:
            parts = super().split(aW, aH)
        finally:
            self.splitInRow = 0
        for part in parts:  # the rest of the table splits between rows again, as any table
            if isinstance(part, Table):
                part.splitInRow = 0
        return parts

    def _first_rows_height(self) -> float:
        """The height of the header rows and the first row under them (measured by ``split``)."""
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        return float(sum(self._rowHeights[:header + 1]))


def _cell(block: Grid, column: int, value: str, style: ParagraphStyle) -> Paragraph | list[Flowable]:
    """A cell's text; one paragraph a line where it has several (a field's value too). Seen: a line break
    in one paragraph (``<br/>``) after a line that wrapped to the cell's exact width left an empty line
    under it (reportlab's CJK wrapping breaks the full line, then the break again)."""
    if column in block.labelled_columns:
        *words, recorded = value.split("\n")
        # the id a size smaller, as a hash is: "document.generated" whole in the audit log's action column
        return [*(para(markup(line) or "&nbsp;", style) for line in words),
                para(f'<font size="8">{mono(recorded)}</font>', styles()["cell-id"])]
    face = mono if column in block.mono_columns else markup
    return _paragraphs([face(line) for line in value.split("\n")], style)


def _as_list(laid_out: Paragraph | list[Flowable]) -> list[Flowable]:
    return laid_out if isinstance(laid_out, list) else [laid_out]


def _paragraphs(lines: list[str], style: ParagraphStyle) -> Paragraph | list[Flowable]:
    """Lines of markup, one paragraph each (see ``_cell``); an empty line keeps its height."""
    if len(lines) == 1:
        return para(lines[0], style)
    return [para(line or "&nbsp;", style) for line in lines]


def _agency_line(agency: Agency) -> str:
    return " ".join(part for part in (agency.name, agency.unit) if part)


# -- plain text ----------------------------------------------------------------------------------
def to_text(document: Document) -> str:
    """The document as plain text (e-mail body, clipboard): same content, same order as the PDF."""
    with in_language(document.language):
        return _text(document)


def _text(document: Document) -> str:
    lines = [document.title, "=" * 20]
    if document.recipient is not None:
        lines.append(translate("reports", "To: {agency}").format(agency=_agency_line(document.recipient)))
    lines.append(_reference(document))
    for block in document.blocks:
        lines.append("")
        lines.extend(_text_lines(block))
    lines += ["", "--", translate("reports", "Audit chain head: {head}").format(head=document.chain_head),
              translate("reports", "Investigation not public (偵查不公開): never disclose a victim's, minor's, "
                             "reporter's or informant's identity.")]
    return "\n".join(lines) + "\n"


def _text_value(block: Grid, column: int, value: str) -> str:
    """A cell on the entry's one line: an id put in words as 「words (id)」, other lines joined by a space
    (seen: 「動作: 產製文件」, then 「document.generated | 對象: …」 on the next line)."""
    if column in block.labelled_columns and "\n" in value:
        *words, recorded = value.split("\n")
        return translate("reports", "{words} ({recorded})").format(words=" ".join(words), recorded=recorded)
    return " ".join(value.split("\n"))


def _text_lines(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"【{block.text}】"]
    if isinstance(block, Para):
        return [block.text]
    if isinstance(block, Fields):  # a value's further lines indented under it, not read as fields of their own
        return [labelled(label, value or BLANK).replace("\n", "\n    ") for label, value in block.rows]
    if not block.rows:
        return [translate("reports", "(none)")]
    lines: list[str] = []
    for index, values in enumerate(block.rows):
        pairs = [labelled(header, _text_value(block, column, value))
                 for column, (header, value) in enumerate(zip(block.headers, values, strict=True)) if value]
        lines.append(f"{index + 1}. " + translate("reports", " | ").join(pairs))
        if block.wide and block.wide[index][1]:
            lines.append("   {} {}".format(*block.wide[index]))
    return lines

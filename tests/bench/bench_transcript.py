"""Benchmark: a 5,000-message chat transcript to PDF.

    .venv/bin/python -m tests.bench.bench_transcript

Reference, measured in the same run: the same 5,000 messages as plain reportlab paragraphs in a
SimpleDocTemplate (same fonts, same CJK wrapping) without our page template (no header/footer,
no deferred page numbering, no header table). The ratio is the cost of our template. DESIGN.md
noted 1.6 s for 5,000 short messages on this kind of machine.
"""

from __future__ import annotations

import io
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.core.sealed_marks import SealedHandles, marks_of
from app.reports.base import markup, styles
from app.reports.fonts import register_fonts
from app.reports.model import ChatMessage
from app.reports.transcript import TranscriptSource, write_transcript

COUNT = 5_000
RUNS = 3
T0 = datetime(2025, 7, 8, 2, 0, tzinfo=UTC)
TEXTS = ("你好，請問還有在接嗎？", "有，日領五千，要先傳照片（測試文字）", "好", "OK see you at 8",
         "這是一則比較長的合成測試訊息，用來確認中文換行在表格外也正確，沒有被截斷或超出頁面邊界。")


def messages() -> list[ChatMessage]:
    return [ChatMessage("@seller_0712" if i % 2 else "@buyer_test", T0 + timedelta(minutes=3 * i), TEXTS[i % len(TEXTS)],
                        outgoing=bool(i % 2)) for i in range(COUNT)]


def ours(chat: list[ChatMessage]) -> bytes:
    buffer = io.BytesIO()
    source = TranscriptSource("NP-114-0007", "K000000001", "Messenger", "https://chat.example.test/t/1", T0, True)
    write_transcript(buffer, source, chat, "42:" + "ab" * 32, T0)
    return buffer.getvalue()


def varied_messages() -> list[ChatMessage]:
    """5,000 messages none of which repeats another (the looking-for of sealed values is cached per piece, so the
    repeating bench chat would cost it nothing): 8 to 40 characters drawn from common Chinese ones, some digits."""
    chooser = random.Random(7)
    common = ("的一是不了人我在有他這中大來上個國到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可她裡後"
              "小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長")
    return [ChatMessage("@seller_0712" if i % 2 else "@buyer_test", T0 + timedelta(minutes=3 * i),
                        "".join(chooser.choice(common) for _ in range(chooser.randint(8, 40))) + f" {i}",
                        outgoing=bool(i % 2)) for i in range(COUNT)]


def sealed_marks() -> SealedHandles:
    """A case with two sealed people (a name, a phone number, an account and an ID number each), none of whose
    values the bench chat contains: every piece is looked for and nothing is replaced, the usual case."""
    key = bytes(range(32))
    values = {"被害人1": ("林測試", "0912-000-111", "victim_test_01", "A200000001"),
              "報告人A": ("陳測試", "0922-000-222", "reporter_test", "B100000002")}
    return SealedHandles(key, {mark: name for name, vals in values.items() for mark in marks_of(key, vals)})


def ours_sealed(chat: list[ChatMessage]) -> bytes:
    """As ``ours``, with the sealed people's values looked for in what was typed first (as write_capture_transcript
    does for a case with sealed people)."""
    handles = sealed_marks()
    aliases = {**handles.found_in(m.text for m in chat), **handles.aliases(m.sender for m in chat)}
    buffer = io.BytesIO()
    source = TranscriptSource("NP-114-0007", "K000000001", "Messenger", "https://chat.example.test/t/1", T0, True)
    write_transcript(buffer, source, chat, "42:" + "ab" * 32, T0, aliases=aliases)
    return buffer.getvalue()


def reference(chat: list[ChatMessage]) -> bytes:
    buffer = io.BytesIO()
    style = styles()["message"]
    story = [Paragraph(f"{m.at:%H:%M:%S} {markup(m.sender)}<br/>{markup(m.text)}", style) for m in chat]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def timed(build: Callable[[list[ChatMessage]], bytes], chat: list[ChatMessage]) -> tuple[float, float, bytes]:
    """Median wall time and median CPU time of this process (CPU time is what a busy shared machine
    distorts least; the wall time is what an officer waits)."""
    walls, cpus, data = [], [], b""
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        data = build(chat)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), data


def main() -> None:
    register_fonts()  # font parsing (a 21 MB collection) is paid once per process, not per document
    chat = messages()
    ours(chat[:10])  # warm caches for both
    ours_wall, ours_cpu, ours_pdf = timed(ours, chat)
    ref_wall, ref_cpu, ref_pdf = timed(reference, chat)
    print(f"transcript, {COUNT} messages: {ours_wall:.2f} s wall, {ours_cpu:.2f} s CPU, "
          f"{len(PdfReader(io.BytesIO(ours_pdf)).pages)} pages, {len(ours_pdf) / 1e6:.1f} MB (median of {RUNS})")
    print(f"reference (plain SimpleDocTemplate, CJK wrap on every paragraph): {ref_wall:.2f} s wall, "
          f"{ref_cpu:.2f} s CPU, {len(PdfReader(io.BytesIO(ref_pdf)).pages)} pages")
    print(f"ratio ours / reference: {ours_wall / ref_wall:.2f} wall, {ours_cpu / ref_cpu:.2f} CPU")
    varied = varied_messages()
    plain_wall, plain_cpu, _pdf = timed(ours, varied)
    sealed_wall, sealed_cpu, _pdf = timed(ours_sealed, varied)
    print(f"{COUNT} messages that never repeat: {plain_wall:.2f} s wall; with two sealed people's values looked for in "
          f"every message {sealed_wall:.2f} s wall, {sealed_cpu:.2f} s CPU; ratio {sealed_wall / plain_wall:.2f} wall, "
          f"{sealed_cpu / plain_cpu:.2f} CPU")


if __name__ == "__main__":
    main()

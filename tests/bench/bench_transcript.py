"""Benchmark: a 5,000-message chat transcript to PDF.

    .venv/bin/python -m tests.bench.bench_transcript

Reference, measured in the same run: the same 5,000 messages as plain reportlab paragraphs in a
SimpleDocTemplate (same fonts, same CJK wrapping) without our page template (no header/footer,
no deferred page numbering, no header table). The ratio is the cost of our template. DESIGN.md
noted 1.6 s for 5,000 short messages on this kind of machine.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

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


if __name__ == "__main__":
    main()

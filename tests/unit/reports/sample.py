"""A synthetic case for document tests: invented accounts, example.test URLs, no real data."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.checklist.engine import evaluate
from app.checklist.events import EvidenceStatus, StepAction, StepEvent
from app.checklist.procedure import load_procedure
from app.core.models import Role
from app.reports.model import (
    ArtifactRef,
    Attachment,
    CaptureRef,
    CaseClock,
    CaseDossier,
    ChatMessage,
    CustodyEntry,
    IdentifierRef,
    Officer,
    PersonRef,
    StepEntry,
)

T0 = datetime(2025, 7, 8, 2, 5, tzinfo=UTC)  # 民國114年7月8日 10:05 in Taipei
HEAD = "42:" + "ab" * 32


def artifact(ident: str, kind: str, name: str, fill: str) -> ArtifactRef:
    return ArtifactRef(ident, kind, name, "application/octet-stream", 123_456, fill * 64, T0)


def dossier(captures: int = 2, custody: int = 6, with_recheck: bool = True) -> CaseDossier:
    caps = [
        CaptureRef(f"K00000000{i}", "page", f"https://social.example.test/p/{1000 + i}?ref=share&lang=zh-TW",
                   f"https://social.example.test/p/{1000 + i}", f"貼文 {i}", T0 + timedelta(minutes=i),
                   T0 + timedelta(minutes=i, seconds=30), True,
                   (artifact(f"A00000000{i}", "png", f"capture-{i}.png", "0123456789abcdef"[i % 16]),
                    artifact(f"A10000000{i}", "mhtml", f"capture-{i}.mhtml", "fedcba9876543210"[i % 16])),
                   platform="Threads")
        for i in range(1, captures + 1)
    ]
    if with_recheck:
        caps.append(CaptureRef("KR00000001", "recheck", caps[0].url, caps[0].final_url, "", T0 + timedelta(days=1),
                               T0 + timedelta(days=1, seconds=5), True,
                               (artifact("AR00000001", "png", "recheck.png", "c"),),
                               metadata={"classification": "online", "status": 200}))
    return CaseDossier(
        case_id="C0000000001", number="NP-114-0007", title="Threads 貼文疑似媒介未成年性交易", platforms=("Threads",),
        status="open", created_at=T0, officer=Officer("警員測試甲", "測試分局偵查隊", "02-0000-0000", "officer@example.test"),
        people=(PersonRef(Role.VICTIM, "被害人1"), PersonRef(Role.REPORTER, "報告人A"),
                PersonRef(Role.SUSPECT, "犯嫌1")),
        captures=tuple(caps),
        identifiers=(IdentifierRef("account", "@seller_0712", caps[0].id), IdentifierRef("poster_ip", "203.0.113.9", caps[0].id),
                     IdentifierRef("image_url", "https://cdn.example.test/img/9f3.jpg", caps[0].id)),
        custody=tuple(CustodyEntry(i, T0 + timedelta(minutes=i), "警員測試甲", "WS-01", "artifact.add", f"A{i:010d}",
                                   f"{i:064x}") for i in range(1, custody + 1)),
        steps=(StepEntry("report_social_authority", "done", T0 + timedelta(hours=1), "警員測試甲"),),
        chain_head=HEAD, generated_at=T0 + timedelta(days=2),
    )


PROCEDURE_FILE = Path(__file__).resolve().parents[3] / "resources" / "procedures" / "taipei-2025-07-08.json"


def with_clocks(case: CaseDossier, ticks: dict[str, tuple[datetime, dict[str, object]]]) -> CaseDossier:
    """``case`` with the clocks the procedure in force computes from these step ticks (step id → when it
    happened, the data recorded with it), as ``vault.dossier`` gives them to the documents."""
    events = [StepEvent(number, case.case_id, step, StepAction.DONE, at, at, "警員測試甲", "", dict(data))
              for number, (step, (at, data)) in enumerate(ticks.items(), start=1)]
    view = evaluate(load_procedure(PROCEDURE_FILE), case.case_id, events, EvidenceStatus(), case.generated_at)
    return replace(case, clocks=tuple(CaseClock.of(status, view.facts) for status in view.clocks))


def chat(count: int) -> list[ChatMessage]:
    texts = ["你好，請問還有在接嗎？", "有，日領五千，要先傳照片（測試文字）",
             "This is a long message that wraps over several lines " * 3, "好"]
    out = []
    for i in range(count):
        attachments = (Attachment("IMG 1", "A000000099", "d" * 64),) if i % 50 == 7 else ()
        out.append(ChatMessage("@buyer_test" if i % 2 else "@seller_0712", T0 + timedelta(minutes=7 * i),
                               texts[i % len(texts)], attachments, outgoing=bool(i % 2)))
    return out

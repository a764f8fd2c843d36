"""A synthetic vault after a year of a busy unit, to use the application at that size by hand.

    .venv/bin/python -m tests.scale.year_vault OUT.npv [--cases 1000] [--big 120] [--patrols 250]
    .venv/bin/python -m app --vault OUT.npv          # passphrase: the one printed

Small vaults hide what only size shows. This one found, among others, a search that stopped at 40 of 1,000
matching cases, downloads refused for an older case, and hundreds of re-check questions that replaced each
other after unlocking. It holds:

- ``--cases`` cases, every seventh with a sealed victim (an invented name), each with one capture: grey
  PNGs and invented text, addresses on the fixture server (127.0.0.1:8765);
- one case with ``--big`` more captures;
- ``--patrols`` patrols of 120 pages, one a day;
- the checklist's clocks started in every case, 0 to 400 hours ago, so reminders and re-checks are due.

Everything is synthetic: no real people, no real content. Not a test and not a benchmark.
"""

from __future__ import annotations

import argparse
import io
import random
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image

from app.checklist.loader import ProcedureLibrary
from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, StopReason
from app.core.models import ArtifactKind, Role
from app.core.timeutil import utc_now
from app.infra import paths
from app.vault import Vault
from app.vault.captures import store_capture
from app.vault.patrols import PatrolStore
from app.vault.steps import CaseSteps, StepAction

PASSPHRASE = "officer test passphrase 123"
FIXTURE_PAGE = "http://127.0.0.1:8765/browser/keywords-zh.html"
PAGES_PER_PATROL = 120


def grey_png(width: int, height: int, shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (shade, shade, shade)).save(buffer, "PNG")
    return buffer.getvalue()


class Builder:
    def __init__(self, vault: Vault, seed: int = 3) -> None:
        self.vault = vault
        self.rng = random.Random(seed)
        self.viewports = [grey_png(1280, 800, 150 + 10 * n) for n in range(5)]
        self.full_page = grey_png(1280, 4000, 180)

    def capture(self, case_id: str, number: int, at: datetime) -> None:
        url = f"{FIXTURE_PAGE}?post={number}"
        files = (CapturedFile(FileRole.VIEWPORT, ArtifactKind.PNG, "viewport.png", "image/png",
                              self.viewports[number % 5]),
                 CapturedFile(FileRole.FULL_PAGE, ArtifactKind.PNG, "fullpage.png", "image/png", self.full_page),
                 CapturedFile(FileRole.TEXT, ArtifactKind.TEXT, "text.txt", "text/plain",
                              f"IMG {number} 測試貼文 #{number}".encode()))
        store_capture(self.vault, case_id, PageCapture(
            CaptureKind.PAGE, url, url, f"貼文 {number} IMG {number}", at, at,
            Completeness(True, StopReason.END_REACHED, 1), files, metadata={"platform": "SyntheticSocial"},
            persona="off-the-record", text=f"IMG {number} 測試貼文"))

    def cases(self, count: int, big: int) -> str:
        start = utc_now() - timedelta(days=365)
        last = ""
        for index in range(count):
            case = self.vault.create_case(f"測試案件 {index}：疑似媒介貼文", ["Dcard"] if index % 2 else ["PTT", "X"])
            if index % 7 == 0:
                self.vault.add_person(case.id, Role.VICTIM, f"虛構姓名{index}")
            self.capture(case.id, index, start + timedelta(hours=8 * index))
            last = case.id
        for number in range(big):
            self.capture(last, 10_000 + number, utc_now() - timedelta(minutes=big + 60 - number))
        return last

    def patrols(self, count: int) -> None:
        store = PatrolStore(self.vault.db, self.vault.audit)
        start = utc_now() - timedelta(days=count + 1)
        for day in range(count):
            at = start + timedelta(days=day, hours=1)
            patrol = store.start(self.vault.actor, at, "off-the-record")
            for page in range(PAGES_PER_PATROL):
                store.navigate(patrol.id, at + timedelta(seconds=20 * page), f"{FIXTURE_PAGE}?page={page}",
                               f"頁面 {page}", "1", "off-the-record")
            store.stop(self.vault.actor, patrol.id, at + timedelta(hours=1))

    def clocks(self) -> None:
        steps = CaseSteps(self.vault, ProcedureLibrary(paths.RESOURCES / "procedures").current)
        now, version, offset = utc_now(), steps.procedure.version, 0
        while cases := self.vault.list_cases(limit=200, offset=offset):
            offset += len(cases)
            for case in cases:
                started = now - timedelta(hours=self.rng.uniform(0, 400))
                facts = [("assess-elements", {}),  # starts the Art 7 clock
                         ("identify-victim", {"victim_age": self.rng.choice(["minor", "adult"]),
                                              "images_spread": self.rng.choice(["yes", "no"])}),
                         ("suspect-known", {"suspect_known": self.rng.choice(["known", "unknown"])})]
                if self.rng.random() < 0.6:
                    facts.append(("platform-order", {"image_kind": self.rng.choice(["child", "adult"])}))
                for step, data in facts:
                    steps.store.record(self.vault.actor, case.id, step, StepAction.DONE, started, now, "", data,
                                       version)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--big", type=int, default=120)
    parser.add_argument("--patrols", type=int, default=250)
    args = parser.parse_args()
    vault = Vault.create(args.out, PASSPHRASE, officer="王測試", unit="婦幼警察隊")
    builder = Builder(vault)
    big = builder.cases(args.cases, args.big)
    builder.patrols(args.patrols)
    builder.clocks()
    print(f"{args.out}: {args.cases} cases, case {vault.case(big).number} with {args.big + 1} captures, "
          f"{args.patrols} patrols. Passphrase: {PASSPHRASE}")
    vault.lock()


if __name__ == "__main__":
    main()

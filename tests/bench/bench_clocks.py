"""Clocks dashboard benchmark: every running clock across many cases.

A vault with N cases (default 2,000), each with a realistic checklist history (about 12 step
events, a few undone), is queried two ways in the same run:

- the product: ``CaseSteps.running_clocks()`` — one indexed query for the latest event of the
  clock-relevant steps per case, then the pure clock arithmetic;
- the reference: evaluating every case's full checklist (``CaseSteps.view``) and keeping its
  running clocks, which is what a naive dashboard would do.

Both must return the same clocks. Prints each time, the reference and the ratio. The dashboard
refreshes every 30 s and the reminder service checks as often, so the product figure should stay
well under 100 ms at 2,000 cases.

    .venv/bin/python -m tests.bench.bench_clocks [--cases 2000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from app.checklist.events import StepAction
from app.checklist.loader import ProcedureLibrary
from app.core.timeutil import utc_now
from app.vault.steps import CaseSteps
from app.vault.vault import Vault

PASSPHRASE = "benchmark passphrase 2026"
PROCEDURES = Path(__file__).resolve().parents[2] / "resources" / "procedures"
SIMPLE_STEPS = ["record-origin", "assess-elements", "record-poster", "seal-identities", "major-case",
                "evidence-preservation", "transfer", "print-chat"]


def fill(vault: Vault, steps: CaseSteps, cases: int, rng: random.Random) -> None:
    now = utc_now()
    version = steps.procedure.version
    with vault.db.transaction():
        for index in range(cases):
            case = vault.create_case(f"基準案件 {index}")
            start = now - timedelta(hours=rng.uniform(0, 400))

            def record(step: str, action: StepAction = StepAction.DONE, data: dict[str, object] | None = None,
                       case_id: str = case.id, at: object = start) -> None:
                steps.store.record(vault.actor, case_id, step, action, at, now, "", data or {}, version)  # type: ignore[arg-type]

            record("identify-victim", data={"victim_age": rng.choice(["minor", "adult", "none"]),
                                            "images_spread": rng.choice(["yes", "no"])})
            record("suspect-known", data={"suspect_known": rng.choice(["known", "unknown"])})
            if rng.random() < 0.6:
                record("platform-order", data={"image_kind": rng.choice(["child", "adult"])})
            if rng.random() < 0.5:
                record("report-social-authority")
            for step in rng.sample(SIMPLE_STEPS, 6):
                record(step)
                if rng.random() < 0.15:
                    record(step, StepAction.UNDO)
            if rng.random() < 0.1:
                record("close-case")


def best_of(runs: int, action: Callable[[], object]) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return min(times), result if runs else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(Path(folder) / "bench.npv", PASSPHRASE, officer="基準測試", unit="基準")
        steps = CaseSteps(vault, ProcedureLibrary(PROCEDURES).current)
        started = time.perf_counter()
        fill(vault, steps, args.cases, rng)
        print(f"built {args.cases} cases in {time.perf_counter() - started:.1f} s")
        now = utc_now()

        def naive() -> list[tuple[str, str]]:
            found = []
            for case in vault.list_cases(limit=args.cases):
                found += [(c.case_id, c.clock.id) for c in steps.view(case.id, now).clocks if c.state.running]
            return sorted(found)

        product_time, product = best_of(args.runs, lambda: sorted((c.case_id, c.clock.id)
                                                                  for c in steps.running_clocks(now)))
        reference_time, reference = best_of(max(1, args.runs // 2), naive)
        assert product == reference, "the two ways disagree"
        print(f"running clocks found: {len(product)}")  # type: ignore[arg-type]
        print(f"product  running_clocks(): {product_time * 1000:8.1f} ms")
        print(f"reference per-case view(): {reference_time * 1000:8.1f} ms")
        print(f"ratio product/reference:   {product_time / reference_time:8.3f}")
        single = [best_of(1, lambda: steps.running_clocks(now))[0] for _ in range(5)]
        print(f"median of single queries:  {statistics.median(single) * 1000:8.1f} ms")
        vault.lock()


if __name__ == "__main__":
    main()

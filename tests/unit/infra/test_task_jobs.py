"""A finished task holds nothing of what its closure captured. Found by a soak of the main window: PySide kept the
Python side of some finished jobs (the thread pool's reference outlived the C++ job), and each kept its task's
closure, so every lock and unlock of a shift left a whole locked vault alive (35 after 50 rounds)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from typing import Any

from app.infra.tasks import TaskRunner, _Job


class _Held:
    """Stands for what a task's closure holds: an open vault, a case's rows, a passphrase."""

    def __init__(self) -> None:
        self.rows = ["IMG 1", "IMG 2"]


def _task_on(held: _Held) -> Callable[[], int]:
    return lambda: len(held.rows)


def test_a_job_that_ran_and_is_still_referred_to_holds_nothing_of_its_task(qtbot: Any) -> None:
    runner = TaskRunner()
    outcomes: list[object] = []
    held = _Held()
    witness = weakref.ref(held)
    job = _Job(_task_on(held), runner._relay, lambda outcome: outcomes.append(outcome.value))
    del held
    job.run()  # what a pool's worker does; the pool may then keep ``job``, as PySide did
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    gc.collect()
    assert outcomes == [2]
    assert witness() is None  # was kept alive by the finished job's closure
    job.run()  # a second run does nothing (and raises nothing)
    assert outcomes == [2]


def test_the_pool_still_delivers_every_outcome(qtbot: Any) -> None:
    runner = TaskRunner()
    results: list[int] = []
    for number in range(20):
        runner.run(lambda number=number: number, results.append)
    qtbot.waitUntil(lambda: len(results) == 20, timeout=10_000)
    assert sorted(results) == list(range(20))

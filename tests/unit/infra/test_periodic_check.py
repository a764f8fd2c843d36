"""A check asked for while a read is under way is not lost: it runs once that read is done, because the
read under way may have looked at the vault before the change that asked for the check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from app.core.errors import KnownError
from app.infra.periodic import PeriodicCheck

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


class HeldRunner:
    """A task runner that runs nothing until the test says so, as a slow pool would."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[[KnownError], None]]] = []

    def run(self, task: Callable[[], Any], on_result: Callable[[Any], None],
            on_error: Callable[[KnownError], None]) -> None:
        self.held.append((task, on_result, on_error))

    def finish_next(self) -> None:
        task, on_result, _on_error = self.held.pop(0)
        on_result(task())

    def fail_next(self) -> None:
        _task, _on_result, on_error = self.held.pop(0)
        on_error(KnownError("locked meanwhile"))


class VaultReads(PeriodicCheck):
    """Reads a counter standing for the vault's state; records what each read saw."""

    def __init__(self, runner: HeldRunner) -> None:
        self.state = 0
        self.seen: list[int] = []
        super().__init__(lambda _now: self.state, lambda: NOW, 60_000, runner, None)  # type: ignore[arg-type]

    def handle(self, result: Any) -> None:
        self.seen.append(result)


def test_a_check_asked_for_during_a_read_runs_after_it_and_sees_the_change() -> None:
    runner = HeldRunner()
    check = VaultReads(runner)
    check.check()  # a timed read starts...
    check.state = 1  # ...the officer ticks a step meanwhile...
    check.check()  # ...and the tick asks for a check
    assert len(runner.held) == 1  # never two reads at once
    runner.finish_next()
    assert len(runner.held) == 1  # the asked-for check follows the read under way
    runner.finish_next()
    assert check.seen[-1] == 1


def test_several_checks_asked_for_during_one_read_make_one_more_read() -> None:
    runner = HeldRunner()
    check = VaultReads(runner)
    check.check()
    for _ in range(5):
        check.check()
    runner.finish_next()
    runner.finish_next()
    assert not runner.held and len(check.seen) == 2


def test_a_failed_read_still_makes_the_check_asked_for_meanwhile() -> None:
    runner = HeldRunner()
    check = VaultReads(runner)
    check.check()
    check.check()
    runner.fail_next()
    assert len(runner.held) == 1
    runner.finish_next()
    assert check.seen == [0]


def test_stopping_drops_a_check_asked_for_meanwhile() -> None:
    """Stop comes with a lock: a read after it would only find the vault closed."""
    runner = HeldRunner()
    check = VaultReads(runner)
    check.check()
    check.check()
    check.stop()
    runner.finish_next()
    assert not runner.held

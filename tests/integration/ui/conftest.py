"""GUI fixtures: real settings file, real thread pool, the vault from tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.infra.settings import Settings
from app.infra.tasks import TaskRunner


@pytest.fixture
def settings(_isolated_home: Path) -> Settings:
    return Settings()


@pytest.fixture
def tasks(qapp) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait(30_000)


@pytest.fixture
def bugs(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Bugs that reach sys.excepthook during the test (the crash dialog is not shown in tests)."""
    caught: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, exc, tb: caught.append(exc))
    return caught

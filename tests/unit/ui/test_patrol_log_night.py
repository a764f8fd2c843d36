"""A night patrol (22:00 to 06:00 Taipei) in the patrol log window: each row says its day when the rows listed
span more than one Taipei day, as the printed log does; a day's own listing, all on one day, gives times alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from app.core.timeutil import parse_iso
from app.ui.browser.patrol_log import PatrolLogView
from app.ui.browser.session import PatrolSession
from app.ui.language import apply_language
from app.vault import Vault
from app.vault.patrols import PatrolStore

START = "2026-11-30T22:00"  # Taipei time: the patrol runs past midnight into 1 December


@pytest.fixture
def night_patrol(vault: Vault) -> str:
    patrols = PatrolStore(vault.db, vault.audit)
    patrol = patrols.start(vault.actor, parse_iso(START), "off-the-record")
    for minutes in (114, 126, 474):  # 23:54, 00:06, 05:54
        patrols.navigate(patrol.id, parse_iso(START) + timedelta(minutes=minutes), "http://127.0.0.1/", "IMG 1",
                         "T1", "-")
    patrols.stop(vault.actor, patrol.id, parse_iso(START) + timedelta(hours=8))
    return patrol.id


@pytest.fixture
def log_view(qtbot: Any, vault: Vault, night_patrol: str, request: pytest.FixtureRequest) -> Iterator[PatrolLogView]:
    """The window in the language the test names (``@pytest.mark.parametrize("language", ...)``), set before it is
    built: what QLocale says at the start of a test depends on the tests before it on the same worker."""
    apply_language(request.param)
    view = PatrolLogView(PatrolSession(vault))
    qtbot.addWidget(view)
    yield view
    view.session.bind(None)  # the lock, before the vault closes (the language goes back to English after)


@pytest.mark.parametrize("log_view", ["zh_TW"], indirect=True)
def test_a_patrol_past_midnight_lists_each_time_with_its_day(log_view: PatrolLogView) -> None:
    view = log_view
    assert [row[0] for row in view.rows()] == ["115/11/30 22:00:00", "115/11/30 23:54:00", "115/12/01 00:06:00",
                                               "115/12/01 05:54:00", "115/12/01 06:00:00"]
    view.mode.setCurrentIndex(view.BY_DAY)  # the newest day first: 1 December, its own rows only
    assert view.entries.currentItem().text() == "民國115年12月1日"
    assert [row[0] for row in view.rows()] == ["00:06:00", "05:54:00", "06:00:00"]


@pytest.mark.parametrize("log_view", ["en"], indirect=True)
def test_in_english_the_day_is_the_western_one(log_view: PatrolLogView) -> None:
    assert [row[0] for row in log_view.rows()][1:3] == ["2026-11-30 23:54:00", "2026-12-01 00:06:00"]

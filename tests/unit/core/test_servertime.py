"""The site's server's clock beside the workstation's: the HTTP Date a page came with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.servertime import ServerTime, server_time_of

ARRIVED = datetime(2025, 7, 8, 6, 0, 30, tzinfo=UTC)  # 14:00:30 in Taipei


def served(date: str, age: str = "", arrived: datetime = ARRIVED) -> ServerTime:
    return ServerTime(date, age, arrived)


def test_a_clock_that_agrees_is_said_so_with_the_servers_time() -> None:
    known = served("Tue, 08 Jul 2025 06:00:29 GMT")
    assert known.offset == timedelta(seconds=1) and not known.disagrees() and known.warning() is None
    assert known.statement() == ("This workstation's clock agrees with the site's server, which sent the page at "
                                 "2025-07-08 14:00 (UTC+8).")


def test_a_clock_behind_the_server_is_told_by_how_much() -> None:
    known = served("Tue, 08 Jul 2025 08:15:30 GMT")  # the server is 2 h 15 min later than this clock
    assert known.offset == -timedelta(hours=2, minutes=15) and known.disagrees()
    assert known.statement() == known.warning() == (
        "This workstation's clock is 2 h 15 min behind the site's server, which sent the page: the times recorded now "
        "are wrong by as much. Set the clock right, then capture again.")


def test_a_clock_ahead_may_be_a_cached_page_and_the_warning_says_both() -> None:
    warning = served("Mon, 07 Jul 2025 06:00:30 GMT").warning()
    assert warning is not None and warning.startswith("This workstation's clock is 1 d 0 h ahead of the time ")
    assert "or the page came from the browser's cache. Reload the page" in warning


@pytest.mark.parametrize("date,age,offset", [
    ("Tue, 08 Jul 2025 05:50:30 GMT", "600", timedelta(0)),  # a cache's copy, ten minutes old: Age says so
    ("Tue, 08 Jul 2025 06:00:30 +0000", "", timedelta(0)),
    ("Tue, 08 Jul 2025 14:00:30 +0800", "", timedelta(0)),
    ("Tue, 08 Jul 2025 05:55:30 GMT", "soon", timedelta(minutes=5)),  # an unreadable Age counts for nothing
])
def test_the_servers_time_is_read_as_http_writes_it(date: str, age: str, offset: timedelta) -> None:
    assert served(date, age).offset == offset


@pytest.mark.parametrize("date", ["yesterday", "", "Tue, 08 Jul 2025 06:00:30 -0000"])
def test_a_time_that_cannot_be_read_checks_nothing_and_says_so(date: str) -> None:
    known = served(date)
    assert known.server_at is None and known.offset is None and not known.disagrees() and known.warning() is None
    assert known.statement().startswith("The site's server sent the page with a time that cannot be read (")


def test_the_record_keeps_the_headers_as_sent_and_reads_back() -> None:
    known = served("Tue, 08 Jul 2025 06:10:30 GMT", "5")
    record = known.as_dict()
    assert record == {"date": "Tue, 08 Jul 2025 06:10:30 GMT", "age": "5", "received_at": "2025-07-08T06:00:30.000000Z",
                      "server_at": "2025-07-08T06:10:35.000000Z", "workstation_ahead_seconds": -605}
    assert server_time_of({"server_time": record}) == known
    assert server_time_of({"server_time": None}) is None and server_time_of({}) is None  # older captures: none


def test_the_clock_is_judged_against_the_whole_span_of_the_load() -> None:
    """The server stamps the page between the tab asking for it and the whole page having arrived (its pictures
    too). Seen: one picture that took 20 s made the record say the workstation was 20 s ahead, clocks agreeing;
    a load of more than five minutes would have told the officer to set a right clock right."""
    asked, arrived = datetime(2025, 7, 8, 6, 0, 0, tzinfo=UTC), datetime(2025, 7, 8, 6, 10, 0, tzinfo=UTC)

    def seen(date: str) -> ServerTime:
        known = ServerTime.from_headers({"date": date}, arrived, asked)
        assert known is not None
        return known

    inside = seen("Tue, 08 Jul 2025 06:00:01 GMT")  # served at once; the page then took ten minutes to finish
    assert inside.offset == timedelta(0) and not inside.disagrees()
    assert inside.as_dict()["workstation_ahead_seconds"] == 0
    assert inside.as_dict()["requested_at"] == "2025-07-08T06:00:00.000000Z"
    assert ServerTime.from_dict(inside.as_dict()) == inside  # read back from a capture's record
    assert seen("Tue, 08 Jul 2025 05:50:00 GMT").offset == timedelta(minutes=10)  # before it was asked for: ahead
    assert seen("Tue, 08 Jul 2025 06:25:00 GMT").offset == -timedelta(minutes=15)  # after it arrived: behind
    older = ServerTime.from_dict({"date": "Tue, 08 Jul 2025 06:00:01 GMT", "received_at": "2025-07-08T06:10:00Z"})
    assert older.requested_at is None and older.offset == timedelta(minutes=9, seconds=59)  # as it was recorded

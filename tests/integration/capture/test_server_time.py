"""A capture records the time the site's server sent the page with, beside the workstation's clock."""

from __future__ import annotations

from typing import Any

from app.capture.engine import CaptureOptions, capture_page
from app.capture.loading import load_url
from app.capture.served import server_time
from app.core.servertime import server_time_of
from tests.helpers.loopback import serving, skewed_clock_page

SKEW = 3 * 3600  # this fixture's server is three hours ahead: the workstation's clock seems set back


def test_a_capture_records_the_servers_time_and_tells_a_clock_that_disagrees(run: Any, tab: Any,
                                                                               capture_server: str) -> None:
    with serving(skewed_clock_page(SKEW)) as base:
        run(load_url(tab.page, f"{base}/page"))
        captured = run(capture_page(tab.page, CaptureOptions(lazy_scroll=False)))
    record = captured.metadata["server_time"]
    assert record["date"].endswith(" GMT") and record["age"] is None
    assert -SKEW - 60 < record["workstation_ahead_seconds"] < -SKEW + 60
    known = server_time_of(captured.metadata)
    assert known is not None and known.disagrees()
    assert known.statement().startswith("This workstation's clock is ") and " behind the site's server" in known.statement()

    run(load_url(tab.page, f"{capture_server}/ptt.html"))  # another page, from a server whose clock is ours
    again = server_time(tab.page)
    assert again is not None and not again.disagrees() and again.date != record["date"]
    assert run(capture_page(tab.page, CaptureOptions(lazy_scroll=False))).metadata["server_time"]["date"] == again.date

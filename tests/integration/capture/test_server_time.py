"""A capture records the time the site's server sent the page with, beside the workstation's clock."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import shiboken6

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


def test_a_long_load_is_not_taken_for_a_clock_ahead(run: Any, capture_server: str) -> None:
    """The tab knows the page has arrived only when all of it has (pictures too): a load that took ten minutes
    was judged at its end, and the record said the workstation was ten minutes ahead of a server whose clock is
    ours. The server's time is judged against the span from asking to having."""
    from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage, QWebEngineProfile

    from app.capture.served import remember_server_time
    from app.core.timeutil import utc_now

    loading: list[bool] = []  # once the load has started, ten minutes pass before it has finished
    profile = QWebEngineProfile()
    page = QWebEnginePage(profile)
    remember_server_time(page, clock=lambda: utc_now() + (timedelta(minutes=10) if loading else timedelta(0)))
    page.loadingChanged.connect(  # after remember_server_time's own handler: it reads the clock at the start first
        lambda info: loading.append(True) if info.status() == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus
        else None)
    try:
        run(load_url(page, f"{capture_server}/ptt.html"))
        known = server_time(page)
    finally:
        shiboken6.delete(page)  # before its profile goes
    assert known is not None and known.requested_at is not None
    assert known.received_at - known.requested_at >= timedelta(minutes=10)
    assert not known.disagrees() and abs(known.as_dict()["workstation_ahead_seconds"]) <= 2

"""What the site's server sent with the page in a tab: its ``Date`` (see ``app.core.servertime``).

A capture may come long after the page arrived (the officer reads it first), and JavaScript cannot read
the main document's headers, so each tab remembers them as its page arrives, on the page itself (a Qt
property): the patrol tabs and the hidden tab of ``netpatrol capture`` alike.
"""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage

from app.core.servertime import ServerTime
from app.core.timeutil import Clock, utc_now

_PROPERTY = "netpatrolServerTime"  # JSON of ServerTime.as_dict(), or "" while none is known


def remember_server_time(page: QWebEnginePage, clock: Clock = utc_now) -> None:
    """From now on, keep on ``page`` the ``Date`` of each main-frame response as it arrives."""

    requested: list[datetime] = []  # when the page now loading was asked for

    def on_loading(info: QWebEngineLoadingInfo) -> None:
        if info.status() == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            page.setProperty(_PROPERTY, "")  # another page is coming: the last one's time is not its time
            requested[:] = [clock()]
            return
        served = ServerTime.from_headers(_headers(info), clock(), requested[0] if requested else None)
        if served is not None:
            page.setProperty(_PROPERTY, json.dumps(served.as_dict()))

    page.loadingChanged.connect(on_loading)


def server_time(page: QWebEnginePage) -> ServerTime | None:
    """The time the site's server sent the page now in ``page`` with (None: not known)."""
    stored = page.property(_PROPERTY)
    return ServerTime.from_dict(json.loads(stored)) if isinstance(stored, str) and stored else None


def _headers(info: QWebEngineLoadingInfo) -> dict[str, str]:
    """The response's headers by lower-case name, the first value of each (HTTP header bytes are Latin-1)."""
    found: dict[str, str] = {}
    for name, values in info.responseHeaders().items():
        if values:
            found.setdefault(bytes(name.data()).decode("latin-1").lower(), bytes(values[0].data()).decode("latin-1"))
    return found


def server_time_record(page: QWebEnginePage) -> dict[str, object] | None:
    """The ``server_time`` of a capture's metadata: the page's ``Date`` as sent and what it says of our clock."""
    known = server_time(page)
    return known.as_dict() if known is not None else None

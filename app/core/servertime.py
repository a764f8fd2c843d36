"""The site's own clock beside the workstation's: the HTTP ``Date`` a page was served with.

Every time NetPatrol records comes from the workstation's clock. A server stamps each response with its
own time (RFC 9110 §6.6.1), and a platform's servers keep theirs right, so the ``Date`` of the page as it
arrived is a second witness to when it was captured, taken from outside the workstation: the capture's
record keeps it, and a clock that disagrees with it is told before the evidence is relied on.

A cache may hand over an older ``Date``: its ``Age`` header says how much older, and is added. A page
from the browser's own cache (Back, without reloading) carries the time it was first fetched, so a
server that seems *behind* may mean a cached page rather than a clock ahead; the warning says both.

The server stamps the page somewhere between the moment the tab asked for it and the moment it had
arrived. A tab only knows the second when the whole page has loaded (its pictures too), which can be
long after: the workstation's clock is judged against that whole span, not its end alone (seen: a page
with one picture that took 20 s was recorded as the workstation 20 s ahead, clocks agreeing; a slower one
would have told the officer their clock was wrong).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from app.core.timeutil import iso_utc, parse_iso, span_text, time_text, to_utc

# How far the two clocks may differ before the officer is told: a response's time is whole seconds, and
# a busy server or a slow link adds a little; minutes apart is a wrong clock (or a cached page).
AGREEMENT = timedelta(minutes=5)


@dataclass(frozen=True)
class ServerTime:
    """The main frame's response as it arrived: its ``Date`` and ``Age`` as sent, the workstation's clock
    once it had arrived (``received_at``) and, where known, when it was asked for (``requested_at``)."""

    date: str
    age: str
    received_at: datetime
    requested_at: datetime | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], received_at: datetime,
                     requested_at: datetime | None = None) -> ServerTime | None:
        """From a response's headers by lower-case name (Playwright's; the tab's, lowered), asked for at
        ``requested_at`` and arrived by ``received_at``; None when the response carried no ``Date``."""
        date = headers.get("date", "")
        return cls(date, headers.get("age", ""), received_at, requested_at) if date else None

    @cached_property
    def server_at(self) -> datetime | None:
        """When the server says it sent the page (None: no readable ``Date``)."""
        from email.utils import parsedate_to_datetime  # ten modules of the email package, for a capture's record only

        try:
            moment = parsedate_to_datetime(self.date)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:  # "-0000": RFC 5322 for a time in UTC whose zone is not known
            return None
        age = int(self.age) if self.age.strip().isdigit() else 0
        return to_utc(moment) + timedelta(seconds=age)

    @property
    def offset(self) -> timedelta | None:
        """The workstation's clock minus the server's (positive: the workstation's is ahead): by how much the
        server's time falls outside the span from asking for the page to having it; zero inside it."""
        server_at = self.server_at
        if server_at is None:
            return None
        asked = min(self.requested_at or self.received_at, self.received_at)
        if server_at > self.received_at:
            return self.received_at - server_at
        return max(asked - server_at, timedelta(0))

    def disagrees(self) -> bool:
        offset = self.offset
        return offset is not None and abs(offset) > AGREEMENT

    def warning(self) -> str | None:
        """The one sentence the officer reads when the clocks disagree (None when they agree)."""
        offset = self.offset
        if offset is None or not self.disagrees():
            return None
        if offset < timedelta(0):
            return translate("servertime", QT_TRANSLATE_NOOP(
                "servertime", "This workstation's clock is {by} behind the site's server, which sent the page: "
                "the times recorded now are wrong by as much. Set the clock right, then capture again.")).format(
                    by=span_text(offset))
        return translate("servertime", QT_TRANSLATE_NOOP(
            "servertime", "This workstation's clock is {by} ahead of the time the site's server sent the page with: "
            "either the clock is wrong, or the page came from the browser's cache. Reload the page and capture "
            "again; if it stays, set the clock right.")).format(by=span_text(offset))

    def statement(self) -> str:
        """What the capture's record says of the clock: that it agrees with the site's server, or the warning."""
        server_at = self.server_at
        if server_at is None:
            return translate("servertime", QT_TRANSLATE_NOOP(
                "servertime", "The site's server sent the page with a time that cannot be read ({date}); this "
                "workstation's clock could not be checked against it.")).format(date=self.date)
        return self.warning() or translate("servertime", QT_TRANSLATE_NOOP(
            "servertime", "This workstation's clock agrees with the site's server, which sent the page at {at}.")).format(
                at=time_text(server_at, current_language()))

    def short_text(self) -> str:
        """For a document's cell beside the capture's time: how this clock stood against the site's server."""
        offset = self.offset
        if offset is None:
            return ""
        if not self.disagrees():
            return translate("servertime", QT_TRANSLATE_NOOP("servertime", "agrees with the site's server"))
        if offset < timedelta(0):
            return translate("servertime", QT_TRANSLATE_NOOP("servertime", "{by} behind the site's server")).format(
                by=span_text(offset))
        return translate("servertime", QT_TRANSLATE_NOOP("servertime", "{by} ahead of the site's server")).format(
            by=span_text(offset))

    def as_dict(self) -> dict[str, Any]:
        """For the capture's metadata: the headers as sent, and what was made of them."""
        server_at, offset = self.server_at, self.offset
        record = {"date": self.date, "age": self.age or None, "received_at": iso_utc(self.received_at),
                  "server_at": iso_utc(server_at) if server_at else None,
                  "workstation_ahead_seconds": round(offset.total_seconds()) if offset is not None else None}
        if self.requested_at is not None:  # older records do not have it
            record["requested_at"] = iso_utc(self.requested_at)
        return record

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServerTime:
        requested = data.get("requested_at")
        return cls(str(data.get("date") or ""), str(data.get("age") or ""), parse_iso(str(data["received_at"])),
                   parse_iso(str(requested)) if requested else None)


def server_time_of(metadata: dict[str, Any]) -> ServerTime | None:
    """The server's time a capture recorded (None: the page came without a ``Date``, or an older capture)."""
    recorded = metadata.get("server_time")
    return ServerTime.from_dict(recorded) if isinstance(recorded, dict) and recorded.get("received_at") else None

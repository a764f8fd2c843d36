"""What a tab showed, kept while it still exists: a burst or a recording outlives a tab the officer closes.

A tab's page is a C++ object; once the tab is closed it is deleted, and every call on it raises. The frames a
burst or a recording already took are evidence of something that may have vanished since (a story), so they
are stored all the same, with the address, title and server time the tab last showed.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEnginePage

from app.capture.served import server_time_record


def alive(thing: QObject | None) -> bool:
    """Whether ``thing`` still exists on the Qt side (False once a closed tab's page was deleted)."""
    return thing is not None and shiboken6.isValid(thing)


@dataclass(frozen=True)
class Shown:
    url: str = ""
    title: str = ""
    server_time: dict[str, object] | None = None


def shown(page: QWebEnginePage, last: Shown) -> Shown:
    """What ``page`` shows now; ``last`` when the page is gone."""
    if not alive(page):
        return last
    return Shown(page.url().toString(), page.title(), server_time_record(page))

"""The hostile site of the opsec tests: serves ``tests/fixtures/pages`` on 127.0.0.1, keeps every request's headers,
and takes the reports the fingerprinting page ``opsec/hostile.html`` posts home (``POST /report``)."""

from __future__ import annotations

import functools
import http.server
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.helpers.loopback import quiet, serving

PAGE = "/opsec/hostile.html"


@dataclass
class Seen:
    """What the hostile site's server and script collected."""

    requests: list[dict[str, str]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)

    def page_request(self, index: int = 0) -> dict[str, str]:
        """The headers of the ``index``-th request for the fingerprinting page (-1: the latest)."""
        return [headers for headers in self.requests if headers["path"].split("?")[0] == PAGE][index]


def _handler(seen: Seen, folder: Path) -> Any:
    class Hostile(quiet(http.server.SimpleHTTPRequestHandler)):  # type: ignore[misc]
        def do_GET(self) -> None:
            seen.requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
            super().do_GET()

        def do_POST(self) -> None:
            seen.reports.append(json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0")))))
            self.send_response(204)
            self.end_headers()

    return functools.partial(Hostile, directory=str(folder))


@contextmanager
def hostile_site(seen: Seen, folder: Path) -> Iterator[str]:
    """Yields the fingerprinting page's URL; ``seen`` fills as visitors come."""
    with serving(_handler(seen, folder)) as base:
        yield base + PAGE

"""Takedown re-check against synthetic pages on 127.0.0.1, in a real headless Chromium.

The shared fixture server serves the 200 pages (still online, "content unavailable", login page,
country restriction); a small handler here answers 404, 410 and a redirect to the login wall, which
a static file server cannot.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import socket
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.capture.recheck import RecheckConfig, checklist_event, recheck_urls, store
from app.capture.takedown import Classification, load_patterns
from app.core.servertime import server_time_of
from app.reports.model import CaseDossier
from app.vault.dossier import build_dossier
from tests.conftest import FIXTURES
from tests.helpers.hostile import Seen, hostile_site
from tests.helpers.loopback import serving

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def status_server(fixture_server: str) -> Iterator[str]:
    """404 and 410 with small bodies, and /walled/… redirecting to the fixture login page."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/walled/"):
                self.send_response(302)
                self.send_header("Location", f"{fixture_server}/recheck/login.html?next={self.path}")
                self.end_headers()
                return
            if self.path == "/cookie-echo":
                self._page(200, f"cookie: {self.headers.get('Cookie') or 'none'}", "session=persona-secret")
                return
            code = {"/gone": 410, "/missing": 404}.get(self.path, 500)
            self._page(code, str(code))

        def _page(self, code: int, title: str, cookie: str = "") -> None:
            body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>".encode()
            self.send_response(code)
            if cookie:
                self.send_header("Set-Cookie", f"{cookie}; Path=/")
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield base


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def results(fixture_server: str, status_server: str) -> dict[str, object]:
    urls = {
        "online": f"{fixture_server}/recheck/online.html",
        "unavailable": f"{fixture_server}/recheck/unavailable.html",
        "restricted": f"{fixture_server}/recheck/age-gate.html",
        "gone": f"{status_server}/gone",
        "missing": f"{status_server}/missing",
        "walled": f"{status_server}/walled/post/77",
        "unreachable": f"http://127.0.0.1:{_closed_port()}/post/1",
    }
    found = asyncio.run(recheck_urls(list(urls.values()), load_patterns(), RecheckConfig(timeout_ms=15_000)))
    return dict(zip(urls, found, strict=True))


def test_page_still_online_is_online_with_full_page_screenshot(results: dict) -> None:
    online = results["online"]
    assert online.classification is Classification.ONLINE
    assert online.status == 200
    assert online.screenshot.startswith(PNG_MAGIC)
    height = int.from_bytes(online.screenshot[20:24], "big")  # PNG IHDR: the page is ~2,000 px tall
    assert height > 1500
    assert checklist_event(online) == "recheck.present"


@pytest.mark.parametrize(("name", "status"), [("gone", 410), ("missing", 404)])
def test_gone_statuses_are_removed(results: dict, name: str, status: int) -> None:
    result = results[name]
    assert (result.classification, result.status) == (Classification.REMOVED, status)
    assert result.reason == f"status {status}"
    assert checklist_event(result) == "recheck.removed"


def test_content_unavailable_page_with_200_is_removed(results: dict) -> None:
    result = results["unavailable"]
    assert result.status == 200
    assert result.classification is Classification.REMOVED
    assert result.reason.startswith("text /")


def test_country_restriction_is_restricted(results: dict) -> None:
    assert results["restricted"].classification is Classification.RESTRICTED


def test_login_wall_is_unknown_and_records_the_final_url(results: dict) -> None:
    result = results["walled"]
    assert result.classification is Classification.UNKNOWN
    assert result.reason.startswith("login wall")
    assert "/recheck/login.html" in result.final_url and result.url.endswith("/walled/post/77")
    assert checklist_event(result) is None


def test_unreachable_host_is_unknown_with_the_reason(results: dict) -> None:
    result = results["unreachable"]
    assert result.classification is Classification.UNKNOWN
    assert result.status is None and result.screenshot is None
    assert "ERR_CONNECTION_REFUSED" in result.reason


def test_each_check_starts_without_cookies(status_server: str) -> None:
    """A fresh context per URL: the cookie the first visit received is not sent on the second."""
    url = f"{status_server}/cookie-echo"
    first, second = asyncio.run(recheck_urls([url, url], load_patterns()))
    assert first.title == second.title == "cookie: none"


def test_result_is_stored_as_a_hashed_recheck_capture(results: dict, vault) -> None:
    case = vault.create_case("re-check test", ["Threads"])
    capture_ids = [store(vault, case.id, results[name]) for name in ("online", "gone", "unreachable")]
    dossier: CaseDossier = build_dossier(vault, case.id)
    stored = {c.id: c for c in dossier.rechecks}
    assert set(stored) == set(capture_ids)
    online = stored[capture_ids[0]]
    assert online.metadata["classification"] == "online" and online.metadata["status"] == 200
    assert {a.name for a in online.artifacts} == {"recheck.png", "metadata.json"}
    png = next(a for a in online.artifacts if a.name == "recheck.png")
    assert b"".join(vault.artifact_chunks(png.id)) == results["online"].screenshot
    record = json.loads(b"".join(vault.artifact_chunks(next(a.id for a in online.artifacts if a.kind == "json"))))
    assert record["classification"] == "online" and record["final_url"].endswith("/recheck/online.html")
    assert record["kind"] == "recheck" and record["cookies"] == "none"
    # the fixture's server shares this clock: the removal's time is corroborated from outside the workstation
    served = server_time_of(online.metadata)
    assert served is not None and served.date.endswith(" GMT") and not served.disagrees()
    assert record["server_time"] == online.metadata["server_time"]
    assert server_time_of(stored[capture_ids[2]].metadata) is None  # nothing answered: no server, no time
    unreachable = stored[capture_ids[2]]
    assert not unreachable.complete and [a.name for a in unreachable.artifacts] == ["metadata.json"]
    report = vault.verify()
    assert report.ok, [p.render() for p in report.problems]
    actions = [e.action for e in vault.audit.entries(case.id)]
    assert actions.count("capture.add") == 3


def test_patterns_file_ships_rules_for_every_named_platform() -> None:
    patterns = load_patterns()
    names = {p.name for p in patterns.platforms}
    assert {"instagram", "threads", "facebook", "x", "tiktok", "youtube", "ptt", "dcard", "xiaohongshu"} <= names
    assert patterns.platform_for("https://www.ptt.cc/bbs/x/M.1.html").name == "ptt"
    assert Path(load_patterns.__defaults__[0]).name == "takedown_patterns.json"


def test_a_slow_load_is_not_taken_for_a_clock_ahead_of_the_server() -> None:
    """The re-check judged the workstation's clock by when the page had loaded and settled, not by the span from
    asking for it: a load that took ten minutes after the server answered (simulated: the clock moves ten minutes
    once the server has sent the page) made a clock that agrees with the site's server read as ten minutes ahead,
    in the removal's record."""
    from datetime import timedelta

    from app.core.timeutil import utc_now
    from tests.helpers.loopback import skewed_clock_page

    answered: list[bool] = []
    page = skewed_clock_page(0)

    class Answering(page):  # type: ignore[misc, valid-type]
        def do_GET(self) -> None:
            super().do_GET()
            answered.append(True)

    def slow_load_clock() -> datetime:
        return utc_now() + (timedelta(minutes=10) if answered else timedelta(0))

    with serving(Answering) as base:
        [online] = asyncio.run(recheck_urls([f"{base}/post/1"], load_patterns(), RecheckConfig(timeout_ms=15_000),
                                            clock=slow_load_clock))
    served = server_time_of({"server_time": online.server_time})
    assert served is not None and served.requested_at is not None
    assert not served.disagrees(), served.offset


def test_the_recheck_visits_as_a_browser_a_person_opens_and_records_its_name(vault) -> None:
    """Seen by the hostile fixture page: "HeadlessChrome/156" in the User-Agent and navigator.webdriver true, the
    two things sites check first to serve a bot a wall or an error instead of the page the public sees."""
    seen = Seen()
    with hostile_site(seen, FIXTURES / "pages") as url:
        [result] = asyncio.run(recheck_urls([url], load_patterns(), RecheckConfig(timeout_ms=15_000)))
    sent = seen.page_request()["user-agent"]
    assert "Headless" not in sent and "Chrome/" in sent
    [page_saw] = seen.reports   # posted by the page itself after its load, before the re-check closed it
    assert page_saw["userAgent"] == sent and page_saw["webdriver"] is False
    assert result.user_agent == sent and result.record()["user_agent"] == sent
    case = vault.create_case("re-check test", ["PTT"])
    store(vault, case.id, result)
    [stored] = build_dossier(vault, case.id).rechecks
    assert stored.metadata["user_agent"] == sent   # what the site was told, kept with the evidence

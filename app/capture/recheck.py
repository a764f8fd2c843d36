"""Takedown re-check: open each URL in a clean headless Chromium and record what it shows now.

Why a separate browser: the officer's embedded browser carries undercover logins; a re-check must
show what the public sees, so each URL gets a fresh Playwright context with no cookies (unless a
persona's storage state is chosen on purpose). Each check yields a full-page screenshot, the HTTP
status and final URL, and a classification from the per-platform patterns (``takedown``); the
caller stores it as a capture of kind 'recheck' (:func:`store_recheck`), hashed like any evidence.

Everything here is ``async`` (Playwright's async API): under qasync it runs on the Qt loop without
freezing the window, and the CLI runs it with ``asyncio.run``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.capture.takedown import NAVIGATION_FAILED, Classification, TakedownPatterns
from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, Problem, StopReason
from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.models import ArtifactKind
from app.core.recheck import recheck_event
from app.core.servertime import ServerTime
from app.core.timeutil import Clock, iso_utc, utc_now
from app.vault.captures import store_capture
from app.vault.vault import Vault

PAGE_TEXT_LIMIT = 200_000
SETTLE_MS = 3_000
CHROMIUM_ARGS = (
    "--disable-background-networking",  # no update checks, safe-browsing or metrics traffic mixed in
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--metrics-recording-only",
    "--mute-audio",
    # navigator.webdriver stays false, as in the browser a person opens: sites serve a visitor that says it is
    # automated a bot wall or an error, and the re-check is to see what the public sees
    "--disable-blink-features=AutomationControlled",
)
_HEADLESS_TOKEN = "HeadlessChrome/"

SCREENSHOT_NAME = "recheck.png"  # the capture view finds the picture by this name


class RecheckNotInBuild(KnownError):
    """A workstation bundle built without Playwright (installer/netpatrol.spec, NETPATROL_BUNDLE_PLAYWRIGHT=0)."""

    text = QT_TRANSLATE_NOOP("errors", "This NetPatrol build has no takedown re-check (Playwright was left out when "
                                       "it was built). Use a build that includes it, or re-check the addresses by hand.")


class RecheckBrowserMissing(KnownError):
    """Chromium is not installed where Playwright looks, or does not start: the administrator can fix it."""

    text = QT_TRANSLATE_NOOP("errors", "The re-check browser could not be started ({reason}). Install Chromium on "
                                       "this workstation.")  # the same sentence as the GUI's


class PersonaFileMissing(KnownError):
    """The persona's storage-state file named for a re-check is not there (a typo, a file moved)."""

    text = QT_TRANSLATE_NOOP("errors", "There is no persona storage-state file at {path}. Name the file, or re-check "
                                       "without a persona.")


def default_chromium() -> str | None:
    """Debian's chromium on Linux; elsewhere Playwright's own browser (``playwright install chromium``)."""
    if sys.platform.startswith("linux") and Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return None


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass(frozen=True)
class RecheckConfig:
    executable_path: str | None = field(default_factory=default_chromium)
    timeout_ms: int = 30_000
    viewport: tuple[int, int] = (1280, 900)
    storage_state: Path | None = None  # a persona's cookies, only when the officer chooses one
    locale: str = "zh-TW"


@dataclass(frozen=True)
class RecheckResult:
    url: str
    final_url: str
    status: int | None
    classification: Classification
    reason: str
    platform: str
    started_at: datetime
    ended_at: datetime
    title: str = ""
    screenshot: bytes | None = field(default=None, repr=False)
    persona: str = ""
    server_time: dict[str, Any] | None = None  # the response's Date beside this clock (ServerTime.as_dict)
    user_agent: str = ""  # what the re-check told the site it was

    def record(self) -> dict[str, Any]:
        """The JSON artifact stored with the screenshot (and what --json prints)."""
        data = asdict(self)
        data.pop("screenshot")
        data.update(classification=str(self.classification), started_at=iso_utc(self.started_at),
                    ended_at=iso_utc(self.ended_at), screenshot_bytes=len(self.screenshot or b""))
        return data


async def recheck_urls(urls: Sequence[str], patterns: TakedownPatterns, config: RecheckConfig | None = None, *,
                       clock: Clock = utc_now,
                       on_result: Callable[[RecheckResult], Awaitable[None] | None] | None = None,
                       ) -> list[RecheckResult]:
    """Re-check every URL with one browser and a fresh context per URL; never raises for a bad URL.

    Raises :class:`RecheckNotInBuild` or :class:`RecheckBrowserMissing` when there is no browser to run."""
    try:
        from playwright.async_api import async_playwright
    except ImportError as error:
        raise RecheckNotInBuild() from error

    config = config or RecheckConfig()
    if config.storage_state is not None and not config.storage_state.is_file():
        raise PersonaFileMissing(path=str(config.storage_state))  # Playwright's own error reached the crash path
    results: list[RecheckResult] = []
    async with async_playwright() as playwright:
        browser = await _launch(playwright, config)
        try:
            user_agent = ordinary_user_agent(await _engine_user_agent(browser))
            for url in urls:
                result = await _check_one(browser, url, patterns, config, clock, user_agent)
                results.append(result)
                if on_result is not None:
                    pending = on_result(result)
                    if pending is not None:
                        await pending
        finally:
            await browser.close()
    return results


async def _launch(playwright: Any, config: RecheckConfig) -> Any:
    from playwright.async_api import Error as PlaywrightError

    try:
        return await playwright.chromium.launch(
            executable_path=config.executable_path, headless=True, args=list(CHROMIUM_ARGS),
            chromium_sandbox=not running_as_root())
    except PlaywrightError as error:
        raise RecheckBrowserMissing(reason=_first_line(error)[:200]) from error


def ordinary_user_agent(engine_user_agent: str) -> str:
    """Headless Chromium's User-Agent as the same Chrome shown on a screen sends it: ``HeadlessChrome/156…`` is
    the first thing a site checks to tell a bot, and a site that tells one serves it a wall or an error."""
    return engine_user_agent.replace(_HEADLESS_TOKEN, "Chrome/")


async def _engine_user_agent(browser: Any) -> str:
    """The User-Agent this Chromium sends of itself (Playwright has no call for it: a blank page is asked)."""
    page = await browser.new_page()
    try:
        return str(await page.evaluate("navigator.userAgent"))
    finally:
        await page.context.close()


async def _check_one(browser: Any, url: str, patterns: TakedownPatterns, config: RecheckConfig,
                     clock: Clock, user_agent: str) -> RecheckResult:
    from playwright.async_api import Error as PlaywrightError

    started = clock()
    context = await browser.new_context(
        viewport={"width": config.viewport[0], "height": config.viewport[1]}, locale=config.locale,
        user_agent=user_agent,
        storage_state=str(config.storage_state) if config.storage_state else None, service_workers="block")
    try:
        page = await context.new_page()
        asked = clock()
        try:
            response = await page.goto(url, wait_until="load", timeout=config.timeout_ms)
        except PlaywrightError as exc:
            platform = patterns.platform_for(url).name
            return RecheckResult(url, url, None, Classification.UNKNOWN, _navigation_reason(exc), platform, started,
                                 clock(), persona=_persona(config), user_agent=user_agent)
        arrived = clock()
        await _settle(page)
        status = response.status if response is not None else None
        # the site's server's Date beside this clock: the removal's time from outside the workstation too, judged
        # against the span from asking for the page to having it (a slow load is not a clock ahead of the server)
        served = ServerTime.from_headers(response.headers, arrived, asked) if response is not None else None
        text = (await page.inner_text("body"))[:PAGE_TEXT_LIMIT] if await page.query_selector("body") else ""
        verdict = patterns.classify(url, status, page.url, text)
        shot = await page.screenshot(full_page=True, type="png")
        return RecheckResult(url, page.url, status, verdict.classification, verdict.reason, verdict.platform,
                             started, clock(), await page.title(), shot, _persona(config),
                             served.as_dict() if served is not None else None, user_agent)
    finally:
        await context.close()


async def _settle(page: Any) -> None:
    """Give script-built pages a moment to render their "not available" notice (bounded)."""
    from playwright.async_api import Error as PlaywrightError

    with contextlib.suppress(PlaywrightError):  # a page that keeps polling is judged on what it shows now
        await page.wait_for_load_state("networkidle", timeout=SETTLE_MS)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _navigation_reason(exc: Exception) -> str:
    return f"{NAVIGATION_FAILED}{_first_line(exc)}"


def _persona(config: RecheckConfig) -> str:
    return config.storage_state.stem if config.storage_state else ""


def result_json(result: RecheckResult) -> bytes:
    return json.dumps(result.record(), ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


# -- after the check: the checklist event and the vault record -----------------------------------
def checklist_event(result: RecheckResult) -> str | None:
    """The application event a result reports to the checklist (app/checklist/events.py).

    Restricting access satisfies a removal order as much as removing (Art. 8: 限制瀏覽或移除), so both
    tick the step; still online raises the escalation; unknown (login wall, unreachable) reports
    nothing: an officer must look. What counts as restricted is the patterns file's: blocked here, not an
    age gate or a private account, which still show the content to some adults.
    """
    return recheck_event(result.classification)  # the rule the documents listing re-checks read too


def to_capture(result: RecheckResult) -> PageCapture:
    """The re-check as a capture of kind 'recheck': the full-page PNG, and the status, final URL and
    classification in the capture metadata (which the capture store writes out as metadata.json)."""
    files = () if result.screenshot is None else (
        CapturedFile(FileRole.FULL_PAGE, ArtifactKind.PNG, SCREENSHOT_NAME, "image/png", result.screenshot),)
    problems = () if result.screenshot is not None else ((Problem.HTTP_ERROR, result.reason),)
    completeness = Completeness(reached_end=result.screenshot is not None, stop_reason=StopReason.END_REACHED,
                                tiles=len(files), problems=problems)
    metadata = {"recheck": True, "status": result.status, "classification": str(result.classification),
                "reason": result.reason, "platform": result.platform, "final_url": result.final_url,
                "browser": "headless chromium (Playwright), fresh context", "user_agent": result.user_agent,
                "cookies": "persona" if result.persona else "none", "server_time": result.server_time}
    return PageCapture(CaptureKind.RECHECK, result.url, result.final_url, result.title, result.started_at,
                       result.ended_at, completeness, files, metadata=metadata, persona=result.persona)


def store(vault: Vault, case_ref: str, result: RecheckResult) -> str:
    """Keep the re-check as evidence (PNG + metadata.json, hashed, audited); returns the capture id."""
    stored, _artifacts = store_capture(vault, case_ref, to_capture(result))
    return stored.id

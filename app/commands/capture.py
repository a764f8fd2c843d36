"""``netpatrol capture`` and ``netpatrol artifact export``.

    netpatrol capture --case CASE URL [--max-seconds S] [--max-height PX] [--max-items N] [--no-scroll]
    netpatrol capture --case CASE URL --chat [--max-seconds S] [--max-messages N] [--chat-wait S]
    netpatrol artifact export --case CASE ARTIFACT -o FILE

``capture`` runs the same engine as the GUI's capture button, offscreen: a hidden tab loads the URL
in an off-the-record profile, the engine captures it, and the result is stored in one vault
transaction. It prints the capture id, every artifact (kind, size, SHA-256), the identifiers with
where they came from, the completeness statement and the initial-evidence check. A partial capture
is stored and exits 0, and says PARTIAL; an error stores nothing and exits 1. A complete capture is
reported to the checklist (``capture.complete``), which ticks the evidence-capture step.

``--chat`` captures a conversation with the chat engine (``app.capture.chat``, the GUI's "Capture
chat"): it scrolls the chat back to its start, collecting every message once, and stores
``chat.json`` (the messages, oldest first, for ``netpatrol transcript``), the viewport image, the
visible text, each picture shown in a message, and metadata. The output adds the message count; the
completeness statement says whether the start of the conversation was reached or why it stopped
(``--max-seconds``, default 180 for a chat; ``--max-messages``). A page with no chat stores nothing
and exits 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from app.cli import (
    Output,
    add_case_argument,
    add_output_argument,
    artifact_data,
    identifier_lines,
    opened_vault,
    seconds,
    whole_number,
)
from app.commands.steps import checklist_event
from app.core.capture import PageCapture, messages_phrase
from app.core.errors import NotFound, UsageError
from app.core.evidence_check import check_initial_evidence
from app.core.i18n import QT_TRANSLATE_NOOP, labelled, translate
from app.core.servertime import server_time_of

T = TypeVar("T")
PAGE_SECONDS = 30.0
CHAT_SECONDS = 180.0


def _qt_application() -> Any:
    """A QApplication for the hidden tab; offscreen when there is no display."""
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    from app.infra.logs import route_qt_messages
    from app.main import early_init

    early_init()
    # Chromium's own diagnostics (dbus, GPU fallbacks) would fill the officer's terminal; fatal only.
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " --log-level=3").strip()
    route_qt_messages()
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - must be loaded before the QApplication
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)   # closing the hidden tab must not end the loop early
    return app


def _capture_offscreen(url: str, load_timeout: float, capture: Callable[[Any], Awaitable[T]]) -> T:
    """Load ``url`` in a hidden tab and run ``capture(page)`` on the Qt loop."""
    import asyncio

    import qasync

    from app.capture.loading import load_url
    from app.infra.shutdown import StopSignals
    from app.ui.capture_host import HiddenTab

    _qt_application()
    # Ctrl+C (or SIGTERM) ends the capture at once, nothing stored. Python cannot run its own handler while Qt's
    # loop waits, and a KeyboardInterrupt raised in one of Qt's callbacks is swallowed there (seen: a chat capture
    # ran on to its 180 s bound and was stored). Installed before the browser starts, which takes seconds.
    stop = StopSignals()
    told: list[int] = []
    stop.requested.connect(told.append)

    async def go() -> T:
        running = asyncio.current_task()
        stop.requested.connect(lambda _number: running.cancel() if running else None)
        if told:
            raise asyncio.CancelledError
        tab = HiddenTab()
        try:
            await load_url(tab.page, url, timeout=load_timeout * 3)
            return await capture(tab.page)
        finally:
            tab.close()

    try:
        result: T = qasync.run(go())
    except asyncio.CancelledError:
        raise KeyboardInterrupt from None  # the command's own "Interrupted; nothing was half-written."
    finally:
        stop.uninstall()
    return result


def cmd_capture(args: argparse.Namespace) -> Output:
    from app.capture.engine import CaptureOptions, capture_page
    from app.core.adapters import load_adapters
    from app.infra import paths
    from app.vault.captures import store_capture

    _check_address(args.url)
    if args.chat:
        return _capture_chat(args)
    with opened_vault(args) as vault:
        case = vault.case(args.case)   # a wrong case id fails before the browser starts
        options = CaptureOptions(lazy_scroll=not args.no_scroll, max_seconds=args.max_seconds or PAGE_SECONDS,
                                 max_height=args.max_height, max_items=args.max_items, persona="off-the-record",
                                 adapters=tuple(load_adapters(paths.RESOURCES / "adapters")))
        capture = _capture_offscreen(args.url, options.load_timeout, lambda page: capture_page(page, options))
        stored, artifacts = store_capture(vault, case.id, capture)
        data = _stored_data(vault, case.id, capture, stored, artifacts)
    return Output(data, _lines(data))


def _check_address(url: str) -> None:
    """Evidence is captured from the web: seen, "not a url" answered with the window's "The tab has no page to
    capture", and a file:///etc/hostname was stored as a complete capture."""
    if urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
        raise UsageError(QT_TRANSLATE_NOOP("errors", "“{url}” is not a web address (http:// or https://)."),
                         url=url.strip()[:200])


def _capture_chat(args: argparse.Namespace) -> Output:
    from app.capture.chat import ChatOptions, capture_chat
    from app.core.chat import load_chat_adapters
    from app.infra import paths
    from app.vault.captures import store_chat

    with opened_vault(args) as vault:
        case = vault.case(args.case)
        options = ChatOptions(max_seconds=args.max_seconds or CHAT_SECONDS, max_messages=args.max_messages,
                              older_wait=args.chat_wait, persona="off-the-record",
                              adapters=tuple(load_chat_adapters(paths.RESOURCES / "adapters" / "chat")))
        chat = _capture_offscreen(args.url, options.load_timeout, lambda page: capture_chat(page, options))
        stored, artifacts = store_chat(vault, case.id, chat)
        data = _stored_data(vault, case.id, chat.capture, stored, artifacts)
    data["messages"] = len(chat.messages)
    lines = _lines(data)
    lines.insert(1, translate("cli", "Chat: {messages}; print the transcript with: netpatrol transcript --case {case} "
                                     "--capture {capture} -o FILE.pdf").format(messages=messages_phrase(len(chat.messages)),
                                                                               case=case.id, capture=stored.id))
    return Output(data, lines)


def _stored_data(vault: Any, case_id: str, capture: PageCapture, stored: Any, artifacts: list[Any]) -> dict[str, Any]:
    check = check_initial_evidence(capture, {a.name: a.sha256 for a in artifacts})
    steps_done = checklist_event(vault, case_id, "capture.complete", [stored.id]) \
        if stored.complete and capture.kind.captures_the_content else []
    return {"capture_id": stored.id, "case_id": case_id, "case_number": vault.case(case_id).number,
            "kind": str(capture.kind), "url": capture.url,
            "final_url": capture.final_url, "title": capture.title, "complete": capture.completeness.complete,
            "completeness": capture.completeness.as_dict(), "statement": capture.completeness.statement(),
            "artifacts": [artifact_data(a) for a in artifacts],
            "identifiers": [{"kind": str(i.kind), "value": i.value, "source": i.source, "origin": str(i.origin)}
                            for i in capture.identifiers],
            "evidence_check": check.as_dict(), "steps_done": steps_done,
            "server_clock": _server_clock(capture)}


def _server_clock(capture: PageCapture) -> str | None:
    known = server_time_of(capture.metadata)
    return known.statement() if known is not None else None


def _lines(data: dict[str, Any]) -> list[str]:
    lines = [translate("cli", "Capture {id} stored in case {case}.").format(id=data["capture_id"],
                                                                          case=data["case_number"])]  # as officers know it
    lines += data["statement"]
    if data["server_clock"]:
        lines.append(data["server_clock"])
    lines.append(translate("cli", "Artifacts:"))
    lines += [f"  {a['id']}  {a['kind']}  {a['name']}  {a['size']}  sha256:{a['sha256']}" for a in data["artifacts"]]
    lines.append(translate("cli", "Identifiers:"))
    lines += identifier_lines(data["identifiers"])
    lines.append(translate("cli", "Initial evidence (陸.一):"))
    marks = {"ok": "[x]", "missing": "[!]", "n/a": "[-]"}
    lines += [f"  {marks[c['status']]} {c['code']} {labelled(c['label'], c['detail'])}" for c in data["evidence_check"]]
    return lines


def cmd_artifact_export(args: argparse.Namespace) -> Output:
    with opened_vault(args) as vault:
        case = vault.case(args.case)
        artifact = vault.artifacts.get(args.artifact)
        if artifact.case_id != case.id:
            raise NotFound(what=translate("errors", "Artifact"), ident=args.artifact)
        vault.export_artifact(artifact.id, Path(args.output), replace=args.force)
    return Output(dict(artifact_data(artifact), file=str(args.output)),
                  [translate("cli", "Wrote {name} ({size} bytes, sha256:{sha256}) to {file}.").format(
                      name=artifact.name, size=f"{artifact.size:,}", sha256=artifact.sha256, file=args.output)])


def register(commands: Any, add: Any) -> None:
    capture = add("capture", cmd_capture, translate("cli", "capture a page into a case (offscreen, same engine as the GUI)"))
    add_case_argument(capture)
    capture.add_argument("url", help=translate("cli", "the page's address"))
    capture.add_argument("--chat", action="store_true",
                         help=translate("cli", "capture a chat conversation: scroll it back to its start and keep "
                                               "every message (for netpatrol transcript)"))
    capture.add_argument("--no-scroll", action="store_true", help=translate("cli", "do not scroll for lazy content"))
    capture.add_argument("--max-seconds", type=seconds(), default=None,
                         help=translate("cli", "time limit for scrolling (default 30; with --chat 180)"))
    capture.add_argument("--max-messages", type=whole_number(1), default=10_000,
                         help=translate("cli", "with --chat: stop after this many messages"))
    capture.add_argument("--chat-wait", type=seconds(zero_allowed=True), default=2.5,
                         help=translate("cli", "with --chat: seconds to wait at the top for older messages before "
                                               "taking it as the start of the conversation"))
    capture.add_argument("--max-height", type=whole_number(1), default=60_000, help=translate("cli", "height limit in pixels"))
    capture.add_argument("--max-items", type=whole_number(1), default=2_000, help=translate("cli", "feed item limit"))
    artifact = commands.add_parser("artifact", help=translate("cli", "artifacts")).add_subparsers(
        dest="artifact_command", parser_class=commands._parser_class)
    artifact.required = True
    export = add("export", cmd_artifact_export, translate("cli", "write one artifact's bytes to a file (audited)"),
                 artifact)
    add_case_argument(export)
    export.add_argument("artifact", help=translate("cli", "the artifact's id"))
    add_output_argument(export, translate("cli", "the file to write"))

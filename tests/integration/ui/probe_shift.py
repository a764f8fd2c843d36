"""Soak probe: a shift's repeated actions on the main window as ``app.main`` wires it, measured after each round.

Not collected by the suite (its name does not start with ``test_``); run it alone, one process at a time::

    SOAK_ROUNDS=50 SOAK_ACTIONS=tab,capture,case,lock,patrol,dialogs SOAK_OUT=/tmp/soak.jsonl \
    QT_QPA_PLATFORM=offscreen python -m pytest -q -p no:cacheprovider -n 0 tests/integration/ui/probe_shift.py

Each line of SOAK_OUT is one round: the process's RSS, its QtWebEngine helpers' PSS (smaps_rollup), open file
descriptors, threads, live widgets, top-level widgets, the main window's QObject children, QTimers and pages, and
``gc`` object counts by type. ``SOAK_DUMP=TypeA,TypeB`` writes, at the end, who refers to the last objects of those
types (/tmp/soak-dump.txt). Note: ``findChildren`` makes Python wrappers for Qt's own objects (a status bar's
layouts, a label's text documents) that outlive them, so a slow rise of ``QHBoxLayout``/``QTextDocument`` counts
with widgets flat is the measuring, not a leak."""

from __future__ import annotations

import collections
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QThreadPool, QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QApplication, QDialog

from app.infra.idle import IdleWatcher
from app.main import _wire_panels
from app.ui.browser import BrowserPanel
from app.ui.session import Session
from app.vault import Vault
from tests.conftest import PASSPHRASE, qt_event_loop
from tests.scale.year_vault import Builder

ROUNDS = int(os.environ.get("SOAK_ROUNDS", "50"))
OUT = Path(os.environ.get("SOAK_OUT", "/tmp/soak.jsonl"))
ACTIONS = os.environ.get("SOAK_ACTIONS", "tab,capture,case,lock,patrol,dialogs").split(",")


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                found.append(int(entry))
    return found


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        kids = _children(todo.pop())
        out += kids
        todo += kids
    return out


def _kb(path: str, key: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(window: Any) -> dict[str, Any]:
    gc.collect()
    pid = os.getpid()
    kids = _descendants(pid)
    counts = collections.Counter(type(o).__name__ for o in gc.get_objects())
    return {
        "rss_kb": _kb(f"/proc/{pid}/status", "VmRSS"),
        "helpers": len(kids),
        "helpers_pss_kb": sum(_kb(f"/proc/{k}/smaps_rollup", "Pss:") for k in kids),
        "fds": len(os.listdir(f"/proc/{pid}/fd")),
        "threads": len(os.listdir(f"/proc/{pid}/task")),
        "widgets": len(QApplication.allWidgets()),
        "toplevels": len(QApplication.topLevelWidgets()),
        "window_children": len(window.findChildren(object)),
        "timers": len(window.findChildren(QTimer)),
        "pages": len(window.findChildren(QWebEnginePage)),
        "gc_total": sum(counts.values()),
        "pool_active": QThreadPool.globalInstance().activeThreadCount(),
        "jobs": counts.get("_Job", 0),
        "gc": dict(counts),
    }


def _dump(names: str) -> None:
    if not names:
        return
    gc.collect()
    with open("/tmp/soak-dump.txt", "w") as out:
        for name in names.split(","):
            objs = [o for o in gc.get_objects() if type(o).__name__ == name]
            out.write(f"== {name}: {len(objs)}\n")
            if name == "ReferenceType":
                targets = collections.Counter(type(ref()).__name__ for ref in objs)
                callbacks = collections.Counter(repr(ref.__callback__)[:80] for ref in objs)
                out.write(f"targets {targets.most_common(12)}\ncallbacks {callbacks.most_common(8)}\n")
                continue
            if name == "Record":
                messages = collections.Counter(f"{ref.type}: {ref.message}"[:160] for ref in objs)
                out.write(f"messages {messages.most_common(12)}\n")
                continue
            for obj in objs[:3] + objs[-2:]:
                try:
                    desc = repr(obj)[:200]
                    desc += f" parent={obj.parent()!r} valid={shiboken6.isValid(obj)}"
                    desc += f" pw={obj.parentWidget()!r}" if hasattr(obj, "parentWidget") else ""
                except Exception as error:
                    desc = f"{name} ({error})"
                if name == "_Job":
                    desc += f" func={getattr(obj, '_func', None)!r} valid={shiboken6.isValid(obj)} refs={sys.getrefcount(obj)}"
                    desc += f" autodel={obj.autoDelete() if shiboken6.isValid(obj) else '-'} dump={shiboken6.dump(obj)}"
                out.write(desc + "\n")
                for ref in gc.get_referrers(obj):
                    if ref is objs:
                        continue
                    try:
                        text = repr(ref)[:300]
                    except Exception:
                        text = "?"
                    out.write(f"   <- {type(ref).__name__} {text}\n")
                    if type(ref).__name__ in ("dict", "cell", "list", "tuple"):
                        for ref2 in gc.get_referrers(ref):
                            if ref2 is not objs and type(ref2).__name__ != "frame":
                                try:
                                    text2 = repr(ref2)[:200]
                                except Exception:
                                    text2 = "?"
                                out.write(f"       <- {type(ref2).__name__} {text2}\n")


def _close_modal_soon(qtbot: Any) -> None:
    def close() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            QTimer.singleShot(50, close)
    QTimer.singleShot(300, close)


def test_shift(qtbot: Any, tasks: Any, settings: Any, vault: Vault, vault_path: Path, fixture_server: str) -> None:
    with qt_event_loop(QApplication.instance()):
        _shift(qtbot, tasks, settings, vault, vault_path, fixture_server)


def _shift(qtbot: Any, tasks: Any, settings: Any, vault: Vault, vault_path: Path, fixture_server: str) -> None:
    builder = Builder(vault)
    builder.cases(8, 1)
    session = Session(settings, tasks, IdleWatcher(60_000), vault_path)
    _wire_panels(session)
    session.window.resize(1366, 728)
    session.window.show()
    session._on_opened(vault)
    window = session.window
    browser = window.findChild(BrowserPanel)
    page = f"{fixture_server}/browser/keywords-en.html"
    OUT.write_text("")
    start = time.monotonic()
    for number in range(ROUNDS + 1):
        if number:
            if "tab" in ACTIONS:
                tab = browser.open_tab(QUrl(page))
                with qtbot.waitSignal(tab.page.loadFinished, timeout=20_000):
                    pass
                browser.close_tab(browser.tabs.indexOf(tab))
            if "capture" in ACTIONS:
                tab = browser.open_tab(QUrl(f"{fixture_server}/capture_ui/post.html"))
                with qtbot.waitSignal(tab.page.loadFinished, timeout=20_000):
                    pass
                browser.set_case(session.vault.list_cases()[0].id)
                task = session.capture.capture_now()
                qtbot.waitUntil(task.done, timeout=120_000)
                assert task.result() is not None, "the capture failed"
                if session.capture.result_dialog is not None:
                    session.capture.result_dialog.close()
                browser.close_tab(browser.tabs.indexOf(tab))
            if "case" in ACTIONS:
                cases = session.vault.list_cases()
                for case in cases[:3]:
                    window.select_case(case.id)
                    qtbot.wait(30)
            if "patrol" in ACTIONS:
                browser.start_patrol()
                qtbot.wait(20)
                browser.stop_patrol()
            if "dialogs" in ACTIONS:
                log = browser.show_patrol_log()
                qtbot.wait(50)
                log.close()
                docs = session.casework.open_documents()
                qtbot.wait(100)
                if docs is not None:
                    docs.reject()
                _close_modal_soon(qtbot)
                window._on_settings()
            if "lock" in ACTIONS:
                session.lock()
                qtbot.wait(20)
                session._on_opened(Vault.open(vault_path, PASSPHRASE))
            qtbot.wait(100)
        for _ in range(3):
            qtbot.wait(20)
            QApplication.sendPostedEvents(None, 0)  # deleteLater
        figures = measure(window)
        figures["tasks_running"] = tasks.running
        figures["round"] = number
        figures["t"] = round(time.monotonic() - start, 1)
        with OUT.open("a") as out:
            out.write(json.dumps(figures) + "\n")
    _dump(os.environ.get("SOAK_DUMP", ""))
    session.end()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)

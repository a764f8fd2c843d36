"""Patrol browser vs a plain QWebEngineView, measured in the same run.

    .venv/bin/python -m tests.bench.bench_browser [--runs 3] [--tabs 10]

1. Launch to a usable tab: from just before PySide6 is imported to the first fixture page's
   loadFinished, in a fresh process each time (median of ``--runs``). The panel's process opens its
   vault first, outside the timing: unlocking is the vault's cost, not the browser's.
2. Memory with ``--tabs`` tabs of a heavy fixture page (3,000 posts, 300 pictures): the sum of the
   proportional set size (PSS, Linux) of the process and all its QtWebEngine helper processes, once
   every tab has loaded. The panel runs with its real overlays on (blur, all documented keywords
   highlighted). Target: ratio ≤ 1.2 for both.

Both children run with compiled bytecode, as the installed (PyInstaller) application does: a
bytecode cache in the run's temporary folder, filled by one discarded warm-up run of each mode
(which also warms the file cache alike). Without it, a shell that sets PYTHONDONTWRITEBYTECODE
makes every launch compile NetPatrol's modules from source, which the plain view never needs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "bench horse battery staple"


def _pss_kib(pid: int) -> int:
    """PSS of ``pid`` and its descendants (KiB), so shared libraries are not counted twice."""
    total = 0
    for proc in _tree(pid):
        try:
            for line in Path(f"/proc/{proc}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def _tree(pid: int) -> set[int]:
    found = {pid}
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        for child in children.read_text().split():
            found |= _tree(int(child))
    return found


def child(mode: str, tabs: int, vault_path: str) -> None:
    """One measurement in this process; prints a JSON line."""
    vault = None
    if mode == "panel":
        from app.vault import Vault

        vault = Vault.open(Path(vault_path), PASSPHRASE)
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.infra.chromium_env import harden_environment

    harden_environment(os.environ)
    import functools
    import http.server
    import threading

    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication, QTabWidget

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(ROOT / "tests/fixtures/pages")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/browser/"
    app = QApplication([])  # noqa: F841 - must live until the end
    loaded: list[object] = []

    if mode == "panel":
        from app.infra.browser_prefs import BrowserPrefs
        from app.infra.patrol_catalog import load_keyword_sets
        from app.ui.browser import BrowserPanel

        panel = BrowserPanel(vault, prefs=BrowserPrefs(Path(tempfile.mkdtemp()) / "p.ini"))
        panel.resize(1280, 800)
        panel.show()

        def open_tab(url: str) -> None:
            panel.open_tab(QUrl(url)).page.loadFinished.connect(loaded.append)
    else:
        profile = QWebEngineProfile()
        tabs_widget = QTabWidget()
        tabs_widget.resize(1280, 800)
        tabs_widget.show()

        def open_tab(url: str) -> None:
            view = QWebEngineView(profile, tabs_widget)
            view.loadFinished.connect(loaded.append)
            tabs_widget.addTab(view, "tab")
            view.load(QUrl(url))

    def wait_for(count: int, timeout_ms: int) -> None:
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout_ms / 1000
        timer = QTimer(interval=20, timeout=lambda: (len(loaded) >= count or time.perf_counter() > deadline)
                       and loop.quit())
        timer.start()
        loop.exec()
        timer.stop()

    open_tab(base + "keywords-zh.html")
    wait_for(1, 30_000)
    launch = time.perf_counter() - started
    if mode == "panel":
        panel.set_highlight(list(load_keyword_sets()[0].keywords))
    for _ in range(tabs):
        open_tab(base + "heavy.html")
    wait_for(1 + tabs, 120_000)
    settle = QEventLoop()
    QTimer.singleShot(2000, settle.quit)  # let images decode and the highlighter finish
    settle.exec()
    print(json.dumps({"mode": mode, "launch_s": launch, "pss_kib": _pss_kib(os.getpid()), "loaded": len(loaded)}))
    sys.stdout.flush()
    if mode == "panel":
        panel.shutdown()
    os._exit(0)


def run(mode: str, tabs: int, vault_path: Path) -> dict[str, float]:
    env = {**os.environ, "NETPATROL_HOME": str(vault_path.parent / "home"),
           "PYTHONPYCACHEPREFIX": str(vault_path.parent / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run([sys.executable, "-m", "tests.bench.bench_browser", "--child", mode, "--tabs", str(tabs),
                           "--vault", str(vault_path)], cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    line = next(line for line in done.stdout.splitlines() if line.startswith("{"))
    return json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tabs", type=int, default=10)
    parser.add_argument("--child")
    parser.add_argument("--vault", default="")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.tabs, args.vault)
        return
    from app.vault import Vault

    folder = Path(tempfile.mkdtemp(prefix="bench-browser-"))
    try:
        vault_path = folder / "bench.npv"
        Vault.create(vault_path, PASSPHRASE, officer="測試", unit="測試").lock()
        results: dict[str, list[dict[str, float]]] = {"plain": [], "panel": []}
        for mode in ("plain", "panel"):
            run(mode, 0, vault_path)  # warm-up: fills the bytecode cache, not counted
        for _ in range(args.runs):
            for mode in ("plain", "panel"):  # interleaved, so drift hits both alike
                results[mode].append(run(mode, args.tabs, vault_path))
        report(results, args.tabs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(results: dict[str, list[dict[str, float]]], tabs: int) -> None:
    launch = {m: statistics.median(r["launch_s"] for r in rs) for m, rs in results.items()}
    memory = {m: statistics.median(r["pss_kib"] for r in rs) / 1024 for m, rs in results.items()}
    print(f"launch to usable tab   plain QWebEngineView {launch['plain']:.2f} s   BrowserPanel {launch['panel']:.2f} s"
          f"   ratio {launch['panel'] / launch['plain']:.2f}  (target <= 1.2)")
    print(f"PSS with {tabs} heavy tabs  plain QWebEngineView {memory['plain']:.0f} MiB   BrowserPanel "
          f"{memory['panel']:.0f} MiB   ratio {memory['panel'] / memory['plain']:.2f}  (target <= 1.2)")
    print(f"(median of {len(results['plain'])} runs each; pages loaded: "
          f"{[r['loaded'] for r in results['plain']]} / {[r['loaded'] for r in results['panel']]})")
    # Launches on this 2-core machine vary by a quarter from run to run (Chromium's helper processes,
    # the disk cache): every run is printed, and the fastest of each, which noise can only slow down.
    for mode in ("plain", "panel"):
        print(f"launch runs {mode:5}  " + " ".join(f"{r['launch_s']:.2f}" for r in results[mode]))
    fastest = {m: min(r["launch_s"] for r in rs) for m, rs in results.items()}
    print(f"fastest launch         plain QWebEngineView {fastest['plain']:.2f} s   BrowserPanel {fastest['panel']:.2f} s"
          f"   ratio {fastest['panel'] / fastest['plain']:.2f}")


if __name__ == "__main__":
    main()

"""Patrol browser vs a plain QWebEngineView, measured in the same run.

    .venv/bin/python -m tests.bench.bench_browser [--runs 3] [--tabs 10]

(``--tabs 0`` measures the launch alone, quickly enough for many rounds; the memory figure then means nothing.)

1. Launch to a usable tab: from just before PySide6 is imported to the first fixture page's
   loadFinished, in a fresh process each time (median of ``--runs``). The panel's process opens its
   vault first, outside the timing: unlocking is the vault's cost, not the browser's.
2. Memory with ``--tabs`` tabs of a heavy fixture page (3,000 posts, 300 pictures): the sum of the
   proportional set size (PSS, Linux) of the process and all its QtWebEngine helper processes, once
   every tab has loaded. The panel runs with its real overlays on (blur, all documented keywords
   highlighted). Target: ratio ≤ 1.2 for both.
3. A third process, the floor, shows how much of the launch gap comes with what every patrol tab must
   have: the plain view plus PySide6's Qt namespace (whose ~90 enums Python 3.11 builds on first use)
   and the wellness overlays that every tab starts with. The rest of the gap is the panel's own.

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
# plain: a bare QWebEngineView. floor: the same, plus what any NetPatrol tab cannot do without: PySide6's
# Qt namespace (its enums are built, in Python, on first use) and the wellness overlays (blur is on by
# default, so its scripts are injected at document creation). panel: the real BrowserPanel.
MODES = ("plain", "floor", "panel")


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
        overlays: list[object] = []
        if mode == "floor":
            from PySide6.QtCore import Qt  # noqa: F401 - builds the Qt namespace's enums, as any real window does

            from app.infra.page_overlays import PageOverlays

        def open_tab(url: str) -> None:
            view = QWebEngineView(profile, tabs_widget)
            view.loadFinished.connect(loaded.append)
            if mode == "floor":
                overlays.append(PageOverlays(view.page()))  # blur on, as every patrol tab starts
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
    child_process = subprocess.Popen([sys.executable, "-m", "tests.bench.bench_browser", "--child", mode, "--tabs",
                                      str(tabs), "--vault", str(vault_path)], cwd=ROOT, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    stdout, stderr = child_process.communicate()
    if child_process.returncode:
        raise subprocess.CalledProcessError(child_process.returncode, child_process.args, stdout, stderr)
    _wait_until_gone(session=child_process.pid)
    line = next(line for line in stdout.splitlines() if line.startswith("{"))
    return json.loads(line)


def _wait_until_gone(session: int, limit_s: float = 15) -> None:
    """Wait for the child's QtWebEngine helpers (six processes, gone about 1.9 s after the child here), so
    that their shutdown does not compete with the next launch for this machine's two cores."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and any(_session_of(pid) == session for pid in _pids()):
        time.sleep(0.1)
    time.sleep(0.5)


def _pids() -> list[int]:
    return [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()]


def _session_of(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[3])
    except (OSError, IndexError, ValueError):
        return None


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
        results: dict[str, list[dict[str, float]]] = {mode: [] for mode in MODES}
        for mode in MODES:
            run(mode, 0, vault_path)  # warm-up: fills the bytecode cache, not counted
        for _ in range(args.runs):
            for mode in MODES:  # interleaved, so drift hits all alike
                results[mode].append(run(mode, args.tabs, vault_path))
        report(results, args.tabs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(results: dict[str, list[dict[str, float]]], tabs: int) -> None:
    launch = {m: statistics.median(r["launch_s"] for r in rs) for m, rs in results.items()}
    memory = {m: statistics.median(r["pss_kib"] for r in rs) / 1024 for m, rs in results.items()}
    print(f"launch to usable tab   plain QWebEngineView {launch['plain']:.2f} s   BrowserPanel {launch['panel']:.2f} s"
          f"   ratio {launch['panel'] / launch['plain']:.2f}  (target <= 1.2)")
    print(f"  floor (plain + Qt namespace + wellness overlays) {launch['floor']:.2f} s"
          f"   ratio {launch['floor'] / launch['plain']:.2f}")
    print(f"PSS with {tabs} heavy tabs  plain QWebEngineView {memory['plain']:.0f} MiB   BrowserPanel "
          f"{memory['panel']:.0f} MiB   ratio {memory['panel'] / memory['plain']:.2f}  (target <= 1.2)")
    print(f"(median of {len(results['plain'])} runs each; pages loaded: "
          + " / ".join(f"{mode} {[r['loaded'] for r in results[mode]]}" for mode in MODES) + ")")
    # Launches on this 2-core machine vary by a quarter from run to run (Chromium's helper processes,
    # the disk cache): every run is printed, and the fastest of each, which noise can only slow down.
    for mode in MODES:
        print(f"launch runs {mode:5}  " + " ".join(f"{r['launch_s']:.2f}" for r in results[mode]))
    # Each round runs the modes back to back, so a round's own ratio cancels what slowed that moment down.
    paired = [panel["launch_s"] / plain["launch_s"] for plain, panel in zip(results["plain"], results["panel"], strict=True)]
    print(f"paired launch ratio    median {statistics.median(paired):.2f}   rounds at or under 1.2: "
          f"{sum(ratio <= 1.2 for ratio in paired)} of {len(paired)}")
    fastest = {m: min(r["launch_s"] for r in rs) for m, rs in results.items()}
    print(f"fastest launch         plain QWebEngineView {fastest['plain']:.2f} s   floor {fastest['floor']:.2f} s"
          f"   BrowserPanel {fastest['panel']:.2f} s   ratio {fastest['panel'] / fastest['plain']:.2f}")


if __name__ == "__main__":
    main()

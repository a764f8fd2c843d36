"""What every `netpatrol` command loads before it runs: the parser lists all subcommands, but what only some of them
need (reportlab and Pillow for printing, asyncio for the re-check) is loaded by those alone. Seen: the document
command's registration imported the notices, and with them reportlab, for every command (0.9 s a `--help`, 0.55 s
without)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONLY_SOME_COMMANDS_NEED = ("reportlab", "PIL", "asyncio", "playwright", "app.reports.notices", "app.capture")


def test_building_the_command_parser_loads_nothing_only_some_commands_need() -> None:
    probe = ("import sys, json; import app.cli; app.cli.build_parser(); "
             f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {ONLY_SOME_COMMANDS_NEED!r} "
             f"or m.startswith({ONLY_SOME_COMMANDS_NEED!r}))))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []

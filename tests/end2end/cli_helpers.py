"""Run the real `netpatrol` command as a subprocess, as officers and scripts do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def netpatrol(*args: str, vault: Path | None = None, passphrase: str | None = None, home: Path | None = None,
              lang: str = "en", extra_env: dict[str, str] | None = None, timeout: float = 120) -> Result:
    env = {k: v for k, v in os.environ.items() if k != "NETPATROL_PASSPHRASE"}
    if passphrase is not None:
        env["NETPATROL_PASSPHRASE"] = passphrase
    if home is not None:
        env["NETPATROL_HOME"] = str(home)
    env.update(extra_env or {})
    command = [sys.executable, "-m", "app", "--lang", lang, *args]
    if vault is not None:
        command += ["--vault", str(vault)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    return Result(done.returncode, done.stdout, done.stderr)

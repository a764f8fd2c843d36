"""A writer that is killed with SIGKILL at a random moment by test_crash_safety.

It adds cases, people and artifacts in a loop and prints one line per committed write *after*
the commit returned, so every line the parent has read is a promise the vault must keep.

With ``--serve`` it is a fork server: it imports the vault once, then forks one writer process per
request, so each of the 200 kills does not pay a Python start and the vault's imports again (0.23 s
of each kill, before the writer was ready). Every writer is still its own process, opens the vault
itself after the fork and is killed with SIGKILL.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from pathlib import Path

from app.core.models import ArtifactKind, Role
from app.vault import Vault


def main(path: str, key_hex: str, seed: int) -> None:
    rng = random.Random(seed)
    vault = Vault.open(Path(path), key=bytes.fromhex(key_hex))
    case = vault.create_case(f"crash case {seed}", ["PTT"])
    print(f"C case {case.id}", flush=True)
    print("READY", flush=True)
    while True:
        choice = rng.random()
        if choice < 0.2:
            case = vault.create_case(f"crash case {seed} {rng.random():.6f}", ["Dcard"], notes="合成資料 援交 測試")
            print(f"C case {case.id}", flush=True)
        elif choice < 0.45:
            person = vault.add_person(case.id, rng.choice(list(Role)), f"虛構人物{rng.randrange(1000)}")
            print(f"C person {person.id}", flush=True)
        else:
            data = rng.randbytes(rng.randrange(1, 400_000))
            artifact = vault.add_artifact(case.id, ArtifactKind.PNG, "IMG 1.png", "image/png", data)
            print(f"C artifact {artifact.id} {hashlib.sha256(data).hexdigest()}", flush=True)


def serve() -> None:
    """Each stdin line ``PATH KEY_HEX SEED OUTPUT`` forks a writer whose stdout is the file OUTPUT (every line
    is one write(2), so what was printed survives the kill); answers ``PID n``, then ``DEAD n`` once it is gone."""
    for request in sys.stdin:
        path, key_hex, seed, output = request.split()
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            os.dup2(os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
            try:
                main(path, key_hex, int(seed))
            finally:
                os._exit(1)
        print(f"PID {pid}", flush=True)
        os.waitpid(pid, 0)
        print(f"DEAD {pid}", flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        main(sys.argv[1], sys.argv[2], int(sys.argv[3]))

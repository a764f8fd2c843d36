"""A writer that is killed with SIGKILL at a random moment by test_crash_safety.

It adds cases, people and artifacts in a loop and prints one line per committed write *after*
the commit returned, so every line the parent has read is a promise the vault must keep.
"""

from __future__ import annotations

import hashlib
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


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))

"""A case file protected by a passphrase against one encrypted to a workstation key, in the same run.

    .venv/bin/python -m tests.bench.bench_passphrase_file [--megabytes 200] [--runs 3]

A synthetic case whose evidence files (random bytes, which neither compress nor dedupe) come to
``--megabytes``. Each step runs in a fresh process, so that its peak resident memory (``ru_maxrss``)
is its own (``VmHWM``): export, then check (``read_case_file``: the whole file decrypted and every evidence file
verified against the signed manifest, as import's first pass does).

- ours: the passphrase case file, which streams to a one-time key wrapped by the passphrase;
- reference: the same case to a workstation key (``pyrage.encrypt_io``), the path that always streamed;
- scrypt alone: age's passphrase recipe on a few bytes, which any passphrase file pays once;
- before: what passphrase files were until this benchmark was written, one scrypt age file made and
  opened in memory (``pyrage.passphrase``), reproduced here from the same tar stream.

Then import (``import_case_file`` into a fresh copy of the receiving vault: verify, then write), where
"before" is the streaming passphrase file imported as until session 13, opening its key with the
passphrase on each of the two readings instead of once.

Prints the median time and the peak memory added by each, the ratios ours / reference, and the same
once the scrypt recipe's share is taken out: the passphrase's one deliberate cost (about a second and
512 MiB, by design), which the file's size does not change.
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
from contextlib import nullcontext
from pathlib import Path
from typing import Any

PASSPHRASE = "benchmark passphrase 2026"
FILE_PASSPHRASE = "hand-off passphrase 4711"
MODES = ("passphrase", "key", "before")


def _peak_mib() -> float:
    """The process's peak resident memory (Linux ``VmHWM``: unlike ``ru_maxrss``, not inherited from the
    parent that built the case)."""
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) / 1024


def make(folder: Path, megabytes: int) -> None:
    from app.core.models import ArtifactKind
    from app.vault import Vault
    from app.vault.handoff import workstation_keys

    sending = Vault.create(folder / "sending.npv", PASSPHRASE, officer="bench", unit="bench")
    case = sending.create_case("密碼案件檔案基準測試（虛構）")
    for number in range(-(-megabytes // 50)):
        sending.add_artifact(case.id, ArtifactKind.DOWNLOAD, f"IMG {number}.bin", "application/octet-stream",
                             os.urandom(min(50, megabytes - 50 * number) * 1_000_000))
    receiving = Vault.create(folder / "receiving.npv", PASSPHRASE, officer="bench", unit="bench")
    workstation_keys(receiving)
    sending.lock()
    receiving.lock()


def step(folder: Path, action: str, mode: str) -> dict[str, float]:
    """One export or check in this process; returns seconds and the peak memory it added (MiB)."""
    from app.vault import Vault
    from app.vault.handoff import export_case, read_case_file, vault_identities, workstation_keys

    path = folder / f"{mode}.npcase"
    if action == "scrypt":  # what any passphrase costs, once per file: age's scrypt recipe on a few bytes
        from pyrage import passphrase as age_passphrase

        base, started = _peak_mib(), time.perf_counter()
        age_passphrase.encrypt(b"AGE-SECRET-KEY-1", FILE_PASSPHRASE)
    elif action == "export":
        sending, receiving = Vault.open(folder / "sending.npv", PASSPHRASE), Vault.open(folder / "receiving.npv",
                                                                                       PASSPHRASE)
        case_id = str(sending.db.scalar("SELECT id FROM cases"))
        recipient = workstation_keys(receiving).recipient
        base, started = _peak_mib(), time.perf_counter()
        if mode == "before":
            _export_in_memory(sending, case_id, path)
        else:
            export_case(sending, case_id, path, **({"passphrase": FILE_PASSPHRASE} if mode != "key"
                                                   else {"recipients": [recipient]}))
    elif action == "import":
        base, started = _import(folder, mode)
    else:
        identities = vault_identities(Vault.open(folder / "receiving.npv", PASSPHRASE))
        base, started = _peak_mib(), time.perf_counter()
        read_case_file(path, identities=identities, passphrase=None if mode == "key" else FILE_PASSPHRASE)
    return {"seconds": time.perf_counter() - started, "mib": _peak_mib() - base, "base": base}


def _import(folder: Path, mode: str) -> tuple[float, float]:
    """Import the ``mode`` file into a fresh copy of the receiving vault; returns (base memory, start)."""
    from unittest import mock

    from app.vault import Vault, receive

    copy = folder / f"receiving-{mode}.npv"
    shutil.copyfile(folder / "receiving.npv", copy)
    receiving = Vault.open(copy, PASSPHRASE)
    path = folder / ("key.npcase" if mode == "key" else "passphrase.npcase")
    real_read = receive.read_case_file

    def each_reading_opens_the_key(*args: Any, **kwargs: Any) -> Any:
        return real_read(*args, **{**kwargs, "file_key": None})

    base, started = _peak_mib(), time.perf_counter()
    before = mode == "before"
    with mock.patch.object(receive, "read_case_file", each_reading_opens_the_key) if before else nullcontext():
        receive.import_case_file(receiving, path, passphrase=None if mode == "key" else FILE_PASSPHRASE)
    return base, started


def _export_in_memory(vault: object, case_id: str, destination: Path) -> None:
    """How passphrase files were made: the whole tar read into memory, then encrypted whole."""
    from unittest import mock

    from pyrage import passphrase as age_passphrase

    from app.vault import handoff

    def whole(out: object, hashing: Any, reader: Any, passphrase: str, moment: int) -> str:
        hashing.write(age_passphrase.encrypt(reader.read(), passphrase))
        return str(hashing.digest.hexdigest())

    with mock.patch.object(handoff, "_write_with_passphrase", whole):
        handoff.export_case(vault, case_id, destination, passphrase=FILE_PASSPHRASE)  # type: ignore[arg-type]


def _child(folder: Path, action: str, mode: str) -> dict[str, float]:
    output = subprocess.run([sys.executable, "-m", "tests.bench.bench_passphrase_file", "--child", action, mode,
                             "--folder", str(folder)], check=True, capture_output=True, text=True).stdout
    return json.loads(output.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2)
    parser.add_argument("--folder")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(step(Path(args.folder), *args.child)))
        return
    folder = Path(tempfile.mkdtemp(prefix="bench-passphrase-"))
    try:
        make(folder, args.megabytes)
        print(f"case: {args.megabytes} MB of evidence files")
        results: dict[tuple[str, str], list[dict[str, float]]] = {}
        for run in range(args.runs):
            for mode in MODES:
                for action in ("export", "check"):
                    results.setdefault((action, mode), []).append(_child(folder, action, mode))
            for mode in MODES:  # the files exported above ("before": the streaming file, as imported until now)
                results.setdefault(("import", mode), []).append(_child(folder, "import", mode))
            results.setdefault(("scrypt", "scrypt"), []).append(_child(folder, "scrypt", "scrypt"))
            print(f"run {run + 1}: " + ", ".join(f"{action} {mode} {results[(action, mode)][-1]['seconds']:.2f} s "
                                                 f"+{results[(action, mode)][-1]['mib']:.0f} MiB"
                                                 for mode in MODES for action in ("export", "check", "import")))
        report(results)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(results: dict[tuple[str, str], list[dict[str, float]]]) -> None:
    scrypt = {key: statistics.median(r[key] for r in results[("scrypt", "scrypt")]) for key in ("seconds", "mib")}
    print(f"scrypt alone (once per passphrase file, either way): {scrypt['seconds']:.2f} s, +{scrypt['mib']:.0f} MiB")
    for action in ("export", "check", "import"):
        median = {mode: {key: statistics.median(r[key] for r in results[(action, mode)]) for key in ("seconds", "mib")}
                  for mode in MODES}
        ours, reference, before = median["passphrase"], median["key"], median["before"]
        print(f"{action}: passphrase {ours['seconds']:.2f} s, +{ours['mib']:.0f} MiB | workstation key "
              f"{reference['seconds']:.2f} s, +{reference['mib']:.0f} MiB | ratio time "
              f"{ours['seconds'] / reference['seconds']:.2f}, memory {ours['mib'] / max(reference['mib'], 1):.2f} | "
              f"before ({'key opened on each reading' if action == 'import' else 'in memory'}) "
              f"{before['seconds']:.2f} s, +{before['mib']:.0f} MiB")
        print(f"  {action} beyond scrypt: passphrase {ours['seconds'] - scrypt['seconds']:.2f} s vs key "
              f"{reference['seconds']:.2f} s, ratio {(ours['seconds'] - scrypt['seconds']) / reference['seconds']:.2f}; "
              f"peak memory {ours['mib']:.0f} MiB vs scrypt alone {scrypt['mib']:.0f} MiB")


if __name__ == "__main__":
    main()

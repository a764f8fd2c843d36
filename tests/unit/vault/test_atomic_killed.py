"""A writer killed with SIGKILL half-way through a file for the officer (the power cut, Windows Update's restart,
Task Manager) leaves its temporary file beside the destination: part of a case file, a backup, an evidence file or
a document, the last two in clear. The next file written to that folder removes it, and never the temporary file of
a writer that is still alive."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.vault import atomic
from app.vault.atomic import LEFTOVER_AFTER_SECONDS, staged_file, sweep_leftovers

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and flock are POSIX")

# A writer that stages a file, writes part of it, says so, and waits to be killed (or told to finish).
WRITER = """
import sys
from pathlib import Path
from app.vault.atomic import staged_file
with staged_file(Path(sys.argv[1]), replace=False) as staged:
    staged.out.write(b"IMG 1 " * 50_000)
    staged.out.flush()
    print("WRITING", flush=True)
    sys.stdin.readline()
    staged.publish()
"""


@pytest.fixture
def writer() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def start_writer(started: list[subprocess.Popen[str]], destination: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(destination)], cwd=ROOT, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    started.append(process)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "WRITING"
    return process


def leftovers(folder: Path) -> list[Path]:
    return sorted(entry for entry in folder.iterdir() if entry.name.startswith(".netpatrol-"))


def age(paths: list[Path]) -> None:
    """As if written before the last power cut: older than a temporary file a writer may have just made."""
    past = time.time() - LEFTOVER_AFTER_SECONDS - 60
    for path in paths:
        os.utime(path, (past, past))


def test_what_a_killed_export_left_is_removed_by_the_next_file_written_there(
        tmp_path: Path, writer: list[subprocess.Popen[str]]) -> None:
    """Seen: `netpatrol export` killed 10 times half-way left 10 `.netpatrol-…` files of up to 60 MB in the
    officer's folder, for good (an exported evidence file's, in clear)."""
    killed = start_writer(writer, tmp_path / "case.npcase")
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=10)
    left = leftovers(tmp_path)
    assert len(left) == 1 and left[0].stat().st_size >= 300_000
    age(left)

    with staged_file(tmp_path / "case.npcase", replace=False) as staged:
        staged.out.write(b"whole")
        staged.publish()

    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["case.npcase"]
    assert (tmp_path / "case.npcase").read_bytes() == b"whole"


def test_a_file_another_writer_is_still_writing_is_left_alone(
        tmp_path: Path, writer: list[subprocess.Popen[str]]) -> None:
    """However old it is (a backup of a large vault takes minutes): the sweep must never break another export."""
    alive = start_writer(writer, tmp_path / "other.npcase")
    theirs = leftovers(tmp_path)
    age(theirs)

    assert sweep_leftovers(tmp_path) == 0
    with staged_file(tmp_path / "mine.pdf") as staged:
        staged.out.write(b"mine")
        staged.publish()
    assert leftovers(tmp_path) == theirs

    assert alive.stdin is not None
    alive.stdin.write("\n")
    alive.stdin.flush()
    assert alive.wait(timeout=10) == 0
    assert leftovers(tmp_path) == [] and (tmp_path / "other.npcase").stat().st_size == 300_000


def test_only_our_old_temporary_files_are_removed(tmp_path: Path) -> None:
    """A document's `.part`, a backup's SQLite journal without its backup: removed. A fresh one (a writer may have
    just made it), and the officer's own files, even with a name like ours: kept."""
    ours = [tmp_path / ".netpatrol-ab12cd_9.part", tmp_path / ".netpatrol-x7y8z9w0",
            tmp_path / ".netpatrol-x7y8z9w0-journal", tmp_path / ".netpatrol-qqqqqqqq-journal"]
    kept = [tmp_path / ".netpatrol-notes.txt", tmp_path / "case.npcase", tmp_path / ".netpatrol-fresh123"]
    for path in ours + kept:
        path.write_bytes(b"IMG 1")
    age(ours + kept[:2])

    assert sweep_leftovers(tmp_path) == len(ours)
    assert sorted(tmp_path.iterdir()) == sorted(kept)


def test_a_sweep_that_cannot_remove_or_read_never_stops_the_write(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    left = tmp_path / ".netpatrol-abcdefgh"
    left.write_bytes(b"IMG 1")
    age([left])

    def refused(_path: Path, *_args: object, **_kwargs: object) -> None:
        raise PermissionError("refused")

    monkeypatch.setattr(Path, "unlink", refused)
    assert sweep_leftovers(tmp_path) == 0
    monkeypatch.undo()
    assert atomic.sweep_leftovers(tmp_path / "missing") == 0
    with staged_file(tmp_path / "case.npcase") as staged:
        staged.out.write(b"whole")
        staged.publish()
    assert (tmp_path / "case.npcase").read_bytes() == b"whole"


def flushed_folders(monkeypatch: pytest.MonkeyPatch, destination: Path) -> list[bool]:
    """Each time a folder is flushed to the disk: whether ``destination`` had its name by then."""
    seen: list[bool] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        if stat.S_ISDIR(os.fstat(descriptor).st_mode):
            seen.append(destination.exists())
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


@pytest.mark.parametrize("replace", [False, True])
def test_the_name_is_flushed_to_the_disk_before_the_file_is_recorded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replace: bool) -> None:
    """A power cut, unlike a kill, loses what the system had not yet written: the file's bytes were flushed, but
    not the folder that names it, so a case file the chain records as exported could be missing after the cut
    (or, on a stick without hard links, an empty claim left under its name). The folder is flushed once the name
    is given, inside the block that then records it."""
    destination = tmp_path / "case.npcase"
    seen = flushed_folders(monkeypatch, destination)
    with staged_file(destination, replace=replace) as staged:
        staged.out.write(b"whole")
        staged.publish()
        assert seen == [True]  # before the block goes on to commit the record
    assert destination.read_bytes() == b"whole"

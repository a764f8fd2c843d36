"""Files written for the officer: whatever goes wrong with the target, one sentence and nothing half-written."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from app.core.errors import StorageFull, StorageReadOnly, TargetIsFolder
from app.vault import atomic
from app.vault.atomic import OutputExists, OutputFolderMissing, OutputNotRecorded, atomic_file, staged_file


@pytest.mark.parametrize(("number", "expected"), [(errno.EROFS, StorageReadOnly), (errno.EACCES, StorageReadOnly),
                                                  (errno.ENOSPC, StorageFull)])
def test_a_folder_that_cannot_take_the_file_is_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            number: int, expected: type) -> None:
    """Seen: `artifact export -o` and `export -o` into a read-only share reached "Internal error" (OSError EROFS
    from the temporary file, where only PermissionError was expected)."""
    def refused(*_args: object, **_kwargs: object) -> None:
        raise OSError(number, "refused")

    monkeypatch.setattr("tempfile.mkstemp", refused)
    with pytest.raises(expected), atomic_file(tmp_path / "case.npcase") as out:
        out.write(b"never")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_named_as_the_file_is_said_so(tmp_path: Path) -> None:
    """Seen: `-o /tmp/folder` said the folder was read-only."""
    with pytest.raises(TargetIsFolder) as refused, atomic_file(tmp_path) as out:
        out.write(b"never")
    assert str(tmp_path) in refused.value.render() and list(tmp_path.iterdir()) == []


def test_a_named_file_that_cannot_be_removed_again_is_said_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file named, then not recorded (the vault's commit failed), and then not removable either: the officer is
    told that it is there and must not be handed over, rather than "Nothing was written"."""
    target = tmp_path / "case.npcase"
    real_unlink = Path.unlink

    def stuck(path: Path, missing_ok: bool = False) -> None:
        if path == target:
            raise OSError(errno.EIO, "medium removed")
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", stuck)
    with pytest.raises(OutputNotRecorded) as refused, staged_file(target) as staged:
        staged.out.write(b"case")
        staged.publish()
        raise StorageFull()
    assert str(target) in refused.value.render() and "do not hand it over" in refused.value.render()


def test_a_staged_file_never_published_leaves_nothing(tmp_path: Path) -> None:
    with staged_file(tmp_path / "case.npcase") as staged:
        staged.out.write(b"never named")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_not_made(tmp_path: Path) -> None:
    """The window's callers as much as the command's: a file goes into a folder that exists."""
    with pytest.raises(OutputFolderMissing), atomic_file(tmp_path / "typo" / "case.npcase") as out:
        out.write(b"never")
    assert list(tmp_path.iterdir()) == []


# -- a file that appears between the early check and the naming -------------------------------------------------
@pytest.fixture(params=["links", "no links"])
def medium(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Either with hard links, or a medium without (a FAT/exFAT stick, some shares: link fails with EPERM)."""
    if request.param == "no links":
        def no_link(*_args: object, **_kwargs: object) -> None:
            raise PermissionError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr("os.link", no_link)
    return str(request.param)


def test_a_file_that_appeared_meanwhile_is_not_replaced(tmp_path: Path, medium: str) -> None:
    """The command checks -o before the work and names the file after it: a file made in between (another
    program, a second run) was silently replaced. Without --force it is refused, with the early check's sentence,
    and nothing of ours stays behind."""
    target = tmp_path / "case.npcase"
    with pytest.raises(OutputExists) as refused, staged_file(target, replace=False) as staged:
        staged.out.write(b"our case file")
        target.write_bytes(b"another unit's case file")  # appears between the check and the naming
        staged.publish()
    assert refused.value.render() == (f"{target} already exists: name another file, or add --force to replace it. "
                                      "Nothing was written.")
    assert target.read_bytes() == b"another unit's case file"
    assert [p.name for p in tmp_path.iterdir()] == ["case.npcase"]


def test_without_a_file_in_the_way_the_name_is_taken_whole(tmp_path: Path, medium: str) -> None:
    target = tmp_path / "case.npcase"
    with staged_file(target, replace=False) as staged:
        staged.out.write(b"our case file")
        staged.publish()
    assert target.read_bytes() == b"our case file" and [p.name for p in tmp_path.iterdir()] == ["case.npcase"]


def test_force_replaces_a_file_that_appeared_meanwhile(tmp_path: Path) -> None:
    target = tmp_path / "case.npcase"
    with staged_file(target, replace=True) as staged:
        staged.out.write(b"our case file")
        target.write_bytes(b"older")
        staged.publish()
    assert target.read_bytes() == b"our case file" and [p.name for p in tmp_path.iterdir()] == ["case.npcase"]


def test_a_claimed_name_that_cannot_take_the_file_is_given_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without hard links the name is claimed empty first: if the file then cannot take it, the empty claim goes."""
    target = tmp_path / "case.npcase"

    def no_link(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.link", no_link)
    monkeypatch.setattr("os.replace", full)
    with pytest.raises(StorageFull), staged_file(target, replace=False) as staged:
        staged.out.write(b"our case file")
        staged.publish()
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def windows_stick(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Windows with a FAT/exFAT stick: no hard links, and a rename that refuses an existing name. Returns each
    naming call with whether the destination already existed then (an empty claim, if it did)."""
    calls: list[tuple[str, bool]] = []
    real_rename, real_replace = os.rename, os.replace

    def no_link(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EINVAL, "Incorrect function")

    def rename(source: str | Path, destination: str | Path) -> None:
        calls.append(("rename", os.path.exists(destination)))
        if os.path.exists(destination):
            raise FileExistsError(errno.EEXIST, "Cannot create a file when that file already exists")
        real_rename(source, destination)

    def replace(source: str | Path, destination: str | Path) -> None:
        calls.append(("replace", os.path.exists(destination)))
        real_replace(source, destination)

    monkeypatch.setattr(atomic, "RENAME_REFUSES_EXISTING", True, raising=False)
    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "replace", replace)
    return calls


def test_on_a_windows_stick_the_name_is_never_held_by_an_empty_file(tmp_path: Path,
                                                                     windows_stick: list[tuple[str, bool]]) -> None:
    """Seen (kill loop, a medium without hard links): `artifact export` killed between claiming the name and
    renaming onto it left a 0-byte a.png beside the whole temporary file, and the next try said it already exists.
    Windows' rename refuses an existing name by itself: the name is taken in one step, with no empty claim."""
    target = tmp_path / "case.npcase"
    with staged_file(target, replace=False) as staged:
        staged.out.write(b"our case file")
        staged.publish()
    assert windows_stick == [("rename", False)]
    assert target.read_bytes() == b"our case file" and [p.name for p in tmp_path.iterdir()] == ["case.npcase"]


def test_on_a_windows_stick_a_file_that_appeared_meanwhile_is_not_replaced(
        tmp_path: Path, windows_stick: list[tuple[str, bool]]) -> None:
    target = tmp_path / "case.npcase"
    with pytest.raises(OutputExists), staged_file(target, replace=False) as staged:
        staged.out.write(b"our case file")
        target.write_bytes(b"another unit's case file")
        staged.publish()
    assert target.read_bytes() == b"another unit's case file" and [p.name for p in tmp_path.iterdir()] == [target.name]


class _FullDisk(io.FileIO):
    """A file on a disk with no space left: every write that reaches the disk fails, as it does on a full tmpfs."""

    def write(self, _data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("publish", [False, True])
def test_a_full_disk_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, publish: bool) -> None:
    """Seen: `export -o` onto a full disk said "Nothing was written" and left a `.netpatrol-…` file of 86 KB in the
    folder (closing the temporary file wrote out its buffered rest, which failed again, before it was removed)."""
    monkeypatch.setattr("os.fdopen", lambda handle, mode: io.BufferedRandom(_FullDisk(handle, "r+")))
    with pytest.raises(StorageFull), staged_file(tmp_path / "case.npcase") as staged:
        staged.out.write(b"header")  # kept in the buffer: nothing has reached the disk yet
        if publish:
            staged.publish()  # its flush meets the full disk
        else:
            raise OSError(errno.ENOSPC, "No space left on device")  # as the encryption's next write would
    assert list(tmp_path.iterdir()) == []

"""Files written for the officer: whatever goes wrong with the target, one sentence and nothing half-written."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.core.errors import StorageFull, StorageReadOnly, TargetIsFolder
from app.vault.atomic import OutputFolderMissing, OutputNotRecorded, atomic_file, staged_file


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

"""Files written for the officer: whatever goes wrong with the target, one sentence and nothing half-written."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.core.errors import StorageFull, StorageReadOnly, TargetIsFolder
from app.vault.atomic import atomic_file


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

"""Why a file could not be written, as Windows and removable media say it: each its own sentence, nothing written.

Python gives several of these the same errno as "no permission" (EACCES) or as nothing in particular (EINVAL), and
keeps Windows' own number in ``winerror``; here that attribute is set on the error, as Python sets it on Windows."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.core.errors import BadFileName, FileInUse, FileTooLargeForDisk, StorageReadOnly
from app.vault.atomic import atomic_file


def _windows_error(number: int, winerror: int | None) -> OSError:
    error = PermissionError(number, "refused") if number == errno.EACCES else OSError(number, "refused")
    if winerror is not None:
        error.winerror = winerror  # type: ignore[attr-defined]  # what CPython sets on Windows
    return error


def _replace_fails(monkeypatch: pytest.MonkeyPatch, error: OSError) -> None:
    def refused(*_args: object) -> None:
        raise error

    monkeypatch.setattr(os, "replace", refused)


def test_replacing_a_pdf_open_in_the_reader_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows will not replace a file another program holds open: the officer re-saved the evidence list while
    it was open in the PDF reader, and was told the folder was read-only or without permission."""
    target = tmp_path / "NP-115-0004-evidence.pdf"
    target.write_bytes(b"the earlier PDF")
    for winerror in (32, 5):  # a sharing violation; access denied, which MoveFileEx also gives for an open file
        _replace_fails(monkeypatch, _windows_error(errno.EACCES, winerror))
        with pytest.raises(FileInUse) as refused, atomic_file(target) as out:
            out.write(b"the new PDF")
        assert "open in another program" in refused.value.render() and str(target) in refused.value.render()
        assert [p.name for p in tmp_path.iterdir()] == [target.name] and target.read_bytes() == b"the earlier PDF"


def test_a_new_file_refused_for_permission_is_still_said_to_be_read_only(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _replace_fails(monkeypatch, _windows_error(errno.EACCES, 5))
    with pytest.raises(StorageReadOnly), atomic_file(tmp_path / "new.pdf") as out:
        out.write(b"never")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("error", [_windows_error(errno.EFBIG, None),         # Linux, vfat
                                   _windows_error(errno.EINVAL, 223),        # Windows: ERROR_FILE_TOO_LARGE
                                   _windows_error(errno.EINVAL, 665)])       # Windows: file system limitation
def test_a_case_file_too_large_for_a_fat32_stick_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        error: OSError) -> None:
    """A case file or backup of 4 GiB or more on a FAT32 USB stick: the write fails past 4 GiB, and the officer
    was told the stick was read-only."""
    _replace_fails(monkeypatch, error)
    with pytest.raises(FileTooLargeForDisk) as refused, atomic_file(tmp_path / "case.npcase") as out:
        out.write(b"case")
    assert "FAT32" in refused.value.render() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("error", [_windows_error(errno.EINVAL, 123), _windows_error(errno.ENAMETOOLONG, None),
                                   _windows_error(errno.EINVAL, 206)])
def test_a_name_windows_refuses_is_a_usage_error_not_a_read_only_disk(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       error: OSError) -> None:
    """`netpatrol transcript -o "NP:115?.pdf"` on Windows: the name, not the disk, is the matter."""
    _replace_fails(monkeypatch, error)
    with pytest.raises(BadFileName) as refused, atomic_file(tmp_path / "NP:115?.pdf") as out:
        out.write(b"never")
    assert int(refused.value.exit_code) == 2 and list(tmp_path.iterdir()) == []


def test_a_file_a_scanner_holds_for_a_moment_is_named_when_it_lets_go(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows Defender opens every file just written to scan it; a rename meanwhile is refused (sharing violation,
    access denied). Before: the export or document failed with "open in another program" for a file nobody had
    open. Now the name is tried again for a moment; an error of another kind is raised at once."""
    from app.vault import atomic

    target = tmp_path / "NP-115-0004-evidence.pdf"
    real_replace = os.replace
    calls: list[int] = []

    def scanned_twice(*args: object) -> None:
        calls.append(1)
        if len(calls) <= 2:
            raise _windows_error(errno.EACCES, 32 if len(calls) == 1 else 5)
        real_replace(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.time, "sleep", lambda _seconds: None)
    monkeypatch.setattr(os, "replace", scanned_twice)
    with atomic_file(target) as out:
        out.write(b"the PDF")
    assert target.read_bytes() == b"the PDF" and len(calls) == 3
    assert [p.name for p in tmp_path.iterdir()] == [target.name]

    calls.clear()
    _replace_fails(monkeypatch, _windows_error(errno.EACCES, None))  # no winerror: POSIX's "no permission"
    with pytest.raises(StorageReadOnly), atomic_file(tmp_path / "other.pdf") as out:
        out.write(b"x")
    assert not (tmp_path / "other.pdf").exists()

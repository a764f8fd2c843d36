"""Files written for the officer (an evidence file, a case file) appear whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.core.errors import StorageFull, StorageReadOnly, TargetIsFolder


@contextlib.contextmanager
def atomic_file(destination: Path) -> Iterator[BinaryIO]:
    """A temporary file beside ``destination``, renamed onto it only when the block ends normally.

    Any exception (ours, a failed hash check, a full disk) removes the temporary file, so a half-written
    file never appears under the destination name. Disk errors become the officer's one sentence."""
    if destination.is_dir():
        raise TargetIsFolder(path=str(destination))
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".netpatrol-", dir=destination.parent)
    except OSError as exc:  # a read-only share or medium (EROFS) as much as a folder without permission
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise StorageReadOnly(path=str(destination.parent)) from None
    try:
        with os.fdopen(handle, "w+b") as out:  # readable too: a passphrase case file is hashed as written
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, destination)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from exc
        raise StorageReadOnly(path=str(destination)) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise

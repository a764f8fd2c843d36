"""A persistent persona whose folder the disk cannot take: one sentence, and no half-made persona left behind."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.core.errors import StorageFull
from app.infra.personas import PersonaManager


def test_a_persona_the_disk_cannot_take_leaves_nothing_and_can_be_made_later(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: on a full disk the persona's folder was made but not its marker; the officer read "cannot write
    (read-only or no permission)", and every later try with the same name said so again, space freed or not (the
    empty folder stayed and took the name)."""
    root = tmp_path / "personas"
    personas = PersonaManager(root, lambda _profile: None)
    real_write_text = Path.write_text

    def full(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(StorageFull):
        personas.create("臥底帳號甲")
    assert not root.exists() or list(root.iterdir()) == []
    monkeypatch.setattr(Path, "write_text", real_write_text)  # space freed
    made = personas.create("臥底帳號甲")
    assert [p.name for p in personas.personas()][1:] == ["臥底帳號甲"] and made.folder is not None

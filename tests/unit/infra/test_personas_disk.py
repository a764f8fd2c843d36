"""A persistent persona whose folder the disk cannot take: one sentence, and no half-made persona left behind."""

from __future__ import annotations

import errno
import os
import stat
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


@pytest.mark.skipif(os.name != "posix", reason="on Windows the folder's ACLs decide, not modes")
def test_a_persona_folder_is_the_officers_alone(qtbot, tmp_path: Path) -> None:
    """Seen (session 25, umask 022): the persona's folder was 0755 and its marker, which names the undercover
    account, 0644, and Chromium left "Visited Links" 0644 in it: another account of the workstation could read
    them. A folder made before is narrowed when its profile is next opened."""
    root = tmp_path / "personas"
    personas = PersonaManager(root, lambda _profile: None)
    old = os.umask(0o022)
    try:
        made = personas.create("臥底帳號乙")
        earlier = root / "earlier"  # one made by the code before
        earlier.mkdir(mode=0o755)
        (earlier / "persona.json").write_text('{"id": "earlier", "name": "臥底帳號丙"}', encoding="utf-8")
    finally:
        os.umask(old)
    assert made.folder is not None and stat.S_IMODE(made.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(root.stat().st_mode) == 0o755  # the officer's folder: theirs to decide
    personas.profile(personas.get("earlier"))  # what opening the persona's first tab does
    assert stat.S_IMODE(earlier.stat().st_mode) == 0o700

"""The procedures on disk, reloadable, keeping the last good one when an edit breaks a file.

An administrator edits ``resources/procedures/*.json`` while officers work. A typo must not take
the checklist away from them: :meth:`ProcedureLibrary.reload` re-reads the folder, keeps what it
had for any file that no longer validates, and returns the errors (file and line) for the
administrator to see. The newest valid version is the one in force (versions are dates, with an
optional ``.N`` revision: ``2025-07-08``, ``2025-07-08.2``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.checklist.procedure import Procedure, ProcedureFileError, load_procedure
from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP


class NoProcedure(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "No valid procedure file was found in {folder}; the checklist cannot be shown.")


@dataclass(frozen=True)
class _Loaded:
    mtime_ns: int
    size: int
    procedure: Procedure


class ProcedureLibrary:
    """All procedure files of one folder. Not thread-safe: reload from one thread (the UI's)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._loaded: dict[str, _Loaded] = {}
        self.errors: list[ProcedureFileError] = []

    def reload(self) -> list[ProcedureFileError]:
        """Re-read changed files; a file that fails keeps its last good version. Returns the errors."""
        errors: list[ProcedureFileError] = []
        present = sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []
        for gone in set(self._loaded) - {path.name for path in present}:
            del self._loaded[gone]  # removed on purpose: an administrator withdrew that version
        for path in present:
            stat = path.stat()
            known = self._loaded.get(path.name)
            if known is not None and (known.mtime_ns, known.size) == (stat.st_mtime_ns, stat.st_size):
                continue
            try:
                procedure = load_procedure(path)
            except ProcedureFileError as error:
                errors.append(error)
                continue
            self._loaded[path.name] = _Loaded(stat.st_mtime_ns, stat.st_size, procedure)
        self.errors = errors
        return errors

    def current(self) -> Procedure:
        """The newest valid procedure (loading the folder the first time)."""
        if not self._loaded and not self.errors:
            self.reload()
        if not self._loaded:
            raise NoProcedure(folder=str(self.folder))
        return max((entry.procedure for entry in self._loaded.values()), key=lambda p: p.version_key)

    def version(self, version: str) -> Procedure | None:
        """A specific version (the one a past event was recorded under), if still on disk."""
        return next((e.procedure for e in self._loaded.values() if e.procedure.version == version), None)

    def procedures(self) -> list[Procedure]:
        return sorted((e.procedure for e in self._loaded.values()), key=lambda p: p.version_key)

"""Personas: one browser profile per undercover account, cookies and storage kept apart.

The default persona is off the record: nothing it sees or sets survives the session. A persistent
persona (an undercover account that must stay logged in) keeps its cookies and site data in its own
subfolder of a folder the officer chooses; the pages and pictures it shows are cached in memory only
(Chromium's disk cache kept every one of them there, unencrypted). NetPatrol does not encrypt that data: Chromium writes it
as ordinary files, so the interface says so plainly and the officer should put the folder on an
encrypted volume (BitLocker) or accept that anyone with the folder can use the account.

No widgets here: the panel asks for a profile by persona id, and ``configure`` (given by the
caller) installs the scripts and policies every profile needs.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineProfileBuilder

from app.core.datafile import DataFileError, read_json
from app.core.errors import KnownError, StorageReadOnly, write_failure
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.models import OFF_THE_RECORD_LOGGED, persona_label
from app.core.timeutil import iso_utc, utc_now
from app.vault.atomic import narrow_to_owner

OFF_THE_RECORD = "off-the-record"
MARKER = "persona.json"
CACHE_FOLDER = "cache"
_SLUG = re.compile(r"[^0-9A-Za-z_-]+")


class PersonaNameError(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "A persona needs a name that no other persona in this folder uses.")


class NoPersonaFolder(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "Choose a folder for persistent personas first.")


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    folder: Path | None = None  # None: off the record

    @property
    def persistent(self) -> bool:
        return self.folder is not None

    @property
    def encrypted_at_rest(self) -> bool:
        """Whether NetPatrol encrypts this persona's stored cookies and site data: it does not."""
        return False

    @property
    def logged_name(self) -> str:
        """What the patrol log and captures record: stable, not translated (``off-the-record`` or the name)."""
        return self.name

    def label(self) -> str:
        return persona_label(self.logged_name) if not self.persistent else self.name


DEFAULT_PERSONA = Persona(OFF_THE_RECORD, OFF_THE_RECORD_LOGGED)



ProfileHook = Callable[[QWebEngineProfile], None]


class PersonaManager(QObject):
    """Creates each persona's QWebEngineProfile once, on first use, and owns it."""

    def __init__(self, root: Path | None, configure: ProfileHook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = root
        self._configure = configure
        self._profiles: dict[str, QWebEngineProfile] = {}

    @property
    def root(self) -> Path | None:
        return self._root

    def set_root(self, folder: Path | None) -> None:
        """Use another folder for persistent personas (profiles already open stay as they are)."""
        self._root = folder

    def label_of(self, logged_name: str) -> str:
        """The label to show for a persona name read back from the log."""
        return persona_label(logged_name)

    def personas(self) -> list[Persona]:
        """Off the record first, then every persistent persona found in the folder, by name."""
        found: list[Persona] = []
        if self._root is not None and self._root.is_dir():
            for marker in sorted(self._root.glob(f"*/{MARKER}")):
                persona = _read_marker(marker)
                if persona is not None:
                    found.append(persona)
        return [DEFAULT_PERSONA, *sorted(found, key=lambda p: p.name)]

    def get(self, persona_id: str) -> Persona:
        for persona in self.personas():
            if persona.id == persona_id:
                return persona
        return DEFAULT_PERSONA

    def create(self, name: str) -> Persona:
        """A new persistent persona in the chosen folder."""
        name = name.strip()
        if self._root is None:
            raise NoPersonaFolder()
        if not name or any(p.name == name for p in self.personas()):
            raise PersonaNameError()
        persona_id = _persona_id(name)
        folder = self._root / persona_id
        try:
            folder.mkdir(parents=True, exist_ok=False)
        except FileExistsError:  # a folder of that id without its marker: not ours to use or remove
            raise StorageReadOnly(path=str(folder)) from None
        except OSError as exc:
            raise write_failure(folder, exc) from None
        _keep_to_owner(folder)
        try:
            (folder / MARKER).write_text(json.dumps({"id": persona_id, "name": name, "created_at": iso_utc(utc_now())},
                                                    ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as exc:  # e.g. a full disk: the folder just made goes, or it would keep the name taken
            shutil.rmtree(folder, ignore_errors=True)
            raise write_failure(folder, exc) from None
        return Persona(persona_id, name, folder)

    def profile(self, persona: Persona) -> QWebEngineProfile:
        """The persona's profile, made on first use; the same object afterwards."""
        profile = self._profiles.get(persona.id)
        if profile is None:
            profile = self._build(persona)
            self._configure(profile)
            self._profiles[persona.id] = profile
        return profile

    def _build(self, persona: Persona) -> QWebEngineProfile:
        builder = QWebEngineProfileBuilder()
        if persona.folder is None:
            profile = QWebEngineProfileBuilder.createOffTheRecordProfile(self)
        else:
            _forget_cached_pages(persona.folder)
            _keep_to_owner(persona.folder)  # one made before this was done
            builder.setPersistentStoragePath(str(persona.folder / "storage"))
            builder.setCachePath(str(persona.folder / CACHE_FOLDER))
            builder.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.ForcePersistentCookies)
            # staying logged in needs the cookies and site storage, not the pages and pictures: in memory only
            builder.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
            builder.setPersistentPermissionsPolicy(QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime)
            profile = builder.createProfile(f"netpatrol-{persona.id}", self)
        profile.setPersistentPermissionsPolicy(QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime)
        return profile

    def open_profiles(self) -> dict[str, QWebEngineProfile]:
        return dict(self._profiles)


def _keep_to_owner(folder: Path) -> None:
    """Take away what group and others may do in a persona's folder (POSIX). Chromium keeps its own storage
    owner-only, but not all of it (seen: "Visited Links" 0644), and the marker, which names the undercover
    account, was 0644 in a 0755 folder: any local account could read who the officer patrols as. The folder
    chosen to hold the personas is the officer's (a shared one stays shared); an error here only narrows less."""
    narrow_to_owner(folder)


def _forget_cached_pages(folder: Path) -> None:
    """Remove the page cache an earlier version kept on disk (every page and picture patrolled under the
    persona, unencrypted): a persona's cache is in memory now, so the folder holds nothing it needs."""
    shutil.rmtree(folder / CACHE_FOLDER, ignore_errors=True)


def _persona_id(name: str) -> str:
    """A folder-safe id; the hash keeps two Chinese names apart when the slug would be empty."""
    slug = _SLUG.sub("-", name).strip("-")[:24].lower()
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else f"persona-{digest}"


def _read_marker(marker: Path) -> Persona | None:
    try:
        document, _ = read_json(marker)
    except DataFileError:
        return None
    if not isinstance(document, dict) or not isinstance(document.get("name"), str):
        return None
    return Persona(marker.parent.name, document["name"], marker.parent)

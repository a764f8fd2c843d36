"""Where NetPatrol keeps things on a workstation (platformdirs), all overridable for tests.

``NETPATROL_HOME`` puts everything (vault, settings, logs, cache) under one folder, which the tests
and portable installs use.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from platformdirs import PlatformDirs

from app import APP_NAME
from app.core.installdir import install_root

ROOT = install_root()  # the source folder, or the PyInstaller bundle's data folder when frozen
RESOURCES = ROOT / "resources"
I18N = ROOT / "i18n"


def missing_install_data() -> Path | None:
    """The data folder NetPatrol reads in place (procedures, adapters, platforms, fonts), when it is
    not there: a plain ``pip install .`` copies only the code, so the app is installed editable from
    its unpacked folder (README) and this says so instead of failing later on a missing file."""
    return None if RESOURCES.is_dir() else RESOURCES


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False, ensure_exists=False)


def _home() -> Path | None:
    value = os.environ.get("NETPATROL_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(_dirs().user_data_dir)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(_dirs().user_config_dir)


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(_dirs().user_log_dir)


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(_dirs().user_cache_dir)


def documents_dir() -> Path:
    """Where the save dialogs for documents and transcripts start: the officer's Documents folder
    (the home folder when there is none), never the folder the program happened to start in."""
    folder = Path(_dirs().user_documents_dir)
    return folder if folder.is_dir() else Path.home()


def default_vault() -> Path:
    return data_dir() / "vault.npv"


def settings_file() -> Path:
    return config_dir() / "netpatrol.ini"


def sweep_cache_folder(name: str) -> int:
    """Remove the cache folder ``name`` with what a killed or crashed process left in it (a download not yet
    stored, a saved page opened offline: never evidence, the vault holds that), at the next start. Returns how
    many entries it held."""
    root = cache_dir() / name
    if not root.is_dir():
        return 0
    count = sum(1 for _ in root.iterdir())
    shutil.rmtree(root, ignore_errors=True)
    return count

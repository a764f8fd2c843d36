"""An install that lacks NetPatrol's data says so in one sentence, and the package carries the page
helpers the capture engines load next to their modules."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app import cli
from app.infra import paths

ROOT = Path(__file__).resolve().parents[3]


def test_a_missing_data_folder_is_named_before_anything_runs(monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert paths.missing_install_data() is None   # this checkout has it
    missing = tmp_path / "site-packages" / "resources"
    monkeypatch.setattr(paths, "RESOURCES", missing)
    assert cli.run(["case", "list"]) == 1
    err = capsys.readouterr().err
    assert str(missing) in err and "pip install -e ." in err and err.count("\n") == 1


def test_the_built_package_carries_the_capture_page_helpers(tmp_path: Path) -> None:
    # Built from a copy: setuptools leaves build/ and *.egg-info behind, and a stale build/ would
    # hide a file the package configuration forgets.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "app", source / "app", ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path), str(source)], check=True, capture_output=True, timeout=240)
    wheel = next(tmp_path.glob("netpatrol-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    helpers = {f"app/capture/{p.name}" for p in (ROOT / "app" / "capture").glob("*.js")}
    assert {"app/capture/page.js", "app/capture/chat.js"} <= helpers <= names

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
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    declared = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]\nnetpatrol-gui = app.cli:main" in declared  # Windows: the launcher with no console


def test_without_a_console_the_error_is_shown_in_a_message_box(monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    """netpatrol-gui.exe (pythonw) has no stdout or stderr: the sentence goes to a message box, not lost
    and not a crash on writing to None."""
    import app.main

    shown: list[str] = []
    monkeypatch.setattr(app.main, "show_startup_error", shown.append)
    monkeypatch.setattr(cli._Console, "present", True)  # restored after the test
    missing = tmp_path / "site-packages" / "resources"
    monkeypatch.setattr(paths, "RESOURCES", missing)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main([]) == 1
    assert len(shown) == 1 and str(missing) in shown[0]
    assert sys.stdout is not None and sys.stderr is not None  # a later print goes nowhere, harmlessly
    assert cli.main(["--version"]) == 0

"""In the PyInstaller workstation bundle (installer/netpatrol.spec) NetPatrol's data sits in the
bundle's data folder (``sys._MEIPASS``), not beside the source: every data path must follow it."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

from app.capture import takedown
from app.core.installdir import install_root
from app.infra import paths
from app.reports import fonts

APP = Path(__file__).resolve().parents[3] / "app"


def test_frozen_data_paths_resolve_inside_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "netpatrol" / "_internal"   # a pretend bundle's data folder
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sys, "frozen", True, raising=False)
            patch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
            importlib.reload(paths)
            assert install_root() == bundle
            assert bundle == paths.ROOT
            assert bundle / "resources" == paths.RESOURCES
            assert bundle / "i18n" == paths.I18N
            assert paths.missing_install_data() == bundle / "resources"   # the pretend bundle is empty
    finally:
        importlib.reload(paths)
    assert APP.parent == paths.ROOT   # restored for every other test


def test_from_source_the_data_is_beside_the_app_package() -> None:
    assert not getattr(sys, "frozen", False)
    assert install_root() == paths.ROOT == APP.parent
    assert (paths.RESOURCES / "takedown_patterns.json").is_file()
    assert fonts.FONTS_DIR == paths.RESOURCES / "fonts"
    assert takedown.DEFAULT_PATTERNS == paths.RESOURCES / "takedown_patterns.json"


def _climbs_out_of_its_package(path: Path) -> bool:
    """``Path(__file__)...parent.parent`` or ``.parents[n]``: a path worked out from the source layout."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "parent" and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "parent":
            return True
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "parents":
            return True
    return False


def test_only_installdir_works_out_the_data_folder_from_the_source_layout() -> None:
    offenders = [str(p.relative_to(APP)) for p in APP.rglob("*.py")
                 if _climbs_out_of_its_package(p) and p != APP / "core" / "installdir.py"]
    assert offenders == [], f"{offenders}: use app.core.installdir.install_root() (or app.infra.paths)"
    assert _climbs_out_of_its_package(APP / "core" / "installdir.py")   # the scan sees the one that does

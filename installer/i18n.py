"""Qt Linguist workflow for NetPatrol: extract, fill, check and compile translations.

    python installer/i18n.py update            # pyside6-lupdate over app/ -> i18n/*.ts (keeps translations)
    python installer/i18n.py apply zh_TW F.json # set translations from {"English source": "中文", ...}
    python installer/i18n.py fill-en           # English: translation = source for every message
    python installer/i18n.py check             # exit 1 and list messages without a finished translation
    python installer/i18n.py build [OUTDIR]    # pyside6-lrelease -> .qm (default: i18n/)

The source language of the code is English; zh_TW is the officers' language and must be complete.
A lock file keeps two developers (or helpers) from rewriting the .ts files at the same moment.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("zh_TW", "en")


def ts_file(language: str) -> Path:
    return I18N / f"netpatrol_{language}.ts"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    I18N.mkdir(exist_ok=True)
    with (I18N / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def update() -> None:
    with _locked():
        for language in LANGUAGES:
            subprocess.run(
                [_tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
                 "-source-language", "en", "-target-language", language, "-ts", str(ts_file(language))],
                check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
            )
        _fill_en()


def _messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _set(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.text = text
    translation.attrib.pop("type", None)


def _escape_like_lupdate(text: str) -> str:
    return text.replace("'", "&apos;").replace('"', "&quot;").replace("\u3000", "&#x3000;")


def _write(tree: ET.ElementTree, path: Path) -> None:
    """Write in lupdate's own layout (contexts at column 0), so the two tools do not fight over it."""
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = re.sub(r">([^<]*)<", lambda m: ">" + _escape_like_lupdate(m.group(1)) + "<",
                  ET.tostring(root, encoding="unicode"))  # text escaped as lupdate does; attributes untouched
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _fill_en() -> None:
    path = ts_file("en")
    tree = ET.parse(path)
    for _context, message in _messages(tree):
        _set(message, message.findtext("source") or "")
    _write(tree, path)


def apply(language: str, mapping_file: Path) -> None:
    """Set translations from a JSON object {source: translation} or {context: {source: translation}}."""
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    with _locked():
        path = ts_file(language)
        tree = ET.parse(path)
        applied = 0
        for context, message in _messages(tree):
            source = message.findtext("source") or ""
            scoped = mapping.get(context)
            text = scoped.get(source) if isinstance(scoped, dict) else None
            text = text or (mapping.get(source) if isinstance(mapping.get(source), str) else None)
            if text:
                _set(message, text)
                applied += 1
        _write(tree, path)
    print(f"{applied} translations applied to {path.name}")


def unfinished(language: str) -> list[str]:
    tree = ET.parse(ts_file(language))
    missing = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"} or not (
            translation.text or "").strip():
            missing.append(f"{context}: {message.findtext('source')}")
    return missing


def check() -> int:
    status = 0
    for language in LANGUAGES:
        missing = unfinished(language)
        for line in missing:
            print(f"{language}: unfinished: {line}")
        status |= bool(missing)
    return status


def build(outdir: Path) -> None:
    """Compile each .ts, then rename the .qm into place.

    A running NetPatrol maps its .qm file into memory; lrelease rewrites the file in place, which
    changed the mapped bytes under it and crashed it (seen: SIGSEGV in QTranslator::translate after
    a rebuild). A new file renamed over the old one leaves the running copy its old bytes.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = outdir / f"netpatrol_{language}.qm"
        fresh = target.with_suffix(".qm.new")
        subprocess.run([_tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(fresh)], check=True,
                       stdout=subprocess.DEVNULL)
        fresh.replace(target)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "apply":
        apply(argv[1], Path(argv[2]))
    elif command == "fill-en":
        with _locked():
            _fill_en()
    elif command == "check":
        return check()
    elif command == "build":
        build(Path(argv[1]) if len(argv) > 1 else I18N)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

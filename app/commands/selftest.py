"""``netpatrol selftest``: prove on this machine, offscreen and without touching the officer's vault,
that the things the workstation stands on work: the vault (SQLCipher, sealing, audit chain), the
browser engine (QtWebEngine renders Chinese), capture (the full page through the DevTools channel,
hashed and stored), PDF output (with the shipped TrueType font), and case files (exported to a second
temporary vault's key and imported there).

Each check reports OK or FAIL with a one-line reason; the command exits 0 only when all pass. It is
the first thing to run on a newly installed workstation and the frozen-build smoke test.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.cli import Output
from app.core.errors import ExitCode, KnownError
from app.core.i18n import QT_TRANSLATE_NOOP, translate

PAGE = """<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>自我檢測</title>
<style>body{margin:0;font:16px sans-serif} .box{height:900px;background:#bbb;border-bottom:4px solid #444}</style>
</head><body><h1>網路巡邏工作站自我檢測</h1><p>測試帳號：selftest_account_01</p>
<div class="box">IMG 1</div><div class="box">IMG 2</div><p id="end">頁尾</p></body></html>"""
PASSPHRASE = "selftest passphrase, not for use"
# Each check: its id (the JSON's "check", the same in every language) and its name for people.
CHECK_NAMES = {
    "vault": QT_TRANSLATE_NOOP("selftest", "vault"),
    "browser + capture": QT_TRANSLATE_NOOP("selftest", "browser + capture"),
    "pdf": QT_TRANSLATE_NOOP("selftest", "PDF"),
    "case file": QT_TRANSLATE_NOOP("selftest", "case file"),
}


class CheckFailed(RuntimeError):
    """What a check found wrong, in the reader's language (an unexpected exception is reported as is)."""

    def __init__(self, text: str, **values: object) -> None:
        super().__init__(translate("selftest", text).format(**values))


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {"check": self.name, "ok": self.ok, "detail": self.detail, "seconds": round(self.seconds, 2)}

    def line(self) -> str:
        return translate("selftest", "{mark}  {name}: {detail} ({seconds} s)").format(
            mark="OK  " if self.ok else "FAIL", name=translate("selftest", CHECK_NAMES[self.name]), detail=self.detail,
            seconds=f"{self.seconds:.1f}")


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    start = time.perf_counter()
    try:
        detail = check()
        return CheckResult(name, True, detail, time.perf_counter() - start)
    except KnownError as error:
        return CheckResult(name, False, error.render(), time.perf_counter() - start)
    except CheckFailed as error:
        return CheckResult(name, False, str(error), time.perf_counter() - start)
    except Exception as error:
        traceback.print_exc()
        return CheckResult(name, False, f"{type(error).__name__}: {error}", time.perf_counter() - start)


class SelfTest:
    """The checks share one temporary vault, which is deleted afterwards."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.vault: Any = None
        self.case_id = ""
        self.capture_id = ""

    def check_vault(self) -> str:
        from app.core.models import ArtifactKind, Role
        from app.vault import Vault

        self.vault = Vault.create(self.folder / "selftest.npv", PASSPHRASE, officer="selftest", unit="selftest")
        case = self.vault.create_case("自我檢測案件", ["PTT"])
        self.case_id = case.id
        person = self.vault.add_person(case.id, Role.VICTIM, "自我檢測虛構")
        self.vault.add_artifact(case.id, ArtifactKind.TEXT, "probe.txt", "text/plain", "證據".encode())
        if self.vault.reveal(person.id, "selftest", PASSPHRASE).name != "自我檢測虛構":
            raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "the sealed identity did not come back as it went in"))
        if not self.vault.search("檢測"):
            raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "the Chinese full-text search found nothing"))
        report = self.vault.verify()
        if not report.ok:
            raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "the check found: {problems}"),
                                  problems="; ".join(p.render() for p in report.problems))
        cipher = self.vault.db.scalar("PRAGMA cipher_version")
        return translate("selftest", "SQLCipher {cipher}, {entries} audit entries verified").format(
            cipher=cipher, entries=report.audit_entries)

    def check_capture(self) -> str:
        from app.capture.engine import CaptureOptions, capture_page
        from app.capture.images import is_blank, png_size
        from app.commands.capture import _capture_offscreen
        from app.core.capture import FileRole
        from app.vault.captures import store_capture

        page = self.folder / "selftest.html"
        page.write_text(PAGE, encoding="utf-8")
        options = CaptureOptions(max_seconds=10)
        capture = _capture_offscreen(page.as_uri(), options.load_timeout, lambda tab: capture_page(tab, options))
        full = capture.files_of(FileRole.FULL_PAGE)
        if not full or is_blank(full[0].data):
            raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "no full-page image, or a blank one"))
        width, height = png_size(full[0].data)
        if height < 1800:
            raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "the full-page image is only {height} px tall"), height=height)
        if "網路巡邏工作站自我檢測" not in capture.text:
            raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "the Chinese text was not captured"))
        stored, artifacts = store_capture(self.vault, self.case_id, capture)
        self.capture_id = stored.id
        complete = QT_TRANSLATE_NOOP("selftest", "complete") if capture.completeness.complete else \
            QT_TRANSLATE_NOOP("selftest", "incomplete")
        return translate("selftest", "{count} evidence files, full page {width}×{height} px, {complete}").format(
            count=len(artifacts), width=width, height=height, complete=translate("selftest", complete))

    def check_pdf(self) -> str:
        from app.reports.document import write_pdf
        from app.reports.evidence import evidence_list
        from app.vault.dossier import build_dossier

        target = self.folder / "selftest.pdf"
        write_pdf(evidence_list(build_dossier(self.vault, self.case_id), "zh_TW"), target)
        data = target.read_bytes()
        if not data.startswith(b"%PDF") or b"FontFile2" not in data:
            raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "the PDF has no embedded TrueType font"))
        return translate("selftest", "evidence list, {size} bytes, TrueType font embedded").format(size=f"{len(data):,}")

    def check_case_file(self) -> str:
        """Export the case to a second vault's key and import it there (age, Ed25519, the tar stream):
        in a frozen build this is also what proves pyrage and cryptography were bundled."""
        from app.vault import Vault
        from app.vault.handoff import export_case, workstation_keys
        from app.vault.receive import import_case_file

        receiving = Vault.create(self.folder / "receiving.npv", PASSPHRASE, officer="selftest", unit="selftest")
        try:
            result = export_case(self.vault, self.case_id, self.folder / "selftest.npcase",
                                 recipients=[workstation_keys(receiving).recipient])
            received = import_case_file(receiving, result.path)
            report = receiving.verify()
            if not report.ok:
                raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "the check found: {problems}"),
                                  problems="; ".join(p.render() for p in report.problems))
        finally:
            receiving.lock()
        return translate("selftest", "{files} evidence files exported, verified and imported").format(
            files=received.report.files)

    def close(self) -> None:
        if self.vault is not None:
            self.vault.lock()


def run_selftest() -> list[CheckResult]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test never opens a window
    with tempfile.TemporaryDirectory(prefix="netpatrol-selftest-") as folder:
        test = SelfTest(Path(folder))
        try:
            results = [_run("vault", test.check_vault)]
            skipped = translate("selftest", "skipped: the vault check failed")
            for name, check in (("browser + capture", test.check_capture), ("pdf", test.check_pdf),
                                ("case file", test.check_case_file)):
                results.append(_run(name, check) if results[0].ok else CheckResult(name, False, skipped, 0))
        finally:
            test.close()
    return results


def cmd_selftest(args: argparse.Namespace) -> Output:
    results = run_selftest()
    ok = all(result.ok for result in results)
    lines = [result.line() for result in results]
    lines.append(translate("cli", "All checks passed.") if ok else translate("cli", "Some checks failed."))
    return Output([r.as_dict() for r in results], lines, ExitCode.OK if ok else ExitCode.ERROR)


def register(commands: Any, add: Any) -> None:
    add("selftest", cmd_selftest, translate("cli", "check browser, capture, vault, PDF and case files offscreen"))

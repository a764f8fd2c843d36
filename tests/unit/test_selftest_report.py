"""`netpatrol selftest` reports in the reader's language (the installer runs it on each workstation);
its JSON keeps the checks' ids the same in every language."""

from __future__ import annotations

import pytest

from app.commands.selftest import CheckFailed, CheckResult, _run
from app.core.i18n import QT_TRANSLATE_NOOP
from tests.unit.reports.conftest import zh_tw  # noqa: F401 - the fixture


@pytest.mark.usefixtures("zh_tw")
def test_the_report_is_in_chinese_for_a_chinese_interface() -> None:
    """Seen: 「OK    vault: SQLCipher 4.19.0 community, 5 audit entries verified (2.8 s)」 under 「所有檢查均通過。」."""
    passed = CheckResult("case file", True, "證據檔案 7 個已匯出、驗證並匯入", 3.44)
    assert passed.line() == "OK    案件檔案：證據檔案 7 個已匯出、驗證並匯入（3.4 秒）"
    assert passed.as_dict()["check"] == "case file"

    def short_page() -> str:
        raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "the full-page image is only {height} px tall"), height=900)

    failed = _run("browser + capture", short_page)
    assert not failed.ok and failed.line().startswith("FAIL  瀏覽器與擷取：全頁截圖僅 900 像素高（")


def test_the_report_stays_english_for_an_english_interface() -> None:
    assert CheckResult("pdf", False, "skipped", 0).line() == "FAIL  PDF: skipped (0.0 s)"

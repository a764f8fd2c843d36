"""The Chromium environment is cleaned before start-up; downloads are recognised as programs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest

from app.infra import browser_policy
from app.infra.browser_policy import looks_executable
from app.infra.chromium_env import NO_SANDBOX, WEBRTC_FLAG, harden_environment
from tests.unit.reports.conftest import zh_tw  # noqa: F401 - the officer's language, as the documents' tests read it


def test_remote_debugging_is_removed() -> None:
    env = {"QTWEBENGINE_REMOTE_DEBUGGING": "127.0.0.1:9222",
           "QTWEBENGINE_CHROMIUM_FLAGS": "--remote-debugging-port=9222 --remote-allow-origins=* --lang=zh-TW"}
    changes = harden_environment(env, as_root=False)
    assert "QTWEBENGINE_REMOTE_DEBUGGING" not in env
    assert env["QTWEBENGINE_CHROMIUM_FLAGS"].split() == ["--lang=zh-TW", WEBRTC_FLAG]
    assert changes


def test_the_sandbox_is_off_only_for_root() -> None:
    root = {"QTWEBENGINE_CHROMIUM_FLAGS": ""}
    harden_environment(root, as_root=True)
    assert NO_SANDBOX in root["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    user = {"QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox", "QTWEBENGINE_DISABLE_SANDBOX": "1"}
    harden_environment(user, as_root=False)
    assert NO_SANDBOX not in user["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert "QTWEBENGINE_DISABLE_SANDBOX" not in user


def test_hardening_twice_changes_nothing_more() -> None:
    env: dict[str, str] = {}
    harden_environment(env, as_root=False)
    once = dict(env)
    assert harden_environment(env, as_root=False) == []
    assert env == once


def test_programs_are_recognised_by_name_or_content() -> None:
    assert looks_executable("setup.EXE", b"")
    assert looks_executable("photo.jpg", b"MZ\x90\x00")  # renamed Windows program
    assert looks_executable("run", b"#!/bin/sh\n")
    assert not looks_executable("report.pdf", b"%PDF-1.4")


@pytest.mark.usefixtures("zh_tw")
@pytest.mark.parametrize(("reason", "expected"), [
    (QWebEngineDownloadRequest.DownloadInterruptReason.FileNoSpace, "磁碟空間已滿"),
    (QWebEngineDownloadRequest.DownloadInterruptReason.FileAccessDenied, "無權限寫入該處"),
    (QWebEngineDownloadRequest.DownloadInterruptReason.NetworkFailed, "連線中斷"),
    (QWebEngineDownloadRequest.DownloadInterruptReason.NetworkTimeout, "網站未在時限內回應"),
])
def test_why_a_download_stopped_is_said_in_the_officer_s_language(reason: Any, expected: str) -> None:
    """Seen: 「sample-report.pdf」下載失敗（Insufficient space on the target drive），未存入任何資料。 (Chromium's
    reason is English only)."""
    assert browser_policy.why_interrupted(reason, "Insufficient space on the target drive") == expected


def test_a_download_stopped_for_a_rarer_reason_keeps_chromium_s_words() -> None:
    reason = QWebEngineDownloadRequest.DownloadInterruptReason.ServerCertProblem
    assert browser_policy.why_interrupted(reason, "Server certificate problem") == "Server certificate problem"

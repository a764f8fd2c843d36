"""The Chromium environment is cleaned before start-up; downloads are recognised as programs."""

from __future__ import annotations

from app.infra.browser_policy import looks_executable
from app.infra.chromium_env import NO_SANDBOX, WEBRTC_FLAG, harden_environment


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

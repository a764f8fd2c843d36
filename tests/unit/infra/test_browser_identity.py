"""The patrol browser's name towards sites: Chrome's, with the engine's own version and platform."""

from __future__ import annotations

from app.infra.browser_identity import ordinary_brands, ordinary_user_agent

QT_WINDOWS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) QtWebEngine/6.11.3 "
              "Chrome/140.0.0.0 Safari/537.36")
CHROME_WINDOWS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                  "Chrome/140.0.0.0 Safari/537.36")


def test_the_engine_token_goes_and_nothing_else_changes() -> None:
    assert ordinary_user_agent(QT_WINDOWS) == CHROME_WINDOWS
    assert ordinary_user_agent(CHROME_WINDOWS) == CHROME_WINDOWS   # twice is the same as once


def test_chrome_is_named_beside_chromium_with_its_version() -> None:
    engine = {"Chromium": "140.0.7339.264", "Not=A?Brand": "24.0.0.0"}
    assert ordinary_brands(engine, "140.0.7339.264") == {**engine, "Google Chrome": "140.0.7339.264"}
    assert ordinary_brands({}, "140.0.7339.264") == {"Google Chrome": "140.0.7339.264"}

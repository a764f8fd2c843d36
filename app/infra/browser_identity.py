"""What the patrol browser tells a site it is: an ordinary Chrome of the engine's own Chromium version, on the
operating system it really runs on, set up in Traditional Chinese (Taiwan).

QtWebEngine's default User-Agent carries ``QtWebEngine/6.x`` (``… QtWebEngine/6.11.3 Chrome/140.0.0.0 …``), a
token no ordinary browser sends, and its client hints (``Sec-CH-UA``, ``navigator.userAgentData.brands``) name
Chromium alone, where a Chrome of that version also names "Google Chrome". Every request of an undercover persona
carried both: a wary site could pick out the visitor as an embedded-browser tool (and only a few tools are that)
from its first request, before any script ran. Only the two names change: the version, the platform and
everything the engine does stay its own, so the page is rendered as it would be for that Chrome, and a capture's
metadata records the User-Agent the page was really asked with (the profile's, read at capture time).
"""

from __future__ import annotations

import re

from PySide6.QtWebEngineCore import QWebEngineProfile, qWebEngineChromiumVersion

# What Chrome set up in Traditional Chinese (Taiwan) sends: its default languages, zh-TW, zh, en-US, en, with the
# weights Chrome gives them. The patrol browser's own default sent no Accept-Language at all (whatever the
# interface's language), which ordinary browsers never do and bot-detection rules look for.
TAIWAN_ACCEPT_LANGUAGE = "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7"
CHROME_BRAND = "Google Chrome"
CHROMIUM_BRAND = "Chromium"
_ENGINE_TOKEN = re.compile(r"\s*QtWebEngine/\S+")


def ordinary_user_agent(engine_user_agent: str) -> str:
    """The engine's User-Agent without the QtWebEngine token: what Chrome of the same version sends there."""
    return _ENGINE_TOKEN.sub("", engine_user_agent)


def ordinary_brands(full_version_list: dict[str, str], chromium_version: str) -> dict[str, str]:
    """The engine's brand list with the brand Chrome adds beside "Chromium" (same version, GREASE brand kept)."""
    brands = dict(full_version_list)
    brands[CHROME_BRAND] = brands.get(CHROMIUM_BRAND, chromium_version)
    return brands


def present_as_ordinary_browser(profile: QWebEngineProfile) -> None:
    """Make ``profile`` announce itself as the ordinary Chrome its engine is, as set up in Taiwan (call before its
    first page). The officer's choice of interface language is not the persona's: the pages ask for zh-TW first."""
    profile.setHttpUserAgent(ordinary_user_agent(profile.httpUserAgent()))
    profile.setHttpAcceptLanguage(TAIWAN_ACCEPT_LANGUAGE)
    hints = profile.clientHints()
    hints.setFullVersionList(ordinary_brands(hints.fullVersionList(), qWebEngineChromiumVersion()))

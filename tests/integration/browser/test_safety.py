"""Safety: no DevTools port, permissions denied with a notice, pop-up storms stopped, TLS errors held
until an explicit, logged confirmation, bad input handled, a crashed page offers a reload."""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import os
import signal
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.ui.browser import BrowserPanel
from app.vault.patrols import PatrolEventKind
from tests.helpers.loopback import SERVED_PORTS, serving
from tests.integration.browser.conftest import click_element, js, load_and_wait, open_and_wait

LISTEN = "0A"


def _descendants(pid: int) -> set[int]:
    found = {pid}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if parent == pid:
                found |= _descendants(int(entry.name))
    return found


def _socket_inodes(pids: set[int]) -> set[str]:
    inodes = set()
    for pid in pids:
        try:
            for fd in (Path(f"/proc/{pid}/fd")).iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    return inodes


def listening_ports(pids: set[int]) -> set[int]:
    """TCP ports in LISTEN state whose sockets belong to ``pids`` (read from /proc, like ss -ltnp)."""
    inodes = _socket_inodes(pids)
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == LISTEN and fields[9] in inodes:
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")
def test_no_tcp_port_listens_for_devtools(qtbot: Any, panel: BrowserPanel, pages: str, fixture_server: str) -> None:
    open_and_wait(qtbot, panel, pages + "keywords-en.html")
    processes = _descendants(os.getpid())
    assert len(processes) > 1  # the QtWebEngine helper processes are included
    assert int(fixture_server.rsplit(":", 1)[1]) in SERVED_PORTS
    assert listening_ports(processes) - SERVED_PORTS == set()
    assert "QTWEBENGINE_REMOTE_DEBUGGING" not in os.environ
    assert "remote-debugging" not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")


def test_permission_requests_are_denied_with_a_notice(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    tab = open_and_wait(qtbot, panel, pages + "permissions.html")
    qtbot.waitUntil(lambda: "geo: denied" in js(qtbot, tab.page, "document.getElementById('out').textContent"),
                    timeout=10_000)
    qtbot.waitUntil(lambda: any(n.key == "permission-Geolocation" for n in tab.notices()), timeout=15_000)
    output = js(qtbot, tab.page, "document.getElementById('out').textContent")
    assert "granted" not in output
    load_and_wait(qtbot, tab, pages + "keywords-en.html")  # the notices were about the page left behind
    assert not any(n.key.startswith("permission-") for n in tab.notices())


def _popup_notice(tab: Any) -> str:
    return next((n.label.text() for n in tab.notices() if n.key == "popups"), "")


def test_a_pop_up_storm_opens_no_tabs_and_says_so(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    tab = open_and_wait(qtbot, panel, pages + "popups.html")  # 30 window.open() calls while loading
    qtbot.waitUntil(lambda: "30" in _popup_notice(tab), timeout=15_000)
    [first] = [n for n in tab.notices() if n.key == "popups"]
    js(qtbot, tab.page, "document.getElementById('many').click()")  # scripted, not a real click
    qtbot.waitUntil(lambda: "60" in _popup_notice(tab), timeout=15_000)
    assert [n for n in tab.notices() if n.key == "popups"] == [first]  # one notice, updated in place
    assert panel.tabs.count() == 1
    assert "keywords-en.html?click=29" in _popup_notice(tab)  # the last one, which the officer may open
    opener = next(n for n in tab.notices() if n.key == "popups")
    next(b for b in opener.findChildren(QPushButton) if b.text() == "Open it in a new tab").click()
    assert panel.tabs.count() == 2
    assert panel.current_tab() is not tab
    qtbot.waitUntil(lambda: panel.current_tab().url().query() == "click=29", timeout=15_000)
    panel.tabs.setCurrentWidget(tab)
    load_and_wait(qtbot, tab, pages + "keywords-en.html")  # a new page starts its own count
    assert _popup_notice(tab) == ""


def test_a_real_click_opens_its_pop_up_and_no_more(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    tab = open_and_wait(qtbot, panel, pages + "popups.html")
    qtbot.waitUntil(lambda: "30" in _popup_notice(tab), timeout=15_000)
    click_element(qtbot, tab, "many")  # one click, thirty window.open(): Chromium lets the click open one
    qtbot.waitUntil(lambda: panel.tabs.count() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: "59" in _popup_notice(tab), timeout=15_000)
    assert panel.tabs.count() == 2


def test_the_popup_budget_limits_bursts() -> None:
    from app.infra.browser_policy import PopupBudget

    budget = PopupBudget(limit=3, window_ms=10_000)
    assert [budget.allow(t) for t in (0, 10, 20, 30, 40)] == [True, True, True, False, False]
    assert budget.blocked == 2
    assert budget.allow(10_001)
    assert not budget.allow(10_002, clicked=False)  # a script opening a window by itself: never
    assert budget.blocked == 3


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate (a TLS error for the browser)."""
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .sign(key, hashes.SHA256()))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    (folder / "index.html").write_text("<title>Synthetic TLS page</title><p>behind a self-signed certificate</p>")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, format: str, *args: object) -> None:
            pass

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    with serving(Quiet, tls=context) as base:
        yield f"{base}/index.html"


def _tls_notice(tab: Any) -> Any:
    return next((n for n in tab.notices() if n.key == "tls"), None)


def test_a_tls_error_holds_the_page_until_confirmed_and_is_logged(qtbot: Any, panel: BrowserPanel, tls_server: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    panel.start_patrol()
    tab = panel.open_tab(QUrl(tls_server))
    qtbot.waitUntil(lambda: _tls_notice(tab) is not None, timeout=10_000)
    notice = _tls_notice(tab)
    assert "127.0.0.1" in notice.label.text()
    # the whole address being held is in the bar (it was empty: the page had not committed)
    assert panel.address.text() == QUrl(tls_server).toString() and tab.url().isEmpty()
    proceed = next(b for b in notice.findChildren(QPushButton) if "…" in b.text())
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    proceed.click()
    assert _tls_notice(tab) is not None  # declined: still held
    assert not any(e.action == "browser.tls_override" for e in panel.vault.audit.entries())
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(tab.page.loadFinished, timeout=10_000):
        proceed.click()
    qtbot.waitUntil(lambda: tab.title() == "Synthetic TLS page", timeout=15_000)
    assert any(e.action == "browser.tls_override" and e.details["host"] == "127.0.0.1"
               for e in panel.vault.audit.entries())
    events = panel.session.store.events(panel.session.active.id)
    assert any(e.kind is PatrolEventKind.TLS_OVERRIDE and e.url.startswith("https://127.0.0.1") for e in events)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_host_is_shown_and_logged(qtbot: Any, panel: BrowserPanel) -> None:
    panel.start_patrol()
    tab = panel.open_tab(QUrl())
    with qtbot.waitSignal(tab.page.loadFinished, timeout=20_000):
        tab.load(QUrl(f"http://127.0.0.1:{_closed_port()}/nothing-listens-here"))
    qtbot.waitUntil(lambda: any(n.key == "load-error" for n in tab.notices()), timeout=15_000)
    notice = next(n for n in tab.notices() if n.key == "load-error")
    assert notice.label.text() == "The site refused the connection. (net::ERR_CONNECTION_REFUSED)"
    qtbot.waitUntil(lambda: any(e.data.get("error") for e in panel.session.store.events(panel.session.active.id)),
                    timeout=15_000)


def test_an_http_error_page_is_named_by_its_status(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    """Seen: 「無法載入頁面：找不到此網址的網頁：$1」 over the site's own 404 page (Chromium's template)."""
    panel.start_patrol()
    tab = open_and_wait(qtbot, panel, pages + "no-such-page.html")
    qtbot.waitUntil(lambda: any(n.key == "load-error" for n in tab.notices()), timeout=15_000)
    notice = next(n for n in tab.notices() if n.key == "load-error")
    assert notice.label.text() == ("The site answered HTTP 404 Not Found: the page shown is the site's own error "
                                   "page.")
    qtbot.waitUntil(lambda: any(e.data.get("error") == "HTTP 404"
                                for e in panel.session.store.events(panel.session.active.id)), timeout=15_000)


@pytest.mark.parametrize("typed", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "   ",
                                   "http://"])
def test_the_address_bar_refuses_what_is_not_a_web_address(panel: BrowserPanel, typed: str) -> None:
    panel.address.setText(typed)
    panel.address.returnPressed.emit()
    assert panel.tabs.count() == 0
    assert panel.status.text()


def test_a_crashed_page_offers_a_reload(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    tab = open_and_wait(qtbot, panel, pages + "keywords-en.html")
    qtbot.waitUntil(lambda: tab.page.renderProcessPid() > 0, timeout=15_000)
    with qtbot.waitSignal(tab.page.renderProcessTerminated, timeout=10_000):
        os.kill(tab.page.renderProcessPid(), signal.SIGKILL)
    notice = next(n for n in tab.notices() if n.key == "crash")
    reload_button = notice.findChildren(QPushButton)[0]
    with qtbot.waitSignal(tab.page.loadFinished, timeout=20_000):
        reload_button.click()
    assert tab.title() == "Synthetic page: English keywords"


@pytest.mark.parametrize("patrol", [True, False])
def test_a_crash_speaks_of_the_patrol_log_only_while_a_patrol_runs(qtbot: Any, panel: BrowserPanel, pages: str,
                                                                   patrol: bool) -> None:
    """Seen in session 20: with no patrol running the notice still said "Nothing was lost from the patrol
    log", of visits that were never logged."""
    if patrol:
        panel.start_patrol()
    tab = open_and_wait(qtbot, panel, pages + "keywords-en.html")
    qtbot.waitUntil(lambda: tab.page.renderProcessPid() > 0, timeout=15_000)
    with qtbot.waitSignal(tab.page.renderProcessTerminated, timeout=10_000):
        os.kill(tab.page.renderProcessPid(), signal.SIGKILL)
    notice = next(n for n in tab.notices() if n.key == "crash")
    assert notice.label.text() == ("This page crashed. Nothing was lost from the patrol log." if patrol
                                   else "This page crashed.")


def test_the_address_bar_shows_where_the_tab_is_after_an_address_was_entered(
        qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    """Entering an address leaves the focus in the bar; it then kept what was typed over a closed tab's empty
    browser. It follows the tab once the address is entered, and is left alone only while being typed in."""
    panel.show()
    panel.activateWindow()
    panel.address.setFocus()
    qtbot.waitUntil(panel.address.hasFocus, timeout=15_000)
    qtbot.keyClicks(panel.address, f"{pages}keywords-en.html")
    with qtbot.waitSignal(panel.tabs.currentChanged, timeout=10_000):
        qtbot.keyClick(panel.address, Qt.Key.Key_Return)
    tab = panel.current_tab()
    assert tab is not None
    qtbot.waitUntil(lambda: tab.url().toString().endswith("/keywords-en.html") and not tab.is_loading(), timeout=15_000)
    assert panel.address.hasFocus()
    panel.close_tab(panel.tabs.indexOf(tab))
    assert panel.tabs.count() == 0 and panel.address.text() == ""
    qtbot.keyClicks(panel.address, "http://typing")  # the officer typing again: never overwritten
    panel.open_tab(QUrl(), background=True)
    assert panel.address.text() == "http://typing"

"""The case's capture gallery and capture view: listing, blur until revealed, re-verify (and a
tampered chunk caught), audited identifier corrections, the offline MHTML viewer, burst frames."""

from __future__ import annotations

import base64
import errno
import functools
import http.server
import io
import json
import os
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidgetItem, QMessageBox

from app.core.capture import FileRole
from app.core.evidence_check import Status
from app.core.identifiers import IdentifierKind, Origin
from app.core.timeutil import utc_now
from app.infra.page_overlays import WORLD
from app.infra.tasks import TaskRunner
from app.ui.browser import BrowserPanel
from app.ui.capture import CaptureController, CaptureGallery
from app.ui.capture import gallery as gallery_module
from app.ui.capture.offline import OfflinePageViewer, view_root
from app.ui.capture.support import OK_COLOUR
from app.vault import Vault
from app.vault.captures import all_identifiers, capture_files, captures_in_case, current_identifiers
from tests.conftest import FIXTURES, PASSPHRASE
from tests.integration.browser.conftest import js
from tests.integration.capture_ui.conftest import open_and_wait
from tests.integration.capture_ui.test_one_click import GREY, rgb
from tests.integration.casework.conftest import add_capture
from tests.scale.year_vault import Builder
from tests.unit.vault.tamper import change_evidence_bytes, drop_guards, open_raw, restore_guards

pytestmark = [pytest.mark.webengine, pytest.mark.gui]


class _CountingHandler(http.server.SimpleHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        super().do_GET()


@pytest.fixture
def counting_server() -> Iterator[tuple[str, list[str]]]:
    """Its own server, so every request the viewer might make is counted."""
    handler_class = type("Handler", (_CountingHandler,), {"requests": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(handler_class, directory=str(FIXTURES / "pages")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/capture_ui/", handler_class.requests
    server.shutdown()
    server.server_close()


@pytest.fixture
def captured(qtbot: Any, panel: BrowserPanel, vault: Vault, controller: CaptureController, pages: str,
             finish: Any) -> Any:
    case = vault.create_case("合成測試案件", [])
    panel.set_case(case.id)
    open_and_wait(qtbot, panel, pages + "post.html")
    return finish(controller.capture_now())


@pytest.fixture
def gallery(qtbot: Any, vault: Vault, tasks: TaskRunner) -> CaptureGallery:
    widget = CaptureGallery(tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def open_case(qtbot: Any, gallery: CaptureGallery, vault: Vault, case_id: str) -> None:
    gallery.set_vault(vault)
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        gallery.set_case(case_id)
    qtbot.waitUntil(lambda: gallery.view.detail is not None, timeout=30_000)


def test_gallery_lists_the_case_captures_blurred_until_revealed(qtbot: Any, gallery: CaptureGallery, vault: Vault,
                                                                captured: Any) -> None:
    open_case(qtbot, gallery, vault, captured.case_id)
    assert gallery.capture_ids() == [captured.stored.id]
    view = gallery.view
    assert view.detail.capture.id == captured.stored.id and view.viewer.image_count == 1
    assert view.detail.capture.persona == "off-the-record"  # recorded stable, shown translated
    assert "Off the record" in view.header.text() and "off-the-record" not in view.header.text()
    assert [i.status for i in view.detail.check.items][2:4] == [Status.OK, Status.OK]
    # the fixture's server shares this clock: the details say they agree, after the completeness statement
    assert view.statement.text().split("<br>")[-1].startswith(f'<span style="color:{OK_COLOUR};">This workstation')
    assert "clock agrees with the site&#x27;s server, which sent the page at " in view.statement.text()
    view.viewer.actual_size()
    view.viewer.centerOn(0, 0)
    centre = view.viewer.mapFromScene(224, 144)
    assert not view.viewer.revealed
    assert rgb(view.viewer.viewport().grab().toImage(), centre) != GREY     # blurred on screen
    gallery.reveal(captured.stored.id)
    assert view.viewer.revealed and view.reveal_button.isChecked()
    qtbot.waitUntil(lambda: rgb(view.viewer.viewport().grab().toImage(), centre) == GREY, timeout=15_000)
    view.reveal_button.setChecked(False)
    assert not gallery.is_revealed(captured.stored.id)


def test_another_case_never_shows_the_last_case_captures(qtbot: Any, gallery: CaptureGallery, vault: Vault) -> None:
    """The list, the summary and the capture view leave the last case at once, and a capture of it that
    was still loading is not shown when it arrives (a 1,000-capture case once showed another case's
    capture under its own number for over a minute)."""
    first, second = vault.create_case("甲（測試）"), vault.create_case("乙（測試）")
    shown = add_capture(vault, first.id, "https://platform.invalid/p/1")
    later = {add_capture(vault, second.id, f"https://platform.invalid/p/{n}") for n in (2, 3)}
    open_case(qtbot, gallery, vault, first.id)
    assert gallery.capture_ids() == [shown]
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        gallery.set_case(second.id)
        assert gallery.capture_ids() == [] and gallery.view.detail is None
        assert gallery.summary.text() == "Loading the captures…"
    assert set(gallery.capture_ids()) == later
    gallery.view.load(vault, shown, revealed=False)  # a capture of the first case, still loading ...
    gallery.view.clear()                             # ... when the officer moves on
    qtbot.wait(500)
    assert gallery.view.detail is None


def test_the_list_shows_before_its_thumbnails_are_made(qtbot: Any, gallery: CaptureGallery, vault: Vault,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Making every thumbnail first kept a case of 1,000 captures blank for 18 s: the rows come at once,
    the pictures after, a batch at a time."""
    case = vault.create_case("多筆擷取（測試）")
    builder = Builder(vault)
    for number in range(3):
        builder.capture(case.id, number, utc_now() - timedelta(minutes=10 - number))
    release = threading.Event()
    made = gallery_module.with_thumbnails

    def slow(*args: Any) -> Any:
        release.wait(10)
        return made(*args)

    monkeypatch.setattr(gallery_module, "with_thumbnails", slow)
    monkeypatch.setattr(gallery_module, "THUMBNAIL_BATCH", 2)
    gallery.set_vault(vault)
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        gallery.set_case(case.id)
    items = [gallery.list.item(row) for row in range(gallery.list.count())]
    assert len(items) == 3 and all(item.icon().isNull() for item in items)
    release.set()
    qtbot.waitUntil(lambda: not any(item.icon().isNull() for item in items), timeout=30_000)
    release.clear()  # a new capture in the case: the list is read again, the pictures made are kept
    builder.capture(case.id, 3, utc_now())
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        gallery.refresh()
    icons = [gallery.list.item(row).icon().isNull() for row in range(gallery.list.count())]
    assert icons == [True, False, False, False]  # only the new capture waits for its thumbnail
    release.set()
    qtbot.waitUntil(lambda: not gallery.list.item(0).icon().isNull(), timeout=30_000)


def test_reverify_reports_ok_then_a_tampered_chunk(qtbot: Any, gallery: CaptureGallery, vault: Vault,
                                                   vault_path: Path, captured: Any) -> None:
    open_case(qtbot, gallery, vault, captured.case_id)
    hashes = gallery.view.hashes
    hashes.reverify()
    qtbot.waitUntil(lambda: hashes.results is not None, timeout=30_000)
    assert all(r.matches for r in hashes.results) and hashes.summary.text().startswith("OK")
    target = next(a for a in capture_files(vault, captured.stored.id) if a.name == "text.txt")
    raw = open_raw(vault_path, PASSPHRASE)
    drop_guards(raw)
    raw.execute("UPDATE artifact_chunks SET data = ? WHERE artifact_id = ? AND idx = 0", (b"altered text", target.id))
    restore_guards(raw)
    raw.close()
    hashes.reverify()
    qtbot.waitUntil(lambda: hashes.results is not None and not all(r.matches for r in hashes.results),
                    timeout=30_000)
    [bad] = [r for r in hashes.results if not r.matches]
    assert bad.artifact.id == target.id and "MISMATCH" in hashes.summary.text()
    assert "text.txt" in hashes.summary.text()
    audited = [e for e in vault.audit.entries() if e.action == "capture.reverify"]
    assert [e.details["ok"] for e in audited] == [True, False]


def test_a_copy_of_the_chosen_file_is_saved_checked_and_audited(qtbot: Any, gallery: CaptureGallery, vault: Vault,
                                                                vault_path: Path, captured: Any, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: only `netpatrol artifact export` wrote an evidence file out; the window had no way (seen in audit 25).
    Now the capture's files list saves a copy of the file chosen: checked against its SHA-256 on the way out,
    audited, and a file whose stored bytes no longer match is not written at all."""
    from PySide6.QtWidgets import QFileDialog

    open_case(qtbot, gallery, vault, captured.case_id)
    hashes = gallery.view.hashes
    assert not hashes.save_button.isEnabled()  # nothing chosen yet
    target = next(a for a in capture_files(vault, captured.stored.id) if a.name == "text.txt")
    row = next(r for r in range(hashes.table.rowCount()) if hashes.table.item(r, 0).text() == "text.txt")
    hashes.table.selectRow(row)
    assert hashes.save_button.isEnabled() and hashes.chosen_artifact() == target
    asked: list[str] = []

    def save_as(parent: Any, title: str, suggested: str, kinds: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(tmp_path / "copy"), kinds  # typed without the extension: it is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    hashes.save_button.click()
    qtbot.waitUntil(lambda: any(w.objectName() == "copySaved" and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=30_000)
    copy = tmp_path / "copy.txt"
    assert asked == ["text.txt"] and copy.read_bytes() == vault.artifacts.read(target.id)
    exported = [e for e in vault.audit.entries() if e.action == "artifact.export"]
    assert [(e.subject, e.details["file"], e.details["sha256"]) for e in exported] == [
        (target.id, "copy.txt", target.sha256)]
    for box in QApplication.topLevelWidgets():
        if box.objectName() == "copySaved":
            box.close()

    raw = open_raw(vault_path, PASSPHRASE)
    drop_guards(raw)
    raw.execute("UPDATE artifact_chunks SET data = ? WHERE artifact_id = ? AND idx = 0", (b"altered text", target.id))
    restore_guards(raw)
    raw.close()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "again.txt"), ""))
    hashes.save_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() and w.objectName() != "copySaved"
                                for w in QApplication.topLevelWidgets()), timeout=30_000)
    [refused] = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() != "copySaved"]
    assert "no longer matches its SHA-256" in refused.text()
    refused.close()
    assert not (tmp_path / "again.txt").exists()
    assert len([e for e in vault.audit.entries() if e.action == "artifact.export"]) == 1


def test_identifier_correction_is_an_audited_row(qtbot: Any, gallery: CaptureGallery, vault: Vault,
                                                  captured: Any) -> None:
    open_case(qtbot, gallery, vault, captured.case_id)
    panel = gallery.view.identifiers
    email = next(i for i in current_identifiers(vault, captured.case_id, captured.stored.id)
                 if i.kind == IdentifierKind.EMAIL)
    assert panel.select_value(email.value)
    assert panel.table.item(panel.table.currentRow(), 2).text() == email.source   # where it came from
    dialog = panel.edit("correct")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()   # a note is required
    dialog.value.setText("test.a.corrected@example.com")
    dialog.note.setText("讀自截圖")
    with qtbot.waitSignal(gallery.view.changed, timeout=30_000):
        dialog.buttons.accepted.emit()
    rows = all_identifiers(vault, captured.case_id, captured.stored.id)
    new = rows[-1]
    assert (new.value, new.supersedes, new.origin, new.source) == ("test.a.corrected@example.com", email.id,
                                                                   Origin.OFFICER, "讀自截圖")
    assert email.value not in {i.value for i in current_identifiers(vault, captured.case_id, captured.stored.id)}
    audit = [e for e in vault.audit.entries() if e.action == "identifier.correct"]
    assert audit and audit[-1].subject == str(new.id) and vault.verify().ok
    qtbot.waitUntil(lambda: panel.select_value("test.a.corrected@example.com"), timeout=30_000)


def test_saved_page_opens_offline_without_any_request(qtbot: Any, panel: BrowserPanel, vault: Vault,
                                                      controller: CaptureController, gallery: CaptureGallery,
                                                      counting_server: tuple[str, list[str]], finish: Any) -> None:
    base, requests = counting_server
    case = vault.create_case("合成測試案件", [])
    panel.set_case(case.id)
    open_and_wait(qtbot, panel, base + "post.html")
    outcome = finish(controller.capture_now())
    assert requests                                   # the capture itself did fetch the page
    assert panel.status.text() == f"Capture {outcome.stored.id} stored in the vault."  # not "Storing…" any more
    requests.clear()
    open_case(qtbot, gallery, vault, case.id)
    viewer = gallery.view.open_saved_page()
    assert isinstance(viewer, OfflinePageViewer)
    # the window title (taskbar, Alt+Tab, screen-sharing pickers) names the capture, never the page's own title:
    # a post's title is captured content and can carry a victim's name
    assert outcome.stored.id in viewer.windowTitle() and "合成測試貼文" not in viewer.windowTitle()
    folder = viewer.folder
    assert (folder.stat().st_mode & 0o777) == 0o700 and (viewer.file.stat().st_mode & 0o777) == 0o600
    with qtbot.waitSignal(viewer.loaded, timeout=30_000) as loaded:
        pass
    assert loaded.args == [True]
    text: list[str] = []
    viewer.page.toPlainText(text.append)
    qtbot.waitUntil(lambda: bool(text), timeout=10_000)
    assert "測試帳號甲" in text[0]
    assert requests == [] and viewer.interceptor.allowed_requests >= 1
    assert any(e.action == "artifact.view" for e in vault.audit.entries())
    viewer.close()
    assert not folder.exists()
    assert viewer.blurred  # pictures blurred here, as in the capture view
    gallery.view.set_revealed(True)  # the officer chose to see this capture's pictures
    again = gallery.view.open_saved_page()  # closed with its Close button (Esc takes the same way)
    assert isinstance(again, OfflinePageViewer) and again.folder.exists() and not again.blurred
    again.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not again.folder.exists() and not again.isVisible()
    assert outcome.stored.id == gallery.current_capture_id()
    mhtml = next(a for a in vault.artifacts.of_capture(outcome.stored.id) if a.name.endswith(".mhtml"))
    change_evidence_bytes(vault.db, mhtml.id, b"IMG 2")
    views = sum(e.action == "artifact.view" for e in vault.audit.entries())
    assert gallery.view.open_saved_page() is None  # changed since it was saved: not shown as this capture
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert f"evidence file {mhtml.id} no longer matches its SHA-256" in box.text()
    assert sum(e.action == "artifact.view" for e in vault.audit.entries()) == views
    box.close()


def test_offline_viewer_fetches_nothing_the_saved_page_points_to(qtbot: Any,
                                                                 counting_server: tuple[str, list[str]]) -> None:
    base, requests = counting_server
    page = (f'<html><body><p>IMG 1</p><img src="{base}grey-box.png"><script src="{base}x.js"></script>'
            f'<a id="out" href="{base}post.html">out</a></body></html>')
    mhtml = ("From: <Saved by Blink>\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
             'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n--B\r\n'
             "Content-Type: text/html\r\nContent-Location: http://example.invalid/post\r\n\r\n"
             f"{page}\r\n--B--\r\n").encode()
    viewer = OfflinePageViewer(mhtml, "test")
    qtbot.addWidget(viewer)
    with qtbot.waitSignal(viewer.loaded, timeout=30_000):
        viewer.show()
    viewer.page.load(QUrl(base + "post.html"))           # navigating away is refused
    qtbot.waitUntil(lambda: viewer.page.refused_navigations >= 1, timeout=10_000)
    other = QWebEnginePage(viewer.profile)                # any other request in its profile is blocked
    with qtbot.waitSignal(other.loadFinished, timeout=30_000) as finished:
        other.load(QUrl(base + "post.html"))
    assert finished.args == [False] and viewer.interceptor.blocked == [base + "post.html"]
    assert requests == []
    assert str(len(viewer.interceptor.blocked)) in viewer.banner.text()
    shiboken6.delete(other)
    viewer.close()


def _mhtml_with_picture(page_script: str = "") -> bytes:
    """A saved page with one embedded picture, as Blink saves it (the picture is a part of the file)."""
    picture = base64.b64encode((FIXTURES / "pages/browser/files/grey-1.png").read_bytes()).decode()
    page = (f'<html><head><title>saved</title></head><body><p>IMG 1</p>{page_script}'
            '<img src="http://example.invalid/grey.png" width="200" height="100"></body></html>')
    return ("From: <Saved by Blink>\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n--B\r\n'
            "Content-Type: text/html\r\nContent-Location: http://example.invalid/post\r\n\r\n"
            f"{page}\r\n--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: http://example.invalid/grey.png\r\n\r\n{picture}\r\n--B--\r\n").encode()


def _picture_filter(qtbot: Any, viewer: OfflinePageViewer) -> str:
    return str(js(qtbot, viewer.page, "getComputedStyle(document.images[0]).filter", WORLD))


def test_offline_viewer_blurs_pictures_until_one_is_clicked(qtbot: Any) -> None:
    """Seen: the saved page showed its pictures sharp while the capture view kept them blurred."""
    viewer = OfflinePageViewer(_mhtml_with_picture('<script>document.title = "page script ran";</script>'), "test")
    qtbot.addWidget(viewer)
    with qtbot.waitSignal(viewer.loaded, timeout=30_000):
        viewer.show()
    qtbot.waitExposed(viewer)
    assert js(qtbot, viewer.page, "document.images[0].naturalWidth", WORLD) > 0  # the picture is there …
    assert "blur" in _picture_filter(qtbot, viewer)                                # … blurred
    assert viewer.page.title() == "saved"  # the saved page's own scripts still do not run
    assert "blurred" in viewer.banner.text() and viewer.page.isAudioMuted()
    box = json.loads(js(qtbot, viewer.page, "(function(r){return JSON.stringify([r.left + r.width / 2, "
                                            "r.top + r.height / 2]);})(document.images[0].getBoundingClientRect())",
                        WORLD))
    QTest.mouseClick(viewer.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(box[0]), int(box[1])))
    qtbot.waitUntil(lambda: _picture_filter(qtbot, viewer) == "none", timeout=15_000)
    viewer.close()


def test_offline_viewer_shows_pictures_the_officer_already_revealed(qtbot: Any) -> None:
    viewer = OfflinePageViewer(_mhtml_with_picture(), "test", blurred=False)
    qtbot.addWidget(viewer)
    with qtbot.waitSignal(viewer.loaded, timeout=30_000):
        viewer.show()
    assert _picture_filter(qtbot, viewer) == "none" and "blurred" not in viewer.banner.text()
    viewer.close()


def test_burst_from_the_toolbar_stores_its_frames(qtbot: Any, panel: BrowserPanel, vault: Vault,
                                                  controller: CaptureController, pages: str, finish: Any) -> None:
    case = vault.create_case("合成測試案件", [])
    panel.set_case(case.id)
    open_and_wait(qtbot, panel, pages + "post.html")
    # every toolbar action has an icon: text-only ones read as labels beside the interval box
    assert all(not action.icon().isNull() for action in (controller.act_capture, controller.act_chat,
               controller.act_burst, controller.act_record, controller.act_settings))
    controller.interval.setValue(50)
    finish(controller.toggle_burst())
    assert controller.running and controller.act_burst.isChecked() and "BURST" in controller.indicator.text()
    assert not controller.act_capture.isEnabled() and not controller.act_record.isEnabled()
    qtbot.waitUntil(lambda: controller.recorder.frame_count >= 6, timeout=30_000)
    outcome = finish(controller.toggle_burst())
    frames = outcome.capture.files_of(FileRole.BURST_FRAME)
    stored = [a for a in capture_files(vault, outcome.stored.id) if a.name.startswith("burst-")]
    assert len(frames) >= 6 and len(stored) == len(frames) == len(outcome.capture.metadata["frames"])
    assert {a.sha256 for a in stored} == {f.sha256 for f in frames}
    assert not controller.running and controller.indicator.text() == "" and controller.act_capture.isEnabled()
    assert [c.kind.value for c in captures_in_case(vault, case.id)] == ["burst"]
    centre = QPoint(224, 144)
    assert rgb(QImage.fromData(frames[0].data, "PNG"), centre) == GREY       # frames are unblurred too


def test_recording_shows_rec_and_stores_a_video(qtbot: Any, panel: BrowserPanel, vault: Vault,
                                                controller: CaptureController, pages: str, finish: Any) -> None:
    case = vault.create_case("合成測試案件", [])
    panel.set_case(case.id)
    tab = open_and_wait(qtbot, panel, pages + "post.html")
    finish(controller.toggle_recording())
    assert controller.act_record.isChecked() and "REC" in controller.indicator.text()
    tab.page.runJavaScript("let n=0; setInterval(() => { document.title = 'tick ' + (++n); "
                           "document.body.style.background = n % 2 ? '#eee' : '#fff'; }, 50);")
    qtbot.waitUntil(lambda: controller.recorder.frames >= 5, timeout=30_000)
    outcome = finish(controller.toggle_recording())
    [video] = outcome.capture.files_of(FileRole.VIDEO)
    [stored] = [a for a in capture_files(vault, outcome.stored.id) if a.name == "recording.mp4"]
    assert video.data[4:8] == b"ftyp" and stored.sha256 == video.sha256 and stored.size == video.size
    assert controller.indicator.text() == ""


def test_the_wheel_scrolls_the_capture_list_by_pixels_not_whole_captures(qtbot: Any, gallery: CaptureGallery) -> None:
    """Seen: one turn of the wheel jumped a whole thumbnail and caption, past a short entry."""
    thumbnail = QPixmap(gallery.list.iconSize())
    thumbnail.fill(QColor("grey"))  # IMG n
    for number in range(12):
        QListWidgetItem(QIcon(thumbnail), f"2026-11-29 09:45 (UTC+8)\nPage · complete\nIMG {number + 1}", gallery.list)
    gallery.list.resize(260, 300)
    qtbot.waitUntil(lambda: gallery.list.verticalScrollBar().maximum() > 0, timeout=10_000)
    row = gallery.list.gridSize().height()
    bar = gallery.list.verticalScrollBar()
    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(gallery.list.viewport(), wheel)  # one notch down
    assert 0 < bar.value() < row


def test_a_case_with_nothing_captured_says_how_to_capture(qtbot: Any, gallery: CaptureGallery, vault: Vault,
                                                          captured: Any) -> None:
    """Seen: a new case's Captures tab was an empty list beside a grey viewer, 「請在左側選擇一筆擷取。」 and
    8 % zoom above it, with nothing on the left to choose."""
    empty = vault.create_case("尚無擷取（測試）")
    gallery.set_vault(vault)
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        gallery.set_case(empty.id)
    assert gallery.no_captures.isVisible() and not gallery.list.isVisible()
    assert "Capture evidence" in gallery.no_captures.text()
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        gallery.set_case(captured.case_id)  # a case with a capture: the list and the viewer again
    assert gallery.list.isVisible() and not gallery.no_captures.isVisible()


def test_a_caption_of_four_lines_fits_below_a_full_height_thumbnail(qtbot: Any, gallery: CaptureGallery) -> None:
    """A fixed 64 px below a full 140 px picture left room for three lines of a Chinese caption only."""
    thumbnail = QPixmap(gallery.list.iconSize())
    thumbnail.fill(QColor("grey"))  # IMG 1
    item = QListWidgetItem(QIcon(thumbnail), "民國115年11月30日 13:42\n網頁 · 完整\n[問卦] 虛構文章標題 - 看板 TestBoard - "
                                             "批踢踢實業坊", gallery.list)
    assert gallery.list.sizeHintForIndex(gallery.list.indexFromItem(item)).height() <= gallery.list.gridSize().height()


def test_every_caption_has_the_whole_cell_to_wrap_in(qtbot: Any, gallery: CaptureGallery, vault: Vault,
                                                     captured: Any) -> None:
    """Seen: 「民國115年11月30日 13:42／網頁 · 完整…」 with no title: Qt sized a caption narrower than its cell to
    its widest line, then painted it a little narrower, so that line wrapped and pushed the title out."""
    open_case(qtbot, gallery, vault, captured.case_id)
    [item] = [gallery.list.item(row) for row in range(gallery.list.count())]
    assert gallery.list.visualItemRect(item).size() == gallery.list.gridSize()


def test_an_empty_identifier_table_says_why(qtbot: Any, gallery: CaptureGallery, vault: Vault) -> None:
    """Seen: the 「識別資料」 tab of a capture on whose page no account was found was an empty table and nothing
    else; the officer could not tell "none found" (add them from the screenshot) from "not loaded", nor from
    "all retracted" (they are in the history)."""
    from app.vault.captures import add_identifier, retract_identifier

    case = vault.create_case("無識別資料（測試）")
    capture_id = add_capture(vault, case.id, "https://platform.invalid/p/empty")
    open_case(qtbot, gallery, vault, case.id)
    panel = gallery.view.identifiers
    gallery.view.tabs.setCurrentIndex(3)  # 識別資料 (the panel sits in a scroll area)
    assert panel.table.rowCount() == 0
    assert panel.empty_note.isVisible()
    assert "No account name, ID or IP address was found" in panel.empty_note.text()
    assert "“Add…”" in panel.empty_note.text()
    ident = add_identifier(vault, case.id, capture_id, IdentifierKind.ACCOUNT_NAME, "synthetic_poster", "讀自截圖")
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        gallery.refresh(select=capture_id)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=30_000)
    assert not panel.empty_note.isVisible()
    retract_identifier(vault, ident.id, "誤植（測試）")
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        gallery.refresh(select=capture_id)
    qtbot.waitUntil(lambda: "retracted" in panel.empty_note.text(), timeout=30_000)
    assert panel.table.rowCount() == 0 and panel.empty_note.isVisible()
    panel.history.setChecked(True)  # the history shows them, struck through
    assert panel.table.rowCount() == 2 and not panel.empty_note.isVisible()


class _FullDisk(io.FileIO):
    """A file on a disk with no space left (the system's temporary folder, here)."""

    def write(self, _data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_saved_page_the_disk_cannot_take_is_one_sentence_and_leaves_no_copy(
        qtbot: Any, captured: Any, gallery: CaptureGallery, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: with the temporary folder's disk full, "Open saved page" reached the crash dialog (OSError) and left
    the part of the captured page it had copied in a netpatrol-view-… folder. (The copy now goes under NetPatrol's
    cache folder; the same holds there.)"""
    views = view_root()
    real_fdopen = os.fdopen
    monkeypatch.setattr("os.fdopen", lambda handle, mode="r", *args, **kwargs: (
        io.BufferedWriter(_FullDisk(handle, "w")) if mode == "wb" else real_fdopen(handle, mode, *args, **kwargs)))
    open_case(qtbot, gallery, vault, captured.stored.case_id)
    assert gallery.view.open_saved_page() is None
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.text() == "The disk is full. Nothing was written; free some space and try again."
    box.close()
    assert not views.exists() or list(views.iterdir()) == []  # not even the empty folder of that copy


def test_the_files_list_shows_a_name_that_hides_a_reversal_as_it_is(qtbot: Any, tasks: TaskRunner) -> None:
    """A download the site named ``invoice<U+202E>fdp.exe`` read "invoiceexe.pdf" in the capture's files list."""
    from app.core.models import Artifact, ArtifactKind
    from app.ui.capture.hashes import HashPanel

    panel = HashPanel(tasks)
    qtbot.addWidget(panel)
    named = Artifact("A1", "C1", "K1", ArtifactKind.DOWNLOAD, "invoice\u202efdp.exe", "application/octet-stream", 3,
                     "0" * 64, utc_now())
    panel.set_files(None, "K1", [named])
    assert panel.table.item(0, 0).text() == "invoice[U+202E]fdp.exe"

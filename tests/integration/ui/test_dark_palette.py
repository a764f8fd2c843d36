"""NetPatrol under Windows' dark mode and a high-contrast theme: Qt gives the application a dark palette (windows
#202020, lists #2b2b2b, white text; or black with yellow text). Every colour our code sets must still read against
what the palette draws behind it: text at WCAG's 4.5 : 1, measured on the rendered widget where one colour is
drawn, and on the rich text's colours where a label mixes several. The light theme must look as before."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from app.checklist.engine import StepState
from app.ui.browser import BrowserPanel
from app.ui.browser.notice import Level, NoticeBar
from app.ui.browser.sidebar import BadgeEngine
from app.ui.capture import CaptureGallery
from app.ui.capture.offline import OfflinePageViewer
from app.ui.checklist.panel import STEP_ROLE, ChecklistPanel
from app.ui.common import ErrorLabel
from app.ui.passphrase import NewPassphraseFields
from app.ui.session import Session
from app.ui.tones import LEGIBLE, contrast, legible, set_text_colour
from tests.integration.ui.conftest import wired_session

Role = QPalette.ColorRole
WINDOWS_DARK = {Role.Window: "#202020", Role.WindowText: "#ffffff", Role.Base: "#2b2b2b", Role.AlternateBase: "#323232",
                Role.Text: "#ffffff", Role.Button: "#2d2d2d", Role.ButtonText: "#ffffff", Role.Highlight: "#0078d4",
                Role.HighlightedText: "#ffffff", Role.Link: "#4cc2ff", Role.PlaceholderText: "#9d9d9d",
                Role.Mid: "#3c3c3c", Role.Dark: "#1a1a1a", Role.Light: "#404040", Role.Midlight: "#383838"}
HIGH_CONTRAST = {Role.Window: "#000000", Role.WindowText: "#ffff00", Role.Base: "#000000", Role.AlternateBase: "#000000",
                 Role.Text: "#ffff00", Role.Button: "#000000", Role.ButtonText: "#ffff00", Role.Highlight: "#1aebff",
                 Role.HighlightedText: "#000000", Role.Link: "#00ffff", Role.PlaceholderText: "#c0c0c0",
                 Role.Mid: "#808080", Role.Dark: "#000000", Role.Light: "#ffffff", Role.Midlight: "#808080"}
DESIGNED = ["#b00020", "#c62828", "#ef6c00", "#8a5a00", "#8a4b00", "#1b5e20", "#1e7b34", "#1b7f3b", "#555555",
            "#666666", "#888888", "#808080", "#800000", "#1a4fa0", "#9e9e9e"]


def palette_of(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=[WINDOWS_DARK, HIGH_CONTRAST], ids=["windows-dark", "high-contrast"])
def dark(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    palette = palette_of(request.param)
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def rendered(widget: QWidget) -> QImage:
    widget.ensurePolished()
    widget.show()
    return widget.grab().toImage()


def ink_contrast(image: QImage, area: QRect | None = None) -> float:
    """The text's contrast on the rendered widget: its most frequent colour is the background, the pixel that
    stands out most from it is the solid part of the glyphs (anti-aliased edges only come between)."""
    area = area or image.rect()
    pixels = [image.pixelColor(x, y) for y in range(area.top(), area.bottom() + 1)
              for x in range(area.left(), area.right() + 1)]
    background = QColor(Counter(pixel.rgb() for pixel in pixels).most_common(1)[0][0])
    return max(contrast(pixel, background) for pixel in pixels)


def span_colours(rich_text: str) -> list[QColor]:
    return [QColor(value) for value in re.findall(r"color:\s*([#\w]+)", rich_text)]


def test_designed_colours_read_on_dark_backgrounds_and_on_light_ones() -> None:
    """On a light window a colour that reads stays as designed; a weak one (the "due" orange at 2.7 : 1, the grey of
    a step not applicable at 2.3 : 1 on the window) is darkened, in its own hue, until it reads."""
    for background in ("#202020", "#2b2b2b", "#000000", "#1e1e1e", "#ffffff", "#f0f0f0", "#efefef"):
        for colour in DESIGNED:
            assert contrast(legible(colour, QColor(background)), QColor(background)) >= LEGIBLE, (colour, background)
    for colour in DESIGNED:
        if contrast(QColor(colour), QColor("#f0f0f0")) >= LEGIBLE:
            assert legible(colour, QColor("#f0f0f0")).name() == QColor(colour).name()
    due = legible("#ef6c00", QColor("#f0f0f0"))
    assert due.name() != "#ef6c00" and abs(due.hslHueF() - QColor("#ef6c00").hslHueF()) < 0.02


def test_light_theme_keeps_its_styles(qapp: QApplication) -> None:
    from app.ui.browser.notice import notice_style  # new with the fix: the other tests run on the code before it
    light = palette_of({Role.Window: "#f0f0f0", Role.WindowText: "#000000", Role.Base: "#ffffff"})
    assert notice_style(Level.DANGER, light) == "#notice { background: #fde7e9; border-left: 4px solid #b00020; }" \
                                                "#notice QLabel { color: #222; }"
    widget = QWidget()
    widget.setPalette(light)
    set_text_colour(widget, "#b00020", "font-weight: bold;")
    assert widget.styleSheet() == "color: #b00020; font-weight: bold;"


@pytest.mark.parametrize("level", list(Level))
def test_a_notice_bar_reads_and_its_close_cross_shows(qtbot: Any, dark: QPalette, level: Level) -> None:
    """Seen: the close cross (drawn in the palette's button text, white) on the bar's pale tint, invisible."""
    bar = NoticeBar("通知：已封鎖彈出式視窗。", level)
    qtbot.addWidget(bar)
    bar.resize(600, 40)
    image = rendered(bar)
    label = bar.label.geometry()
    assert ink_contrast(image, label) >= LEGIBLE
    cross = bar._close.geometry().adjusted(2, 2, -2, -2)
    assert ink_contrast(image, cross) >= LEGIBLE


def test_an_error_sentence_reads(qtbot: Any, dark: QPalette) -> None:
    """Seen: a form's red error sentence at 2.5 : 1 on Windows' dark window."""
    label = ErrorLabel()
    qtbot.addWidget(label)
    label.show_error("密碼錯誤，請再試一次。")
    label.resize(400, 30)
    assert ink_contrast(rendered(label)) >= LEGIBLE


def test_the_passphrase_strength_and_match_read(qtbot: Any, dark: QPalette) -> None:
    """Seen: "the two entries do not match" in red at 2.5 : 1, "match" in green at 2.3 : 1."""
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    sheets = []
    for typed, confirmed in (("short", "shorter"), ("officer test passphrase 123", "officer test passphrase 123")):
        fields.passphrase.setText(typed)
        fields.confirmation.setText(confirmed)
        sheets += [fields.strength.styleSheet(), fields.match.styleSheet()]
    colours = [colour for sheet in sheets for colour in span_colours(sheet)]
    assert len(colours) == 4
    for colour in colours:
        assert contrast(colour, dark.color(Role.Window)) >= LEGIBLE, colour.name()


def test_a_dark_badge_keeps_a_rim_on_a_dark_list(qapp: QApplication, dark: QPalette) -> None:
    """Seen: TikTok's, Threads' and X's black discs merged with the dark list, only their letters left."""
    base = dark.color(Role.Base)
    pixmap = QIcon(BadgeEngine("#000000", "X")).pixmap(QSize(28, 28))
    image = pixmap.toImage()
    edge = [image.pixelColor(QPoint(x, 14)) for x in range(0, 4)]
    seen = [QColor.fromRgbF(p.redF() * p.alphaF() + base.redF() * (1 - p.alphaF()),
                            p.greenF() * p.alphaF() + base.greenF() * (1 - p.alphaF()),
                            p.blueF() * p.alphaF() + base.blueF() * (1 - p.alphaF())) for p in edge]
    assert max(contrast(colour, base) for colour in seen) >= 1.5


def _tree_items(tree: Any) -> list[Any]:
    items = []
    for top in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(top)
        items += [section.child(index) for index in range(section.childCount())]
    return items


def _ring_colour(icon: QIcon) -> QColor:
    """The solid part of a step icon's outline ring, at the top of the circle (the most opaque pixel there)."""
    image = icon.pixmap(QSize(32, 32)).toImage()
    return max((image.pixelColor(QPoint(16, y)) for y in range(0, 8)), key=lambda pixel: pixel.alpha())


@pytest.mark.parametrize("background", ["#2b2b2b", "#000000", "#ffffff"])
def test_the_checklist_rings_read_on_their_rows(qapp: QApplication, background: str) -> None:
    """Seen: an available step's blue ring was 2.4 : 1 on the dark theme's rows, and a step not applicable's grey
    ring 2.7 : 1 on white: below the 3 : 1 a mark needs. The panel draws them for the rows' own colour."""
    from app.ui.checklist.icons import step_icon

    for state in (StepState.AVAILABLE, StepState.NOT_APPLICABLE):
        ring = _ring_colour(step_icon(state, background))
        assert ring.alpha() == 255 and contrast(ring, QColor(background)) >= 3, (state, ring.name())


@pytest.fixture
def dark_session(qtbot: Any, tasks: Any, settings: Any, vault: Any, vault_path: Path,
                 qapp: QApplication) -> Iterator[Session]:
    """The main window as the application wires it, in Windows' dark palette, on a vault with overdue clocks
    (NP-115-0008 with two captures and a sealed victim)."""
    before = qapp.palette()
    qapp.setPalette(palette_of(WINDOWS_DARK))
    with wired_session(qtbot, tasks, settings, vault, vault_path) as session:
        yield session
    qapp.setPalette(before)


def test_the_main_window_reads_in_dark_mode(qtbot: Any, dark_session: Session) -> None:
    """Seen in Windows' dark palette: the overdue reminders red at 2.8 : 1, the browser's hint grey at 2.2 : 1,
    a capture's title and persona black on black and its address dark blue, the checklist's overdue clock red,
    a sealed person's "(sealed)" grey on the dark table."""
    window = dark_session.window
    vault = dark_session.vault
    assert vault is not None
    window_colour = QColor(WINDOWS_DARK[Role.Window])
    case = next(case for case in vault.list_cases() if case.number.endswith("0008"))
    gallery = window.findChild(CaptureGallery)
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        window.select_case(case.id)
    dark_session.casework.reminders.check_now()  # type: ignore[attr-defined]
    banner = dark_session.casework.reminder_bar  # type: ignore[attr-defined]
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    reminders = dark_session.casework.banner.text.text()  # type: ignore[attr-defined]
    assert span_colours(reminders)
    for colour in span_colours(reminders):
        assert contrast(colour, window_colour) >= LEGIBLE, colour.name()

    window.case_view.tabs.setCurrentWidget(gallery)
    qtbot.waitUntil(lambda: "127.0.0.1" in gallery.view.header.text(), timeout=10_000)
    header = gallery.view.header.text()
    assert "black" not in header
    for colour in span_colours(header):
        assert contrast(colour, window_colour) >= LEGIBLE, colour.name()

    checklist = window.findChild(ChecklistPanel)
    strip = checklist.clock_strip.text()
    assert span_colours(strip)
    for colour in span_colours(strip):
        assert contrast(colour, window_colour) >= LEGIBLE, colour.name()
    rings = [_ring_colour(item.icon(0)) for item in _tree_items(checklist.tree)
             if item.data(0, STEP_ROLE) and item.text(1) == StepState.AVAILABLE.label()]
    assert rings  # the steps the officer can do next, drawn for the dark rows
    for ring in rings:
        assert contrast(ring, QColor(WINDOWS_DARK[Role.Base])) >= 3, ring.name()

    people = window.findChild(QTableWidget, "peopleTable")
    sealed = [people.item(row, 2) for row in range(people.rowCount()) if people.item(row, 2).foreground().style()]
    assert sealed
    for item in sealed:
        assert contrast(item.foreground().color(), QColor(WINDOWS_DARK[Role.Base])) >= LEGIBLE

    browser = window.findChild(BrowserPanel)
    window.work_area.setCurrentWidget(browser)
    qtbot.waitUntil(browser.empty_hint.isVisible, timeout=5000)
    assert ink_contrast(browser.empty_hint.grab().toImage()) >= LEGIBLE


def test_the_saved_page_viewers_banner_reads(qtbot: Any, dark: QPalette) -> None:
    """Seen: the offline viewer's pale yellow banner with the dark palette's white text on it."""
    viewer = OfflinePageViewer(b"MIME-Version: 1.0\r\n\r\nIMG 1", "K1980H5DCCN")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: bool(viewer.banner.text()), timeout=5000)
    assert ink_contrast(viewer.banner.grab().toImage()) >= LEGIBLE
    viewer.reject()


def test_a_switch_to_dark_mode_while_netpatrol_runs_is_followed(qtbot: Any, qapp: QApplication) -> None:
    """Windows' dark mode turned on (and off) with NetPatrol open: Qt changes the application's palette, and the
    colours worked out for the light window must be worked out again (seen: the error sentence kept its light-theme
    red at 2.5 : 1, a notice bar kept its pale tint with the dark palette's white cross on it)."""
    before = qapp.palette()
    light = palette_of({Role.Window: "#f0f0f0", Role.WindowText: "#000000", Role.Base: "#ffffff",
                        Role.Button: "#f0f0f0", Role.ButtonText: "#000000"})
    qapp.setPalette(light)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        bar = NoticeBar("通知：已封鎖彈出式視窗。", Level.DANGER, holder)
        bar.setGeometry(0, 0, 600, 40)
        error = ErrorLabel(holder)
        error.setGeometry(0, 50, 400, 30)
        error.show_error("密碼錯誤，請再試一次。")
        holder.resize(600, 90)
        holder.show()
        light_sheets = (bar.styleSheet(), error.styleSheet())
        qapp.setPalette(palette_of(WINDOWS_DARK))
        qtbot.wait(50)  # Qt hands the new palette down to the widgets in posted events
        assert holder.palette().color(Role.Window) == QColor(WINDOWS_DARK[Role.Window])
        image = holder.grab().toImage()  # the window as shown: each widget over what its parent draws
        assert ink_contrast(image, bar._close.geometry().translated(bar.pos()).adjusted(2, 2, -2, -2)) >= LEGIBLE
        assert ink_contrast(image, bar.label.geometry().translated(bar.pos())) >= LEGIBLE
        assert ink_contrast(image, error.geometry()) >= LEGIBLE
        qapp.setPalette(light)
        qtbot.wait(50)
        assert (bar.styleSheet(), error.styleSheet()) == light_sheets
    finally:
        qapp.setPalette(before)

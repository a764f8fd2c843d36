"""Small pieces every screen uses: the inline error line, the error box, time display, busy bar."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QWidget,
)

from app.core.errors import KnownError
from app.core.timeutil import short_date_text, short_time_text, time_text
from app.infra import paths
from app.infra.filenames import windows_file_name
from app.ui.language import LANGUAGE_NAMES, current_language
from app.ui.tones import set_text_colour

ERROR_COLOUR = "#b00020"
FRAME_ALLOWANCE = (16, 40)  # what a window system's borders and title bar add around a window


def language_box(parent: QWidget, chosen: str) -> QComboBox:
    """The languages, each named in itself (繁體中文, English), ``chosen`` selected; the code is the
    item's data. Settings, the first-start wizard and the documents dialog offer the same choice."""
    box = QComboBox(parent)
    for code, name in LANGUAGE_NAMES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


def fit_columns(table: QTableView, columns: Iterable[int], caps: Mapping[int, int] | None = None) -> None:
    """Each column as wide as its text (up to its cap, if it has one), measured once, after a listing.
    Qt's ResizeToContents mode measures every row again for each cell set: a table of a few hundred rows
    (the Clocks tab, the patrol log, a case's re-checks) froze the window for seconds."""
    for column in columns:
        table.resizeColumnToContents(column)
        cap = (caps or {}).get(column)
        if cap is not None and table.columnWidth(column) > cap:
            table.setColumnWidth(column, cap)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give a window its preferred size, or what its screen has room for when that is less.

    Seen on a 1366 × 768 laptop: a main window of a fixed 800 px hid its status bar (vault state,
    audit chain head) below the screen's edge, and dialogs of 720–800 px their buttons behind the
    taskbar. Qt moves a dialog onto the screen but never shrinks it.
    """
    available = window.screen().availableGeometry()
    window.resize(min(width, available.width() - FRAME_ALLOWANCE[0]),
                  min(height, available.height() - FRAME_ALLOWANCE[1]))


def scrolling(page: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``page`` in a frameless scroll area that gives it the whole width: on a short screen it scrolls instead of
    making its window taller than the screen. Seen at 1366 × 768 with Windows' 125 % scaling (614 logical pixels):
    the case's details form held the main window at 760 pixels, its Save button and the status bar (vault state,
    audit chain head) below the screen's edge."""
    area = QScrollArea(parent)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class ErrorLabel(QLabel):
    """One clear, translated sentence under a form; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_text_colour(self, ERROR_COLOUR)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_error(self, error: KnownError | str) -> None:
        self.setText(error.render() if isinstance(error, KnownError) else error)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


class BusyBar(QProgressBar):
    """An indeterminate bar shown while a task runs off the UI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(8)
        self.hide()

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, then the dialog is deleted once the caller has read what it needs from it (at the next
    turn of the event loop). A dialog made for one use and given the main window as its parent otherwise lived on,
    hidden, until the program ended (in a shift's soak every Settings opened kept its 30 widgets, and every "My keys"
    its own) whenever anything still referred to it."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def show_known_error(parent: QWidget | None, error: KnownError) -> None:
    """An error the officer can fix: one sentence in a box, no traceback."""
    QMessageBox.warning(parent, QCoreApplication.translate("common", "NetPatrol"), error.render())


def open_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, name: str = "") -> QMessageBox:
    """A message box that does not block (``open()``, not ``exec()``): the event loop runs on meanwhile (idle lock,
    deadline reminders), and it is safe inside an asyncio task. ``name`` lets a test find it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if name:
        box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def day_text(day: date) -> str:
    """How the field shows a day: 114/07/01 in Chinese, 2025-07-01 in English (both are accepted)."""
    return short_date_text(day, current_language())


def format_short(moment: datetime) -> str:
    """Compact Taipei time for lists: 115/07/08 14:05 (ROC year) in Chinese, 2025-07-08 14:05 in English."""
    return short_time_text(moment, current_language())


def format_time(moment: datetime) -> str:
    """Taipei time: 民國114年7月8日 14:05 in Chinese, 2025-07-08 14:05 (UTC+8) in English."""
    return time_text(moment, current_language())


def add_row(form: QFormLayout, field: QWidget) -> QLabel:
    """Add ``field`` with a label whose text is set later (on every language change); the label is the
    field's buddy, so its &-shortcut focuses the field."""
    label = QLabel(form.parentWidget())
    label.setBuddy(field)
    form.addRow(label, field)
    return label


LAST_SAVE_FOLDER = "lastSaveFolder"  # a Qt property of the top window: where the officer last saved a file


def save_folder(widget: QWidget) -> Path:
    """Where a save dialog starts: the folder the officer last saved a document or case file to in this
    session (a case's documents go to one folder, often a USB stick), else the Documents folder. Kept on
    the top window, never on disk: a folder's name can say what a case is about."""
    last = _top_window(widget).property(LAST_SAVE_FOLDER)
    return Path(last) if last and Path(last).is_dir() else paths.documents_dir()


def remember_save_folder(widget: QWidget, saved: Path) -> None:
    _top_window(widget).setProperty(LAST_SAVE_FOLDER, str(saved.parent))


def forget_file_dialog_folders() -> None:
    """Remove what Qt's file dialog recorded of where it was: as it closes, it writes the folder it was last in
    and a history of folders into the user's settings (``QtProject``: ~/.config/QtProject.conf, the registry
    on Windows), and a folder's name can say what a case is about. Called after every file dialog."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited"):
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _top_window(widget: QWidget) -> QWidget:
    """The main window for any widget inside it, dialogs included (``QWidget.window()`` stops at a dialog)."""
    while (parent := widget.parentWidget()) is not None:
        widget = parent
    return widget


def ask_pdf_target(parent: QWidget, title: str, suggested_name: str) -> Path | None:
    """Where to save a PDF (documents, transcripts, the patrol log): see :func:`ask_save_target`."""
    return ask_save_target(parent, title, suggested_name,
                           QCoreApplication.translate("common", "PDF documents (*.pdf)"), ".pdf")


def ask_save_target(parent: QWidget, title: str, suggested_name: str, kinds: str, suffix: str) -> Path | None:
    """Where to save a file: the suggested name in :func:`save_folder`, ``suffix`` added when the officer typed a
    name without it; None when they cancelled. The dialog has asked before an existing file is replaced. The
    suggested name is made from a case number and the like, so it is first made a valid Windows file name."""
    start = save_folder(parent) / windows_file_name(suggested_name, suffix)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start), kinds)
    forget_file_dialog_folders()
    if not chosen:
        return None
    target = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
    remember_save_folder(parent, target)
    return target

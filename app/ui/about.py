"""About NetPatrol: the versions an incident report or a court may ask for."""

from __future__ import annotations

import platform
import sqlite3

import PySide6
import sqlcipher3
from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app import __version__


def _chromium_version() -> str:
    try:
        from PySide6.QtWebEngineCore import qWebEngineChromiumSecurityPatchVersion, qWebEngineChromiumVersion
    except ImportError:
        return "—"
    patches = QCoreApplication.translate("AboutDialog", "security patches {version}").format(
        version=qWebEngineChromiumSecurityPatchVersion())
    return f"{qWebEngineChromiumVersion()} ({patches})"


def _sqlcipher_version() -> str:
    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
        sqlite_version = connection.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        connection.close()
    return f"{row[0] if row else '?'} (SQLite {sqlite_version})"


def versions() -> list[tuple[str, str]]:
    """(component, version) pairs; component names are proper names and stay untranslated."""
    return [
        ("NetPatrol", __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Chromium", _chromium_version()),
        ("SQLCipher", _sqlcipher_version()),
        ("Python", f"{platform.python_version()} (sqlite3 {sqlite3.sqlite_version})"),
        ("OS", platform.platform(terse=True)),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.blurb = QLabel(self)
        self.blurb.setWordWrap(True)
        form = QFormLayout()
        for name, version in versions():
            value = QLabel(version, self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name + ":", value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("About NetPatrol"))
        self.heading.setText(self.tr("NetPatrol (Internet Patrol Workstation)"))
        self.blurb.setText(self.tr(
            "Patrol, evidence capture and an encrypted case vault for officers who protect children "
            "from sexual exploitation online. Everything stays on this workstation."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

"""The officer's capture bounds: when lazy scrolling stops (time, height, feed items) and the burst
interval. Kept in the workstation's settings (``app.infra.capture_prefs``); each capture records the
bounds it ran with, and its completeness statement says when one of them stopped it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.infra import capture_prefs
from app.infra.capture_prefs import CapturePrefs
from app.ui.common import add_row


def _spin(parent: QWidget, name: str, bounds: tuple[int, int], value: int, step: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(*bounds)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setGroupSeparatorShown(True)
    return spin


class CaptureSettingsDialog(QDialog):
    def __init__(self, prefs: CapturePrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureSettingsDialog")
        self._prefs = prefs
        self.lazy = QCheckBox(self)
        self.lazy.setObjectName("lazyScroll")
        self.lazy.setChecked(prefs.lazy_scroll)
        self.seconds = _spin(self, "maxSeconds", capture_prefs.SECONDS_RANGE, prefs.max_seconds, 5)
        self.height_px = _spin(self, "maxHeight", capture_prefs.HEIGHT_RANGE, prefs.max_height, 5_000)
        self.items = _spin(self, "maxItems", capture_prefs.ITEMS_RANGE, prefs.max_items, 100)
        self.interval = _spin(self, "burstIntervalSetting", capture_prefs.BURST_RANGE, prefs.burst_interval_ms, 50)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.form = QFormLayout()
        for widget in (self.lazy, self.seconds, self.height_px, self.items, self.interval):
            add_row(self.form, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.lazy.toggled.connect(self._update_enabled)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        self._retranslate()
        self._update_enabled()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Capture settings"))
        labels = [self.tr("Lazy loading:"), self.tr("Stop scrolling after:"), self.tr("Stop at page height:"),
                  self.tr("Stop at feed items:"), self.tr("Burst interval:")]
        for field, text in zip((self.lazy, self.seconds, self.height_px, self.items, self.interval), labels, strict=True):
            self.form.labelForField(field).setText(text)
        self.lazy.setText(self.tr("Scroll the page so lazy content loads before the full-page image"))
        self.seconds.setSuffix(self.tr(" s"))
        self.height_px.setSuffix(self.tr(" px"))
        self.items.setSuffix(self.tr(" items"))
        self.interval.setSuffix(self.tr(" ms"))
        self.note.setText(self.tr("Whichever limit is reached first stops the scrolling; the capture then says it "
                                  "is PARTIAL and which limit stopped it."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_enabled(self) -> None:
        for widget in (self.seconds, self.height_px, self.items):
            widget.setEnabled(self.lazy.isChecked())

    def _on_ok(self) -> None:
        self._prefs.lazy_scroll = self.lazy.isChecked()
        self._prefs.max_seconds = self.seconds.value()
        self._prefs.max_height = self.height_px.value()
        self._prefs.max_items = self.items.value()
        self._prefs.burst_interval_ms = self.interval.value()
        self.accept()

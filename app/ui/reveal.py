"""Reveal a sealed identity (reporter, informant, victim): a stated reason, the passphrase, a time limit.

The request runs ``Vault.reveal`` off the UI thread (it unwraps the sealing key with scrypt); the
vault writes the audit entry before it returns the identity. The identity is then shown in its own
small window whose title is only the pseudonym, counting down; at expiry (or when the vault locks)
the labels are emptied and the window closes, so the name does not linger in a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.core.i18n import counted
from app.core.models import Person, RevealedIdentity
from app.core.person_fields import detail_label, with_colon
from app.core.pseudonyms import shown_pseudonym
from app.core.timeutil import Clock, utc_now
from app.infra.tasks import TaskRunner
from app.ui.common import BusyBar, ErrorLabel, add_row, format_time
from app.ui.passphrase import password_field
from app.ui.tones import set_text_colour

log = logging.getLogger(__name__)

Revealer = Callable[[str, str, str, int], RevealedIdentity]  # (person id, reason, passphrase, minutes)


class RevealRequestDialog(QDialog):
    """Asks why and for the passphrase; emits ``revealed(RevealedIdentity)`` and accepts on success,
    ``refused`` when the vault refused (the refusal is on the audit chain too)."""

    revealed = Signal(object)
    refused = Signal()

    def __init__(self, tasks: TaskRunner, person: Person, revealer: Revealer, minutes: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revealRequest")
        self._tasks = tasks
        self._person = person
        self._revealer = revealer
        self._minutes = minutes
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.passphrase = password_field(self)
        self.passphrase.setObjectName("passphrase")
        self.error = ErrorLabel(self)
        self.busy = BusyBar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.form = QFormLayout()
        add_row(self.form, self.reason)
        add_row(self.form, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_reveal)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        self.passphrase.textChanged.connect(self._update_ok)
        self.setMinimumWidth(480)
        self._retranslate()
        self._update_ok()

    @property
    def ok_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reveal a sealed identity"))
        self.intro.setText(counted(self._minutes, self.tr(
            "The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log "
            "with your name and reason, and it is shown for 1 minute only."), self.tr(
            "The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log "
            "with your name and reason, and it is shown for {count} minutes only."),
            pseudonym=shown_pseudonym(self._person.pseudonym)))
        self.form.labelForField(self.reason).setText(self.tr("&Reason:"))
        self.reason.setPlaceholderText(self.tr("Why must this identity be seen now? (required)"))
        self.form.labelForField(self.passphrase).setText(self.tr("&Passphrase:"))
        self.ok_button.setText(self.tr("Re&veal"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()) and bool(self.passphrase.text())
                                  and not self.busy.isVisible())

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        for widget in (self.reason, self.passphrase, self.buttons):
            widget.setEnabled(not busy)
        self._update_ok()

    def _on_reveal(self) -> None:
        reason = self.reason.toPlainText().strip()
        passphrase = self.passphrase.text()
        if not reason or not passphrase:
            return
        self.error.clear_error()
        self._set_busy(True)
        person_id, minutes = self._person.id, self._minutes
        self._tasks.run(lambda: self._revealer(person_id, reason, passphrase, minutes), self._on_revealed,
                        self._on_failed, owner=self)

    def _on_revealed(self, identity: RevealedIdentity) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        log.info("sealed identity %s revealed for %d minutes", identity.person_id, self._minutes)
        self.revealed.emit(identity)
        self.accept()

    def _on_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.error.show_error(error)
        self.refused.emit()

    def reject(self) -> None:
        if not self.busy.isVisible():
            super().reject()


class RevealedIdentityDialog(QDialog):
    """Shows one revealed identity until ``expires_at`` (checked every ``tick_ms`` against ``clock``),
    then empties itself and closes. ``expired`` is emitted once, whatever closed it."""

    expired = Signal()

    def __init__(self, identity: RevealedIdentity, parent: QWidget | None = None, *, clock: Clock = utc_now,
                 tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.setObjectName("revealedIdentity")
        self._identity: RevealedIdentity | None = identity
        self._clock = clock
        self.pseudonym = identity.pseudonym
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        set_text_colour(self.warning, "#8a4b00")
        self.who = QLabel(shown_pseudonym(identity.pseudonym), self)
        self.who.setObjectName("revealedPseudonym")
        self.name = QLabel(identity.name, self)
        self.name.setObjectName("revealedName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.details = QFormLayout()
        for key, value in sorted(identity.details.items()):
            label = QLabel(value, self)
            label.setWordWrap(True)
            self.details.addRow(with_colon(detail_label(key)), label)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("countdown")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.who)
        layout.addWidget(self.name)
        layout.addLayout(self.details)
        layout.addWidget(self.countdown)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()
        self._retranslate()
        self._on_tick()

    @property
    def showing(self) -> bool:
        return self._identity is not None

    @property
    def expires_at(self) -> datetime | None:
        return self._identity.expires_at if self._identity else None

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sealed identity: {pseudonym}").format(pseudonym=shown_pseudonym(self.pseudonym)))
        if self._identity is not None:
            self.warning.setText(self.tr(
                "Revealed for: {reason}. Do not copy, photograph or pass on; it hides itself at {time}.").format(
                    reason=self._identity.reason, time=format_time(self._identity.expires_at)))
        self._update_countdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_countdown(self) -> None:
        if self._identity is None:
            return
        seconds = max(0, int((self._identity.expires_at - self._clock()).total_seconds()))
        self.countdown.setText(self.tr("Hidden in {minutes}:{seconds:02d}").format(
            minutes=seconds // 60, seconds=seconds % 60))

    def _on_tick(self) -> None:
        if self._identity is not None and self._clock() >= self._identity.expires_at:
            self.hide_identity()
        else:
            self._update_countdown()

    def hide_identity(self, *, closing: bool = False) -> None:
        """Empty every label that held the identity and close; safe to call more than once."""
        if self._identity is None:
            return
        self._identity = None
        self._timer.stop()
        self.name.clear()
        while self.details.rowCount():
            self.details.removeRow(0)
        self.warning.clear()
        self.countdown.clear()
        self.expired.emit()
        if not closing:
            self.close()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.hide_identity(closing=True)
        super().closeEvent(event)

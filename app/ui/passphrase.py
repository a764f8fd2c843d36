"""A new passphrase typed twice, with live feedback on the vault's passphrase rule.

The rule is ``app.core.passphrase.check_passphrase`` (the same one ``Vault.create`` enforces), so
what the form accepts the vault accepts. The bar shows length against the rule's minimum, the line
under it says in words what is still missing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from app.core.errors import WeakPassphrase
from app.core.passphrase import MIN_LENGTH, check_passphrase
from app.ui.common import add_row
from app.ui.tones import set_text_colour

GOOD_COLOUR = "#1b5e20"
BAD_COLOUR = "#b00020"


def password_field(parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setClearButtonEnabled(False)
    return field


class NewPassphraseFields(QWidget):
    """Passphrase + confirmation; ``acceptable`` once the rule passes and both match."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, replacing: bool = False) -> None:
        super().__init__(parent)
        self._replacing = replacing
        self.passphrase = password_field(self)
        self.passphrase.setObjectName("newPassphrase")
        self.confirmation = password_field(self)
        self.confirmation.setObjectName("confirmPassphrase")
        self.meter = QProgressBar(self)
        self.meter.setRange(0, MIN_LENGTH * 2)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.strength = QLabel(self)
        self.strength.setWordWrap(True)
        self.strength.setObjectName("strength")
        self.match = QLabel(self)
        self.match.setObjectName("match")
        self._form = QFormLayout()
        add_row(self._form, self.passphrase)
        add_row(self._form, self.meter)
        add_row(self._form, self.strength)
        add_row(self._form, self.confirmation)
        add_row(self._form, self.match)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        self.passphrase.textChanged.connect(self._on_changed)
        self.confirmation.textChanged.connect(self._on_changed)
        self._retranslate()
        self._on_changed()

    def _retranslate(self) -> None:
        self._form.labelForField(self.passphrase).setText(
            self.tr("&New passphrase:") if self._replacing else self.tr("&Passphrase:"))
        self._form.labelForField(self.confirmation).setText(self.tr("&Repeat it:"))
        self.passphrase.setPlaceholderText(self.tr("At least {n} characters; a short sentence is best").format(
            n=MIN_LENGTH))
        self._on_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def add_leading_row(self, field: QWidget) -> QLabel:
        """Put another field (the current passphrase) above, in the same form so the labels align."""
        label = QLabel(self)
        label.setBuddy(field)
        self._form.insertRow(0, label, field)
        return label

    def weakness(self) -> str | None:
        """The rule's sentence when the passphrase is too weak, else None."""
        try:
            check_passphrase(self.passphrase.text())
        except WeakPassphrase as weak:
            return weak.render()
        return None

    @property
    def acceptable(self) -> bool:
        return self.weakness() is None and self.passphrase.text() == self.confirmation.text()

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()

    def _on_changed(self) -> None:
        text = self.passphrase.text()
        weakness = self.weakness()
        self.meter.setValue(min(len(text), self.meter.maximum()) if weakness is None else min(len(text), MIN_LENGTH - 1))
        if not text:
            self.strength.setText(self.tr("Minimum {n} characters.").format(n=MIN_LENGTH))
            set_text_colour(self.strength, None)
        elif weakness:
            self.strength.setText(weakness)
            set_text_colour(self.strength, BAD_COLOUR)
        else:
            self.strength.setText(self.tr("Meets the passphrase rule ({count} characters).").format(count=len(text)))
            set_text_colour(self.strength, GOOD_COLOUR)
        confirmation = self.confirmation.text()
        if not confirmation:
            self.match.setText("")
        elif confirmation == text:
            self.match.setText(self.tr("The two entries match."))
            set_text_colour(self.match, GOOD_COLOUR)
        else:
            self.match.setText(self.tr("The two entries do not match."))
            set_text_colour(self.match, BAD_COLOUR)
        self.changed.emit()

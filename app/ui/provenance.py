"""Tools → Check a file's origin: is the PDF, screenshot or case file someone hands back the one this
vault produced, unchanged? Was a paper page printed from it? (``netpatrol provenance`` in a window.)

The officer chooses or drops files; each is hashed on the task pool and its SHA-256 looked up in the
audit chain (documents issued and copied, case files sent and received) and among the evidence files
(see ``app.vault.provenance``). For paper, the officer types the chain head from the page's footer.
Each is listed with what the vault knows of it, in sentences that can be copied into a reply to the
prosecutor. Reading changes nothing and is not audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.infra.tasks import TaskRunner
from app.reports.provenance import page_lines, provenance_lines
from app.ui.clipboard import copy_text
from app.ui.common import (
    BusyBar,
    ErrorLabel,
    forget_file_dialog_folders,
    format_time,
    resize_within_screen,
    save_folder,
)
from app.ui.returnkey import ReturnKey
from app.ui.tones import on_base
from app.vault import Vault
from app.vault.provenance import PageCheck, Provenance, file_sha256, page_check, provenance


@dataclass(frozen=True)
class Checked:
    """One file and what the vault knows of it, or why it could not be read."""

    path: Path
    found: Provenance | None
    error: KnownError | None = None


def check_files(vault: Vault, paths: Sequence[Path]) -> list[Checked]:
    """Hash and look up each file (on the task pool); an unreadable file is said, the others checked."""
    checked = []
    for path in paths:
        try:
            checked.append(Checked(path, provenance(vault, file_sha256(path))))
        except KnownError as error:
            checked.append(Checked(path, None, error))
    return checked


class ProvenanceDialog(QDialog):
    def __init__(self, tasks: TaskRunner, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provenanceDialog")
        self._tasks, self._vault = tasks, vault
        self.checked: list[Checked | PageCheck] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose = QPushButton(self)
        self.choose.setObjectName("chooseFiles")
        self.head_label = QLabel(self)
        self.head = QLineEdit(self)
        self.head.setObjectName("pageHead")
        self.head_label.setBuddy(self.head)
        self.check_head = QPushButton(self)
        self.copy = QPushButton(self)
        self.busy = BusyBar(self)
        self.error = ErrorLabel(self)
        self.results = QTextBrowser(self)  # wrapped sentences, selectable, no links followed
        self.results.setObjectName("provenanceResults")
        self.results.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._lay_out()
        self.choose.clicked.connect(self._on_choose)
        self.check_head.clicked.connect(self._on_head)
        self._return_key = ReturnKey(self.head, self._on_head)
        self.copy.clicked.connect(lambda: copy_text(self.text()))
        self.buttons.rejected.connect(self.reject)
        self.setAcceptDrops(True)
        self._retranslate()
        self._update()
        resize_within_screen(self, 980, 520)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addSpacing(24)
        row.addWidget(self.head_label)
        row.addWidget(self.head, 1)
        row.addWidget(self.check_head)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check a file's origin"))
        self.intro.setText(self.tr(
            "Choose (or drop here) files handed back to you: a document's PDF, an exported evidence file, a case "
            "file. Each is hashed and looked up in this vault's audit chain and evidence: a file this vault issued, "
            "sent, received or holds is named with its audit entry; a changed copy is not found. Nothing is "
            "recorded. For a paper page, type the chain head printed in its footer."))
        self.choose.setText(self.tr("&Choose files…"))
        self.results.setAccessibleName(self.tr("What was found"))  # what a screen reader calls the results
        self.head_label.setText(self.tr("A page's chain &head:"))
        self.head.setPlaceholderText(self.tr("as in the footer, e.g. 576:b2283c1e"))
        self.check_head.setText(self.tr("Chec&k the page"))
        self.copy.setText(self.tr("Cop&y the results"))
        self.results.setPlaceholderText(self.tr("No file checked yet."))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        busy = not self.busy.isHidden()
        self.choose.setEnabled(not busy)
        self.check_head.setEnabled(not busy)
        self.copy.setEnabled(bool(self.checked) and not busy)

    def _on_choose(self) -> None:
        # Where documents were last saved (or Documents): seen, it opened in the program's own folder.
        chosen, _filter = QFileDialog.getOpenFileNames(self, self.tr("Files to check"), str(save_folder(self)))
        forget_file_dialog_folders()
        if chosen:
            self.check([Path(name) for name in chosen])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.busy.isHidden():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.check(paths)

    def _on_head(self) -> None:
        """The chain head typed from a page: checked at once (one indexed read), or the typing mistake said.
        Not while files are being checked: their results would replace it."""
        if not self.busy.isHidden():
            return
        try:
            found = page_check(self._vault, self.head.text())
        except KnownError as error:
            self.error.show_error(error)
            return
        self.error.clear_error()
        self.checked = [found]
        self._show()
        self._update()

    def check(self, paths: Sequence[Path]) -> None:
        """Hash and look up ``paths`` on the pool; the list shows them when done."""
        vault = self._vault
        self.error.clear_error()
        self.busy.set_busy(True)
        self._update()
        self._tasks.run(lambda: check_files(vault, paths), self._on_checked, self._on_failed, owner=self)

    def _on_checked(self, checked: list[Checked]) -> None:
        self.busy.set_busy(False)
        self.checked = checked
        self._show()
        self._update()

    def _on_failed(self, error: KnownError) -> None:
        """The vault could not be read (locked, damaged): nothing is listed as found or not."""
        self.busy.set_busy(False)
        self.checked = []
        self._show()
        self.error.show_error(error)
        self._update()

    def _show(self) -> None:
        """Each file: the verdict, its SHA-256 in full, and what the vault knows of it."""
        parts = []
        for verdict, item in zip(self.verdicts(), self.checked, strict=True):
            heading, lines = verdict
            colour = on_base("#1b5e20" if self._known(item) else "#b00020", self.results).name()
            bullets = "".join(f"<li>{escape(line)}</li>" for line in lines)
            parts.append(f'<p><b style="color:{colour}">{escape(heading)}</b>{self._what(item)}</p><ul>{bullets}</ul>')
        self.results.setHtml("".join(parts))

    def verdicts(self) -> list[tuple[str, list[str]]]:
        """What is shown for each file checked: its verdict and the sentences under it."""
        return [(self._verdict(item), self._lines(item)) for item in self.checked]

    @staticmethod
    def _known(item: Checked | PageCheck) -> bool:
        if isinstance(item, PageCheck):
            return item.matches
        return item.found is not None and item.found.known

    @staticmethod
    def _what(item: Checked | PageCheck) -> str:
        """Under the verdict: the file's path and SHA-256 (nothing more for a page)."""
        if isinstance(item, PageCheck):
            return ""
        digest = f'<br/><span style="font-family:monospace">SHA-256 {item.found.sha256}</span>' if item.found else ""
        return f"<br/>{escape(str(item.path))}{digest}"

    def _verdict(self, item: Checked | PageCheck) -> str:
        if isinstance(item, PageCheck):
            if item.matches:
                return self.tr("✔ A page whose footer reads {seq}:{typed}: printed from this vault").format(
                    seq=item.seq, typed=item.typed)
            return self.tr("✘ A page whose footer reads {seq}:{typed}: not printed from this vault").format(
                seq=item.seq, typed=item.typed)
        if item.found is None:
            return self.tr("✘ {file}: could not be read").format(file=item.path.name)
        if item.found.known:
            return self.tr("✔ {file}: known to this vault, unchanged").format(file=item.path.name)
        return self.tr("✘ {file}: not found in this vault").format(file=item.path.name)

    @staticmethod
    def _lines(item: Checked | PageCheck) -> list[str]:
        if isinstance(item, PageCheck):
            return page_lines(item, format_time)
        if item.found is None:
            return [item.error.render()] if item.error else []
        return provenance_lines(item.found, format_time)

    def text(self) -> str:
        """The results as text, to paste into a reply: each file, its SHA-256, and what it is."""
        blocks = []
        for item in self.checked:
            if isinstance(item, PageCheck):
                lines = [self._verdict(item)]
            else:
                lines = [f"{self._verdict(item)} ({item.path})"]
                if item.found is not None:
                    lines.append(f"SHA-256 {item.found.sha256}")
            blocks.append("\n".join(lines + [f"- {line}" for line in self._lines(item)]))
        return "\n\n".join(blocks)

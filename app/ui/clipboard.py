"""What NetPatrol puts on the clipboard leaves it when the vault locks.

A document's text, the statistics or a provenance answer copied to paste elsewhere can name a case, a suspect's
account or a victim's pseudonym. Left on the clipboard, it outlives the lock that empties every window (and on
Windows the application too: Qt hands the clipboard to the system at exit). So every copy goes through
:func:`copy_text`, and :func:`forget_copied` (called as the vault locks) clears the clipboard if it still holds
what NetPatrol put there; anything the officer copied since, from anywhere, is left alone.

On Windows the copy is also marked with the formats Windows documents for keeping a copy out of the clipboard
history (Win+V) and the cloud clipboard; pasting works as before.
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

# Microsoft's clipboard formats for "do not keep this in the history or sync it" (Clipboard Formats, Win32 docs);
# Qt's Windows clipboard turns a MIME type of this form into the registered format of that name. The first counts by
# its presence; the other two forbid with a DWORD 0.
_WINDOWS_NO_HISTORY = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
}


class _Copied:
    """The SHA-256 of the text NetPatrol last copied: enough to recognise it, without keeping it."""

    digest: bytes | None = None


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard, to be taken off it again when the vault locks."""
    data = QMimeData()
    data.setText(text)
    if sys.platform == "win32":
        for format_name, value in _WINDOWS_NO_HISTORY.items():
            data.setData(format_name, QByteArray(value))
    QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
    _Copied.digest = _digest(text)


def forget_copied() -> bool:
    """Clear the clipboard if it still holds NetPatrol's last copy; True when it did."""
    digest, _Copied.digest = _Copied.digest, None
    if digest is None:
        return False
    clipboard = QGuiApplication.clipboard()
    if _digest(clipboard.text(QClipboard.Mode.Clipboard)) != digest:
        return False  # the officer copied something else since: theirs, not ours
    clipboard.clear(QClipboard.Mode.Clipboard)
    return True

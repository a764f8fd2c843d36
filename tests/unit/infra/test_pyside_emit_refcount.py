"""Guard against the PySide6 6.12.0 bug that aborted the app: each Python ``Signal.emit()`` took one
reference too many off ``True``/``False`` until CPython died in ``bool_dealloc``. A timer-driven
workstation emits millions of signals in a patrol shift, so this must hold for the installed PySide6."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    value = Signal(int)
    bare = Signal()
emitter = Emitter()
emitter.value.connect(lambda v: None)
before = sys.getrefcount(True)
for _ in range(5000):
    emitter.value.emit(1)
    emitter.bare.emit()
print(sys.getrefcount(True) - before)
"""


def test_signal_emit_does_not_drop_references_to_bools() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"PySide6 aborted after many emits: {result.stderr[-400:]}"
    assert int(result.stdout.strip()) >= 0

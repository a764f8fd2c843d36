"""Case work in the GUI: the checklist and clocks put in place, generated documents, the takedown
re-check and its automatic start. Public API (for the composition root):

- ``Casework(window, tasks, procedure, agencies, patterns, recheck_config=None, *, clock=utc_now,
  reminder_ms=30_000, schedule_ms=60_000, tray=True, opener=None)``: builds and wires everything
  into a :class:`~app.ui.mainwindow.MainWindow` (checklist and re-check tabs in the case view, the
  clocks dashboard tab, the reminder bar and tray notifications, Documents… and Re-check… actions).
  ``procedure``, ``agencies`` and ``patterns`` are callables, so an administrator's edit is read at the next use.
- ``VaultChecklist``: the checklist source that follows the vault (``running_clocks`` is [] while locked).
- ``DocumentsDialog``, ``RecheckPanel`` / ``RecheckJob``, ``AutoRecheckScheduler``: the parts.
"""

from app.ui.casework.documents import DocumentsDialog
from app.ui.casework.recheck import RecheckJob, RecheckPanel
from app.ui.casework.scheduler import AutoRecheckScheduler
from app.ui.casework.source import VaultChecklist
from app.ui.casework.wiring import Casework

__all__ = ["AutoRecheckScheduler", "Casework", "DocumentsDialog", "RecheckJob", "RecheckPanel", "VaultChecklist"]

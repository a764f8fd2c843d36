"""The checklist screens. Public API (for the composition root; everything else is internal):

- ``ChecklistPanel(source, parent=None)``: the checklist of one case. ``set_case(case_id)`` ("" for
  none), ``refresh()`` (call after something else ticked a step, e.g. a capture finished);
  signal ``changed(case_id)`` after the officer ticked or undid a step (the audit chain grew).
- ``ClocksDashboard(source, parent=None, runner=None)``: every running clock across cases, sortable,
  overdue in red; refreshes itself every 30 s while visible (on ``runner``'s pool when given, an
  ``app.infra.tasks.TaskRunner``), ``refresh()`` on demand; signal
  ``case_activated(case_id)`` on a double-click.
- ``ReminderBanner(service, source, tray=None, parent=None)``: shows the reminders of an
  ``app.infra.reminders.ReminderService`` in the window and, when a visible ``QSystemTrayIcon`` is
  given, as desktop notifications; signal ``case_activated(case_id)``.

``source`` is an ``app.vault.steps.CaseSteps`` (see :class:`~app.ui.checklist.source.ChecklistSource`),
built in ``main.py`` as ``CaseSteps(vault, ProcedureLibrary(paths.RESOURCES / "procedures").current)``;
the reminder service is ``ReminderService(steps.running_clocks, runner=tasks)`` (make the source
return [] while the vault is locked). Application events that complete steps go to ``CaseSteps.on_event``.
"""

from app.ui.checklist.dashboard import ClocksDashboard
from app.ui.checklist.notifier import ReminderBanner
from app.ui.checklist.panel import ChecklistPanel

__all__ = ["ChecklistPanel", "ClocksDashboard", "ReminderBanner"]

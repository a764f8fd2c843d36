"""The case checklist, pure (no Qt, no storage): the procedure as data, the engine that turns a
case's step events into step states, and the statutory clocks.

- :mod:`app.checklist.procedure`: schema and validation of ``resources/procedures/*.json``;
- :mod:`app.checklist.loader`: :class:`ProcedureLibrary`, which keeps the last good procedure;
- :mod:`app.checklist.engine`: :func:`evaluate` (states, blocked reasons), :func:`check_tick`;
- :mod:`app.checklist.clocks`: deadlines (UTC in, Asia/Taipei dates for calendar periods);
- :mod:`app.checklist.events`: the step events and evidence status the engine is given.

Storage lives in :mod:`app.vault.steps`, which records ticks and asks the engine what they mean.
"""

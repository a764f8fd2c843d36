"""Passphrases given to the ``netpatrol`` command in its environment (``NETPATROL_PASSPHRASE``,
``NETPATROL_EXPORT_PASSPHRASE``), kept from every process it starts.

Every child process inherits the environment: QtWebEngine's zygote and renderers, which run the pages of
the sites patrolled (a suspect's page too), the re-check's headless Chromium and Playwright's driver. With the
variables left in place the vault passphrase sat in the memory of a process that runs hostile scripts. So the
command takes them out of its environment as it starts, reads them from here, and puts them back when it
ends (they belong to whoever started it; in tests, to the next test).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager

PASSPHRASE = "NETPATROL_PASSPHRASE"
EXPORT_PASSPHRASE = "NETPATROL_EXPORT_PASSPHRASE"
NAMES = (PASSPHRASE, EXPORT_PASSPHRASE)

_taken: dict[str, str] = {}


@contextmanager
def kept_from_children(environ: MutableMapping[str, str] | None = None) -> Iterator[None]:
    """For the life of the command: the variables out of ``environ`` (``os.environ``: the C environment too,
    which child processes get), readable with :func:`value`."""
    environ = os.environ if environ is None else environ
    taken = {name: environ.pop(name) for name in NAMES if name in environ}
    _taken.update(taken)
    try:
        yield
    finally:
        for name in taken:
            _taken.pop(name, None)
        environ.update(taken)


def value(name: str) -> str | None:
    """The variable as given to the command (taken out of the environment, or still in it when no command runs)."""
    taken = _taken.get(name)
    return taken if taken is not None else os.environ.get(name)

"""Small pieces the capture screens share: awaiting the task pool, error boxes that do not block,
and the wellness blur for pictures shown back to the officer.

Why a future around :class:`~app.infra.tasks.TaskRunner`: the capture flow is an asyncio task on
the Qt loop (qasync), so it awaits the store instead of nesting callbacks, and the vault work still
runs on a pool thread. Error boxes are opened with ``open()``, never ``exec()``: ``exec()`` would
start a nested event loop under a running asyncio task.
"""

from __future__ import annotations

import asyncio
import html
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.capture import Completeness
from app.core.errors import KnownError
from app.core.servertime import server_time_of
from app.infra.tasks import TaskRunner
from app.ui.common import open_box
from app.ui.tones import on_window

T = TypeVar("T")
BLUR_FACTOR = 24          # the picture is shrunk this many times, then smoothly enlarged
OK_COLOUR = "#1e7b34"
BAD_COLOUR = "#b00020"
NEUTRAL_COLOUR = "#666666"


def off_thread(tasks: TaskRunner, func: Callable[[], T], owner: QObject | None = None) -> asyncio.Future[T]:
    """Run ``func`` on the task pool; the returned future resolves on the UI thread with its value, or
    raises what it raised (a KnownError, or our own bug, which the caller passes on to the crash handler)."""
    future: asyncio.Future[T] = asyncio.get_event_loop().create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not future.done():
            outcome()

    tasks.run(func, lambda value: settle(lambda: future.set_result(value)),
              lambda error: settle(lambda: future.set_exception(error)), owner=owner,
              on_bug=lambda _kind, exc, _tb: settle(lambda: future.set_exception(exc)))
    return future


def show_error(parent: QWidget | None, error: KnownError | str) -> QMessageBox:
    """A warning box that does not block (``open()``): safe inside an asyncio task."""
    return open_box(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("common", "NetPatrol"),
                    error.render() if isinstance(error, KnownError) else error)


class StoreAgainBox(QMessageBox):
    """The vault's disk would not take a finished capture: the capture stays in memory until the officer chooses.
    A story or a post may be gone by the time space is freed, so the capture is never dropped for them; Esc and
    the close button mean "not yet" (store again), and only "Discard capture" drops it."""

    def __init__(self, error: KnownError, parent: QWidget | None) -> None:
        super().__init__(QMessageBox.Icon.Warning, QCoreApplication.translate("common", "NetPatrol"), error.render(),
                         parent=parent)
        self.setInformativeText(QCoreApplication.translate(
            "StoreAgainBox", "The capture is kept until you choose. Free space on the vault's disk (or reconnect it), "
                             "then store it again; Discard drops it for good."))
        self.store_again = self.addButton(QCoreApplication.translate("StoreAgainBox", "&Store again"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.discard = self.addButton(QCoreApplication.translate("StoreAgainBox", "&Discard capture"),
                                      QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.store_again)
        self.setEscapeButton(self.store_again)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    async def store_again_chosen(self) -> bool:
        """Open without blocking (``open()``, as in an asyncio task); True unless "Discard capture" was clicked."""
        chosen: asyncio.Future[bool] = asyncio.get_event_loop().create_future()
        self.finished.connect(lambda _result: chosen.done() or chosen.set_result(self.clickedButton() is not self.discard))
        self.open()
        return await chosen


def report_bug(error: BaseException) -> None:
    """Our own bug from inside an asyncio task: to the crash handler, as if it had propagated."""
    sys.excepthook(type(error), error, error.__traceback__)


async def guarded(coro: Any, parent: QWidget | None) -> Any:
    """Await ``coro``; a KnownError becomes an error box, anything else goes to the crash handler."""
    try:
        return await coro
    except KnownError as error:
        show_error(parent, error)
    except asyncio.CancelledError:
        raise
    except Exception as error:  # not swallowed: handed to the crash handler
        report_bug(error)
    return None


def blurred(image: QImage, factor: int = BLUR_FACTOR) -> QImage:
    """A strongly blurred copy (shrink, then enlarge smoothly): shapes and colours stay recognisable,
    details do not. Pure QImage work, so it may run on a pool thread."""
    if image.isNull():
        return image
    small = image.scaled(max(1, image.width() // factor), max(1, image.height() // factor),
                         Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return small.scaled(image.width(), image.height(), Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def coloured(text: str, colour: str | None, bold: bool = False) -> str:
    """``text`` as rich text in ``colour`` made legible on the window (dark mode too); ``None`` leaves it in the
    palette's text colour (not "black": a capture's title was black on black in Windows' dark mode)."""
    weight = "font-weight:bold;" if bold else ""
    colour_rule = f"color:{on_window(colour)};" if colour is not None else ""
    return f'<span style="{colour_rule}{weight}">{html.escape(text)}</span>'


def statement_lines(completeness: Completeness) -> list[str]:
    """The completeness statement as rich text, a line each: the verdict in bold, all in the capture's colour
    (the result dialog and the capture's details say it alike)."""
    colour = OK_COLOUR if completeness.complete else BAD_COLOUR
    return [coloured(line, colour, bold=index == 0) for index, line in enumerate(completeness.statement())]


def server_clock_line(metadata: dict[str, Any]) -> str:
    """The workstation's clock against the site's server, as a capture recorded it (rich text): red and bold
    when they disagree or the server's time could not be read; "" when the page came without a time."""
    known = server_time_of(metadata)
    if known is None:
        return ""
    bad = known.disagrees() or known.server_at is None
    return coloured(known.statement(), BAD_COLOUR if bad else OK_COLOUR, bold=bad)

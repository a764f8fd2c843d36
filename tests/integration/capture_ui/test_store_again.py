"""A finished capture the vault's disk will not take (full, or gone read-only) is kept until the officer chooses:
stored again once there is room, or discarded by an explicit click. Before, it was one sentence and the capture
was gone, although the story or post it shows may be gone too by the time space is freed."""

from __future__ import annotations

from typing import Any

import pytest

import app.ui.capture.controller as controller_module
from app.core.errors import StorageFull, StorageReadOnly
from app.ui.browser import BrowserPanel
from app.ui.capture import CaptureController
from app.vault import Vault
from app.vault.captures import captures_in_case, store_capture
from tests.integration.capture_ui.conftest import open_and_wait

pytestmark = [pytest.mark.webengine, pytest.mark.gui]


def refuse_first(monkeypatch: pytest.MonkeyPatch, errors: list[Exception]) -> list[int]:
    """The vault's disk refuses the first stores with ``errors``, then takes them; returns the attempts made."""
    attempts: list[int] = []

    def store(*args: Any, **kwargs: Any) -> Any:
        attempts.append(1)
        if len(attempts) <= len(errors):
            raise errors[len(attempts) - 1]
        return store_capture(*args, **kwargs)

    monkeypatch.setattr(controller_module, "store_capture", store)
    return attempts


def test_a_capture_the_full_disk_refused_is_stored_again_once_there_is_room(
        qtbot: Any, panel: BrowserPanel, vault: Vault, controller: CaptureController, pages: str, finish: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.create_case("磁碟已滿後重新儲存（虛構）", ["PTT"])
    attempts = refuse_first(monkeypatch, [StorageFull(), StorageReadOnly(path="/media/usb")])
    open_and_wait(qtbot, panel, pages + "post.html")
    panel.set_case(case.id)
    task = controller.capture_now()
    for _refusal in range(2):
        qtbot.waitUntil(lambda: controller.store_again_box is not None and controller.store_again_box.isVisible(),
                        timeout=60_000)
        box = controller.store_again_box
        assert not captures_in_case(vault, case.id)
        controller.store_again_box = None
        box.store_again.click()
    outcome = finish(task)
    assert len(attempts) == 3
    [stored] = captures_in_case(vault, case.id)
    assert outcome.stored.id == stored.id and stored.complete
    assert vault.verify().ok


def test_escape_does_not_drop_the_capture_only_discard_does(qtbot: Any, panel: BrowserPanel, vault: Vault,
                                                            controller: CaptureController, pages: str, finish: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.create_case("磁碟已滿後捨棄（虛構）", ["PTT"])
    attempts = refuse_first(monkeypatch, [StorageFull(), StorageFull()])
    open_and_wait(qtbot, panel, pages + "post.html")
    panel.set_case(case.id)
    task = controller.capture_now()
    qtbot.waitUntil(lambda: controller.store_again_box is not None and controller.store_again_box.isVisible(),
                    timeout=60_000)
    first = controller.store_again_box
    first.reject()  # Esc, or the window's close button: not yet
    qtbot.waitUntil(lambda: controller.store_again_box is not first and controller.store_again_box is not None
                    and controller.store_again_box.isVisible(), timeout=30_000)
    assert len(attempts) == 2 and not task.done()
    controller.store_again_box.discard.click()
    assert finish(task) is None
    assert not captures_in_case(vault, case.id)
    assert panel.status.text() == "The capture was discarded; nothing was stored."


def test_a_lock_while_the_officer_is_asked_says_the_capture_was_not_stored(
        qtbot: Any, panel: BrowserPanel, vault: Vault, controller: CaptureController, pages: str, finish: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The idle lock closes every window, this question too: the officer comes back to one sentence that says the
    capture is gone, not to "the vault is locked: unlock it to capture evidence"."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    case = vault.create_case("等待重新儲存時鎖定（虛構）", ["PTT"])
    refuse_first(monkeypatch, [StorageFull()])
    open_and_wait(qtbot, panel, pages + "post.html")
    panel.set_case(case.id)
    task = controller.capture_now()
    qtbot.waitUntil(lambda: controller.store_again_box is not None and controller.store_again_box.isVisible(),
                    timeout=60_000)
    panel.set_vault(None)  # the lock
    controller.store_again_box.close()
    assert finish(task) is None

    def said() -> list[str]:
        return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    qtbot.waitUntil(lambda: any("waited to be stored again" in text for text in said()), timeout=10_000)

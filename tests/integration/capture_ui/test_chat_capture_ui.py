"""Capture chat from the toolbar, then print its transcript from the capture view: the same engine
and the same reports-layer path as the command line, against the synthetic adapter chat."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.commands.steps import checklist_event
from app.core.capture import CaptureKind, StopReason
from app.core.chat import load_chat_adapters
from app.infra import paths
from app.infra.capture_prefs import CapturePrefs
from app.infra.tasks import TaskRunner
from app.ui.browser import BrowserPanel
from app.ui.capture import CaptureController, CaptureGallery
from app.ui.common import format_time
from app.ui.language import apply_language
from app.vault import Vault
from app.vault.captures import capture_files
from tests.integration.capture_ui.conftest import open_and_wait

pytestmark = [pytest.mark.webengine, pytest.mark.gui]
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def transcript_step(vault: Vault, case_id: str, capture_id: str) -> list[str]:
    return checklist_event(vault, case_id, "document.generated:transcript", [capture_id])


@pytest.fixture
def chat_controller(panel: BrowserPanel, tasks: TaskRunner, capture_prefs: CapturePrefs) -> CaptureController:
    adapters = [*load_chat_adapters(FIXTURES / "adapters" / "chat"), *load_chat_adapters(paths.RESOURCES / "adapters"
                                                                                         / "chat")]
    return CaptureController(panel, tasks, capture_prefs, chat_adapters=adapters, parent=panel)


def test_capture_chat_then_print_the_transcript(qtbot: Any, panel: BrowserPanel, vault: Vault, tasks: TaskRunner,
                                               chat_controller: CaptureController, fixture_server: str,
                                               finish: Any, tmp_path: Path) -> None:
    case = vault.create_case("聊天案件", ["LINE"])
    panel.set_case(case.id)
    open_and_wait(qtbot, panel, f"{fixture_server}/chat/inner.html")
    assert chat_controller.act_chat.isEnabled() and chat_controller.act_chat.text() == "Capture chat"
    reported: list[str] = []
    chat_controller._report = lambda _vault, _case, capture_id: reported.append(capture_id) or ["capture-content"]
    outcome = finish(chat_controller.capture_chat_now())
    stored = outcome.stored
    assert stored.kind == CaptureKind.CHAT and stored.complete
    # Seen: the chat ticked "capture the content as a full-page capture" beside its own "no full-page capture".
    assert reported == [] and outcome.steps_done == []
    assert stored.completeness.stop_reason == StopReason.CHAT_START and stored.completeness.messages == 45
    assert "chat.json" in {a.name for a in capture_files(vault, stored.id)}
    dialog = chat_controller.result_dialog
    assert dialog is not None and "45 messages" in dialog.statement.text()

    apply_language("en")  # an officer working in English (the application loads every catalogue at start)
    gallery = CaptureGallery(tasks, report_transcript=transcript_step)
    qtbot.addWidget(gallery)
    gallery.resize(1200, 800)
    gallery.show()
    gallery.set_vault(vault)
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        gallery.set_case(case.id)
    qtbot.waitUntil(lambda: gallery.view.detail is not None, timeout=30_000)
    view = gallery.view
    assert view.transcript_button.isVisible() and view.chat_label.text() == "45 messages"
    view.layout().activate()  # (a layout catches up with shown or hidden widgets on the next turn of events)
    narrowest = view.minimumSizeHint().width()
    target = tmp_path / f"{case.number}-{stored.id}-transcript.pdf"  # the name the save dialog suggests
    with qtbot.waitSignal(view.transcript_printed, timeout=30_000):
        view.print_transcript(target)
    text = "".join(page.extract_text() or "" for page in PdfReader(target).pages)
    assert "對話第1句 line 1" in text and "對話第45句 line 45" in text and "下午3:22" in text
    assert "民國" in text and "Chat transcript" not in text  # for the case file: Chinese from an English interface
    assert view.printed is not None and view.printed.messages == 45 and "print-chat" in view.printed.steps_done
    assert view.chat_label.text() == "45 messages · transcript written"
    assert view.chat_label.toolTip() == f"Transcript written to {target}"
    # Seen: the line grew the capture view by the file name's width, and the capture list beside it (and the
    # case list beside that) gave way, every thumbnail's date cut. The line wraps instead.
    view.layout().activate()
    assert view.minimumSizeHint().width() <= narrowest
    # The next time the capture is opened (another day, after a restart), the audit log says it was printed.
    again = CaptureGallery(tasks, report_transcript=transcript_step)
    qtbot.addWidget(again)
    again.set_vault(vault)
    with qtbot.waitSignal(again.loaded, timeout=30_000):
        again.set_case(case.id)
    qtbot.waitUntil(lambda: again.view.detail is not None, timeout=30_000)
    printed_at = [e.at for e in vault.audit.entries(case.id) if e.action == "document.generated"][-1]
    assert again.view.chat_label.text() == f"45 messages · transcript last printed {format_time(printed_at)}"
    assert vault.verify().ok

"""A real capture stored in a vault; burst mode on a vanishing story; tab recording to video."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.capture.burst import BurstCapture
from app.capture.engine import CaptureOptions, capture_page
from app.capture.loading import load_url
from app.capture.recording import TabRecorder
from app.core.capture import CaptureKind, FileRole
from app.core.evidence_check import Status, check_initial_evidence
from app.vault import Vault
from app.vault.captures import current_identifiers, store_capture

pytestmark = [pytest.mark.webengine, pytest.mark.gui]


def test_captured_ptt_page_is_committed_with_matching_hashes(run: Any, tab: Any, capture_server: str,
                                                            adapters: Any, vault: Vault) -> None:
    case = vault.create_case("測試案件", ["PTT"])
    run(load_url(tab.page, capture_server + "/ptt.html"))
    capture = run(capture_page(tab.page, CaptureOptions(adapters=adapters, persona="off-the-record")))
    stored, artifacts = store_capture(vault, case.id, capture)
    assert {a.name: a.sha256 for a in artifacts if a.name != "metadata.json"} == {f.name: f.sha256 for f in capture.files}
    assert {"203.0.113.45", "2001:db8::25"} <= {i.value for i in current_identifiers(vault, case.id, stored.id)}
    check = check_initial_evidence(capture, {a.name: a.sha256 for a in artifacts})
    assert [i.status for i in check.items] == [Status.OK, Status.OK, Status.OK, Status.OK, Status.NOT_APPLICABLE,
                                               Status.OK]
    assert vault.search("測試推文") and vault.verify().ok


def story_visible(frame: bytes) -> bool:
    colour = QImage.fromData(frame, "PNG").pixelColor(250, 250)
    return (colour.red(), colour.green(), colour.blue()) == (255, 140, 0)


def test_burst_catches_a_story_before_it_vanishes(run: Any, tab: Any, capture_server: str, qtbot: Any) -> None:
    run(load_url(tab.page, capture_server + "/story.html?ms=700"))
    burst = BurstCapture(tab.page, interval_ms=100, max_frames=200)
    run(burst.start())
    qtbot.waitUntil(lambda: tab.page.title() == "story gone", timeout=10_000)
    qtbot.waitUntil(lambda: burst.frame_count >= 12, timeout=10_000)
    capture = run(burst.stop())
    frames = capture.files_of(FileRole.BURST_FRAME)
    assert capture.kind == CaptureKind.BURST and capture.completeness.complete
    seen = [story_visible(f.data) for f in frames]
    assert seen[0] and not seen[-1] and seen == sorted(seen, reverse=True)
    assert len(capture.metadata["frames"]) == len(frames) and frames[0].name.startswith("burst-0001-")
    assert capture.completeness.statement() == ["Complete capture.", "Stopped by the officer.",
                                                f"{len(frames)} frames of the screen taken."]


def test_burst_stops_at_its_frame_bound_and_says_so(run: Any, tab: Any, capture_server: str, qtbot: Any) -> None:
    run(load_url(tab.page, capture_server + "/story.html"))
    burst = BurstCapture(tab.page, interval_ms=20, max_frames=5)
    run(burst.start())
    qtbot.waitUntil(lambda: burst.frame_count == 5 and not burst.running, timeout=10_000)
    capture = run(burst.stop())
    assert len(capture.files) == 5 and not capture.completeness.complete
    assert capture.completeness.statement() == [
        "PARTIAL capture.", "Stopped: the frame limit was reached; later moments were not captured.",
        "5 frames of the screen taken."]


def test_recording_produces_a_hashed_mp4(run: Any, tab: Any, capture_server: str, qtbot: Any) -> None:
    run(load_url(tab.page, capture_server + "/changing.html"))   # a ticker: new frames all the time
    recorder = TabRecorder(tab.page)
    run(recorder.start())
    qtbot.waitUntil(lambda: recorder.frames >= 5, timeout=10_000)
    capture = run(recorder.stop())
    [video] = capture.files_of(FileRole.VIDEO)
    assert video.data[4:8] == b"ftyp" and b"moov" in video.data and video.size > 1000
    assert capture.kind == CaptureKind.RECORDING and len(video.sha256) == 64 and capture.metadata["frames"] >= 5
    statement = capture.completeness.statement()
    assert statement[:2] == ["Complete capture.", "Stopped by the officer."]  # no page end, no full-page image
    assert statement[2] == f"{capture.metadata['frames']} frames of the screen taken." and len(statement) == 3


def test_a_recording_cut_at_its_time_limit_says_so(run: Any, tab: Any, capture_server: str, qtbot: Any) -> None:
    run(load_url(tab.page, capture_server + "/changing.html"))
    recorder = TabRecorder(tab.page, max_seconds=0.5)
    run(recorder.start())
    qtbot.wait(1500)
    capture = run(recorder.stop())
    assert not capture.completeness.complete
    assert capture.completeness.statement()[:3] == [
        "PARTIAL capture.", "Stopped: the time limit was reached.",
        "The recording stopped at its time limit of 0.5 s; what the page showed after that was not recorded."]

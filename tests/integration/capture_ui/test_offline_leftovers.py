"""A saved page opened offline is in a file in clear while its viewer is open. A process killed meanwhile
(power cut, Task Manager) left that file in the system's temporary folder, where nothing removed it; now it is
under NetPatrol's own cache folder and the next start removes it."""

from __future__ import annotations

from typing import Any

from app.infra import paths
from app.infra.tasks import TaskRunner
from app.ui.capture import CaptureGallery, offline

PAGE = b"MIME-Version: 1.0\r\n\r\nCAPTUREMARKER-9f3 synthetic saved page, IMG 1"


def test_a_saved_page_left_by_a_killed_process_is_removed_at_the_next_start(qtbot: Any, tasks: TaskRunner) -> None:
    folder, file = offline._private_copy(PAGE)  # what a viewer writes as it opens; the process then died
    assert file.read_bytes() == PAGE and folder.is_relative_to(paths.cache_dir())
    gallery = CaptureGallery(tasks)  # the next start: the main window's capture tab is made
    qtbot.addWidget(gallery)
    assert not folder.exists()

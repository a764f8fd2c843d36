"""File names NetPatrol proposes from what a case holds (its number, a capture's id, a date), made valid on Windows.

The officers' workstations run Windows, where a name cannot hold ``<>:"/\\|?*`` or control characters, cannot end
in a dot or a space, and cannot be a device (CON, PRN, AUX, NUL, COM1…, LPT1…, with an extension too: ``CON.pdf``).
A case number is free text (``netpatrol case new --number``, or the unit's format set up in the first-run wizard:
``婦幼/{roc_year}/{seq:04d}`` gives ``婦幼/115/0004``), so a name made from it can break every one of these rules.
Seen: the save dialog for a document of case ``婦幼/115/0004`` opened on ``Documents/婦幼/115/0004-evidence.pdf``,
a folder that does not exist, and the case file's proposed path made the export fail for that folder.

The rules come from pathvalidate; NetPatrol adds what it does not cover: Unicode format characters are dropped
(a right-to-left override, U+202E, shows ``report\u202efdp.exe`` as ``reportexe.pdf``), a name of dots only
becomes a real name, the suffix survives shortening, and the name stays short enough that the Documents folder
plus the name keep under Windows' 260-character path limit.
"""

from __future__ import annotations

from app.core.controlchars import without_controls

# Room for C:\Users\<name>\OneDrive - <organisation>\Documents\ (often 60-90 characters) under MAX_PATH (260),
# and under the 255 bytes a name may take on Linux file systems (a CJK character is 3 bytes in UTF-8).
MAX_NAME_CHARACTERS = 80
MAX_NAME_BYTES = 255
FALLBACK_STEM = "netpatrol"


def windows_file_name(name: str, suffix: str = "") -> str:
    """``name`` as a file name valid on Windows (and everywhere else), ending in ``suffix`` (e.g. ``.pdf``)
    when given. Characters Windows refuses become ``_``; nothing else of the name is lost unless it is too long.
    pathvalidate (fifteen modules) is imported when a save dialog first asks, not with every window at start."""
    from pathvalidate import is_valid_filename, sanitize_filename

    stem = name[: -len(suffix)] if suffix and name.lower().endswith(suffix.lower()) else name
    stem = without_controls(stem)
    # trailing dots and spaces go before the device names are checked: pathvalidate turns "CON ." into "CON"
    stem = sanitize_filename(stem[: MAX_NAME_CHARACTERS - len(suffix)].strip(" ."), replacement_text="_",
                             platform="windows", max_len=MAX_NAME_BYTES - len(suffix.encode()))
    named = (stem if stem.strip("._ ") else FALLBACK_STEM) + suffix
    return named if is_valid_filename(named, platform="windows") else FALLBACK_STEM + suffix

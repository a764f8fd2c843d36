"""Time: stored in UTC, shown in Asia/Taipei, printed in zh-TW documents with the ROC calendar.

Taiwan has had no daylight saving time since 1979, but we still go through ``zoneinfo`` so the
rules live in one place. The machine's local time zone is never used: an officer's workstation set
to the wrong zone must not shift a statutory deadline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.core.i18n import translate

TAIPEI = ZoneInfo("Asia/Taipei")
ROC_EPOCH_YEAR = 1911

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a time without a zone cannot be evidence")
    return moment.astimezone(UTC)


def iso_utc(moment: datetime) -> str:
    """Canonical text form for storage and hashing: UTC, microseconds, trailing Z."""
    return to_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> datetime:
    """Parse an ISO 8601 time; a time without a zone is taken as Asia/Taipei (what officers mean)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TAIPEI)
    return moment.astimezone(UTC)


def taipei(moment: datetime) -> datetime:
    return to_utc(moment).astimezone(TAIPEI)


def roc_date(day: date | datetime) -> str:
    """民國114年7月8日 — the form official zh-TW documents use (a datetime is first put in Taipei time)."""
    if isinstance(day, datetime):
        day = taipei(day).date()
    return f"民國{day.year - ROC_EPOCH_YEAR}年{day.month}月{day.day}日"


def roc_datetime(moment: datetime) -> str:
    local = taipei(moment)
    return f"{roc_date(local.date())} {local:%H:%M}"


def taipei_text(moment: datetime) -> str:
    """2025-07-08 14:05 (Asia/Taipei) for English output."""
    return f"{taipei(moment):%Y-%m-%d %H:%M} (UTC+8)"


def time_text(moment: datetime, language: str) -> str:
    """A moment as officers read it: 民國114年7月8日 14:05 in Chinese, 2025-07-08 14:05 (UTC+8) in English.
    One rule for the windows, the documents and the command line."""
    return taipei_text(moment) if language == "en" else roc_datetime(moment)


def date_text(day: date, language: str) -> str:
    """A Taipei calendar day: 民國114年7月8日 in Chinese, 2025-07-08 in English."""
    return day.isoformat() if language == "en" else roc_date(day)


def short_date_text(day: date, language: str) -> str:
    """The compact day: 114/07/08 (ROC year) in Chinese, 2025-07-08 in English; both are also what
    officers type into day fields."""
    return day.isoformat() if language == "en" else f"{day.year - ROC_EPOCH_YEAR}/{day:%m/%d}"


def short_time_text(moment: datetime, language: str) -> str:
    """The compact form for lists: 114/07/08 14:05 (ROC year) in Chinese, 2025-07-08 14:05 in English."""
    local = taipei(moment)
    return f"{short_date_text(local.date(), language)} {local:%H:%M}"


_DAY = re.compile(r"\s*(?:民國)?\s*(\d{2,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*\Z")


def parse_day(text: str) -> date | None:
    """A calendar day as officers write it: 2025-07-08, 114/07/08, 114-7-8 or 民國114年7月8日 (a year
    below 1000 is an ROC year). None when it is not a valid day."""
    found = _DAY.match(text)
    if not found:
        return None
    year, month, day = (int(part) for part in found.groups())
    try:
        return date(year + ROC_EPOCH_YEAR if year < 1000 else year, month, day)
    except ValueError:
        return None


def duration_text(seconds: int) -> str:
    """A length of time as officers write it on a duty sheet (2 小時 05 分 / 2 h 05 min): the printed
    patrol log and the statistics say it alike. Here, not with the PDF helpers, so that the statistics
    command does not load reportlab."""
    return translate("reports", "{hours} h {minutes:02d} min").format(hours=seconds // 3600, minutes=seconds // 60 % 60)


def span_text(span: timedelta) -> str:
    """How long, in whole minutes, as a deadline's time left or a clock's error is told: '3 d 4 h',
    '2 h 05 min', '5 min' (the sign is the caller's to say)."""
    minutes = int(abs(span).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("clocks", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return translate("clocks", "{hours} h {minutes:02d} min").format(hours=hours, minutes=mins)
    return translate("clocks", "{minutes} min").format(minutes=mins)

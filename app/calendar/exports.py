"""Export the calendar to a file chosen by its suffix: .ics (phone calendar) or .xlsx (weekly plan)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.calendar.domain import NO_FILTER, PostFilter
from app.calendar.service import CalendarService
from app.errors import ValidationError

DEFAULT_DAYS_BACK = 7
DEFAULT_DAYS_AHEAD = 56


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    kind: str  # "ics" or "xlsx"
    items: int  # events (ics) or sheets (xlsx)
    start: dt.date
    end: dt.date  # exclusive
    notes: tuple[str, ...] = ()


def default_range(today: dt.date) -> tuple[dt.date, dt.date]:
    return today - dt.timedelta(days=DEFAULT_DAYS_BACK), today + dt.timedelta(
        days=DEFAULT_DAYS_AHEAD
    )


def export_calendar(
    service: CalendarService,
    path: Path,
    start: dt.date | None = None,
    end: dt.date | None = None,
    post_filter: PostFilter = NO_FILTER,
    today: dt.date | None = None,
) -> ExportResult:
    """Export `start` ≤ day ≤ `end` (both inclusive for the user; defaults: last week + 8 weeks)."""
    suffix = path.suffix.lower()
    if suffix not in (".ics", ".xlsx"):
        raise ValidationError(
            f"无法导出到「{path.name}」：日历只能导出为 .ics（手机日历）或 .xlsx（周计划）。"
        )
    first, last = default_range(today or dt.date.today())
    start = start or first
    stop = end + dt.timedelta(days=1) if end else last
    if stop <= start:
        raise ValidationError(
            f"导出的结束日期 {stop - dt.timedelta(days=1)} 早于开始日期 {start}。"
        )
    if not path.parent.exists():
        raise ValidationError(f"无法导出到「{path}」：文件夹「{path.parent}」不存在。")
    view = service.range(start, stop, post_filter)
    if suffix == ".ics":
        from app.calendar.export_ics import write_ics

        types = {t.id: t.name for t in service.posts.list_types()}
        minutes = service.reminder_minutes()
        count = write_ics(path, view, service.slots.list_slots(), types, minutes)
        return ExportResult(path, "ics", count, start, stop, view.notes)
    from app.calendar.export_xlsx import write_weekly_plan

    count = write_weekly_plan(path, view)
    return ExportResult(path, "xlsx", count, start, stop, view.notes)

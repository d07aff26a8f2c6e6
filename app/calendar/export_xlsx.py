"""The weekly plan for the boss: one sheet per week, days as columns, times as rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.calendar.domain import POST_STATUSES, CalendarRange

WEEKDAYS = "一二三四五六日"


def week_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """Mondays of the weeks touching `start` ≤ day < `end`."""
    monday = start - dt.timedelta(days=start.weekday())
    out = []
    while monday < end:
        out.append(monday)
        monday += dt.timedelta(days=7)
    return out


def write_weekly_plan(path: Path, view: CalendarRange) -> int:
    """Write the plan; returns the number of sheets (weeks). Texts are written as text, never
    as formulas, so a title starting with "=" stays a title."""
    import xlsxwriter

    tmp = path.with_name(path.name + ".part")
    book = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False})
    title_fmt = book.add_format({"bold": True, "font_size": 14})
    head = book.add_format(
        {
            "bold": True,
            "bg_color": "#eef1f5",
            "border": 1,
            "align": "center",
            "valign": "vcenter",
            "text_wrap": True,
        }
    )
    holiday_head = book.add_format(
        {
            "bold": True,
            "bg_color": "#fde2e1",
            "border": 1,
            "align": "center",
            "valign": "vcenter",
            "text_wrap": True,
        }
    )
    time_fmt = book.add_format({"bold": True, "border": 1, "align": "center", "valign": "top"})
    cell = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    empty = book.add_format(
        {"text_wrap": True, "valign": "top", "border": 1, "font_color": "#b42318", "italic": True}
    )
    weeks = week_starts(view.start, view.end)
    for monday in weeks:
        sunday = monday + dt.timedelta(days=6)
        sheet = book.add_worksheet(f"{monday:%Y.%m.%d}-{sunday:%m.%d}")
        sheet.write_string(0, 0, f"内容周计划 {monday:%Y-%m-%d} 至 {sunday:%Y-%m-%d}", title_fmt)
        sheet.write_string(1, 0, "时间", head)
        sheet.set_column(0, 0, 8)
        sheet.set_column(1, 7, 26)
        sheet.set_row(1, 36)
        sheet.freeze_panes(2, 1)
        cells: dict[tuple[dt.time, int], list[tuple[str, bool]]] = {}
        for post in view.posts:
            if post.planned_at is None or not monday <= post.planned_at.date() <= sunday:
                continue
            status = POST_STATUSES.get(post.status, post.status)
            groups = "、".join(post.group_names)
            text = f"{post.title}［{status}］" + (f"\n→ {groups}" if groups else "")
            cells.setdefault((post.planned_at.time(), post.planned_at.weekday()), []).append(
                (text, False)
            )
        for occ in view.occurrences:
            if not occ.filled and monday <= occ.day <= sunday:
                cells.setdefault((occ.at.time(), occ.day.weekday()), []).append(
                    (f"（待安排）{occ.slot_name}", True)
                )
        for col in range(7):
            day = monday + dt.timedelta(days=col)
            mark = view.days.get(day)
            labels = "、".join(mark.labels()) if mark else ""
            text = f"周{WEEKDAYS[col]} {day.month}/{day.day}" + (f"\n{labels}" if labels else "")
            sheet.write_string(1, col + 1, text, holiday_head if mark and mark.holiday else head)
        for row, at in enumerate(sorted({t for t, _ in cells}), start=2):
            sheet.write_string(row, 0, at.strftime("%H:%M"), time_fmt)
            for col in range(7):
                items = cells.get((at, col), [])
                if not items:
                    sheet.write_blank(row, col + 1, None, cell)
                    continue
                only_empty = all(flag for _, flag in items)
                sheet.write_string(
                    row, col + 1, "\n".join(t for t, _ in items), empty if only_empty else cell
                )
        if view.notes:
            sheet.write_string(len({t for t, _ in cells}) + 3, 0, " ".join(view.notes))
    book.close()
    tmp.replace(path)
    return len(weeks)

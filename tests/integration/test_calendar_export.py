"""Exports: the .ics parsed back with icalendar gives the same events; the weekly .xlsx; the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from dateutil.rrule import rrulestr

from app.calendar.domain import PostValues, SlotRule
from app.calendar.exports import export_calendar
from app.calendar.post_ops import CreatePost
from app.calendar.rules import occurrence_times
from app.calendar.slot_ops import CreateSlot, SlotValues
from app.cli import main

D = dt.date


def _setup(ctx: Any) -> dict[str, Any]:
    types = {t.name: t.id for t in ctx.calendar.posts.list_types()}
    group = ctx.groups.create("护肤交流1群")
    rules = {
        "每日知识锦囊": SlotRule("daily", dt.time(8), D(2026, 1, 1)),
        "微分享": SlotRule("weekly", dt.time(20), D(2026, 1, 1), weekdays=(0, 2, 4, 6)),
        "月末复盘": SlotRule("monthly", dt.time(21), D(2026, 1, 1), month_day=31),
        "隔天打卡": SlotRule(
            "interval", dt.time(7, 30), D(2026, 11, 2), D(2027, 1, 20), interval=3
        ),
    }
    slot_ids = {
        name: ctx.run(CreateSlot(SlotValues(name, rule, types["知识锦囊"], (group,)))).value
        for name, rule in rules.items()
    }
    ids = [
        ctx.run(
            CreatePost(
                PostValues(
                    f"=团购{n}",
                    f"正文{n}",
                    types["团购接龙"],
                    dt.datetime(2026, 11, 20 + n, 12, 0),
                    "scheduled",
                    (group,),
                )
            )
        ).value
        for n in range(5)
    ]
    return {"rules": rules, "slots": slot_ids, "posts": ids}


def test_ics_round_trip_gives_the_same_events(ctx: Any, tmp_path: Path) -> None:
    from icalendar import Calendar

    data = _setup(ctx)
    start, end = D(2026, 11, 16), D(2027, 2, 28)
    path = tmp_path / "plan.ics"
    result = export_calendar(ctx.calendar, path, start, end)
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert result.items == len(events)
    view = ctx.calendar.range(start, end + dt.timedelta(days=1))
    for post in view.posts:
        event = events[f"post-{post.id}@shequn"]
        assert str(event["SUMMARY"]) == post.title  # "=团购0" stays text
        assert event.decoded("DTSTART").replace(tzinfo=None) == post.planned_at
        assert post.body in str(event["DESCRIPTION"])
        alarms = event.walk("VALARM")
        assert len(alarms) == 1, post.title  # one alarm per post still to be published
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert alarms[0].decoded("TRIGGER") == -dt.timedelta(minutes=10)
    for name, rule in data["rules"].items():
        event = events[f"slot-{data['slots'][name]}@shequn"]
        dtstart = event.decoded("DTSTART")
        series = rrulestr(event["RRULE"].to_ical().decode(), dtstart=dtstart)
        expanded = [t.replace(tzinfo=None) for t in series]
        assert expanded == occurrence_times(rule, start, end + dt.timedelta(days=1)), name
    days = {
        (e.decoded("DTSTART"), str(e["SUMMARY"]))
        for e in events.values()
        if str(e["UID"]).startswith("day-")
    }
    assert (D(2026, 12, 12), "双12") in days and (D(2027, 2, 6), "春节") in days
    assert (D(2027, 2, 20), "元宵") in days


def test_weekly_plan_xlsx_one_sheet_per_week_days_as_columns(ctx: Any, tmp_path: Path) -> None:
    _setup(ctx)
    path = tmp_path / "plan.xlsx"
    result = export_calendar(ctx.calendar, path, D(2026, 11, 16), D(2026, 11, 29))
    book = openpyxl.load_workbook(path)
    assert result.items == 2 and book.sheetnames == ["2026.11.16-11.22", "2026.11.23-11.29"]
    sheet = book["2026.11.16-11.22"]
    header = [sheet.cell(2, c).value for c in range(1, 9)]
    assert (
        header[0] == "时间"
        and header[1].startswith("周一 11/16")
        and header[7].startswith("周日 11/22")
    )
    times = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1)}
    assert {"07:30", "08:00", "12:00", "20:00"} <= set(times)
    friday_noon = sheet.cell(times["12:00"], 6).value  # 11-20 is a Friday
    assert (
        friday_noon.startswith("=团购0［待发］") and sheet.cell(times["12:00"], 6).data_type == "s"
    )
    assert "（待安排）每日知识锦囊" in sheet.cell(times["08:00"], 2).value


def test_cli_calendar_export(ctx: Any, tmp_path: Path, capsys: Any) -> None:
    _setup(ctx)
    db = ctx.url
    ics = tmp_path / "out.ics"
    assert (
        main(
            ["calendar-export", str(ics), "--db", db, "--from", "2026-11-16", "--to", "2027-01-31"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "已导出 2026-11-16 至 2027-01-31" in out and ics.read_bytes().startswith(
        b"BEGIN:VCALENDAR"
    )
    xlsx = tmp_path / "week.xlsx"
    assert (
        main(
            ["calendar-export", str(xlsx), "--db", db, "--from", "2026-11-16", "--to", "2026-11-22"]
        )
        == 0
    )
    assert openpyxl.load_workbook(xlsx).sheetnames == ["2026.11.16-11.22"]
    assert main(["calendar-export", str(tmp_path / "x.pdf"), "--db", db]) == 2
    assert "只能导出为 .ics" in capsys.readouterr().err


def test_ics_alarm_follows_the_reminder_setting_and_skips_published_posts(
    ctx: Any, tmp_path: Path
) -> None:
    from icalendar import Calendar

    from app.calendar.post_ops import SetPostStatus
    from app.calendar.setting_ops import SetReminderMinutes

    data = _setup(ctx)
    ctx.run(SetReminderMinutes(25))
    done = data["posts"][0]
    ctx.run(SetPostStatus(done, "published", dt.datetime(2026, 11, 20, 12, 1)))
    path = tmp_path / "alarms.ics"
    export_calendar(ctx.calendar, path, D(2026, 11, 16), D(2026, 11, 30))
    events = {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert events[f"post-{done}@shequn"].walk("VALARM") == []  # published: nothing to remind
    for post_id in data["posts"][1:]:
        (alarm,) = events[f"post-{post_id}@shequn"].walk("VALARM")
        assert alarm.decoded("TRIGGER") == -dt.timedelta(minutes=25)
        assert "25 分钟后发" in str(alarm["DESCRIPTION"])
    slot_alarms = [e.walk("VALARM") for u, e in events.items() if u.startswith("slot-")]
    assert slot_alarms and all(a == [] for a in slot_alarms)

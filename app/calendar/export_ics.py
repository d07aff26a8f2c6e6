"""The calendar as an .ics file a phone imports: slots as RRULEs, posts and festivals as events.

Each post still to be published (idea, draft, scheduled) carries a VALARM that goes off the
reminder lead time (`calendar.reminder_minutes`) before it, so the phone reminds too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.calendar.domain import POST_STATUSES, CalendarRange, SlotInfo, SlotRule
from app.calendar.rules import occurrence_days

TZ = ZoneInfo("Asia/Shanghai")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
PRODID = "-//Shequn 社群管家//Content calendar//ZH"
ALARM_STATUSES = ("idea", "draft", "scheduled")


def rrule_of(rule: SlotRule, until: dt.date | None) -> dict[str, object]:
    """The RFC 5545 RRULE of a slot rule (a monthly day the month lacks → the month's last day)."""
    out: dict[str, object]
    if rule.freq == "weekly":
        out = {"FREQ": "WEEKLY", "BYDAY": [BYDAY[d] for d in sorted(rule.weekdays)]}
    elif rule.freq == "monthly":
        day = rule.month_day or 1
        if day > 28:
            # "On the 31st, or the last day when shorter": the last existing day among 28..31.
            out = {"FREQ": "MONTHLY", "BYMONTHDAY": list(range(28, day + 1)), "BYSETPOS": -1}
        else:
            out = {"FREQ": "MONTHLY", "BYMONTHDAY": day}
    elif rule.freq == "interval":
        out = {"FREQ": "DAILY", "INTERVAL": max(1, rule.interval)}
    else:
        out = {"FREQ": "DAILY"}
    if until is not None:
        # With a TZID start, RFC 5545 wants UNTIL in UTC: the end of the last local day.
        last = dt.datetime.combine(until, rule.at_time, TZ)
        out["UNTIL"] = last.astimezone(dt.UTC)
    return out


def build_calendar(
    view: CalendarRange,
    slots: list[SlotInfo],
    type_names: dict[int, str],
    stamp: dt.datetime | None = None,
    alarm_minutes: int = 10,
) -> Any:
    """An icalendar.Calendar for the range: posts (with their alarm), slot series clipped to
    it, festivals."""
    from icalendar import Alarm, Calendar, Event

    stamp = (stamp or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "社群内容日历")
    cal.add("x-wr-timezone", "Asia/Shanghai")
    for slot in slots:
        if not slot.active:
            continue
        last_day = view.end - dt.timedelta(days=1)
        until = last_day if slot.rule.end is None else min(slot.rule.end, last_day)
        first = next(occurrence_days(slot.rule, view.start, until + dt.timedelta(days=1)), None)
        if first is None:
            continue
        event = Event()
        event.add("uid", f"slot-{slot.id}@shequn")
        event.add("dtstamp", stamp)
        event.add("summary", f"【固定栏目】{slot.name}")
        event.add("dtstart", dt.datetime.combine(first, slot.rule.at_time, TZ))
        event.add("duration", dt.timedelta(minutes=30))
        event.add("rrule", rrule_of(slot.rule, until))
        kind = type_names.get(slot.type_id or -1, "")
        event.add("description", f"{slot.rule.describe()}{'｜' + kind if kind else ''}")
        if kind:
            event.add("categories", [kind])
        cal.add_component(event)
    for post in view.posts:
        if post.planned_at is None:
            continue
        event = Event()
        event.add("uid", f"post-{post.id}@shequn")
        event.add("dtstamp", stamp)
        event.add("summary", post.title or post.type_name)
        event.add("dtstart", post.planned_at.replace(tzinfo=TZ))
        event.add("duration", dt.timedelta(minutes=30))
        groups = "、".join(post.group_names)
        head = f"状态：{POST_STATUSES.get(post.status, post.status)}" + (
            f"｜群：{groups}" if groups else ""
        )
        event.add("description", f"{head}\n\n{post.body}".rstrip())
        if post.type_name:
            event.add("categories", [post.type_name])
        if post.status in ALARM_STATUSES:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{alarm_minutes} 分钟后发：{post.title or post.type_name}")
            alarm.add("trigger", dt.timedelta(minutes=-alarm_minutes))
            event.add_component(alarm)
        cal.add_component(event)
    for day, mark in sorted(view.days.items()):
        for label in mark.labels():
            event = Event()
            event.add("uid", f"day-{day.isoformat()}-{label}@shequn")
            event.add("dtstamp", stamp)
            event.add("summary", label)
            event.add("dtstart", day)
            event.add("dtend", day + dt.timedelta(days=1))
            event.add("transp", "TRANSPARENT")
            event.add("categories", ["节日" if label in mark.festivals else "放假安排"])
            cal.add_component(event)
    cal.add_missing_timezones()
    return cal


def write_ics(
    path: Path,
    view: CalendarRange,
    slots: list[SlotInfo],
    type_names: dict[int, str],
    alarm_minutes: int = 10,
) -> int:
    """Write the .ics file; returns the number of events written."""
    cal = build_calendar(view, slots, type_names, alarm_minutes=alarm_minutes)
    data: bytes = cal.to_ical()
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(cal.walk("VEVENT"))

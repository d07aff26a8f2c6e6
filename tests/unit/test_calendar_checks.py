"""Pure checks: late posts, clashes, empty slots in 7 days, and reminders with a driven clock."""

from __future__ import annotations

import datetime as dt

from app.calendar.checks import ReminderClock, compute_warnings, due_posts
from app.calendar.domain import Occurrence, PostInfo

NOW = dt.datetime(2026, 11, 21, 9, 30)


def post(
    pid: int,
    at: dt.datetime,
    status: str = "scheduled",
    groups: tuple[int, ...] = (1,),
    reminded: dt.datetime | None = None,
) -> PostInfo:
    return PostInfo(
        pid,
        f"内容{pid}",
        "正文",
        1,
        "知识锦囊",
        "#2e9d6a",
        at,
        status,
        group_ids=groups,
        group_names=tuple(f"群{g}" for g in groups),
        reminded_at=reminded,
    )


def occ(day: dt.date, filled: int | None = None) -> Occurrence:
    return Occurrence(
        1, "每日知识锦囊", day, dt.datetime.combine(day, dt.time(8)), 1, "#2e9d6a", filled
    )


def test_late_post_is_warned_and_published_one_is_not() -> None:
    posts = [
        post(1, NOW - dt.timedelta(hours=2)),
        post(2, NOW - dt.timedelta(hours=3), "published"),
    ]
    kinds = [(w.kind, w.post_ids) for w in compute_warnings(posts, [], NOW)]
    assert kinds == [("late", (1,))]


def test_two_posts_same_group_same_hour_clash_other_group_or_hour_does_not() -> None:
    at = dt.datetime(2026, 11, 22, 20, 0)
    posts = [
        post(1, at),
        post(2, at + dt.timedelta(minutes=40)),
        post(3, at, groups=(2,)),
        post(4, at + dt.timedelta(hours=1)),
        post(5, at, "cancelled"),
    ]
    warnings = [w for w in compute_warnings(posts, [], NOW) if w.kind == "clash"]
    assert [w.post_ids for w in warnings] == [(1, 2)]
    assert "群1" in warnings[0].message and "20:00" in warnings[0].message


def test_empty_slots_only_within_seven_days() -> None:
    today = NOW.date()
    occurrences = [occ(today + dt.timedelta(days=n)) for n in range(0, 10)]
    occurrences[2] = occ(today + dt.timedelta(days=2), filled=99)
    warnings = compute_warnings([], occurrences, NOW)
    days = [w.at.date() for w in warnings]
    # today 08:00 has passed; 7 days ahead stops before day 8 at this hour.
    assert days == [today + dt.timedelta(days=n) for n in (1, 3, 4, 5, 6, 7)]
    assert all(w.kind == "empty_slot" and "每日知识锦囊" in w.message for w in warnings)


def test_due_posts_window_and_already_reminded() -> None:
    posts = [
        post(1, NOW + dt.timedelta(minutes=5)),
        post(2, NOW + dt.timedelta(minutes=15)),
        post(3, NOW + dt.timedelta(minutes=5), reminded=NOW),
        post(4, NOW + dt.timedelta(minutes=3), "draft"),
    ]
    assert [p.id for p in due_posts(posts, NOW, 10)] == [1]
    assert [p.id for p in due_posts(posts, NOW, 20)] == [1, 2]
    assert due_posts(posts, NOW, 10, already=[1]) == []


def test_reminder_clock_fires_once_as_time_advances() -> None:
    clock = {"now": dt.datetime(2026, 11, 21, 19, 40)}
    talk = post(7, dt.datetime(2026, 11, 21, 20, 0))
    reminder = ReminderClock(lambda now, minutes: [talk], lambda: clock["now"], minutes=10)
    assert reminder.tick() == []
    clock["now"] = dt.datetime(2026, 11, 21, 19, 50)
    assert reminder.tick() == [talk]
    clock["now"] = dt.datetime(2026, 11, 21, 19, 55)
    assert reminder.tick() == []
    clock["now"] = dt.datetime(2026, 11, 21, 20, 5)
    assert reminder.tick() == []

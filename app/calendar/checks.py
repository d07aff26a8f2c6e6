"""Pure calendar checks: warnings (empty slots, clashes, late posts) and due reminders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from app.calendar.domain import CalendarWarning, Occurrence, PostInfo

WARNING_DAYS = 7


def _when(at: dt.datetime) -> str:
    weekday = "一二三四五六日"[at.weekday()]
    return f"{at.month}月{at.day}日（周{weekday}）{at:%H:%M}"


def compute_warnings(
    posts: Sequence[PostInfo],
    occurrences: Sequence[Occurrence],
    now: dt.datetime,
    days: int = WARNING_DAYS,
) -> list[CalendarWarning]:
    """Late posts, clashes (two posts for one group in the same hour), empty slots in `days` days.

    `posts` should cover at least the clash window and every scheduled post before `now`.
    """
    out: list[CalendarWarning] = []
    for post in posts:
        if post.is_late(now) and post.planned_at is not None:
            out.append(
                CalendarWarning(
                    "late",
                    post.planned_at,
                    f"「{post.title}」计划在 {_when(post.planned_at)} 发布，时间已过仍未标记为已发。",
                    (post.id,),
                    subject=post.title,
                )
            )
    by_hour: dict[tuple[int, dt.datetime], list[PostInfo]] = {}
    for post in posts:
        if post.planned_at is None or post.status == "cancelled":
            continue
        hour = post.planned_at.replace(minute=0, second=0, microsecond=0)
        for group_id in post.group_ids:
            by_hour.setdefault((group_id, hour), []).append(post)
    for (group_id, hour), clash in sorted(by_hour.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if len(clash) > 1 and hour >= now.replace(minute=0, second=0, microsecond=0):
            post = clash[0]
            group = post.group_names[post.group_ids.index(group_id)]
            titles = "、".join(f"「{p.title}」" for p in clash)
            out.append(
                CalendarWarning(
                    "clash",
                    hour,
                    f"{_when(hour)} 这一小时，「{group}」有 {len(clash)} 条内容：{titles}。",
                    tuple(p.id for p in clash),
                    subject=group,
                )
            )
    horizon = now + dt.timedelta(days=days)
    for occ in occurrences:
        if not occ.filled and now <= occ.at < horizon:
            out.append(
                CalendarWarning(
                    "empty_slot",
                    occ.at,
                    f"固定栏目「{occ.slot_name}」在 {_when(occ.at)} 还没有安排内容。",
                    slot_id=occ.slot_id,
                    subject=occ.slot_name,
                )
            )
    out.sort(key=lambda w: (w.at, w.kind))
    return out


def due_posts(
    posts: Iterable[PostInfo], now: dt.datetime, minutes: int, already: Iterable[int] = ()
) -> list[PostInfo]:
    """Scheduled posts due within `minutes` after `now` (or this very minute), not yet reminded."""
    done = set(already)
    start = now - dt.timedelta(minutes=1)
    end = now + dt.timedelta(minutes=minutes)
    return [
        p
        for p in posts
        if p.status == "scheduled"
        and p.planned_at is not None
        and start <= p.planned_at <= end
        and p.reminded_at is None
        and p.id not in done
    ]


class ReminderClock:
    """Decides which posts to announce at each tick. The clock is injected so tests drive time.

    Args:
        fetch: returns candidate posts for (now, minutes), e.g. `PostService.due_for_reminder`.
        clock: returns the current local time.
        minutes: how long before the planned time to remind.
    """

    def __init__(
        self,
        fetch: Callable[[dt.datetime, int], Sequence[PostInfo]],
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        minutes: int = 10,
    ) -> None:
        self.fetch = fetch
        self.clock = clock
        self.minutes = minutes
        self._reminded: set[int] = set()

    def tick(self) -> list[PostInfo]:
        """Posts to announce now; each post is announced once (remembered for this run)."""
        now = self.clock()
        due = due_posts(self.fetch(now, self.minutes), now, self.minutes, self._reminded)
        self._reminded.update(p.id for p in due)
        return due

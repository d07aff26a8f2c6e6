"""The calendar's front door for reads: one range of posts, slot occurrences and day marks per view.

Writes are operations (`post_ops`, `slot_ops`, `type_ops`, `setting_ops`).
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from sqlalchemy import or_
from sqlalchemy.orm import Session, sessionmaker

from app.calendar.checks import WARNING_DAYS, ReminderClock, compute_warnings
from app.calendar.domain import (
    NO_FILTER,
    REMINDER_KEY,
    CalendarRange,
    CalendarWarning,
    PostFilter,
    PostInfo,
)
from app.calendar.holidays import day_marks, years_without_data
from app.calendar.post_service import PostService, filter_clauses, load_posts
from app.calendar.slot_service import SlotService
from app.settings.declared import value as setting_value
from db.models_calendar import Post


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


class CalendarService:
    """Posts (`posts`), slots (`slots`) and the read models the views and exports need."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    @cached_property
    def posts(self) -> PostService:
        return PostService(self._sf)

    @cached_property
    def slots(self) -> SlotService:
        return SlotService(self._sf)

    def range(
        self, start: dt.date, end: dt.date, post_filter: PostFilter = NO_FILTER
    ) -> CalendarRange:
        """Everything a view paints for `start` ≤ day < `end`, read in one session."""
        with self._sf() as s:
            posts = load_posts(
                s,
                [
                    Post.planned_at >= _midnight(start),
                    Post.planned_at < _midnight(end),
                    *filter_clauses(post_filter),
                ],
            )
            occurrences = SlotService.occurrences_in(s, start, end, post_filter)
        marks, notes = day_marks(start, end)
        return CalendarRange(
            start,
            end,
            tuple(posts),
            tuple(occurrences),
            marks,
            notes,
            years_without_data(start, end),
        )

    def warnings(
        self, now: dt.datetime | None = None, days: int = WARNING_DAYS
    ) -> list[CalendarWarning]:
        """Late posts (any time before now), clashes and empty slots from now to `days` ahead."""
        now = now or dt.datetime.now()
        horizon = now + dt.timedelta(days=days)
        with self._sf() as s:
            posts = load_posts(
                s,
                [
                    or_(
                        Post.status == "scheduled",
                        (Post.planned_at >= now.replace(minute=0, second=0, microsecond=0)),
                    ),
                    Post.planned_at < horizon,
                ],
            )
            occurrences = SlotService.occurrences_in(
                s, now.date(), horizon.date() + dt.timedelta(days=1)
            )
        return compute_warnings(posts, occurrences, now, days)

    def reminder_clock(self, minutes: int = 10, clock: object = None) -> ReminderClock:
        """A ReminderClock over this database (clock: a callable returning now; tests inject)."""
        if clock is None:
            return ReminderClock(self.posts.due_for_reminder, minutes=minutes)
        return ReminderClock(self.posts.due_for_reminder, clock, minutes)  # type: ignore[arg-type]

    def reminder_minutes(self) -> int:
        """How many minutes before a scheduled post the reminder comes (a business setting)."""
        with self._sf() as s:
            minutes: int = setting_value(s, REMINDER_KEY)  # declared in app.settings
            return minutes

    def agenda(
        self, start: dt.date, end: dt.date, post_filter: PostFilter = NO_FILTER
    ) -> list[PostInfo]:
        return self.posts.list_posts(_midnight(start), _midnight(end), post_filter)

"""Which reminders are due now: posts, drafts in slots, birthdays, follow-ups, the Monday report.

The window asks `ReminderCore.due(now, shown)` every half minute on its DB worker; `now` comes
from the caller (tests drive the clock) and `shown` is what was already announced (key → when),
so each reminder comes once. A post's reminder is also stamped on the post itself
(`PostService.mark_reminded`), so it stays announced across restarts and databases.

Kinds:
- ``post``: a scheduled post due within the reminder lead time (`calendar.reminder_minutes`);
- ``draft``: a post filling a slot that is still an idea or a draft `DRAFT_MINUTES` before
  its time;
- ``birthday``: members whose birthday (solar or lunar) is today, once a day;
- ``follow_up``: members not contacted for more than `CONTACT_DAYS` days (the members table
  has a last-contacted date, no follow-up date of its own), once a day;
- ``weekly_report``: the weekly report is due (Mondays), once a week.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.members.domain import MemberFilter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.calendar.service import CalendarService

KINDS = ("post", "draft", "birthday", "follow_up", "weekly_report")
DRAFT_MINUTES = 10
CONTACT_DAYS = 30
NAMES_SHOWN = 5
KEEP_SHOWN_DAYS = 14  # what was shown longer ago than this is forgotten (keys are dated)

ReportRule = Callable[[dt.datetime, dt.date | None], object]  # truthy when due (a Period, True)


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder; `key` names it uniquely (the same reminder always has the same key)."""

    key: str
    kind: str
    at: dt.datetime  # the time it is about (a post's planned time, the day's start …)
    subject: str = ""  # a post's title, the first names of members
    count: int = 1  # how many members (birthday, follow_up) or 1
    post_id: int | None = None
    body: str = ""  # the post's text, for 复制正文
    names: tuple[str, ...] = ()


def monday_report_due(now: dt.datetime, last_offered: dt.date | None) -> bool:
    """The weekly report is offered on Mondays, once in the week."""
    if now.weekday() != 0:
        return False
    return last_offered is None or last_offered.isocalendar()[:2] != now.isocalendar()[:2]


def weekly_report_rule() -> ReportRule:
    """The reports area's rule (`app.reports.reminder.weekly_report_due`) where it exists,
    else `monday_report_due`."""
    try:
        module = importlib.import_module("app.reports.reminder")
    except ImportError:
        return monday_report_due
    rule = getattr(module, "weekly_report_due", None)
    return rule if callable(rule) else monday_report_due


def _post_reminder(kind: str, p: Any) -> Reminder:
    """A reminder about one planned post (`kind` "post" or "draft"), keyed by post and time."""
    return Reminder(
        f"{kind}:{p.id}:{p.planned_at:%Y-%m-%dT%H:%M}",
        kind,
        p.planned_at,
        p.title,
        post_id=p.id,
        body=p.body,
    )


def _display(nickname: str, name: str) -> str:
    return nickname or name or "?"


class ReminderCore:
    """Reads what is due; the one write is the post's reminder stamp (bookkeeping)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        calendar: CalendarService | Callable[[], CalendarService] | None = None,
        report_rule: ReportRule | None = None,
        contact_days: int = CONTACT_DAYS,
    ) -> None:
        # `calendar` may be given as a callable: the calendar is then loaded on the first check,
        # not with the window (which starts faster without it).
        self._sf = session_factory
        self._calendar = calendar
        self.report_rule = report_rule or weekly_report_rule()
        self.contact_days = contact_days

    @property
    def calendar(self) -> CalendarService:
        if self._calendar is None:
            from app.calendar.service import CalendarService

            self._calendar = CalendarService(self._sf)
        elif callable(self._calendar):
            self._calendar = self._calendar()
        return self._calendar

    def due(self, now: dt.datetime, shown: Mapping[str, dt.datetime]) -> list[Reminder]:
        """Reminders due at `now` whose key is not in `shown`, posts first."""
        found = [
            *self._posts(now),
            *self._drafts(now),
            *self._birthdays(now),
            *self._follow_ups(now),
            *self._report(now, shown),
        ]
        return [r for r in found if r.key not in shown]

    def check(self, now: dt.datetime, shown: Mapping[str, dt.datetime]) -> list[Reminder]:
        """`due()`, then stamp the posts among them as reminded (on the caller's thread)."""
        due = self.due(now, shown)
        posts = [r.post_id for r in due if r.kind == "post" and r.post_id is not None]
        if posts:
            self.calendar.posts.mark_reminded(posts, now)
        return due

    # --- each kind ---------------------------------------------------------------------------
    def _posts(self, now: dt.datetime) -> list[Reminder]:
        minutes = self.calendar.reminder_minutes()
        return [
            _post_reminder("post", p)
            for p in self.calendar.posts.due_for_reminder(now, minutes)
            if p.planned_at is not None
        ]

    def _drafts(self, now: dt.datetime) -> list[Reminder]:
        start = now - dt.timedelta(minutes=1)
        end = now + dt.timedelta(minutes=DRAFT_MINUTES, seconds=1)
        from app.calendar.domain import PostFilter

        posts = self.calendar.posts.list_posts(start, end, PostFilter(statuses=("idea", "draft")))
        return [
            _post_reminder("draft", p)
            for p in posts
            if p.slot_id is not None and p.planned_at is not None
        ]

    def _members(self, f: MemberFilter, today: dt.date) -> tuple[int, tuple[str, ...]]:
        # Imported here: the window shows this module's reminders before the core is loaded.
        from sqlalchemy import and_, func, select

        from app.members.list_filters import M
        from app.members.query import conditions

        where = and_(*conditions(f, today))
        with self._sf() as s:
            count = s.execute(select(func.count()).select_from(M).where(where)).scalar_one()
            rows = s.execute(
                select(M.c.nickname, M.c.name).where(where).order_by(M.c.id).limit(NAMES_SHOWN)
            ).all()
        return int(count), tuple(_display(nick, name) for nick, name in rows)

    def _day_reminder(self, kind: str, now: dt.datetime, f: MemberFilter) -> list[Reminder]:
        count, names = self._members(f, now.date())
        if not count:
            return []
        day = dt.datetime.combine(now.date(), dt.time())
        return [Reminder(f"{kind}:{now:%Y-%m-%d}", kind, day, "、".join(names), count, names=names)]

    def _birthdays(self, now: dt.datetime) -> list[Reminder]:
        return self._day_reminder("birthday", now, MemberFilter(birthday_days=0))

    def _follow_ups(self, now: dt.datetime) -> list[Reminder]:
        return self._day_reminder("follow_up", now, MemberFilter(contact_days=self.contact_days))

    def _report(self, now: dt.datetime, shown: Mapping[str, dt.datetime]) -> list[Reminder]:
        offered = [at for key, at in shown.items() if key.startswith("weekly_report:")]
        if not self.report_rule(now, max(offered).date() if offered else None):
            return []
        year, week, _ = now.isocalendar()
        monday = dt.datetime.combine(now.date() - dt.timedelta(days=now.weekday()), dt.time())
        return [Reminder(f"weekly_report:{year}-W{week:02d}", "weekly_report", monday)]


def forget_old(shown: Mapping[str, dt.datetime], now: dt.datetime) -> dict[str, dt.datetime]:
    """`shown` without what was shown more than `KEEP_SHOWN_DAYS` days before `now`."""
    limit = now - dt.timedelta(days=KEEP_SHOWN_DAYS)
    return {key: at for key, at in shown.items() if at >= limit}


def encode_shown(shown: Mapping[str, dt.datetime]) -> list[str]:
    """`shown` as plain strings for a settings file ("key|2026-12-02T09:00:00")."""
    return [f"{key}|{at.isoformat(timespec='seconds')}" for key, at in sorted(shown.items())]


def decode_shown(items: Sequence[Any]) -> dict[str, dt.datetime]:
    """The inverse of `encode_shown`; unreadable items are skipped."""
    out: dict[str, dt.datetime] = {}
    for item in items:
        key, sep, when = str(item).rpartition("|")
        if not sep or not key:
            continue
        try:
            out[key] = dt.datetime.fromisoformat(when)
        except ValueError:
            continue
    return out

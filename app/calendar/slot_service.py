"""Recurring slots (固定栏目): reading them and their occurrences, filled or empty (writes: slot_ops)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.calendar.domain import (
    DEFAULT_COLOR,
    NO_FILTER,
    Occurrence,
    PostFilter,
    SlotInfo,
    SlotRule,
)
from app.calendar.rules import occurrence_times, weekdays_from_text
from db.models_calendar import Post, PostType, Slot, SlotGroup


def slot_info(row: Slot, groups: Sequence[int]) -> SlotInfo:
    rule = SlotRule(
        row.freq,
        row.at_time,
        row.start,
        row.end,
        weekdays_from_text(row.weekdays),
        row.month_day,
        row.interval,
    )
    return SlotInfo(
        row.id,
        row.name,
        row.type_id,
        rule,
        tuple(groups),
        row.template_title,
        row.template_body,
        row.active,
    )


def fill_template(text: str, at: dt.datetime, slot_name: str = "") -> str:
    """Put the occurrence's date into a template: {date} → 11月21日, {weekday} → 周六."""
    weekday = "一二三四五六日"[at.weekday()]
    return (
        text.replace("{date}", f"{at.month}月{at.day}日")
        .replace("{weekday}", f"周{weekday}")
        .replace("{time}", at.strftime("%H:%M"))
        .replace("{slot}", slot_name)
    )


class SlotService:
    """Slots and their occurrences (reads)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_slots(self) -> list[SlotInfo]:
        with self._sf() as s:
            return self._list(s)

    @staticmethod
    def _list(s: Session) -> list[SlotInfo]:
        groups: dict[int, list[int]] = {}
        for slot_id, group_id in s.execute(
            select(SlotGroup.slot_id, SlotGroup.group_id).order_by(SlotGroup.group_id)
        ):
            groups.setdefault(slot_id, []).append(group_id)
        return [
            slot_info(row, groups.get(row.id, ()))
            for row in s.execute(select(Slot).order_by(Slot.id)).scalars()
        ]

    def occurrences(
        self, start: dt.date, end: dt.date, post_filter: PostFilter = NO_FILTER
    ) -> list[Occurrence]:
        with self._sf() as s:
            return self.occurrences_in(s, start, end, post_filter)

    @classmethod
    def occurrences_in(
        cls, s: Session, start: dt.date, end: dt.date, post_filter: PostFilter = NO_FILTER
    ) -> list[Occurrence]:
        """Occurrences of active slots for `start` ≤ day < `end`, each filled or empty.

        A cancelled post does not fill its occurrence (the slot is empty again).
        """
        slots = [x for x in cls._list(s) if x.active and _passes(x, post_filter)]
        if not slots:
            return []
        colors = dict(s.execute(select(PostType.id, PostType.color)).all())
        filled = dict(
            ((slot_id, day), post_id)
            for slot_id, day, post_id in s.execute(
                select(Post.slot_id, Post.slot_date, Post.id).where(
                    Post.slot_id.in_([x.id for x in slots]),
                    Post.slot_date >= start,
                    Post.slot_date < end,
                    Post.status != "cancelled",
                )
            )
        )
        out: list[Occurrence] = []
        for slot in slots:
            color = colors.get(slot.type_id or -1, DEFAULT_COLOR)
            for at in occurrence_times(slot.rule, start, end):
                out.append(
                    Occurrence(
                        slot.id,
                        slot.name,
                        at.date(),
                        at,
                        slot.type_id,
                        color,
                        filled.get((slot.id, at.date())),
                    )
                )
        if post_filter.statuses:
            # Filtering by status shows posts of those statuses, so empty occurrences are hidden.
            out = [o for o in out if o.filled]
        out.sort(key=lambda o: (o.at, o.slot_id))
        return out


def _passes(slot: SlotInfo, post_filter: PostFilter) -> bool:
    if post_filter.type_ids and slot.type_id not in post_filter.type_ids:
        return False
    if post_filter.group_ids and not set(slot.group_ids) & set(post_filter.group_ids):
        return False
    return True

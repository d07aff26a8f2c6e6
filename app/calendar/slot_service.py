"""Recurring slots (固定栏目): rules, their occurrences filled or empty, filling from a template."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app.calendar.domain import (
    NO_FILTER,
    Occurrence,
    PostFilter,
    SlotInfo,
    SlotRule,
    calendar_changes,
)
from app.calendar.rules import occurrence_times, validate_rule, weekdays_from_text, weekdays_to_text
from app.domain import Changes
from app.errors import NotFoundError, ValidationError
from app.text import clean
from db.models_calendar import Post, PostGroup, PostType, Slot, SlotGroup

DEFAULT_COLOR = "#5b8def"


def _slot_info(row: Slot, groups: Sequence[int]) -> SlotInfo:
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
    """Slots and their occurrences. Editing a rule never touches the posts already planned."""

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
            _slot_info(row, groups.get(row.id, ()))
            for row in s.execute(select(Slot).order_by(Slot.id)).scalars()
        ]

    def save(
        self,
        name: str,
        rule: SlotRule,
        type_id: int | None = None,
        group_ids: Sequence[int] = (),
        template_title: str = "",
        template_body: str = "",
        slot_id: int | None = None,
        active: bool = True,
    ) -> tuple[int, Changes]:
        """Create a slot, or change one (posts planned in it stay as they are)."""
        name = clean(name)
        if not name:
            raise ValidationError("固定栏目的名称不能为空。")
        rule = validate_rule(rule)
        with self._sf.begin() as s:
            other = s.execute(select(Slot.id).where(Slot.name == name)).scalar_one_or_none()
            if other is not None and other != slot_id:
                raise ValidationError(f"已经有一个叫「{name}」的固定栏目了。")
            row = Slot() if slot_id is None else s.get(Slot, slot_id)
            if row is None:
                raise NotFoundError(f"固定栏目 #{slot_id} 不存在。")
            row.name, row.type_id, row.freq, row.interval = name, type_id, rule.freq, rule.interval
            row.weekdays, row.month_day = weekdays_to_text(rule.weekdays), rule.month_day
            row.at_time, row.start, row.end = rule.at_time, rule.start, rule.end
            row.template_title, row.template_body, row.active = (
                template_title,
                template_body,
                active,
            )
            s.add(row)
            s.flush()
            s.execute(delete(SlotGroup).where(SlotGroup.slot_id == row.id))
            if group_ids:
                s.execute(
                    insert(SlotGroup),
                    [{"slot_id": row.id, "group_id": g} for g in dict.fromkeys(group_ids)],
                )
            return row.id, calendar_changes()

    def delete(self, slot_id: int) -> Changes:
        """Delete a slot; its posts stay (they simply no longer fill an occurrence)."""
        with self._sf.begin() as s:
            s.execute(delete(Slot).where(Slot.id == slot_id))
        return calendar_changes()

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

    def fill(self, slot_id: int, day: dt.date) -> tuple[int, Changes]:
        """Create the post of an empty occurrence from the slot's (or its type's) template.

        Returns the new post's id; if the occurrence is already filled, its post's id.
        """
        with self._sf.begin() as s:
            row = s.get(Slot, slot_id)
            if row is None:
                raise NotFoundError(f"固定栏目 #{slot_id} 不存在。")
            existing = s.execute(
                select(Post.id).where(
                    Post.slot_id == slot_id, Post.slot_date == day, Post.status != "cancelled"
                )
            ).scalar()
            if existing is not None:
                return existing, Changes()
            at = dt.datetime.combine(day, row.at_time)
            title, body = row.template_title, row.template_body
            ptype = s.get(PostType, row.type_id) if row.type_id else None
            if ptype is not None:
                title = title or ptype.template_title
                body = body or ptype.template_body
            post = Post(
                title=fill_template(title or row.name, at, row.name),
                body=fill_template(body, at, row.name),
                type_id=row.type_id,
                planned_at=at,
                status="draft",
                slot_id=slot_id,
                slot_date=day,
                result="",
            )
            s.add(post)
            s.flush()
            groups = list(
                s.execute(select(SlotGroup.group_id).where(SlotGroup.slot_id == slot_id)).scalars()
            )
            if groups:
                s.execute(insert(PostGroup), [{"post_id": post.id, "group_id": g} for g in groups])
            return post.id, calendar_changes()

    def set_rule(self, slot_id: int, rule: SlotRule) -> tuple[SlotRule, Changes]:
        """Change only the rule of a slot; returns the old rule (for undo)."""
        slot = next((x for x in self.list_slots() if x.id == slot_id), None)
        if slot is None:
            raise NotFoundError(f"固定栏目 #{slot_id} 不存在。")
        self.save(
            slot.name,
            rule,
            slot.type_id,
            slot.group_ids,
            slot.template_title,
            slot.template_body,
            slot_id=slot_id,
            active=slot.active,
        )
        return replace(slot.rule), calendar_changes()


def _passes(slot: SlotInfo, post_filter: PostFilter) -> bool:
    if post_filter.type_ids and slot.type_id not in post_filter.type_ids:
        return False
    if post_filter.group_ids and not set(slot.group_ids) & set(post_filter.group_ids):
        return False
    return True

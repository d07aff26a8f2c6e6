"""The paste step: parse, match, check against what is recorded, and build the one operation.

`PasteService.preview` reads only. `plan_operation` turns the lines the user accepted into one
operation (a sign-up or a check-in of all of them), so one undo takes the whole paste back.
Orders become `OrderLine`s (`order_lines`); recording them as purchases needs the products
area: resolve each product text with `ctx.products.resolve` and run `RecordPurchases`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.community.activity_ops import CheckIn, SignUp
from app.errors import NotFoundError, ValidationError
from app.members.query import chunks
from app.ops import Operation
from app.paste.matching import DUPLICATE, MATCHED, Match, MemberIndex, confirmed
from app.paste.parser import CHECKINS, ENTRY, ORDERS, SIGNUPS, Item, PastedLine, parse
from db.models import Member
from db.models_audit import OperationRecord
from db.models_community import Activity, ActivityGroup, Checkin, Signup

KINDS = (ORDERS, SIGNUPS, CHECKINS)
KIND_TEXT = {ORDERS: "订单", SIGNUPS: "报名", CHECKINS: "打卡"}


@dataclass(frozen=True)
class PreviewLine:
    line: PastedLine
    match: Match | None = None  # None for headers and ignored lines
    problem: str = ""

    @property
    def decision(self) -> str:
        return self.match.decision if self.match else ""

    @property
    def applies(self) -> bool:
        """Recorded when the user imports: a certain (or confirmed) match with no problem."""
        return bool(self.match and self.match.decision == MATCHED and not self.problem)


@dataclass(frozen=True)
class Preview:
    kind: str
    guessed: str
    lines: tuple[PreviewLine, ...]
    activity_id: int | None = None
    activity_name: str = ""
    day: dt.date | None = None
    product: str = ""

    @property
    def entries(self) -> tuple[PreviewLine, ...]:
        return tuple(p for p in self.lines if p.line.kind == ENTRY)

    def member_ids(self) -> tuple[int, ...]:
        return tuple(p.match.member_id for p in self.entries if p.applies and p.match)  # type: ignore[misc]


@dataclass(frozen=True)
class OrderLine:
    """One product bought on one pasted line (product text as written; the header's if none)."""

    line: int
    member_id: int
    product: str
    quantity: int


class PasteService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory
        # The member index of the last preview, reused while nothing was written since (the
        # page previews again on every edit of the text; 100,000 members take seconds to index).
        self._index: tuple[tuple[object, ...], MemberIndex] | None = None

    def _member_index(self, s: Session, groups: tuple[int, ...]) -> MemberIndex:
        stamp = s.execute(
            select(func.max(OperationRecord.id), select(func.count(Member.id)).scalar_subquery())
        ).one()
        key = (groups, *stamp)
        if self._index is None or self._index[0] != key:
            self._index = (key, MemberIndex.load(s, groups))
        return self._index[1]

    def sample(self, kind: str) -> str:
        """A sample text of `kind` written from the members in the database."""
        from app.paste.samples import sample_text

        with self._sf() as s:
            return sample_text(s, kind)

    def preview(
        self,
        text: str,
        kind: str | None = None,
        *,
        activity_id: int | None = None,
        day: dt.date | None = None,
        product: str = "",
        group_ids: Iterable[int] = (),
        products: Iterable[str] = (),
        choices: Mapping[int, tuple[int, str]] | None = None,
    ) -> Preview:
        """Parse and match `text` as `kind` (None: the guess). Nothing is written.

        `choices`: the user's answers for unsure lines (line number → member id, label); they
        count as certain, and are then checked for repeats and records like any match.
        """
        parsed = parse(text, products)
        kind = kind or parsed.guess
        if kind not in KINDS:
            raise ValidationError(f"不认识的粘贴类型「{kind}」：可以是订单、报名或打卡。")
        if not parsed.entries:
            raise ValidationError("粘贴的文字里没有找到任何一条接龙或名字：没有做任何修改。")
        with self._sf() as s:
            activity = _activity(s, kind, activity_id)
            groups = set(group_ids)
            if activity is not None:
                groups |= set(
                    s.execute(
                        select(ActivityGroup.group_id).where(
                            ActivityGroup.activity_id == activity.id
                        )
                    ).scalars()
                )
            index = self._member_index(s, tuple(sorted(groups)))
            lines = [
                PreviewLine(p, index.match(p.name)) if p.kind == ENTRY else PreviewLine(p)
                for p in parsed.lines
            ]
            lines = _chosen(lines, choices or {})
            lines = mark_repeats(lines, kind)
            if activity is not None:
                day = day or dt.date.today()
                lines = _recorded(s, lines, kind, activity, day)
        return Preview(
            kind,
            parsed.guess,
            tuple(lines),
            activity.id if activity else None,
            activity.name if activity else "",
            day if kind == CHECKINS else None,
            product or parsed.header_product,
        )


def _activity(s: Session, kind: str, activity_id: int | None) -> Activity | None:
    if kind == ORDERS:
        return None
    if activity_id is None:
        raise ValidationError(f"{KIND_TEXT[kind]}要选一个活动：没有做任何修改。")
    a = s.get(Activity, activity_id)
    if a is None or a.deleted_at is not None:
        raise NotFoundError(f"没有编号为 {activity_id} 的活动：没有做任何修改。")
    return a


def mark_repeats(lines: list[PreviewLine], kind: str) -> list[PreviewLine]:
    """A member on two lines: for orders a second order or a correction (ask), else a repeat."""
    first: dict[int, int] = {}
    out: list[PreviewLine] = []
    for p in lines:
        m = p.match
        if m is None or m.member_id is None or m.decision != MATCHED:
            out.append(p)
            continue
        if m.member_id in first:
            note = (
                f"第 {first[m.member_id]} 行也是她：是第二单还是更正？请确认"
                if kind == ORDERS
                else f"和第 {first[m.member_id]} 行是同一个人"
            )
            p = dataclasses.replace(p, match=dataclasses.replace(m, decision=DUPLICATE, note=note))
        else:
            first[m.member_id] = p.line.line
        out.append(p)
    return out


def _recorded(
    s: Session, lines: list[PreviewLine], kind: str, a: Activity, day: dt.date
) -> list[PreviewLine]:
    """Lines already recorded (the same paste twice) and a day outside the activity, per line."""
    ids = [p.match.member_id for p in lines if p.match and p.match.member_id is not None]
    have: set[int] = set()
    for part in chunks(ids):
        if kind == SIGNUPS:
            q = select(Signup.member_id).where(
                Signup.activity_id == a.id, Signup.member_id.in_(part)
            )
        else:
            q = select(Checkin.member_id).where(
                Checkin.activity_id == a.id, Checkin.day == day, Checkin.member_id.in_(part)
            )
        have.update(s.execute(q).scalars())
    outside = kind == CHECKINS and not a.start <= day <= a.end
    out: list[PreviewLine] = []
    for p in lines:
        m = p.match
        if m is not None and m.member_id is not None:
            if outside:
                p = dataclasses.replace(
                    p, problem=f"{day} 不在活动「{a.name}」的日期内（{a.start} 至 {a.end}）"
                )
            elif m.member_id in have and m.decision == MATCHED:
                done = "已经报名" if kind == SIGNUPS else f"{day:%m-%d} 已经打过卡"
                p = dataclasses.replace(
                    p, match=dataclasses.replace(m, decision=DUPLICATE, note=f"已记录：{done}")
                )
        out.append(p)
    return out


def _chosen(lines: list[PreviewLine], choices: Mapping[int, tuple[int, str]]) -> list[PreviewLine]:
    out = []
    for p in lines:
        if p.match is not None and p.line.line in choices:
            mid, label = choices[p.line.line]
            p = dataclasses.replace(p, match=confirmed(p.match, mid, label))
        out.append(p)
    return out


def plan_operation(preview: Preview) -> Operation:
    """The one operation recording the accepted lines of a sign-up or check-in paste."""
    ids = tuple(dict.fromkeys(preview.member_ids()))
    if preview.kind == ORDERS:
        raise ValidationError("订单要记录成购买记录，请在产品功能里导入：没有做任何修改。")
    if not ids or preview.activity_id is None:
        raise ValidationError("没有可以记录的行（都没有认出成员，或已经记录过）：没有做任何修改。")
    if preview.kind == SIGNUPS:
        return SignUp(preview.activity_id, ids)
    assert preview.day is not None
    return CheckIn(preview.activity_id, ids, preview.day)


def order_lines(preview: Preview) -> list[OrderLine]:
    """Purchase lines of an orders paste: one per item of each accepted line."""
    out: list[OrderLine] = []
    for p in preview.entries:
        if not p.applies or p.match is None or p.match.member_id is None:
            continue
        items = p.line.items or (Item("", 1),)
        for it in items:
            out.append(
                OrderLine(
                    p.line.line, p.match.member_id, it.product or preview.product, it.quantity
                )
            )
    return out

"""The paste step: parse, match, check against what is recorded, and build the one operation.

`PasteService.preview` reads only. `plan_operation` turns the lines the user accepted into one
operation — a sign-up, a check-in, or the purchases of an orders paste — so one undo takes the
whole paste back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from app.commerce.domain import PurchaseLine
from app.commerce.products import ProductNames, product_names
from app.commerce.purchase_ops import RecordPurchases
from app.community.activity_ops import CheckIn, SignUp
from app.errors import NotFoundError, ValidationError
from app.members.query import chunks
from app.ops import Operation
from app.paste.keys import pending
from app.paste.matching import (
    DUPLICATE,
    MATCHED,
    UNMATCHED,
    Match,
    MemberIndex,
    StoredIndex,
    confirmed,
    full_key,
    preferred_members,
)
from app.paste.parser import CHECKINS, ENTRY, ORDERS, SIGNUPS, Item, PastedLine, parse
from app.paste.paste_ops import RecordPaste, placeholder
from db.models import Member
from db.models_audit import OperationRecord
from db.models_commerce import Purchase
from db.models_community import Activity, ActivityGroup, Checkin, Signup

KINDS = (ORDERS, SIGNUPS, CHECKINS)
KIND_TEXT = {ORDERS: "订单", SIGNUPS: "报名", CHECKINS: "打卡"}
PASTE_SOURCE = "paste"  # the purchases' source of a pasted 接龙
SKIPPED = "跳过"
RECORDED = "已记录："  # how the note of a line found already recorded begins
# Operations that never change a member's names, groups or presence: the member index of the
# last preview stays valid after them (a paste's own recording, its undo, points, products).
_NAME_SAFE = ("purchases.", "activities.", "community.", "points.", "products.")


@dataclass(frozen=True)
class OrderItem:
    """One product of an order line: as written (or the default product), and what it is."""

    product: str  # as written; the header's or the chosen default when the line names none
    quantity: int
    product_id: int | None = None  # None: no product has this name or alias
    name: str = ""  # the product's own name
    warning: str = ""  # "敏感性肌肤，果酸类慎用" when it does not suit the buyer
    recorded: bool = False  # the same purchase from a paste is already recorded


@dataclass(frozen=True)
class PreviewLine:
    line: PastedLine
    match: Match | None = None  # None for headers and ignored lines
    problem: str = ""
    items: tuple[OrderItem, ...] = ()  # orders: the line's products, resolved
    new_member: bool = False  # the user chose to make a new member of this unmatched line

    @property
    def decision(self) -> str:
        return self.match.decision if self.match else ""

    @property
    def applies(self) -> bool:
        """Recorded when the user imports: a certain (or confirmed) match with no problem, or a
        line that becomes a new member."""
        if self.problem or self.match is None:
            return False
        return self.match.decision == MATCHED or self.new_member

    @property
    def product_problem(self) -> str:
        """Why this order line cannot be recorded ("" when every product is known)."""
        for it in self.items:
            if it.product_id is None:
                if not it.product:
                    return (
                        f"第 {self.line.line} 行没有写产品，接龙标题里也没有："
                        "请指定默认产品（--product 或「产品」框）"
                    )
                return (
                    f"第 {self.line.line} 行的「{it.product}」不是已有的产品（名称和简称都对不上）"
                )
        return ""


@dataclass(frozen=True)
class Preview:
    kind: str
    guessed: str
    lines: tuple[PreviewLine, ...]
    activity_id: int | None = None
    activity_name: str = ""
    day: dt.date | None = None  # the check-in day, or the date of the orders' purchases
    product: str = ""

    @property
    def entries(self) -> tuple[PreviewLine, ...]:
        return tuple(p for p in self.lines if p.line.kind == ENTRY)

    def member_ids(self) -> tuple[int, ...]:
        """The existing members the accepted lines are (new members aside)."""
        return tuple(
            p.match.member_id
            for p in self.entries
            if p.applies and p.match and p.match.member_id is not None
        )

    def new_members(self) -> tuple[str, ...]:
        """The names of the members the import makes, once each, in the order of the lines."""
        return tuple(
            dict.fromkeys(p.line.name.strip() for p in self.entries if p.applies and p.new_member)
        )

    def to_record(self) -> tuple[PreviewLine, ...]:
        """The lines an import records: accepted, and (orders) with something not yet recorded."""
        return tuple(
            p
            for p in self.entries
            if p.applies and (self.kind != ORDERS or any(not i.recorded for i in p.items))
        )

    def recorded_lines(self) -> tuple[int, ...]:
        """Lines found already recorded (the same paste applied before)."""
        return tuple(
            p.line.line
            for p in self.entries
            if p.match and p.decision == DUPLICATE and p.match.note.startswith(RECORDED)
        )

    def problem(self) -> str:
        """The first reason an orders import is refused ("" when it can go ahead)."""
        if self.kind != ORDERS:
            return ""
        return next((p.product_problem for p in self.to_record() if p.product_problem), "")


@dataclass(frozen=True)
class OrderLine:
    """One product bought on one pasted line (product text as written; the header's if none)."""

    line: int
    member_id: int  # a placeholder (< 0) for a new member: see `RecordPaste`
    product: str
    quantity: int
    product_id: int | None = None
    name: str = ""
    new_member: str = ""  # the name of the new member this line makes


class PasteService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory
        # The member index of the last preview, reused while no member's names can have changed
        # (the page previews again on every edit of the text; 100,000 members take a while).
        self._index: tuple[tuple[object, ...], MemberIndex] | None = None

    def _member_index(self, s: Session, build: bool = False) -> MemberIndex:
        """The index kept from the last preview while still valid; else, when the stored keys
        are complete and `build` is not asked for, the stored keys (no index to build)."""
        if self._index is None and not build and not pending(s, 1):
            return StoredIndex(s)
        last_naming_op = (
            select(OperationRecord.id)
            .where(~or_(*(OperationRecord.kind.startswith(p) for p in _NAME_SAFE)))
            .order_by(OperationRecord.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        stamp = s.execute(select(last_naming_op, func.count(Member.id))).one()
        key = tuple(stamp)
        if self._index is None or self._index[0] != key:
            if not build and not pending(s, 1):
                self._index = None  # names changed: the stored keys until the page warms again
                return StoredIndex(s)
            self._index = (key, MemberIndex.load(s))
        return self._index[1]

    def warm(self) -> None:
        """Build the member index now (the page calls it when it opens, off the UI thread)."""
        with self._sf() as s:
            self._member_index(s, build=True).warm()

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
        skipped: Iterable[int] = (),
        create: Iterable[int] = (),
        create_unmatched: bool = False,
    ) -> Preview:
        """Parse and match `text` as `kind` (None: the guess). Nothing is written.

        `choices`: the user's answers for unsure lines (line number → member id, label); they
        count as certain, and are then checked for repeats and records like any match. For
        orders a chosen line that repeats a member is her second order. `skipped`: lines the
        user left out (shown, never recorded, and not counted as a repeat). `create`: unsure or
        unmatched lines that become new members (the pasted name as nickname) when imported;
        `create_unmatched`: every unmatched line does.
        """
        choices = choices or {}
        with self._sf() as s:
            names = product_names(s)
            parsed = parse(text, (*products, *names.words))
            kind = kind or parsed.guess
            if kind not in KINDS:
                raise ValidationError(f"不认识的粘贴类型「{kind}」：可以是订单、报名或打卡。")
            if not parsed.entries:
                raise ValidationError("粘贴的文字里没有找到任何一条接龙或名字：没有做任何修改。")
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
            index = self._member_index(s).for_preferred(preferred_members(s, groups))
            index.prepare(p.name for p in parsed.lines if p.kind == ENTRY)
            lines = [
                PreviewLine(p, index.match(p.name)) if p.kind == ENTRY else PreviewLine(p)
                for p in parsed.lines
            ]
            lines = _chosen(lines, choices)
            lines = _created(lines, set(create) - set(choices), create_unmatched)
            skip = set(skipped)
            lines = [
                dataclasses.replace(p, problem=SKIPPED) if p.line.line in skip else p for p in lines
            ]
            lines = mark_repeats(lines, kind, set(choices) if kind == ORDERS else set())
            default = product or parsed.header_product
            day = day or dt.date.today()
            if activity is not None:
                lines = _recorded(s, lines, kind, activity, day)
            if kind == ORDERS:
                lines = _resolve_orders(s, lines, names, default)
                lines = _recorded_orders(s, lines, day)
        return Preview(
            kind,
            parsed.guess,
            tuple(lines),
            activity.id if activity else None,
            activity.name if activity else "",
            day if kind in (CHECKINS, ORDERS) else None,
            default,
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


def mark_repeats(
    lines: list[PreviewLine], kind: str, second_orders: set[int] | None = None
) -> list[PreviewLine]:
    """A member on two lines: for orders a second order or a correction (ask), else a repeat.

    `second_orders`: order lines the user confirmed as a second order of the same member.
    """
    first: dict[int, int] = {}
    new: dict[str, int] = {}
    out: list[PreviewLine] = []
    for p in lines:
        m = p.match
        if m is not None and p.new_member and not p.problem:
            key = full_key(p.line.name)
            if key in new:
                note = f"和第 {new[key]} 行是同一位新成员：只新建一次，这一行不记"
                m = dataclasses.replace(m, decision=DUPLICATE, note=note)
                p = dataclasses.replace(p, match=m, new_member=False)
            else:
                new[key] = p.line.line
            out.append(p)
            continue
        if m is None or m.member_id is None or m.decision != MATCHED or p.problem:
            out.append(p)
            continue
        if m.member_id in first and p.line.line not in (second_orders or set()):
            note = (
                f"第 {first[m.member_id]} 行也是她：是第二单还是更正？请确认"
                if kind == ORDERS
                else f"和第 {first[m.member_id]} 行是同一个人"
            )
            p = dataclasses.replace(p, match=dataclasses.replace(m, decision=DUPLICATE, note=note))
        else:
            first.setdefault(m.member_id, p.line.line)
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
        if m is not None and (m.member_id is not None or p.new_member):
            if outside:
                p = dataclasses.replace(
                    p, problem=f"{day} 不在活动「{a.name}」的日期内（{a.start} 至 {a.end}）"
                )
            elif m.member_id in have and m.decision == MATCHED:
                done = "已经报名" if kind == SIGNUPS else f"{day:%m-%d} 已经打过卡"
                p = dataclasses.replace(
                    p, match=dataclasses.replace(m, decision=DUPLICATE, note=f"{RECORDED}{done}")
                )
        out.append(p)
    return out


def _resolve_orders(
    s: Session, lines: list[PreviewLine], names: ProductNames, default: str
) -> list[PreviewLine]:
    """Each entry's products by name or alias (the default for a line naming none), with the
    unsuitable-skin warning for the member matched to the line."""
    ids = [p.match.member_id for p in lines if p.match and p.match.member_id is not None]
    skin: dict[int, str | None] = {}
    for part in chunks(ids):
        q = select(Member.id, Member.skin_type).where(Member.id.in_(part))
        skin.update((mid, st) for mid, st in s.execute(q))
    out: list[PreviewLine] = []
    for p in lines:
        if p.line.kind != ENTRY:
            out.append(p)
            continue
        member = p.match.member_id if p.match else None
        items: list[OrderItem] = []
        for it in p.line.items or (Item("", 1),):
            text = it.product or default
            ref = names.resolve(text) if text else None
            if ref is None:
                items.append(OrderItem(text, it.quantity))
                continue
            warning = ref.warning(skin.get(member)) if member is not None else ""
            items.append(OrderItem(text, it.quantity, ref.id, ref.name, warning))
        out.append(dataclasses.replace(p, items=tuple(items)))
    return out


def _recorded_orders(s: Session, lines: list[PreviewLine], day: dt.date) -> list[PreviewLine]:
    """Order items already recorded by an earlier paste, so the same paste twice adds nothing.

    An item is recorded when a purchase from a paste (source "paste", refunded or not) has the
    same member, product, quantity and date. Each such purchase accounts for one item only, so
    a second order of the same thing that the user confirmed is still recorded once more. A
    line whose every item is recorded is a duplicate; a line with some recorded items (one
    added to the line since) records only the others.
    """
    ids = sorted({p.match.member_id for p in lines if p.applies and p.match and p.match.member_id})
    have: Counter[tuple[int, int, int]] = Counter()
    for part in chunks(ids):
        q = select(Purchase.member_id, Purchase.product_id, Purchase.quantity).where(
            Purchase.member_id.in_(part),
            Purchase.bought_on == day,
            Purchase.source == PASTE_SOURCE,
        )
        have.update((mid, pid, n) for mid, pid, n in s.execute(q))
    if not have:
        return lines
    out: list[PreviewLine] = []
    for p in lines:
        m = p.match
        if not p.applies or m is None or m.member_id is None:
            out.append(p)
            continue
        items = []
        for it in p.items:
            key = (m.member_id, it.product_id or 0, it.quantity)
            if it.product_id is not None and have[key] > 0:
                have[key] -= 1
                it = dataclasses.replace(it, recorded=True)
            items.append(it)
        done = [it for it in items if it.recorded]
        if done:
            what = "、".join(f"{it.name}×{it.quantity}" for it in done)
            if len(done) == len(items):
                m = dataclasses.replace(m, decision=DUPLICATE, note=f"{RECORDED}{day:%m-%d} {what}")
            else:
                m = dataclasses.replace(m, note=f"部分已记录（{what}），这次只记其余的")
        out.append(dataclasses.replace(p, match=m, items=tuple(items)))
    return out


NEW_NOTE = "将新建成员「{}」"


def _created(lines: list[PreviewLine], create: set[int], unmatched: bool) -> list[PreviewLine]:
    """Lines that become new members: chosen ones not matched for certain, or (with
    `unmatched`) every unmatched line with a name."""
    out = []
    for p in lines:
        m = p.match
        wanted = p.line.line in create or (unmatched and m is not None and m.decision == UNMATCHED)
        if m is not None and wanted and m.decision != MATCHED and p.line.name.strip():
            note = NEW_NOTE.format(p.line.name.strip())
            p = dataclasses.replace(p, match=dataclasses.replace(m, note=note), new_member=True)
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


NOTHING = "没有可以记录的行（都没有认出成员，或已经记录过）：没有做任何修改。"


def plan_operation(preview: Preview) -> Operation:
    """The one operation recording the accepted lines of a paste (one undo takes it back)."""
    new = preview.new_members()
    record = _record(preview, new)
    return RecordPaste(new, record) if new else record


def _record(preview: Preview, new: tuple[str, ...]) -> Operation:
    if preview.kind == ORDERS:
        return _record_orders(preview)
    ids = tuple(dict.fromkeys(preview.member_ids())) + tuple(
        placeholder(i) for i in range(len(new))
    )
    if not ids or preview.activity_id is None:
        raise ValidationError(NOTHING)
    if preview.kind == SIGNUPS:
        return SignUp(preview.activity_id, ids)
    assert preview.day is not None
    return CheckIn(preview.activity_id, ids, preview.day)


def _record_orders(preview: Preview) -> RecordPurchases:
    if problem := preview.problem():
        raise ValidationError(f"{problem}：没有记录任何购买。")
    text = {p.line.line: p.line.text.strip() for p in preview.entries}
    lines = tuple(
        PurchaseLine(
            o.member_id, o.product_id, o.quantity, None, preview.day, f"接龙：{text[o.line]}"[:200]
        )
        for o in order_lines(preview)
        if o.product_id is not None
    )
    if not lines:
        raise ValidationError(NOTHING)
    return RecordPurchases(lines, source=PASTE_SOURCE)


def order_lines(preview: Preview) -> list[OrderLine]:
    """Purchase lines of an orders paste: one per item of each accepted line not yet recorded."""
    out: list[OrderLine] = []
    new = {name: placeholder(i) for i, name in enumerate(preview.new_members())}
    for p in preview.to_record():
        assert p.match is not None
        name = p.line.name.strip() if p.new_member else ""
        member = new[name] if p.new_member else p.match.member_id
        assert member is not None
        for it in p.items:
            if not it.recorded:
                out.append(
                    OrderLine(
                        p.line.line,
                        member,
                        it.product,
                        it.quantity,
                        it.product_id,
                        it.name,
                        name,
                    )
                )
    return out

"""Group-buy order sheets (快团团-style exports: 下单人/商品/数量/金额/下单时间) to purchases.

Read with the importer's readers (python-calamine; CSV in any of its encodings), then matched:
the buyer by 微信号 or phone when the sheet has them, else by nickname — group nickname, name —
which is only taken when exactly one member has it; the product by name or alias. The plan is
a preview: nothing is written until its matched lines go to `RecordPurchases` as one operation.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.commerce.domain import PurchaseLine
from app.commerce.products import ProductService
from app.errors import FileRefusedError
from app.importing.reader import read_sheets
from app.importing.sniff import sniff
from app.importing.values import BadValue, to_date
from app.phones import normalize_phone
from app.text import clean, fold
from db.models import GroupMembership, Member

HEADERS: dict[str, tuple[str, ...]] = {
    "buyer": ("下单人", "买家", "买家昵称", "下单人昵称", "团员", "昵称", "客户", "跟团人"),
    "wechat": ("微信号", "微信"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "电话", "收货人手机", "收货人电话"),
    "product": ("商品", "商品名称", "商品名", "产品", "产品名称"),
    "quantity": ("数量", "购买数量", "件数", "商品数量"),
    "amount": ("金额", "实付金额", "订单金额", "支付金额", "实付", "商品金额"),
    "at": ("下单时间", "支付时间", "下单日期", "时间", "日期"),
}
_LOOKUP = {fold(name): key for key, names in HEADERS.items() for name in names}
TOTALS = {"合计", "总计", "小计", "汇总"}
DECISIONS = ("matched", "ambiguous", "unmatched", "problem")


@dataclass(frozen=True, slots=True)
class OrderEntry:
    """One order row of the sheet and what it was matched to."""

    row: int  # the Excel row number
    buyer: str
    wechat: str
    phone: str
    product_text: str
    quantity: int
    unit_price: float | None
    bought_on: dt.date | None
    member_id: int | None
    matched_by: str  # wechat, phone, nickname or ""
    candidates: tuple[int, ...]
    product_id: int | None
    problem: str  # one sentence naming row, column and value; "" when fine

    @property
    def decision(self) -> str:
        if self.problem:
            return "problem"
        if self.member_id is not None:
            return "matched"
        return "ambiguous" if self.candidates else "unmatched"

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "buyer": self.buyer,
            "product": self.product_text,
            "product_id": self.product_id,
            "quantity": self.quantity,
            "unit_price": self.unit_price,
            "date": self.bought_on.isoformat() if self.bought_on else None,
            "member_id": self.member_id,
            "matched_by": self.matched_by or None,
            "candidates": list(self.candidates),
            "decision": self.decision,
            "problem": self.problem or None,
        }


@dataclass(frozen=True, slots=True)
class OrderPlan:
    file: str
    sheet: str
    entries: tuple[OrderEntry, ...]

    def lines(self) -> tuple[PurchaseLine, ...]:
        """The purchases to record: matched rows without a problem."""
        return tuple(
            PurchaseLine(e.member_id, e.product_id, e.quantity, e.unit_price, e.bought_on)
            for e in self.entries
            if e.decision == "matched" and e.member_id is not None and e.product_id is not None
        )

    def count(self, decision: str) -> int:
        return sum(1 for e in self.entries if e.decision == decision)


@dataclass(frozen=True, slots=True)
class _Raw:
    row: int
    values: dict[str, Any]


def read_orders(path: Path) -> tuple[str, list[_Raw]]:
    """The order rows of the best sheet: (sheet name, rows with their Excel row numbers)."""
    sheets = read_sheets(path, sniff(path))
    best: tuple[int, str, int, dict[int, str]] | None = None
    for sheet in sheets:
        for i, row in enumerate(sheet.rows[:15]):
            columns = {c: _LOOKUP[fold(v)] for c, v in enumerate(row) if fold(v) in _LOOKUP}
            kinds = set(columns.values())
            if {"buyer", "product"} <= kinds and (best is None or len(kinds) > best[0]):
                best = (len(kinds), sheet.name, i, columns)
    if best is None:
        raise FileRefusedError(
            f"「{path.name}」里没有找到团购订单：需要「下单人」和「商品」两列"
            "（快团团等导出的订单表）。"
        )
    _, name, header, columns = best
    sheet = next(s for s in sheets if s.name == name)
    out: list[_Raw] = []
    for i, row in enumerate(sheet.rows[header + 1 :], start=header + 2):
        values: dict[str, Any] = {}
        for c, key in columns.items():
            if c < len(row) and key not in values:
                values[key] = row[c]
        buyer, product = clean(values.get("buyer")), clean(values.get("product"))
        if not buyer and not product:
            continue  # blank row
        if buyer in TOTALS or fold(buyer) == fold(sheet.rows[header][_first(columns, "buyer")]):
            continue  # totals row, repeated header
        out.append(_Raw(i, values))
    return name, out


def _first(columns: dict[int, str], key: str) -> int:
    return next(c for c, k in columns.items() if k == key)


def _number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float):
        return float(value)
    return float(clean(value).replace("¥", "").replace("￥", "").replace(",", "").replace("元", ""))


def _who_index(s: Session) -> dict[str, set[int]]:
    """Folded nickname, name and group nickname → members (live ones)."""
    out: dict[str, set[int]] = defaultdict(set)
    live = select(Member.id, Member.nickname, Member.name).where(Member.deleted_at.is_(None))
    for mid, nickname, name in s.execute(live):
        for n in (nickname, name):
            if clean(n):
                out[fold(n)].add(mid)
    nick = (
        select(GroupMembership.member_id, GroupMembership.group_nickname)
        .join(Member, Member.id == GroupMembership.member_id)
        .where(Member.deleted_at.is_(None))
    )
    for mid, n in s.execute(nick):
        if clean(n):
            out[fold(n)].add(mid)
    return out


def plan_orders(
    session_factory: sessionmaker[Session], path: Path, today: dt.date | None = None
) -> OrderPlan:
    """Read and match a group-buy order sheet (nothing written)."""
    sheet, raws = read_orders(path)
    products = ProductService(session_factory).lookup()
    today = today or dt.date.today()
    with session_factory() as s:
        by_wechat: dict[str, int] = dict(
            s.execute(  # type: ignore[arg-type]
                select(Member.wechat, Member.id).where(
                    Member.deleted_at.is_(None), Member.wechat.is_not(None)
                )
            ).all()
        )
        by_phone: dict[str, int] = dict(
            s.execute(  # type: ignore[arg-type]
                select(Member.phone, Member.id).where(
                    Member.deleted_at.is_(None), Member.phone.is_not(None)
                )
            ).all()
        )
        names = _who_index(s)
    entries = [_entry(r, by_wechat, by_phone, names, products, today) for r in raws]
    return OrderPlan(path.name, sheet, tuple(entries))


def _entry(
    raw: _Raw,
    by_wechat: dict[str, int],
    by_phone: dict[str, int],
    names: dict[str, set[int]],
    products: dict[str, int],
    today: dt.date,
) -> OrderEntry:
    v = raw.values
    buyer, product = clean(v.get("buyer")), clean(v.get("product"))
    wechat = clean(v.get("wechat"))
    phone, _flagged = (
        normalize_phone(v.get("phone")) if v.get("phone") not in (None, "") else (None, False)
    )
    problems: list[str] = []
    where = f"第 {raw.row} 行"
    try:
        q = _number(v.get("quantity"))
        quantity = 1 if q is None else int(q)
        if q is not None and (q != int(q) or not 1 <= quantity <= 10_000):
            raise ValueError
    except ValueError:
        quantity = 1
        problems.append(
            f"{where}「数量」列的「{clean(v.get('quantity'))}」不是 1 到 10000 的整数。"
        )
    try:
        amount = _number(v.get("amount"))
        if amount is not None and amount < 0:
            raise ValueError
    except ValueError:
        amount = None
        problems.append(f"{where}「金额」列的「{clean(v.get('amount'))}」不是金额。")
    try:
        day = to_date(v.get("at"))
        if day is not None and day > today + dt.timedelta(days=1):
            problems.append(f"{where}「下单时间」{day.isoformat()} 还没到。")
    except BadValue as exc:
        day = None
        problems.append(f"{where}「下单时间」列的「{clean(v.get('at'))}」{exc}。")
    product_id = products.get(fold(product)) if product else None
    if product_id is None:
        problems.append(
            f"{where}「商品」列的「{product}」不是已有的产品或简称：请先在「产品」页新建它，"
            "或给它加一个简称。"
            if product
            else f"{where}没有写商品。"
        )
    member_id: int | None = None
    how = ""
    candidates: tuple[int, ...] = ()
    if wechat and wechat in by_wechat:
        member_id, how = by_wechat[wechat], "wechat"
    elif phone and phone in by_phone:
        member_id, how = by_phone[phone], "phone"
    elif buyer:
        found = tuple(sorted(names.get(fold(buyer), ())))
        if len(found) == 1:
            member_id, how = found[0], "nickname"
        candidates = found
    unit_price = round(amount / quantity, 2) if amount is not None and quantity else None
    return OrderEntry(
        raw.row,
        buyer,
        wechat,
        phone or "",
        product,
        quantity,
        unit_price,
        day,
        member_id,
        how,
        candidates if member_id is None else (member_id,),
        product_id,
        " ".join(problems),
    )


def summary(plan: OrderPlan) -> str:
    """One sentence: how many rows were matched, unsure, unknown, wrong."""
    return (
        f"「{plan.file}」（{plan.sheet}）共 {len(plan.entries)} 笔订单：{plan.count('matched')} 笔已对上成员，"
        f"{plan.count('ambiguous')} 笔昵称有多位成员同名，{plan.count('unmatched')} 笔找不到成员，"
        f"{plan.count('problem')} 笔有问题。"
    )

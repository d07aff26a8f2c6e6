"""Purchase sheets of the boss workbook: products (the repurchase chart's data), top buyers,
unsuitable purchases and refunds; and the goals table of the 概览 sheet."""

from __future__ import annotations

from typing import Any

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from app.phones import mask_phone
from app.reports.domain import MONEY, PurchaseLine, ReportData
from app.reports.workbook_details import Formats, table

PRODUCTS, BUYERS, UNSUITABLE = "购买与复购", "购买排行", "不适合的购买"
NO_PURCHASES = "还没有购买记录：在「产品/购买」页记录购买或粘贴团购接龙后，这里显示购买与复购。"


def _none_yet(data: ReportData) -> bool:
    return "purchases" in data.left_out


def write_products(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet(PRODUCTS)
    heads = ("产品", "数量", "销售额", "购买人数", "复购人数", "复购率")
    rows = [
        (p.name, p.quantity, p.amount, p.buyers, p.repeat_buyers, p.repurchase_rate)
        for p in data.products
    ]
    fmts = (f["text"], f["int"], f["money"], f["int"], f["int"], f["rate"])
    empty = NO_PURCHASES if _none_yet(data) else "这个时间段没有购买（退款的不算）。"
    table(ws, f, heads, rows, fmts, empty)


def write_buyers(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet(BUYERS)
    heads = ("成员ID", "成员", "手机", "肤质", "笔数", "数量", "金额", "最近购买")
    rows = [
        (
            b.id,
            b.member,
            b.phone if unmask else mask_phone(b.phone),
            b.skin_type,
            b.orders,
            b.quantity,
            b.amount,
            b.last_bought,
        )
        for b in data.top_buyers
    ]
    fmts = (f["int"], f["text"], f["text"], f["text"], f["int"], f["int"], f["money"], f["date"])
    empty = NO_PURCHASES if _none_yet(data) else "这个时间段没有人购买。"
    table(ws, f, heads, rows, fmts, empty)


def _purchase_rows(lines: tuple[PurchaseLine, ...], with_warning: bool) -> list[tuple[object, ...]]:
    return [
        (
            x.bought_on,
            x.member_id,
            x.member,
            x.skin_type,
            x.product,
            x.quantity,
            x.amount,
            *((x.warning,) if with_warning else ()),
            x.refunded_on,
            x.refund_reason,
        )
        for x in lines
    ]


def write_unsuitable(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet(UNSUITABLE)
    heads = (
        "购买日期",
        "成员ID",
        "成员",
        "肤质",
        "产品",
        "数量",
        "金额",
        "提醒",
        "退款日期",
        "退款原因",
    )
    fmts: tuple[Any, ...] = (f["date"], f["int"]) + (f["text"],) * 3
    fmts += (f["int"], f["money"], f["text"], f["date"], f["text"])
    empty = NO_PURCHASES if _none_yet(data) else "这个时间段没有不适合肤质的购买。"
    table(ws, f, heads, _purchase_rows(data.unsuitable, True), fmts, empty)
    start = max(len(data.unsuitable), 1) + 3
    ws.write(start, 0, "本期退款", f["title"])
    refund_heads = heads[:7] + heads[8:]
    for col, text in enumerate(refund_heads):
        ws.write(start + 1, col, text, f["head"])
    refunds = _purchase_rows(data.refunds, False)
    if not refunds:
        ws.write(start + 2, 0, "这个时间段没有退款。", f["note"])
    rfmts = fmts[:7] + fmts[8:]
    for r, row in enumerate(refunds, start=start + 2):
        for c, value in enumerate(row):
            if value is None:
                ws.write_blank(r, c, None, rfmts[c])
            elif isinstance(value, str):
                ws.write_string(r, c, value, rfmts[c])
            else:
                ws.write(r, c, value, rfmts[c])


def write_goals(ws: Worksheet, f: Formats, data: ReportData, row: int) -> int:
    """The goals table on the 概览 sheet from `row`; returns the next free row."""
    quarter = data.goals[0].quarter if data.goals else ""
    ws.write(row, 0, f"季度目标 {quarter}".strip(), f["head"])
    if not data.goals:
        ws.write(row + 1, 0, "还没有设定季度目标（报表页 → 设定季度目标）。", f["note"])
        return row + 3
    heads = ("指标", "目标增长", "上季度", "目标", "目前", "完成度")
    for col, text in enumerate(heads):
        ws.write(row + 1, col, text, f["head"])
    for i, g in enumerate(data.goals, start=row + 2):
        fmt = f["money"] if g.unit == MONEY else f["int"]
        ws.write_string(i, 0, g.label)
        ws.write_string(i, 1, f"{g.goal_percent:+d}%")
        ws.write_number(i, 2, g.base, fmt)
        ws.write_number(i, 3, g.target, fmt)
        ws.write_number(i, 4, g.actual, fmt)
        if g.progress is None:
            ws.write_string(i, 5, "—")
        else:
            ws.write_number(i, 5, g.progress, f["rate_up"] if g.reached else f["rate_down"])
    return row + len(data.goals) + 3


def products_chart(wb: Workbook, ws: Worksheet, data: ReportData, cell: str) -> None:
    """Repurchase bars: buyers and repeat buyers per product (the top ten by sales)."""
    if not data.products:
        return
    k = min(len(data.products), 10)
    bars = wb.add_chart({"type": "column"})
    for col, name, color in ((3, "购买人数", "#3E63DD"), (4, "复购人数", "#2E7D32")):
        bars.add_series(
            {
                "name": name,
                "categories": [PRODUCTS, 1, 0, k, 0],
                "values": [PRODUCTS, 1, col, k, col],
                "fill": {"color": color},
            }
        )
    bars.set_title({"name": "购买与复购（按产品）"})
    ws.insert_chart(cell, bars, {"x_scale": 1.3})

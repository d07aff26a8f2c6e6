"""Detail sheets of the boss workbook: new members, zombies, activities, warnings, complaints."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from app.phones import mask_phone
from app.reports.domain import MemberLine, ReportData

Formats = dict[str, Any]
STATUS_TEXT = {
    "active": "活跃",
    "silent": "沉默",
    "zombie": "僵尸",
    "left": "已退群",
    "blocked": "已拉黑",
}
OUTCOME_TEXT = {"warning": "警告", "removal": "警告并移出"}
COMPLAINT_STATUS = {"open": "待处理", "processing": "处理中", "resolved": "已解决"}


def table(
    ws: Worksheet,
    f: Formats,
    heads: Sequence[str],
    rows: Sequence[Sequence[Any]],
    formats: Sequence[Any],
    empty: str = "",
) -> None:
    """Header row (frozen, filtered, repeated on print), typed cells, widths from the content."""
    for col, text in enumerate(heads):
        ws.write(0, col, text, f["head"])
    widths = [max(8, len(h) * 2 + 2) for h in heads]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            fmt = formats[c] if c < len(formats) else None
            if value is None:
                ws.write_blank(r, c, None, fmt)
            elif isinstance(value, str):
                ws.write_string(r, c, value, fmt)  # text stays text, never a formula
                widths[c] = min(50, max(widths[c], len(value) * 2))
            else:
                ws.write(r, c, value, fmt)
                widths[c] = max(widths[c], 12)
    if rows:
        ws.autofilter(0, 0, len(rows), len(heads) - 1)
    elif empty:
        ws.write(1, 0, empty, f["note"])
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)


def _member_sheet(
    wb: Workbook, f: Formats, name: str, lines: Sequence[MemberLine], unmask: bool, empty: str
) -> None:
    ws = wb.add_worksheet(name)
    heads = ("成员ID", "昵称", "姓名", "手机", "肤质", "入群日期", "最近活跃", "状态")
    rows = [
        (
            m.id,
            m.nickname,
            m.name,
            m.phone if unmask else mask_phone(m.phone),
            m.skin_type,
            m.joined,
            m.last_active,
            STATUS_TEXT.get(m.status, m.status),
        )
        for m in lines
    ]
    fmts = (f["int"], f["text"], f["text"], f["text"], f["text"], f["date"], f["date"], f["text"])
    table(ws, f, heads, rows, fmts, empty)


def write_new_members(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    _member_sheet(wb, f, "新成员", data.new_members, unmask, "这个时间段没有新成员。")


def write_zombies(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    _member_sheet(wb, f, "僵尸成员", data.zombies, unmask, "没有僵尸成员。")


def write_activities(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet("活动")
    heads = ("活动", "类型", "开始", "结束", "报名", "打卡人数", "打卡次数", "打卡完成率")
    rows = [
        (a.name, a.kind, a.start, a.end, a.signups, a.checkin_members, a.checkins, a.completion)
        for a in data.activities
    ]
    fmts = (f["text"], f["text"], f["date"], f["date"], f["int"], f["int"], f["int"], f["rate"])
    table(ws, f, heads, rows, fmts, "这个时间段没有进行中的活动。")
    if data.points_by_reason:
        start = len(rows) + 3
        ws.write(start, 0, "积分原因", f["head"])
        ws.write(start, 1, "积分合计", f["head"])
        for i, (reason, total) in enumerate(data.points_by_reason, start=start + 1):
            ws.write_string(i, 0, reason)
            ws.write_number(i, 1, total, f["int"])


def write_warnings(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet("警告与押金")
    heads = ("时间", "成员ID", "成员", "原因", "结果", "已撤回")
    rows = [
        (
            w.at,
            w.member_id,
            w.member,
            w.reason,
            OUTCOME_TEXT.get(w.outcome, w.outcome),
            "是" if w.revoked else "",
        )
        for w in data.warnings
    ]
    fmts = (f["datetime"], f["int"], f["text"], f["text"], f["text"], f["text"])
    table(ws, f, heads, rows, fmts, "这个时间段没有警告。")
    start = len(rows) + 3
    labels = {
        "held_now": "期末押金余额",
        "held_members": "交押金人数",
        "taken": "本期收取",
        "refunded": "本期退还",
        "forfeited": "本期没收",
    }
    for i, (key, label) in enumerate(labels.items(), start=start):
        ws.write_string(i, 0, label)
        fmt = f["int"] if key == "held_members" else f["money"]
        ws.write_number(i, 1, data.deposits.get(key, 0.0), fmt)


def write_complaints(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet("投诉")
    heads = (
        "编号",
        "收到时间",
        "成员",
        "类别",
        "渠道",
        "状态",
        "首次响应（分钟）",
        "解决用时（分钟）",
        "内容",
    )
    rows = [
        (
            c.id,
            c.received_at,
            c.member,
            c.category,
            c.channel,
            COMPLAINT_STATUS.get(c.status, c.status),
            c.first_response_minutes,
            c.resolution_minutes,
            c.text,
        )
        for c in data.complaints
    ]
    fmts = (f["int"], f["datetime"]) + (f["text"],) * 4 + (f["num"], f["num"], f["text"])
    table(ws, f, heads, rows, fmts, "这个时间段没有收到投诉。")


DETAIL_SHEETS = (
    write_new_members,
    write_zombies,
    write_activities,
    write_warnings,
    write_complaints,
)

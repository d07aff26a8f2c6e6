"""The boss workbook (.xlsx): 概览 with KPIs, sentences and native charts, then detail sheets.

Written with xlsxwriter from a `ReportData`, so the workbook and the 报表 page show the same
numbers. Sections are a list of writers (`SECTIONS`); a section without data says so in the
sheet (no purchases yet, no posts planned …) instead of failing or showing zeros."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from app.reports.domain import MINUTES, MONEY, RATE, ReportData
from app.reports.summary import change_text, period_words, sentences
from app.reports.workbook_details import DETAIL_SHEETS, Formats, table
from app.reports.workbook_purchases import (
    products_chart,
    write_buyers,
    write_goals,
    write_products,
    write_unsuitable,
)

OVERVIEW, TRENDS, SKIN, PLAN, COHORTS = "概览", "趋势", "肤质与标签", "内容计划", "留存"
SectionWriter = Callable[[Workbook, Formats, ReportData, bool], None]


def _formats(wb: Workbook) -> Formats:
    f = {
        "title": wb.add_format({"bold": True, "font_size": 16}),
        "head": wb.add_format({"bold": True, "bg_color": "#E8EEF7", "border": 1}),
        "text": wb.add_format({"text_wrap": False}),
        "wrap": wb.add_format({"text_wrap": True, "valign": "top"}),
        "int": wb.add_format({"num_format": "#,##0"}),
        "rate": wb.add_format({"num_format": "0.0%"}),
        "num": wb.add_format({"num_format": "#,##0.0"}),
        "money": wb.add_format({"num_format": "¥#,##0.00"}),
        "date": wb.add_format({"num_format": "yyyy-mm-dd"}),
        "datetime": wb.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        "up": wb.add_format({"font_color": "#2E7D32", "align": "right"}),
        "down": wb.add_format({"font_color": "#C62828", "align": "right"}),
        "same": wb.add_format({"align": "right"}),
        "note": wb.add_format({"italic": True, "font_color": "#6B7280"}),
        "rate_up": wb.add_format({"num_format": "0%", "font_color": "#2E7D32"}),
        "rate_down": wb.add_format({"num_format": "0%", "font_color": "#C62828"}),
    }
    return f


def _unit_format(f: Formats, unit: str) -> Any:
    return {RATE: f["rate"], MINUTES: f["num"], MONEY: f["money"]}.get(unit, f["int"])


def _setup(ws: Worksheet, title_rows: int) -> None:
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0, title_rows - 1)
    ws.freeze_panes(title_rows, 0)


def write_overview(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet(OVERVIEW)
    this, last = period_words(data)
    ws.write(0, 0, f"社群周报　{data.period.text()}", f["title"])
    ws.write(
        1,
        0,
        f"对比{last}：{data.previous_period.text()}　生成于 {data.generated_at:%Y-%m-%d %H:%M}",
        f["note"],
    )
    row = 3
    for sentence in sentences(data):
        ws.merge_range(row, 0, row, 5, sentence, f["wrap"])
        ws.set_row(row, 30)
        row += 1
    row += 1
    head = row
    for col, text in enumerate(("指标", this, last, "变化")):
        ws.write(head, col, text, f["head"])
    for i, kpi in enumerate(data.kpis, start=head + 1):
        ws.write(i, 0, kpi.label)
        fmt = _unit_format(f, kpi.unit)
        for col, value in ((1, kpi.value), (2, kpi.previous)):
            if value is None:
                ws.write_blank(i, col, None)
            else:
                ws.write_number(i, col, value, fmt)
        change = kpi.change
        good = None if not change else (change > 0) == kpi.higher_is_better
        ws.write(
            i, 3, change_text(kpi), f["up"] if good else f["down"] if good is False else f["same"]
        )
    ws.autofilter(head, 0, head + len(data.kpis), 3)
    write_goals(ws, f, data, head + len(data.kpis) + 2)
    ws.set_column(0, 0, 18)
    ws.set_column(1, 3, 14)
    ws.set_column(4, 5, 40)
    _setup(ws, 1)
    _overview_charts(wb, ws, data)


def _overview_charts(wb: Workbook, ws: Worksheet, data: ReportData) -> None:
    n = len(data.growth)
    growth = wb.add_chart({"type": "line"})
    growth.add_series(
        {
            "name": "成员总数",
            "categories": [TRENDS, 1, 8, n, 8],
            "values": [TRENDS, 1, 1, n, 1],
            "marker": {"type": "circle"},
        }
    )
    growth.set_title({"name": "成员增长（每周）"})
    growth.set_legend({"none": True})
    ws.insert_chart("G4", growth, {"x_scale": 1.3})

    stack = wb.add_chart({"type": "column", "subtype": "stacked"})
    for col, name, color in (
        (5, "活跃", "#2E7D32"),
        (6, "沉默", "#9AA0A6"),
        (7, "僵尸", "#B7791F"),
    ):
        stack.add_series(
            {
                "name": name,
                "categories": [TRENDS, 1, 8, n, 8],
                "values": [TRENDS, 1, col, n, col],
                "fill": {"color": color},
            }
        )
    stack.set_title({"name": "活跃 / 沉默 / 僵尸"})
    ws.insert_chart("G21", stack, {"x_scale": 1.3})

    if data.skin_types:
        pie = wb.add_chart({"type": "pie"})
        k = len(data.skin_types)
        pie.add_series(
            {
                "name": "肤质分布",
                "categories": [SKIN, 1, 0, k, 0],
                "values": [SKIN, 1, 1, k, 1],
                "data_labels": {"percentage": True},
            }
        )
        pie.set_title({"name": "肤质分布"})
        ws.insert_chart("G38", pie)
    if data.plan_by_type:
        k = len(data.plan_by_type)
        bars = wb.add_chart({"type": "column"})
        for col, name in ((1, "计划"), (2, "已发布"), (3, "迟发"), (4, "漏发")):
            bars.add_series(
                {
                    "name": name,
                    "categories": [PLAN, 1, 0, k, 0],
                    "values": [PLAN, 1, col, k, col],
                }
            )
        bars.set_title({"name": "内容计划执行（按类型）"})
        ws.insert_chart("O38", bars)
    products_chart(wb, ws, data, "O4")


def write_trends(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet(TRENDS)
    # The last column labels the charts' weeks as text: a date axis would show serial numbers
    # in some spreadsheet programs.
    heads = ("周（开始）", "成员总数", "新增", "离开", "统计日", "活跃", "沉默", "僵尸", "图表标签")
    rows = [
        (
            g.week_start,
            g.total,
            g.new,
            g.left,
            a.day,
            a.active,
            a.silent,
            a.zombie,
            f"{g.week_start:%m-%d}",
        )
        for g, a in zip(data.growth, data.activity_trend, strict=True)
    ]
    table(
        ws, f, heads, rows, (f["date"], f["int"], f["int"], f["int"], f["date"]) + (f["int"],) * 3
    )


def write_skin(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet(SKIN)
    rows: list[tuple[Any, ...]] = [(x.name, x.count) for x in data.skin_types]
    table(ws, f, ("肤质", "人数"), rows, (f["text"], f["int"]))
    col = 3
    for group in data.tag_groups:
        ws.write(0, col, f"标签组：{group.group}", f["head"])
        ws.write(0, col + 1, "人数", f["head"])
        for i, s in enumerate(group.slices, start=1):
            ws.write(i, col, s.name)
            ws.write_number(i, col + 1, s.count, f["int"])
        ws.set_column(col, col, 16)
        col += 3


def write_plan(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet(PLAN)
    heads = ("类型", "计划", "已发布", "迟发", "漏发")
    rows = [(r.name, r.planned, r.published, r.late, r.missed) for r in data.plan_by_type]
    table(
        ws, f, heads, rows, (f["text"],) + (f["int"],) * 4, empty="这个时间段没有计划发布的内容。"
    )
    start = len(rows) + 3
    for col, text in enumerate(("固定栏目",) + heads[1:]):
        ws.write(start, col, text, f["head"])
    for i, r in enumerate(data.plan_by_slot, start=start + 1):
        ws.write_row(i, 0, (r.name, r.planned, r.published, r.late, r.missed))


def write_cohorts(wb: Workbook, f: Formats, data: ReportData, unmask: bool) -> None:
    ws = wb.add_worksheet(COHORTS)
    width = max((len(c.retention) for c in data.cohorts), default=1)
    heads = ("入群月份", "人数") + tuple(f"第 {k} 月" for k in range(width))
    rows = [(c.month, c.size) + c.retention for c in data.cohorts]
    table(
        ws, f, heads, rows, (f["text"], f["int"]) + (f["rate"],) * width, empty="近一年没有新成员。"
    )
    if rows:
        ws.conditional_format(
            1,
            2,
            len(rows),
            1 + width,
            {
                "type": "3_color_scale",
                "min_color": "#F8696B",
                "mid_color": "#FFEB84",
                "max_color": "#63BE7B",
            },
        )


SECTIONS: tuple[SectionWriter, ...] = (
    write_overview,
    write_trends,
    write_skin,
    write_plan,
    write_cohorts,
    write_products,
    *DETAIL_SHEETS,
    write_buyers,
    write_unsuitable,
)


def write_workbook(path: Path, data: ReportData, unmask_phones: bool = False) -> None:
    """Write the whole workbook to `path` (the caller renames it into place)."""
    wb = xlsxwriter.Workbook(
        str(path), {"default_date_format": "yyyy-mm-dd", "strings_to_formulas": False}
    )
    wb.set_properties({"title": f"社群周报 {data.period.text()}", "created": dt.datetime.now()})
    f = _formats(wb)
    for section in SECTIONS:
        section(wb, f, data, unmask_phones)
    wb.close()

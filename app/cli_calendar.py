"""CLI commands of the content calendar: `shequn calendar-export FILE.ics|FILE.xlsx`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import CliError, open_ctx


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.replace("/", "-").replace(".", "-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"无法识别的日期「{text}」，请写成 2026-11-01。") from None


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "calendar-export",
        parents=[common],
        help="导出内容日历：.ics（手机日历）或 .xlsx（每周一张表的周计划）",
    )
    p.add_argument("file", help="目标文件，后缀 .ics 或 .xlsx")
    p.add_argument(
        "--from", dest="start", type=_date, default=None, help="开始日期（默认：7 天前）"
    )
    p.add_argument(
        "--to", dest="end", type=_date, default=None, help="结束日期，含当天（默认：8 周后）"
    )
    p.set_defaults(handler=cmd_calendar_export)


def cmd_calendar_export(args: argparse.Namespace) -> int:
    from app.calendar.exports import export_calendar
    from app.errors import ValidationError

    ctx = open_ctx(args)
    try:
        result = export_calendar(ctx.calendar, Path(args.file), args.start, args.end)
    except ValidationError as exc:
        raise CliError(str(exc), 2) from None
    finally:
        ctx.close()
    last = result.end - dt.timedelta(days=1)
    what = f"{result.items} 个日历事件" if result.kind == "ics" else f"{result.items} 周的计划表"
    print(f"已导出 {result.start} 至 {last} 的内容日历到 {result.path}：{what}。")
    for note in result.notes:
        print(f"提示：{note}")
    return 0

"""CLI: `shequn report FILE.xlsx [--from DATE] [--to DATE] [--unmask-phones] [--json]`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.cli import CliError, open_ctx
from app.errors import ValidationError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"无法识别的日期「{text}」，请写成 2026-11-01。") from None


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="生成老板周报（.xlsx，默认上周一至周日）")
    p.add_argument("file", help="目标文件 .xlsx")
    p.add_argument(
        "--from", dest="start", type=_date, default=None, help="开始日期（默认：上周一）"
    )
    p.add_argument("--to", dest="end", type=_date, default=None, help="结束日期（默认：上周日）")
    p.add_argument("--unmask-phones", action="store_true", help="手机号不打码（默认 138****1234）")
    p.add_argument("--json", action="store_true", help="同时把各项数字以一个 JSON 对象输出")
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.periods import checked
    from app.reports.summary import as_json

    try:
        period = checked(args.start, args.end, dt.date.today())
    except ValidationError as exc:
        raise CliError(str(exc), 2) from None
    ctx = open_ctx(args)
    result = ctx.reports.write(Path(args.file), period, args.unmask_phones, source="cli")
    if args.json:
        print(json.dumps(as_json(result.data), ensure_ascii=False))
    else:
        print(f"已生成报表 {result.path}（{period.text()}）。")
        if "purchases" in result.data.left_out:
            print("还没有购买记录：报表里的购买率、复购率和销售额留空（不是 0）。")
    return 0

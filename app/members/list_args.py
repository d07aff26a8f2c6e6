"""Command-line flags of the weekly lists (`shequn members` and `shequn export`)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.errors import ValidationError
from app.members.domain import MemberFilter


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"天数必须是整数，不是「{text}」。") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"天数不能是负数（{value}）。")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text}」不是有效日期（例如 2024-01-05）。") from None


def add_list_filter_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--silent-days",
        type=_days,
        metavar="N",
        help="沉默超过 N 天：最近活跃（从未活跃则入群日期）早于 N 天前",
    )
    parser.add_argument("--contact-days", type=_days, metavar="N", help="超过 N 天未联系")
    parser.add_argument(
        "--birthday-days", type=_days, metavar="N", help="今天起 N 天内过生日（公历或农历）"
    )
    parser.add_argument("--joined-from", type=_date, metavar="DATE", help="入群日期不早于")
    parser.add_argument("--joined-to", type=_date, metavar="DATE", help="入群日期不晚于")
    parser.add_argument("--level-min", type=int, metavar="N", help="等级不低于 N")
    parser.add_argument("--warned", action="store_true", help="有生效中的警告")
    parser.add_argument("--deposit-held", action="store_true", help="有未退的押金")


def list_filter_values(args: argparse.Namespace, base: MemberFilter) -> dict[str, Any]:
    """The weekly-list fields for `dataclasses.replace(base, …)`: a flag given wins."""

    def pick(name: str) -> Any:
        value = getattr(args, name, None)
        return getattr(base, name) if value is None else value

    values = {
        name: pick(name)
        for name in (
            "silent_days",
            "contact_days",
            "birthday_days",
            "joined_from",
            "joined_to",
            "level_min",
        )
    }
    if (
        values["joined_from"]
        and values["joined_to"]
        and values["joined_from"] > values["joined_to"]
    ):
        raise ValidationError(
            f"入群日期范围不对：开始 {values['joined_from']} 晚于结束 {values['joined_to']}。"
        )
    values["warned"] = bool(getattr(args, "warned", False)) or base.warned
    values["deposit_held"] = bool(getattr(args, "deposit_held", False)) or base.deposit_held
    return values

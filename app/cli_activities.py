"""CLI commands of the activities area: `activities`, `checkin`, `points`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli import CliError, open_ctx, print_json_lines
from app.cli_ops import CLI_SOURCE


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("activities", parents=[common], help="活动列表：报名、打卡、参与率")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    p.set_defaults(handler=cmd_activities)

    p = sub.add_parser("checkin", parents=[common], help="给成员打卡（按规则加积分，可撤销）")
    p.add_argument("activity_id", type=int, metavar="ACTIVITY_ID", help="活动编号")
    p.add_argument("member_ids", nargs="+", type=int, metavar="MEMBER_ID", help="成员编号")
    p.add_argument("--date", default=None, help="打卡日期（默认今天），例如 2026-12-01")
    p.set_defaults(handler=cmd_checkin)

    p = sub.add_parser("points", parents=[common], help="一位成员的积分明细")
    p.add_argument("member_id", type=int, metavar="MEMBER_ID", help="成员编号")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    p.set_defaults(handler=cmd_points)


def _day(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip().replace("/", "-").replace(".", "-"))
    except ValueError:
        raise CliError(
            f"无法识别的日期「{text}」，请写成 2026-12-01：没有做任何修改。", 2
        ) from None


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def cmd_activities(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        rows = ctx.activities.list_activities()
    finally:
        ctx.close()
    if args.json:
        print_json_lines(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "kind": r.kind,
                    "online": r.online,
                    "start": r.start.isoformat(),
                    "end": r.end.isoformat(),
                    "groups": sorted(r.groups),
                    "host": r.host or None,
                    "signups": r.signups,
                    "checkins": r.checkins,
                    "participation": None if r.participation is None else round(r.participation, 4),
                    "feedback": r.feedback,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("还没有活动。")
        return 0
    for r in rows:
        print(
            f"#{r.id:<4} {r.kind:<4} {r.start} ~ {r.end}  报名 {r.signups:<5} 打卡 {r.checkins:<6} "
            f"参与率 {_percent(r.participation):<5} {r.name}"
        )
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    from app.community.activity_ops import CheckIn

    day = _day(args.date)
    ctx = open_ctx(args)
    try:
        done = ctx.run(CheckIn(args.activity_id, tuple(args.member_ids), day), CLI_SOURCE)
    finally:
        ctx.close()
    n = len(done.value.checkins)
    print(f"已为 {n} 位成员记录 {day} 的打卡（操作 #{done.op_id}，可用 shequn undo 撤销）。")
    return 0


def cmd_points(args: argparse.Namespace) -> int:
    from app.community.rules import REASONS

    ctx = open_ctx(args)
    try:
        rows = ctx.activities.ledger(args.member_id)
    finally:
        ctx.close()
    if args.json:
        print_json_lines(
            [
                {
                    "at": r.at.isoformat(sep=" "),
                    "delta": r.delta,
                    "reason": r.reason,
                    "source": r.source,
                    "note": r.note,
                    "activity": r.activity or None,
                    "balance": r.balance,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print(f"成员 #{args.member_id} 还没有积分记录。")
        return 0
    print(f"成员 #{args.member_id} 当前积分 {rows[0].balance}：")
    for r in rows:
        print(f"{r.at:%Y-%m-%d %H:%M}  {r.delta:+5d}  {REASONS.get(r.reason, r.reason)}  {r.note}")
    return 0

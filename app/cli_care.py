"""CLI commands of community care: `warn`, `complaints`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli import CliError, open_ctx, print_json_lines

CLI_SOURCE = "cli"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("warn", parents=[common], help="警告一位成员（按升级规则，可撤销）")
    p.add_argument("member_id", type=int, metavar="MEMBER_ID", help="成员编号")
    p.add_argument("--reason", required=True, help="警告原因，例如 广告、刷屏、引战、私加好友")
    p.add_argument("--evidence", default="", help="证据：她发了什么")
    p.add_argument("--yes", action="store_true", help="规则建议移出时，确认移出")
    p.set_defaults(handler=cmd_warn)

    p = sub.add_parser(
        "complaints", parents=[common], help="投诉列表（--open：未解决，按等待时间）"
    )
    p.add_argument("--open", action="store_true", help="只列未解决的，等得最久的在前")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    p.set_defaults(handler=cmd_complaints)


def cmd_warn(args: argparse.Namespace) -> int:
    from app.community.warning_ops import IssueWarning, RemovalNeedsConfirmation

    ctx = open_ctx(args)
    try:
        op = IssueWarning(args.member_id, args.reason, args.evidence, confirm_removal=args.yes)
        try:
            done = ctx.run(op, CLI_SOURCE)
        except RemovalNeedsConfirmation as exc:
            raise CliError(
                f"{exc.proposal.question()}没有做任何修改；确认移出请加上 --yes 再运行一次。", 2
            ) from None
    finally:
        ctx.close()
    p = done.value
    if p.step == "removal":
        print(
            f"已警告并移出{p.member}：这是她的第 {p.count} 次警告（操作 #{done.op_id}，可用 shequn undo 撤销）。"
        )
    else:
        print(
            f"已警告{p.member}：这是她的第 {p.count} 次警告（操作 #{done.op_id}，可用 shequn undo 撤销）。"
        )
    return 0


def cmd_complaints(args: argparse.Namespace) -> int:
    from app.community.complaints import waiting_text

    ctx = open_ctx(args)
    try:
        rows = ctx.complaints.complaints(open_only=args.open)
    finally:
        ctx.close()
    now = dt.datetime.now()
    if args.json:
        items = []
        for r in rows:
            item = r.to_json()
            item["waiting_minutes"] = (
                int(r.waiting(now).total_seconds() // 60) if r.is_open else None
            )
            items.append(item)
        print_json_lines(items)
        return 0
    if not rows:
        print("没有未解决的投诉。" if args.open else "还没有投诉记录。")
        return 0
    for r in rows:
        state = f"已等待 {waiting_text(r.waiting(now))}" if r.is_open else "已解决"
        who = r.member or "（非成员）"
        print(f"#{r.id}  {r.received_at:%Y-%m-%d %H:%M}  {who}  {r.category}  {state}  {r.text}")
    return 0

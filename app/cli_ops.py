"""CLI commands of the write path: `tag add|remove`, `undo`, `audit`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli import CliError, open_ctx, print_json_lines

CLI_SOURCE = "cli"


def _since(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.replace("/", "-").replace(".", "-"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"无法识别的日期「{text}」，请写成 2026-11-01 或 2026-11-01T08:00。"
        ) from None


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("tag", parents=[common], help="给成员加标签或移除标签（可撤销）")
    p.add_argument("action", choices=["add", "remove"], help="add 加上，remove 移除")
    p.add_argument("tag", help="标签，可写成「组:标签」")
    p.add_argument("member_ids", nargs="+", type=int, metavar="MEMBER_ID", help="成员编号")
    p.set_defaults(handler=cmd_tag)

    p = sub.add_parser("undo", parents=[common], help="撤销命令行做的最后一次修改")
    p.set_defaults(handler=cmd_undo)

    p = sub.add_parser("audit", parents=[common], help="操作记录：谁在何时改了什么")
    p.add_argument("--member", type=int, default=None, help="只看这位成员（编号）")
    p.add_argument("--since", type=_since, default=None, help="从这一天起（例如 2026-11-01）")
    p.add_argument("--limit", type=int, default=1000, help="最多列出多少条（默认 1000）")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    p.set_defaults(handler=cmd_audit)


def cmd_tag(args: argparse.Namespace) -> int:
    from app.members.tag_ops import AddTags, RemoveTags

    ctx = open_ctx(args)
    try:
        ids = tuple(dict.fromkeys(args.member_ids))
        missing = ctx.members.missing(ids)
        if missing:
            shown = "、".join(str(m) for m in missing[:10])
            raise CliError(f"没有编号为 {shown} 的成员：没有做任何修改。", 2)
        op = (AddTags if args.action == "add" else RemoveTags)(ids, (args.tag,))
        done = ctx.run(op, CLI_SOURCE)
    finally:
        ctx.close()
    n = len({m for m, _ in done.value})
    verb = "加上" if args.action == "add" else "移除"
    print(f"已给 {n} 位成员{verb}标签「{args.tag}」（操作 #{done.op_id}，可用 shequn undo 撤销）。")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        op_id = ctx.ops.last_undoable(CLI_SOURCE)
        if op_id is None:
            raise CliError("命令行还没有可以撤销的操作。", 2)
        done = ctx.ops.undo(op_id, CLI_SOURCE)
    finally:
        ctx.close()
    print(f"已撤销操作 #{op_id}：{done.label}。")
    sentence = getattr(done.value, "sentence", None)
    if callable(sentence):  # an undo that has more to say (an import: what it kept)
        print(sentence())
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        entity = "member" if args.member is not None else None
        items = ctx.audit.history(entity, args.member, args.since, args.limit)
    finally:
        ctx.close()
    if args.json:
        print_json_lines([i.to_json() for i in items])
        return 0
    if not items:
        print("没有操作记录。")
        return 0
    for i in items:
        change = _describe(i.before, i.after)
        print(
            f"{i.at:%Y-%m-%d %H:%M:%S}  {i.source:<10} {i.entity} #{i.entity_id}  {i.action}  {change}"
        )
    return 0


def _describe(before: Any, after: Any) -> str:
    if before is None and after is None:
        return ""
    return f"{before} → {after}"

"""CLI commands of the member CRM: demo, members, backup, restore, check."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

from app.cli import add_filter_args, filter_from_args, open_ctx, print_json_lines
from app.members.domain import MemberRow

JSON_KEYS = (
    "id",
    "nickname",
    "name",
    "wechat",
    "phone",
    "qq",
    "gender",
    "city",
    "skin_type",
    "role",
    "tags",
    "groups",
    "joined",
    "birthday",
    "points",
    "note",
    "status",
    "tier",
    "level",
    "last_active",
    "last_contacted",
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="用示例社群填充（空）数据库")
    p.add_argument("--members", type=int, default=1000, help="成员数（默认 1000）")
    p.add_argument("--seed", type=int, default=7, help="随机种子（相同种子得到相同数据）")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("members", parents=[common], help="列出成员（可筛选）")
    add_filter_args(p)
    p.add_argument("--json", action="store_true", help="每行输出一个 JSON 对象")
    p.add_argument("--limit", type=int, default=None, help="最多输出多少位")
    p.add_argument("--sort", default="id", help="排序字段（id, nickname, joined, points …）")
    p.set_defaults(handler=cmd_members)

    p = sub.add_parser("backup", parents=[common], help="备份数据库")
    p.add_argument(
        "dest", nargs="?", default=None, help="备份文件或目录（默认：这个数据库自己的备份目录）"
    )
    p.add_argument("--list", action="store_true", help="列出这个数据库的备份")
    p.add_argument("--json", action="store_true", help="与 --list 一起：每行一个 JSON 对象")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="从备份恢复数据库（先自动备份当前数据库）")
    p.add_argument("file")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("check", parents=[common], help="检查数据库完整性")
    p.set_defaults(handler=cmd_check)
    register_forget(sub, common)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import fill

    ctx = open_ctx(args)
    started = time.perf_counter()
    result = fill(ctx.session_factory, members=args.members, seed=args.seed)
    print(
        f"已创建示例社群：{result.members} 位成员，{result.groups} 个群，{result.tags} 个标签"
        f"（{time.perf_counter() - started:.1f} 秒）。"
    )
    return 0


def row_json(row: MemberRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "nickname": row.nickname,
        "name": row.name,
        "wechat": row.wechat,
        "phone": row.phone,
        "qq": row.qq,
        "gender": row.gender,
        "city": row.city,
        "skin_type": row.skin_type,
        "role": row.role,
        "tags": sorted(row.tags),
        "groups": sorted(row.groups),
        "joined": _iso(row.joined),
        "birthday": _iso(row.birthday),
        "points": row.points,
        "note": row.note,
        "status": row.status,
        "tier": row.tier,
        "level": row.level,
        "last_active": _iso(row.last_active),
        "last_contacted": _iso(row.last_contacted),
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def cmd_members(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    member_filter = filter_from_args(ctx, args)
    ids = ctx.query.ids(member_filter, sort=args.sort)
    if args.limit is not None:
        ids = ids[: args.limit]
    out = sys.stdout
    for start in range(0, len(ids), 2000):
        rows = ctx.query.rows(ids[start : start + 2000])
        if args.json:
            print_json_lines([row_json(r) for r in rows])
        else:
            for r in rows:
                tags = "、".join(r.tags)
                out.write(
                    f"{r.id:>6}  {r.nickname}\t{r.name}\t{r.wechat or ''}\t{r.phone or ''}\t"
                    f"{r.skin_type or ''}\t{r.role or ''}\t{tags}\n"
                )
    if not args.json:
        print(f"共 {len(ids)} 位成员。", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if args.list:
        return _list_backups(args)
    ctx = open_ctx(args)
    try:
        path = ctx.maintenance.backup(Path(args.dest) if args.dest else None, source="cli")
    finally:
        ctx.close()
    print(f"已备份并校验：{path}")
    return 0


def _list_backups(args: argparse.Namespace) -> int:
    from app.backups import list_backups
    from app.cli import CliError
    from db.locations import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    if path is None:
        raise CliError("团队数据库（PostgreSQL）的备份由服务器管理（pg_dump）。", 2)
    infos = list_backups(path)
    if args.json:
        print_json_lines(
            [
                {
                    "file": str(i.path),
                    "made_at": i.made_at.isoformat(sep=" "),
                    "reason": i.reason,
                    "members": i.members,
                    "size": i.size,
                }
                for i in infos
            ]
        )
    elif not infos:
        print("这个数据库还没有备份。")
    else:
        for i in infos:
            print(
                f"{i.made_at:%Y-%m-%d %H:%M:%S}  {i.reason_label:<4} {i.members:>7} 位成员  "
                f"{i.size / 1e6:6.1f} MB  {i.path}"
            )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    # The current database is not opened through the app: it may be the damaged one.
    from app.backups import restore_into
    from app.cli import CliError
    from app.opening import database_file

    path = database_file(getattr(args, "db", None))
    if path is None:
        raise CliError("团队数据库（PostgreSQL）请用服务器自带的工具恢复（pg_restore）。", 2)
    safety = restore_into(path, Path(args.file))
    from app.ops import RecordEvent

    ctx = open_ctx(args)  # the restored database records that it was restored
    try:
        ctx.run(
            RecordEvent("restore", f"从备份 {Path(args.file).name} 恢复", {"file": args.file}),
            "cli",
        )
    finally:
        ctx.close()
    if safety is None:
        print(f"已从 {args.file} 恢复。")
    elif ".damaged" in safety.name:
        print(f"已从 {args.file} 恢复；损坏的数据库已改名为 {safety}")
    else:
        print(f"已从 {args.file} 恢复；恢复前的数据库已备份到 {safety}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    cut_short = ctx.imports.interrupted()
    for item in cut_short:
        print(item.sentence())
    ctx.imports.dismiss_interrupted(cut_short)
    problems = ctx.maintenance.check()
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    print("数据库完好。")
    return 0


def register_forget(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "forget",
        parents=[common],
        help="永久删除一位成员（个人信息保护）：数据库、日志、备份都不留",
    )
    p.add_argument("member_ids", nargs="+", type=int, metavar="MEMBER_ID", help="成员编号")
    p.add_argument("--yes", action="store_true", help="不再询问，直接删除")
    p.set_defaults(handler=cmd_forget)


def cmd_forget(args: argparse.Namespace) -> int:
    from app.cli import CliError
    from app.erasure import forget

    ctx = open_ctx(args)
    try:
        if not args.yes:
            names = []
            for member_id in args.member_ids:
                try:
                    detail = ctx.members.get(member_id)
                except Exception:
                    continue
                names.append(f"#{member_id} {detail.nickname or detail.name}")
            if not sys.stdin.isatty():
                raise CliError("永久删除不能撤销：确认无误后加上 --yes 再运行。没有删除任何人。", 2)
            answer = input(f"永久删除 {'、'.join(names)}？不能撤销。输入 yes 确认：")
            if answer.strip().lower() != "yes":
                raise CliError("已取消，没有删除任何人。", 2)
        report = forget(ctx, list(dict.fromkeys(args.member_ids)), "cli")
    finally:
        ctx.close()
    print(report.sentence())
    return 0

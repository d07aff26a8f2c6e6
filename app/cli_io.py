"""CLI commands for Excel in and out: `shequn import` and `shequn export`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from app.cli import CliError, add_filter_args, filter_from_args, open_ctx
from app.cli_ops import CLI_SOURCE
from app.errors import FileRefusedError, ValidationError

REFUSED = 2
MAX_PROBLEMS_SHOWN = 50


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="从 Excel/WPS/CSV 名单导入成员")
    p.add_argument("file", help=".xlsx、.xlsm、.xls、.ods 或 .csv 文件")
    p.add_argument("--sheet", default=None, help="工作表名称（默认：自动找表头最匹配的工作表）")
    p.add_argument(
        "--preset", default=None, help="列映射方案（如「企业微信客户导出」「QQ群成员导出」）"
    )
    p.add_argument(
        "--on-duplicate",
        choices=["merge", "skip", "new"],
        default="merge",
        help="与已有成员重复时：merge 合并（默认）、skip 跳过、new 新建",
    )
    p.add_argument(
        "--group",
        default=None,
        metavar="NAME",
        help="把文件里的所有成员加入这个已有的社群（入群日期取表格的入群时间，没有则为今天）；"
        "会超出群容量时整个导入被拒绝",
    )
    p.add_argument("--dry-run", action="store_true", help="只检查并预览，不写入数据库")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", parents=[common], help="把成员导出为 .xlsx（或 .csv）")
    p.add_argument("file", help="目标文件：.xlsx，或以 .csv 结尾则导出 CSV")
    add_filter_args(p)
    p.add_argument("--mask-phones", action="store_true", help="手机号打码（138****1234）")
    p.add_argument(
        "--columns",
        default=None,
        help="要导出的列，逗号分隔（如 nickname,wechat,phone,tags）；默认常用列",
    )
    p.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    from app.importing.columns import target_label
    from app.importing.model import ImportOptions

    path = Path(args.file)
    ctx = open_ctx(args)
    cut_short = ctx.imports.interrupted()
    for item in cut_short:
        print(f"注意：{item.sentence()}", file=sys.stderr)
    ctx.imports.dismiss_interrupted(cut_short)
    started = time.perf_counter()
    options = ImportOptions(
        sheet=args.sheet, preset=args.preset, on_duplicate=args.on_duplicate, group=args.group
    )
    try:
        plan = ctx.imports.plan(path, options)
    except (FileRefusedError, ValidationError) as exc:
        raise CliError(str(exc), REFUSED) from None
    counts = plan.counts()
    result = None
    op_id = None
    joining, group_warning = 0, None
    if args.dry_run:  # the refusal the import would give, before anything is said to be fine
        try:
            joining, group_warning = ctx.imports.group_preview(plan)
        except ValidationError as exc:
            raise CliError(str(exc), REFUSED) from None
    if not args.dry_run and not plan.members:
        for p in plan.problems[:MAX_PROBLEMS_SHOWN]:
            sys.stdout.write("问题：" + p.sentence() + "\n")
        raise CliError(
            f"「{plan.file_name}」没有可导入的行（{len(plan.problems)} 行有问题，见上）：数据库没有改动。",
            REFUSED,
        )
    if not args.dry_run:
        if ctx.maintenance.path is not None:  # a verified copy to go back to, whatever happens
            ctx.maintenance.backup(reason="before-import", source=CLI_SOURCE)
        done = ctx.run(ctx.imports.apply_op(plan), CLI_SOURCE)
        result, op_id = done.value, done.op_id
    seconds = time.perf_counter() - started
    near = ctx.imports.near_duplicates(result.batch_id) if result is not None else []
    problems = [p for p in plan.problems]
    if args.json:
        data: dict[str, Any] = {
            "file": plan.file_name,
            "sheet": plan.sheet,
            "header_row": plan.header_row + 1,
            "dry_run": bool(args.dry_run),
            "rows": plan.rows_read,
            "skipped_rows": plan.rows_skipped,
            "file_duplicates": plan.file_duplicates,
            **counts,
            "batch_id": result.batch_id if result else None,
            "op": op_id,
            "conflicts": [vars_of(c) for c in (result.conflicts if result else ())],
            "group": plan.group_name or None,
            "group_joined": result.group_joined if result else joining,
            "group_warning": result.group_warning if result else group_warning,
            "near_duplicates": [n.as_dict() for n in near],
            "problem_list": [
                {
                    "sheet": p.sheet,
                    "row": p.row,
                    "column": p.column,
                    "value": p.value,
                    "reason": p.reason,
                    "severity": p.severity,
                }
                for p in problems
            ],
            "seconds": round(seconds, 2),
        }
        print(json.dumps(data, ensure_ascii=False))
        return 0
    out = sys.stdout
    verb = "预览（未写入）" if args.dry_run else "已导入"
    out.write(
        f"{verb}「{plan.file_name}」工作表「{plan.sheet}」（表头在第 {plan.header_row + 1} 行）："
        f"新建 {counts['new']} 位，合并 {counts['merge']} 位，跳过 {counts['skip']} 位，"
        f"问题行 {counts['problems']} 行，提示 {counts['warnings']} 条"
        f"（{seconds:.1f} 秒）。\n"
    )
    if plan.file_duplicates or plan.rows_skipped:
        out.write(
            f"文件内同一人的重复行已合并 {plan.file_duplicates} 行；空行、合计行和重复表头 "
            f"{plan.rows_skipped} 行已跳过。\n"
        )
    for p in problems[:MAX_PROBLEMS_SHOWN]:
        out.write(("问题：" if p.severity == "error" else "提示：") + p.sentence() + "\n")
    if len(problems) > MAX_PROBLEMS_SHOWN:
        out.write(f"……另有 {len(problems) - MAX_PROBLEMS_SHOWN} 条未列出（用 --json 查看全部）。\n")
    if result is not None:
        for c in result.conflicts[:MAX_PROBLEMS_SHOWN]:
            out.write(
                f"冲突：成员 {c.member_id} 的{target_label(c.field)}保留原值「{c.existing}」，"
                f"表格中为「{c.imported}」。\n"
            )
        if plan.group_name:
            out.write(f"已把 {result.group_joined} 位成员加入社群「{plan.group_name}」。\n")
        if result.group_warning:
            out.write("提示：" + result.group_warning + "\n")
        for n in near[:MAX_PROBLEMS_SHOWN]:
            out.write(
                f"可能是同一人：新导入的 #{n.imported_id}「{n.imported_nickname}」与已有的 "
                f"#{n.existing_id}「{n.existing_nickname}」昵称相近，确认后可在成员页合并。\n"
            )
        if len(near) > MAX_PROBLEMS_SHOWN:
            out.write(
                f"……另有 {len(near) - MAX_PROBLEMS_SHOWN} 对昵称相近的成员（用 --json 查看全部）。\n"
            )
        out.write(
            f"导入批次编号 {result.batch_id}（操作 #{op_id}），可用 shequn undo "
            "或在「导入记录」中整批撤销。\n"
        )
    elif plan.group_name:
        out.write(f"导入后将有 {joining} 位成员加入社群「{plan.group_name}」。\n")
        if group_warning:
            out.write("提示：" + group_warning + "\n")
    return 0


def vars_of(obj: Any) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in obj.__slots__}


def cmd_export(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    member_filter = filter_from_args(ctx, args)
    columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else None
    result = ctx.exports.export(
        Path(args.file), member_filter, columns=columns, mask_phones=args.mask_phones, source="cli"
    )
    print(f"已导出 {result.rows} 位成员到 {result.path}（{result.seconds:.1f} 秒）。")
    return 0

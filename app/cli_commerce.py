"""CLI commands of products and purchases: `products`, `purchases`, `purchases-import`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import CliError, open_ctx, print_json_lines

CLI_SOURCE = "cli"


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip().replace("/", "-").replace(".", "-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"无法识别的日期「{text}」，请写成 2026-11-01。") from None


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("products", parents=[common], help="产品列表（含已下架）")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    p.set_defaults(handler=cmd_products)

    p = sub.add_parser("purchases", parents=[common], help="购买记录（新的在前）")
    p.add_argument("--member", type=int, default=None, metavar="ID", help="只看这位成员")
    p.add_argument("--from", dest="since", type=_day, default=None, metavar="D", help="从这一天起")
    p.add_argument("--to", dest="until", type=_day, default=None, metavar="D", help="到这一天为止")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    p.set_defaults(handler=cmd_purchases)

    p = sub.add_parser(
        "purchases-import",
        parents=[common],
        help="导入团购订单表（快团团等导出：下单人/商品/数量/金额/下单时间）",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=".xlsx/.xls/.csv 订单表")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入")
    p.add_argument("--json", action="store_true", help="每个订单行一个 JSON 对象")
    p.set_defaults(handler=cmd_purchases_import)


def _listed(args: argparse.Namespace, rows: list[Any], empty: str) -> bool:
    """Print the rows as JSON lines, or the sentence for none; False: print them as text."""
    if args.json:
        print_json_lines([r.to_json() for r in rows])
        return True
    if not rows:
        print(empty)
        return True
    return False


def cmd_products(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        rows = ctx.products.products()
    finally:
        ctx.close()
    if _listed(args, rows, "还没有产品。在窗口的「产品」页新建，或运行 shequn demo 看示例。"):
        return 0
    for r in rows:
        state = "" if r.active else "  [已下架]"
        aliases = f"（{'、'.join(r.aliases)}）" if r.aliases else ""
        unsuitable = f"  不适合：{'、'.join(r.unsuitable)}" if r.unsuitable else ""
        print(
            f"#{r.id}  {r.name}{aliases}  ¥{r.price:g}  {r.category}"
            f"  购买 {r.purchases} 笔 / {r.buyers} 人{unsuitable}{state}"
        )
    return 0


def cmd_purchases(args: argparse.Namespace) -> int:
    from app.commerce.domain import PurchaseFilter
    from app.errors import NotFoundError
    from app.members.domain import UNNAMED

    if args.since and args.until and args.since > args.until:
        raise CliError("--from 的日期晚于 --to 的日期：没有这样的时间段。", 2)
    ctx = open_ctx(args)
    try:
        if args.member is not None:
            try:
                ctx.members.get(args.member)
            except NotFoundError:
                raise CliError(f"没有编号为 {args.member} 的成员。", 2) from None
        rows = ctx.purchases.purchases(PurchaseFilter(args.member, None, args.since, args.until))
    finally:
        ctx.close()
    if _listed(args, rows, "没有符合条件的购买记录。"):
        return 0
    for r in rows:
        refund = (
            f"  已退款 {r.refunded_on.isoformat()}（{r.refund_reason}）" if r.refunded_on else ""
        )
        warn = f"  ⚠ {r.warning}" if r.warning else ""
        print(
            f"#{r.id}  {r.bought_on.isoformat()}  {r.member or UNNAMED}（#{r.member_id}）  {r.product}"
            f" ×{r.quantity}  ¥{r.amount:g}{warn}{refund}"
        )
    return 0


def cmd_purchases_import(args: argparse.Namespace) -> int:
    from app.commerce.order_sheet import summary
    from app.commerce.purchase_ops import RecordPurchases

    if not args.file.is_file():
        raise CliError(f"找不到文件「{args.file}」。", 2)
    ctx = open_ctx(args)
    try:
        plan = ctx.purchases.preview_sheet(args.file)
        lines = plan.lines()
        done = None
        if lines and not args.dry_run:
            done = ctx.run(RecordPurchases(lines, "sheet"), CLI_SOURCE)
    finally:
        ctx.close()
    if args.json:
        print_json_lines([e.to_json() for e in plan.entries])
    else:
        print(summary(plan))
        for e in plan.entries:
            if e.decision != "matched":
                reason = e.problem or (
                    f"昵称「{e.buyer}」有 {len(e.candidates)} 位成员（#"
                    + "、#".join(map(str, e.candidates))
                    + "），请在表里补上微信号或手机号"
                    if e.candidates
                    else f"找不到「{e.buyer}」这位成员"
                )
                print(f"  第 {e.row} 行未导入：{reason}")
        if done is not None:
            print(
                f"已记录 {len(done.value.ids)} 笔购买（操作 #{done.op_id}，可用 shequn undo 撤销）。"
            )
            for w in done.value.warnings:
                print(f"  ⚠ {w.sentence()}")
        elif args.dry_run:
            print("预览：没有写入任何购买。")
    return 0

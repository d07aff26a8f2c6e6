"""`shequn paste`: a 接龙 or a list of names from the chat, as sign-ups, check-ins or orders.

Only certain matches are recorded from the command line; unsure and unmatched lines are listed
(exit 0 with what was recorded, or 2 when nothing could be). With `--create-unmatched` each
unmatched line becomes a new member (the pasted name as her nickname) in the same undoable
step. Orders are recorded as purchases from a paste on `--date` (default today); lines
recorded by an earlier run are named and skipped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import CliError, open_ctx, print_json_lines
from app.cli_activities import _day
from app.cli_ops import CLI_SOURCE
from app.commerce.domain import Recorded
from app.errors import ValidationError
from app.paste.keys import fill_pending
from app.paste.parser import ORDERS
from app.paste.paste_ops import PasteResult
from app.paste.service import KIND_TEXT, Preview, PreviewLine, order_lines, plan_operation

DECISION_TEXT = {
    "matched": "认出",
    "ambiguous": "待确认",
    "unmatched": "没认出",
    "duplicate": "重复",
}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("paste", parents=[common], help="粘贴接龙：把群里的接龙记成报名、打卡或订单")
    p.add_argument("file", metavar="FILE", help="接龙文字文件；- 表示从标准输入读")
    p.add_argument("--as", dest="kind", required=True, choices=("orders", "signups", "checkins"))
    p.add_argument("--activity", type=int, default=None, help="活动编号（报名、打卡）")
    p.add_argument("--date", default=None, help="打卡日期或订单的购买日期（默认今天）")
    p.add_argument("--product", default="", help="没写产品的行算哪个产品（订单）")
    p.add_argument(
        "--create-unmatched",
        action="store_true",
        help="没认出的行新建为成员（群里写的名字作昵称），和这次记录一起，可一步撤销；"
        "默认只列出、不记录",
    )
    p.add_argument("--dry-run", action="store_true", help="只显示认出的成员，不记录")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    p.set_defaults(handler=cmd_paste)


def read_text(name: str) -> str:
    data = sys.stdin.buffer.read() if name == "-" else _read_file(name)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CliError(f"「{name}」不是文字文件（既不是 UTF-8 也不是 GBK）：没有做任何修改。", 2)


def _read_file(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise CliError(f"读不了文件「{name}」（{exc.strerror}）：没有做任何修改。", 2) from None


def line_json(
    p: PreviewLine, kind: str, applied: bool, created: dict[str, int] | None = None
) -> dict[str, Any]:
    m = p.match
    member = m.member_id if m else None
    if p.new_member and created:
        member = created.get(p.line.name.strip())
    out: dict[str, Any] = {
        "line": p.line.line,
        "text": p.line.text,
        "kind": p.line.kind,
        "name": p.line.name or None,
        "member_id": member,
        "candidates": [c.member_id for c in m.candidates] if m else [],
        "confidence": round(m.confidence, 3) if m else 0.0,
        "decision": m.decision if m else None,
        "note": (m.note if m else "") or p.line.skipped,
        "problem": p.problem or p.product_problem or None,
        "applied": applied,
        "new_member": p.new_member,
    }
    if kind == ORDERS:
        out["items"] = [
            {
                "product": i.product,
                "quantity": i.quantity,
                "product_id": i.product_id,
                "product_name": i.name or None,
                "recorded": i.recorded,
                "warning": i.warning or None,
            }
            for i in p.items
        ]
    return out


def _describe(p: PreviewLine, kind: str, applied: bool, created: dict[str, int]) -> str:
    m = p.match
    assert m is not None
    who = ""
    if p.new_member:
        mid = created.get(p.line.name.strip())
        who = f"→ 新成员 #{mid}" if mid is not None else "→ 新成员"
    elif m.member_id is not None:
        who = f"→ #{m.member_id} {m.candidates[0].label if m.candidates else ''}"
    elif m.candidates:
        who = "候选 " + "、".join(f"#{c.member_id} {c.label}" for c in m.candidates)
    items = ""
    if kind == ORDERS:
        items = " ".join(f"{i.name or i.product or '（没写产品）'}×{i.quantity}" for i in p.items)
    state = "已记录" if applied else DECISION_TEXT.get(m.decision, m.decision)
    if p.new_member and not applied:
        state = "将新建"
    note = " ".join(x for x in (p.problem or m.note, p.product_problem) if x)
    warn = " ".join(f"⚠ {i.warning}" for i in p.items if i.warning and not i.recorded)
    text = f"第 {p.line.line} 行  {p.line.name}  {who}  {m.confidence:.2f} {state} {items} {note}"
    return f"{text} {warn}".rstrip()


def cmd_paste(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    day = _day(args.date) if args.date else None
    ctx = open_ctx(args)
    fill_pending(ctx.session_factory)  # keys an import or a migration left to be filled
    try:
        preview: Preview = ctx.paste.preview(
            text,
            args.kind,
            activity_id=args.activity,
            day=day,
            product=args.product,
            create_unmatched=args.create_unmatched,
        )
        applied: set[int] = set()
        created: dict[str, int] = {}
        done = None
        if not args.dry_run:
            try:
                done = ctx.run(plan_operation(preview), CLI_SOURCE)
            except ValidationError as exc:
                _print(preview, args, applied, created)
                raise CliError(str(exc), 2) from None
            applied = {p.line.line for p in preview.to_record()}
            if isinstance(done.value, PasteResult):
                created = dict(zip(preview.new_members(), done.value.created, strict=True))
        _print(preview, args, applied, created)
    finally:
        ctx.close()
    if done is not None and not args.json:
        value = done.value.value if isinstance(done.value, PasteResult) else done.value
        if created:
            print(f"新建了 {len(created)} 位成员（没认出的行）：" + "、".join(created))
        if preview.kind == ORDERS:
            recorded: Recorded = value
            print(
                f"已记录 {len(applied)} 行订单，共 {len(recorded.ids)} 笔购买"
                f"（操作 #{done.op_id}，可用 shequn undo 撤销）。"
            )
            for w in recorded.warnings:
                print(f"  ⚠ {w.sentence()}")
        else:
            what = KIND_TEXT[preview.kind]
            print(f"已记录 {len(applied)} 行{what}（操作 #{done.op_id}，可用 shequn undo 撤销）。")
    return 0


def _print(
    preview: Preview, args: argparse.Namespace, applied: set[int], created: dict[str, int]
) -> None:
    if args.json:
        print_json_lines(
            [line_json(p, preview.kind, p.line.line in applied, created) for p in preview.lines]
        )
        return
    for p in preview.entries:
        print(_describe(p, preview.kind, p.line.line in applied, created))
    if again := preview.recorded_lines():
        lines = "、".join(map(str, again))
        print(f"第 {lines} 行以前已经记录过，这次没有再记。")
    if preview.kind == ORDERS and args.dry_run:
        for o in order_lines(preview):
            product = o.product or "（未指定产品）"
            who = f"新成员「{o.new_member}」" if o.new_member else f"成员 #{o.member_id}"
            print(
                f"订单：第 {o.line} 行 {who} {product}×{o.quantity}"
                f" → {o.name or '（没有这个产品）'}"
            )
        print(f"预览（{preview.day}）：没有写入任何购买。")

"""CLI command `shequn groups [--json]`: every group with platform, fill, parent and leader."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import open_ctx, print_json_lines
from app.members.domain import PLATFORMS


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("groups", parents=[common], help="列出所有群：平台、人数/容量、小组、组长")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    p.set_defaults(handler=cmd_groups)


def cmd_groups(args: argparse.Namespace) -> int:
    ctx = open_ctx(args)
    try:
        groups = ctx.groups.list_groups()
    finally:
        ctx.close()
    if args.json:
        print_json_lines(
            [
                {
                    "id": g.id,
                    "name": g.name,
                    "platform": g.platform,
                    "capacity": g.capacity,
                    "members": g.member_count,
                    "parent": g.parent_id,
                    "leader": g.leader_id,
                    "archived": g.archived,
                }
                for g in groups
            ]
        )
        return 0
    if not groups:
        print("还没有群：用窗口里的“社群”页新建一个。")
    names = {g.id: g.name for g in groups}
    for g in groups:
        parts = [
            f"#{g.id}",
            g.name,
            PLATFORMS.get(g.platform, g.platform),
            f"{g.member_count}/{g.capacity} 人",
        ]
        if g.parent_id is not None:
            parts.append(f"属于「{names.get(g.parent_id, g.parent_id)}」")
        if g.leader_name:
            parts.append(f"组长 {g.leader_name}")
        if g.archived:
            parts.append("已归档")
        print("  ".join(str(p) for p in parts))
    return 0

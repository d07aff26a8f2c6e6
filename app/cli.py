"""The `shequn` command: opens the window, or runs the core from the command line."""

from __future__ import annotations

import argparse
import importlib
import io
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from app.errors import ShequnError

# Modules that add sub-commands (every `app/cli_*.py`, in this order, then the rest by name);
# each has `register(subparsers, common) -> None` and sets `handler=function(args) -> int`.
FIRST_COMMAND_MODULES = ["app.cli_members", "app.cli_io", "app.cli_calendar", "app.cli_ops"]


def command_modules() -> list[str]:
    import pkgutil

    import app

    found = sorted(
        f"app.{m.name}" for m in pkgutil.iter_modules(app.__path__) if m.name.startswith("cli_")
    )
    return [m for m in FIRST_COMMAND_MODULES if m in found] + [
        m for m in found if m not in FIRST_COMMAND_MODULES
    ]


class CliError(ShequnError):
    """An error that ends the command with a given exit code (message on stderr)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def add_filter_args(parser: argparse.ArgumentParser) -> None:
    """The member filters shared by `members` and `export`."""
    parser.add_argument(
        "--search",
        default="",
        help="搜索昵称、姓名、微信号、手机、QQ、头衔、擅长、备注（支持拼音）",
    )
    parser.add_argument(
        "--tag", action="append", default=[], help="带有这个标签（可重复，须全部满足）"
    )
    parser.add_argument("--any-tag", action="append", default=[], help="带有其中任一标签（可重复）")
    parser.add_argument("--no-tag", action="append", default=[], help="不带这个标签（可重复）")
    parser.add_argument("--skin-type", action="append", default=[], help="肤质（可重复）")
    parser.add_argument("--role", action="append", default=[], help="角色/头衔（可重复）")
    parser.add_argument(
        "--status", action="append", default=[], help="状态：active, silent, zombie, left, blocked"
    )
    parser.add_argument("--group", action="append", default=[], help="所在群的名称（可重复）")
    parser.add_argument("--segment", default=None, help="已保存分群的名称")
    parser.add_argument("--trash", action="store_true", help="回收站中的成员")
    from app.members.list_args import add_list_filter_args

    add_list_filter_args(parser)


def filter_from_args(ctx: Any, args: argparse.Namespace) -> Any:
    """Build a MemberFilter from the filter arguments (skin-type synonyms accepted)."""
    from app.members.domain import MemberFilter

    base = MemberFilter()
    if args.segment:
        found = [s for s in ctx.segments.list() if s.name == args.segment]
        if not found:
            raise CliError(f"没有名为「{args.segment}」的分群。")
        base = found[0].filter
    skin = ctx.vocab.skin_types()
    skin_types = tuple(skin.require(x) or "" for x in args.skin_type)
    group_ids: list[int] = []
    if args.group:
        groups = {g.name: g.id for g in ctx.groups.list_groups()}
        for name in args.group:
            if name not in groups:
                raise CliError(f"没有名为「{name}」的群。")
            group_ids.append(groups[name])
    from dataclasses import replace

    from app.members.list_args import list_filter_values

    return replace(
        base,
        search=" ".join(x for x in (base.search, args.search) if x),
        tags_all=base.tags_all + tuple(args.tag),
        tags_any=base.tags_any + tuple(args.any_tag),
        tags_none=base.tags_none + tuple(args.no_tag),
        skin_types=base.skin_types + skin_types,
        roles=base.roles + tuple(args.role),
        statuses=base.statuses + tuple(args.status),
        group_ids=base.group_ids + tuple(group_ids),
        trash=args.trash or base.trash,
        **list_filter_values(args, base),
    )


_OPENED: list[Any] = []  # contexts a command opened: closed when it returns


def open_ctx(args: argparse.Namespace) -> Any:
    from app.bootstrap import open_context

    ctx = open_context(getattr(args, "db", None))
    _OPENED.append(ctx)
    return ctx


def _close_opened() -> None:
    """Close what the command opened: the last connection's close copies the write-ahead log
    into the database file and removes it, so the window's next start reads the file as it is
    (a log left behind is read like a crash's, after a check of the whole file)."""
    while _OPENED:
        try:
            _OPENED.pop().close()
        except Exception:  # the command's own outcome is what the caller is told
            pass


def print_json_lines(items: Sequence[dict[str, Any]]) -> None:
    out = sys.stdout
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="数据库：文件路径或 SQLAlchemy URL（默认读 SHEQUN_DB，否则用户数据目录）",
    )
    parser = argparse.ArgumentParser(
        prog="shequn",
        parents=[common],
        description="社群管家：社群运营的离线成员管理、内容日历与 Excel 工具。",
    )
    parser.add_argument("--lang", choices=["zh", "en"], default=None, help="界面语言")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        importlib.import_module(name).register(sub, common)
    return parser


def main(
    argv: Sequence[str] | None = None,
    open_window: Callable[[str | None, str | None], int] | None = None,
) -> int:
    """Run a sub-command; without one, open the window through `open_window` (given by ui)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
    if open_window is not None:
        # The window needs two options, not the whole command set: building every sub-command
        # imports every area of the core, which the first paint of the window waits for.
        shell = argparse.ArgumentParser(add_help=False)
        shell.add_argument("--db", default=None)
        shell.add_argument("--lang", choices=["zh", "en"], default=None)
        known, rest = shell.parse_known_args(argv)
        if not rest:
            return open_window(known.db, known.lang)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        if open_window is None:
            parser.print_help()
            return 0
        return open_window(getattr(args, "db", None), args.lang)
    try:
        return handler(args)
    except BrokenPipeError:
        # The reader went away (`shequn members --json | head`): stop quietly, no traceback.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except CliError as exc:
        print(f"shequn: {exc}", file=sys.stderr)
        return exc.code
    except ShequnError as exc:  # a refusal: one sentence, nothing changed
        print(f"shequn: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("shequn: 已取消。", file=sys.stderr)
        return 130
    finally:
        _close_opened()


if __name__ == "__main__":
    # Run as `python -m app.cli` this file is `__main__`, a second copy of `app.cli`: the
    # commands import `open_ctx` from `app.cli`, so that module's `main` runs (and closes).
    from app.cli import main as cli_main

    raise SystemExit(cli_main())

"""The `shequn` console entry point: the core's CLI, with the window as the no-argument command."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _open_window(db: str | None, lang: str | None) -> int:
    os.environ.setdefault("QT_API", "pyside6")
    from ui.app import run

    return run(db, lang=lang)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(argv if argv is not None else sys.argv[1:], open_window=_open_window)


if __name__ == "__main__":
    raise SystemExit(main())

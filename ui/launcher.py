"""The `shequn` console entry point: the core's CLI, with the window as the no-argument command."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _open_window(db: str | None, lang: str | None) -> int:
    os.environ.setdefault("QT_API", "pyside6")
    # The core (SQLAlchemy, the models, the members' services) is imported before Qt. Once
    # PySide6 is loaded, shiboken looks at every module imported for the first time after it
    # (its `__feature__` import hook reads the module's source to find "PySide6"): loading the
    # ~170 modules of the core after Qt made the start ~190 ms slower (bench_members: cold start).
    import app.backups  # noqa: F401  (opening the database checks the file with it)
    import app.bootstrap  # noqa: F401
    from ui.app import run

    return run(db, lang=lang)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(argv if argv is not None else sys.argv[1:], open_window=_open_window)


if __name__ == "__main__":
    raise SystemExit(main())

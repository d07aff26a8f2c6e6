"""Where the data lives: the data folder, the database URL a `--db` value names, its file.

Plain Python (no SQLAlchemy): the window locks the file and reads its first rows before the
core is imported (`app.members.first_rows`)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote

ENV_VAR = "SHEQUN_DB"
DB_FILENAME = "shequn.sqlite3"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The parts of a URL that SQLAlchemy's `make_url` reads: backend://netloc/database?query.
_URL = re.compile(r"^(?P<name>[\w+]+)://(?P<netloc>[^/?]*)(?:/(?P<database>[^?]*))?(?:\?.*)?$")


def data_dir() -> Path:
    """The user data folder (created on demand); overridable with SHEQUN_DATA_DIR for tests."""
    override = os.environ.get("SHEQUN_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("Shequn", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_url(db: str | None = None) -> str:
    """Turn `--db` (a path or an SQLAlchemy URL), `SHEQUN_DB` or the default into a URL."""
    value = db or os.environ.get(ENV_VAR) or str(data_dir() / DB_FILENAME)
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    # In a URL `?` starts the query and `#` the fragment: quoted, a folder named "备份#1?" works.
    quoted = str(path).replace("%", "%25").replace("?", "%3F").replace("#", "%23")
    return f"sqlite:///{quoted}"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite (the
    database part unquoted as `sqlalchemy.make_url` does; `tests/unit/test_locations.py`)."""
    if not is_sqlite(url):
        return None
    match = _URL.match(url)
    if match is None:
        return None
    raw = unquote(match["database"] or "")
    if not raw or raw == ":memory:":
        return None
    return Path(raw)


WAL_HEADER = 32  # bytes: a -wal no longer than its header holds no page


def wal_has_frames(db_path: Path) -> bool:
    """Whether the database's -wal holds pages: what a crash (or a copy of another database's
    -wal) leaves, which SQLite would replay into the file at its first write."""
    wal = Path(f"{db_path}-wal")
    return wal.is_file() and wal.stat().st_size > WAL_HEADER


def known_heads() -> set[str]:
    """The schema revisions this program writes (`migrations/HEADS`, kept with the scripts)."""
    return set((MIGRATIONS_DIR / "HEADS").read_text().split())

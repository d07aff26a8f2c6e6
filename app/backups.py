"""Backups of a SQLite database that can be restored: per database, verified, rotated by the
time recorded inside each backup; restore that only accepts a Shequn database, also when the
current file is damaged; diagnosis of a damaged file at start.

Each backup is a complete SQLite copy with one extra table, `shequn_backup`, that records when
it was made (and a sequence number that only grows, so a clock set back never makes the newest
backup look oldest), why, and how many members it holds. The table is dropped again on restore.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import ShequnError
from app.settings.declared import BACKUP_KEEP, DECLARED
from db.locations import data_dir, wal_has_frames

INFO_TABLE = "shequn_backup"
KEEP_RECENT: int = DECLARED[BACKUP_KEEP].default
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
SQLITE_MAGIC = b"SQLite format 3\x00"
# No space, a file larger than the system allows, over quota: the disk is full for us.
DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
REASONS = {
    "manual": "手动",
    "auto": "自动",
    "close": "关闭时",
    "before-restore": "恢复前",
    "before-import": "导入前",
    "before-migration": "升级前",
}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    seq: int
    reason: str
    members: int
    size: int

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


class DamagedDatabaseError(ShequnError):
    """The database file cannot be used as it is; `newest` is the newest good backup (or None)."""

    def __init__(self, message: str, path: Path, newest: BackupInfo | None) -> None:
        super().__init__(message)
        self.path = path
        self.newest = newest


def backup_folder(db_path: Path) -> Path:
    """The folder of this database's own backups (its name carries the database's identity)."""
    resolved = str(Path(db_path).expanduser().resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{Path(db_path).stem}-{digest}"


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def read_info(path: Path) -> BackupInfo | None:
    """What a backup file says of itself; None when it is not a readable Shequn backup."""
    try:
        with contextlib.closing(_connect_ro(path)) as conn:
            row = conn.execute(
                f"SELECT made_at, seq, reason, members FROM {INFO_TABLE} LIMIT 1"
            ).fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    return BackupInfo(
        path,
        dt.datetime.fromisoformat(row[0]),
        int(row[1]),
        row[2],
        int(row[3]),
        path.stat().st_size,
    )


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This database's backups, newest (highest sequence number) first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    infos = [i for p in folder.glob("*.sqlite3") if (i := read_info(p)) is not None]
    return sorted(infos, key=lambda i: i.seq, reverse=True)


def _check(conn: sqlite3.Connection, quick: bool = True) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    return [r for r in rows if r != "ok"]


def _members(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()[0])


def make_backup(db_path: Path, dest: Path | None = None, reason: str = "manual") -> Path:
    """Back `db_path` up (SQLite online backup), verify the copy, then rotate older ones.

    The source is checked first: a damaged database is never backed up (it would rotate good
    backups out). With `dest` (a file or a folder) the copy goes there and nothing is rotated.
    """
    src = Path(db_path)
    try:
        with contextlib.closing(sqlite3.connect(src)) as conn:
            problems = _check(conn)
            recent = _keep_recent(conn) if not problems else KEEP_RECENT
    except sqlite3.Error as exc:
        problems = [str(exc)]
    if problems:
        raise ShequnError(
            f"当前数据库检查出问题（{problems[0][:60]}），没有备份：这样旧的完好备份不会被它替换。"
            "请用“从备份恢复”恢复最近的完好备份。"
        )
    folder = backup_folder(src)
    existing = list_backups(src)
    seq = (existing[0].seq + 1) if existing else 1
    now = dt.datetime.now().replace(microsecond=0)
    name = f"shequn-{now:%Y%m%d-%H%M%S}-{seq:05d}.sqlite3"
    if dest is None:
        target = folder / name
    else:
        dest = Path(dest)
        target = dest / name if dest.is_dir() else dest
    target.parent.mkdir(parents=True, exist_ok=True)
    # The part carries the process id: a backup still running elsewhere keeps its part.
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    clean_stale_parts(target.parent)
    try:
        with (
            contextlib.closing(sqlite3.connect(src)) as source,
            contextlib.closing(sqlite3.connect(part)) as out,
        ):
            source.backup(out)
            # One self-contained file (no -wal beside it, also when it is read).
            out.execute("PRAGMA journal_mode=DELETE")
            out.execute(
                f"CREATE TABLE {INFO_TABLE} (made_at TEXT, seq INTEGER, reason TEXT, "
                "members INTEGER, source TEXT)"
            )
            out.execute(
                f"INSERT INTO {INFO_TABLE} VALUES (?, ?, ?, ?, ?)",
                (now.isoformat(), seq, reason, _members(out), str(src.resolve())),
            )
            out.commit()
            if _check(out, quick=False):
                raise ShequnError("备份副本校验失败，已丢弃；请检查磁盘后重试。")
        os.replace(part, target)
    except (OSError, sqlite3.Error) as exc:
        _drop_part(part)
        raise ShequnError(io_failure(exc, "备份")) from exc
    except BaseException:
        _drop_part(part)
        raise
    if dest is None:
        rotate(folder, keep=target, recent=recent)
    return target


def _drop_part(part: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{part}{suffix}").unlink(missing_ok=True)


def _keep_recent(conn: sqlite3.Connection) -> int:
    """The business setting `backups.keep_recent`, read from the database being backed up."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (BACKUP_KEEP,)).fetchone()
        raw = row[0] if row is not None else None
        # The JSON column comes back as text, or as a number where SQLite stored one.
        stored = json.loads(raw) if isinstance(raw, str | bytes) else raw
    except (sqlite3.Error, ValueError, TypeError):
        stored = None
    keep: int = DECLARED[BACKUP_KEEP].read(stored)
    return keep


def rotate(folder: Path, keep: Path | None = None, recent: int = KEEP_RECENT) -> list[Path]:
    """Delete backups no rule keeps: the `recent` newest (10 unless set), then one a day for a week, one a week for
    a month and one a month for a year (by the time recorded inside). Returns what was deleted."""
    infos = sorted(
        (i for p in folder.glob("*.sqlite3") if (i := read_info(p)) is not None),
        key=lambda i: i.seq,
        reverse=True,
    )
    kept: set[Path] = {i.path for i in infos[: max(1, recent)]}
    if keep is not None:
        kept.add(keep)
    buckets: dict[tuple[str, object], Path] = {}
    for info in infos:  # newest first: the first seen in a bucket is its newest backup
        day = info.made_at.date()
        for kind, key, limit in (
            ("day", day, KEEP_DAILY),
            ("week", tuple(day.isocalendar()[:2]), KEEP_WEEKLY),
            ("month", (day.year, day.month), KEEP_MONTHLY),
        ):
            if (kind, key) not in buckets and sum(1 for k in buckets if k[0] == kind) < limit:
                buckets[(kind, key)] = info.path
    kept.update(buckets.values())
    deleted = []
    for info in infos:
        if info.path not in kept:
            info.path.unlink(missing_ok=True)
            deleted.append(info.path)
    clean_stale_parts(folder)
    return deleted


def clean_stale_parts(folder: Path) -> list[Path]:
    """Remove `.NAME.<pid>.part` files left by backups that were killed (they hold member
    data); parts of backups still running in another process stay."""
    from app.importing.interrupted import process_alive

    removed = []
    # With their -journal / -wal: a part opened by SQLite has them beside it.
    for part in folder.glob(".*.part*") if folder.is_dir() else []:
        pid = part.name.rsplit(".part", 1)[0].rsplit(".", 1)[-1]
        if pid.isdigit() and process_alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            part.unlink()
            removed.append(part)
    return removed


def known_revisions() -> set[str]:
    from db.migrate import all_revisions

    return all_revisions()


def validate_backup(source: Path, work: Path) -> Path:
    """Copy `source` to `work` and check the copy is a complete Shequn database (raises if not)."""
    source = Path(source)
    refuse = f"「{source.name}」不是社群管家的完好备份，数据库未改动"
    if not source.is_file() or source.stat().st_size == 0:
        raise ShequnError(f"{refuse}（文件不存在或是空的）。")
    with open(source, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise ShequnError(f"{refuse}（不是 SQLite 文件）。")
    copy = work / "restore-candidate.sqlite3"
    try:
        with (
            contextlib.closing(_connect_ro(source)) as src,
            contextlib.closing(sqlite3.connect(copy)) as out,
        ):
            src.backup(out)
            problems = _check(out, quick=False)
            tables = {
                r[0] for r in out.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = (
                {r[0] for r in out.execute("SELECT version_num FROM alembic_version")}
                if "alembic_version" in tables
                else set()
            )
            if (
                not problems
                and {"members", "tags", "alembic_version"} <= tables
                and version
                and (version <= known_revisions())
            ):
                out.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")
                out.commit()
                return copy
    except sqlite3.Error as exc:
        raise ShequnError(f"{refuse}（{str(exc)[:60]}）。") from exc
    if problems:
        raise ShequnError(f"{refuse}（完整性检查：{problems[0][:60]}）。")
    if version and not version <= known_revisions():
        raise ShequnError(f"{refuse}（它来自更新版本的社群管家，请先升级）。")
    raise ShequnError(f"{refuse}（缺少社群管家的数据表）。")


def restore_into(db_path: Path, source: Path) -> Path | None:
    """Replace the database file with a backup, without opening the current file through the
    app (it may be damaged). The current file is first backed up when it is sound, or moved
    aside as `….damaged-<time>` when it is not. Returns that safety copy (None: no file)."""
    db_path = Path(db_path)
    work = db_path.parent / f".restore-{os.getpid()}"
    work.mkdir(parents=True, exist_ok=True)
    try:
        candidate = validate_backup(source, work)
        safety: Path | None = None
        if db_path.exists():
            if diagnose(db_path) is None:
                safety = make_backup(db_path, reason="before-restore")
            else:
                safety = move_aside(db_path)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(candidate, db_path)
        return safety
    except OSError as exc:
        raise ShequnError(io_failure(exc, "恢复")) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def move_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) to `….damaged-<time>`; returns the new name."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    os.replace(db_path, target)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


def diagnose(db_path: Path) -> str | None:
    """Why this database file cannot be opened as it is (a sentence), or None when it can.

    A missing file, or an empty one with no backup behind it, is a first start (None)."""
    db_path = Path(db_path)
    if db_path.is_dir():
        return f"「{db_path}」是一个文件夹，不是数据库文件。"
    if not db_path.exists():
        return None
    size = db_path.stat().st_size
    if size == 0:
        if list_backups(db_path):
            return f"数据库文件「{db_path.name}」是空的（0 字节），但它原来有数据（有备份）。"
        return None
    with open(db_path, "rb") as fh:
        head = fh.read(100)
    if head[:16] != SQLITE_MAGIC:
        return f"「{db_path.name}」不是社群管家的数据库，或者已经损坏（文件头不是 SQLite 数据库）。"
    wal = Path(f"{db_path}-wal")
    replay = wal_has_frames(db_path)  # checked before SQLite replays it at the first write
    try:
        with contextlib.closing(_connect_ro(db_path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            problems = _check(conn) if replay else []
    except sqlite3.DatabaseError as exc:
        refused = not_damage(exc, db_path)
        if refused is not None:
            raise ShequnError(refused) from None
        problems = [str(exc)]
        if not replay:
            return f"数据库文件「{db_path.name}」已损坏（{_short(problems)}）。"
    if not problems:
        return None
    if _sound_alone(db_path):
        return (
            f"数据库旁边的「{wal.name}」不属于这个数据库（可能是从别处复制来的，或已损坏）："
            f"带着它打开会读到错乱的数据（{_short(problems)}）。"
        )
    return f"数据库文件「{db_path.name}」已损坏（{_short(problems)}）。"


# What SQLite says when the system, not the file, is at fault: the disk is full or failing, the
# folder cannot be written (the -wal and -shm beside the file), another program holds a lock.
_DISK = ("SQLITE_FULL", "SQLITE_IOERR")
_ACCESS = ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_READONLY", "SQLITE_AUTH")
_HELD = ("SQLITE_BUSY", "SQLITE_LOCKED")


def not_damage(exc: sqlite3.Error, db_path: Path) -> str | None:
    """The sentence for an error that says nothing about the file's contents (None for one
    that may: corruption, not a database). Such a file is not offered a restore."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    file = db_path.name
    if name.startswith(_DISK):
        return (
            f"无法打开数据库「{file}」：磁盘已满或读写出错（{str(exc)[:40]}）。"
            f"打开它要在同一文件夹里建立「{file}-wal」「{file}-shm」两个小文件。"
            "数据库本身没有损坏：请腾出磁盘空间后再打开。"
        )
    if name.startswith(_ACCESS):
        return (
            f"无法打开数据库「{file}」：没有读写它或它所在文件夹的权限（{str(exc)[:40]}）。"
            "数据库本身没有损坏：请检查文件和文件夹的权限。"
        )
    if name.startswith(_HELD):
        return f"数据库「{file}」正被另一个程序占用：请关闭它后再打开。"
    return None


def _short(problems: list[str]) -> str:
    """The first problem SQLite reported, on one line."""
    text = problems[0].replace("*** in database main ***", "").strip()
    return "；".join(line.strip() for line in text.splitlines() if line.strip())[:60]


def _sound_alone(db_path: Path) -> bool:
    """Whether the database file passes the quick check without its -wal (on a copy)."""
    work = db_path.parent / f".walcheck-{os.getpid()}"
    try:
        work.mkdir(exist_ok=True)
        copy = work / db_path.name
        shutil.copyfile(db_path, copy)
        with contextlib.closing(sqlite3.connect(copy)) as conn:
            return not _check(conn)
    except (OSError, sqlite3.Error):
        return False
    finally:
        shutil.rmtree(work, ignore_errors=True)


def damaged_error(db_path: Path, problem: str) -> DamagedDatabaseError:
    newest = next(iter(list_backups(db_path)), None)
    if newest is None:
        advice = "没有找到它的备份。"
    else:
        advice = (
            f"最新的完好备份是 {newest.made_at:%Y-%m-%d %H:%M}（{newest.members} 位成员），"
            "可以用 shequn restore 或窗口里的提示恢复它；之后的修改会缺失。"
        )
    return DamagedDatabaseError(f"{problem}{advice}", db_path, newest)


def io_failure(exc: BaseException, what: str) -> str:
    """One sentence for a file write the system refused (disk full, no permission, …)."""
    text = str(exc).lower()
    code = exc.errno if isinstance(exc, OSError) else None
    if code in DISK_FULL or "full" in text:
        return f"磁盘已满：{what}没有完成，也没有留下不完整的文件。请腾出空间后重试。"
    if "disk i/o error" in text:
        return f"写入磁盘时出错（磁盘可能已满）：{what}没有完成，也没有留下不完整的文件。"
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        return f"没有写入权限：{what}没有完成。请检查文件夹权限。"
    return f"{what}没有完成（{str(exc)[:80]}）。"


def erase_from_backups(db_path: Path, member_ids: list[int]) -> tuple[int, list[Path]]:
    """Take members out of every backup of this database (PIPL erasure): their rows (and rows
    that cascade from them), the values of their audit rows, then VACUUM so no byte of them is
    left. A backup that cannot be rewritten is deleted. Returns (rewritten, deleted)."""
    if not member_ids:
        return 0, []
    marks = ",".join("?" * len(member_ids))
    rewritten, deleted = 0, []
    folder = backup_folder(db_path)
    clean_stale_parts(folder)  # a killed backup's part holds her too
    for path in sorted(folder.glob("*.sqlite3")) if folder.is_dir() else []:
        try:
            with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA secure_delete=ON")
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                conn.execute("BEGIN")
                if {"audit", "operations"} <= tables:
                    conn.execute(
                        "UPDATE operations SET args = NULL, inverse = NULL WHERE id IN "
                        f"(SELECT op_id FROM audit WHERE entity = 'member' AND entity_id IN ({marks}))",
                        member_ids,
                    )
                    conn.execute(
                        "UPDATE audit SET before = NULL, after = NULL "
                        f"WHERE entity = 'member' AND entity_id IN ({marks})",
                        member_ids,
                    )
                if "groups" in tables:
                    conn.execute(
                        f"UPDATE groups SET leader_id = NULL WHERE leader_id IN ({marks})",
                        member_ids,
                    )
                conn.execute(
                    f"DELETE FROM members WHERE id IN ({marks}) OR merged_into IN ({marks})",
                    member_ids + member_ids,
                )
                if "member_fts" in tables:
                    # A deletion only marks index entries deleted; rebuilding drops their bytes.
                    conn.execute("INSERT INTO member_fts (member_fts) VALUES ('rebuild')")
                conn.execute("COMMIT")
                conn.execute("VACUUM")
            rewritten += 1
        except sqlite3.Error:
            path.unlink(missing_ok=True)
            deleted.append(path)
    return rewritten, deleted

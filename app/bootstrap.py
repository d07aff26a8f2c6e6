"""The one place where the core is wired together: engine, migrations, services."""

from __future__ import annotations

import functools
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ShequnError
from app.members.groups import GroupService
from app.members.query import MemberQuery
from app.members.segments import SegmentService
from app.members.service import MemberService
from app.members.tags import TagService
from app.members.vocab import VocabService
from app.ops import Done, Operation, OpRunner
from app.paste.keys import fill_pending, keep_keys
from db.engine import finish_checkpoints, make_engine, make_session_factory
from db.locations import resolve_url, sqlite_path
from db.migrate import upgrade

if TYPE_CHECKING:
    from app.audit import AuditService
    from app.calendar.service import CalendarService
    from app.commerce.products import ProductService
    from app.commerce.purchases import PurchaseService
    from app.community.activity_service import ActivityService
    from app.community.complaints import ComplaintService
    from app.community.member_record import MemberRecordService
    from app.community.warnings import CareService
    from app.exporting.service import ExportService
    from app.importing.service import ImportService
    from app.maintenance import MaintenanceService
    from app.paste.service import PasteService
    from app.reports.service import ReportService
    from app.settings.declared import SettingsService


class AppContext:
    """Services over one database. Services are made on first use so start-up stays light."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.session_factory: sessionmaker[Session] = make_session_factory(engine)
        keep_keys(self.session_factory)  # the paste step's stored match keys

    @cached_property
    def vocab(self) -> VocabService:
        return VocabService(self.session_factory)

    @cached_property
    def query(self) -> MemberQuery:
        return MemberQuery(self.session_factory)

    @cached_property
    def members(self) -> MemberService:
        return MemberService(self.session_factory, self.vocab, self.ops)

    @cached_property
    def tags(self) -> TagService:
        return TagService(self.session_factory)

    @cached_property
    def groups(self) -> GroupService:
        return GroupService(self.session_factory)

    @cached_property
    def segments(self) -> SegmentService:
        return SegmentService(self.session_factory)

    @cached_property
    def calendar(self) -> CalendarService:
        from app.calendar.service import CalendarService

        return CalendarService(self.session_factory)

    @cached_property
    def care(self) -> CareService:
        from app.community.warnings import CareService

        return CareService(self.session_factory)

    @cached_property
    def complaints(self) -> ComplaintService:
        from app.community.complaints import ComplaintService

        return ComplaintService(self.session_factory)

    @cached_property
    def activities(self) -> ActivityService:
        from app.community.activity_service import ActivityService

        return ActivityService(self.session_factory)

    @cached_property
    def products(self) -> ProductService:
        from app.commerce.products import ProductService

        return ProductService(self.session_factory)

    @cached_property
    def purchases(self) -> PurchaseService:
        from app.commerce.purchases import PurchaseService

        return PurchaseService(self.session_factory)

    @cached_property
    def member_record(self) -> MemberRecordService:
        from app.community.member_record import MemberRecordService

        return MemberRecordService(
            self.session_factory, self.activities, self.care, self.complaints
        )

    @cached_property
    def settings(self) -> SettingsService:
        from app.settings.declared import SettingsService

        return SettingsService(self.session_factory)

    @cached_property
    def paste(self) -> PasteService:
        from app.paste.service import PasteService

        return PasteService(self.session_factory)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from app.maintenance import MaintenanceService

        return MaintenanceService(self.url, self.engine, self.ops)

    @cached_property
    def imports(self) -> ImportService:
        from app.importing.service import ImportService

        return ImportService(self.session_factory, self.vocab, self.ops)

    @cached_property
    def exports(self) -> ExportService:
        from app.exporting.service import ExportService

        return ExportService(self.session_factory, self.query, self.ops)

    @cached_property
    def reports(self) -> ReportService:
        from app.reports.service import ReportService

        return ReportService(self.session_factory, self.ops)

    @cached_property
    def audit(self) -> AuditService:
        from app.audit import AuditService

        return AuditService(self.session_factory)

    @cached_property
    def ops(self) -> OpRunner:
        return OpRunner(self.session_factory, self)

    def run(self, op: Operation, source: str = "window") -> Done[Any]:
        """Run one write operation (the one entry point for every write)."""
        return self.ops.run(op, source)

    def close(self) -> None:
        finish_checkpoints()
        self.engine.dispose()


def open_context(db: str | None = None, *, migrate: bool = True) -> AppContext:
    """Open (creating and migrating when needed) the database named by `db`/SHEQUN_DB/default."""
    url = resolve_url(db)
    _check_url(url)
    path = sqlite_path(url)
    if path is not None:
        from app.backups import damaged_error, diagnose

        problem = diagnose(path)
        if problem is not None:
            raise damaged_error(path, problem)
    from app.exporting.parts import clean_stale_parts

    clean_stale_parts()
    engine = make_engine(url)
    migrated = False
    try:
        if migrate:
            backup_first = None
            if path is not None:
                from app.backups import make_backup

                backup_first = functools.partial(make_backup, path, reason="before-migration")
            migrated = upgrade(engine, before=backup_first)
        else:
            with engine.connect():
                pass
    except DBAPIError as exc:
        engine.dispose()
        raise ShequnError(_open_failure(url, exc)) from exc
    ctx = AppContext(url, engine)
    if migrated:
        # A migration adds every stored name unkeyed: key them once, as part of the upgrade.
        # Keys an import leaves for later are filled by the paste command and in the window's
        # idle time (app.paste.keys.fill_pending), so an ordinary start stays quick.
        fill_pending(ctx.session_factory)
    return ctx


SUPPORTED_DIALECTS = ("sqlite", "postgresql")


def _check_url(url: str) -> None:
    """Refuse, in one sentence, a database address the app cannot use."""
    try:
        parsed = make_url(url)
    except Exception:
        raise ShequnError(
            f"无法识别的数据库地址「{url[:80]}」：请给出文件路径或 SQLAlchemy URL。"
        ) from None
    dialect = parsed.get_backend_name()
    shown = parsed.render_as_string(hide_password=True)
    if dialect not in SUPPORTED_DIALECTS:
        raise ShequnError(
            f"不支持的数据库地址「{shown}」：社群管家使用 SQLite 文件，或团队用的 PostgreSQL"
            "（postgresql+psycopg://用户@主机/库名）。"
        )
    if dialect == "sqlite" and sqlite_path(url) is None:
        raise ShequnError(
            f"数据库地址「{shown}」没有指定文件：内存数据库关掉就没了，请给出文件路径。"
        )


def _open_failure(url: str, exc: DBAPIError) -> str:
    path = sqlite_path(url)
    if path is not None:
        return (
            f"无法打开「{path}」：它不是社群管家的数据库，或者已经损坏（{str(exc.orig)[:60]}）。"
            "请选择正确的文件，或用“从备份恢复”（shequn restore）恢复。"
        )
    shown = make_url(url).render_as_string(hide_password=True)
    return f"无法连接数据库 {shown}（{str(exc.orig).strip()[:80]}）：请检查地址、用户名和服务器是否在运行。"

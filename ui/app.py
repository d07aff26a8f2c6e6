"""The composition root of the window: QApplication + qasync loop, context, runner, undo, pages."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")  # qasync would otherwise pick the first binding found

from PySide6.QtCore import QCoreApplication, QEventLoop, QLockFile, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import ShequnError
from app.members.domain import MemberFilter
from app.opening import OpeningContext, database_file, user_data_dir
from ui.backup_actions import offer_recovery, wait_for_backup
from ui.env import UiEnv
from ui.error_hook import ExceptionHook, setup_logging
from ui.i18n import Language, install_translation
from ui.runner import DbRunner
from ui.ui_settings import UiSettings

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEMO_MEMBERS = 1000
CORE_AT_THE_LATEST_MS = 1000  # a start on its first rows opens the core by then, painted or not
log = logging.getLogger(__name__)


def apply_style(app: QApplication, theme_mode: str = "system", *, sheet: bool = True) -> None:
    """Fusion style, CJK-first font, and the theme (`ui.theme`: light or dark, following the
    system unless `theme_mode` is "light" or "dark").

    Replacing the style of an application that already has widgets makes Qt re-polish them all
    against a freshly deleted style, which can crash: the style and font are set once; later
    calls only set the theme.
    """
    from ui import theme

    if not app.property("shequnStyled"):
        app.setProperty("shequnStyled", True)
        app.setStyle("Fusion")
        font = QFont()
        font.setFamilies(
            [
                "Microsoft YaHei UI",
                "PingFang SC",
                "Noto Sans CJK SC",
                "WenQuanYi Micro Hei",
                "Segoe UI",
                "sans-serif",
            ]
        )
        font.setPointSize(10)
        app.setFont(font)
    theme.install(app, theme_mode, sheet=sheet)


def _is_empty(ctx: Any) -> bool:
    """No member at all, not even in the trash (LIMIT 1 queries: start-up stays fast)."""
    return not (
        ctx.query.first_rows(MemberFilter(), 1) or ctx.query.first_rows(MemberFilter(trash=True), 1)
    )


def build_window(
    ctx: Any,
    settings: UiSettings | None,
    runner: DbRunner | None = None,
    language: Language | None = None,
    start_rows: Any = None,
) -> Any:
    """Wire runner, undo stack, env, pages and the main window (also used by the screenshots).

    With a `language`, 设置 → 界面语言 switches the interface at once; without, on restart.
    `start_rows`: see `start_context`."""
    from ui.main_window import MainWindow
    from ui.shell_pages import build_pages, install_window_hooks

    runner = runner or DbRunner()
    holder: dict[str, Any] = {}

    def show_error(exc: BaseException) -> None:
        title = QCoreApplication.translate("App", "无法完成操作")
        QMessageBox.warning(holder.get("window"), title, str(exc))

    def show_message(text: str) -> None:
        window = holder.get("window")
        if window is not None:
            window.statusBar().showMessage(text, 8000)

    env = UiEnv(
        ctx=ctx,
        runner=runner,
        show_error=show_error,
        show_message=show_message,
        settings=settings,
        language=language,
        start_rows=start_rows,
    )
    window = MainWindow(env, build_pages(env))
    env.undo_group.setParent(window)
    holder["window"] = window
    install_window_hooks(window)
    from ui.reminders import install as install_reminders

    window.reminders = install_reminders(window)
    window.when_page_built("settings", lambda page: _bind_settings_page(window, page))
    from ui.gc_idle import install as install_collector

    members: Any = window.page("members")
    # A start on its first rows (`start_context`) opens the core once they are painted.
    members.view.rows_painted.connect(env.open_core)
    window.collector = install_collector(window, members.first_rows_shown)
    from ui.key_filler import install as install_key_filler

    window.key_filler = install_key_filler(window, members.first_rows_shown)
    return window


def _bind_settings_page(window: Any, page: Any) -> None:
    """设置 → 外观与窗口 drives the 设置 menu's own theme and tray actions (the page is built
    when first shown: its module is loaded by then)."""
    from ui.settings.settings_page import SettingsPage

    if isinstance(page, SettingsPage):
        page.bind_window_actions(window.theme_actions, window.reminders.tray_action)


def first_start_choice() -> str:
    """How an unattended start begins on an empty database ("" = ask): `SHEQUN_FIRST_START`
    (import, demo or blank); the timed start (`SHEQUN_EXIT_AFTER_FIRST_ROWS`) takes the demo."""
    from ui.first_start import CHOICES

    wanted = os.environ.get("SHEQUN_FIRST_START", "")
    if wanted in CHOICES:
        return wanted
    return "demo" if os.environ.get("SHEQUN_EXIT_AFTER_FIRST_ROWS") == "1" else ""


async def _fill_demo(window: Any, ctx: Any, dialog: Any) -> None:
    from app.demo import fill

    text = QCoreApplication.translate("App", "正在创建示例社群（{n} 位成员），首次启动只需几秒…")
    dialog.show_filling(text.format(n=DEMO_MEMBERS))
    loop = asyncio.get_running_loop()

    def progress(done: int, total: int) -> None:
        loop.call_soon_threadsafe(dialog.set_progress, done)

    await window.env.runner.run(fill, ctx.session_factory, DEMO_MEMBERS, 7, None, progress)
    dialog.show_done(
        QCoreApplication.translate(
            "FirstStartDialog",
            "已为你创建示例社群：{n} 位虚构成员、内容日历、活动和商品，可以随意试用。\n"
            "准备好以后，用“文件 → 导入 Excel…”导入自己的成员。",
        ).format(n=DEMO_MEMBERS)
    )


async def first_start(window: Any, ctx: Any, choice: str = "") -> str:
    """The empty database's welcome: ask (or take `choice`), then import, demo or blank."""
    from ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(DEMO_MEMBERS, window)
    window.first_start_dialog = dialog
    if choice:
        dialog.choice = choice
    else:
        answered: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def on_chosen(key: str) -> None:
            if not answered.done():
                answered.set_result(key)

        dialog.chosen.connect(on_chosen)
        dialog.open()
        choice = await answered
    if choice == "demo":
        dialog.open()
        await _fill_demo(window, ctx, dialog)
        if os.environ.get("SHEQUN_EXIT_AFTER_FIRST_ROWS") == "1":
            dialog.accept()
    elif choice == "import":
        from ui.importing.install import open_wizard

        dialog.accept()
        open_wizard(window)
    else:
        dialog.accept()
        window.env.show_message(
            QCoreApplication.translate(
                "FirstStartDialog",
                "从空白开始：用“文件 → 导入 Excel…”导入名单，或在成员页添加成员。",
            )
        )
    return choice


async def _start(window: Any, ctx: Any, first_page: str, timed: bool = False) -> None:
    """Once the core is open (after the first rows, when the window started on them): the
    reminders, the automatic backup, the first start's welcome, the saved lists, the page.
    A core that cannot be opened after all is said, and the window closes."""
    if not await window.env.core_ready():
        QMessageBox.critical(
            window, QCoreApplication.translate("App", "无法打开数据库"), str(ctx.failure)
        )
        window.close()
        QCoreApplication.exit(1)
        return
    if not timed:
        from ui.auto_backup import AutoBackup

        window.reminders.start()  # whatever page is open, from the first minute
        window.auto_backup = AutoBackup(window.env, parent=window)
    if await window.env.runner.run(_is_empty, ctx):
        await first_start(window, ctx, first_start_choice())
    window.reload_segments()
    window.show_page(first_page)


async def _after_first_rows(window: Any, ctx: Any) -> None:
    """What waits for the first rows and the core: warming the pinyin table, the notice of an
    interrupted import, the other pages (built when idle), the integrity check."""
    env: UiEnv = window.env
    if not await env.core_ready():
        return
    from app.text import warm_pinyin
    from ui.shell_pages import build_rest_when_idle

    env.runner.submit(warm_pinyin)
    # Said once the window shows its rows: the check loads the import service.
    env.tasks.spawn(notice_interrupted_imports(window, ctx))
    build_rest_when_idle(window.pages())
    QTimer.singleShot(1500, lambda: env.tasks.spawn(integrity_check(window, ctx)))


def _open_context(db: str | None) -> Any:
    from app.bootstrap import open_context

    return open_context(db)


def open_with_recovery(db: str | None) -> Any:
    """The core's context on `db`; a database that cannot be opened is offered its recovery
    (None when it stays closed: the reason was shown)."""
    try:
        return _open_context(db)
    except ShequnError as exc:
        if offer_recovery(exc):
            try:
                return _open_context(db)
            except ShequnError as again:
                exc = again
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开数据库"), str(exc))
        return None


def start_context(db: str | None, db_file: Path | None, first_page: str) -> tuple[Any, Any]:
    """The context and the reader of the first rows: a SQLite file that opens as it is, for a
    window that starts on the Members page, paints its first rows from the file and opens the
    core behind them (`app.members.first_rows`, `UiEnv.core_ready`); any other start opens the
    core first. (None, None) when the database cannot be opened."""
    if first_page == "members":
        from app.members.first_rows import FirstRows

        reader = FirstRows.open(db_file)
        if reader is not None:
            return OpeningContext(lambda: _open_context(db)), reader
    return open_with_recovery(db), None


async def notice_interrupted_imports(window: Any, ctx: Any) -> list[str]:
    """Say, in a notice that does not block the window, that an import was cut short the last
    time (the program killed, the power gone): once, then it is forgotten. Returns what was said."""
    # `ctx.imports` is made on the worker: building the import service loads its modules
    # (~50 ms), which would hold the window right after its first rows.
    items = await window.env.runner.run(lambda: ctx.imports.interrupted())
    if not items:
        return []
    said = [item.sentence() for item in items]
    await window.env.runner.run(ctx.imports.dismiss_interrupted, items)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Recovery", "上次导入没有完成"),
        "\n".join(said),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("interruptedImportNotice")
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return said


async def integrity_check(window: Any, ctx: Any) -> list[str]:
    """Run `ctx.maintenance.check()` in the runner; warn (with what to do) when it finds problems."""
    problems: list[str] = await window.env.runner.run(ctx.maintenance.check)
    if problems:
        text = QCoreApplication.translate(
            "App",
            "数据库完整性检查发现问题：\n{problems}\n建议从“文件 → 从备份恢复”恢复最近的备份。",
        )
        QMessageBox.warning(
            window,
            QCoreApplication.translate("App", "数据库检查"),
            text.format(problems="\n".join(problems[:10])),
        )
    return problems


def backup_on_close(env: UiEnv, ctx: Any, parent: Any = None) -> Path | None:
    """The automatic (rotating) backup when the window closes, on the worker (after the edits
    already queued) while the window keeps painting behind a "正在备份…" window that waits for
    it; a failed backup is logged and never keeps the app from closing. A core that was never
    opened (the window closed on its first rows, or it failed to open) changed nothing."""
    if isinstance(ctx, OpeningContext) and not ctx.is_open:
        return None
    if ctx.maintenance.path is None:
        return None
    try:
        return wait_for_backup(env.runner.submit(ctx.maintenance.backup, None, "close"), parent)
    except Exception:
        log.exception("automatic backup on close failed")
        return None


def finish_pending_work(env: UiEnv, app: QCoreApplication, timeout: float = 15.0) -> None:
    """At exit: let edits already queued (e.g. the field committed by closing the window) reach
    the database, for at most `timeout` seconds; then stop waiting and shut the worker down.

    Cancelling first would lose them: a queued write that has not started yet is cancelled too.
    """
    if env.core_unasked():
        env.tasks.cancel_all()  # only waiting for the core: no edit can have been made yet
    deadline = time.monotonic() + timeout
    while not env.tasks.idle and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.001)
    env.tasks.cancel_all()
    app.processEvents()
    env.runner.shutdown()


def run(db: str | None = None, lang: str | None = None) -> int:
    """Open the window on `db` (path or URL; default: the user data folder). Returns the exit code."""
    import qasync

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Shequn")
    app.setApplicationDisplayName("社群管家")
    app.setApplicationVersion("0.1.0")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
    data = user_data_dir()
    hook = ExceptionHook(setup_logging(data / "logs"))
    hook.install()
    settings = UiSettings(data / "shequn-ui.ini")
    # `install_translation` looked up here, not bound at import: tests replace it.
    language = Language(app, lang or settings.get("ui/language"), installer=install_translation)
    # Colours now, the stylesheet once the window is built (see `theme.install`).
    apply_style(app, settings.get("ui/theme"), sheet=False)

    db_file = database_file(db)
    lock = None
    if db_file is not None:
        lock = QLockFile(str(db_file) + ".lock")
        if not lock.tryLock(200):
            text = QCoreApplication.translate(
                "App",
                "数据库「{path}」已经在另一个社群管家窗口中打开。\n请切换到那个窗口；同一个数据库同时只能打开一次。",
            )
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "社群管家已经打开"),
                text.format(path=db_file),
            )
            return 1
    first_page = settings.get("window/page")
    ctx, start_rows = start_context(db, db_file, first_page)
    if ctx is None:
        return 1

    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    window = build_window(ctx, settings, language=language, start_rows=start_rows)
    apply_style(app, settings.get("ui/theme"))
    env: UiEnv = window.env
    exit_after_first_rows = os.environ.get("SHEQUN_EXIT_AFTER_FIRST_ROWS") == "1"
    members = window.page("members")

    def on_rows_painted() -> None:
        print("first-rows-painted" + ("" if app.styleSheet() else " unstyled"), flush=True)
        app.quit()

    if exit_after_first_rows:
        # The timed start ends at its painted rows: the core is not opened behind them.
        members.view.rows_painted.disconnect(env.open_core)
        members.view.rows_painted.connect(on_rows_painted)
    else:
        # Rows that never paint (a window started minimised) must not keep the core closed.
        QTimer.singleShot(CORE_AT_THE_LATEST_MS, env.open_core)
        members.first_rows_shown.connect(lambda: env.tasks.spawn(_after_first_rows(window, ctx)))

    backing_up: list[bool] = []

    def on_closing() -> None:
        # A second close while the backup runs must not start another one (or end this one).
        if not exit_after_first_rows and settings.get("backup/on_close") and not backing_up:
            backing_up.append(True)
            backup_on_close(env, ctx, window)

    window.closing.connect(on_closing)
    geometry = settings.get("window/geometry")
    if not geometry.isEmpty():
        window.restoreGeometry(geometry)
        window.restoreState(settings.get("window/state"))
    window.show()
    env.tasks.spawn(_start(window, ctx, first_page, timed=exit_after_first_rows))
    try:
        code = app.exec()
    finally:
        finish_pending_work(env, app)
        ctx.close()
        if lock is not None:
            lock.unlock()
        hook.uninstall()
        loop.stop()
        loop.close()
    return int(code)

"""The window's reminder service: one timer, whatever page is open, even under a modal dialog.

Every `CHECK_EVERY_MS` the service hands `ReminderCore.check` to the DB worker
(`DbRunner.submit`, a plain future, no asyncio task) and gets the result back through a queued
Qt signal, so a modal dialog's nested event loop delivers it like any other event. What was
announced is remembered in the UI settings (`reminders/shown`), so each reminder comes once.

Where the platform has a system tray (`QSystemTrayIcon.isSystemTrayAvailable()`) the reminder
is a tray notification; elsewhere an in-app banner over the window shows it. The tray icon also
lets the window close to the tray (business setting `window.close_to_tray`, default off).
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShequnError
from app.members.domain import MemberFilter
from app.reminders import (
    CONTACT_DAYS,
    Reminder,
    ReminderCore,
    decode_shown,
    encode_shown,
    forget_old,
)
from ui import theme
from ui.env import UiEnv
from ui.later import later
from ui.operations import UndoText
from ui.wording import joined

if TYPE_CHECKING:
    from app.settings import declared
else:
    declared = later("app.settings.declared")

CHECK_EVERY_MS = 30_000
FIRST_CHECK_MS = 3_000  # after start: the first rows of the window come first
MESSAGE_MS = 15_000
log = logging.getLogger(__name__)


def reminder_text(r: Reminder) -> tuple[str, str]:
    """(headline, detail) of a reminder in the interface language."""
    at = f"{r.at:%H:%M}"
    if r.kind == "post":
        return QCoreApplication.translate("Reminders", "%1 要发：%2").replace("%1", at).replace(
            "%2", r.subject
        ), r.body[:120]
    if r.kind == "draft":
        return (
            QCoreApplication.translate("Reminders", "%1 的「%2」还是草稿")
            .replace("%1", at)
            .replace("%2", r.subject),
            QCoreApplication.translate(
                "Reminders", "这一期固定栏目马上到时间了：写完后改为“待发”。"
            ),
        )
    if r.kind == "birthday":
        more = QCoreApplication.translate("Reminders", " 等") if r.count > len(r.names) else ""
        return (
            QCoreApplication.translate("Reminders", "今天有 %1 位成员过生日").replace(
                "%1", str(r.count)
            ),
            joined(r.names) + more,
        )
    if r.kind == "follow_up":
        return (
            QCoreApplication.translate("Reminders", "%1 位成员超过 %2 天未联系")
            .replace("%1", str(r.count))
            .replace("%2", str(CONTACT_DAYS)),
            QCoreApplication.translate("Reminders", "在成员页看看该联系谁了：") + joined(r.names),
        )
    return QCoreApplication.translate(
        "Reminders", "周一了：生成上周的周报"
    ), QCoreApplication.translate("Reminders", "在“报表”页导出上周的社群周报。")


class ReminderNotice(QFrame):
    """The in-app notification over the top of the window: the reminders and what to do."""

    copy_requested = Signal(object)  # Reminder
    done_requested = Signal(object)
    open_requested = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            f"#reminderBanner {{ background: {theme.token('warn_soft')};"
            f" border: 1px solid {theme.token('warn_border')}; border-radius: 6px; }}"
        )
        self.reminders: list[Reminder] = []
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.copy_button.clicked.connect(lambda: self._emit(self.copy_requested))
        self.done_button.clicked.connect(self._on_done_clicked)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.close_button.clicked.connect(self.dismiss)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 10, 10)
        box.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.copy_button, self.done_button, self.open_button, self.close_button):
            row.addWidget(button)
        box.addLayout(row)
        self.retranslate()
        self.hide()
        parent.installEventFilter(self)

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("复制正文"))
        self.done_button.setText(self.tr("标记已发"))
        self.open_button.setText(self.tr("查看"))
        self.close_button.setText(self.tr("知道了"))
        if self.reminders:
            self._fill()

    def add(self, reminders: Sequence[Reminder]) -> None:
        """Show these reminders (newest first) above those still on the banner."""
        keys = {r.key for r in reminders}
        self.reminders = [*reminders, *(r for r in self.reminders if r.key not in keys)]
        self._fill()
        self._place()
        self.show()
        self.raise_()

    def dismiss(self) -> None:
        self.reminders = []
        self.hide()

    def _fill(self) -> None:
        lines = []
        for r in self.reminders[:3]:
            head, detail = reminder_text(r)
            lines.append(f"⏰ {head}" + (f"\n    {detail.splitlines()[0]}" if detail else ""))
        if len(self.reminders) > 3:
            lines.append(self.tr("（另有 %1 条）").replace("%1", str(len(self.reminders) - 3)))
        self.label.setText("\n".join(lines))
        first = self.reminders[0]
        self.copy_button.setVisible(first.kind in ("post", "draft") and bool(first.body))
        self.done_button.setVisible(first.kind == "post")
        self.open_button.setText(
            self.tr("生成周报…") if first.kind == "weekly_report" else self.tr("查看")
        )

    def _emit(self, signal: Any) -> None:
        if self.reminders:
            signal.emit(self.reminders[0])

    def _on_done_clicked(self) -> None:
        if self.reminders:
            self.done_requested.emit(self.reminders.pop(0))
        if self.reminders:
            self._fill()
            self._place()
        else:
            self.hide()

    def _place(self) -> None:
        """Bottom right over the window's content, like a desktop notification."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(560, max(360, parent.width() // 2))
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else 0
        self.setFixedSize(width, max(height, self.minimumSizeHint().height()))
        bottom = parent.height() - 12
        if isinstance(parent, QMainWindow):
            central = parent.centralWidget()
            if central is not None:
                bottom = central.geometry().bottom() - 12
        self.move(parent.width() - width - 16, bottom - self.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            if self.isVisible():
                self._place()
        return False


class ReminderService(QObject):
    """Starts with the main window; checks every half minute; tray, else banner.

    `clock` returns the local time (tests drive it); `tray_available` whether to use the tray
    (defaults to `QSystemTrayIcon.isSystemTrayAvailable`).
    """

    reminded = Signal(object)  # list[Reminder], once announced
    _finished = Signal(object)  # the worker's Future, delivered on the UI thread
    _setting_read = Signal(bool, int)

    def __init__(
        self,
        env: UiEnv,
        window: Any,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        tray_available: Callable[[], bool] | None = None,
        core: ReminderCore | None = None,
    ) -> None:
        super().__init__(window)
        self.env = env
        self.window = window
        self.clock = clock
        self._core = core  # made on the first check: the core may still be opening now
        self._tray_available = tray_available or QSystemTrayIcon.isSystemTrayAvailable
        stored = env.settings.get("reminders/shown") if env.settings is not None else []
        self.shown: dict[str, dt.datetime] = decode_shown(stored)
        self.checking = False
        self.close_to_tray = False  # the business setting, read on the worker
        self.tray: QSystemTrayIcon | None = None
        self.last_message: tuple[str, str] | None = None  # what the tray showed last
        self._latest: list[Reminder] = []
        self.banner = ReminderNotice(window)
        self.banner.copy_requested.connect(self.copy_body)
        self.banner.done_requested.connect(self.mark_published)
        self.banner.open_requested.connect(self.open_reminder)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)
        self._first_check = QTimer(self)  # a child: it dies with the service
        self._first_check.setSingleShot(True)
        self._first_check.setInterval(FIRST_CHECK_MS)
        self._first_check.timeout.connect(self.check_now)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._setting_read.connect(self.apply_close_setting, Qt.ConnectionType.QueuedConnection)
        self._toggles = 0  # the user's toggles of the setting, to drop reads made before one
        self._applying = False  # showing the stored value: not a toggle of hers
        # One action for the 设置 menu and the 设置 page (外观与窗口), which follows its toggled.
        self.tray_action = QAction(self)
        self.tray_action.setCheckable(True)
        self.tray_action.toggled.connect(self._on_tray_action_toggled)
        env.runner.changed.connect(self._on_changed)

    @property
    def core(self) -> ReminderCore:
        if self._core is None:
            env = self.env
            self._core = ReminderCore(env.ctx.session_factory, lambda: env.ctx.calendar)
        return self._core

    # --- life ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the timer (and the tray icon where there is a tray); first check shortly."""
        if self.tray_in_use():
            self._ensure_tray()
        self.timer.start()
        self._first_check.start()
        self._read_close_setting()

    def stop(self) -> None:
        self.timer.stop()
        self._first_check.stop()
        if self.tray is not None:
            self.tray.hide()

    def tray_in_use(self) -> bool:
        return bool(self._tray_available())

    def hide_on_close(self) -> bool:
        """Whether closing the window should only hide it (the setting, and a tray to return)."""
        return self.close_to_tray and self.tray is not None and self.tray_in_use()

    def retranslate(self) -> None:
        self.tray_action.setText(self.tr("关闭窗口时最小化到托盘"))
        self.banner.retranslate()
        if self.tray is not None:
            self._fill_tray_menu()

    # --- checking -----------------------------------------------------------------------------
    def check_now(self) -> bool:
        """Ask the worker what is due now; False when a check is still running or it is closed."""
        if self.checking:
            return False
        if self.env.runner.closed:
            self.timer.stop()
            return False
        now = self.clock()
        try:
            future = self.env.runner.submit(self.core.check, now, dict(self.shown))
        except RuntimeError:  # the worker is shutting down
            self.timer.stop()
            return False
        self.checking = True
        future.add_done_callback(lambda done: self._deliver(done, now))
        return True

    def _deliver(self, future: Future[list[Reminder]], now: dt.datetime) -> None:
        """On the worker thread: hand the result to the UI thread (a queued signal)."""
        try:
            self._finished.emit((future, now))
        except RuntimeError:  # the service is gone (the window closed meanwhile)
            pass

    def _on_finished(self, result: tuple[Future[list[Reminder]], dt.datetime]) -> None:
        future, now = result
        self.checking = False
        try:
            due = future.result()
        except ShequnError as exc:
            log.warning("reminder check failed: %s", exc)
            return
        except Exception as exc:  # a bug: logged with its traceback by the hook
            self.timer.stop()
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        if not due:
            return
        self.shown.update({r.key: now for r in due})
        self.shown = forget_old(self.shown, now)
        if self.env.settings is not None:
            self.env.settings.set("reminders/shown", encode_shown(self.shown))
        self.notify(due)

    def notify(self, due: list[Reminder]) -> None:
        """Tray notification where there is a tray, else the banner."""
        self._latest = list(due)
        if self.tray_in_use():
            self._ensure_tray()
            assert self.tray is not None
            head, detail = reminder_text(due[0])
            if len(due) > 1:
                detail += "\n" + self.tr("（另有 %1 条）").replace("%1", str(len(due) - 1))
            self.last_message = (head, detail)
            self._fill_tray_menu()
            self.tray.showMessage(head, detail, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        else:
            self.banner.add(due)
        self.reminded.emit(due)

    # --- what a reminder leads to ---------------------------------------------------------------
    def copy_body(self, r: Reminder) -> None:
        QApplication.clipboard().setText(r.body)

    def mark_published(self, r: Reminder) -> None:
        if r.post_id is None:
            return
        from app.calendar.post_ops import SetPostStatus

        at = self.clock().replace(microsecond=0)
        self.env.ops.push(
            self.env.stack_for("calendar"),
            SetPostStatus(r.post_id, "published", at),
            UndoText.translate("ReminderService", "标记「%1」为已发").fill(r.subject),
        )

    def open_reminder(self, r: Reminder) -> None:
        """Show the page a reminder is about (birthdays and follow-ups: the member list)."""
        self.banner.dismiss()
        self.show_window()
        if r.kind in ("post", "draft"):
            self.window.show_page("calendar")
            page = self.window.page("calendar")
            if hasattr(page, "go_to"):
                page.go_to(r.at.date())
        elif r.kind in ("birthday", "follow_up"):
            self.window.show_page("members")
            f = (
                MemberFilter(birthday_days=0)
                if r.kind == "birthday"
                else MemberFilter(contact_days=CONTACT_DAYS)
            )
            self.window.page("members").set_filter(f)
        else:
            self.window.show_page("reports")
            page = self.window.page("reports")
            if hasattr(page, "write_last_week"):
                page.write_last_week()  # the file dialog for last week's report

    def show_window(self) -> None:
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    # --- tray ---------------------------------------------------------------------------------
    def _ensure_tray(self) -> None:
        if self.tray is not None:
            return
        app = QApplication.instance()
        icon = self.window.windowIcon() if self.window is not None else QIcon()
        if icon.isNull() and isinstance(app, QApplication):
            icon = app.windowIcon()
        if icon.isNull() and isinstance(app, QApplication):
            icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip(self.tr("社群管家"))
        self.tray.setContextMenu(QMenu())
        self.tray.activated.connect(self._on_tray_activated)
        self.tray.messageClicked.connect(self._on_message_clicked)
        self._fill_tray_menu()
        self.tray.show()

    def _fill_tray_menu(self) -> None:
        assert self.tray is not None
        menu = self.tray.contextMenu()
        menu.clear()
        menu.addAction(self.tr("打开社群管家"), self.show_window)
        if self._latest:
            first = self._latest[0]
            if first.kind in ("post", "draft") and first.body:
                menu.addAction(
                    self.tr("复制「%1」的正文").replace("%1", first.subject),
                    lambda: self.copy_body(first),
                )
            if first.kind == "post":
                menu.addAction(
                    self.tr("标记「%1」为已发").replace("%1", first.subject),
                    lambda: self.mark_published(first),
                )
        menu.addSeparator()
        quit_window = getattr(self.window, "quit", None)
        if callable(quit_window):
            menu.addAction(self.tr("退出"), quit_window)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    def _on_message_clicked(self) -> None:
        if self._latest:
            self.open_reminder(self._latest[0])
        else:
            self.show_window()

    # --- the close-to-tray setting ----------------------------------------------------------------
    def _read_close_setting(self) -> None:
        if self.env.runner.closed:
            return
        future = self.env.runner.submit(self.env.ctx.settings.get, declared.CLOSE_TO_TRAY)
        asked = self._toggles
        future.add_done_callback(lambda done: self._deliver_setting(done, asked))

    def _deliver_setting(self, future: Future[Any], asked: int = 0) -> None:
        try:
            value = bool(future.result())
        except Exception:
            log.exception("reading %s failed", declared.CLOSE_TO_TRAY)
            return
        try:
            self._setting_read.emit(value, asked)
        except RuntimeError:
            pass

    def apply_close_setting(self, value: bool, asked: int | None = None) -> None:
        if asked is not None and asked != self._toggles:
            return  # read before the user's own toggle: what she chose since wins
        self.close_to_tray = value
        self._applying = True  # toggled still goes out: every place showing it follows
        try:
            self.tray_action.setChecked(value)
        finally:
            self._applying = False

    def _on_tray_action_toggled(self, checked: bool) -> None:
        if self._applying:
            return
        from app.settings.setting_ops import SetSetting

        self._toggles += 1
        self.close_to_tray = checked
        self.env.tasks.spawn(self.env.ops.run(SetSetting(declared.CLOSE_TO_TRAY, checked)))

    def _on_changed(self, changes: object) -> None:
        if "settings" in getattr(changes, "areas", frozenset()):
            self._read_close_setting()


def install(
    window: Any,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
    tray_available: Callable[[], bool] | None = None,
) -> ReminderService:
    """The window's reminder service, its setting in the 设置 menu; `start()` starts it."""
    service = ReminderService(window.env, window, clock, tray_available)
    service.tray_action.setEnabled(service.tray_in_use())
    window.add_action("settings", service.tray_action)
    window.retranslated.connect(service.retranslate)
    service.retranslate()
    return service

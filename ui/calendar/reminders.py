"""Desktop reminders while the app runs: a tray notification (or an in-app banner) before a post."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)
from qasync import asyncSlot

from app.calendar.domain import PostInfo
from app.errors import ShequnError
from ui.env import UiEnv

CHECK_EVERY_MS = 30_000


class ReminderController(QObject):
    """Asks the core every 30 s which scheduled posts are due within N minutes; announces each once.

    `clock` is injected (tests drive time); `check()` can be awaited directly.
    """

    reminded = Signal(object)  # list[PostInfo]

    def __init__(
        self,
        env: UiEnv,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        minutes: int = 10,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.clock = clock
        self.core = env.ctx.calendar.reminder_clock(minutes, clock)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.tray: QSystemTrayIcon | None = None

    def start(self) -> None:
        self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.core.minutes = minutes

    @asyncSlot()
    async def _on_timer_timeout(self) -> None:
        if self.env.runner.closed:  # the window closed, this page not deleted yet
            self.timer.stop()
            return
        await self.check()

    async def check(self) -> list[PostInfo]:
        # The stamp is the reminder clock's bookkeeping, not an edit: a plain service write
        # (see PostService.mark_reminded). A failure other than a domain error reaches the
        # exception hook from the timer's slot.
        try:
            due = await self.env.runner.run(self.core.tick)
            if due:
                await self.env.runner.run(
                    self.env.ctx.calendar.posts.mark_reminded, [p.id for p in due], self.clock()
                )
        except ShequnError as exc:
            self.env.show_error(exc)
            return []
        if due:
            self._notify_tray(due)
            self.reminded.emit(due)
        return due

    def _notify_tray(self, due: list[PostInfo]) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return  # the page's in-app banner is the notification then
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            if icon.isNull() and isinstance(app, QApplication):
                icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setContextMenu(QMenu())
            self.tray.show()
        post = due[0]
        menu = self.tray.contextMenu()
        menu.clear()
        copy = QAction(self.tr("复制「%1」的正文").replace("%1", post.title), menu)
        copy.triggered.connect(lambda: QApplication.clipboard().setText(post.body))
        done = QAction(self.tr("标记「%1」为已发").replace("%1", post.title), menu)
        done.triggered.connect(lambda: self.mark_requested.emit(post))
        menu.addActions([copy, done])
        when = post.planned_at.strftime("%H:%M") if post.planned_at else ""
        more = self.tr("（另有 %1 条）").replace("%1", str(len(due) - 1)) if len(due) > 1 else ""
        self.tray.showMessage(
            self.tr("%1 要发：%2").replace("%1", when).replace("%2", post.title),
            post.body[:120] + more,
            QSystemTrayIcon.MessageIcon.Information,
            15_000,
        )

    mark_requested = Signal(object)  # PostInfo: the tray's "mark published"


class ReminderBanner(QFrame):
    """The in-app notification: which post is due, with 复制正文 and 标记已发 buttons."""

    mark_requested = Signal(object)  # PostInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.post: PostInfo | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("复制正文"))
        self.done_button = QPushButton(self.tr("标记已发"))
        close = QPushButton(self.tr("关闭"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.done_button)
        row.addWidget(close)
        self.hide()

    def show_posts(self, posts: list[PostInfo]) -> None:
        self.post = posts[0]
        when = self.post.planned_at.strftime("%H:%M") if self.post.planned_at else ""
        text = self.tr("⏰ %1 要发：「%2」").replace("%1", when).replace("%2", self.post.title)
        if len(posts) > 1:
            text += self.tr("（另有 %1 条）").replace("%1", str(len(posts) - 1))
        self.label.setText(text)
        self.show()

    def _on_copy_clicked(self) -> None:
        if self.post is not None:
            QApplication.clipboard().setText(self.post.body)

    def _on_done_clicked(self) -> None:
        if self.post is not None:
            self.mark_requested.emit(self.post)
            self.hide()

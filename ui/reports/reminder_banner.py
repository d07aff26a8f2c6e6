"""The Monday offer of the boss report: a banner above the pages, shown once a week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.reports.periods import Period
from app.reports.reminder import weekly_report_due
from ui import theme

CHECK_EVERY_MS = 30 * 60 * 1000  # a window left open over the weekend offers it on Monday
OFFERED_KEY = "reports/offered"


class ReportBanner(QFrame):
    """ "上周的老板周报可以生成了" with a button that opens the file dialog, and a close button."""

    accepted = Signal()

    def __init__(self, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = period
        self.setObjectName("reportBanner")
        self.setStyleSheet(
            f"#reportBanner {{ background: {theme.token('accent_soft')};"
            f" border-bottom: 1px solid {theme.token('accent_border')}; }}"
        )
        self.text = QLabel(
            self.tr("周一了：上周（{range}）的老板周报可以生成了。").format(range=period.text())
        )
        self.write_button = QPushButton(self.tr("生成上周老板周报…"))
        self.write_button.setObjectName("bannerReportButton")
        self.close_button = QPushButton(self.tr("不用了"))
        self.close_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.write_button)
        layout.addWidget(self.close_button)
        self.write_button.clicked.connect(self._on_write_button_clicked)
        self.close_button.clicked.connect(self.hide)

    def _on_write_button_clicked(self) -> None:
        self.hide()
        self.accepted.emit()


class ReportReminder:
    """Asks `weekly_report_due` at start and every half hour; shows the banner when due and
    remembers the day it was offered (UI settings), so it is offered once a week."""

    def __init__(
        self,
        window: Any,
        page: Any = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self.window, self.page, self.now = window, page, now
        self.settings = window.env.settings
        self.offered: dt.date | None = self._read()
        self.banner: ReportBanner | None = None
        self.timer = QTimer(window)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _page(self) -> Any:
        """The 报表 page (given, or the window's: built when the offer is taken)."""
        return self.page if self.page is not None else self.window.page("reports")

    def _read(self) -> dt.date | None:
        text = self.settings.get(OFFERED_KEY) if self.settings is not None else ""
        try:
            return dt.date.fromisoformat(text) if text else None
        except ValueError:
            return None

    def check(self) -> ReportBanner | None:
        """Show the offer if it is due now; returns the banner shown (None: not due)."""
        period = weekly_report_due(self.now(), self.offered)
        if period is None:
            return None
        self.offered = self.now().date()
        if self.settings is not None:
            self.settings.set(OFFERED_KEY, self.offered.isoformat())
        if self.banner is not None:
            self.banner.deleteLater()
        self.banner = ReportBanner(period)
        self.banner.accepted.connect(lambda: self._page().choose_report_file(period))
        self.window.show_banner(self.banner)
        return self.banner

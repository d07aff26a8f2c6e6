"""The first start on an empty database: a welcome that stays, and three ways to begin.

导入名单 opens the import wizard, 使用示例社群 fills the demo community (its progress and then
the welcome stay in this dialog until the user clicks 开始使用), 从空白开始 leaves the
database empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CHOICES = ("import", "demo", "blank")


class FirstStartDialog(QDialog):
    """Asks how to begin; `chosen` carries "import", "demo" or "blank"."""

    chosen = Signal(str)

    def __init__(self, demo_members: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("欢迎使用社群管家"))
        self.setMinimumWidth(560)
        self.choice = ""
        self.heading = QLabel(self.tr("欢迎使用社群管家"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel(
            self.tr(
                "成员、内容日历和活动都只保存在这台电脑上，不需要联网。\n"
                "数据库还是空的：选一个开始的方式。"
            )
        )
        self.message.setWordWrap(True)
        self.import_button = QCommandLinkButton(
            self.tr("导入名单"),
            self.tr("从 Excel、WPS 或 CSV 名单导入你的成员（也可以把文件拖到窗口上）。"),
        )
        self.demo_button = QCommandLinkButton(
            self.tr("使用示例社群"),
            self.tr("先用 %1 位虚构成员、内容日历和活动随意试用；之后再导入自己的名单。").replace(
                "%1", str(demo_members)
            ),
        )
        self.blank_button = QCommandLinkButton(
            self.tr("从空白开始"),
            self.tr("一个空的社群：成员可以一位一位添加，随时可以再导入名单。"),
        )
        for button, key in (
            (self.import_button, "import"),
            (self.demo_button, "demo"),
            (self.blank_button, "blank"),
        ):
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
        self.progress = QProgressBar()
        self.progress.setRange(0, demo_members)
        self.progress.hide()
        self.start_button = QPushButton(self.tr("开始使用"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.accept)
        self.start_button.hide()
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        for button in (self.import_button, self.demo_button, self.blank_button):
            layout.addWidget(button)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self.demo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.chosen.emit(key)
        if key != "demo":
            self.accept()

    def reject(self) -> None:
        """Esc or the window's close button before a choice: start blank. (Closed while the
        demo is written, the demo is still finished: the worker is not interrupted.)"""
        if not self.choice:
            self.choice = "blank"
            self.chosen.emit("blank")
        super().reject()

    def show_filling(self, text: str) -> None:
        """While the demo is written: the choices give way to a progress bar."""
        for button in (self.import_button, self.demo_button, self.blank_button):
            button.hide()
        self.message.setText(text)
        self.progress.show()

    def set_progress(self, done: int) -> None:
        self.progress.setValue(done)

    def show_done(self, text: str) -> None:
        """The welcome after the demo: stays until 开始使用."""
        self.progress.hide()
        self.message.setText(text)
        self.start_button.show()
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()

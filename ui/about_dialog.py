"""帮助 → 关于社群管家: the program, its version and the third-party licences (Qt under the LGPL).

In the built program the notices are the `licenses/` folder next to the executable (written by
build_support/licenses.py); run from source, the installed distributions are listed instead.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
APP_ICON = ROOT / "resources" / "icons" / "app.svg"


def licenses_folder() -> Path | None:
    """The build's `licenses/` folder (next to the executable), or None when run from source."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent / "licenses"
        if (folder / "README.txt").is_file():
            return folder
    return None


def _runtime_distributions(root: str = "shequn") -> list[md.Distribution]:
    seen: dict[str, md.Distribution] = {}
    todo = [root]
    while todo:
        try:
            dist = md.distribution(todo.pop())
        except md.PackageNotFoundError:
            continue
        for spec in dist.requires or ():
            if "extra ==" in spec:
                continue
            name = re.split(r"[\s\[<>=!~;(]", spec, maxsplit=1)[0]
            key = re.sub(r"[-_.]+", "-", name).lower()
            if key not in seen:
                try:
                    seen[key] = md.distribution(name)
                except md.PackageNotFoundError:
                    continue
                todo.append(name)
    return sorted(seen.values(), key=lambda d: str(d.metadata["Name"]).lower())


def third_party_text() -> str:
    """The notices shown on the licences tab."""
    folder = licenses_folder()
    if folder is not None:
        return (folder / "README.txt").read_text(encoding="utf-8")
    lines = []
    for dist in _runtime_distributions():
        meta = dist.metadata.json
        licence = meta.get("license_expression") or str(meta.get("license") or "").split("\n")[0]
        lines.append(f"{meta['name']} {dist.version} — {licence or '?'}")
    return "\n".join(lines)


class AboutDialog(QDialog):
    """关于 (program, version, data location) and 第三方许可 (every bundled component).

    Not modal: it can stay open beside the window, and a language switch rebuilds its texts
    (`retranslate()`, called by the window for every dialog it owns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowIcon(QIcon(str(APP_ICON)))
        self.resize(640, 480)
        self.tabs = QTabWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Build both tabs again in the current language, on the tab that was shown."""
        shown = max(0, self.tabs.currentIndex())
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.setWindowTitle(self.tr("关于社群管家"))
        self.tabs.addTab(self._about_page(), self.tr("关于"))
        self.tabs.addTab(self._licenses_page(), self.tr("第三方许可"))
        self.tabs.setCurrentIndex(shown)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))

    def _about_page(self) -> QWidget:
        page = QWidget(self)
        icon = QLabel(page)
        icon.setPixmap(QIcon(str(APP_ICON)).pixmap(96, 96))
        version = QCoreApplication.applicationVersion() or "0.1.0"
        text = QLabel(page)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setText(
            "<h2>{name}</h2><p>{version}</p><p>{what}</p><p>{qt}</p>".format(
                name=self.tr("社群管家 Shequn"),
                version=self.tr("版本 {v}").format(v=version),
                what=self.tr(
                    "社群运营的离线成员管理、内容日历与 Excel 工具。数据只保存在你的电脑上。"
                ),
                qt=self.tr(
                    "使用 Qt {qt} 与 Qt for Python（PySide6 {pyside}），依 GNU LGPL 第 3 版授权；你可以用自己编译的同版本 Qt 库替换程序自带的 Qt 库，方法见许可文件夹中的 Qt/README.txt。"
                ).format(qt=qVersion(), pyside=pyside_version),
            )
        )
        about_qt = QPushButton(self.tr("关于 Qt"), page)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        row = QHBoxLayout()
        row.addWidget(icon, 0)
        row.addWidget(text, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(about_qt)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _licenses_page(self) -> QWidget:
        page = QWidget(self)
        folder = licenses_folder()
        intro = QLabel(page)
        intro.setWordWrap(True)
        if folder is not None:
            intro.setText(
                self.tr("本程序包含以下第三方软件，各自的许可全文在文件夹 {path} 中。").format(
                    path=folder
                )
            )
        else:
            intro.setText(
                self.tr(
                    "从源代码运行：以下是已安装的依赖；打包后的程序在 licenses 文件夹中附带许可全文。"
                )
            )
        self.notices = QPlainTextEdit(page)
        self.notices.setReadOnly(True)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices.setPlainText(third_party_text())
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.notices, 1)
        if folder is not None:
            open_folder = QPushButton(self.tr("打开许可文件夹"), page)
            open_folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            )
            layout.addWidget(open_folder)
        return page

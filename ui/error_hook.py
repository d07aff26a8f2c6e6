"""Unexpected exceptions: logged with their traceback to <data>/logs/shequn.log and shown in a dialog."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("shequn")


def setup_logging(log_dir: Path) -> Path:
    """Log to a rotating file in the data folder; returns the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "shequn.log"
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_shequn", False)]:
        if Path(getattr(old, "baseFilename", "")) != path.resolve():  # another data folder
            root.removeHandler(old)
            old.close()
    if not any(getattr(h, "_shequn", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler._shequn = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


class _Bridge(QObject):
    """Carries a report from any thread to the UI thread (queued signal)."""

    report = Signal(str)


class ExceptionHook:
    """Installed as sys.excepthook and threading.excepthook while the window runs."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.last_report = ""
        self.dialogs_shown = 0
        self._bridge = _Bridge()
        self._bridge.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)
        self._boxes: list[QMessageBox] = []  # keeps parentless dialogs alive while shown

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(
        self, etype: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(etype, value, tb))
        log.error("未处理的异常：\n%s", text)
        self.last_report = text
        if QApplication.instance() is not None:
            self._bridge.report.emit(text)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, text: str) -> None:
        self.dialogs_shown += 1
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ExceptionHook", "出错了"))
        box.setText(
            QCoreApplication.translate(
                "ExceptionHook", "程序遇到了一个意外错误，刚才的操作可能没有完成。"
            )
        )
        box.setInformativeText(
            QCoreApplication.translate("ExceptionHook", "详细信息已记录到日志文件：{path}").format(
                path=self.log_path
            )
        )
        box.setDetailedText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setModal(False)
        box.finished.connect(lambda _r, b=box: self._boxes.remove(b) if b in self._boxes else None)
        self._boxes.append(box)
        box.show()

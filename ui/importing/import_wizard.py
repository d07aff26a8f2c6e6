"""The import wizard: file → sheet and header → mapping → preview → progress → result (undo)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget, QWizard

from ui.env import UiEnv
from ui.importing.import_pages_a import FilePage, MappingPage, SheetPage
from ui.importing.import_pages_b import PreviewPage, ProgressPage, ResultPage
from ui.runner import CancelToken

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


class ProgressBridge(QObject):
    """Carries progress from the worker thread to the UI thread (~10 updates a second)."""

    progress = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last = 0.0

    def __call__(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - self._last >= 0.1 or done >= total:
            self._last = now
            self.progress.emit(done, total, what)


class ImportWizard(QWizard):
    """Standalone dialog over a UiEnv; every service call goes through `env.runner`."""

    imported = Signal(object)  # ImportResult

    FILE, SHEET, MAPPING, PREVIEW, PROGRESS, RESULT = range(6)

    def __init__(self, env: UiEnv, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("从 Excel 导入成员"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("开始导入"))
        self.resize(980, 680)
        # State shared by the pages.
        self.path = ""
        self.preset: str | None = None
        self.inspection: Any = None
        self.sheet: Any = None  # SheetPreview
        self.header_choice: int | None = None
        self.mapping: tuple[str, ...] = ()
        self.plan: Any = None
        self.result: Any = None
        self.op_id: int | None = None  # the operation record of the import (its undo reverts it)
        self.cancelled = False
        self.token: CancelToken | None = None
        self.bridge = ProgressBridge(self)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.progress_page = ProgressPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.sheet_page,
                self.mapping_page,
                self.preview_page,
                self.progress_page,
                self.result_page,
            )
        ):
            self.setPage(page_id, page)
        if path:
            self.file_page.set_path(path)

    def spawn(self, coro: Any) -> Any:
        return self.env.tasks.spawn(coro)

    @property
    def busy(self) -> bool:
        return self.token is not None

    def reject(self) -> None:
        # Closing while writing would leave the user guessing: cancel and let the page finish.
        if self.token is not None:
            self.token.cancel()
            return
        super().reject()

"""What the care pages share: their tables, shortcuts, undo stack and refresh on care changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QTableView

from ui.community.rows_model import RowsModel
from ui.env import UiEnv
from ui.page import Page

AREA = "care"


def make_table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def current_row(view: QTableView, model: RowsModel) -> Any:
    index = view.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


class CarePage(Page):
    """A page over care data: loads on first show, reloads when an operation touched care."""

    env: UiEnv
    loaded: bool = False

    def add_shortcuts(self, pairs: tuple[tuple[Any, Callable[[], Any]], ...]) -> None:
        for keys, slot in pairs:
            sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
            QShortcut(sequence, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.env.runner.changed.connect(self._on_runner_changed)

    @property
    def stack(self) -> QUndoStack:
        return self.env.stack_for(self.key)

    def activate(self) -> None:
        self.loaded = True
        self.reload()

    def reload(self) -> Any:
        raise NotImplementedError

    def _on_runner_changed(self, changes: object) -> None:
        if self.loaded and (
            AREA in getattr(changes, "areas", frozenset()) or getattr(changes, "members", None)
        ):
            self.reload()

"""The sidebar's "分群" list: saved segments; click applies one, right-click renames or deletes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QWidget,
)

from app.members.domain import SegmentInfo
from ui.dialog_buttons import confirm
from ui.env import UiEnv
from ui.later import later

if TYPE_CHECKING:
    from app.members import segment_ops
    from app.ops import Operation
else:
    segment_ops = later("app.members.segment_ops")


class SegmentList(QListWidget):
    """Emits `segment_chosen(SegmentInfo)` on click and `loaded(count)` after each reload."""

    segment_chosen = Signal(object)
    loaded = Signal(int)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("segmentList")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.itemClicked.connect(self._on_item_clicked)
        self.customContextMenuRequested.connect(self._on_context_menu)

    def reload(self) -> None:
        self.env.tasks.spawn(self._load())

    async def _load(self) -> None:
        segments: list[SegmentInfo] = await self.env.runner.run(self.env.ctx.segments.list)
        self.clear()
        for seg in segments:
            item = QListWidgetItem(seg.name)
            item.setData(Qt.ItemDataRole.UserRole, seg)
            self.addItem(item)
        self.loaded.emit(len(segments))

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.segment_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None:
            return
        seg: SegmentInfo = item.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        menu.addAction(self.tr("重命名…")).triggered.connect(lambda: self.rename(seg))
        menu.addAction(self.tr("删除")).triggered.connect(lambda: self.delete(seg))
        menu.popup(self.viewport().mapToGlobal(pos))

    def rename(self, seg: SegmentInfo) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("重命名分群"), self.tr("新名称："), text=seg.name
        )
        if ok and name.strip():
            self._run(segment_ops.RenameSegment(seg.id, name.strip()))

    def delete(self, seg: SegmentInfo) -> None:
        if confirm(
            self,
            self.tr("删除分群"),
            QCoreApplication.translate("Confirm", "删除分群「{name}」？").format(name=seg.name),
            self.tr("删除分群"),
            QCoreApplication.translate(
                "Confirm", "会失去这个分群保存的筛选条件；成员本身不受影响。"
            ),
        ):
            self._run(segment_ops.DeleteSegment(seg.id))

    def _run(self, op: Operation) -> None:
        """Run a segment write (it announces the "segments" area, which reloads this list)."""
        self.env.tasks.spawn(self.env.ops.run(op))

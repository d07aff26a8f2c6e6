"""The detail panel's 修改记录: who changed what about this member, and when (谁在何时改了什么).

Read from the audit trail (`ctx.audit.history("member", id)`) on the DB runner each time the
panel shows the member again, which the page does whenever her row changes — bulk edits and
imports that touched her included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.audit_text import change_lines, source_text

if TYPE_CHECKING:
    from app.audit import AuditItem

HISTORY_LIMIT = 200


class HistoryBox(QWidget):
    """Newest change first: time · source · what was done, then one line per field changed."""

    loaded = Signal(int)  # the member whose history is now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self._env: Any = None
        self._member_id: int | None = None
        self._generation = 0
        self.items: list[AuditItem] = []
        self._render()

    def attach(self, env: Any) -> None:
        """The `UiEnv` whose runner reads the audit trail (set once by the page)."""
        self._env = env

    def show_member(self, member_id: int | None) -> None:
        """(Re)load the history of `member_id`; a newer call wins over a load still running."""
        self._generation += 1
        if member_id != self._member_id:
            self.items = []
            self._render()
        self._member_id = member_id
        if member_id is not None and self._env is not None:
            self._env.tasks.spawn(self._load(member_id, self._generation))

    async def _load(self, member_id: int, generation: int) -> None:
        items = await self._env.runner.run(
            self._env.ctx.audit.history, "member", member_id, None, HISTORY_LIMIT
        )
        if generation != self._generation:
            return
        self.items = items
        self._render()
        self.loaded.emit(member_id)

    def retranslate(self) -> None:
        self._render()

    def _render(self) -> None:
        self.list.clear()
        if not self.items:
            self.list.addItem(
                self.tr(
                    "还没有记录的修改。以后在这里、在命令行或通过导入改动她的资料，都会记在这里。"
                )
            )
            return
        for item in self.items:
            head = f"{item.at:%Y-%m-%d %H:%M} · {source_text(item.source)} · {item.label}"
            text = "\n".join(
                [head, *(f"    {line}" for line in change_lines(item.before, item.after))]
            )
            entry = QListWidgetItem(text)
            entry.setToolTip(self.tr("操作 #{op}").format(op=item.op_id))
            self.list.addItem(entry)

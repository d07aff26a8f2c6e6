"""新建成员 (Ctrl+N): a short form; Save creates her as one undoable step (`CreateMember`), then
the Members page shows her selected in the detail panel, where everything else can be filled in.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.members.create_ops import CreateMember
from app.members.domain import MemberFilter, TagInfo
from app.ops import Done
from ui.dialog_buttons import lay_out_with_save_cancel
from ui.members.tag_editor import TagEditor
from ui.operations import UndoText
from ui.theme import set_role

TEXT_FIELDS = ("nickname", "name", "wechat", "phone", "city")


class NewMemberDialog(QDialog):
    """The fields a new member usually comes with; `values()`/`tags()` feed `CreateMember`."""

    def __init__(
        self,
        skin_types: Sequence[str],
        tags: Sequence[TagInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newMemberDialog")
        self.setWindowTitle(self.tr("新建成员"))
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.lines = {key: QLineEdit(self) for key in TEXT_FIELDS}
        labels = {
            "nickname": self.tr("昵称"),
            "name": self.tr("姓名"),
            "wechat": self.tr("微信号"),
            "phone": self.tr("手机"),
            "city": self.tr("城市"),
        }
        for key, edit in self.lines.items():
            edit.setObjectName(f"new_{key}")
            form.addRow(labels[key], edit)
        self.lines["nickname"].setPlaceholderText(self.tr("群里的昵称；昵称和姓名至少填一项"))
        self.lines["phone"].setPlaceholderText(self.tr("例如 138 0013 8000"))
        self.skin = QComboBox(self)
        self.skin.addItem(self.tr("（未填）"), None)
        for name in skin_types:
            self.skin.addItem(name, name)
        form.addRow(self.tr("肤质"), self.skin)
        self.tag_editor = TagEditor(self)
        self.tag_editor.set_vocabulary(tags)
        self.tag_editor.input.installEventFilter(self)
        form.addRow(self.tr("标签"), self.tag_editor)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        self.buttons = lay_out_with_save_cancel(self, form)
        self.lines["nickname"].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the tag box takes the tag; only an empty tag box lets Enter save the form.
        if (
            watched is self.tag_editor.input
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.tag_editor.input.text().strip()
        ):
            self.tag_editor.add_label(self.tag_editor.input.text())
            self.tag_editor.input.clear()
            return True
        return super().eventFilter(watched, event)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: e.text().strip() for k, e in self.lines.items()}
        out["skin_type"] = self.skin.currentData()
        return out

    def tags(self) -> tuple[str, ...]:
        pending = self.tag_editor.input.text().strip()
        labels = self.tag_editor.labels() + ([pending] if pending else [])
        return tuple(dict.fromkeys(labels))

    def accept(self) -> None:
        if not self.lines["nickname"].text().strip() and not self.lines["name"].text().strip():
            self.error.setText(self.tr("请至少填写昵称或姓名，才能新建成员。"))
            self.error.show()
            self.lines["nickname"].setFocus()
            return
        super().accept()


def ask_new_member(page: Any) -> None:
    """Read the vocabularies, show the form; Save creates her and shows her on the page."""
    env = page.env

    async def run() -> None:
        skin = await env.runner.run(page.ctx.vocab.skin_types)
        tags = await env.runner.run(page.ctx.tags.list_tags)
        dialog = NewMemberDialog(skin.names, tags, page)
        page.new_member_dialog = dialog

        def on_accepted() -> None:
            op = CreateMember(dialog.values(), dialog.tags())
            env.ops.push(
                env.stack_for(page.key),
                op,
                UndoText.translate("NewMemberDialog", "新建成员「{who}」").fill(
                    who=op.values["nickname"] or op.values["name"]
                ),
                lambda done: env.tasks.spawn(_show_new(page, done)),
            )

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    env.tasks.spawn(run())


async def _show_new(page: Any, done: Done[Any]) -> None:
    """Select the new member (clearing the search and filters when they would hide her)."""
    member_id = int(done.value)
    await _next_result(page)  # the refresh her creation announced
    if page.model.row_of(member_id) is None:
        waiting = _next_result(page)
        page.set_filter(MemberFilter())
        await waiting
    page.select_ids([member_id])
    row = page.model.row_of(member_id)
    if row is not None:
        page.view.scrollTo(page.model.index(row, 0))
    page.view.setFocus()


def _next_result(page: Any) -> asyncio.Future[Any]:
    future: asyncio.Future[Any] = asyncio.get_event_loop().create_future()

    def on_result(result: Any) -> None:
        page.results_shown.disconnect(on_result)
        if not future.done():
            future.set_result(result)

    page.results_shown.connect(on_result)
    return future

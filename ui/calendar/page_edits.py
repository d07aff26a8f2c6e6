"""The calendar page's edits: each one operation on the page's undo stack (`env.ops.push`).

Reschedule, fill a slot, create/edit/delete a post, mark published, slot and type edits. A
refused operation (empty post, duplicate name …) is shown once by the error presenter and
leaves no undo step; an edit that changes nothing pushes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.calendar.domain import CalendarRange, PostInfo, PostTypeInfo, SlotInfo
from app.calendar.post_ops import (
    CreatePost,
    DeletePost,
    EditPost,
    FillSlot,
    ReschedulePost,
    SetPostStatus,
    changed_values,
)
from app.calendar.rules import same_rule
from app.calendar.slot_ops import CreateSlot, DeleteSlot, EditSlot, SlotValues, values_of_slot
from app.calendar.type_ops import CreatePostType, DeletePostType, EditPostType, TypeValues
from app.ops import Operation
from ui.calendar.post_editor import DELETE_RESULT, PostEditor
from ui.calendar.reading import read
from ui.calendar.slot_dialog import SlotDialog, TypeDialog
from ui.env import UiEnv
from ui.operations import OpCommand, UndoText
from ui.slots import widget_slot


class CalendarEditsMixin:
    """Mixed into CalendarPage (a QWidget): every write is an operation on the page's stack.

    Its translated strings use the CalendarPage context.
    """

    key: str
    env: UiEnv
    data: CalendarRange | None
    types: list[PostTypeInfo]
    groups: list[tuple[int, str]]
    segments: list[tuple[int, str]]
    clock: Any
    editor: PostEditor
    dialog: SlotDialog | TypeDialog

    def push(self, op: Operation, text: str | UndoText) -> OpCommand:
        """Run `op` as one undo step of this page."""
        return self.env.ops.push(self.env.stack_for(self.key), op, text)

    def _post(self, post_id: int) -> PostInfo | None:
        if self.data is None:
            return None
        return next((p for p in self.data.posts if p.id == post_id), None)

    def _on_view_post_moved(self, post_id: int, at: dt.datetime) -> None:
        post = self._post(post_id)
        if post is not None and post.planned_at != at:
            self.push(
                ReschedulePost(post_id, at),
                UndoText.translate("CalendarPage", "改期「%1」").fill(post.title),
            )

    def _on_view_fill_requested(self, slot_id: int, day: dt.date) -> None:
        occurrences = self.data.occurrences if self.data is not None else ()
        name = next((o.slot_name for o in occurrences if o.slot_id == slot_id), "")
        self.push(
            FillSlot(slot_id, day),
            UndoText.translate("CalendarPage", "填充「%1」%2").fill(name, f"{day:%m-%d}"),
        )

    @widget_slot(int)
    async def _on_view_post_activated(self, post_id: int) -> None:
        post = await read(self.env, self.env.ctx.calendar.posts.get, post_id)
        if post is not None:
            self.open_editor(post)

    def _on_view_day_activated(self, day: dt.date) -> None:
        self.open_editor(None, dt.datetime.combine(day, dt.time(20, 0)))

    def open_editor(self, post: PostInfo | None, at: dt.datetime | None = None) -> PostEditor:
        """Show the editor (non-modal so tests and reminders keep running); saving is undoable."""
        editor = PostEditor(self.types, self.groups, self.segments, post, at, self)  # type: ignore[arg-type]
        editor.accepted.connect(lambda: self._save_editor(editor))
        editor.finished.connect(
            lambda code: self._delete_post(editor) if code == DELETE_RESULT else None
        )
        editor.open()
        self.editor = editor
        return editor

    def _save_editor(self, editor: PostEditor) -> OpCommand | None:
        values = editor.values()
        if editor.post is None:
            return self.push(
                CreatePost(values),
                UndoText.translate("CalendarPage", "新建「%1」").fill(values.title.strip()),
            )
        changes = changed_values(editor.post, values)
        if not changes:
            return None  # closed with 保存 but nothing changed: no undo step
        return self.push(
            EditPost(editor.post.id, changes),
            UndoText.translate("CalendarPage", "编辑「%1」").fill(values.title),
        )

    def _delete_post(self, editor: PostEditor) -> None:
        if editor.post is not None:
            self.push(
                DeletePost(editor.post.id),
                UndoText.translate("CalendarPage", "删除「%1」").fill(editor.post.title),
            )

    def _on_mark_published(self, post: PostInfo) -> None:
        at = self.clock().replace(microsecond=0)
        self.push(
            SetPostStatus(post.id, "published", at),
            UndoText.translate("CalendarPage", "标记「%1」").fill(post.title),
        )

    # --- slots and types ---------------------------------------------------------------------
    def open_slot_dialog(self, slot: SlotInfo | None) -> SlotDialog:
        """Create or edit a slot (undoable); the menus reload when the operation announces it."""
        dialog = SlotDialog(self.types, self.groups, slot, self.clock().date(), self)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._save_slot(dialog))
        dialog.finished.connect(
            lambda code: self._delete_slot(dialog) if code == DELETE_RESULT else None
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def _save_slot(self, dialog: SlotDialog) -> OpCommand | None:
        slot = dialog.slot
        rule = dialog.rule()
        if slot is not None and same_rule(rule, slot.rule):
            rule = slot.rule  # unchanged: keep it exactly as stored
        values = SlotValues(
            dialog.name.text().strip(),
            rule,
            dialog.type.currentData(),
            tuple(sorted(dialog.group_ids())),
            dialog.template_title.text(),
            dialog.template_body.toPlainText(),
            slot.active if slot else True,
        )
        if slot is None:
            return self.push(
                CreateSlot(values),
                UndoText.translate("CalendarPage", "新建栏目「%1」").fill(values.name),
            )
        if values == values_of_slot(slot):
            return None  # nothing changed: no undo step
        return self.push(
            EditSlot(slot.id, values),
            UndoText.translate("CalendarPage", "编辑栏目「%1」").fill(values.name),
        )

    def _delete_slot(self, dialog: SlotDialog) -> None:
        if dialog.slot is not None:
            self.push(
                DeleteSlot(dialog.slot.id),
                UndoText.translate("CalendarPage", "删除栏目「%1」").fill(dialog.slot.name),
            )

    def _delete_type(self, dialog: TypeDialog) -> None:
        post_type = dialog.post_type
        if post_type is not None:
            self.push(
                DeletePostType(post_type.id),
                UndoText.translate("CalendarPage", "删除类型「%1」").fill(post_type.name),
            )

    def open_type_dialog(self, post_type: PostTypeInfo | None) -> TypeDialog:
        dialog = TypeDialog(post_type, self)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._save_type(dialog))
        dialog.finished.connect(
            lambda code: self._delete_type(dialog) if code == DELETE_RESULT else None
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def _save_type(self, dialog: TypeDialog) -> OpCommand | None:
        post_type = dialog.post_type
        values = TypeValues(
            dialog.name.text().strip(),
            dialog.color.name(),
            dialog.template_title.text(),
            dialog.template_body.toPlainText(),
        )
        if post_type is None:
            return self.push(
                CreatePostType(values),
                UndoText.translate("CalendarPage", "新建类型「%1」").fill(values.name),
            )
        before = TypeValues(
            post_type.name, post_type.color, post_type.template_title, post_type.template_body
        )
        if values == before:
            return None  # nothing changed: no undo step
        return self.push(
            EditPostType(post_type.id, values),
            UndoText.translate("CalendarPage", "编辑类型「%1」").fill(values.name),
        )

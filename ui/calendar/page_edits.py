"""The calendar page's edits: reschedule, fill a slot, create/edit/delete a post, mark published."""

from __future__ import annotations

import datetime as dt
from typing import Any

from qasync import asyncSlot

from app.calendar.domain import CALENDAR_AREA, CalendarRange, PostInfo, PostTypeInfo, SlotInfo
from ui.calendar.commands import (
    CreatedPostCommand,
    DeletePostCommand,
    EditPostCommand,
    RescheduleCommand,
    StatusCommand,
)
from ui.calendar.post_editor import DELETE_RESULT, PostEditor
from ui.calendar.slot_dialog import SlotDialog, TypeDialog
from ui.env import UiEnv


class CalendarEditsMixin:
    """Mixed into CalendarPage (a QWidget): every write goes through the runner or the undo stack.

    It holds no translated strings, so `tr()` contexts stay those of CalendarPage.
    """

    env: UiEnv
    data: CalendarRange | None
    types: list[PostTypeInfo]
    groups: list[tuple[int, str]]
    segments: list[tuple[int, str]]
    clock: Any
    editor: PostEditor
    dialog: SlotDialog | TypeDialog
    load_vocab: Any

    def _post(self, post_id: int) -> PostInfo | None:
        if self.data is None:
            return None
        return next((p for p in self.data.posts if p.id == post_id), None)

    def _on_view_post_moved(self, post_id: int, at: dt.datetime) -> None:
        post = self._post(post_id)
        if post is not None:
            self.env.stack_for("calendar").push(
                RescheduleCommand(self.env, post_id, post.title, post.planned_at, at)
            )

    @asyncSlot(int, object)
    async def _on_view_fill_requested(self, slot_id: int, day: dt.date) -> None:
        try:
            post_id, changes = await self.env.runner.run(
                self.env.ctx.calendar.slots.fill, slot_id, day
            )
        except Exception as exc:
            self.env.show_error(exc)
            return
        self.env.runner.announce(changes)
        if CALENDAR_AREA in changes.areas:  # no change: it was filled meanwhile, nothing to undo
            occurrences = self.data.occurrences if self.data is not None else ()
            name = next((o.slot_name for o in occurrences if o.slot_id == slot_id), "")
            self.env.stack_for("calendar").push(
                CreatedPostCommand.filled(self.env, post_id, name, day)
            )

    @asyncSlot(int)
    async def _on_view_post_activated(self, post_id: int) -> None:
        try:
            post = await self.env.runner.run(self.env.ctx.calendar.posts.get, post_id)
        except Exception as exc:
            self.env.show_error(exc)
            return
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

    @asyncSlot()
    async def _save_editor(self, editor: PostEditor) -> None:
        values = editor.values()
        posts = self.env.ctx.calendar.posts
        try:
            if editor.post is None:
                new_id, changes = await self.env.runner.run(posts.create, values)
                self.env.runner.announce(changes)
                self.env.stack_for("calendar").push(
                    CreatedPostCommand.created(self.env, new_id, values.title)
                )
                return
            before, _ = await self.env.runner.run(posts.update, editor.post.id, values)
        except Exception as exc:
            self.env.show_error(exc)
            return
        # Saved already: the command's first redo() writes the same values again (harmless).
        self.env.stack_for("calendar").push(
            EditPostCommand(self.env, editor.post.id, before, values)
        )

    def _delete_post(self, editor: PostEditor) -> None:
        if editor.post is not None:
            self.env.stack_for("calendar").push(
                DeletePostCommand(self.env, editor.post.id, editor.post.title)
            )

    @asyncSlot(object)
    async def _on_mark_published(self, post: PostInfo) -> None:
        try:
            current = await self.env.runner.run(self.env.ctx.calendar.posts.get, post.id)
        except Exception as exc:
            self.env.show_error(exc)
            return
        self.env.stack_for("calendar").push(
            StatusCommand(
                self.env,
                post.id,
                post.title,
                (current.status, current.published_at),
                "published",
                self.clock().replace(microsecond=0),
            )
        )

    def open_slot_dialog(self, slot: SlotInfo | None) -> SlotDialog:
        """Create or edit a slot; saving reloads the vocabulary and the calendar."""
        dialog = SlotDialog(self.types, self.groups, slot, self.clock().date(), self)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._save_slot(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    @asyncSlot()
    async def _save_slot(self, dialog: SlotDialog) -> None:
        slots = self.env.ctx.calendar.slots
        slot = dialog.slot
        try:
            _slot_id, changes = await self.env.runner.run(
                slots.save,
                dialog.name.text(),
                dialog.rule(),
                dialog.type.currentData(),
                dialog.group_ids(),
                dialog.template_title.text(),
                dialog.template_body.toPlainText(),
                slot.id if slot else None,
                slot.active if slot else True,
            )
        except Exception as exc:
            self.env.show_error(exc)
            return
        self.load_vocab()
        self.env.runner.announce(changes)

    def open_type_dialog(self, post_type: PostTypeInfo | None) -> TypeDialog:
        dialog = TypeDialog(post_type, self)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._save_type(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    @asyncSlot()
    async def _save_type(self, dialog: TypeDialog) -> None:
        post_type = dialog.post_type
        try:
            _type_id, changes = await self.env.runner.run(
                self.env.ctx.calendar.posts.save_type,
                dialog.name.text(),
                dialog.color.name(),
                dialog.template_title.text(),
                dialog.template_body.toPlainText(),
                post_type.id if post_type else None,
            )
        except Exception as exc:
            self.env.show_error(exc)
            return
        self.load_vocab()
        self.env.runner.announce(changes)

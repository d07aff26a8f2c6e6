"""Members page actions that ask the user first: purge, save as segment, the row context menu.

Strings keep the "MembersPage" translation context: they are the page's own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMenu

from app.members.domain import MemberFilter
from ui.dialog_buttons import confirm
from ui.later import later

if TYPE_CHECKING:
    from app.members import segment_ops
else:
    segment_ops = later("app.members.segment_ops")

if TYPE_CHECKING:
    from app.members import member_ops
else:
    member_ops = later("app.members.member_ops")


def confirm_purge(page: Any) -> None:
    """Delete the selected trashed members for good, after a warning (this cannot be undone)."""
    ids = page.selected_ids()
    if not ids:
        return
    if not confirm(
        page,
        QCoreApplication.translate("MembersPage", "永久删除"),
        QCoreApplication.translate("Confirm", "确定要永久删除这 {n} 位成员吗？").format(n=len(ids)),
        QCoreApplication.translate("MembersPage", "永久删除"),
        QCoreApplication.translate(
            "Confirm",
            "会失去：他们的资料、标签、所在的群、购买记录和时间线（连同合并进他们的旧记录），"
            "备份里的副本也会抹去；之前涉及他们的操作不能再撤销。这一步无法撤销。",
        ),
    ):
        return

    async def purge() -> None:
        from app.erasure import after_purge, with_twins

        env = page.env
        # Records merged into them go too: nothing of these people may stay behind.
        everyone = await env.runner.run(with_twins, env.ctx, ids)
        done = await env.ops.run(member_ops.PurgeMembers(tuple(everyone)))
        if done is None:
            return
        report = await env.runner.run(after_purge, env.ctx, list(everyone))
        env.show_message(
            QCoreApplication.translate(
                "MembersPage", "已永久删除 {n} 位成员，{b} 份备份已重写，不再含有他们的资料。"
            ).format(n=done.value, b=report.backups_rewritten)
        )

    page.env.tasks.spawn(purge())


def save_segment(page: Any) -> None:
    """Ask for a name and save the current filter as a segment (shown in the sidebar)."""
    f: MemberFilter = page.current_filter()
    if f.trash:
        page.env.show_message(
            QCoreApplication.translate("MembersPage", "回收站里的视图不能保存为分群。")
        )
        return
    name, ok = QInputDialog.getText(
        page,
        QCoreApplication.translate("MembersPage", "保存为分群"),
        QCoreApplication.translate("MembersPage", "分群名称（显示在左侧“分群”下）："),
    )
    name = name.strip()
    if not (ok and name):
        return

    async def save() -> None:
        if await page.env.ops.run(segment_ops.SaveSegment(name, f)) is None:
            return
        page.env.show_message(
            QCoreApplication.translate("MembersPage", "已保存分群「{name}」。").format(name=name)
        )

    page.env.tasks.spawn(save())


def _focus_tag_box(page: Any) -> None:
    """ "Add tag…" types into the bulk bar's tag box, the one place that tags a selection."""
    page.bulk_bar.tag_input.setFocus()
    page.bulk_bar.tag_input.selectAll()


def row_menu(page: Any, pos: QPoint) -> QMenu | None:
    """Right-click on a row: the row joins (or becomes) the selection, then the bulk actions.

    Returns the menu (already popped up), None off the rows.
    """
    view = page.view
    index: QModelIndex = view.indexAt(pos)
    if not index.isValid():
        return None
    if not view.selectionModel().isRowSelected(index.row(), QModelIndex()):
        view.selectRow(index.row())
    # One menu per page, refilled: a new QMenu per right-click would pile up as the page's
    # children, and deleting it would take the bulk bar's shared "批量设置" menu along.
    menu: QMenu | None = page.findChild(QMenu, "rowMenu", Qt.FindChildOption.FindDirectChildrenOnly)
    if menu is None:
        menu = QMenu(page)
        menu.setObjectName("rowMenu")
    menu.clear()
    count = len(page.selected_ids())
    if page.current_filter().trash:
        menu.addAction(QCoreApplication.translate("MembersPage", "恢复")).triggered.connect(
            page.bulk_bar.restore_requested
        )
        menu.addAction(QCoreApplication.translate("MembersPage", "永久删除…")).triggered.connect(
            lambda: confirm_purge(page)
        )
    else:
        menu.addAction(QCoreApplication.translate("MembersPage", "加标签…")).triggered.connect(
            lambda: _focus_tag_box(page)
        )
        menu.addMenu(page.bulk_bar.set_button.menu()).setText(
            QCoreApplication.translate("MembersPage", "批量设置")
        )
        merge = menu.addAction(QCoreApplication.translate("MembersPage", "合并这两位"))
        merge.setEnabled(count == 2)
        merge.triggered.connect(page.bulk_bar.merge_requested)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("MembersPage", "移到回收站")).triggered.connect(
            page.trash_selected
        )
    menu.popup(view.viewport().mapToGlobal(pos))
    return menu

"""The mouse wheel over a detail-panel field that is not being edited changes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget


def _wheel(widget: QWidget, notches: int) -> None:
    """`notches` wheel notches down over the middle of `widget`, as the mouse sends them."""
    centre = QPointF(widget.rect().center())
    for _ in range(notches):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def _show_member(page: Any, qtbot: Any, settle: Any) -> int:
    member_id: int = page.model.ids[3]
    page.select_ids([member_id])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member_id)
    settle()
    return member_id


def test_wheel_over_unfocused_fields_scrolls_and_changes_nothing(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    panel = page.detail
    member_id = _show_member(page, qtbot, settle)
    page.view.setFocus()
    before = env.ctx.members.get(member_id)
    stack = env.stack_for("members")
    count = stack.count()
    scroll = panel.stack.widget(1)
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the panel is taller than its view: there is something to scroll
    fields = [panel.status, panel.tier, panel.gender, panel.skin, panel.level, panel.points]
    shown = [(f.currentIndex() if isinstance(f, QComboBox) else f.value()) for f in fields]
    for field in fields:
        assert not field.hasFocus()
        _wheel(field, 5)
    settle()
    assert [(f.currentIndex() if isinstance(f, QComboBox) else f.value()) for f in fields] == shown
    assert bar.value() > 0  # the wheel went to the scroll area
    assert stack.count() == count
    assert env.ctx.members.get(member_id) == before
    # Every combo and spin box of the panel is guarded, the group picker included.
    for kind in (QComboBox, QAbstractSpinBox):
        for widget in panel.findChildren(kind):
            assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_wheel_over_a_focused_field_still_changes_it(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    panel = page.detail
    _show_member(page, qtbot, settle)
    panel.level.setFocus()
    qtbot.waitUntil(panel.level.hasFocus)
    value = panel.level.value()
    _wheel(panel.level, 1)
    assert panel.level.value() != value

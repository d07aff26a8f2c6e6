"""PNG screenshots of the real main window on a demo community, into $SHEQUN_SCREENSHOTS.

Run under Xvfb with a CJK font: `make screenshots` (skipped when the variable is not set).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SHOTS = os.environ.get("SHEQUN_SCREENSHOTS")
pytestmark = pytest.mark.skipif(
    not SHOTS, reason="set SHEQUN_SCREENSHOTS to a folder to take screenshots"
)


@pytest.fixture
def shot_ctx(tmp_path: Path) -> Iterator[Any]:
    from app.bootstrap import open_context
    from app.demo import fill

    ctx = open_context(str(tmp_path / "shots.sqlite3"))
    fill(ctx.session_factory, members=1000, seed=7)
    yield ctx
    ctx.close()


def _open(qtbot: Any, ctx: Any, tmp_path: Path) -> Any:
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    window = build_window(ctx, UiSettings(tmp_path / "ui.ini"))
    window.resize(1480, 900)
    window.show()
    members = window.page("members")
    with qtbot.waitSignal(members.results_shown, timeout=20_000):
        window.show_page("members")
    window.reload_segments()
    _settle(qtbot, window)
    return window


def _settle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=20_000)
    qtbot.wait(50)  # let the last layout pass and paint happen before grabbing


def _save(window: Any, name: str) -> Path:
    folder = Path(SHOTS or ".")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert window.grab().save(str(path)), path
    return path


def _close(qtbot: Any, window: Any) -> None:
    _settle(qtbot, window)
    window.close()
    window.env.runner.shutdown()


def test_members_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from app.members.domain import MemberFilter
    from ui.app import apply_style

    apply_style(qapp)
    shot_ctx.segments.save(
        "高意向未复购", MemberFilter(tags_all=("高意向",), tags_none=("已复购",))
    )
    shot_ctx.segments.save("敏感肌 · 付费", MemberFilter(skin_types=("敏感性",), tiers=("paid",)))
    shot_ctx.members.trash(shot_ctx.query.ids(MemberFilter())[-6:])
    xm = shot_ctx.query.first_rows(MemberFilter(search="xm"), 20)  # shown after searching "xm"
    tagged = next(r.id for r in xm if len(r.tags) >= 2)
    shot_ctx.members.set_custom(
        tagged, {"推荐人": "桃子🍑", "购买渠道": "小红书店铺", "皮肤困扰": "换季泛红、T区出油"}
    )  # as kept by an import
    shot_ctx.members.update(tagged, {"birthday": "1993-09-24", "birthday_lunar": True})
    window = _open(qtbot, shot_ctx, tmp_path)
    members = window.page("members")
    saved = [_save(window, "members-table")]

    with qtbot.waitSignal(members.results_shown, timeout=10_000):
        members.set_search("xm")
    _settle(qtbot, window)
    saved.append(_save(window, "members-search"))

    members.select_ids([tagged])
    qtbot.waitUntil(lambda: members.detail.detail is not None)
    members.detail.note_requested.emit(tagged, "电话回访：对新品很感兴趣，下周寄小样")
    _settle(qtbot, window)
    saved.append(_save(window, "members-detail"))
    scroll = members.detail.stack.widget(1)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    _settle(qtbot, window)
    saved.append(_save(window, "members-detail-tags-timeline"))
    scroll.verticalScrollBar().setValue(0)
    scroll.ensureWidgetVisible(members.detail.custom, 0, 10)
    _settle(qtbot, window)
    saved.append(_save(window, "members-detail-custom-fields"))

    with qtbot.waitSignal(members.results_shown, timeout=10_000):
        members.set_search("")
    members.select_ids(members.model.ids[3:10])
    _settle(qtbot, window)
    saved.append(_save(window, "members-bulk-bar"))

    with qtbot.waitSignal(members.results_shown, timeout=10_000):
        members.set_search("没有这个人zz")
    _settle(qtbot, window)
    saved.append(_save(window, "members-no-results"))

    members.set_search("")
    with qtbot.waitSignal(members.results_shown, timeout=10_000):
        members.show_trash(True)
    _settle(qtbot, window)
    saved.append(_save(window, "members-trash"))
    _close(qtbot, window)
    assert all(p.stat().st_size > 10_000 for p in saved)


def test_english_screenshot(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from ui.app import apply_style, install_translation

    apply_style(qapp)
    translators = install_translation(qapp, "en")
    assert translators, "resources/translations/shequn_en.qm is missing"
    try:
        window = _open(qtbot, shot_ctx, tmp_path)
        members = window.page("members")
        assert members.title() == "Members"
        members.select_ids(members.model.ids[:1])
        qtbot.waitUntil(lambda: members.detail.detail is not None)
        _settle(qtbot, window)
        _save(window, "members-english-detail")
        members.select_ids(members.model.ids[2:6])
        _settle(qtbot, window)
        path = _save(window, "members-english-bulk")
        _close(qtbot, window)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert path.stat().st_size > 10_000


def test_audit_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    """A member's 修改记录 and 文件 → 操作记录 after a few operations from the window and the CLI."""
    from app.members.domain import MemberFilter
    from app.members.tag_ops import AddTags, RemoveTags, SetMemberTags
    from ui.app import apply_style

    apply_style(qapp)
    ids = shot_ctx.query.ids(MemberFilter())
    member = ids[2]
    shot_ctx.run(AddTags(tuple(ids[:120]), ("618团购",)), "cli")
    shot_ctx.run(AddTags((member,), ("回访过", "活动:打卡达人")), "window")
    wrong = shot_ctx.run(AddTags(tuple(ids[:40]), ("误加的标签",)), "window")
    shot_ctx.ops.undo(wrong.op_id, "window")
    shot_ctx.run(RemoveTags((member,), ("回访过",)), "cli")
    labels = tuple(t.label for t in shot_ctx.members.get(member).tags)
    shot_ctx.run(SetMemberTags(member, (*labels, "需寄小样")), "window")
    window = _open(qtbot, shot_ctx, tmp_path)
    members = window.page("members")
    members.select_ids([member])
    qtbot.waitUntil(
        lambda: members.detail.detail is not None and bool(members.detail.history.items)
    )
    _settle(qtbot, window)
    scroll = members.detail.stack.widget(1)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    _settle(qtbot, window)
    saved = [_save(window, "members-history")]

    window.audit_action.trigger()
    dialog = window.audit_dialog()
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() > 0 and dialog.detail.count() > 0, timeout=10_000
    )
    _settle(qtbot, window)
    with qtbot.waitSignal(dialog.rows_shown, timeout=10_000):
        dialog.table.selectRow(dialog.model.rowCount() - 1)
    _settle(qtbot, window)
    saved.append(_save(dialog, "audit-dialog"))
    with qtbot.waitSignal(dialog.operations_shown, timeout=10_000):
        dialog.source.setCurrentIndex(dialog.source.findData("cli"))
    _settle(qtbot, window)
    saved.append(_save(dialog, "audit-dialog-cli"))
    dialog.close()
    _close(qtbot, window)
    assert all(p.stat().st_size > 10_000 for p in saved)

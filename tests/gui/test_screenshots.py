"""PNG screenshots of the real main window on a demo community, into $SHEQUN_SCREENSHOTS.

Run under Xvfb with a CJK font: `make screenshots` (skipped when the variable is not set).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.members.member_ops import EditMember, TrashMembers
from app.members.profile_ops import SetCustom
from app.members.segment_ops import SaveSegment

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
    shot_ctx.run(
        SaveSegment("高意向未复购", MemberFilter(tags_all=("高意向",), tags_none=("已复购",)))
    )
    shot_ctx.run(
        SaveSegment("敏感肌 · 付费", MemberFilter(skin_types=("敏感性",), tiers=("paid",)))
    )
    shot_ctx.run(TrashMembers(tuple(shot_ctx.query.ids(MemberFilter())[-6:])))
    xm = shot_ctx.query.first_rows(MemberFilter(search="xm"), 20)  # shown after searching "xm"
    tagged = next(r.id for r in xm if len(r.tags) >= 2)
    shot_ctx.run(
        SetCustom(
            tagged, {"推荐人": "桃子🍑", "购买渠道": "小红书店铺", "皮肤困扰": "换季泛红、T区出油"}
        )
    )  # as kept by an import
    shot_ctx.run(EditMember(tagged, {"birthday": "1993-09-24", "birthday_lunar": True}))
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


def test_care_screenshots(qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path) -> None:
    window = _open(qtbot, shot_ctx, tmp_path)
    saved = []
    warnings = window.page("warnings")
    with qtbot.waitSignal(warnings.loaded_signal, timeout=20_000):
        window.show_page("warnings")
    _settle(qtbot, window)
    saved.append(_save(window, "care-warnings-deposits"))
    # The yes/no question of a removal, as the dialog shows it (grabbed, then closed).
    in_force = [w for w in shot_ctx.care.warnings() if w.in_force(warnings.clock())]
    member = next(
        w.member_id for w in in_force if shot_ctx.members.get(w.member_id).status != "left"
    )
    proposal = shot_ctx.care.proposal(member)
    assert proposal.step == "removal"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def grab_and_close() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        box.adjustSize()
        folder = Path(SHOTS or ".")
        assert box.grab().save(str(folder / "care-removal-question.png"))
        box.reject()

    QTimer.singleShot(300, grab_and_close)
    assert warnings.ask(warnings.removal_question(proposal)) is False
    saved.append(Path(SHOTS or ".") / "care-removal-question.png")

    complaints = window.page("complaints")
    with qtbot.waitSignal(complaints.loaded_signal, timeout=20_000):
        window.show_page("complaints")
    _settle(qtbot, window)
    saved.append(_save(window, "care-complaints-open"))
    with qtbot.waitSignal(complaints.loaded_signal, timeout=20_000):
        complaints.all_button.click()
    _settle(qtbot, window)
    saved.append(_save(window, "care-complaints-all"))
    _close(qtbot, window)
    assert all(p.stat().st_size > 5_000 for p in saved)


def test_merge_and_new_member_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QScrollArea

    from ui.app import apply_style

    apply_style(qapp)
    window = _open(qtbot, shot_ctx, tmp_path)
    members = window.page("members")
    ids = members.model.ids
    # Two records of one person: the second made from a roster with other details.
    pair = next(
        (a, b)
        for a, b in zip(ids, ids[1:], strict=False)
        if shot_ctx.members.get(a).memberships and shot_ctx.members.get(b).tags
    )
    members.merge_dialog = None
    members.select_ids(list(pair))
    members.bulk_bar.merge_requested.emit()
    qtbot.waitUntil(lambda: members.merge_dialog is not None and members.merge_dialog.isVisible())
    dialog = members.merge_dialog
    _settle(qtbot, window)
    saved = [_save(dialog, "members-merge-dialog")]
    scroll = dialog.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    _settle(qtbot, window)
    saved.append(_save(dialog, "members-merge-dialog-united"))
    dialog.reject()

    members.new_member_dialog = None
    members.new_action.trigger()
    qtbot.waitUntil(
        lambda: members.new_member_dialog is not None and members.new_member_dialog.isVisible()
    )
    form = members.new_member_dialog
    form.lines["nickname"].setText("小雨🌿")
    form.lines["name"].setText("李雨")
    form.lines["wechat"].setText("xiaoyu_88")
    form.lines["phone"].setText("139 0000 1111")
    form.skin.setCurrentIndex(2)
    form.tag_editor.add_label("高意向")
    _settle(qtbot, window)
    saved.append(_save(form, "members-new-member"))
    form.accept()
    qtbot.waitUntil(
        lambda: members.detail.detail is not None and members.detail.detail.name == "李雨",
        timeout=10_000,
    )
    _settle(qtbot, window)
    saved.append(_save(window, "members-new-member-selected"))
    _close(qtbot, window)
    assert all(p.stat().st_size > 10_000 for p in saved)


def test_groups_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from app.bootstrap import open_context
    from app.members.group_ops import ArchiveGroup, CreateGroup, EditGroup
    from ui.app import apply_style

    apply_style(qapp)
    groups = {g.name: g for g in shot_ctx.groups.list_groups()}
    first = groups["护肤交流1群"]
    # One group nearly full (warning colour), one archived (behind the toggle).
    shot_ctx.run(EditGroup(first.id, {"capacity": first.member_count + 12}))
    old = shot_ctx.run(CreateGroup("2024 双11 团购群", note="活动结束，保留记录")).value
    shot_ctx.run(ArchiveGroup(old))
    window = _open(qtbot, shot_ctx, tmp_path)
    page = window.page("groups")
    with qtbot.waitSignal(page.groups_shown, timeout=10_000):
        window.show_page("groups")
    page.select_group(first.id)
    _settle(qtbot, window)
    saved = [_save(window, "groups-page")]
    page.select_group(groups["VIP 付费会员群"].id)
    page.show_archived.setChecked(True)
    _settle(qtbot, window)
    saved.append(_save(window, "groups-subgroups-archived"))
    _close(qtbot, window)

    empty = open_context(str(tmp_path / "empty.sqlite3"))
    try:
        window = _open_on(qtbot, empty, tmp_path / "e", "groups")
        saved.append(_save(window, "groups-empty"))
        _close(qtbot, window)
    finally:
        empty.close()
    assert all(p.stat().st_size > 10_000 for p in saved)


def _open_on(qtbot: Any, ctx: Any, folder: Path, key: str) -> Any:
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    folder.mkdir(parents=True, exist_ok=True)
    window = build_window(ctx, UiSettings(folder / "ui.ini"))
    window.resize(1480, 900)
    window.show()
    page = window.page(key)
    with qtbot.waitSignal(page.groups_shown, timeout=20_000):
        window.show_page(key)
    _settle(qtbot, window)
    return window


def test_activities_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from ui.app import apply_style

    apply_style(qapp)
    window = _open(qtbot, shot_ctx, tmp_path)
    page = window.page("activities")
    with qtbot.waitSignal(page.grid_shown, timeout=20_000):
        window.show_page("activities")
    _settle(qtbot, window)
    grid = page.grid_model.grid
    assert grid is not None and len(grid.days) == 21 and grid.members
    saved = [_save(window, "activities-camp-grid")]
    past = next(r for r, a in enumerate(page.list_model.rows) if a.kind == "分享会")
    with qtbot.waitSignal(page.grid_shown, timeout=10_000):
        page.list_view.selectRow(past)
    _settle(qtbot, window)
    saved.append(_save(window, "activities-sharing-session"))
    _close(qtbot, window)
    assert all(p.stat().st_size > 10_000 for p in saved)


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
    shot_ctx.run(EditMember(member, {"skin_type": "敏感性", "city": "杭州"}), "window")
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


def test_products_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from app.commerce.domain import PurchaseLine
    from app.members.domain import MemberFilter
    from ui.app import apply_style

    apply_style(qapp)
    window = _open(qtbot, shot_ctx, tmp_path)
    page = window.page("products")
    with qtbot.waitSignal(page.loaded_signal, timeout=20_000):
        window.show_page("products")
    _settle(qtbot, window)
    saved = [_save(window, "products-all-purchases")]
    # Record an acid toner for a sensitive-skin member: the warning shows at once.
    acid = shot_ctx.products.resolve("焕肤水")
    page.view.selectRow(next(i for i, r in enumerate(page.model.rows) if r.id == acid))
    _settle(qtbot, window)
    member = shot_ctx.query.ids(MemberFilter(skin_types=("敏感性",)))[3]
    page.purchases.record((PurchaseLine(member, acid, 1),))
    _settle(qtbot, window)
    qtbot.waitUntil(page.purchases.banner.isVisible, timeout=10_000)
    _settle(qtbot, window)
    saved.append(_save(window, "products-unsuitable-warning"))
    page.tabs.setCurrentWidget(page.rates)
    with qtbot.waitSignal(page.rates.loaded, timeout=10_000):
        page.rates.by.setCurrentIndex(1)
    _settle(qtbot, window)
    saved.append(_save(window, "products-rates-by-skin-type"))
    # Her detail panel on the members page: the purchase flagged, with the refund button.
    members = window.page("members")
    window.show_page("members")
    box = members.detail.purchases
    with qtbot.waitSignal(box.loaded, timeout=10_000):
        members.select_ids([member])
    qtbot.waitUntil(lambda: box.member_id == member and box.warning.isVisible(), timeout=10_000)
    box.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(box)  # the scroll area
    _settle(qtbot, window)
    saved.append(_save(window, "members-detail-purchases"))
    _close(qtbot, window)
    assert all(p.stat().st_size > 10_000 for p in saved)


def test_member_lists_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    """更多筛选 with its chips, and the detail panel's 社群记录 sections."""
    from ui.app import apply_style

    apply_style(qapp)
    window = _open(qtbot, shot_ctx, tmp_path)
    members = window.page("members")
    bar = members.filter_bar
    popup = bar.open_more_filters()
    popup.spins["silent_days"].setValue(30)
    popup.spins["birthday_days"].setValue(30)
    popup.checks["deposit_held"].setChecked(True)
    _settle(qtbot, window)
    saved = [_save(popup, "members-more-filters-popup")]  # any widget grabs
    popup.checks["silent_days"].setChecked(False)
    popup.checks["deposit_held"].setChecked(False)
    popup.spins["level_min"].setValue(2)
    with qtbot.waitSignal(members.results_shown, timeout=10_000):
        popup.accept()
    _settle(qtbot, window)
    saved.append(_save(window, "members-list-chips"))

    with qtbot.waitSignal(members.results_shown, timeout=10_000):
        bar.clear()
    busy = max(
        {w.member_id for w in shot_ctx.care.warnings()},
        key=lambda i: len(shot_ctx.member_record.record(i).ledger),
    )
    box = members.detail.community
    with qtbot.waitSignal(box.record_shown, timeout=10_000):
        members.select_ids([busy])
    _settle(qtbot, window)
    scroll = members.detail.stack.widget(1)
    scroll.ensureWidgetVisible(box, 0, 10)
    _settle(qtbot, window)
    saved.append(_save(window, "members-detail-points"))
    for index, name in ((1, "care"), (2, "activities")):
        box.tabs.setCurrentIndex(index)
        _settle(qtbot, window)
        saved.append(_save(window, f"members-detail-{name}"))
    _close(qtbot, window)
    assert all(p.stat().st_size > 10_000 for p in saved)


def test_reports_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from ui.app import apply_style

    apply_style(qapp)
    window = _open(qtbot, shot_ctx, tmp_path)
    window.resize(1600, 1000)
    page = window.page("reports")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        window.show_page("reports")
    _settle(qtbot, window)
    saved = [_save(window, "reports-last-week")]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.preset.setCurrentIndex(page.preset.findData("this_month"))
    _settle(qtbot, window)
    saved.append(_save(window, "reports-this-month"))
    members = window.page("members")
    with qtbot.waitSignal(members.results_shown, timeout=10_000):
        page.cards["zombie"].clicked.emit("zombie")
    _settle(qtbot, window)
    saved.append(_save(window, "reports-zombies-on-members-page"))
    report = Path(SHOTS or ".") / "boss-report.xlsx"
    with qtbot.waitSignal(page.report_written, timeout=30_000):
        page.write_report(str(report), page.period())
    _close(qtbot, window)
    assert all(p.stat().st_size > 10_000 for p in saved) and report.exists()


def test_settings_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from ui.app import apply_style

    apply_style(qapp)
    shot_ctx.maintenance.backup(reason="auto")
    window = _open(qtbot, shot_ctx, tmp_path)
    page = window.page("settings")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        window.show_page("settings")
    _settle(qtbot, window)
    saved = []
    for title, name in (
        ("积分与等级", "settings-points"),
        ("警告与押金", "settings-warnings"),
        ("肤质", "settings-skin-types"),
        ("标签组", "settings-tag-groups"),
        ("备份", "settings-backups"),
        ("数据库", "settings-database"),
    ):
        titles = [page.sections.item(i).text() for i in range(page.sections.count())]
        page.sections.setCurrentRow(titles.index(title))
        _settle(qtbot, window)
        saved.append(_save(window, name))
    assert page.backups.table.rowCount() >= 1
    _close(qtbot, window)
    assert all(p.stat().st_size > 10_000 for p in saved)


def test_paste_screenshots(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from collections import Counter

    from app.members.domain import MemberFilter
    from ui.app import apply_style

    apply_style(qapp)
    window = _open(qtbot, shot_ctx, tmp_path)
    page = window.page("paste")
    window.show_page("paste")
    qtbot.waitUntil(lambda: page.activity.count() > 0, timeout=20_000)
    _settle(qtbot, window)
    saved = [_save(window, "paste-empty")]
    for kind, name in (("signups", "paste-signups"), ("orders", "paste-orders")):
        page.kind.setCurrentIndex(page.kind.findData(kind))
        if kind == "signups":
            share = next(a.id for a in shot_ctx.activities.list_activities() if a.kind == "分享会")
            page.activity.setCurrentIndex(page.activity.findData(share))
        with qtbot.waitSignal(page.previewed, timeout=20_000):
            page._fill_sample()
        _settle(qtbot, window)
        assert page.preview is not None and page.preview.kind == kind
        saved.append(_save(window, name))
    page.kind.setCurrentIndex(page.kind.findData("checkins"))
    page.activity.setCurrentIndex(0)  # the activity in progress comes first
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page._fill_sample()
    _settle(qtbot, window)
    saved.append(_save(window, "paste-checkins-chat-copy"))
    # orders recorded: an acid toner for a sensitive member warns, then the same paste again
    page.kind.setCurrentIndex(page.kind.findData("orders"))
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page._fill_sample()
    _settle(qtbot, window)
    rows = shot_ctx.query.rows(shot_ctx.query.ids(MemberFilter()))
    seen = Counter(n for r in rows for n in {r.nickname, r.name} if n)
    sensitive = next(r.nickname for r in rows if r.skin_type == "敏感性" and seen[r.nickname] == 1)
    text = page.text.toPlainText().replace("截止时间", f"7. {sensitive} 酸水×1\n截止时间")
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.paste_text(text)
    _settle(qtbot, window)
    saved.append(_save(window, "paste-orders-unsuitable-preview"))
    with qtbot.waitSignal(page.recorded, timeout=20_000):
        page.import_lines()
    qtbot.waitUntil(lambda: bool(page.preview and page.preview.recorded_lines()), timeout=20_000)
    _settle(qtbot, window)
    assert not page.banner.isHidden()
    saved.append(_save(window, "paste-orders-recorded"))
    # an unmatched line chosen to become a new member (the others skipped, the default)
    from app.paste.matching import UNMATCHED

    text = page.text.toPlainText().replace("截止时间", "8. 新来的桃桃 精华×1\n截止时间")
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.paste_text(text)
    _settle(qtbot, window)
    line = next(
        x for x in page.preview.entries if x.decision == UNMATCHED and "桃桃" in x.line.name
    )
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.create_line(line.line.line)
    page.table.selectRow(page.preview.lines.index(page.preview.entries[-1]))
    _settle(qtbot, window)
    assert page.preview.new_members() == ("新来的桃桃",)
    saved.append(_save(window, "paste-orders-new-member"))
    _close(qtbot, window)
    assert all(p.stat().st_size > 10_000 for p in saved)

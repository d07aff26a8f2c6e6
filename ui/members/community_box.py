"""The detail panel's 社群记录 box: her points ledger, warnings and deposits, activities, complaints.

Read on the DB runner each time the panel shows her (so an edit of her row refreshes it); a
result that comes back after another member was chosen is dropped. Strings keep the
"DetailPanel" translation context: they are the panel's own words.

A long-standing member has thousands of ledger lines: each tab is a list model that formats a
line only when a view asks for it (the rows on screen), and the ledger's view takes every line
to be as tall as the first, so showing her costs the same whatever the length of her history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListView, QTabWidget, QVBoxLayout, QWidget

from app.errors import ShequnError

if TYPE_CHECKING:
    from app.community.domain import LedgerRow
    from app.community.member_record import MemberRecord
    from app.domain import Changes
    from ui.env import UiEnv

TABS = ("points", "care", "activities", "complaints")
AREAS = frozenset({"community", "care"})


def _day(value: dt.date | dt.datetime) -> str:
    return f"{value:%Y-%m-%d}"


Line = tuple[str, str]  # text, colour ("" for the default)
Index = QModelIndex | QPersistentModelIndex


class LinesModel(QAbstractListModel):
    """One tab's lines: `rows` formatted by `render` on demand; `empty` when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Any] = ()
        self._render: Callable[[Any], Line] = lambda row: (str(row), "")
        self._empty = ""
        self._done: dict[int, Line] = {}

    def set_lines(self, rows: Sequence[Any], render: Callable[[Any], Line], empty: str) -> None:
        self.beginResetModel()
        self._rows, self._render, self._empty, self._done = rows, render, empty, {}
        self.endResetModel()

    @property
    def count(self) -> int:
        """How many lines she has (the empty text not counted)."""
        return len(self._rows)

    @property
    def formatted(self) -> int:
        """How many lines have been formatted so far."""
        return len(self._done)

    def line(self, row: int) -> Line:
        if not self._rows:
            return self._empty, ""
        got = self._done.get(row)
        if got is None:
            got = self._done[row] = self._render(self._rows[row])
        return got

    def texts(self) -> list[str]:
        return [self.line(i)[0] for i in range(self.rowCount())]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else max(1, len(self._rows))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.line(index.row())[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.line(index.row())[1]
            return QColor(color) if color else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._rows:
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)


class CommunityBox(QWidget):
    """Four compact lists in tabs; `record_shown` fires after each record is painted."""

    record_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communityBox")
        self.env: UiEnv | None = None
        self.record: MemberRecord | None = None
        self._wanted: int | None = None
        self._prefetched: int | None = None  # read started before the panel asks for her
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.lists: dict[str, QListView] = {}
        self.models: dict[str, LinesModel] = {}
        for key in TABS:
            widget = QListView(self)
            model = self.models[key] = LinesModel(widget)
            widget.setModel(model)
            widget.setObjectName(f"community_{key}")
            # The ledger may run to thousands of rows: all as tall as the first (so the view
            # does not measure each one), wrapped to the panel's width; a line's tooltip holds
            # the whole of it.
            widget.setUniformItemSizes(key == "points")
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setMinimumHeight(120)
            widget.setMaximumHeight(190)
            widget.setAlternatingRowColors(True)
            self.lists[key] = widget
            self.tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def bind(self, env: UiEnv) -> None:
        """Give the box the runner it reads with (the page does it once)."""
        self.env = env
        env.runner.changed.connect(self._on_runner_changed)

    def _on_runner_changed(self, changes: Changes) -> None:
        # Her own changes reload the whole panel (and this box with it); an activity renamed
        # or a rule changed touches no member but may change what the box shows.
        wanted = self._wanted
        if wanted is not None and wanted not in changes.members and changes.areas & AREAS:
            self.show_member(wanted)

    def retranslate(self) -> None:
        self._fill()

    # loading ---------------------------------------------------------------------------------
    def prefetch(self, member_id: int) -> None:
        """Start reading her record now, while the panel reads her row (the page calls it as
        soon as she is selected); the `show_member` that follows for her reads nothing more."""
        if self.env is not None:
            self._prefetched = member_id
            self._wanted = member_id
            self.env.tasks.spawn(self._load(member_id))

    def show_member(self, member_id: int | None) -> None:
        """Read and show her record (None: clear)."""
        prefetched, self._prefetched = self._prefetched, None
        self._wanted = member_id
        if member_id is not None and member_id == prefetched:
            return  # the read started at her selection shows her
        if member_id is None or self.env is None:
            self.record = None
            self._fill()
            return
        self.env.tasks.spawn(self._load(member_id))

    async def _load(self, member_id: int) -> None:
        assert self.env is not None
        try:
            record = await self.env.runner.run(self.env.ctx.member_record.record, member_id)
        except ShequnError:  # she was deleted meanwhile: the panel says so itself
            record = None
        if member_id != self._wanted:
            return
        self.record = record
        self._fill()
        self.record_shown.emit(member_id)

    # painting --------------------------------------------------------------------------------
    def _fill(self) -> None:
        r = self.record
        titles = {
            "points": QCoreApplication.translate("DetailPanel", "积分"),
            "care": QCoreApplication.translate("DetailPanel", "警告/押金"),
            "activities": QCoreApplication.translate("DetailPanel", "活动"),
            "complaints": QCoreApplication.translate("DetailPanel", "投诉"),
        }
        for i, key in enumerate(TABS):
            model = self.models[key]
            if key == "points":
                model.set_lines(r.ledger if r else (), self._ledger_render(), self._empty_text(key))
            else:
                model.set_lines(self._lines(key, r), lambda line: line, self._empty_text(key))
            count = model.count
            self.tabs.setTabText(i, f"{titles[key]} {count}" if count else titles[key])

    @staticmethod
    def _empty_text(key: str) -> str:
        return {
            "points": QCoreApplication.translate("DetailPanel", "还没有积分记录。"),
            "care": QCoreApplication.translate("DetailPanel", "没有警告，也没有押金。"),
            "activities": QCoreApplication.translate("DetailPanel", "还没有参加过活动。"),
            "complaints": QCoreApplication.translate("DetailPanel", "没有投诉。"),
        }[key]

    def _lines(self, key: str, r: MemberRecord | None) -> list[tuple[str, str]]:
        if r is None:
            return []
        if key == "care":
            return self._care_lines(r)
        if key == "activities":
            out = []
            for a in r.activities:
                signed = (
                    QCoreApplication.translate("DetailPanel", "已报名")
                    if a.signed_up
                    else QCoreApplication.translate("DetailPanel", "未报名")
                )
                text = QCoreApplication.translate(
                    "DetailPanel", "{name}（{kind}，{start}–{end}）· {signed} · 打卡 {n} 次"
                ).format(
                    name=a.name,
                    kind=a.kind,
                    start=_day(a.start),
                    end=_day(a.end),
                    signed=signed,
                    n=a.checkins,
                )
                out.append((text, ""))
            return out
        out = []
        for c in r.complaints:
            status = {
                "open": QCoreApplication.translate("DetailPanel", "待处理"),
                "processing": QCoreApplication.translate("DetailPanel", "处理中"),
                "resolved": QCoreApplication.translate("DetailPanel", "已解决"),
            }.get(c.status, c.status)
            color = "" if c.status == "resolved" else "#c62828"
            head = f"{c.received_at:%Y-%m-%d %H:%M} · {status}"
            out.append((f"{head} · {c.category or c.channel}：{c.text}", color))
        return out

    @staticmethod
    def _ledger_render() -> Callable[[LedgerRow], Line]:
        """How a ledger line reads (the words looked up once for all her lines)."""
        reasons = {
            "checkin": QCoreApplication.translate("DetailPanel", "打卡"),
            "share": QCoreApplication.translate("DetailPanel", "分享"),
            "win": QCoreApplication.translate("DetailPanel", "活动获奖"),
            "manual": QCoreApplication.translate("DetailPanel", "手动调整"),
            "redeem": QCoreApplication.translate("DetailPanel", "兑换"),
        }
        template = QCoreApplication.translate(
            "DetailPanel", "{at}  {delta:+d}  {reason}{detail} · 余 {balance}"
        )

        def render(row: LedgerRow) -> Line:
            # A check-in's note already names its activity ("21 天打卡营 12-02"): say it once.
            parts = (
                (row.note,)
                if row.activity and row.activity in row.note
                else (row.activity, row.note)
            )
            detail = " · ".join(p for p in parts if p)
            text = template.format(
                at=_day(row.at),
                delta=row.delta,
                reason=reasons.get(row.reason, row.reason),
                detail=f"（{detail}）" if detail else "",
                balance=row.balance,
            )
            return text, "#2e7d32" if row.delta > 0 else "#c62828" if row.delta < 0 else ""

        return render

    @staticmethod
    def _care_lines(r: MemberRecord) -> list[tuple[str, str]]:
        now = dt.datetime.now()
        out: list[tuple[str, str]] = []
        for w in r.warnings:
            if w.revoked:
                state, color = QCoreApplication.translate("DetailPanel", "已撤销"), "#8a8f98"
            elif not w.in_force(now):
                state, color = QCoreApplication.translate("DetailPanel", "已过期"), "#8a8f98"
            elif w.outcome == "removal":
                state, color = QCoreApplication.translate("DetailPanel", "导致移出"), "#c62828"
            else:
                state, color = QCoreApplication.translate("DetailPanel", "生效中"), "#e0672c"
            evidence = f"：{w.evidence}" if w.evidence else ""
            out.append(
                (
                    QCoreApplication.translate(
                        "DetailPanel", "{at} 警告 · {reason} · {state}"
                    ).format(at=_day(w.at), reason=w.reason, state=state)
                    + evidence,
                    color,
                )
            )
        for d in r.deposits:
            state = {
                "held": QCoreApplication.translate("DetailPanel", "押金中"),
                "refunded": QCoreApplication.translate("DetailPanel", "已退还"),
                "forfeited": QCoreApplication.translate("DetailPanel", "已没收"),
            }.get(d.status, d.status)
            closed = f" → {_day(d.closed_on)}" if d.closed_on else ""
            color = {"held": "#1565c0", "forfeited": "#c62828"}.get(d.status, "")
            out.append(
                (
                    QCoreApplication.translate(
                        "DetailPanel", "{at} 押金 ¥{amount:.2f} · {state}"
                    ).format(at=_day(d.held_on), amount=d.amount, state=state)
                    + closed,
                    color,
                )
            )
        return out

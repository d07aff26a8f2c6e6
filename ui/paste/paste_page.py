"""The 粘贴接龙 page: paste chat text, say what it is, check the matches, import in one step."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.commerce.domain import Recorded
from app.ops import Done
from app.paste.matching import AMBIGUOUS, DUPLICATE, MATCHED, UNMATCHED
from app.paste.parser import CHECKINS, ORDERS, SIGNUPS
from app.paste.paste_ops import PasteResult
from app.paste.service import SKIPPED, Preview, PreviewLine, order_lines, plan_operation
from ui.community.rows_model import Column, RowsModel
from ui.env import UiEnv
from ui.operations import UndoText
from ui.page import Page
from ui.paste.member_picker import LineMemberDialog
from ui.qt_dates import qdate_to_py
from ui.slots import widget_slot
from ui.wording import joined, member_cell, member_text

_COLOURS = {MATCHED: "#2e7d32", AMBIGUOUS: "#b26a00", UNMATCHED: "#c62828", DUPLICATE: "#8a8f98"}
NEW = "#1565c0"  # a line that becomes a new member
WARN = "#c62828"


class PastePage(Page):
    key = "paste"
    previewed = Signal()  # a preview is shown (tests, screenshots)
    recorded = Signal(object)  # the Done of an import (tests, screenshots)
    status_changed = Signal(str)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.preview: Preview | None = None
        self.choices: dict[int, tuple[int, str]] = {}
        self.skipped: set[int] = set()  # lines the user left out of the import
        self.created: set[int] = set()  # unmatched lines that become new members (default: skip)
        self.loaded = False
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda: self._timer.start())
        env.runner.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("粘贴接龙")

    def _build(self) -> None:
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr("把群里的接龙、报名名单或打卡消息粘贴到这里（Ctrl+Shift+V 在任何页面都能打开）")
        )
        self.kind = QComboBox(self)
        for text, value in (
            (self.tr("自动判断"), None),
            (self.tr("订单"), ORDERS),
            (self.tr("报名"), SIGNUPS),
            (self.tr("打卡"), CHECKINS),
        ):
            self.kind.addItem(text, value)
        self.activity = QComboBox(self)
        self.activity.setMinimumWidth(320)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.product = QLineEdit(self)
        self.product.setPlaceholderText(self.tr("没写产品的行算作…"))
        self.sample_button = QPushButton(self.tr("填入示例"), self)
        self.sample_button.clicked.connect(self._fill_sample)
        for w in (self.kind, self.activity):
            w.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.day.dateChanged.connect(lambda _d: self._timer.start())
        self.product.textChanged.connect(lambda _t: self._timer.start())
        bar = QHBoxLayout()
        self.bar_labels = [QLabel(self) for _ in range(4)]
        for label, widget in zip(
            self.bar_labels, (self.kind, self.activity, self.day, self.product), strict=True
        ):
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.sample_button)

        self.model = RowsModel(self._columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.pick_member())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setMargin(16)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.empty)
        self.views.addWidget(self.table)

        self.banner = QLabel(self)
        self.banner.setObjectName("unsuitableBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            f"color: {WARN}; background: #fdecea; border: 1px solid #f5c2c0;"
            " border-radius: 4px; padding: 6px 10px; font-weight: bold;"
        )
        self.banner.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.pick_button = QPushButton(self.tr("选择成员…"), self)
        self.pick_button.clicked.connect(self.pick_member)
        self.skip_button = QPushButton(self.tr("跳过这一行"), self)
        self.skip_button.clicked.connect(self.skip_line)
        self.create_button = QPushButton(self.tr("新建成员"), self)
        self.create_button.setToolTip(
            self.tr("没认出的这一行导入时新建为成员（群里写的名字作昵称），和这次导入一起撤销")
        )
        self.create_button.clicked.connect(lambda _checked=False: self.create_line())
        self.import_button = QPushButton(self.tr("导入"), self)
        self.import_button.setDefault(True)
        self.import_button.setToolTip(self.tr("把认出的行一次记下（Ctrl+Enter），可以一步撤销"))
        self.import_button.clicked.connect(self.import_lines)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.pick_button)
        actions.addWidget(self.create_button)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.import_button)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.text)
        split.addWidget(self.views)
        split.setSizes([260, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.import_lines)
        self._texts()
        self._update_buttons()

    def _texts(self) -> None:
        for label, text in zip(
            self.bar_labels,
            (self.tr("这是什么"), self.tr("活动"), self.tr("日期"), self.tr("产品")),
            strict=True,
        ):
            label.setText(text)
        self.empty.setText(
            self.tr(
                "粘贴一段接龙，这里会逐行显示认出的成员。例如：\n\n"
                "#接龙 小棕瓶团购\n1. 小美🐰（3群） 精华×1 面膜×2\n2、院长 +1\n③ Amy-杭州 两盒\n\n"
                "没把握的行标成黄色：双击它选择是哪位成员。没认出的行默认跳过，"
                "选中它按「新建成员」就把她新建为成员。点「填入示例」用本库的成员试一试。"
            )
        )

    def retranslate(self) -> None:
        """The language changed: every fixed text, the columns, then the preview again."""
        self._texts()
        self.text.setPlaceholderText(
            self.tr("把群里的接龙、报名名单或打卡消息粘贴到这里（Ctrl+Shift+V 在任何页面都能打开）")
        )
        for i, text in enumerate(
            (self.tr("自动判断"), self.tr("订单"), self.tr("报名"), self.tr("打卡"))
        ):
            self.kind.setItemText(i, text)
        self.product.setPlaceholderText(self.tr("没写产品的行算作…"))
        self.sample_button.setText(self.tr("填入示例"))
        self.pick_button.setText(self.tr("选择成员…"))
        self.skip_button.setText(self.tr("跳过这一行"))
        self.create_button.setText(self.tr("新建成员"))
        self.create_button.setToolTip(
            self.tr("没认出的这一行导入时新建为成员（群里写的名字作昵称），和这次导入一起撤销")
        )
        self.import_button.setText(self.tr("导入"))
        self.model.set_columns(self._columns())
        self._update_buttons()  # their tooltips
        if self.loaded:
            self._load_activities()  # each named with its dates in the language shown
        if self.text.toPlainText().strip():
            self.refresh()

    def _columns(self) -> list[Column]:
        state = {
            MATCHED: self.tr("认出"),
            AMBIGUOUS: self.tr("待确认"),
            UNMATCHED: self.tr("没认出"),
            DUPLICATE: self.tr("重复"),
        }

        def member(p: PreviewLine) -> str:
            m = p.match
            if m is None:
                return ""
            if p.new_member:
                return self.tr("新成员「%1」").replace("%1", p.line.name.strip())
            if m.member_id is not None:
                label = self.choices.get(p.line.line, (0, ""))[1] or next(
                    (c.label for c in m.candidates if c.member_id == m.member_id), ""
                )
                return member_cell(label, m.member_id)
            return joined(f"{c.label}#{c.member_id}?" for c in m.candidates[:3])

        def colour(p: PreviewLine) -> str | None:
            if p.match is None:
                return "#8a8f98"
            if p.problem == SKIPPED:
                return "#8a8f98"
            if p.problem or (p.applies and p.product_problem):
                return WARN
            if p.new_member:
                return NEW
            return _COLOURS.get(p.match.decision)

        def items(p: PreviewLine) -> str:
            if p.items:
                return " ".join(
                    f"{i.name or '「' + (i.product or '?') + '」?'}×{i.quantity}" for i in p.items
                )
            return " ".join(f"{i.product}×{i.quantity}" for i in p.line.items)

        def status(p: PreviewLine) -> str:
            if p.match is None:
                return p.line.skipped
            if p.problem == SKIPPED:
                return self.tr("跳过")
            if p.problem:
                return p.problem
            if p.new_member:
                return " ".join(x for x in (self.tr("将新建成员"), p.product_problem) if x)
            parts = [state.get(p.match.decision, ""), p.match.note]
            if p.match.decision == UNMATCHED:
                parts.append(self.tr("（跳过；要新建成员请按「新建成员」）"))
            if p.match.member_id is not None and p.decision != DUPLICATE:
                parts.append(p.product_problem)
                parts += [f"⚠ {i.warning}" for i in p.items if i.warning and not i.recorded]
            return " ".join(x for x in parts if x)

        return [
            Column(self.tr("行"), lambda p: str(p.line.line), None, True),
            Column(self.tr("名字"), lambda p: p.line.name or p.line.text.strip(), colour),
            Column(self.tr("成员"), member, colour),
            Column(
                self.tr("把握"),
                lambda p: f"{p.match.confidence:.0%}" if p.match and not p.new_member else "",
                colour,
            ),
            Column(self.tr("内容"), items),
            Column(self.tr("状态"), status, colour),
        ]

    def activate(self) -> None:
        if not self.loaded:
            self.loaded = True
            self._load_activities()
            self._warm()

    @widget_slot()
    async def _warm(self) -> None:
        # The member index takes a moment for a large community: build it before the paste.
        await self.env.runner.run(self.env.ctx.paste.warm)

    @widget_slot()
    async def _load_activities(self) -> None:
        rows = await self.env.runner.run(self.env.ctx.activities.list_activities)
        keep = self.activity.currentData()
        self.activity.blockSignals(True)
        self.activity.clear()
        today = dt.date.today()
        # Activities in progress first: that is where today's check-ins go.
        rows = sorted(rows, key=lambda r: (not r.start <= today <= r.end, -r.start.toordinal()))
        when = UndoText.translate("PastePage", "%1（%2～%3）")  # a name and its dates
        for r in rows:
            self.activity.addItem(
                str(when.fill(r.name, f"{r.start:%m-%d}", f"{r.end:%m-%d}")), r.id
            )
        if keep is not None and (i := self.activity.findData(keep)) >= 0:
            self.activity.setCurrentIndex(i)
        self.activity.blockSignals(False)

    def paste_text(self, text: str) -> None:
        """Ctrl+Shift+V: show the clipboard's text and preview it."""
        self.choices.clear()
        self.skipped.clear()
        self.created.clear()
        self.text.setPlainText(text)
        self.text.setFocus()
        self._timer.stop()
        self.refresh()

    @widget_slot()
    async def _fill_sample(self) -> None:
        kind = self.kind.currentData() or SIGNUPS
        text = await self.env.runner.run(self.env.ctx.paste.sample, kind)
        self.paste_text(text)

    @widget_slot()
    async def refresh(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self._show(None)
            return
        kind = self.kind.currentData()
        try:
            preview = await self.env.runner.run(
                self.env.ctx.paste.preview,
                text,
                kind,
                activity_id=self.activity.currentData(),
                day=qdate_to_py(self.day.date()),
                product=self.product.text().strip(),
                choices=dict(self.choices),
                skipped=tuple(self.skipped),
                create=tuple(sorted(self.created)),
            )
        except Exception as exc:  # a domain error is shown in the table's place, not a dialog
            from app.errors import ShequnError

            if not isinstance(exc, ShequnError):
                raise
            self._show(None, str(exc))
            return
        self._show(preview)

    def _show(self, preview: Preview | None, problem: str = "") -> None:
        self.preview = preview
        current = self._current()
        self.model.set_rows(preview.lines if preview else [])
        if current is not None and preview is not None:
            # keep the line the user is working on selected across a refresh
            rows = [i for i, x in enumerate(preview.lines) if x.line.line == current.line.line]
            if rows:
                self.table.selectRow(rows[0])
        self.views.setCurrentIndex(1 if preview else 0)
        if problem:
            self.summary.setText(problem)
        elif preview is None:
            self.summary.setText("")
        else:
            entries = preview.entries
            sure = sum(p.applies for p in entries)
            unsure = sum(p.decision == AMBIGUOUS and not p.new_member for p in entries)
            what = {ORDERS: self.tr("订单"), SIGNUPS: self.tr("报名"), CHECKINS: self.tr("打卡")}
            text = (
                self.tr("当作%1：%2 行，认出 %3 行，待确认 %4 行")
                .replace("%1", what[preview.kind])
                .replace("%2", str(len(entries)))
                .replace("%3", str(sure))
                .replace("%4", str(unsure))
            )
            if new := preview.new_members():
                text += self.tr("；新建 %1 位成员").replace("%1", str(len(new)))
            if again := preview.recorded_lines():
                text += self.tr("；第 %1 行以前已经记录过，不会再记").replace(
                    "%1", joined(map(str, again))
                )
            n = len(order_lines(preview)) if preview.kind == ORDERS else 0
            if n and preview.day is not None:
                text += (
                    self.tr("；将记 %1 笔购买（%2）")
                    .replace("%1", str(n))
                    .replace("%2", preview.day.isoformat())
                )
            if refused := preview.problem():
                text += "\n" + refused + self.tr("：改好这一行、填默认产品或跳过它。")
            self.summary.setText(text)
            self.table.resizeColumnsToContents()
        self._update_buttons()
        self.previewed.emit()

    def _update_buttons(self) -> None:
        # The pickers that matter for what the text is (the guess, when 自动判断)
        p = self.preview
        kind = self.kind.currentData() or (p.kind if p else None)
        self.activity.setEnabled(kind != ORDERS)
        self.day.setEnabled(kind in (CHECKINS, ORDERS, None))
        self.day.setToolTip(self.tr("订单的购买日期") if kind == ORDERS else self.tr("打卡的日期"))
        self.product.setEnabled(kind in (ORDERS, None))
        refused = p.problem() if p else ""
        ok = bool(p and p.to_record() and not refused)
        self.import_button.setEnabled(ok)
        self.import_button.setToolTip(
            refused or self.tr("把认出的行一次记下（Ctrl+Enter），可以一步撤销")
        )
        has_entries = bool(p and p.entries)
        self.pick_button.setEnabled(has_entries)
        self.skip_button.setEnabled(has_entries)
        line = self._current()
        can_create = bool(
            line is not None
            and line.match is not None
            and line.problem != SKIPPED
            and (line.new_member or line.match.decision in (UNMATCHED, AMBIGUOUS))
        )
        self.create_button.setEnabled(can_create)
        self.create_button.setText(
            self.tr("不新建") if line is not None and line.new_member else self.tr("新建成员")
        )

    def _current(self) -> PreviewLine | None:
        row: Any = self.model.row_at(self.table.currentIndex().row())
        return row if row is not None and row.match is not None else None

    def pick_member(self) -> None:
        p = self._current()
        if p is None or p.match is None:
            return
        dialog = LineMemberDialog(self.env, p.line.name, p.match.candidates, self)
        if dialog.exec() and dialog.chosen is not None:
            self.choices[p.line.line] = dialog.chosen
            self.created.discard(p.line.line)
            self._reshow()

    def choose_line(self, line: int, member_id: int, label: str) -> None:
        """What the picker does, by line number (keyboard-free tests use it)."""
        self.choices[line] = (member_id, label)
        self.created.discard(line)
        self._reshow()

    def create_line(self, line: int | None = None) -> None:
        """The selected (or given) unmatched line becomes a new member on import; again: not."""
        if line is None:
            p = self._current()
            if p is None:
                return
            line = p.line.line
        self.choices.pop(line, None)
        self.skipped.discard(line)
        self.created ^= {line}
        self._reshow()

    def skip_line(self) -> None:
        p = self._current()
        if p is None or self.preview is None:
            return
        self.choices.pop(p.line.line, None)
        self.created.discard(p.line.line)
        self.skipped ^= {p.line.line}  # a second time takes the line back in
        self._reshow()

    def _reshow(self) -> None:
        self._timer.stop()
        self.refresh()

    def import_lines(self) -> None:
        if self.preview is None or not self.import_button.isEnabled():
            return
        op = plan_operation(self.preview)
        self.banner.hide()
        if self.preview.kind == ORDERS:
            n = len(order_lines(self.preview))
            text = UndoText.translate("PastePage", "粘贴接龙：%1 笔购买").fill(n)
        else:
            n = len(set(self.preview.member_ids()))
            what = (
                UndoText.translate("PastePage", "报名")
                if self.preview.kind == SIGNUPS
                else UndoText.translate("PastePage", "打卡")
            )
            n += len(self.preview.new_members())
            text = UndoText.translate("PastePage", "粘贴接龙：%1 位成员%2").fill(n, what)
        if new := self.preview.new_members():
            text += UndoText.translate("PastePage", "，新建 %1 位成员").fill(len(new))
        self.env.ops.push(self.env.stack_for(self.key), op, text, on_done=self._on_recorded)

    def _on_recorded(self, done: Done[Any]) -> None:
        value = done.value.value if isinstance(done.value, PasteResult) else done.value
        if isinstance(value, Recorded) and value.warnings:
            lines = [
                self.tr("⚠ %1买了「%2」：%3。")
                .replace("%1", str(member_text(w.name, w.member_id)))
                .replace("%2", w.product)
                .replace("%3", w.warning)
                for w in value.warnings
            ]
            text = (
                "\n".join(lines)
                + "\n"
                + self.tr("如果她用了不合适，在「产品」页的购买记录里选中这笔购买按「退款…」。")
            )
            self.banner.setText(text)
            self.banner.show()
            self.env.show_message(text)
        self.recorded.emit(done)

    def _on_changed(self, changes: object) -> None:
        # After an import (or its undo) the preview says which lines are already recorded.
        if self.loaded and self.text.toPlainText().strip():
            self._timer.start()
        if self.loaded and "community" in getattr(changes, "areas", frozenset()):
            self._load_activities()

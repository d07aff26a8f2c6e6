"""The search box, tag chips (all of / any of / none of) and field filters above the member table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.members.domain import STATUSES, TIERS, GroupInfo, MemberFilter, TagInfo
from ui import icons
from ui.flow_layout import FlowLayout
from ui.members.list_filters_popup import LIST_FIELDS, ListFiltersPopup, chip_texts
from ui.members.member_table_model import status_label, tier_label
from ui.members.tag_editor import TagChip, TagCompleter

MODES = ("all", "any", "none")
BOUGHT_FIXED = ("never", "min:2", "min:3")


def bought_fields(key: str | None) -> dict[str, Any]:
    """The `MemberFilter` fields of the 购买 combo's choice."""
    if not key:
        return {}
    if key == "never":
        return {"never_bought": True}
    if key.startswith("min:"):
        return {"bought_min": int(key[4:])}
    return {"bought_categories": (key[4:],)}


def bought_key(f: MemberFilter) -> str | None:
    if f.never_bought and not f.bought_categories:
        return "never"
    if f.bought_categories:
        return f"cat:{f.bought_categories[0]}"
    return f"min:{f.bought_min}" if f.bought_min else None


LIST_CHIP_COLOR = "#7b5ea7"


class FilterBar(QWidget):
    """Emits `search_edited` on each keystroke (the page debounces) and `filter_changed` when a
    chip or a field filter changes."""

    search_edited = Signal(str)
    filter_changed = Signal()
    save_segment_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._chips: list[tuple[str, str]] = []  # (mode, tag name)
        self._lists: dict[str, Any] = dict(LIST_FIELDS)  # 更多筛选: the weekly lists

        # Members chosen elsewhere (a figure clicked on the 报表 page): shown as one chip.
        self._ids: tuple[int, ...] | None = None
        self._colors: dict[str, str] = {}
        self._quiet = False

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self.search_edited)

        self.tag_mode = QComboBox(self)
        for _mode in MODES:
            self.tag_mode.addItem("")
        self.tag_input = QLineEdit(self)
        self.tag_input.setMinimumWidth(140)
        self.completer = TagCompleter(self)
        self.tag_input.setCompleter(self.completer)
        self.tag_input.returnPressed.connect(self._on_tag_input_return_pressed)
        self.completer.activated.connect(self._on_completer_activated)

        self.skin, self.role, self.group = self._combo(), self._combo(), self._combo()
        self.status = self._combo()
        for key in STATUSES:
            self.status.addItem("", key)
        self.tier = self._combo()
        for key in TIERS:
            self.tier.addItem("", key)
        # Purchases: never bought, bought at least N times, bought a category/active ("cat:果酸").
        self.bought = self._combo()
        for key in BOUGHT_FIXED:
            self.bought.addItem("", key)

        self.more_button = QPushButton(self)
        self.more_button.setObjectName("moreFilters")
        self.more_button.clicked.connect(self.open_more_filters)
        self.popup: ListFiltersPopup | None = None
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_segment_requested)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)

        for button, key in (
            (self.more_button, "more_filters"),
            (self.save_button, "save_segment"),
            (self.clear_button, "clear_filter"),
        ):
            button.setIcon(icons.icon(key))
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.search, 3)
        top.addWidget(self.tag_mode)
        top.addWidget(self.tag_input, 1)
        # The field filters wrap onto a second line in a narrow window (1280 px with the detail
        # panel open) instead of setting the window's minimum width.
        fields = FlowLayout(spacing=6)
        for combo in (self.skin, self.role, self.group, self.status, self.tier, self.bought):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            fields.addWidget(combo)
        fields.addWidget(self.more_button)
        fields.addWidget(self.save_button)
        fields.addWidget(self.clear_button)
        self.chips = FlowLayout(spacing=4)
        chips_box = QWidget(self)
        chips_box.setLayout(self.chips)
        self.chips_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(fields)
        layout.addWidget(chips_box)
        self.retranslate()

    def retranslate(self) -> None:
        """All texts in the current language (also the fixed combo items and the chips)."""
        self.search.setPlaceholderText(
            self.tr("搜索昵称、姓名、微信号、手机、QQ、头衔、擅长、备注（支持拼音，如 xm）  Ctrl+F")
        )
        for i, text in enumerate((self.tr("全部包含"), self.tr("任一包含"), self.tr("都不包含"))):
            self.tag_mode.setItemText(i, text)
        self.tag_input.setPlaceholderText(self.tr("按标签筛选…"))
        for combo, text in (
            (self.skin, self.tr("肤质：全部")),
            (self.role, self.tr("角色：全部")),
            (self.group, self.tr("群：全部")),
            (self.status, self.tr("状态：全部")),
            (self.tier, self.tr("会员：全部")),
            (self.bought, self.tr("购买：全部")),
        ):
            combo.setItemText(0, text)
        fixed = (self.tr("从没买过"), self.tr("买过 2 次及以上"), self.tr("买过 3 次及以上"))
        for i, text in enumerate(fixed, 1):
            self.bought.setItemText(i, text)
        for combo, label in ((self.status, status_label), (self.tier, tier_label)):
            for i in range(1, combo.count()):
                combo.setItemText(i, label(combo.itemData(i)))
        for i in range(1 + len(BOUGHT_FIXED), self.bought.count()):
            category = str(self.bought.itemData(i))[4:]
            self.bought.setItemText(i, self.tr("买过：%1").replace("%1", category))
        for combo in (self.skin, self.role):
            if (unset := combo.findData("")) > 0:
                combo.setItemText(unset, self.tr("（未填）"))
        self.more_button.setToolTip(self.tr("沉默、未联系、生日、入群日期、等级、警告、押金"))
        self.save_button.setText(self.tr("保存为分群"))
        self.clear_button.setText(self.tr("清除筛选"))
        self._render_chips()

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem("", None)
        combo.currentIndexChanged.connect(self._on_combo_changed)
        return combo

    # vocabularies ------------------------------------------------------------------------------
    def set_vocabulary(
        self,
        tags: Sequence[TagInfo],
        skin_types: Sequence[str],
        roles: Sequence[str],
        groups: Sequence[GroupInfo],
    ) -> None:
        self._quiet = True
        try:
            self.completer.set_tags(tags)
            self._colors = {t.name: t.color for t in tags}
            self._refill(self.skin, [(s, s) for s in skin_types] + [(self.tr("（未填）"), "")])
            self._refill(self.role, [(r, r) for r in roles] + [(self.tr("（未填）"), "")])
            self._refill(self.group, [(g.name, g.id) for g in groups if g.parent_id is None])
        finally:
            self._quiet = False

    def set_purchase_choices(self, categories: Sequence[str]) -> None:
        """The categories and actives offered as 买过 X (read by the commerce area)."""
        self._quiet = True
        try:
            current = self.bought.currentData()
            while self.bought.count() > 1 + len(BOUGHT_FIXED):
                self.bought.removeItem(1 + len(BOUGHT_FIXED))
            for c in categories:
                self.bought.addItem(self.tr("买过：%1").replace("%1", c), f"cat:{c}")
            self.bought.setCurrentIndex(max(self.bought.findData(current), 0))
        finally:
            self._quiet = False

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))

    # the filter --------------------------------------------------------------------------------
    def member_filter(self, trash: bool = False) -> MemberFilter:
        def tags(mode: str) -> tuple[str, ...]:
            return tuple(name for m, name in self._chips if m == mode)

        def one(combo: QComboBox) -> tuple[Any, ...]:
            data = combo.currentData()
            return () if data is None else (data,)

        return MemberFilter(
            search=self.search.text().strip(),
            tags_all=tags("all"),
            tags_any=tags("any"),
            tags_none=tags("none"),
            skin_types=one(self.skin),
            roles=one(self.role),
            group_ids=one(self.group),
            statuses=one(self.status),
            tiers=one(self.tier),
            ids=self._ids,
            trash=trash,
            **bought_fields(self.bought.currentData()),
            **self._lists,
        )

    def apply_filter(self, f: MemberFilter) -> None:
        """Show `f` in the widgets (a saved segment, or a filter set by code)."""
        self._quiet = True
        try:
            self.search.setText(f.search)
            self._ids = f.ids
            self._chips = (
                [("all", t) for t in f.tags_all]
                + [("any", t) for t in f.tags_any]
                + [("none", t) for t in f.tags_none]
            )
            self._lists = {key: getattr(f, key) for key in LIST_FIELDS}
            for combo, values in (
                (self.skin, f.skin_types),
                (self.role, f.roles),
                (self.group, f.group_ids),
                (self.status, f.statuses),
                (self.tier, f.tiers),
            ):
                index = combo.findData(values[0]) if values else 0
                combo.setCurrentIndex(max(index, 0))
            self.bought.setCurrentIndex(max(self.bought.findData(bought_key(f)), 0))
            self._render_chips()
        finally:
            self._quiet = False

    def clear(self) -> None:
        self.apply_filter(MemberFilter())
        self.filter_changed.emit()

    def add_tag_filter(self, name: str, mode: str = "all") -> None:
        name = name.split(":")[-1].strip()
        if name and (mode, name) not in self._chips:
            self._chips.append((mode, name))
            self._render_chips()
            self.filter_changed.emit()

    def _ids_text(self) -> str:
        return self.tr("指定的 {n} 位成员").format(n=len(self._ids or ()))

    def _remove_ids(self, _text: str = "") -> None:
        self._ids = None
        self._render_chips()
        self.filter_changed.emit()

    def _remove_chip(self, text: str) -> None:
        self._chips = [c for c in self._chips if self._chip_text(c) != text]
        self._render_chips()
        self.filter_changed.emit()

    def _chip_text(self, chip: tuple[str, str]) -> str:
        prefix = {"all": self.tr("含"), "any": self.tr("任一"), "none": self.tr("不含")}[chip[0]]
        return f"{prefix}：{chip[1]}"

    def _render_chips(self) -> None:
        self.chips.clear()
        if self._ids is not None:
            widget = TagChip(self._ids_text(), "#6b4fbb")
            widget.remove_requested.connect(self._remove_ids)
            self.chips.addWidget(widget)
        for chip in self._chips:
            color = "#8a8f98" if chip[0] == "none" else self._colors.get(chip[1], "#3e63dd")
            widget = TagChip(self._chip_text(chip), color)
            widget.remove_requested.connect(self._remove_chip)
            self.chips.addWidget(widget)
        lists = chip_texts(self._lists)
        more = self.tr("更多筛选…")
        self.more_button.setText(f"{more} {len(lists)}" if lists else more)
        for text, keys in lists:
            widget = TagChip(text, LIST_CHIP_COLOR)
            widget.setObjectName("listChip")
            widget.remove_requested.connect(lambda _t, k=keys: self._remove_list_filter(k))
            self.chips.addWidget(widget)

    # 更多筛选 ----------------------------------------------------------------------------------
    def list_chips(self) -> list[str]:
        """The texts of the list-filter chips shown (tests, screenshots)."""
        return [text for text, _keys in chip_texts(self._lists)]

    def open_more_filters(self) -> ListFiltersPopup:
        """Open the 更多筛选 popup; 应用 sets the list filters (one filter change)."""
        popup = ListFiltersPopup(self._lists, self)
        popup.accepted.connect(lambda: self._on_popup_accepted(popup))
        popup.finished.connect(popup.deleteLater)
        self.popup = popup
        popup.open()
        return popup

    def _on_popup_accepted(self, popup: ListFiltersPopup) -> None:
        values = popup.values()
        self.popup = None
        if values != self._lists:
            self._lists = values
            self._render_chips()
            self.filter_changed.emit()

    def _remove_list_filter(self, keys: tuple[str, ...]) -> None:
        for key in keys:
            self._lists[key] = LIST_FIELDS[key]
        self._render_chips()
        self.filter_changed.emit()

    def _on_tag_input_return_pressed(self) -> None:
        text = self.tag_input.text()
        self.tag_input.clear()
        self.add_tag_filter(text, MODES[self.tag_mode.currentIndex()])

    def _on_completer_activated(self, text: str) -> None:
        self.tag_input.clear()
        self.add_tag_filter(text, MODES[self.tag_mode.currentIndex()])

    def _on_combo_changed(self, _index: int) -> None:
        if not self._quiet:
            self.filter_changed.emit()

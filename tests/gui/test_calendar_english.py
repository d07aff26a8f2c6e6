"""The English UI names what the calendar itself generates in English: types, holidays, rules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest

NOW = dt.datetime(2026, 10, 9, 9, 30)  # 国庆 days off and a 调休 Saturday in view
WAIT = 10_000
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    from PySide6.QtCore import QTranslator

    from ui.app import RESOURCES

    translator = QTranslator()
    assert translator.load("shequn_en", str(RESOURCES / "translations"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_labels_render_core_values_in_english(english: None) -> None:
    from app.calendar.domain import BUILTIN_TYPE_KEYS, SlotRule
    from app.calendar.holidays import HOLIDAY_NAMES, LUNAR_FESTIVALS, SOLAR_FESTIVALS, day_marks
    from ui.calendar.labels import (
        STATUS_KEYS,
        day_labels,
        day_name,
        rule_text,
        status_label,
        type_label,
    )

    for name, key in BUILTIN_TYPE_KEYS.items():
        assert not CJK.search(type_label(name, key)), name
    assert type_label("直播预告", "") == "直播预告"  # a user type stays as typed
    for name in [*HOLIDAY_NAMES.values(), *(f[2] for f in SOLAR_FESTIVALS + LUNAR_FESTIVALS)]:
        assert not CJK.search(day_name(name)), name
    assert day_name("双11") == "Singles' Day 11.11"
    for key in STATUS_KEYS:
        assert not CJK.search(status_label(key))
    marks, _ = day_marks(dt.date(2026, 9, 1), dt.date(2026, 11, 1))
    assert day_labels(marks[dt.date(2026, 10, 1)]) == ["National Day"]
    assert day_labels(marks[dt.date(2026, 10, 10)]) == ["National Day make-up workday"]
    assert day_labels(marks[dt.date(2026, 10, 10)], workdays=False) == []
    assert rule_text(SlotRule("weekly", dt.time(20), weekdays=(0, 2, 4, 6))) == (
        "Weekly Mon, Wed, Fri, Sun 20:00"
    )
    assert rule_text(SlotRule("daily", dt.time(8))) == "Daily 08:00"
    assert rule_text(SlotRule("monthly", dt.time(9), month_day=31)) == "Monthly on day 31 09:00"
    assert rule_text(SlotRule("interval", dt.time(7, 30), interval=3)) == "Every 3 days 07:30"


def test_chinese_ui_keeps_the_chinese_names(qapp: Any) -> None:
    from app.calendar.domain import SlotRule
    from ui.calendar.labels import day_name, rule_text, type_label

    assert type_label("团购接龙", "group_buy") == "团购接龙"
    assert day_name("国庆节") == "国庆节"
    rule = SlotRule("weekly", dt.time(20), weekdays=(0, 2, 4, 6))
    assert rule_text(rule) == rule.describe() == "每周一、三、五、日 20:00"


@pytest.fixture
def en_page(english: None, open_calendar_page: Any, ctx: Any, qtbot: Any) -> Any:
    page = open_calendar_page(ctx, seed=5, today=NOW.date(), now=NOW)
    qtbot.waitUntil(
        lambda: page.type_filter.count() > 1 and len(page.slots) == 3 and page.warnings.count() > 1,
        timeout=WAIT,
    )
    return page


def test_page_shows_generated_text_in_english(en_page: Any, qtbot: Any) -> None:
    page = en_page
    types = [page.type_filter.itemText(n) for n in range(page.type_filter.count())]
    assert "Group buy" in types and not any(CJK.search(t) for t in types)
    statuses = [page.status_filter.itemText(n) for n in range(page.status_filter.count())]
    assert not any(CJK.search(t) for t in statuses)
    actions = [a.text() for a in page.setup_menu.actions() if a.text()]
    assert any(t.endswith("(Weekly Mon, Wed, Fri, Sun 20:00)…") for t in actions), actions
    # Slot names are the user's (the demo's) data; the rest of each menu entry is English.
    slot_names = [s.name for s in page.slots]
    for text in actions:
        for name in slot_names:
            text = text.replace(name, "")
        assert not CJK.search(text), text
    warnings = [page.warnings.item(n).text() for n in range(page.warnings.count())]
    assert any(w.startswith("[Late]") for w in warnings), warnings
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        page.set_mode("agenda")
    agenda = page.agenda_view
    heads = [agenda.topLevelItem(n).text(0) for n in range(agenda.topLevelItemCount())]
    assert "2026-10-01 Thu  National Day" in heads
    assert "2026-10-10 Sat  National Day make-up workday" in heads
    assert not any(CJK.search(h) for h in heads)
    type_cells = {
        agenda.topLevelItem(n).child(c).text(2)
        for n in range(agenda.topLevelItemCount())
        for c in range(agenda.topLevelItem(n).childCount())
    }
    assert {"Quick tip", "Group buy", "Micro-talk"} <= type_cells
    assert not any(CJK.search(t) for t in type_cells)
    editor = page.open_editor(None, NOW)
    combo = [editor.type.itemText(n) for n in range(editor.type.count())]
    assert not any(CJK.search(t) for t in combo) and editor.windowTitle() == "New post"
    editor.reject()

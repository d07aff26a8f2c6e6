"""Structured values the core hands the UI so it can translate them: type keys, day label parts."""

from __future__ import annotations

import datetime as dt

from app.calendar.domain import BUILTIN_TYPES, PostTypeInfo, builtin_type_key
from app.calendar.holidays import day_marks

D = dt.date


def test_every_builtin_type_has_a_stable_key() -> None:
    keys = [builtin_type_key(name, True) for name, *_ in BUILTIN_TYPES]
    assert keys == ["tip", "group_buy", "micro_talk", "rules", "event", "festival"]


def test_user_and_renamed_types_have_no_key() -> None:
    assert PostTypeInfo(1, "团购接龙", "#000", builtin=True).key == "group_buy"
    assert PostTypeInfo(2, "团购接龙二期", "#000", builtin=True).key == ""  # renamed built-in
    assert PostTypeInfo(3, "微分享", "#000", builtin=False).key == ""  # a user type so named


def test_label_parts_give_kind_and_base_name() -> None:
    marks, _ = day_marks(D(2026, 9, 1), D(2026, 12, 1))
    assert marks[D(2026, 10, 1)].label_parts() == (("holiday", "国庆节"),)  # 国庆 not repeated
    # A make-up workday is named by its holiday, so the UI can say "National Day make-up workday".
    assert marks[D(2026, 9, 20)].workday == "国庆节调休"
    assert marks[D(2026, 9, 20)].label_parts() == (("workday", "国庆节"),)
    assert marks[D(2026, 11, 11)].label_parts() == (("festival", "双11"),)
    assert marks[D(2026, 9, 25)].label_parts() == (("holiday", "中秋节"),)


def test_label_parts_of_a_workday_that_is_also_a_festival() -> None:
    marks, _ = day_marks(D(2026, 2, 1), D(2026, 3, 1))
    assert marks[D(2026, 2, 14)].label_parts() == (("workday", "春节"), ("festival", "情人节"))

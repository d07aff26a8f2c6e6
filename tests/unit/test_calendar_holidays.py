"""The Chinese calendar: 2026 holidays and 调休 from official data; 2027 festivals with a clear note."""

from __future__ import annotations

import datetime as dt

from app.calendar.holidays import (
    day_marks,
    festivals_of_year,
    has_official_data,
    no_data_note,
    years_without_data,
)

D = dt.date


def test_2026_official_holidays_and_makeup_workdays() -> None:
    marks, notes = day_marks(D(2026, 1, 1), D(2027, 1, 1))
    assert notes == ()
    assert marks[D(2026, 10, 1)].holiday == "国庆节"
    assert marks[D(2026, 2, 17)].holiday == "春节"
    assert marks[D(2026, 2, 14)].workday == "春节调休"  # a Saturday worked for the Spring Festival
    assert marks[D(2026, 9, 20)].workday == "国庆节调休"
    assert marks[D(2026, 10, 1)].labels() == ("国庆节",)  # 国庆 festival not repeated


def test_2026_festivals_solar_and_lunar() -> None:
    fest = festivals_of_year(2026)
    assert fest[D(2026, 3, 8)] == ("妇女节/女神节",)
    for day, name in (
        (D(2026, 5, 20), "520"),
        (D(2026, 6, 18), "618"),
        (D(2026, 11, 11), "双11"),
        (D(2026, 12, 12), "双12"),
        (D(2026, 2, 17), "春节"),
        (D(2026, 3, 3), "元宵"),
        (D(2026, 8, 19), "七夕"),
        (D(2026, 9, 25), "中秋"),
        (D(2026, 10, 1), "国庆"),
    ):
        assert name in fest[day], (day, name)


def test_2027_lunar_festivals_computed_and_clear_note_where_data_ends() -> None:
    fest = festivals_of_year(2027)
    assert "春节" in fest[D(2027, 2, 6)]
    assert "元宵" in fest[D(2027, 2, 20)]
    assert "七夕" in fest[D(2027, 8, 8)]
    assert "中秋" in fest[D(2027, 9, 15)]
    marks, notes = day_marks(D(2026, 12, 1), D(2027, 3, 1))
    if has_official_data(2027):  # a newer chinesecalendar release knows 2027
        assert notes == () and years_without_data(D(2027, 1, 1), D(2027, 2, 1)) == ()
    else:
        assert notes == (no_data_note(2027),)
        assert "暂无 2027 年的官方放假安排" in notes[0]
        assert years_without_data(D(2026, 12, 1), D(2027, 3, 1)) == (2027,)
        assert marks[D(2027, 2, 6)].holiday == ""  # no invented day off, no crash
    assert "春节" in marks[D(2027, 2, 6)].festivals


def test_far_future_year_never_crashes() -> None:
    marks, notes = day_marks(D(2031, 1, 1), D(2031, 12, 31))
    assert notes and "2031" in notes[0]
    assert any("中秋" in m.festivals for m in marks.values())

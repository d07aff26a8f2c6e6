"""Translated labels of the calendar's fixed vocabularies (statuses, weekdays, badges)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

STATUS_KEYS = ("idea", "draft", "scheduled", "published", "cancelled")


def status_label(key: str) -> str:
    # Spelled out call by call: pyside6-lupdate only finds literal translate() calls.
    if key == "idea":
        return QCoreApplication.translate("CalendarLabels", "构思")
    if key == "draft":
        return QCoreApplication.translate("CalendarLabels", "草稿")
    if key == "scheduled":
        return QCoreApplication.translate("CalendarLabels", "待发")
    if key == "published":
        return QCoreApplication.translate("CalendarLabels", "已发")
    if key == "cancelled":
        return QCoreApplication.translate("CalendarLabels", "取消")
    return key


def weekday_short(index: int) -> str:
    names = (QCoreApplication.translate("CalendarLabels", "周一"),
             QCoreApplication.translate("CalendarLabels", "周二"),
             QCoreApplication.translate("CalendarLabels", "周三"),
             QCoreApplication.translate("CalendarLabels", "周四"),
             QCoreApplication.translate("CalendarLabels", "周五"),
             QCoreApplication.translate("CalendarLabels", "周六"),
             QCoreApplication.translate("CalendarLabels", "周日"))
    return names[index]


def month_title(year: int, month: int) -> str:
    return QCoreApplication.translate("CalendarLabels", "%1年%2月").replace(
        "%1", str(year)).replace("%2", str(month))


def holiday_badge(holiday: bool) -> str:
    if holiday:
        return QCoreApplication.translate("CalendarLabels", "休")
    return QCoreApplication.translate("CalendarLabels", "班")


def no_data_note(year: int) -> str:
    return QCoreApplication.translate(
        "CalendarLabels", "暂无 %1 年的官方放假安排，节日仍按农历推算显示。").replace("%1", str(year))


def late_label() -> str:
    return QCoreApplication.translate("CalendarLabels", "逾期")

"""Translated labels of what the calendar itself generates: statuses, types, holidays, rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.calendar.domain import CalendarWarning, DayMark, SlotRule
from ui import wording

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
    names = (
        QCoreApplication.translate("CalendarLabels", "周一"),
        QCoreApplication.translate("CalendarLabels", "周二"),
        QCoreApplication.translate("CalendarLabels", "周三"),
        QCoreApplication.translate("CalendarLabels", "周四"),
        QCoreApplication.translate("CalendarLabels", "周五"),
        QCoreApplication.translate("CalendarLabels", "周六"),
        QCoreApplication.translate("CalendarLabels", "周日"),
    )
    return names[index]


def month_title(year: int, month: int) -> str:
    return (
        QCoreApplication.translate("CalendarLabels", "%1年%2月")
        .replace("%1", str(year))
        .replace("%2", str(month))
    )


def holiday_badge(holiday: bool) -> str:
    if holiday:
        return QCoreApplication.translate("CalendarLabels", "休")
    return QCoreApplication.translate("CalendarLabels", "班")


def no_data_note(year: int) -> str:
    return QCoreApplication.translate(
        "CalendarLabels", "暂无 %1 年的官方放假安排，节日仍按农历推算显示。"
    ).replace("%1", str(year))


def late_label() -> str:
    return QCoreApplication.translate("CalendarLabels", "逾期")


def type_label(name: str, key: str) -> str:
    """A built-in post type in the UI language; user-defined (or renamed) types as typed."""
    names = {
        "tip": QCoreApplication.translate("CalendarLabels", "知识锦囊"),
        "group_buy": QCoreApplication.translate("CalendarLabels", "团购接龙"),
        "micro_talk": QCoreApplication.translate("CalendarLabels", "微分享"),
        "rules": QCoreApplication.translate("CalendarLabels", "群规提醒"),
        "event": QCoreApplication.translate("CalendarLabels", "活动预告"),
        "festival": QCoreApplication.translate("CalendarLabels", "节日"),
    }
    return names.get(key, name)


def day_name(name: str) -> str:
    """A holiday or festival name of app/calendar/holidays.py in the UI language."""
    names = {
        "元旦": QCoreApplication.translate("CalendarLabels", "元旦"),
        "春节": QCoreApplication.translate("CalendarLabels", "春节"),
        "清明节": QCoreApplication.translate("CalendarLabels", "清明节"),
        "劳动节": QCoreApplication.translate("CalendarLabels", "劳动节"),
        "端午节": QCoreApplication.translate("CalendarLabels", "端午节"),
        "国庆节": QCoreApplication.translate("CalendarLabels", "国庆节"),
        "中秋节": QCoreApplication.translate("CalendarLabels", "中秋节"),
        "抗战胜利纪念日": QCoreApplication.translate("CalendarLabels", "抗战胜利纪念日"),
        "情人节": QCoreApplication.translate("CalendarLabels", "情人节"),
        "妇女节/女神节": QCoreApplication.translate("CalendarLabels", "妇女节/女神节"),
        "520": QCoreApplication.translate("CalendarLabels", "520"),
        "618": QCoreApplication.translate("CalendarLabels", "618"),
        "国庆": QCoreApplication.translate("CalendarLabels", "国庆"),
        "双11": QCoreApplication.translate("CalendarLabels", "双11"),
        "双12": QCoreApplication.translate("CalendarLabels", "双12"),
        "圣诞节": QCoreApplication.translate("CalendarLabels", "圣诞节"),
        "元宵": QCoreApplication.translate("CalendarLabels", "元宵"),
        "端午": QCoreApplication.translate("CalendarLabels", "端午"),
        "七夕": QCoreApplication.translate("CalendarLabels", "七夕"),
        "中秋": QCoreApplication.translate("CalendarLabels", "中秋"),
    }
    return names.get(name, name)


def day_labels(mark: DayMark, workdays: bool = True) -> list[str]:
    """What the Chinese calendar says about a day, translated; without 调休 names if not `workdays`
    (the month and week views show those as the 班 badge)."""
    out: list[str] = []
    for kind, name in mark.label_parts():
        if kind != "workday":
            text = day_name(name)
        elif workdays:
            text = QCoreApplication.translate("CalendarLabels", "%1调休").replace(
                "%1", day_name(name)
            )
        else:
            continue
        if text not in out:  # 国庆节 and 国庆 are both "National Day" in English
            out.append(text)
    return out


def rule_text(rule: SlotRule) -> str:
    """A slot's rule in the UI language: 每周一、三、五、日 20:00 / Mon, Wed, Fri, Sun 20:00."""
    at = rule.at_time.strftime("%H:%M")
    if rule.freq == "weekly":
        days = wording.joined(weekday_in_list(d) for d in sorted(rule.weekdays))
        text = QCoreApplication.translate("CalendarLabels", "每周%1 %2").replace("%1", days)
    elif rule.freq == "monthly":
        text = QCoreApplication.translate("CalendarLabels", "每月 %1 日 %2").replace(
            "%1", str(rule.month_day)
        )
    elif rule.freq == "interval":
        text = QCoreApplication.translate("CalendarLabels", "每 %1 天 %2").replace(
            "%1", str(rule.interval)
        )
    else:
        text = QCoreApplication.translate("CalendarLabels", "每天 %1").replace("%1", at)
    return text.replace("%2", at)


def weekday_in_list(index: int) -> str:
    """The weekday as it reads inside 每周一、三、五 (one character in Chinese)."""
    names = (
        QCoreApplication.translate("CalendarLabels", "一"),
        QCoreApplication.translate("CalendarLabels", "二"),
        QCoreApplication.translate("CalendarLabels", "三"),
        QCoreApplication.translate("CalendarLabels", "四"),
        QCoreApplication.translate("CalendarLabels", "五"),
        QCoreApplication.translate("CalendarLabels", "六"),
        QCoreApplication.translate("CalendarLabels", "日"),
    )
    return names[index]


def warning_text(warning: CalendarWarning) -> str:
    """A warning in the UI language (the core's `message` is the Chinese sentence)."""
    at = warning.at
    when = f"{at:%m-%d} {weekday_short(at.weekday())} {at:%H:%M}"
    if warning.kind == "late":
        text = QCoreApplication.translate(
            "CalendarPage", "【逾期】「%1」计划 %2 发布，时间已过仍未标记为已发。"
        )
    elif warning.kind == "clash":
        text = QCoreApplication.translate(
            "CalendarPage", "【冲突】%2 这一小时「%1」有 %3 条内容。"
        ).replace("%3", str(len(warning.post_ids)))
    elif warning.kind == "empty_slot":
        text = QCoreApplication.translate(
            "CalendarPage", "【空缺】固定栏目「%1」%2 还没有安排内容。"
        )
    else:
        return warning.message
    return text.replace("%1", warning.subject).replace("%2", when)

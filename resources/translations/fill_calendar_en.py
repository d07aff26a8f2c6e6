"""Fill the English of the content calendar's contexts in shequn_en.ts (only those).

Run after `pyside6-lupdate` (see `make translations`), then `pyside6-lrelease`; other areas fill
their own contexts. Holiday, festival and built-in type names are in `CalendarLabels`.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN: dict[str, dict[str, str]] = {'AgendaView': {'时间': 'Time',
                '标题': 'Title',
                '类型': 'Type',
                '状态': 'Status',
                '群': 'Groups',
                '（空）%1 — 双击按模板填充': '(empty) %1 — double-click to fill from the template',
                '待安排': 'To plan',
                '（今天）': '(today)'},
 'CalendarLabels': {'构思': 'Idea',
                    '草稿': 'Draft',
                    '待发': 'Scheduled',
                    '已发': 'Published',
                    '取消': 'Cancelled',
                    '周一': 'Mon',
                    '周二': 'Tue',
                    '周三': 'Wed',
                    '周四': 'Thu',
                    '周五': 'Fri',
                    '周六': 'Sat',
                    '周日': 'Sun',
                    '%1年%2月': '%2/%1',
                    '休': 'Off',
                    '班': 'Work',
                    '暂无 %1 年的官方放假安排，节日仍按农历推算显示。': 'No official holiday schedule for %1 yet; '
                                                  'festivals are still computed from the lunar '
                                                  'calendar.',
                    '逾期': 'Late',
                    '知识锦囊': 'Quick tip',
                    '团购接龙': 'Group buy',
                    '微分享': 'Micro-talk',
                    '群规提醒': 'Group rules',
                    '活动预告': 'Event notice',
                    '节日': 'Festival',
                    '元旦': "New Year's Day",
                    '春节': 'Spring Festival',
                    '清明节': 'Qingming',
                    '劳动节': 'Labour Day',
                    '端午节': 'Dragon Boat',
                    '国庆节': 'National Day',
                    '中秋节': 'Mid-Autumn',
                    '抗战胜利纪念日': 'Victory Day',
                    '情人节': "Valentine's Day",
                    '妇女节/女神节': "Women's Day",
                    '520': '520 Love Day',
                    '618': '618 Sale',
                    '国庆': 'National Day',
                    '双11': "Singles' Day 11.11",
                    '双12': 'Double 12 Sale',
                    '圣诞节': 'Christmas',
                    '元宵': 'Lantern Festival',
                    '端午': 'Dragon Boat',
                    '七夕': 'Qixi',
                    '中秋': 'Mid-Autumn',
                    '%1调休': '%1 make-up workday',
                    '每周%1 %2': 'Weekly %1 %2',
                    '每月 %1 日 %2': 'Monthly on day %1 %2',
                    '每 %1 天 %2': 'Every %1 days %2',
                    '每天 %1': 'Daily %1',
                    '一': 'Mon',
                    '二': 'Tue',
                    '三': 'Wed',
                    '四': 'Thu',
                    '五': 'Fri',
                    '六': 'Sat',
                    '日': 'Sun',
                    '、': ', '},
 'CalendarPage': {'今天': 'Today',
                  '月': 'Month',
                  '周': 'Week',
                  '列表': 'Agenda',
                  '全部群': 'All groups',
                  '全部类型': 'All types',
                  '全部状态': 'All statuses',
                  '新建内容': 'New post',
                  '栏目与类型': 'Slots && types',
                  '导出…': 'Export…',
                  ' 分钟前提醒': ' min reminder',
                  '提醒与警告': 'Warnings',
                  '内容日历': 'Content calendar',
                  '新建固定栏目…': 'New recurring slot…',
                  '编辑栏目「%1」（%2）…': 'Edit slot “%1” (%2)…',
                  '新建内容类型…': 'New post type…',
                  '编辑类型「%1」…': 'Edit type “%1”…',
                  '没有需要处理的事项。': 'Nothing needs attention.',
                  '【逾期】「%1」计划 %2 发布，时间已过仍未标记为已发。': '[Late] “%1” was due %2 and is not marked '
                                                   'published.',
                  '【冲突】%2 这一小时「%1」有 %3 条内容。': '[Clash] “%1” gets %3 posts in the hour of %2.',
                  '【空缺】固定栏目「%1」%2 还没有安排内容。': '[Empty] Slot “%1” on %2 has no post yet.',
                  '%1 至 %2': '%1 to %2',
                  '导出内容日历': 'Export the content calendar',
                  '手机日历 (*.ics);;周计划 Excel (*.xlsx)': 'Phone calendar (*.ics);;Weekly plan Excel '
                                                      '(*.xlsx)',
                  '已导出到 %1': 'Exported to %1',
                  '改期「%1」': 'Reschedule “%1”',
                  '编辑「%1」': 'Edit “%1”',
                  '标记「%1」': 'Mark “%1”',
                  '新建「%1」': 'Create “%1”',
                  '填充「%1」%2': 'Fill “%1” %2',
                  '删除「%1」': 'Delete “%1”'},
 'MonthView': {'还有 %1 条…': '%1 more…'},
 'PostEditor': {'编辑内容': 'Edit post',
                '新建内容': 'New post',
                '例如：【知识锦囊】防晒的三个误区': 'e.g. 【知识锦囊】Three sunscreen myths',
                '要发到群里的正文': 'The text to post in the groups',
                '复制正文': 'Copy text',
                '（不限分群）': '(no segment)',
                '例如：回复 23 条 / 接龙 41 单': 'e.g. 23 replies / 41 orders',
                '标题': 'Title',
                '正文': 'Text',
                '类型': 'Type',
                '发到哪些群': 'Groups',
                '目标分群': 'Segment',
                '计划时间': 'Planned for',
                '状态': 'Status',
                '效果': 'Result',
                '保存': 'Save',
                '取消': 'Cancel',
                '删除': 'Delete',
                '已复制 ✓': 'Copied ✓'},
 'ReminderBanner': {'复制正文': 'Copy text',
                    '标记已发': 'Mark published',
                    '关闭': 'Close',
                    '⏰ %1 要发：「%2」': '⏰ Due at %1: “%2”',
                    '（另有 %1 条）': ' (and %1 more)'},
 'ReminderController': {'复制「%1」的正文': 'Copy the text of “%1”',
                        '标记「%1」为已发': 'Mark “%1” published',
                        '（另有 %1 条）': ' (and %1 more)',
                        '%1 要发：%2': 'Due at %1: %2'},
 'SlotDialog': {'编辑固定栏目': 'Edit recurring slot',
                '新建固定栏目': 'New recurring slot',
                '例如：每日知识锦囊': 'e.g. 每日知识锦囊 (daily tip)',
                '（无）': '(none)',
                '每天': 'Every day',
                '每周': 'Every week',
                '每月': 'Every month',
                '每隔 N 天': 'Every N days',
                '月份没有这一天时（如 31 日），落在当月最后一天。': 'When a month has no such day (e.g. the 31st), the '
                                              'slot falls on its last day.',
                '结束于': 'Ends on',
                '留空则用内容类型的模板；{date} 会换成日期': "Empty: the post type's template; {date} becomes the "
                                            'date',
                '名称': 'Name',
                '内容类型': 'Post type',
                '重复': 'Repeats',
                '时间': 'Time',
                '星期': 'Weekdays',
                '每月几号': 'Day of month',
                '间隔天数': 'Every (days)',
                '开始日期': 'Starts on',
                '发到哪些群': 'Groups',
                '模板标题': 'Template title',
                '模板正文': 'Template text',
                '保存': 'Save',
                '取消': 'Cancel'},
 'TypeDialog': {'编辑内容类型': 'Edit post type',
                '新建内容类型': 'New post type',
                '例如：直播预告': 'e.g. 直播预告 (live preview)',
                '名称': 'Name',
                '颜色': 'Colour',
                '模板标题': 'Template title',
                '模板正文': 'Template text',
                '保存': 'Save',
                '取消': 'Cancel',
                '选择颜色': 'Choose a colour'}}


def main(path: str) -> int:
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        if name not in EN:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if source in EN[name]:
                translation.text = EN[name][source]
                translation.attrib.pop("type", None)
            else:
                missing.append(f"{name}: {source!r}")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print("missing English:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("shequn_en.ts"))))

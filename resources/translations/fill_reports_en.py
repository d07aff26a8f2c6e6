"""Fill the English of the 报表 page contexts in shequn_en.ts (only those).

Run after `pyside6-lupdate` (see `make translations`); other areas fill their own contexts.
"""

from __future__ import annotations

from fill_ts import run

EN = {
    "ReportsPage": {
        "报表": "Reports",
        "上周": "Last week",
        "本周": "This week",
        "本月": "This month",
        "上月": "Last month",
        "自选时间段": "Custom range",
        "对比 {range}": "compared with {range}",
        "手机号打码": "Mask phones",
        "报表里的手机号显示为 138****1234；取消勾选则显示完整号码": "Phones in the report show as 138****1234; untick to show full numbers",
        "生成老板周报…": "Boss report…",
        "生成老板周报": "Boss report",
        "把这个时间段的报表写成 Excel（含图表）": "Write this period's report to Excel (with charts)",
        "把上周（周一至周日）的报表写成 Excel，含图表": "Write last week's (Monday–Sunday) report to Excel, with charts",
        "社群周报_{start}_{end}.xlsx": "community-report_{start}_{end}.xlsx",
        "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
        "老板周报已生成：{path}": "Boss report written: {path}",
        "购买与复购：还没有购买记录，报表暂不包含这一部分（不会用假数字代替）。": "Purchases and repurchases: no purchases are recorded yet, so the report leaves this part out (no made-up numbers).",
        "成员总数": "Members",
        "新增成员": "New members",
        "离开成员": "Members who left",
        "活跃率": "Active rate",
        "沉默成员": "Silent members",
        "僵尸成员": "Dormant members",
        "已发布内容": "Posts published",
        "按时发布率": "On-time rate",
        "打卡人数": "Members checking in",
        "打卡完成率": "Check-in completion",
        "警告": "Warnings",
        "移出": "Removals",
        "未解决投诉": "Open complaints",
        "首次响应中位数": "Median first response",
        "解决用时中位数": "Median time to resolve",
        "押金余额": "Deposits held",
        "{n} 分钟": "{n} min",
        "{n} 个百分点": "{n} points",
        "上期无数据": "no earlier figure",
        "持平": "unchanged",
        "点击在成员页查看这 {n} 位成员": "Click to see these {n} members on the Members page",
        "成员增长（每周）": "Member growth (weekly)",
        "活跃 / 沉默 / 僵尸": "Active / silent / dormant",
        "活跃": "Active",
        "沉默": "Silent",
        "僵尸": "Dormant",
        "还没有成员": "No members yet",
        "肤质分布（点击查看成员）": "Skin types (click to see the members)",
        "人数": "Members",
        "内容计划执行（按类型）": "Content plan (by type)",
        "按时发布": "On time",
        "迟发": "Late",
        "漏发": "Missed",
        "未到时间": "Not due yet",
        "这个时间段没有计划发布的内容。在内容日历里安排后，这里显示执行情况。": "Nothing was planned in this period. Plan posts in the content calendar and their execution shows here.",
    },
}


if __name__ == "__main__":
    run(EN)

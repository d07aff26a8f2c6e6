"""Fill the English of the community area's contexts (activities page, grid, dialog, menus).

Run after `pyside6-lupdate` (see `make translations`); other areas fill their own contexts.
"""

from __future__ import annotations

from fill_ts import run

COMMON = {
    "活动": "Activities",
    "新建活动": "New activity",
    "修改活动": "Edit activity",
    "删除活动": "Delete activity",
    "类型": "Kind",
    "打卡营": "Check-in camp",
    "抽奖": "Lottery",
    "分享会": "Sharing session",
    "比赛": "Contest",
    "团购": "Group buy",
    "直播": "Live stream",
    "备注": "Note",
}

EN = {
    "ActivitiesPage": {
        "编辑…": "Edit…",
        "删除": "Delete",
        "还没有活动：点“新建活动”开始第一个打卡营。": "No activities yet: click “New activity” to start your first check-in camp.",
        "最近 3 天未打卡": "No check-in in the last 3 days",
        "%1 · 第 %2/%3 天 · 报名 %4 人 · 参与率 %5": "%1 · day %2 of %3 · %4 signed up · participation %5",
        "还没有人报名：在成员页选中成员，右键 → 批量设置 → 活动报名。": "Nobody has signed up yet: select members on the Members page, right-click → Bulk set → Activity sign-up.",
        "点一个格子打卡或撤回打卡（空格键同样），Ctrl+Z 撤销。": "Click a cell (or press Space) to check in or take a check-in back; Ctrl+Z undoes.",
        "最近 3 天未打卡（%1 人）": "No check-in in the last 3 days (%1)",
        "%1 · %2 · 报名 %3 人（这个活动不记打卡，点格子可以补记）": "%1 · %2 · %3 signed up (this activity has no check-ins; click a cell to record one)",
        "双击在表格里找到她": "Double-click to find her in the grid",
        "都在坚持打卡 👍": "Everyone keeps checking in 👍",
        "还没到 %1，不能提前打卡。": "It is not %1 yet: no check-in ahead of the day.",
        "撤回 %1 的打卡": "Take back the check-in of %1",
        "%1 打卡": "Check-in %1",
        "把活动「%1」移到回收站？报名、打卡和积分都会保留，可以用 Ctrl+Z 撤销。": "Move the activity “%1” to the trash? Sign-ups, check-ins and points are kept; Ctrl+Z undoes it.",
    },
    "ActivityDialog": {
        "编辑活动": "Edit activity",
        "例如：21 天早C晚A打卡营": "e.g. 21-day vitamin C & retinol camp",
        "线上活动": "Online activity",
        "例如：养成每天喝 8 杯水的习惯": "e.g. get used to drinking 8 glasses of water a day",
        "无": "None",
        "未评分": "Not rated",
        "名称": "Name",
        "开始": "Start",
        "结束": "End",
        "目标": "Goal",
        "主持人（成员编号）": "Host (member ID)",
        "目标社群": "Target groups",
        "反馈评分": "Feedback score",
    },
    "ActivityModels": {
        "日期": "Dates",
        "线上/线下": "Online/offline",
        "报名": "Sign-ups",
        "打卡": "Check-ins",
        "参与率": "Participation",
        "反馈": "Feedback",
        "一": "Mon",
        "二": "Tue",
        "三": "Wed",
        "四": "Thu",
        "五": "Fri",
        "六": "Sat",
        "日": "Sun",
        "线上": "Online",
        "线下": "Offline",
        "主持：%1": "Host: %1",
        "合计": "Total",
        "已打卡": "checked in",
        "未打卡": "no check-in",
    },
    "ActivitiesEntry": {
        "活动报名": "Activity sign-up",
        "今天打卡": "Check in today",
        "（没有进行中的活动）": "(no activity running)",
        "%1 位成员报名活动": "%1 members sign up",
        "%1 位成员今天打卡": "%1 members check in today",
    },
}


if __name__ == "__main__":
    run(EN, COMMON)

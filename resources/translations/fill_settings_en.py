"""Fill the English of the 设置 (Settings) page contexts in shequn_en.ts (only those).

Run after `pyside6-lupdate` (see `make translations`); other areas fill their own contexts.
"""

from __future__ import annotations

from fill_ts import run

COMMON = {
    "删除所选": "Delete selected",
}

EN = {
    "SettingsPage": {
        "设置": "Settings",
        "警告": "warning",
        "移出": "removal",
        "打卡": "Check-in",
        "分享": "Share",
        "活动获奖": "Activity win",
        "积分与等级": "Points & levels",
        "每次得分": "Points per",
        "等级门槛": "Level thresholds",
        "门槛是各级起点的积分：0、50、150 表示 0 分起 1 级，50 分起 2 级，150 分起 3 级。"
        "改门槛后成员的等级随之更新；已记下的积分不变。": "Each threshold is the points a level "
        "starts at: 0、50、150 means level 1 from 0, level 2 from 50, level 3 from 150. Members' "
        "levels follow a change of thresholds; the points already recorded stay.",
        " 天": " days",
        "警告与押金": "Warnings & deposits",
        "升级规则": "Escalation policy",
        "警告原因": "Warning reasons",
        "警告有效期": "Warnings expire after",
        "永不过期": "never",
        "升级规则按顺序写每一次有效警告的后果（警告 或 移出），最后一步重复。"
        "默认：第 1 次警告，第 2 次提议移出并没收押金。": "The policy lists, in order, what each "
        "warning in force leads to (警告 = warning or 移出 = removal); the last step repeats. "
        "Default: the 1st is a warning, the 2nd proposes removal and forfeits the deposit.",
        "投诉": "Complaints",
        "投诉类别": "Complaint categories",
        "投诉渠道": "Complaint channels",
        "各项用顿号分开；已记录的投诉保留原来的类别和渠道。": "Separate the items with 、 or "
        "commas; complaints already logged keep their category and channel.",
        "活动": "Activities",
        "活动类型": "Activity kinds",
        "新建活动时可选的类型；也可以在活动里直接写别的类型。": "The kinds offered for a new "
        "activity; an activity may also carry any other kind you type.",
        "内容日历提醒": "Calendar reminders",
        "发布前提醒": "Remind before a post",
        " 分钟": " min",
        "已排期的内容到点前这么多分钟弹出桌面提醒。": "A desktop reminder comes this many "
        "minutes before a scheduled post is due.",
        "成员活跃度": "Member activity",
        "沉默成员：超过": "Silent: inactive for more than",
        "僵尸成员：超过": "Zombie: inactive for more than",
        "按最近一次活跃（从未活跃则按入群日期）计算；报表用这两个天数统计沉默和僵尸成员。": "Counted "
        "from her last activity (or her joining, if never active); reports count silent and "
        "zombie members with these days.",
        "肤质": "Skin types",
        "标签组": "Tag groups",
        "自动备份间隔": "Automatic backup every",
        "保留最近": "Keep the newest",
        " 份": " backups",
        "此外每天、每周、每月各保留一份较早的备份。": "Besides these, one older backup is kept "
        "per day, per week and per month.",
        "备份": "Backups",
        "语言": "Language",
        "外观与窗口": "Look & window",
        "当前数据库": "Current database",
        "数据库": "Database",
        "要打开另一个数据库，用命令行参数 --db 启动社群管家，例如 "
        "shequn --db D:/社群/另一个.sqlite3，或设置环境变量 SHEQUN_DB；"
        "团队共用的 PostgreSQL 写成 postgresql+psycopg://用户@主机/库名。": "To open another "
        "database, start Shequn with --db, e.g. shequn --db D:/community/other.sqlite3, or set "
        "the SHEQUN_DB variable; a team's shared PostgreSQL is written "
        "postgresql+psycopg://user@host/dbname.",
        "界面语言立即切换，并在下次打开时沿用。": "The interface language switches at once and "
        "is kept for the next start.",
        "修改设置「{name}」": "Change setting “{name}”",
    },
    "SkinTypesSection": {
        "导入和编辑时，同义词会自动换成肤质名（例如「干皮」→「干性」）。"
        "双击名称或同义词即可修改，同义词用顿号分开。": "When importing and editing, synonyms "
        "become the skin type's name (干皮 → 干性). Double-click a name or the synonyms to edit; "
        "separate synonyms with 、 or commas.",
        "肤质": "Skin type",
        "同义词": "Synonyms",
        "成员数": "Members",
        "添加肤质…": "Add skin type…",
        "添加肤质": "Add skin type",
        "肤质名称：": "Skin type name:",
        "修改肤质「{name}」": "Edit skin type “{name}”",
        "添加肤质「{name}」": "Add skin type “{name}”",
        "删除肤质「{name}」": "Delete skin type “{name}”",
    },
    "TagGroupsSection": {
        "标签写成「组:标签」时会放进这个组。双击名称可改名，双击颜色可换颜色；"
        "只有没有标签的组可以删除。": "A tag written “group:tag” goes into its group. "
        "Double-click a name to rename it, a colour to change it; only a group without tags can "
        "be deleted.",
        "标签组": "Tag group",
        "颜色": "Colour",
        "标签数": "Tags",
        "添加标签组…": "Add tag group…",
        "添加标签组": "Add tag group",
        "标签组名称：": "Tag group name:",
        "标签组颜色": "Tag group colour",
        "重命名标签组为「{name}」": "Rename tag group to “{name}”",
        "修改标签组「{name}」的颜色": "Change the colour of tag group “{name}”",
        "添加标签组「{name}」": "Add tag group “{name}”",
        "删除标签组「{name}」": "Delete tag group “{name}”",
    },
    "AppearanceSection": {
        "跟随系统": "Follow the system",
        "浅色": "Light",
        "深色": "Dark",
        "主题": "Theme",
        "关闭窗口": "Closing the window",
        "关闭窗口时最小化到托盘": "Keep running in the tray when the window closes",
        "关闭窗口后社群管家留在系统托盘里，照常提醒；要退出，用托盘菜单或“文件 → 退出”。": "After the window closes, Shequn stays in the system tray and keeps reminding you; to quit, use the tray menu or “File → Quit”.",
        "这台电脑没有系统托盘：关闭窗口就是退出。": "This computer has no system tray: closing the window quits.",
    },
    "BackupsSection": {
        "时间": "Made",
        "原因": "Reason",
        "成员数": "Members",
        "大小": "Size",
        "立即备份": "Back up now",
        "恢复所选…": "Restore selected…",
        "打开备份文件夹": "Open backup folder",
        "社群管家在有改动时自动备份，导入、恢复和升级之前也会备份。"
        "每份备份都经过校验；共 {n} 份。": "Shequn backs up after changes and before every "
        "import, restore and upgrade. Each backup is verified; {n} in all.",
        "还没有备份。点「立即备份」做第一份；有改动时也会自动备份。": "No backups yet. Click "
        "“Back up now” for the first one; backups are also made after changes.",
        "手动": "manual",
        "自动": "automatic",
        "关闭时": "on close",
        "恢复前": "before restore",
        "导入前": "before import",
        "升级前": "before upgrade",
        "已备份到 {path}": "Backed up to {path}",
    },
}


if __name__ == "__main__":
    run(EN, COMMON)

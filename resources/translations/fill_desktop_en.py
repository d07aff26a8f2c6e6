"""Fill the English of the desktop contexts (reminders, shortcuts, first start, confirms) in
shequn_en.ts (only those).

Run after `pyside6-lupdate` (see `make translations`); other areas fill their own contexts.
"""

from __future__ import annotations

from fill_ts import run

EN = {
    "Reminders": {
        "%1 要发：%2": "Due at %1: %2",
        "%1 的「%2」还是草稿": "“%2” at %1 is still a draft",
        "这一期固定栏目马上到时间了：写完后改为“待发”。": "This slot is almost due: finish the "
        "post and set it to Scheduled.",
        " 等": " and others",
        "今天有 %1 位成员过生日": "%1 members have a birthday today",
        "%1 位成员超过 %2 天未联系": "%1 members not contacted for more than %2 days",
        "在成员页看看该联系谁了：": "See on the Members page who to contact: ",
        "周一了：生成上周的周报": "It's Monday: write last week's report",
        "在“报表”页导出上周的社群周报。": "Export last week's community report on the "
        "Reports page.",
    },
    "ReminderNotice": {
        "复制正文": "Copy text",
        "标记已发": "Mark published",
        "查看": "Show",
        "知道了": "Dismiss",
        "（另有 %1 条）": "(%1 more)",
        "生成周报…": "Write the report…",
    },
    "ReminderService": {
        "关闭窗口时最小化到托盘": "Keep running in the tray when the window closes",
        "（另有 %1 条）": "(%1 more)",
        "标记「%1」为已发": "Mark “%1” published",
        "社群管家": "Shequn",
        "打开社群管家": "Open Shequn",
        "复制「%1」的正文": "Copy the text of “%1”",
        "退出": "Quit",
    },
    "ShortcutsDialog": {
        "快捷键…": "Keyboard shortcuts…",
        "打开菜单「%1」": "Open the “%1” menu",
        "快捷键": "Keyboard shortcuts",
        "操作": "Action",
        "菜单里每一项都可以用 Alt 加括号里的字母打开，再用方向键和回车选择。\n"
        "文字框里没有可撤销的内容时，Ctrl+Z 撤销本页的上一步操作。": "Every menu opens with Alt "
        "and the underlined letter; choose with the arrow keys and Enter.\nWhen a text field "
        "has nothing of its own to undo, Ctrl+Z undoes the page's last step.",
        "关闭": "Close",
    },
    "FirstStartDialog": {
        "欢迎使用社群管家": "Welcome to Shequn",
        "成员、内容日历和活动都只保存在这台电脑上，不需要联网。\n"
        "数据库还是空的：选一个开始的方式。": "Members, the content calendar and activities are "
        "kept on this computer only; no internet needed.\nThe database is empty: choose how "
        "to begin.",
        "导入名单": "Import a member list",
        "从 Excel、WPS 或 CSV 名单导入你的成员（也可以把文件拖到窗口上）。": "Import your "
        "members from an Excel, WPS or CSV list (or drop the file on the window).",
        "使用示例社群": "Use the sample community",
        "先用 %1 位虚构成员、内容日历和活动随意试用；之后再导入自己的名单。": "Try everything "
        "on %1 made-up members, a content calendar and activities; import your own list "
        "later.",
        "从空白开始": "Start empty",
        "一个空的社群：成员可以一位一位添加，随时可以再导入名单。": "An empty community: add "
        "members one by one, or import a list at any time.",
        "开始使用": "Get started",
        "已为你创建示例社群：{n} 位虚构成员、内容日历、活动和商品，可以随意试用。\n"
        "准备好以后，用“文件 → 导入 Excel…”导入自己的成员。": "Your sample community is "
        "ready: {n} made-up members, a content calendar, activities and products to try.\n"
        "When you are ready, import your own members with File → Import Excel.",
        "从空白开始：用“文件 → 导入 Excel…”导入名单，或在成员页添加成员。": "Starting empty: "
        "import a list with File → Import Excel, or add members on the Members page.",
    },
    "Confirm": {
        "用「{path}」替换当前数据库？": "Replace the current database with “{path}”?",
        "恢复这个备份": "Restore this backup",
        "这份备份之后的改动（新成员、编辑、打卡、内容……）都不在恢复后的数据库里，"
        "撤销记录也会清空。当前数据会先自动备份一份，需要时可以再恢复回来。"
        "恢复后请重新打开社群管家。": "Changes made after this backup (new members, edits, "
        "check-ins, posts …) will not be in the restored database, and the undo history is "
        "cleared. The current data is backed up first, so you can restore it again if "
        "needed. Reopen Shequn after the restore.",
        "移到回收站": "Move to trash",
        "确定要永久删除这 {n} 位成员吗？": "Delete these {n} members for good?",
        "会失去：他们的资料、标签、所在的群、购买记录和时间线（连同合并进他们的旧记录），"
        "备份里的副本也会抹去；之前涉及他们的操作不能再撤销。这一步无法撤销。": "Lost: their "
        "details, tags, groups, purchases and timeline (with the old records merged into "
        "them); their copies in the backups are erased too, and earlier steps involving them "
        "can no longer be undone. This cannot be undone.",
        "删除分群「{name}」？": "Delete the segment “{name}”?",
        "会失去这个分群保存的筛选条件；成员本身不受影响。": "Lost: the filter this segment "
        "keeps; the members themselves are not touched.",
        "撤销这次导入": "Undo this import",
        "会失去：这次导入新建的成员，以及导入后在他们身上做的编辑。": "Lost: the members this "
        "import created, and the edits made to them since.",
    },
}


if __name__ == "__main__":
    run(EN)

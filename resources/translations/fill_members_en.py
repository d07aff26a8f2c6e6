"""Fill the English of the window shell and Members page contexts in shequn_en.ts (only those).

Run after `pyside6-lupdate` (see `make translations`); other areas fill their own contexts.
"""

from __future__ import annotations

from fill_ts import run

COMMON = {
    "昵称": "Nickname", "姓名": "Name", "微信号": "WeChat ID", "手机": "Phone", "QQ": "QQ",
    "企微ID": "WeCom ID", "城市": "City", "性格": "Personality", "性别": "Gender",
    "（未填）": "(not set)", "肤质": "Skin type", "角色/头衔": "Role/title", "角色": "Role",
    "状态": "Status", "会员类型": "Membership", "等级": "Level", "积分": "Points",
    "入群日期": "Joined", "生日": "Birthday", "最近活跃": "Last active", "最近联系": "Last contacted",
    "备注": "Note", "标签": "Tags", "所在群": "Groups", "加入群": "Join group",
    "活跃": "Active", "沉默": "Silent", "僵尸": "Dormant", "已退群": "Left", "黑名单": "Blocked",
    "免费": "Free", "付费": "Paid", "回收站": "Trash", "成员": "Members", "恢复": "Restore",
    "永久删除": "Delete for good", "移到回收站": "Move to trash", "保存为分群": "Save as segment",
    "批量设置": "Set…", "加标签": "Add tag", "去标签": "Remove tag",
}
EN: dict[str, dict[str, str]] = {
    "MemberTableModel": {},
    "BulkBar": {
        "标签（可用拼音）": "Tag (pinyin works)", "合并": "Merge",
        "把第二位成员合并到第一位：资料互补，标签、群和时间线合在一起":
            "Merge the second member into the first: fields completed, tags, groups and timeline united",
        "取消选择": "Clear selection", "已选 {n} 位": "{n} selected", "（清空）": "(clear)",
    },
    "DetailPanel": {
        "例如 2024-01-05": "e.g. 2024-01-05", "农历生日": "Lunar birthday",
        "擅长领域": "Specialties", "用逗号分隔，如 成分分析，敏感肌护理":
            "Comma-separated, e.g. ingredients, sensitive skin care",
        "退出所选群": "Leave selected group", "时间线": "Timeline",
        "写一条跟进记录，回车添加": "Write a follow-up note, Enter to add", "添加记录": "Add note",
        "已选 {n} 位成员。\n用表格上方的操作栏批量加标签、批量设置，或移到回收站。":
            "{n} members selected.\nUse the bar above the table to tag them, set fields, or move them to the trash.",
        "在表格中选择一位成员，\n即可在这里查看和编辑资料。":
            "Select a member in the table\nto see and edit their details here.",
        "（在回收站中）": "(in the trash)", "号码格式可疑，请核对": "This number looks wrong, please check it",
        "，{date} 退出": ", left {date}", "{group}（{date} 加入{left}）": "{group} (joined {date}{left})",
        "还没有记录。在上面写一条跟进记录吧。": "No notes yet. Write a follow-up note above.",
        "日期不详": "date unknown", "自定义字段": "Custom fields",
        "农历{date} · 下次 {next}": "Lunar {date} · next {next}",
    },
    "CustomFieldsEditor": {
        "没有自定义字段。从 Excel 导入时保留的列会显示在这里，也可以在下面添加。":
            "No custom fields. Columns kept from an Excel import show here; you can also add one below.",
        "新字段名": "New field", "值": "Value", "添加字段": "Add field",
        "删除字段「{name}」": "Remove the field “{name}”",
    },
    "FilterBar": {
        "搜索昵称、姓名、微信号、手机、QQ、备注（支持拼音，如 xm）  Ctrl+F":
            "Search nickname, name, WeChat, phone, QQ, notes (pinyin works, e.g. xm)  Ctrl+F",
        "全部包含": "Has all", "任一包含": "Has any", "都不包含": "Has none",
        "按标签筛选…": "Filter by tag…", "肤质：全部": "Skin: all", "角色：全部": "Role: all",
        "群：全部": "Group: all", "状态：全部": "Status: all", "会员：全部": "Membership: all",
        "清除筛选": "Clear filters", "含": "Has", "任一": "Any", "不含": "Not",
    },
    "MainWindow": {
        "社群管家": "Shequn", "分群": "Segments",
        "还没有分群。\n在成员页设好筛选后点“保存为分群”。":
            "No segments yet.\nSet filters on the Members page and click “Save as segment”.",
        "文件(&F)": "&File", "编辑(&E)": "&Edit", "视图(&V)": "&View", "设置(&S)": "&Settings",
        "帮助(&H)": "&Help", "工具栏": "Toolbar", "撤销": "Undo", "重做": "Redo",
        "立即备份": "Back up now", "从备份恢复…": "Restore from backup…", "退出": "Quit",
        "显示工具栏": "Show toolbar", "界面语言": "Language", "关于社群管家": "About Shequn",
        "正在处理…": "Working…", "重命名…": "Rename…", "删除": "Delete",
        "重命名分群": "Rename segment", "新名称：": "New name:", "删除分群": "Delete segment",
        "删除分群「{name}」？成员本身不受影响。": "Delete the segment “{name}”? The members themselves are not affected.",
        "已备份到 {path}": "Backed up to {path}", "选择要恢复的备份": "Choose a backup to restore",
        "社群管家备份 (*.sqlite3)": "Shequn backups (*.sqlite3)", "从备份恢复": "Restore from backup",
        "用「{path}」替换当前数据库？当前数据会先自动备份。恢复后请重新打开社群管家。":
            "Replace the current database with “{path}”? The current data is backed up first. Reopen Shequn after restoring.",
        "已恢复": "Restored", "数据库已从备份恢复，社群管家将关闭，请重新打开。":
            "The database was restored from the backup. Shequn will close; please open it again.",
        "界面语言将在重新打开社群管家后生效。": "The language changes the next time Shequn opens.",
        "界面语言（重启后生效）": "Language (after a restart)",
        "界面语言已切换；{pages}将在重新打开社群管家后切换。":
            "Language changed; {pages} will follow the next time Shequn opens.",
        "社群管家 Shequn {version}\n为社群运营者打造的离线成员管理、内容日历与 Excel 工具。\n数据只保存在这台电脑上。":
            "Shequn {version}\nAn offline member CRM, content calendar and Excel workbench for community operators.\nYour data stays on this computer.",
    },
    "MembersPage": {
        "查看回收站里的成员：可以恢复，或永久删除": "Show the members in the trash: restore them or delete them for good",
        "回收站是空的。\n移到回收站的成员会保留在这里，可以恢复或永久删除。":
            "The trash is empty.\nMembers moved to the trash stay here until you restore them or delete them for good.",
        "没有符合条件的成员。\n试试换个关键词、减少筛选条件，或按 Esc 清除搜索。":
            "No member matches.\nTry other words, fewer filters, or press Esc to clear the search.",
        "还没有成员。\n可以从 Excel 导入成员，或在命令行运行 shequn demo 创建示例社群。":
            "No members yet.\nImport them from Excel, or run `shequn demo` for a demo community.",
        "回收站：": "Trash: ", "{where}共 {n} 位成员 · 已选 {k}": "{where}{n} members · {k} selected",
        "确定要永久删除这 {n} 位成员吗？\n他们的资料、标签和时间线都会被彻底删除，无法撤销。":
            "Delete these {n} members for good?\nTheir details, tags and timeline are erased. This cannot be undone.",
        "已永久删除 {n} 位成员。": "Deleted {n} members for good.",
        "回收站里的视图不能保存为分群。": "A view of the trash cannot be saved as a segment.",
        "分群名称（显示在左侧“分群”下）：": "Segment name (listed under “Segments” on the left):",
        "已保存分群「{name}」。": "Saved the segment “{name}”.", "永久删除…": "Delete for good…",
        "加标签…": "Add tag…", "合并这两位": "Merge these two",
    },
    "TagChip": {"点击移除": "Click to remove"},
    "SegmentList": {
        "重命名…": "Rename…", "删除": "Delete", "重命名分群": "Rename segment", "新名称：": "New name:",
        "删除分群": "Delete segment",
        "删除分群「{name}」？成员本身不受影响。": "Delete the segment “{name}”? The members themselves are not affected.",
    },
    "TagEditor": {"添加标签，回车确认（可用拼音）": "Add a tag, Enter to confirm (pinyin works)",
                  "从已有标签中补全：汉字、全拼或首字母（如 cfd → 成分党）。\n输入新名字会新建标签；写成「组:标签」会新建到该组。":
                  "Completes existing tags from characters, full pinyin or initials (cfd → 成分党).\n"
                  "A new name creates a tag; “group:tag” creates it in that group."},
    "MemberCommands": {
        "从 {n} 位成员移除标签 {tags}": "Remove tag {tags} from {n} members",
        "给 {n} 位成员加标签 {tags}": "Tag {n} members with {tags}", "修改成员标签": "Change member tags",
        "把 {n} 位成员的{field}设为 {value}": "Set {field} of {n} members to {value}", "（空）": "(empty)",
        "修改成员资料": "Edit member", "修改擅长领域": "Change specialties",
        "{n} 位成员退出「{group}」": "{n} members leave “{group}”",
        "{n} 位成员加入「{group}」": "{n} members join “{group}”",
        "从回收站恢复 {n} 位成员": "Restore {n} members from the trash",
        "把 {n} 位成员移到回收站": "Move {n} members to the trash", "合并两位成员": "Merge two members",
        "添加记录": "Add note", "修改自定义字段": "Change custom fields",
    },
    "App": {
        "无法完成操作": "Could not do that", "欢迎使用社群管家": "Welcome to Shequn",
        "正在创建示例社群（{n} 位成员），首次启动只需几秒…":
            "Creating a demo community ({n} members); this first start takes a few seconds…",
        "已为你创建示例社群：可以随意试用，之后导入自己的成员即可。":
            "A demo community was created for you: try anything, then import your own members.",
        "数据库检查": "Database check",
        "数据库完整性检查发现问题：\n{problems}\n建议从“文件 → 从备份恢复”恢复最近的备份。":
            "The database integrity check found problems:\n{problems}\nRestore the latest backup with “File → Restore from backup”.",
        "社群管家已经打开": "Shequn is already open",
        "数据库「{path}」已经在另一个社群管家窗口中打开。\n请切换到那个窗口；同一个数据库同时只能打开一次。":
            "The database “{path}” is already open in another Shequn window.\nSwitch to that window; a database can be open only once at a time.",
        "无法打开数据库": "Cannot open the database",
    },
    "ExceptionHook": {
        "出错了": "Something went wrong",
        "程序遇到了一个意外错误，刚才的操作可能没有完成。":
            "Shequn hit an unexpected error; what you just did may not have been completed.",
        "详细信息已记录到日志文件：{path}": "The details were written to the log file: {path}",
    },
}


if __name__ == "__main__":
    run(EN, COMMON)

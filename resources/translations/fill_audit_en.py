"""Fill the English of the audit-trail contexts in shequn_en.ts: a member's 修改记录, 操作记录,
the words for sources and changes, and the 正在备份… window of the backup on close.

Run after `pyside6-lupdate` (see `make translations`); other areas fill their own contexts.
"""

from __future__ import annotations

from fill_ts import run

EN = {
    "AuditText": {
        "窗口": "Window",
        "命令行": "Command line",
        "导入 #{n}": "Import #{n}",
        "导入": "Import",
        "标签": "Tags",
        "（空）": "(empty)",
        "是": "yes",
        "否": "no",
        "加上标签：{tags}": "Tags added: {tags}",
        "去掉标签：{tags}": "Tags removed: {tags}",
        "成员 #{id}": "Member #{id}",
        "群": "Group",
        "群昵称": "Group nickname",
        "群内角色": "Role in group",
        "退群日期": "Left on",
        "{field}：{before} → {after}": "{field}: {before} → {after}",
    },
    "HistoryBox": {
        "还没有记录的修改。以后在这里、在命令行或通过导入改动她的资料，都会记在这里。": "No recorded change yet. Every change to this member — made here, from the command line or by an import — will be listed here.",
        "操作 #{op}": "Operation #{op}",
    },
    "OperationsModel": {
        "时间": "Time",
        "来源": "Source",
        "操作": "Operation",
        "行数": "Rows",
        "状态": "State",
        "操作 #{op}（{kind}）": "Operation #{op} ({kind})",
        "已撤销（#{op}）": "Undone (#{op})",
        "撤销了 #{op}": "Undid #{op}",
        "可撤销": "Can be undone",
        "不可撤销": "Cannot be undone",
    },
    "AuditDialog": {
        "操作记录": "Operation log",
        "操作记录…": "Operation log…",
        "谁在何时改了什么：窗口、命令行和导入的每一步": "Who changed what, when: every step from the window, the command line and imports",
        "按操作名称筛选，如 标签、导入、撤销": "Filter by operation name, e.g. tag, import, undo",
        "全部来源": "All sources",
        "窗口": "Window",
        "命令行": "Command line",
        "导入": "Import",
        "没有符合条件的操作。": "No operation matches.",
        "还没有任何操作。修改成员、加标签或导入之后，每一步都会记录在这里。": "No operation yet. Once you edit members, add tags or import, every step is recorded here.",
        "这个操作没有逐条的修改记录。": "This operation recorded no individual changes.",
        "……共 {n} 行，只显示前 {shown} 行。": "… {n} rows in all; the first {shown} are shown.",
        "操作 #{op} 改动的内容": "What operation #{op} changed",
        "改动的内容": "What it changed",
        "关闭": "Close",
    },
    "BackupProgress": {
        "正在备份…": "Backing up…",
        "正在备份数据库，请稍候。\n备份完成后社群管家会自动关闭。": "Backing up the database, please wait.\nShequn closes by itself once the backup is done.",
    },
}


if __name__ == "__main__":
    run(EN)

"""Fill the English of the Groups page's contexts in shequn_en.ts (only those).

Run after `pyside6-lupdate` (see `make translations`); other areas fill their own contexts.
"""

from __future__ import annotations

from fill_ts import run

COMMON = {
    "新建群": "New group",
    "新建小组": "New subgroup",
    "编辑": "Edit",
    "删除": "Delete",
    "名称": "Name",
    "平台": "Platform",
    "容量": "Capacity",
    "组长": "Leader",
    "备注": "Note",
    "昵称": "Nickname",
    "群昵称": "Nickname in group",
    "移到群…": "Move to group…",
    "{n} 位成员退出「{group}」": "{n} members leave “{group}”",
    "{n} 位成员加入「{group}」": "{n} members join “{group}”",
}

EN: dict[str, dict[str, str]] = {
    "GroupTableModel": {
        "微信": "WeChat",
        "企业微信": "WeCom",
        "QQ": "QQ",
        "群名称": "Group",
        "人数/容量": "Members/capacity",
        "快满了：已到容量的 90% 以上": "Nearly full: 90% of capacity or more",
        "（已归档）": " (archived)",
    },
    "GroupMemberModel": {
        "群内角色": "Role in group",
        "入群": "Joined",
        "退群": "Left",
    },
    "GroupDialog": {
        "编辑小组": "Edit subgroup",
        "编辑群": "Edit group",
        "例如：护肤交流3群": "e.g. 护肤交流3群 (Skincare chat 3)",
        " 人": " people",
        "（不设组长）": "(no leader)",
    },
    "GroupActions": {
        "把 {n} 位成员从「{a}」移到「{b}」": "Move {n} members from “{a}” to “{b}”",
        "移到群": "Move to group",
        "把选中的 {n} 位成员": "Move the {n} selected members",
        "移出": "From",
        "移入": "To",
        "至少要有两个群才能移动成员：先在“社群”页新建群。": "Moving members needs at least two groups: create one on the Groups page first.",
        "移出和移入的是同一个群：没有移动。": "The source and target are the same group: nothing was moved.",
    },
    "GroupsPage": {
        "社群": "Groups",
        "新建一个微信群、企业微信群或 QQ 群（Ctrl+N）": "Create a WeChat, WeCom or QQ group (Ctrl+N)",
        "在选中的群下面建一个约 15 人的小组，可设组长": "Create a subgroup of about 15 under the selected group, with a leader",
        "只能删除没有成员、没有小组的群（可撤销）": "Only a group without members or subgroups can be deleted (can be undone)",
        "显示已归档": "Show archived",
        "还没有群。\n点“新建群”添加你的微信群、企业微信群或 QQ 群，然后在“成员”页选中成员，用“批量设置 → 加入群”把她们加进来。": "No groups yet.\nClick “New group” to add your WeChat, WeCom or QQ groups, then select members on the Members page and use “Bulk set → Join group” to add them.",
        "当前成员": "Current members",
        "已退群": "Former members",
        "全部": "All",
        "设群内角色": "Set role in group",
        "改群昵称…": "Change nickname in group…",
        "退群": "Leave group",
        "选中的成员退出这个群（保留记录，可撤销）": "The selected members leave this group (history kept, can be undone)",
        "选择左边的一个群，查看它的成员": "Select a group on the left to see its members",
        "{name} · {n}/{cap} 人": "{name} · {n}/{cap} members",
        "快满了：{name} 已到容量的 {p}%，加人前先清理不活跃的成员或开新群。": "Nearly full: {name} is at {p}% of its capacity; remove inactive members or open a new group before adding more.",
        "这个群还没有成员。\n在“成员”页选中成员，用“批量设置 → 加入群”把她们加进来。": "This group has no members yet.\nSelect members on the Members page and use “Bulk set → Join group” to add them.",
        "取消归档": "Unarchive",
        "归档": "Archive",
        "新建小组「{name}」": "New subgroup “{name}”",
        "新建群「{name}」": "New group “{name}”",
        "修改群「{name}」": "Edit group “{name}”",
        "取消归档「{name}」": "Unarchive “{name}”",
        "归档「{name}」": "Archive “{name}”",
        "删除群「{name}」": "Delete group “{name}”",
        "把 {n} 位成员的群内角色设为 {role}": "Set the role in group of {n} members to {role}",
        "（空）": "(none)",
        "群昵称": "Nickname in group",
        "她在这个群里的昵称（群名片）：": "Her nickname in this group (group card):",
        "修改群昵称": "Change nickname in group",
        "（清空）": "(clear)",
    },
}


if __name__ == "__main__":
    run(EN, COMMON)

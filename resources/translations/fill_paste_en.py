"""Fill the English of the 粘贴接龙 page contexts in shequn_en.ts (only those).

Run after `pyside6-lupdate` (see `make translations`); other areas fill their own contexts.
"""

from __future__ import annotations

from fill_ts import run

COMMON = {
    "订单": "Orders",
    "报名": "Sign-ups",
    "打卡": "Check-ins",
    "取消": "Cancel",
}

EN = {
    "PastePage": {
        "粘贴接龙": "Paste from chat",
        "把群里的接龙、报名名单或打卡消息粘贴到这里（Ctrl+Shift+V 在任何页面都能打开）": (
            "Paste a 接龙 list, a sign-up list or check-in messages from the group here "
            "(Ctrl+Shift+V opens this page from anywhere)"
        ),
        "自动判断": "Guess",
        "没写产品的行算作…": "Lines without a product count as…",
        "填入示例": "Fill in a sample",
        "这是什么": "This is",
        "活动": "Activity",
        "日期": "Day",
        "产品": "Product",
        "粘贴一段接龙，这里会逐行显示认出的成员。例如：\n\n"
        "#接龙 小棕瓶团购\n1. 小美🐰（3群） 精华×1 面膜×2\n2、院长 +1\n③ Amy-杭州 两盒\n\n"
        "没把握的行标成黄色：双击它选择是哪位成员。没认出的行默认跳过，"
        "选中它按「新建成员」就把她新建为成员。点「填入示例」用本库的成员试一试。": (
            "Paste a 接龙 list and each line shows the member it was matched to. For example:\n\n"
            "#接龙 小棕瓶团购\n1. 小美🐰（3群） 精华×1 面膜×2\n2、院长 +1\n③ Amy-杭州 两盒\n\n"
            "Unsure lines are yellow: double-click one to choose the member. Lines not found are "
            "skipped; select one and press “New member” to add her as a new member. "
            "“Fill in a sample” tries it with members of this database."
        ),
        "新建成员": "New member",
        "不新建": "Don’t add",
        "没认出的这一行导入时新建为成员（群里写的名字作昵称），和这次导入一起撤销": (
            "Add this unmatched line as a new member on import (the name from the group as her "
            "nickname); undone together with the import"
        ),
        "新成员「%1」": "New member “%1”",
        "%1（%2～%3）": "%1 (%2–%3)",
        "将新建成员": "Will be added as a new member",
        "（跳过；要新建成员请按「新建成员」）": "(skipped; press “New member” to add her)",
        "；新建 %1 位成员": "; %1 new members",
        "，新建 %1 位成员": ", %1 new members",
        "选择成员…": "Choose member…",
        "跳过这一行": "Skip this line",
        "导入": "Import",
        "把认出的行一次记下（Ctrl+Enter），可以一步撤销": (
            "Record the matched lines at once (Ctrl+Enter); one undo takes them back"
        ),
        "认出": "Matched",
        "待确认": "Confirm",
        "没认出": "Not found",
        "重复": "Repeat",
        "行": "Line",
        "名字": "Name",
        "成员": "Member",
        "把握": "Confidence",
        "内容": "Items",
        "状态": "Status",
        "当作%1：%2 行，认出 %3 行，待确认 %4 行": ("As %1: %2 lines, %3 matched, %4 to confirm"),
        "跳过": "Skipped",
        "粘贴接龙：%1 位成员%2": "Paste: %1 members, %2",
        "粘贴接龙：%1 笔购买": "Paste: %1 purchases",
        "订单的购买日期": "The date of the orders’ purchases",
        "打卡的日期": "The day of the check-ins",
        "；第 %1 行以前已经记录过，不会再记": "; line %1 was recorded before and is not recorded again",
        "；将记 %1 笔购买（%2）": "; %1 purchases will be recorded (%2)",
        "：改好这一行、填默认产品或跳过它。": (
            ": correct that line, fill in a default product or skip it."
        ),
        "⚠ %1买了「%2」：%3。": "⚠ %1 bought “%2”: %3.",
        "如果她用了不合适，在「产品」页的购买记录里选中这笔购买按「退款…」。": (
            "If it does not suit her, select the purchase in the Products page’s purchases "
            "and press “Refund…”."
        ),
    },
    "LineMemberDialog": {
        "这一行是谁？": "Who is this line?",
        "搜索昵称、姓名、拼音或首字母": "Search nickname, name, pinyin or initials",
        "接龙里写的是「%1」": "The list says “%1”",
        "选这位": "Choose",
    },
    "PasteInstall": {
        "粘贴接龙…": "Paste from chat…",
        "打开「粘贴接龙」并粘贴剪贴板里的文字（Ctrl+Shift+V）": (
            "Open “Paste from chat” with the clipboard’s text (Ctrl+Shift+V)"
        ),
        "剪贴板里没有文字（可能是图片或文件）。": (
            "The clipboard holds no text (perhaps a picture or a file)."
        ),
    },
}


if __name__ == "__main__":
    run(EN, COMMON)

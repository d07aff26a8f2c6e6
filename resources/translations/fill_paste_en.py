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
        "没把握的行标成黄色：双击它选择是哪位成员。点「填入示例」用本库的成员试一试。": (
            "Paste a 接龙 list and each line shows the member it was matched to. For example:\n\n"
            "#接龙 小棕瓶团购\n1. 小美🐰（3群） 精华×1 面膜×2\n2、院长 +1\n③ Amy-杭州 两盒\n\n"
            "Unsure lines are yellow: double-click one to choose the member. "
            "“Fill in a sample” tries it with members of this database."
        ),
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
        "当作%1：%2 行，认出 %3 行，待确认 %4 行": (
            "As %1: %2 lines, %3 matched, %4 to confirm"
        ),
        "订单要记成购买记录：产品功能里才能导入": (
            "Orders become purchases: they are imported with the products feature"
        ),
        "跳过": "Skipped",
        "粘贴接龙：%1 位成员%2": "Paste: %1 members, %2",
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

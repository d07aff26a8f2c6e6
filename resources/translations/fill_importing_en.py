"""Fill the English of the import wizard, import history and export dialog contexts in shequn_en.ts.

Run after `pyside6-lupdate` (see `make translations`); other areas fill their own contexts.
"""

from __future__ import annotations

from fill_ts import run

COMMON = {
    "取消": "Cancel",
    "合并": "Merge",
    "跳过": "Skip",
    "新建": "New",
    "工作表": "Sheet",
    "状态": "Status",
    "文件": "File",
    "问题": "Problems",
    "重复": "Duplicates",
    "列": "Column",
}
EN: dict[str, dict[str, str]] = {
    "ImportWizard": {
        "从 Excel 导入成员": "Import members from Excel",
        "下一步 >": "Next >",
        "< 上一步": "< Back",
        "完成": "Finish",
        "开始导入": "Import",
    },
    "FilePage": {
        "选择名单文件": "Choose the roster file",
        "支持 Excel（.xlsx .xls）、WPS、.ods 和 CSV。标题行、合并单元格、说明页都没关系。": "Excel (.xlsx .xls), WPS, .ods and CSV. Title rows, merged cells and instruction sheets are fine.",
        "把文件拖到窗口上，或点“选择文件…”": "Drop a file on the window, or click “Choose file…”",
        "选择文件…": "Choose file…",
        "自动识别列": "Detect columns automatically",
        "文件：": "File:",
        "列映射方案：": "Column preset:",
        "表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)": "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)",
        "正在读取「%s」…": "Reading “%s”…",
        "已读取：%d 个工作表；将使用「%s」，约 %d 行。": "Read: %d sheet(s); using “%s”, about %d rows.",
    },
    "SheetPage": {
        "工作表和表头": "Sheet and header",
        "已自动找到名单所在的工作表和表头行；如不对，请在这里改。表头行以粗体显示。": "The sheet and header row were found automatically; correct them here if needed. "
        "The header row is shown in bold.",
        "工作表：": "Sheet:",
        "表头在第几行：": "Header on row:",
    },
    "MappingPage": {
        "有 %d 列（⚠）的内容与表头猜测的字段不符：鼠标停在该行上可看原因和建议。": "%d column(s) (⚠) hold values that do not fit the field guessed from the header: hover a row for the reason and the suggestion.",
        "列对应关系": "Column mapping",
        "每一列导入到哪个字段？不认识的列可以忽略，或保留为自定义字段。": "Which field does each column go to? Unknown columns can be ignored or kept as custom fields.",
        "表头": "Header",
        "示例": "Examples",
        "导入为": "Import as",
        "保存为映射方案…": "Save as preset…",
        "（忽略）": "(ignore)",
        "自定义字段「%s」": "Custom field “%s”",
        "至少要有一列导入到某个字段。": "At least one column must be imported into a field.",
        "保存映射方案": "Save preset",
        "方案名称：": "Preset name:",
        "已保存映射方案「%s」。": "Preset “%s” saved.",
    },
    "PreviewPage": {
        "预览": "Preview",
        "还没有写入任何数据。确认无误后点“开始导入”。": "Nothing has been written yet. Check, then click “Import”.",
        "合并（补全空字段、合并标签，冲突保留原值）": "Merge (fill empty fields, unite tags, keep existing values on conflict)",
        "新建为另一位成员": "Create as another member",
        "与已有成员重复时：": "When a row matches an existing member:",
        "所选行：": "Selected rows:",
        "正在检查每一行……": "Checking every row…",
        "问题（%d）": "Problems (%d)",
        "重复（%d）": "Duplicates (%d)",
        "工作表「%s」：读取 %d 行 → 新建 %d 位，合并 %d 位，跳过 %d 位；有问题未导入 %d 行，提示 %d 条；"
        "文件内同一人的重复行 %d 行已合并，空行/合计行/重复表头 %d 行已略过。": "Sheet “%s”: %d rows read → %d new, %d merged, %d skipped; %d rows with problems left "
        "out, %d notes; %d repeated rows of the same person folded; %d blank/total/repeated "
        "header rows skipped.",
        "（不加入）": "(none)",
        "把文件里的所有成员加入社群：": "Add every member of the file to the group:",
        "%s（%d/%d 人）": "%s (%d/%d)",
    },
    "ProgressPage": {
        "导入没有完成，数据库没有任何改动。": "The import did not finish; nothing in the database changed.",
        "导入前先备份数据库……": "Backing up the database before the import…",
        "正在导入": "Importing",
        "取消会撤回全部改动，数据库保持导入前的样子。": "Cancel rolls back everything: the database stays as it was before the import.",
        "取消导入": "Cancel import",
        "正在准备……": "Preparing…",
        "%s：%d / %d": "%s: %d / %d",
        "正在取消……": "Cancelling…",
    },
    "ResultPage": {
        "导入完成": "Import finished",
        "撤销本次导入": "Undo this import",
        "已取消": "Cancelled",
        "导入已取消，数据库没有任何改动。": "The import was cancelled; nothing in the database changed.",
        "已导入「%s」：新建 %d 位，合并 %d 位，跳过 %d 位，有问题未导入 %d 行（%.1f 秒）。"
        "如有不对，可以整批撤销；以后也能在“文件 → 导入记录”里撤销。": "Imported “%s”: %d new, %d merged, %d skipped, %d rows with problems left out (%.1f s). "
        "If something is wrong, undo the whole import here or later in File → Import history.",
        "冲突：成员 #%d 的「%s」保留原值「%s」，表格中为「%s」。": "Conflict: member #%d keeps “%s” = “%s”; the file says “%s”.",
        "合并…": "Merge…",
        "已把 %d 位成员加入社群「%s」。": "%d members added to the group “%s”.",
        "正在查找昵称相近的成员……": "Looking for members with similar nicknames…",
        "没有发现与已有成员昵称相近的新成员。": "No new member has a nickname close to an existing member's.",
        "%d 对成员昵称相近，可能是同一人（没有相同的微信号/手机/QQ，未自动合并）："
        "选中一对后点“合并…”逐项确认。": "%d pairs of members have similar nicknames and may be the same person (no shared "
        "WeChat ID/phone/QQ, so nothing was merged): select a pair and click “Merge…” to decide "
        "field by field.",
        "新导入 #%d「%s」 ↔ 已有 #%d「%s」": "Imported #%d “%s” ↔ existing #%d “%s”",
    },
    "ImportUndo": {
        "已撤销第 %d 次导入：删除了新建的 %d 位成员，还原了 %d 位已有成员。": "Import #%d undone: %d new members deleted, %d existing members restored.",
        "%d 位新建成员（%s）在导入后修改过，已保留，没有删除；不需要时可移到回收站。": " %d new members (%s) were edited after the import and were kept, not deleted; move them to the trash if they are not needed.",
        "%d 位相关成员已被永久删除，无需撤销。": " %d of the members involved were permanently deleted since: nothing to undo for them.",
    },
    "ImportHistoryDialog": {
        "导入记录": "Import history",
        "编号": "No.",
        "时间": "Time",
        "撤销所选导入": "Undo selected import",
        "关闭": "Close",
        "已撤销": "Undone",
        "有效": "Active",
        "还没有导入过名单。": "No imports yet.",
        "撤销导入": "Undo import",
        "撤销第 %d 次导入（%s）？它新建的 %d 位成员会被删除，合并进已有成员的内容会还原。": "Undo import #%d (%s)? The %d members it created will be deleted and merged values restored.",
    },
    "ExportDialog": {
        "导出成员": "Export members",
        "当前筛选出的全部成员": "All members of the current filter",
        "选中的 %d 位成员": "The %d selected members",
        "手机号打码（138****1234）": "Mask phones (138****1234)",
        "Excel 工作簿 (.xlsx)": "Excel workbook (.xlsx)",
        "CSV 文本 (.csv)": "CSV text (.csv)",
        "导出…": "Export…",
        "格式：": "Format:",
        "导出的列：": "Columns:",
        "导出到": "Export to",
        "请至少选择一列。": "Choose at least one column.",
        "正在导出……": "Exporting…",
        "已取消导出。": "Export cancelled.",
        "已导出 %d 位成员到 %s": "Exported %d members to %s",
    },
    "ImportModels": {
        "级别": "Level",
        "行": "Row",
        "值": "Value",
        "原因": "Reason",
        "未导入": "Left out",
        "提示": "Note",
        "表格行": "Rows",
        "表格中的昵称": "Nickname in file",
        "已有成员": "Existing member",
        "依据": "Matched by",
        "处理": "Decision",
    },
    "ImportExport": {
        "导入 Excel…": "Import Excel…",
        "从 Excel/WPS/CSV 名单导入成员（也可以把文件拖到窗口上）": "Import members from an Excel/WPS/CSV roster (or drop the file on the window)",
        "导入记录…": "Import history…",
        "导出成员…": "Export members…",
        "导出": "Export",
        "把选中的成员导出为 Excel": "Export the selected members to Excel",
    },
}


if __name__ == "__main__":
    run(EN, COMMON)

"""Fill the English of the recovery prompts shown at start (context "Recovery") and of an edit
waiting for the database (context "Operations")."""

from __future__ import annotations

from fill_ts import run

EN = {
    "Recovery": {
        "数据库已损坏": "The database is damaged",
        "恢复 {when} 的备份（{n} 位成员）？损坏的文件会改名保留，不会删除。": "Restore the backup of {when} ({n} members)? The damaged file is kept under a new name, not deleted.",
        "恢复这个备份": "Restore this backup",
        "退出": "Quit",
        "无法恢复": "Cannot restore",
        "已恢复": "Restored",
        "已恢复 {when} 的备份。损坏的文件保存在：{moved}": "The backup of {when} was restored. The damaged file is kept at: {moved}",
        "上次导入没有完成": "The last import did not finish",
    },
}


if __name__ == "__main__":
    run(EN)

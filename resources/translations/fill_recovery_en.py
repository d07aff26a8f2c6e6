"""Fill the English of the recovery prompts shown at start (context "Recovery"), of an edit
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
    "Operations": {
        "数据库正被另一个程序占用（例如命令行导入）：“{label}”还没有保存，{seconds} 秒后自动重试（第 {n} 次）…": "The database is in use by another program (a command-line import?): “{label}” is not saved yet; trying again in {seconds} s (attempt {n})…",
        "“{label}”已保存。": "“{label}” is saved.",
    },
}


if __name__ == "__main__":
    run(EN)

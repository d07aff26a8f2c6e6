"""Fill the English of 帮助 → 关于社群管家 (context "AboutDialog")."""

from __future__ import annotations

from fill_ts import run

EN = {
    "AboutDialog": {
        "关于社群管家": "About Shequn",
        "关于": "About",
        "第三方许可": "Third-party licences",
        "关闭": "Close",
        "社群管家 Shequn": "Shequn 社群管家",
        "版本 {v}": "Version {v}",
        "社群运营的离线成员管理、内容日历与 Excel 工具。数据只保存在你的电脑上。": "Offline member management, content calendar and Excel tools for community operators. Your data stays on your computer.",
        "使用 Qt {qt} 与 Qt for Python（PySide6 {pyside}），依 GNU LGPL 第 3 版授权；你可以用自己编译的同版本 Qt 库替换程序自带的 Qt 库，方法见许可文件夹中的 Qt/README.txt。": "Uses Qt {qt} and Qt for Python (PySide6 {pyside}) under the GNU LGPL version 3; you may replace the bundled Qt libraries with your own build of the same Qt version, as described in Qt/README.txt in the licences folder.",
        "关于 Qt": "About Qt",
        "本程序包含以下第三方软件，各自的许可全文在文件夹 {path} 中。": "This program includes the following third-party software; the full licence texts are in the folder {path}.",
        "从源代码运行：以下是已安装的依赖；打包后的程序在 licenses 文件夹中附带许可全文。": "Running from source: these are the installed dependencies; the built program carries the full licence texts in its licenses folder.",
        "打开许可文件夹": "Open the licences folder",
    },
}


if __name__ == "__main__":
    run(EN)

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <source>状态</source>
        <translation type="obsolete">Status</translation>
    </message>
    <message>
        <source>成员</source>
        <translation type="obsolete">Members</translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="obsolete">Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="obsolete">Reason</translation>
    </message>
    <message>
        <source>群</source>
        <translation type="obsolete">Groups</translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="obsolete">Note</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="105" />
        <source>关于社群管家</source>
        <translation>About Shequn</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="106" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="107" />
        <source>第三方许可</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="110" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="122" />
        <source>社群管家 Shequn</source>
        <translation>Shequn 社群管家</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="123" />
        <source>版本 {v}</source>
        <translation>Version {v}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="125" />
        <source>社群运营的离线成员管理、内容日历与 Excel 工具。数据只保存在你的电脑上。</source>
        <translation>Offline member management, content calendar and Excel tools for community operators. Your data stays on your computer.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="128" />
        <source>使用 Qt {qt} 与 Qt for Python（PySide6 {pyside}），依 GNU LGPL 第 3 版授权；你可以用自己编译的同版本 Qt 库替换程序自带的 Qt 库，方法见许可文件夹中的 Qt/README.txt。</source>
        <translation>Uses Qt {qt} and Qt for Python (PySide6 {pyside}) under the GNU LGPL version 3; you may replace the bundled Qt libraries with your own build of the same Qt version, as described in Qt/README.txt in the licences folder.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="132" />
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="153" />
        <source>本程序包含以下第三方软件，各自的许可全文在文件夹 {path} 中。</source>
        <translation>This program includes the following third-party software; the full licence texts are in the folder {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="160" />
        <source>从源代码运行：以下是已安装的依赖；打包后的程序在 licenses 文件夹中附带许可全文。</source>
        <translation>Running from source: these are the installed dependencies; the built program carries the full licence texts in its licenses folder.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="171" />
        <source>打开许可文件夹</source>
        <translation>Open the licences folder</translation>
    </message>
</context>
<context>
    <name>ActivitiesEntry</name>
    <message>
        <location filename="../../ui/community/members_entry.py" line="41" />
        <source>活动报名</source>
        <translation>Activity sign-up</translation>
    </message>
    <message>
        <location filename="../../ui/community/members_entry.py" line="42" />
        <source>今天打卡</source>
        <translation>Check in today</translation>
    </message>
    <message>
        <location filename="../../ui/community/members_entry.py" line="69" />
        <source>（没有进行中的活动）</source>
        <translation>(no activity running)</translation>
    </message>
    <message>
        <location filename="../../ui/community/members_entry.py" line="82" />
        <source>%1 位成员报名活动</source>
        <translation>%1 members sign up</translation>
    </message>
    <message>
        <location filename="../../ui/community/members_entry.py" line="90" />
        <source>%1 位成员今天打卡</source>
        <translation>%1 members check in today</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/community/activities_page.py" line="160" />
        <location filename="../../ui/community/activities_page.py" line="357" />
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="161" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="162" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="156" />
        <location filename="../../ui/community/activities_page.py" line="163" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="164" />
        <source>还没有活动：点“新建活动”开始第一个打卡营。</source>
        <translation>No activities yet: click “New activity” to start your first check-in camp.</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="165" />
        <source>最近 3 天未打卡</source>
        <translation>No check-in in the last 3 days</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="247" />
        <source>最近 3 天未打卡（%1 人）</source>
        <translation>No check-in in the last 3 days (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="252" />
        <source>%1 · %2 · 报名 %3 人（这个活动不记打卡，点格子可以补记）</source>
        <translation>%1 · %2 · %3 signed up (this activity has no check-ins; click a cell to record one)</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="259" />
        <source>%1 · 第 %2/%3 天 · 报名 %4 人 · 参与率 %5</source>
        <translation>%1 · day %2 of %3 · %4 signed up · participation %5</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="268" />
        <source>还没有人报名：在成员页选中成员，右键 → 批量设置 → 活动报名。</source>
        <translation>Nobody has signed up yet: select members on the Members page, right-click → Bulk set → Activity sign-up.</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="271" />
        <source>点一个格子打卡或撤回打卡（空格键同样），Ctrl+Z 撤销。</source>
        <translation>Click a cell (or press Space) to check in or take a check-in back; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="275" />
        <source>双击在表格里找到她</source>
        <translation>Double-click to find her in the grid</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="278" />
        <source>都在坚持打卡 👍</source>
        <translation>Everyone keeps checking in 👍</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="328" />
        <source>还没到 %1，不能提前打卡。</source>
        <translation>It is not %1 yet: no check-in ahead of the day.</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="332" />
        <source>撤回 %1 的打卡</source>
        <translation>Take back the check-in of %1</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="335" />
        <source>%1 打卡</source>
        <translation>Check-in %1</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="377" />
        <source>修改活动</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="388" />
        <location filename="../../ui/community/activities_page.py" line="398" />
        <source>删除活动</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="390" />
        <source>把活动「%1」移到回收站？报名、打卡和积分都会保留，可以用 Ctrl+Z 撤销。</source>
        <translation>Move the activity “%1” to the trash? Sign-ups, check-ins and points are kept; Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="52" />
        <source>编辑活动</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="52" />
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="54" />
        <source>例如：21 天早C晚A打卡营</source>
        <translation>e.g. 21-day vitamin C &amp; retinol camp</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="60" />
        <source>线上活动</source>
        <translation>Online activity</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="67" />
        <source>例如：养成每天喝 8 杯水的习惯</source>
        <translation>e.g. get used to drinking 8 glasses of water a day</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="70" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="76" />
        <source>未评分</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="90" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="91" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="93" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="94" />
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="95" />
        <source>目标</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="96" />
        <source>主持人（成员编号）</source>
        <translation>Host (member ID)</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="97" />
        <source>目标社群</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="98" />
        <source>反馈评分</source>
        <translation>Feedback score</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_dialog.py" line="99" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ActivityModels</name>
    <message>
        <location filename="../../ui/community/activity_models.py" line="28" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="29" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="30" />
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="31" />
        <source>线上/线下</source>
        <translation>Online/offline</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="32" />
        <source>报名</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="33" />
        <source>打卡</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="34" />
        <source>参与率</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="35" />
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="38" />
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="39" />
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="40" />
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="41" />
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="42" />
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="43" />
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="44" />
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="47" />
        <source>打卡营</source>
        <translation>Check-in camp</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="48" />
        <source>抽奖</source>
        <translation>Lottery</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="49" />
        <source>分享会</source>
        <translation>Sharing session</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="50" />
        <source>比赛</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="51" />
        <source>团购</source>
        <translation>Group buy</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="52" />
        <source>直播</source>
        <translation>Live stream</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="114" />
        <source>线上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="116" />
        <source>线下</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="126" />
        <source>主持：%1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="181" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="214" />
        <source>已打卡</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../ui/community/activity_models.py" line="216" />
        <source>未打卡</source>
        <translation>no check-in</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="36" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="36" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="36" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="36" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="36" />
        <source>群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="74" />
        <source>（空）%1 — 双击按模板填充</source>
        <translation>(empty) %1 — double-click to fill from the template</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="76" />
        <source>待安排</source>
        <translation>To plan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="89" />
        <source>（今天）</source>
        <translation>(today)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="89" />
        <source>无法完成操作</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149" />
        <source>正在创建示例社群（{n} 位成员），首次启动只需几秒…</source>
        <translation>Creating a demo community ({n} members); this first start takes a few seconds…</translation>
    </message>
    <message>
        <source>欢迎使用社群管家</source>
        <translation type="vanished">Welcome to Shequn</translation>
    </message>
    <message>
        <source>已为你创建示例社群：可以随意试用，之后导入自己的成员即可。</source>
        <translation type="vanished">A demo community was created for you: try anything, then import your own members.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="312" />
        <source>数据库检查</source>
        <translation>Database check</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="306" />
        <source>数据库完整性检查发现问题：
{problems}
建议从“文件 → 从备份恢复”恢复最近的备份。</source>
        <translation>The database integrity check found problems:
{problems}
Restore the latest backup with “File → Restore from backup”.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="381" />
        <source>社群管家已经打开</source>
        <translation>Shequn is already open</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="375" />
        <source>数据库「{path}」已经在另一个社群管家窗口中打开。
请切换到那个窗口；同一个数据库同时只能打开一次。</source>
        <translation>The database “{path}” is already open in another Shequn window.
Switch to that window; a database can be open only once at a time.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="211" />
        <location filename="../../ui/app.py" line="260" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <location filename="../../ui/settings/appearance_section.py" line="33" />
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_section.py" line="33" />
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_section.py" line="33" />
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_section.py" line="44" />
        <source>关闭窗口时最小化到托盘</source>
        <translation>Keep running in the tray when the window closes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_section.py" line="52" />
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_section.py" line="53" />
        <source>关闭窗口</source>
        <translation>Closing the window</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_section.py" line="83" />
        <source>关闭窗口后社群管家留在系统托盘里，照常提醒；要退出，用托盘菜单或“文件 → 退出”。</source>
        <translation>After the window closes, Shequn stays in the system tray and keeps reminding you; to quit, use the tray menu or “File → Quit”.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_section.py" line="86" />
        <source>这台电脑没有系统托盘：关闭窗口就是退出。</source>
        <translation>This computer has no system tray: closing the window quits.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="194" />
        <source>操作记录</source>
        <translation>Operation log</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="195" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="196" />
        <source>按操作名称筛选，如 标签、导入、撤销</source>
        <translation>Filter by operation name, e.g. tag, import, undo</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="198" />
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="198" />
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="198" />
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="198" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="202" />
        <source>没有符合条件的操作。</source>
        <translation>No operation matches.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="204" />
        <source>还没有任何操作。修改成员、加标签或导入之后，每一步都会记录在这里。</source>
        <translation>No operation yet. Once you edit members, add tags or import, every step is recorded here.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="255" />
        <source>这个操作没有逐条的修改记录。</source>
        <translation>This operation recorded no individual changes.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="258" />
        <source>……共 {n} 行，只显示前 {shown} 行。</source>
        <translation>… {n} rows in all; the first {shown} are shown.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="267" />
        <source>操作 #{op} 改动的内容</source>
        <translation>What operation #{op} changed</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="269" />
        <source>改动的内容</source>
        <translation>What it changed</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="299" />
        <source>操作记录…</source>
        <translation>Operation log…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="301" />
        <source>谁在何时改了什么：窗口、命令行和导入的每一步</source>
        <translation>Who changed what, when: every step from the window, the command line and imports</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../../ui/audit_text.py" line="25" />
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27" />
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29" />
        <source>导入 #{n}</source>
        <translation>Import #{n}</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="33" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="39" />
        <source>群</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="40" />
        <source>群昵称</source>
        <translation>Group nickname</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="41" />
        <source>群内角色</source>
        <translation>Role in group</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="42" />
        <source>退群日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="48" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="60" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="63" />
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="65" />
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="97" />
        <source>加上标签：{tags}</source>
        <translation>Tags added: {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="103" />
        <source>去掉标签：{tags}</source>
        <translation>Tags removed: {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="109" />
        <source>{field}：{before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="118" />
        <source>成员 #{id}</source>
        <translation>Member #{id}</translation>
    </message>
</context>
<context>
    <name>BackupProgress</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="148" />
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="149" />
        <source>正在备份数据库，请稍候。
备份完成后社群管家会自动关闭。</source>
        <translation>Backing up the database, please wait.
Shequn closes by itself once the backup is done.</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="50" />
        <source>时间</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="50" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="50" />
        <source>成员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="50" />
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="59" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="61" />
        <source>恢复所选…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="64" />
        <source>打开备份文件夹</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="94" />
        <source>社群管家在有改动时自动备份，导入、恢复和升级之前也会备份。每份备份都经过校验；共 {n} 份。</source>
        <translation>Shequn backs up after changes and before every import, restore and upgrade. Each backup is verified; {n} in all.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="98" />
        <source>还没有备份。点「立即备份」做第一份；有改动时也会自动备份。</source>
        <translation>No backups yet. Click “Back up now” for the first one; backups are also made after changes.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="117" />
        <source>手动</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="118" />
        <source>自动</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="119" />
        <source>关闭时</source>
        <translation>on close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="120" />
        <source>恢复前</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="121" />
        <source>导入前</source>
        <translation>before import</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="122" />
        <source>升级前</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="143" />
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="118" />
        <source>标签（可用拼音）</source>
        <translation>Tag (pinyin works)</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="119" />
        <source>加标签</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="120" />
        <source>去标签</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="121" />
        <source>批量设置</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="123" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="124" />
        <source>角色/头衔</source>
        <translation>Role/title</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="125" />
        <source>加入群</source>
        <translation>Join group</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="126" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="127" />
        <source>会员类型</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="132" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="134" />
        <source>把第二位成员合并到第一位：资料互补，标签、群和时间线合在一起</source>
        <translation>Merge the second member into the first: fields completed, tags, groups and timeline united</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="136" />
        <source>移到回收站</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="137" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="138" />
        <source>永久删除</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="139" />
        <source>取消选择</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="193" />
        <source>已选 {n} 位</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="207" />
        <location filename="../../ui/members/bulk_bar.py" line="212" />
        <source>（清空）</source>
        <translation>(clear)</translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="vanished">Role</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="221" />
        <source>移到群…</source>
        <translation>Move to group…</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../../ui/calendar/labels.py" line="16" />
        <source>构思</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="18" />
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="20" />
        <source>待发</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="22" />
        <source>已发</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="24" />
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="30" />
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="31" />
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="32" />
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="33" />
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="34" />
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="35" />
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="36" />
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="43" />
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="51" />
        <source>休</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="52" />
        <source>班</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="56" />
        <source>暂无 %1 年的官方放假安排，节日仍按农历推算显示。</source>
        <translation>No official holiday schedule for %1 yet; festivals are still computed from the lunar calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="62" />
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="68" />
        <source>知识锦囊</source>
        <translation>Quick tip</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="69" />
        <source>团购接龙</source>
        <translation>Group buy</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="70" />
        <source>微分享</source>
        <translation>Micro-talk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="71" />
        <source>群规提醒</source>
        <translation>Group rules</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="72" />
        <source>活动预告</source>
        <translation>Event notice</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="73" />
        <source>节日</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="81" />
        <source>元旦</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="82" />
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="83" />
        <source>清明节</source>
        <translation>Qingming</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="84" />
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="85" />
        <source>端午节</source>
        <translation>Dragon Boat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="86" />
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="87" />
        <source>中秋节</source>
        <translation>Mid-Autumn</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="88" />
        <source>抗战胜利纪念日</source>
        <translation>Victory Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="89" />
        <source>情人节</source>
        <translation>Valentine's Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="90" />
        <source>妇女节/女神节</source>
        <translation>Women's Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="91" />
        <source>520</source>
        <translation>520 Love Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="92" />
        <source>618</source>
        <translation>618 Sale</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="93" />
        <source>国庆</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="94" />
        <source>双11</source>
        <translation>Singles' Day 11.11</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="95" />
        <source>双12</source>
        <translation>Double 12 Sale</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="96" />
        <source>圣诞节</source>
        <translation>Christmas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="97" />
        <source>元宵</source>
        <translation>Lantern Festival</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="98" />
        <source>端午</source>
        <translation>Dragon Boat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="99" />
        <source>七夕</source>
        <translation>Qixi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="100" />
        <source>中秋</source>
        <translation>Mid-Autumn</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="113" />
        <source>%1调休</source>
        <translation>%1 make-up workday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="128" />
        <source>每周%1 %2</source>
        <translation>Weekly %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="130" />
        <source>每月 %1 日 %2</source>
        <translation>Monthly on day %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="134" />
        <source>每 %1 天 %2</source>
        <translation>Every %1 days %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="138" />
        <source>每天 %1</source>
        <translation>Daily %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="145" />
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="146" />
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="147" />
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="148" />
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="149" />
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="150" />
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="151" />
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>、</source>
        <translation type="vanished">, </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="109" />
        <location filename="../../ui/calendar/calendar_page.py" line="214" />
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="121" />
        <location filename="../../ui/calendar/calendar_page.py" line="217" />
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="121" />
        <location filename="../../ui/calendar/calendar_page.py" line="217" />
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="121" />
        <location filename="../../ui/calendar/calendar_page.py" line="217" />
        <source>列表</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="134" />
        <location filename="../../ui/calendar/calendar_page.py" line="222" />
        <source>全部群</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="135" />
        <location filename="../../ui/calendar/calendar_page.py" line="223" />
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="136" />
        <location filename="../../ui/calendar/calendar_page.py" line="224" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="141" />
        <location filename="../../ui/calendar/calendar_page.py" line="234" />
        <source>新建内容</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="146" />
        <location filename="../../ui/calendar/calendar_page.py" line="235" />
        <source>栏目与类型</source>
        <translation>Slots &amp;&amp; types</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="151" />
        <location filename="../../ui/calendar/calendar_page.py" line="236" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="155" />
        <location filename="../../ui/calendar/calendar_page.py" line="237" />
        <source> 分钟前提醒</source>
        <translation> min reminder</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="189" />
        <location filename="../../ui/calendar/calendar_page.py" line="238" />
        <source>提醒与警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="209" />
        <source>内容日历</source>
        <translation>Content calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="352" />
        <source>新建固定栏目…</source>
        <translation>New recurring slot…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="355" />
        <source>编辑栏目「%1」（%2）…</source>
        <translation>Edit slot “%1” (%2)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="361" />
        <source>新建内容类型…</source>
        <translation>New post type…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="365" />
        <source>编辑类型「%1」…</source>
        <translation>Edit type “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="394" />
        <source>没有需要处理的事项。</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="161" />
        <source>【逾期】「%1」计划 %2 发布，时间已过仍未标记为已发。</source>
        <translation>[Late] “%1” was due %2 and is not marked published.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="165" />
        <source>【冲突】%2 这一小时「%1」有 %3 条内容。</source>
        <translation>[Clash] “%1” gets %3 posts in the hour of %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="169" />
        <source>【空缺】固定栏目「%1」%2 还没有安排内容。</source>
        <translation>[Empty] Slot “%1” on %2 has no post yet.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="405" />
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="444" />
        <source>提醒时间改为提前 %1 分钟</source>
        <translation>Remind %1 minutes before</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="458" />
        <source>导出内容日历</source>
        <translation>Export the content calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="460" />
        <source>手机日历 (*.ics);;周计划 Excel (*.xlsx)</source>
        <translation>Phone calendar (*.ics);;Weekly plan Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="480" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="65" />
        <source>改期「%1」</source>
        <translation>Reschedule “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="108" />
        <source>编辑「%1」</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="122" />
        <source>标记「%1」</source>
        <translation>Mark “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="154" />
        <source>新建栏目「%1」</source>
        <translation>Create slot “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="160" />
        <source>编辑栏目「%1」</source>
        <translation>Edit slot “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="167" />
        <source>删除栏目「%1」</source>
        <translation>Delete slot “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="175" />
        <source>删除类型「%1」</source>
        <translation>Delete type “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="199" />
        <source>新建类型「%1」</source>
        <translation>Create type “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="208" />
        <source>编辑类型「%1」</source>
        <translation>Edit type “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="101" />
        <source>新建「%1」</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="73" />
        <source>填充「%1」%2</source>
        <translation>Fill “%1” %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page_edits.py" line="115" />
        <source>删除「%1」</source>
        <translation>Delete “%1”</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="162" />
        <source>修改投诉</source>
        <translation>Edit complaint</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="162" />
        <source>记录投诉</source>
        <translation>Log complaint</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="164" />
        <source>（不改）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="171" />
        <source>她投诉了什么（原话最好）</source>
        <translation>What she complained about (her own words are best)</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="178" />
        <source>（非成员）</source>
        <translation>(not a member)</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="180" />
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="181" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="182" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="184" />
        <source>当前成员</source>
        <translation>Current member</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="185" />
        <source>成员（可不选）</source>
        <translation>Member (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="186" />
        <source>内容</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="123" />
        <source>待回复</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="124" />
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="75" />
        <location filename="../../ui/community/complaints_page.py" line="125" />
        <location filename="../../ui/community/complaints_page.py" line="151" />
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="128" />
        <source>等待</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="130" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="134" />
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="135" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="135" />
        <source>（非成员）</source>
        <translation>(not a member)</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="136" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="137" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="138" />
        <source>首次回复</source>
        <translation>First reply</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="139" />
        <source>解决用时</source>
        <translation>Time to resolve</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="140" />
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="61" />
        <location filename="../../ui/community/complaints_page.py" line="147" />
        <source>未解决</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="62" />
        <location filename="../../ui/community/complaints_page.py" line="148" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="71" />
        <location filename="../../ui/community/complaints_page.py" line="149" />
        <source>记录投诉…</source>
        <translation>Log complaint…</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="72" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="73" />
        <location filename="../../ui/community/complaints_page.py" line="150" />
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="74" />
        <location filename="../../ui/community/complaints_page.py" line="156" />
        <source>记下首次回复的时间（Ctrl+R）</source>
        <translation>Record the time of the first reply (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="76" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="77" />
        <location filename="../../ui/community/complaints_page.py" line="152" />
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="78" />
        <location filename="../../ui/community/complaints_page.py" line="153" />
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="119" />
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="173" />
        <source>%1 天 %2 小时</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="175" />
        <source>%1 小时 %2 分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="176" />
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="180" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="181" />
        <source>已等待 %1</source>
        <translation>waiting %1</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="217" />
        <source>未解决 %1 件</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="220" />
        <source>首次回复中位数 %1</source>
        <translation>median first reply %1</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="226" />
        <source>解决用时中位数 %1 小时</source>
        <translation>median time to resolve %1 h</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="234" />
        <source>没有未解决的投诉。收到投诉时按「记录投诉…」（Ctrl+N），时钟从收到那一刻开始走。</source>
        <translation>No open complaints. When one comes in, press “Log complaint…” (Ctrl+N): the clock starts when it was received.</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="238" />
        <source>还没有投诉记录。收到投诉时按「记录投诉…」（Ctrl+N）。</source>
        <translation>No complaints yet. When one comes in, press “Log complaint…” (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="251" />
        <source>记录投诉</source>
        <translation>Log complaint</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="257" />
        <location filename="../../ui/community/complaints_page.py" line="271" />
        <source>请先选中一条投诉。</source>
        <translation>Select a complaint first.</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="266" />
        <source>修改投诉</source>
        <translation>Edit complaint</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="274" />
        <source>回复投诉</source>
        <translation>Reply to complaint</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="275" />
        <source>解决投诉</source>
        <translation>Resolve complaint</translation>
    </message>
    <message>
        <location filename="../../ui/community/complaints_page.py" line="276" />
        <source>重新打开投诉</source>
        <translation>Reopen complaint</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="61" />
        <source>用「{path}」替换当前数据库？</source>
        <translation>Replace the current database with “{path}”?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="62" />
        <source>恢复这个备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="63" />
        <source>这份备份之后的改动（新成员、编辑、打卡、内容……）都不在恢复后的数据库里，撤销记录也会清空。当前数据会先自动备份一份，需要时可以再恢复回来。恢复后请重新打开社群管家。</source>
        <translation>Changes made after this backup (new members, edits, check-ins, posts …) will not be in the restored database, and the undo history is cleared. The current data is backed up first, so you can restore it again if needed. Reopen Shequn after the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/community/activities_page.py" line="392" />
        <source>移到回收站</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="122" />
        <source>撤销这次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="123" />
        <source>会失去：这次导入新建的成员，以及导入后在他们身上做的编辑。</source>
        <translation>Lost: the members this import created, and the edits made to them since.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="36" />
        <source>确定要永久删除这 {n} 位成员吗？</source>
        <translation>Delete these {n} members for good?</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="38" />
        <source>会失去：他们的资料、标签、所在的群、购买记录和时间线（连同合并进他们的旧记录），备份里的副本也会抹去；之前涉及他们的操作不能再撤销。这一步无法撤销。</source>
        <translation>Lost: their details, tags, groups, purchases and timeline (with the old records merged into them); their copies in the backups are erased too, and earlier steps involving them can no longer be undone. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="78" />
        <source>删除分群「{name}」？</source>
        <translation>Delete the segment “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="80" />
        <source>会失去这个分群保存的筛选条件；成员本身不受影响。</source>
        <translation>Lost: the filter this segment keeps; the members themselves are not touched.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <location filename="../../ui/members/custom_fields.py" line="65" />
        <source>没有自定义字段。从 Excel 导入时保留的列会显示在这里，也可以在下面添加。</source>
        <translation>No custom fields. Columns kept from an Excel import show here; you can also add one below.</translation>
    </message>
    <message>
        <source>字段名，如 推荐人</source>
        <translation type="vanished">Field name, e.g. Referrer</translation>
    </message>
    <message>
        <location filename="../../ui/members/custom_fields.py" line="67" />
        <source>新字段名</source>
        <translation>New field</translation>
    </message>
    <message>
        <location filename="../../ui/members/custom_fields.py" line="68" />
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/members/custom_fields.py" line="69" />
        <source>添加字段</source>
        <translation>Add field</translation>
    </message>
    <message>
        <location filename="../../ui/members/custom_fields.py" line="71" />
        <source>删除字段「{name}」</source>
        <translation>Remove the field “{name}”</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="135" />
        <source>收取押金</source>
        <translation>Take a deposit</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="139" />
        <source>例如：21 天打卡营押金</source>
        <translation>e.g. deposit for the 21-day camp</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="141" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="142" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="143" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="197" />
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="198" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="199" />
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="200" />
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="201" />
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="202" />
        <source>企微ID</source>
        <translation>WeCom ID</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="203" />
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="204" />
        <source>性格</source>
        <translation>Personality</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="205" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="226" />
        <location filename="../../ui/members/detail_panel.py" line="233" />
        <location filename="../../ui/members/detail_panel.py" line="313" />
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="206" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="207" />
        <source>角色/头衔</source>
        <translation>Role/title</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="208" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="209" />
        <source>会员类型</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="210" />
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="193" />
        <location filename="../../ui/members/detail_panel.py" line="211" />
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="194" />
        <source>警告/押金</source>
        <translation>Warnings/deposits</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="195" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="196" />
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="210" />
        <source>还没有积分记录。</source>
        <translation>No points yet.</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="211" />
        <source>没有警告，也没有押金。</source>
        <translation>No warnings and no deposit.</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="212" />
        <source>还没有参加过活动。</source>
        <translation>Has not taken part in an activity yet.</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="213" />
        <source>没有投诉。</source>
        <translation>No complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="225" />
        <source>已报名</source>
        <translation>signed up</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="227" />
        <source>未报名</source>
        <translation>not signed up</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="229" />
        <source>{name}（{kind}，{start}–{end}）· {signed} · 打卡 {n} 次</source>
        <translation>{name} ({kind}, {start}–{end}) · {signed} · {n} check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="244" />
        <source>待处理</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="245" />
        <source>处理中</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="246" />
        <source>已解决</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="257" />
        <source>打卡</source>
        <translation>check-in</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="258" />
        <source>分享</source>
        <translation>share</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="259" />
        <source>活动获奖</source>
        <translation>activity win</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="260" />
        <source>手动调整</source>
        <translation>manual adjustment</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="261" />
        <source>兑换</source>
        <translation>redemption</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="263" />
        <source>{at}  {delta:+d}  {reason}{detail} · 余 {balance}</source>
        <translation>{at}  {delta:+d}  {reason}{detail} · balance {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="292" />
        <source>已撤销</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="294" />
        <source>已过期</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="296" />
        <source>导致移出</source>
        <translation>led to removal</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="298" />
        <source>生效中</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="302" />
        <source>{at} 警告 · {reason} · {state}</source>
        <translation>{at} warning · {reason} · {state}</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="311" />
        <source>押金中</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="312" />
        <source>已退还</source>
        <translation>refunded</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="313" />
        <source>已没收</source>
        <translation>forfeited</translation>
    </message>
    <message>
        <location filename="../../ui/members/community_box.py" line="319" />
        <source>{at} 押金 ¥{amount:.2f} · {state}</source>
        <translation>{at} deposit ¥{amount:.2f} · {state}</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="212" />
        <source>入群日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="213" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="215" />
        <source>最近活跃</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="216" />
        <source>最近联系</source>
        <translation>Last contacted</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="223" />
        <source>例如 2024-01-05</source>
        <translation>e.g. 2024-01-05</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="224" />
        <source>农历生日</source>
        <translation>Lunar birthday</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="214" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="237" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="238" />
        <source>擅长领域</source>
        <translation>Specialties</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="247" />
        <source>用逗号分隔，如 成分分析，敏感肌护理</source>
        <translation>Comma-separated, e.g. ingredients, sensitive skin care</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="239" />
        <source>自定义字段</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="240" />
        <source>所在群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="52" />
        <source>加入群</source>
        <translation>Join group</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="53" />
        <source>退出所选群</source>
        <translation>Leave selected group</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="241" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="242" />
        <source>修改记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="249" />
        <source>社群记录</source>
        <translation>Community record</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="251" />
        <source>写一条跟进记录，回车添加</source>
        <translation>Write a follow-up note, Enter to add</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="252" />
        <source>添加记录</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="343" />
        <source>已选 {n} 位成员。
用表格上方的操作栏批量加标签、批量设置，或移到回收站。</source>
        <translation>{n} members selected.
Use the bar above the table to tag them, set fields, or move them to the trash.</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="347" />
        <source>在表格中选择一位成员，
即可在这里查看和编辑资料。</source>
        <translation>Select a member in the table
to see and edit their details here.</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="354" />
        <source>（在回收站中）</source>
        <translation>(in the trash)</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="361" />
        <source>号码格式可疑，请核对</source>
        <translation>This number looks wrong, please check it</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="66" />
        <source>，{date} 退出</source>
        <translation>, left {date}</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="70" />
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="76" />
        <source>{group}（{date} 加入{left}）</source>
        <translation>{group} (joined {date}{left})</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="80" />
        <source>日期不详</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="385" />
        <source>还没有记录。在上面写一条跟进记录吧。</source>
        <translation>No notes yet. Write a follow-up note above.</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="426" />
        <source>农历{date} · 下次 {next}</source>
        <translation>Lunar {date} · next {next}</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../ui/dialog_buttons.py" line="22" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialog_buttons.py" line="23" />
        <location filename="../../ui/dialog_buttons.py" line="54" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../ui/error_hook.py" line="81" />
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/error_hook.py" line="83" />
        <source>程序遇到了一个意外错误，刚才的操作可能没有完成。</source>
        <translation>Shequn hit an unexpected error; what you just did may not have been completed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_hook.py" line="88" />
        <source>详细信息已记录到日志文件：{path}</source>
        <translation>The details were written to the log file: {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="138" />
        <source>导出成员</source>
        <translation>Export members</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="139" />
        <source>当前筛选出的全部成员</source>
        <translation>All members of the current filter</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="140" />
        <source>选中的 %d 位成员</source>
        <translation>The %d selected members</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="141" />
        <source>手机号打码（138****1234）</source>
        <translation>Mask phones (138****1234)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="142" />
        <source>Excel 工作簿 (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="143" />
        <source>CSV 文本 (.csv)</source>
        <translation>CSV text (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="146" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="147" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="144" />
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="35" />
        <source>成员ID</source>
        <translation>Member ID</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="36" />
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="37" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="38" />
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="39" />
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="40" />
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="41" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="42" />
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="43" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="44" />
        <source>企微外部联系人ID</source>
        <translation>WeCom external contact ID</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="45" />
        <source>角色/头衔</source>
        <translation>Role/title</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="46" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="47" />
        <source>所在群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="48" />
        <source>入群日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="49" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="50" />
        <source>农历生日</source>
        <translation>Lunar birthday</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="51" />
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="52" />
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="53" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="54" />
        <source>会员类型</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="55" />
        <source>性格</source>
        <translation>Personality</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="56" />
        <source>最近活跃</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="57" />
        <source>最近联系</source>
        <translation>Last contacted</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="58" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="59" />
        <source>自定义字段</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="145" />
        <source>导出的列：</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="156" />
        <source>文件中的列名：%1</source>
        <translation>Header in the file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="173" />
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="174" />
        <source>成员名单</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="187" />
        <source>请至少选择一列。</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="194" />
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="215" />
        <source>已取消导出。</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="221" />
        <location filename="../../ui/importing/export_dialog.py" line="222" />
        <source>已导出 %d 位成员到 %s</source>
        <translation>Exported %d members to %s</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="66" />
        <location filename="../../ui/importing/import_pages_a.py" line="106" />
        <source>选择名单文件</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="69" />
        <source>支持 Excel（.xlsx .xls）、WPS、.ods 和 CSV。标题行、合并单元格、说明页都没关系。</source>
        <translation>Excel (.xlsx .xls), WPS, .ods and CSV. Title rows, merged cells and instruction sheets are fine.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="73" />
        <source>把文件拖到窗口上，或点“选择文件…”</source>
        <translation>Drop a file on the window, or click “Choose file…”</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="75" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="78" />
        <source>自动识别列</source>
        <translation>Detect columns automatically</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="87" />
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="88" />
        <source>列映射方案：</source>
        <translation>Column preset:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="107" />
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="131" />
        <source>正在读取「%s」…</source>
        <translation>Reading “%s”…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="151" />
        <source>已读取：%d 个工作表；将使用「%s」，约 %d 行。</source>
        <translation>Read: %d sheet(s); using “%s”, about %d rows.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>搜索昵称、姓名、微信号、手机、QQ、备注（支持拼音，如 xm）  Ctrl+F</source>
        <translation type="vanished">Search nickname, name, WeChat, phone, QQ, notes (pinyin works, e.g. xm)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="144" />
        <source>全部包含</source>
        <translation>Has all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="144" />
        <source>任一包含</source>
        <translation>Has any</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="144" />
        <source>都不包含</source>
        <translation>Has none</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="146" />
        <source>按标签筛选…</source>
        <translation>Filter by tag…</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="148" />
        <source>肤质：全部</source>
        <translation>Skin: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="149" />
        <source>角色：全部</source>
        <translation>Role: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="150" />
        <source>群：全部</source>
        <translation>Group: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="151" />
        <source>状态：全部</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="152" />
        <source>会员：全部</source>
        <translation>Membership: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="153" />
        <source>购买：全部</source>
        <translation>Purchases: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="156" />
        <source>从没买过</source>
        <translation>Never bought</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="156" />
        <source>买过 2 次及以上</source>
        <translation>Bought 2+ times</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="156" />
        <source>买过 3 次及以上</source>
        <translation>Bought 3+ times</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="168" />
        <source>沉默、未联系、生日、入群日期、等级、警告、押金</source>
        <translation>Silent, not contacted, birthdays, joined, level, warnings, deposits</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="169" />
        <source>保存为分群</source>
        <translation>Save as segment</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="170" />
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="283" />
        <source>指定的 {n} 位成员</source>
        <translation>{n} chosen members</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="311" />
        <source>更多筛选…</source>
        <translation>More filters…</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="167" />
        <location filename="../../ui/members/filter_bar.py" line="191" />
        <location filename="../../ui/members/filter_bar.py" line="192" />
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="142" />
        <source>搜索昵称、姓名、微信号、手机、QQ、头衔、擅长、备注（支持拼音，如 xm）  Ctrl+F</source>
        <translation>Search nickname, name, WeChat, phone, QQ, title, specialties, notes (pinyin works, e.g. xm)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="164" />
        <location filename="../../ui/members/filter_bar.py" line="205" />
        <source>买过：%1</source>
        <translation>Bought: %1</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="296" />
        <source>含</source>
        <translation>Has</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="296" />
        <source>任一</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="296" />
        <source>不含</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="47" />
        <source>沉默超过 {n} 天</source>
        <translation>Silent over {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="56" />
        <source>超过 {n} 天未联系</source>
        <translation>Not contacted for {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="65" />
        <source>{n} 天内过生日</source>
        <translation>Birthday within {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="75" />
        <source>入群 {a} 至 {b}</source>
        <translation>Joined {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="82" />
        <source>入群不早于 {a}</source>
        <translation>Joined on or after {a}</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="89" />
        <source>入群不晚于 {b}</source>
        <translation>Joined on or before {b}</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="96" />
        <source>等级 ≥ {n}</source>
        <translation>Level ≥ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="101" />
        <location filename="../../ui/members/list_filters_popup.py" line="172" />
        <source>有生效中的警告</source>
        <translation>Has a warning in force</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="103" />
        <source>押金未退</source>
        <translation>Deposit held</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="113" />
        <source>更多筛选</source>
        <translation>More filters</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="120" />
        <source>沉默超过</source>
        <translation>Silent over</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="121" />
        <source>天（按最近活跃；从未活跃按入群日期）</source>
        <translation>days (by last activity; never active: by joining)</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="124" />
        <source>超过</source>
        <translation>Not contacted for over</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="125" />
        <source>天未联系（从未联系的也算）</source>
        <translation>days (never contacted counts too)</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="128" />
        <source>今天起</source>
        <translation>From today, within</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="129" />
        <source>天内过生日（公历或农历）</source>
        <translation>days: birthday (solar or lunar)</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="131" />
        <source>等级不低于</source>
        <translation>Level at least</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="153" />
        <source>入群不早于</source>
        <translation>Joined on or after</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="156" />
        <source>入群不晚于</source>
        <translation>Joined on or before</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="173" />
        <source>有未退的押金</source>
        <translation>Has a deposit held</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="187" />
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="190" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/members/list_filters_popup.py" line="216" />
        <source>入群日期范围不对：开始日期晚于结束日期。</source>
        <translation>The joined period is reversed: the start is after the end.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/app.py" line="158" />
        <source>已为你创建示例社群：{n} 位虚构成员、内容日历、活动和商品，可以随意试用。
准备好以后，用“文件 → 导入 Excel…”导入自己的成员。</source>
        <translation>Your sample community is ready: {n} made-up members, a content calendar, activities and products to try.
When you are ready, import your own members with File → Import Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="197" />
        <source>从空白开始：用“文件 → 导入 Excel…”导入名单，或在成员页添加成员。</source>
        <translation>Starting empty: import a list with File → Import Excel, or add members on the Members page.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="33" />
        <location filename="../../ui/first_start.py" line="36" />
        <source>欢迎使用社群管家</source>
        <translation>Welcome to Shequn</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="43" />
        <source>成员、内容日历和活动都只保存在这台电脑上，不需要联网。
数据库还是空的：选一个开始的方式。</source>
        <translation>Members, the content calendar and activities are kept on this computer only; no internet needed.
The database is empty: choose how to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="49" />
        <source>导入名单</source>
        <translation>Import a member list</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="50" />
        <source>从 Excel、WPS 或 CSV 名单导入你的成员（也可以把文件拖到窗口上）。</source>
        <translation>Import your members from an Excel, WPS or CSV list (or drop the file on the window).</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="53" />
        <source>使用示例社群</source>
        <translation>Use the sample community</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="54" />
        <source>先用 %1 位虚构成员、内容日历和活动随意试用；之后再导入自己的名单。</source>
        <translation>Try everything on %1 made-up members, a content calendar and activities; import your own list later.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="59" />
        <source>从空白开始</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="60" />
        <source>一个空的社群：成员可以一位一位添加，随时可以再导入名单。</source>
        <translation>An empty community: add members one by one, or import a list at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="71" />
        <source>开始使用</source>
        <translation>Get started</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <location filename="../../ui/groups/group_actions.py" line="43" />
        <source>{n} 位成员加入「{group}」</source>
        <translation>{n} members join “{group}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_actions.py" line="56" />
        <source>{n} 位成员退出「{group}」</source>
        <translation>{n} members leave “{group}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_actions.py" line="68" />
        <source>把 {n} 位成员从「{a}」移到「{b}」</source>
        <translation>Move {n} members from “{a}” to “{b}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_actions.py" line="86" />
        <source>移到群</source>
        <translation>Move to group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_actions.py" line="100" />
        <source>把选中的 {n} 位成员</source>
        <translation>Move the {n} selected members</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_actions.py" line="104" />
        <source>移出</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_actions.py" line="105" />
        <source>移入</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_actions.py" line="132" />
        <source>至少要有两个群才能移动成员：先在“社群”页新建群。</source>
        <translation>Moving members needs at least two groups: create one on the Groups page first.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_actions.py" line="143" />
        <source>移出和移入的是同一个群：没有移动。</source>
        <translation>The source and target are the same group: nothing was moved.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="39" />
        <source>编辑小组</source>
        <translation>Edit subgroup</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="39" />
        <source>编辑群</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="41" />
        <source>新建小组</source>
        <translation>New subgroup</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="41" />
        <source>新建群</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="43" />
        <source>例如：护肤交流3群</source>
        <translation>e.g. 护肤交流3群 (Skincare chat 3)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="49" />
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="51" />
        <source>（不设组长）</source>
        <translation>(no leader)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="57" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="58" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="59" />
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="61" />
        <source>组长</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_dialog.py" line="63" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>GroupMemberModel</name>
    <message>
        <location filename="../../ui/groups/group_models.py" line="41" />
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="42" />
        <source>群昵称</source>
        <translation>Nickname in group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="43" />
        <source>群内角色</source>
        <translation>Role in group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="44" />
        <source>入群</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="45" />
        <source>退群</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../ui/groups/group_models.py" line="29" />
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="30" />
        <source>企业微信</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="31" />
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="34" />
        <source>群名称</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="35" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="36" />
        <source>人数/容量</source>
        <translation>Members/capacity</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="37" />
        <source>组长</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="38" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="131" />
        <source>快满了：已到容量的 90% 以上</source>
        <translation>Nearly full: 90% of capacity or more</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_models.py" line="138" />
        <source>（已归档）</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="107" />
        <location filename="../../ui/groups/groups_page.py" line="165" />
        <source>社群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="166" />
        <source>新建群</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="167" />
        <source>新建一个微信群、企业微信群或 QQ 群（Ctrl+N）</source>
        <translation>Create a WeChat, WeCom or QQ group (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="168" />
        <source>新建小组</source>
        <translation>New subgroup</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="169" />
        <source>在选中的群下面建一个约 15 人的小组，可设组长</source>
        <translation>Create a subgroup of about 15 under the selected group, with a leader</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="170" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="171" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="172" />
        <source>只能删除没有成员、没有小组的群（可撤销）</source>
        <translation>Only a group without members or subgroups can be deleted (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="173" />
        <source>显示已归档</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="176" />
        <source>还没有群。
点“新建群”添加你的微信群、企业微信群或 QQ 群，然后在“成员”页选中成员，用“批量设置 → 加入群”把她们加进来。</source>
        <translation>No groups yet.
Click “New group” to add your WeChat, WeCom or QQ groups, then select members on the Members page and use “Bulk set → Join group” to add them.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="183" />
        <source>当前成员</source>
        <translation>Current members</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="183" />
        <source>已退群</source>
        <translation>Former members</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="183" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="186" />
        <source>设群内角色</source>
        <translation>Set role in group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="187" />
        <source>改群昵称…</source>
        <translation>Change nickname in group…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="188" />
        <source>移到群…</source>
        <translation>Move to group…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="189" />
        <source>退群</source>
        <translation>Leave group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="190" />
        <source>选中的成员退出这个群（保留记录，可撤销）</source>
        <translation>The selected members leave this group (history kept, can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="270" />
        <source>选择左边的一个群，查看它的成员</source>
        <translation>Select a group on the left to see its members</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="274" />
        <source>{name} · {n}/{cap} 人</source>
        <translation>{name} · {n}/{cap} members</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="283" />
        <source>快满了：{name} 已到容量的 {p}%，加人前先清理不活跃的成员或开新群。</source>
        <translation>Nearly full: {name} is at {p}% of its capacity; remove inactive members or open a new group before adding more.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="287" />
        <source>这个群还没有成员。
在“成员”页选中成员，用“批量设置 → 加入群”把她们加进来。</source>
        <translation>This group has no members yet.
Select members on the Members page and use “Bulk set → Join group” to add them.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="292" />
        <source>取消归档</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_page.py" line="292" />
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="43" />
        <source>新建小组「{name}」</source>
        <translation>New subgroup “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="45" />
        <source>新建群「{name}」</source>
        <translation>New group “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="80" />
        <source>修改群「{name}」</source>
        <translation>Edit group “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="94" />
        <source>取消归档「{name}」</source>
        <translation>Unarchive “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="100" />
        <source>归档「{name}」</source>
        <translation>Archive “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="111" />
        <source>删除群「{name}」</source>
        <translation>Delete group “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="123" />
        <source>{n} 位成员退出「{group}」</source>
        <translation>{n} members leave “{group}”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="135" />
        <source>把 {n} 位成员的群内角色设为 {role}</source>
        <translation>Set the role in group of {n} members to {role}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="137" />
        <source>（空）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="148" />
        <source>群昵称</source>
        <translation>Nickname in group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="149" />
        <source>她在这个群里的昵称（群名片）：</source>
        <translation>Her nickname in this group (group card):</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="157" />
        <source>修改群昵称</source>
        <translation>Change nickname in group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page_edits.py" line="164" />
        <source>（清空）</source>
        <translation>(clear)</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../../ui/members/history_box.py" line="75" />
        <source>还没有记录的修改。以后在这里、在命令行或通过导入改动她的资料，都会记在这里。</source>
        <translation>No recorded change yet. Every change to this member — made here, from the command line or by an import — will be listed here.</translation>
    </message>
    <message>
        <location filename="../../ui/members/history_box.py" line="85" />
        <source>操作 #{op}</source>
        <translation>Operation #{op}</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../ui/importing/install.py" line="87" />
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="89" />
        <source>从 Excel/WPS/CSV 名单导入成员（也可以把文件拖到窗口上）</source>
        <translation>Import members from an Excel/WPS/CSV roster (or drop the file on the window)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="93" />
        <source>导入记录…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="94" />
        <source>导出成员…</source>
        <translation>Export members…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="96" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="98" />
        <source>把选中的成员导出为 Excel</source>
        <translation>Export the selected members to Excel</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="58" />
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="61" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="62" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="63" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="64" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="65" />
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="66" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="67" />
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="68" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="71" />
        <source>撤销所选导入</source>
        <translation>Undo selected import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="72" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="84" />
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="84" />
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="100" />
        <source>还没有导入过名单。</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="117" />
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="119" />
        <source>撤销第 %d 次导入（%s）？它新建的 %d 位成员会被删除，合并进已有成员的内容会还原。</source>
        <translation>Undo import #%d (%s)? The %d members it created will be deleted and merged values restored.</translation>
    </message>
    <message>
        <source>已撤销第 %d 次导入。</source>
        <translation type="vanished">Import #%d undone.</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <location filename="../../ui/importing/import_models.py" line="50" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="51" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="52" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="53" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="54" />
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="55" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="71" />
        <source>未导入</source>
        <translation>Left out</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="73" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="89" />
        <source>表格行</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="90" />
        <source>表格中的昵称</source>
        <translation>Nickname in file</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="91" />
        <source>已有成员</source>
        <translation>Existing member</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="92" />
        <source>依据</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="93" />
        <source>处理</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="132" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="133" />
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="134" />
        <source>新建</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="457" />
        <source>已撤销第 %d 次导入：删除了新建的 %d 位成员，还原了 %d 位已有成员。</source>
        <translation>Import #%d undone: %d new members deleted, %d existing members restored.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="466" />
        <source>%d 位新建成员（%s）在导入后修改过，已保留，没有删除；不需要时可移到回收站。</source>
        <translation> %d new members (%s) were edited after the import and were kept, not deleted; move them to the trash if they are not needed.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="472" />
        <source>%d 位相关成员已被永久删除，无需撤销。</source>
        <translation> %d of the members involved were permanently deleted since: nothing to undo for them.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/import_wizard.py" line="47" />
        <source>从 Excel 导入成员</source>
        <translation>Import members from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_wizard.py" line="51" />
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_wizard.py" line="52" />
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_wizard.py" line="53" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_wizard.py" line="54" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_wizard.py" line="55" />
        <source>开始导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>LineMemberDialog</name>
    <message>
        <location filename="../../ui/paste/member_picker.py" line="34" />
        <source>这一行是谁？</source>
        <translation>Who is this line?</translation>
    </message>
    <message>
        <location filename="../../ui/paste/member_picker.py" line="36" />
        <source>搜索昵称、姓名、拼音或首字母</source>
        <translation>Search nickname, name, pinyin or initials</translation>
    </message>
    <message>
        <location filename="../../ui/paste/member_picker.py" line="41" />
        <source>接龙里写的是「%1」</source>
        <translation>The list says “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/paste/member_picker.py" line="46" />
        <source>选这位</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../ui/paste/member_picker.py" line="47" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window_language.py" line="24" />
        <location filename="../../ui/window_language.py" line="25" />
        <source>社群管家</source>
        <translation>Shequn</translation>
    </message>
    <message>
        <location filename="../../ui/window_language.py" line="26" />
        <source>分群</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../ui/window_language.py" line="28" />
        <source>还没有分群。
在成员页设好筛选后点“保存为分群”。</source>
        <translation>No segments yet.
Set filters on the Members page and click “Save as segment”.</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="174" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="175" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="176" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="177" />
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="178" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="183" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="127" />
        <location filename="../../ui/window_menus.py" line="157" />
        <location filename="../../ui/window_menus.py" line="187" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="130" />
        <location filename="../../ui/window_menus.py" line="188" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="190" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="191" />
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="192" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="184" />
        <source>显示工具栏</source>
        <translation>Show toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="194" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="196" />
        <source>界面语言（重启后生效）</source>
        <translation>Language (after a restart)</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="198" />
        <source>外观</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="200" />
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="201" />
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="202" />
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="205" />
        <source>关于社群管家</source>
        <translation>About Shequn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation type="vanished">Rename…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="vanished">Delete</translation>
    </message>
    <message>
        <source>重命名分群</source>
        <translation type="vanished">Rename segment</translation>
    </message>
    <message>
        <source>新名称：</source>
        <translation type="vanished">New name:</translation>
    </message>
    <message>
        <source>删除分群</source>
        <translation type="vanished">Delete segment</translation>
    </message>
    <message>
        <source>删除分群「{name}」？成员本身不受影响。</source>
        <translation type="vanished">Delete the segment “{name}”? The members themselves are not affected.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="36" />
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="52" />
        <source>选择要恢复的备份</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="53" />
        <source>社群管家备份 (*.sqlite3)</source>
        <translation>Shequn backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="60" />
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用「{path}」替换当前数据库？当前数据会先自动备份。恢复后请重新打开社群管家。</source>
        <translation type="vanished">Replace the current database with “{path}”? The current data is backed up first. Reopen Shequn after restoring.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="76" />
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="77" />
        <source>数据库已从备份恢复，社群管家将关闭，请重新打开。</source>
        <translation>The database was restored from the backup. Shequn will close; please open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/window_language.py" line="58" />
        <source>界面语言将在重新打开社群管家后生效。</source>
        <translation>The language changes the next time Shequn opens.</translation>
    </message>
    <message>
        <location filename="../../ui/window_language.py" line="64" />
        <source>界面语言已切换；{pages}将在重新打开社群管家后切换。</source>
        <translation>Language changed; {pages} will follow the next time Shequn opens.</translation>
    </message>
    <message>
        <source>社群管家 Shequn {version}
为社群运营者打造的离线成员管理、内容日历与 Excel 工具。
数据只保存在这台电脑上。</source>
        <translation type="vanished">Shequn {version}
An offline member CRM, content calendar and Excel workbench for community operators.
Your data stays on this computer.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="254" />
        <source>列对应关系</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="255" />
        <source>每一列导入到哪个字段？不认识的列可以忽略，或保留为自定义字段。</source>
        <translation>Which field does each column go to? Unknown columns can be ignored or kept as custom fields.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="258" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="258" />
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="258" />
        <source>示例</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="258" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="263" />
        <source>保存为映射方案…</source>
        <translation>Save as preset…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="285" />
        <source>（忽略）</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="291" />
        <source>自定义字段「%s」</source>
        <translation>Custom field “%s”</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="314" />
        <source>有 %d 列（⚠）的内容与表头猜测的字段不符：鼠标停在该行上可看原因和建议。</source>
        <translation>%d column(s) (⚠) hold values that do not fit the field guessed from the header: hover a row for the reason and the suggestion.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="331" />
        <source>至少要有一列导入到某个字段。</source>
        <translation>At least one column must be imported into a field.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="336" />
        <source>保存映射方案</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="336" />
        <source>方案名称：</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="344" />
        <source>已保存映射方案「%s」。</source>
        <translation>Preset “%s” saved.</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <location filename="../../ui/members/members_page.py" line="315" />
        <source>从 {n} 位成员移除标签 {tags}</source>
        <translation>Remove tag {tags} from {n} members</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="318" />
        <source>给 {n} 位成员加标签 {tags}</source>
        <translation>Tag {n} members with {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="211" />
        <source>修改成员标签</source>
        <translation>Change member tags</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_words.py" line="18" />
        <source>状态</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_words.py" line="20" />
        <source>会员类型</source>
        <translation>membership</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_words.py" line="22" />
        <source>肤质</source>
        <translation>skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_words.py" line="24" />
        <source>角色</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_words.py" line="40" />
        <source>把 {n} 位成员的{field}设为 {value}</source>
        <translation>Set {field} of {n} members to {value}</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_words.py" line="34" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="205" />
        <source>修改成员资料</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="217" />
        <source>修改擅长领域</source>
        <translation>Change specialties</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="232" />
        <source>修改自定义字段</source>
        <translation>Change custom fields</translation>
    </message>
    <message>
        <source>{n} 位成员退出「{group}」</source>
        <translation type="vanished">{n} members leave “{group}”</translation>
    </message>
    <message>
        <source>{n} 位成员加入「{group}」</source>
        <translation type="vanished">{n} members join “{group}”</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="372" />
        <source>从回收站恢复 {n} 位成员</source>
        <translation>Restore {n} members from the trash</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="366" />
        <source>把 {n} 位成员移到回收站</source>
        <translation>Move {n} members to the trash</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="300" />
        <source>合并两位成员</source>
        <translation>Merge two members</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="226" />
        <source>添加记录</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="42" />
        <source>搜索成员：昵称、姓名、微信号或拼音（xm 找到小美）</source>
        <translation>Search members: nickname, name, WeChat ID or pinyin (xm finds 小美)</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="29" />
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="30" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="31" />
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="32" />
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="33" />
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="34" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="35" />
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="36" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="37" />
        <source>角色/头衔</source>
        <translation>Role/title</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="38" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="39" />
        <source>会员类型</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="40" />
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="41" />
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="42" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="43" />
        <source>所在群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="44" />
        <source>入群日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="45" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="46" />
        <source>最近活跃</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="47" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="52" />
        <source>活跃</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="53" />
        <source>沉默</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="54" />
        <source>僵尸</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="55" />
        <source>已退群</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="56" />
        <source>黑名单</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="59" />
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="60" />
        <source>付费</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/members/members_page.py" line="133" />
        <location filename="../../ui/members/members_page.py" line="142" />
        <location filename="../../ui/members/members_page.py" line="302" />
        <source>回收站</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="135" />
        <source>选中成员后，可在这里批量加标签、设置、合并或移到回收站（Shift/Ctrl 多选）</source>
        <translation>Select members to tag, set fields, merge or trash them here (Shift/Ctrl to select several)</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="137" />
        <source>新建成员…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="138" />
        <source>新建一位成员（Ctrl+N），再在右侧补全资料</source>
        <translation>Add a new member (Ctrl+N), then fill in the rest on the right</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="139" />
        <source>新建成员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="141" />
        <source>查看回收站里的成员：可以恢复，或永久删除</source>
        <translation>Show the members in the trash: restore them or delete them for good</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="129" />
        <location filename="../../ui/members/members_page.py" line="142" />
        <location filename="../../ui/members/members_page.py" line="302" />
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_loading.py" line="203" />
        <source>回收站是空的。
移到回收站的成员会保留在这里，可以恢复或永久删除。</source>
        <translation>The trash is empty.
Members moved to the trash stay here until you restore them or delete them for good.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_loading.py" line="208" />
        <source>没有符合条件的成员。
试试换个关键词、减少筛选条件，或按 Esc 清除搜索。</source>
        <translation>No member matches.
Try other words, fewer filters, or press Esc to clear the search.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_loading.py" line="213" />
        <source>还没有成员。
可以从 Excel 导入成员，或在命令行运行 shequn demo 创建示例社群。</source>
        <translation>No members yet.
Import them from Excel, or run `shequn demo` for a demo community.</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="349" />
        <source>回收站：</source>
        <translation>Trash: </translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="351" />
        <source>{where}正在读取全部成员… · 已选 {k}</source>
        <translation>{where}reading all members… · {k} selected</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="353" />
        <source>{where}共 {n} 位成员 · 已选 {k}</source>
        <translation>{where}{n} members · {k} selected</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="35" />
        <location filename="../../ui/members/page_actions.py" line="37" />
        <source>永久删除</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>确定要永久删除这 {n} 位成员吗？
他们的资料、标签和时间线都会被彻底删除，无法撤销。</source>
        <translation type="vanished">Delete these {n} members for good?
Their details, tags and timeline are erased. This cannot be undone.</translation>
    </message>
    <message>
        <source>已永久删除 {n} 位成员。</source>
        <translation type="vanished">Deleted {n} members for good.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="57" />
        <source>已永久删除 {n} 位成员，{b} 份备份已重写，不再含有他们的资料。</source>
        <translation>Deleted {n} members for good; {b} backups were rewritten without them.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="70" />
        <source>回收站里的视图不能保存为分群。</source>
        <translation>A view of the trash cannot be saved as a segment.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="75" />
        <source>保存为分群</source>
        <translation>Save as segment</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="76" />
        <source>分群名称（显示在左侧“分群”下）：</source>
        <translation>Segment name (listed under “Segments” on the left):</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="86" />
        <source>已保存分群「{name}」。</source>
        <translation>Saved the segment “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="118" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="121" />
        <source>永久删除…</source>
        <translation>Delete for good…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="125" />
        <source>加标签…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="129" />
        <source>批量设置</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="131" />
        <source>合并这两位</source>
        <translation>Merge these two</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="135" />
        <source>移到回收站</source>
        <translation>Move to trash</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="40" />
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="41" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="42" />
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="43" />
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="44" />
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="45" />
        <source>企微ID</source>
        <translation>WeCom ID</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="46" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="47" />
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="48" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="49" />
        <source>角色/头衔</source>
        <translation>Role/title</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="50" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="51" />
        <source>会员类型</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="52" />
        <source>性格</source>
        <translation>Personality</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="53" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="54" />
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="55" />
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="56" />
        <source>入群日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="57" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="58" />
        <source>最近活跃</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="59" />
        <source>最近联系</source>
        <translation>Last contacted</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="60" />
        <source>农历生日</source>
        <translation>Lunar birthday</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="68" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="70" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="73" />
        <location filename="../../ui/members/merge_dialog.py" line="203" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="84" />
        <source>活跃</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="85" />
        <source>沉默</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="86" />
        <source>僵尸</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="87" />
        <source>已退群</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="88" />
        <source>黑名单</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="89" />
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="90" />
        <source>付费</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="119" />
        <source>合并两位成员</source>
        <translation>Merge two members</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="139" />
        <source>合并后只留下一条记录：标签、擅长领域、群和时间线合在一起，另一条移到回收站（标记为已合并）。可以用“撤销”恢复原样。</source>
        <translation>After the merge one record remains: tags, specialties, groups and timeline are united and the other record goes to the trash (marked as merged). Undo puts everything back.</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="149" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="151" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="169" />
        <source>保留这一条</source>
        <translation>Keep this record</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="173" />
        <source>保留的记录</source>
        <translation>Record that stays</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="193" />
        <source>两段都保留</source>
        <translation>Keep both texts</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="205" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="206" />
        <source>擅长领域</source>
        <translation>Specialties</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="208" />
        <source>所在群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="212" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="213" />
        <source>{n} 条</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="216" />
        <source>自定义字段</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="217" />
        <source>{n} 项</source>
        <translation>{n} fields</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="220" />
        <source>合在一起</source>
        <translation>United</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="238" />
        <source>保留</source>
        <translation>stays</translation>
    </message>
    <message>
        <location filename="../../ui/members/merge_dialog.py" line="238" />
        <source>合并后移到回收站</source>
        <translation>goes to the trash</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="152" />
        <source>还有 %1 条…</source>
        <translation>%1 more…</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="44" />
        <source>新建成员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="49" />
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="50" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="51" />
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="52" />
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="53" />
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="58" />
        <source>群里的昵称；昵称和姓名至少填一项</source>
        <translation>Nickname in the groups; a nickname or a name is needed</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="59" />
        <source>例如 138 0013 8000</source>
        <translation>e.g. 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="61" />
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="64" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="68" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="104" />
        <source>请至少填写昵称或姓名，才能新建成员。</source>
        <translation>Fill in at least a nickname or a name to create the member.</translation>
    </message>
    <message>
        <location filename="../../ui/members/new_member_dialog.py" line="126" />
        <source>新建成员「{who}」</source>
        <translation>New member “{who}”</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="144" />
        <source>数据库正被另一个程序占用（例如命令行导入）：“{label}”还没有保存，{seconds} 秒后自动重试（第 {n} 次）…</source>
        <translation>The database is in use by another program (a command-line import?): “{label}” is not saved yet; trying again in {seconds} s (attempt {n})…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="163" />
        <source>“{label}”已保存。</source>
        <translation>“{label}” is saved.</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56" />
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56" />
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="84" />
        <source>操作 #{op}（{kind}）</source>
        <translation>Operation #{op} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="91" />
        <source>已撤销（#{op}）</source>
        <translation>Undone (#{op})</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="93" />
        <source>撤销了 #{op}</source>
        <translation>Undid #{op}</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="94" />
        <source>可撤销</source>
        <translation>Can be undone</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="94" />
        <source>不可撤销</source>
        <translation>Cannot be undone</translation>
    </message>
</context>
<context>
    <name>OrderSheetDialog</name>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="23" />
        <source>导入团购订单</source>
        <translation>Import group-buy orders</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="26" />
        <source>已对上</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="27" />
        <source>同名多人</source>
        <translation>Several with this name</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="28" />
        <source>找不到成员</source>
        <translation>No such member</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="29" />
        <source>有问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="31" />
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="31" />
        <source>手机号</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="31" />
        <source>昵称</source>
        <translation>nickname</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="34" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="35" />
        <source>下单人</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="36" />
        <source>商品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="37" />
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="39" />
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="43" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="45" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="49" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="50" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="60" />
        <source>「%1」：%2 笔订单，%3 笔已对上成员和产品，将被记录；其余的不会记录。</source>
        <translation>“%1”: %2 orders, %3 matched to a member and a product will be recorded; the others will not.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="68" />
        <source>同名多人或找不到的，请在订单表里补上微信号或手机号后再导入；也可以之后手动记。</source>
        <translation>For names shared by several members or not found, add the WeChat ID or phone to the sheet and import again, or record them by hand later.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="74" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="76" />
        <source>记录 %1 笔购买</source>
        <translation>Record %1 purchase(s)</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/order_sheet_dialog.py" line="92" />
        <source>候选：</source>
        <translation>Candidates: </translation>
    </message>
</context>
<context>
    <name>PasteInstall</name>
    <message>
        <location filename="../../ui/paste/install.py" line="20" />
        <source>粘贴接龙…</source>
        <translation>Paste from chat…</translation>
    </message>
    <message>
        <location filename="../../ui/paste/install.py" line="22" />
        <source>打开「粘贴接龙」并粘贴剪贴板里的文字（Ctrl+Shift+V）</source>
        <translation>Open “Paste from chat” with the clipboard’s text (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../ui/paste/install.py" line="31" />
        <source>剪贴板里没有文字（可能是图片或文件）。</source>
        <translation>The clipboard holds no text (perhaps a picture or a file).</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="66" />
        <source>粘贴接龙</source>
        <translation>Paste from chat</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="71" />
        <location filename="../../ui/paste/paste_page.py" line="186" />
        <source>把群里的接龙、报名名单或打卡消息粘贴到这里（Ctrl+Shift+V 在任何页面都能打开）</source>
        <translation>Paste a 接龙 list, a sign-up list or check-in messages from the group here (Ctrl+Shift+V opens this page from anywhere)</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="75" />
        <location filename="../../ui/paste/paste_page.py" line="189" />
        <source>自动判断</source>
        <translation>Guess</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="76" />
        <location filename="../../ui/paste/paste_page.py" line="189" />
        <location filename="../../ui/paste/paste_page.py" line="368" />
        <source>订单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="77" />
        <location filename="../../ui/paste/paste_page.py" line="189" />
        <location filename="../../ui/paste/paste_page.py" line="368" />
        <location filename="../../ui/paste/paste_page.py" line="481" />
        <source>报名</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="78" />
        <location filename="../../ui/paste/paste_page.py" line="189" />
        <location filename="../../ui/paste/paste_page.py" line="368" />
        <location filename="../../ui/paste/paste_page.py" line="483" />
        <source>打卡</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="87" />
        <location filename="../../ui/paste/paste_page.py" line="192" />
        <source>没写产品的行算作…</source>
        <translation>Lines without a product count as…</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="88" />
        <location filename="../../ui/paste/paste_page.py" line="193" />
        <source>填入示例</source>
        <translation>Fill in a sample</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="169" />
        <source>这是什么</source>
        <translation>This is</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="169" />
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="169" />
        <source>日期</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="169" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>粘贴一段接龙，这里会逐行显示认出的成员。例如：

#接龙 小棕瓶团购
1. 小美🐰（3群） 精华×1 面膜×2
2、院长 +1
③ Amy-杭州 两盒

没把握的行标成黄色：双击它选择是哪位成员。点「填入示例」用本库的成员试一试。</source>
        <translation type="vanished">Paste a 接龙 list and each line shows the member it was matched to. For example:

#接龙 小棕瓶团购
1. 小美🐰（3群） 精华×1 面膜×2
2、院长 +1
③ Amy-杭州 两盒

Unsure lines are yellow: double-click one to choose the member. “Fill in a sample” tries it with members of this database.</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="133" />
        <location filename="../../ui/paste/paste_page.py" line="194" />
        <source>选择成员…</source>
        <translation>Choose member…</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="135" />
        <location filename="../../ui/paste/paste_page.py" line="195" />
        <source>跳过这一行</source>
        <translation>Skip this line</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="137" />
        <location filename="../../ui/paste/paste_page.py" line="196" />
        <location filename="../../ui/paste/paste_page.py" line="422" />
        <source>新建成员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="139" />
        <location filename="../../ui/paste/paste_page.py" line="198" />
        <source>没认出的这一行导入时新建为成员（群里写的名字作昵称），和这次导入一起撤销</source>
        <translation>Add this unmatched line as a new member on import (the name from the group as her nickname); undone together with the import</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="142" />
        <location filename="../../ui/paste/paste_page.py" line="200" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="144" />
        <location filename="../../ui/paste/paste_page.py" line="408" />
        <source>把认出的行一次记下（Ctrl+Enter），可以一步撤销</source>
        <translation>Record the matched lines at once (Ctrl+Enter); one undo takes them back</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="175" />
        <source>粘贴一段接龙，这里会逐行显示认出的成员。例如：

#接龙 小棕瓶团购
1. 小美🐰（3群） 精华×1 面膜×2
2、院长 +1
③ Amy-杭州 两盒

没把握的行标成黄色：双击它选择是哪位成员。没认出的行默认跳过，选中它按「新建成员」就把她新建为成员。点「填入示例」用本库的成员试一试。</source>
        <translation>Paste a 接龙 list and each line shows the member it was matched to. For example:

#接龙 小棕瓶团购
1. 小美🐰（3群） 精华×1 面膜×2
2、院长 +1
③ Amy-杭州 两盒

Unsure lines are yellow: double-click one to choose the member. Lines not found are skipped; select one and press “New member” to add her as a new member. “Fill in a sample” tries it with members of this database.</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="210" />
        <source>认出</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="211" />
        <source>待确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="212" />
        <source>没认出</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="213" />
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="221" />
        <source>新成员「%1」</source>
        <translation>New member “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="255" />
        <source>将新建成员</source>
        <translation>Will be added as a new member</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="258" />
        <source>（跳过；要新建成员请按「新建成员」）</source>
        <translation>(skipped; press “New member” to add her)</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="265" />
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="266" />
        <source>名字</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="267" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="269" />
        <source>把握</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="273" />
        <source>内容</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="274" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="297" />
        <source>%1（%2～%3）</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="377" />
        <source>；新建 %1 位成员</source>
        <translation>; %1 new members</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="379" />
        <source>；第 %1 行以前已经记录过，不会再记</source>
        <translation>; line %1 was recorded before and is not recorded again</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="385" />
        <source>；将记 %1 笔购买（%2）</source>
        <translation>; %1 purchases will be recorded (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="390" />
        <source>：改好这一行、填默认产品或跳过它。</source>
        <translation>: correct that line, fill in a default product or skip it.</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="402" />
        <source>订单的购买日期</source>
        <translation>The date of the orders’ purchases</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="402" />
        <source>打卡的日期</source>
        <translation>The day of the check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="422" />
        <source>不新建</source>
        <translation>Don’t add</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="477" />
        <source>粘贴接龙：%1 笔购买</source>
        <translation>Paste: %1 purchases</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="488" />
        <source>，新建 %1 位成员</source>
        <translation>, %1 new members</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="495" />
        <source>⚠ %1买了「%2」：%3。</source>
        <translation>⚠ %1 bought “%2”: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="504" />
        <source>如果她用了不合适，在「产品」页的购买记录里选中这笔购买按「退款…」。</source>
        <translation>If it does not suit her, select the purchase in the Products page’s purchases and press “Refund…”.</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="251" />
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="370" />
        <source>当作%1：%2 行，认出 %3 行，待确认 %4 行</source>
        <translation>As %1: %2 lines, %3 matched, %4 to confirm</translation>
    </message>
    <message>
        <source>订单要记成购买记录：产品功能里才能导入</source>
        <translation type="vanished">Orders become purchases: they are imported with the products feature</translation>
    </message>
    <message>
        <location filename="../../ui/paste/paste_page.py" line="486" />
        <source>粘贴接龙：%1 位成员%2</source>
        <translation>Paste: %1 members, %2</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="48" />
        <source>编辑内容</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="48" />
        <source>新建内容</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="51" />
        <source>例如：【知识锦囊】防晒的三个误区</source>
        <translation>e.g. 【知识锦囊】Three sunscreen myths</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="53" />
        <source>要发到群里的正文</source>
        <translation>The text to post in the groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="54" />
        <source>复制正文</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="72" />
        <source>（不限分群）</source>
        <translation>(no segment)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="90" />
        <source>例如：回复 23 条 / 接龙 41 单</source>
        <translation>e.g. 23 replies / 41 orders</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="93" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="100" />
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="101" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="102" />
        <source>发到哪些群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="103" />
        <source>目标分群</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="104" />
        <source>计划时间</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="105" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="106" />
        <source>效果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="111" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="117" />
        <source>已复制 ✓</source>
        <translation>Copied ✓</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="53" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="54" />
        <source>还没有写入任何数据。确认无误后点“开始导入”。</source>
        <translation>Nothing has been written yet. Check, then click “Import”.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="69" />
        <source>合并（补全空字段、合并标签，冲突保留原值）</source>
        <translation>Merge (fill empty fields, unite tags, keep existing values on conflict)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="70" />
        <location filename="../../ui/importing/import_pages_b.py" line="94" />
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="71" />
        <source>新建为另一位成员</source>
        <translation>Create as another member</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="79" />
        <source>（不加入）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="82" />
        <source>把文件里的所有成员加入社群：</source>
        <translation>Add every member of the file to the group:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="89" />
        <source>与已有成员重复时：</source>
        <translation>When a row matches an existing member:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="92" />
        <source>所选行：</source>
        <translation>Selected rows:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="94" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="94" />
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="102" />
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="103" />
        <source>重复</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="115" />
        <source>正在检查每一行……</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="128" />
        <source>%s（%d/%d 人）</source>
        <translation>%s (%d/%d)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="160" />
        <source>问题（%d）</source>
        <translation>Problems (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="161" />
        <source>重复（%d）</source>
        <translation>Duplicates (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="171" />
        <source>工作表「%s」：读取 %d 行 → 新建 %d 位，合并 %d 位，跳过 %d 位；有问题未导入 %d 行，提示 %d 条；文件内同一人的重复行 %d 行已合并，空行/合计行/重复表头 %d 行已略过。</source>
        <translation>Sheet “%s”: %d rows read → %d new, %d merged, %d skipped; %d rows with problems left out, %d notes; %d repeated rows of the same person folded; %d blank/total/repeated header rows skipped.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="75" />
        <source>修改产品</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="75" />
        <source>新产品</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="77" />
        <source>例如：果酸焕肤水</source>
        <translation>e.g. AHA resurfacing toner</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="79" />
        <source>群里常写的简称，用顿号隔开：精华、小棕瓶</source>
        <translation>Short names people type in the group, separated by 、: 精华、小棕瓶</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="81" />
        <source>例如：精华、面膜、酸类焕肤</source>
        <translation>e.g. serum, mask, acid peel</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="83" />
        <source>主要成分：果酸、水杨酸、视黄醇</source>
        <translation>Main actives: AHA, salicylic acid, retinol</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="91" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="92" />
        <source>简称</source>
        <translation>Short names</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="93" />
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="94" />
        <source>成分</source>
        <translation>Actives</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="95" />
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="96" />
        <source>适合肤质</source>
        <translation>Suits</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="97" />
        <source>不适合肤质</source>
        <translation>Does not suit</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="99" />
        <source>不适合的肤质买了这个产品时，记录购买会提醒，例如「敏感性肌肤，果酸类慎用」。</source>
        <translation>When a member whose skin type it does not suit buys it, recording the purchase warns you, e.g. “敏感性肌肤，果酸类慎用”.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="104" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="76" />
        <location filename="../../ui/commerce/products_page.py" line="113" />
        <location filename="../../ui/commerce/products_page.py" line="117" />
        <location filename="../../ui/commerce/products_page.py" line="152" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="118" />
        <source>简称</source>
        <translation>Short names</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="119" />
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="120" />
        <source>成分</source>
        <translation>Actives</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="121" />
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="122" />
        <source>适合</source>
        <translation>Suits</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="123" />
        <source>不适合</source>
        <translation>Does not suit</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="125" />
        <source>购买</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="127" />
        <source>%1 笔 / %2 人</source>
        <translation>%1 / %2 buyers</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="134" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="135" />
        <source>在售</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="135" />
        <source>已下架</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="58" />
        <location filename="../../ui/commerce/products_page.py" line="143" />
        <source>搜索产品、简称、分类或成分</source>
        <translation>Search products, short names, categories or actives</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="60" />
        <location filename="../../ui/commerce/products_page.py" line="144" />
        <source>新产品…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="61" />
        <location filename="../../ui/commerce/products_page.py" line="145" />
        <source>新建一个产品（Ctrl+N）</source>
        <translation>Create a product (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="62" />
        <location filename="../../ui/commerce/products_page.py" line="146" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="63" />
        <location filename="../../ui/commerce/products_page.py" line="147" />
        <location filename="../../ui/commerce/products_page.py" line="205" />
        <source>下架</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="64" />
        <location filename="../../ui/commerce/products_page.py" line="148" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="66" />
        <location filename="../../ui/commerce/products_page.py" line="150" />
        <source>还没有产品。按「新产品…」（Ctrl+N）把在卖的产品记下来，写上群里常用的简称。</source>
        <translation>No products yet. Press “New product…” (Ctrl+N) to add what you sell, with the short names the group uses.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="85" />
        <location filename="../../ui/commerce/products_page.py" line="153" />
        <source>购买记录</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="86" />
        <location filename="../../ui/commerce/products_page.py" line="154" />
        <source>购买率与复购率</source>
        <translation>Purchase and repurchase rates</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="205" />
        <source>重新上架</source>
        <translation>Put back on sale</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="226" />
        <source>新建产品「%1」</source>
        <translation>Create product “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="232" />
        <location filename="../../ui/commerce/products_page.py" line="245" />
        <location filename="../../ui/commerce/products_page.py" line="257" />
        <source>请先选中一个产品。</source>
        <translation>Select a product first.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="239" />
        <source>修改产品「%1」</source>
        <translation>Edit product “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="248" />
        <source>下架「%1」</source>
        <translation>Retire “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="250" />
        <source>重新上架「%1」</source>
        <translation>Put “%1” back on sale</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/products_page.py" line="262" />
        <source>删除产品「%1」</source>
        <translation>Delete product “%1”</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="211" />
        <source>正在导入</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="212" />
        <source>取消会撤回全部改动，数据库保持导入前的样子。</source>
        <translation>Cancel rolls back everything: the database stays as it was before the import.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="215" />
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="229" />
        <source>正在准备……</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="243" />
        <source>导入前先备份数据库……</source>
        <translation>Backing up the database before the import…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="249" />
        <location filename="../../ui/importing/import_pages_b.py" line="258" />
        <source>导入没有完成，数据库没有任何改动。</source>
        <translation>The import did not finish; nothing in the database changed.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="272" />
        <source>%s：%d / %d</source>
        <translation>%s: %d / %d</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="278" />
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="131" />
        <source>记录购买</source>
        <translation>Record a purchase</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="147" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="148" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="149" />
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="150" />
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="151" />
        <source>购买日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>PurchasesBox</name>
    <message>
        <location filename="../../ui/members/purchases_box.py" line="78" />
        <source>购买记录</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../../ui/members/purchases_box.py" line="79" />
        <source>退款所选</source>
        <translation>Refund selected</translation>
    </message>
    <message>
        <location filename="../../ui/members/purchases_box.py" line="80" />
        <source>这件产品不适合她：登记退款（可撤销）</source>
        <translation>This product does not suit her: record a refund (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/members/purchases_box.py" line="116" />
        <source>已退款 %1</source>
        <translation>refunded %1</translation>
    </message>
    <message>
        <location filename="../../ui/members/purchases_box.py" line="125" />
        <source>还没有购买记录。</source>
        <translation>No purchases yet.</translation>
    </message>
    <message>
        <location filename="../../ui/members/purchases_box.py" line="131" />
        <source>%1 笔，¥%2</source>
        <translation>%1, ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/members/purchases_box.py" line="157" />
        <source>不适合她的肤质</source>
        <translation>Does not suit her skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/purchases_box.py" line="161" />
        <source>退款 %1 的「%2」</source>
        <translation>Refund %1’s “%2”</translation>
    </message>
</context>
<context>
    <name>PurchasesView</name>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="46" />
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="47" />
        <source>接龙粘贴</source>
        <translation>Pasted 接龙</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="48" />
        <source>团购表</source>
        <translation>Group-buy sheet</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="51" />
        <source>导入批次 %1</source>
        <translation>Import batch %1</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="159" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="160" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="161" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="162" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="163" />
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="164" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="165" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="166" />
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="168" />
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="76" />
        <location filename="../../ui/commerce/purchases_view.py" line="177" />
        <source>只看选中的产品</source>
        <translation>Selected product only</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="81" />
        <location filename="../../ui/commerce/purchases_view.py" line="180" />
        <source>全部时间</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="83" />
        <location filename="../../ui/commerce/purchases_view.py" line="182" />
        <source>近 %1 天</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="88" />
        <location filename="../../ui/commerce/purchases_view.py" line="185" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="89" />
        <location filename="../../ui/commerce/purchases_view.py" line="185" />
        <source>未退款</source>
        <translation>Not refunded</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="90" />
        <location filename="../../ui/commerce/purchases_view.py" line="185" />
        <source>已退款</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="93" />
        <location filename="../../ui/commerce/purchases_view.py" line="187" />
        <source>只看不适合肤质的</source>
        <translation>Unsuitable only</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="94" />
        <location filename="../../ui/commerce/purchases_view.py" line="188" />
        <source>记购买…</source>
        <translation>Record purchase…</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="95" />
        <location filename="../../ui/commerce/purchases_view.py" line="189" />
        <source>记录一位成员的购买（Ctrl+B）</source>
        <translation>Record a member’s purchase (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="96" />
        <location filename="../../ui/commerce/purchases_view.py" line="190" />
        <source>退款…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="97" />
        <location filename="../../ui/commerce/purchases_view.py" line="191" />
        <location filename="../../ui/commerce/purchases_view.py" line="329" />
        <source>取消退款</source>
        <translation>Cancel refund</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="98" />
        <location filename="../../ui/commerce/purchases_view.py" line="192" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="99" />
        <location filename="../../ui/commerce/purchases_view.py" line="193" />
        <source>导入团购订单…</source>
        <translation>Import group-buy orders…</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="101" />
        <location filename="../../ui/commerce/purchases_view.py" line="195" />
        <source>快团团等导出的订单表：下单人、商品、数量、金额、下单时间</source>
        <translation>An order sheet exported by 快团团 and the like: buyer, item, quantity, amount, order time</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="210" />
        <source>%1 笔，合计 ¥%2</source>
        <translation>%1 purchases, total ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="213" />
        <source>没有符合筛选条件的购买。</source>
        <translation>No purchases match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="215" />
        <source>还没有购买记录。按「记购买…」（Ctrl+B）记下一笔，或从团购订单表导入。</source>
        <translation>No purchases yet. Press “Record purchase…” (Ctrl+B), or import a group-buy order sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="223" />
        <source>还没有在售的产品：请先新建一个产品。</source>
        <translation>No product on sale: create a product first.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="230" />
        <source>请先选中买东西的成员和产品。</source>
        <translation>Choose the member who bought and the product first.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="235" />
        <source>记录 %1 笔购买</source>
        <translation>Record %1 purchase(s)</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="249" />
        <source>⚠ %1买了「%2」：%3。</source>
        <translation>⚠ %1 bought “%2”: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="255" />
        <source>如果她用了不合适，选中这笔购买按「退款…」。</source>
        <translation>If it does not suit her, select the purchase and press “Refund…”.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="279" />
        <source>选择团购订单表</source>
        <translation>Choose a group-buy order sheet</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="280" />
        <source>表格 (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="295" />
        <source>请先选中要退款的购买。</source>
        <translation>Select the purchase to refund first.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="300" />
        <source>这笔购买已经在 %1 退款过了。</source>
        <translation>This purchase was already refunded on %1.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="310" />
        <source>退款 %1 的「%2」</source>
        <translation>Refund %1’s “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="323" />
        <source>请先选中一笔已退款的购买。</source>
        <translation>Select a refunded purchase first.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="333" />
        <source>请先选中要删除的购买。</source>
        <translation>Select the purchase to delete first.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/purchases_view.py" line="339" />
        <source>删除购买</source>
        <translation>Delete purchase</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="33" />
        <location filename="../../ui/commerce/rates_view.py" line="83" />
        <source>按产品</source>
        <translation>By product</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="34" />
        <location filename="../../ui/commerce/rates_view.py" line="83" />
        <source>按肤质</source>
        <translation>By skin type</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="35" />
        <location filename="../../ui/commerce/rates_view.py" line="83" />
        <source>按月份</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="40" />
        <location filename="../../ui/commerce/rates_view.py" line="86" />
        <source>近 %1 天</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="72" />
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="73" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="74" />
        <source>购买人数</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="75" />
        <source>购买率</source>
        <translation>Purchase rate</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="76" />
        <source>复购人数</source>
        <translation>Repeat buyers</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="77" />
        <source>复购率</source>
        <translation>Repurchase rate</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="51" />
        <location filename="../../ui/commerce/rates_view.py" line="89" />
        <source>购买率＝买过的成员 ÷ 成员数；复购率＝买过两次及以上的 ÷ 买过的（按产品：同一产品两次）。已退款的不算。</source>
        <translation>Purchase rate = members who bought ÷ members; repurchase rate = those who bought twice or more ÷ buyers (by product: the same product twice). Refunded purchases do not count.</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/rates_view.py" line="113" />
        <source>全部成员：购买率 %1，复购率 %2</source>
        <translation>All members: purchase rate %1, repurchase rate %2</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="94" />
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="97" />
        <source>恢复 {when} 的备份（{n} 位成员）？损坏的文件会改名保留，不会删除。</source>
        <translation>Restore the backup of {when} ({n} members)? The damaged file is kept under a new name, not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="102" />
        <source>恢复这个备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="104" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="112" />
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="116" />
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="117" />
        <source>已恢复 {when} 的备份。损坏的文件保存在：{moved}</source>
        <translation>The backup of {when} was restored. The damaged file is kept at: {moved}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="290" />
        <source>上次导入没有完成</source>
        <translation>The last import did not finish</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="175" />
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="178" />
        <source>例如：不适合敏感肌，用后泛红</source>
        <translation>e.g. does not suit sensitive skin, turned red</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="180" />
        <source>购买</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="181" />
        <source>退款日期</source>
        <translation>Refund date</translation>
    </message>
    <message>
        <location filename="../../ui/commerce/commerce_dialogs.py" line="182" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>复制正文</source>
        <translation type="vanished">Copy text</translation>
    </message>
    <message>
        <source>标记已发</source>
        <translation type="vanished">Mark published</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="vanished">Close</translation>
    </message>
    <message>
        <source>⏰ %1 要发：「%2」</source>
        <translation type="vanished">⏰ Due at %1: “%2”</translation>
    </message>
    <message>
        <source>（另有 %1 条）</source>
        <translation type="vanished"> (and %1 more)</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>复制「%1」的正文</source>
        <translation type="vanished">Copy the text of “%1”</translation>
    </message>
    <message>
        <source>标记「%1」为已发</source>
        <translation type="vanished">Mark “%1” published</translation>
    </message>
    <message>
        <source>（另有 %1 条）</source>
        <translation type="vanished"> (and %1 more)</translation>
    </message>
    <message>
        <source>%1 要发：%2</source>
        <translation type="vanished">Due at %1: %2</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <location filename="../../ui/reminders.py" line="140" />
        <source>复制正文</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="141" />
        <source>标记已发</source>
        <translation>Mark published</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="142" />
        <location filename="../../ui/reminders.py" line="172" />
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="143" />
        <source>知道了</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="166" />
        <source>（另有 %1 条）</source>
        <translation>(%1 more)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="172" />
        <source>生成周报…</source>
        <translation>Write the report…</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../ui/reminders.py" line="294" />
        <source>关闭窗口时最小化到托盘</source>
        <translation>Keep running in the tray when the window closes</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="352" />
        <source>（另有 %1 条）</source>
        <translation>(%1 more)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="373" />
        <location filename="../../ui/reminders.py" line="438" />
        <source>标记「%1」为已发</source>
        <translation>Mark “%1” published</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="417" />
        <source>社群管家</source>
        <translation>Shequn</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="428" />
        <source>打开社群管家</source>
        <translation>Open Shequn</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="433" />
        <source>复制「%1」的正文</source>
        <translation>Copy the text of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="444" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="69" />
        <source>%1 要发：%2</source>
        <translation>Due at %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="74" />
        <source>%1 的「%2」还是草稿</source>
        <translation>“%2” at %1 is still a draft</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="77" />
        <source>这一期固定栏目马上到时间了：写完后改为“待发”。</source>
        <translation>This slot is almost due: finish the post and set it to Scheduled.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="82" />
        <source> 等</source>
        <translation> and others</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="84" />
        <source>今天有 %1 位成员过生日</source>
        <translation>%1 members have a birthday today</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="91" />
        <source>%1 位成员超过 %2 天未联系</source>
        <translation>%1 members not contacted for more than %2 days</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="94" />
        <source>在成员页看看该联系谁了：</source>
        <translation>See on the Members page who to contact: </translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="96" />
        <source>周一了：生成上周的周报</source>
        <translation>It's Monday: write last week's report</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="98" />
        <source>在“报表”页导出上周的社群周报。</source>
        <translation>Export last week's community report on the Reports page.</translation>
    </message>
</context>
<context>
    <name>ReportBanner</name>
    <message>
        <source>周一了：上周（{range}）的老板周报可以生成了。</source>
        <translation type="vanished">It is Monday: last week's ({range}) boss report can be written now.</translation>
    </message>
    <message>
        <source>生成上周老板周报…</source>
        <translation type="vanished">Write last week's boss report…</translation>
    </message>
    <message>
        <source>不用了</source>
        <translation type="vanished">Not now</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/install.py" line="32" />
        <location filename="../../ui/reports/reports_page.py" line="190" />
        <source>生成老板周报…</source>
        <translation>Boss report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/install.py" line="34" />
        <source>把上周（周一至周日）的报表写成 Excel，含图表</source>
        <translation>Write last week's (Monday–Sunday) report to Excel, with charts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/kpi_card.py" line="53" />
        <source>上期无数据</source>
        <translation>no earlier figure</translation>
    </message>
    <message>
        <location filename="../../ui/reports/kpi_card.py" line="56" />
        <source>持平</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/reports/kpi_card.py" line="68" />
        <source>点击在成员页查看这 {n} 位成员</source>
        <translation>Click to see these {n} members on the Members page</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="144" />
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="31" />
        <source>活跃成员</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="33" />
        <location filename="../../ui/reports/reports_page.py" line="148" />
        <location filename="../../ui/reports/reports_page.py" line="316" />
        <source>成员总数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="34" />
        <location filename="../../ui/reports/reports_page.py" line="152" />
        <source>销售额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="80" />
        <source>季度目标 {quarter}</source>
        <translation>Quarter goals {quarter}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="82" />
        <source>设定季度目标…</source>
        <translation>Set quarter goals…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="85" />
        <source>还没有设定季度目标。设定后，这里显示目标与实际，例如「活跃成员 +30%」。</source>
        <translation>No quarter goals are set. Once set, goal and actual show here, e.g. "active members +30%".</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="117" />
        <source>{name} {goal:+d}%：上季度为 0，目前 {actual}</source>
        <translation>{name} {goal:+d}%: last quarter was 0, now {actual}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="121" />
        <source>已达成</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="123" />
        <source>完成 {p}</source>
        <translation>{p} done</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="125" />
        <source>{name} {goal:+d}%：目标 {target}（上季度 {base}），目前 {actual}，{done}</source>
        <translation>{name} {goal:+d}%: target {target} (last quarter {base}), now {actual}, {done}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="147" />
        <location filename="../../ui/reports/reports_page.py" line="419" />
        <source>设定季度目标</source>
        <translation>Quarter goals</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="163" />
        <source>以后每个季度都用这些目标</source>
        <translation>Use these goals for every quarter</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="167" />
        <source>目标是比上季度增长的百分比：活跃成员 +30% 指季度末的活跃人数是上季度末的 1.3 倍。</source>
        <translation>A goal is growth in percent over the quarter before: active members +30% means 1.3 times the active members at the end of last quarter.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="177" />
        <source>{quarter} 的目标</source>
        <translation>Goals for {quarter}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/goals_view.py" line="32" />
        <location filename="../../ui/reports/reports_page.py" line="149" />
        <source>新增成员</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="150" />
        <source>离开成员</source>
        <translation>Members who left</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="151" />
        <source>活跃率</source>
        <translation>Active rate</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="153" />
        <source>购买率</source>
        <translation>Purchase rate</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="154" />
        <source>复购率</source>
        <translation>Repurchase rate</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="155" />
        <source>不适合肤质的购买</source>
        <translation>Unsuitable purchases</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="156" />
        <source>退款笔数</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="157" />
        <source>沉默成员</source>
        <translation>Silent members</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="158" />
        <source>僵尸成员</source>
        <translation>Dormant members</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="159" />
        <source>已发布内容</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="160" />
        <source>按时发布率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="161" />
        <source>打卡人数</source>
        <translation>Members checking in</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="162" />
        <source>打卡完成率</source>
        <translation>Check-in completion</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="163" />
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="164" />
        <source>移出</source>
        <translation>Removals</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="165" />
        <source>未解决投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="166" />
        <source>首次响应中位数</source>
        <translation>Median first response</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="167" />
        <source>解决用时中位数</source>
        <translation>Median time to resolve</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="168" />
        <source>押金余额</source>
        <translation>Deposits held</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="173" />
        <source>上周</source>
        <translation>Last week</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="174" />
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="175" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="176" />
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="177" />
        <source>自选时间段</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="186" />
        <source>手机号打码</source>
        <translation>Mask phones</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="188" />
        <source>报表里的手机号显示为 138****1234；取消勾选则显示完整号码</source>
        <translation>Phones in the report show as 138****1234; untick to show full numbers</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="191" />
        <source>把这个时间段的报表写成 Excel（含图表）</source>
        <translation>Write this period's report to Excel (with charts)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="194" />
        <source>购买与复购：还没有购买记录。在「产品/购买」页记录购买或粘贴团购接龙后，这里显示购买率、复购率和销售额（不会用 0 代替）。</source>
        <translation>Purchases: none are recorded yet. Once purchases are recorded on the Products page or pasted from a group-buy list, the purchase rate, repurchase rate and sales show here (never zeros in their place).</translation>
    </message>
    <message>
        <source>购买与复购：还没有购买记录，报表暂不包含这一部分（不会用假数字代替）。</source>
        <translation type="vanished">Purchases and repurchases: no purchases are recorded yet, so the report leaves this part out (no made-up numbers).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="200" />
        <location filename="../../ui/reports/reports_page.py" line="259" />
        <location filename="../../ui/reports/reports_page.py" line="285" />
        <source>对比 {range}</source>
        <translation>compared with {range}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="314" />
        <source>成员增长（每周）</source>
        <translation>Member growth (weekly)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="317" />
        <location filename="../../ui/reports/reports_page.py" line="328" />
        <location filename="../../ui/reports/reports_page.py" line="334" />
        <source>还没有成员</source>
        <translation>No members yet</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="321" />
        <source>活跃 / 沉默 / 僵尸</source>
        <translation>Active / silent / dormant</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="324" />
        <source>活跃</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="325" />
        <source>沉默</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="326" />
        <source>僵尸</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="331" />
        <source>肤质分布（点击查看成员）</source>
        <translation>Skin types (click to see the members)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="333" />
        <source>人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="338" />
        <source>内容计划执行（按类型）</source>
        <translation>Content plan (by type)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="341" />
        <source>按时发布</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="342" />
        <source>迟发</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="343" />
        <source>漏发</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="345" />
        <source>未到时间</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="350" />
        <source>这个时间段没有计划发布的内容。在内容日历里安排后，这里显示执行情况。</source>
        <translation>Nothing was planned in this period. Plan posts in the content calendar and their execution shows here.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="354" />
        <source>购买与复购（按产品，人数）</source>
        <translation>Purchases and repurchases (by product, members)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="358" />
        <source>买过一次</source>
        <translation>Bought once</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="362" />
        <source>复购</source>
        <translation>Bought again</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="365" />
        <source>还没有购买记录。在「产品/购买」页记录购买或粘贴团购接龙后，这里显示购买与复购。</source>
        <translation>No purchases are recorded yet. Record them on the Products page or paste a group-buy list, and purchases and repurchases show here.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="368" />
        <source>这个时间段没有购买（退款的不算）。</source>
        <translation>No purchases in this period (refunded ones do not count).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="376" />
        <location filename="../../ui/reports/reports_page.py" line="386" />
        <source>{n} 分钟</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="384" />
        <source>{n} 个百分点</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="426" />
        <source>社群周报_{start}_{end}.xlsx</source>
        <translation>community-report_{start}_{end}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="433" />
        <source>生成老板周报</source>
        <translation>Boss report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="435" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="463" />
        <source>老板周报已生成：{path}</source>
        <translation>Boss report written: {path}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="290" />
        <location filename="../../ui/importing/import_pages_b.py" line="338" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="294" />
        <source>撤销本次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="311" />
        <source>合并…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="332" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="333" />
        <source>导入已取消，数据库没有任何改动。</source>
        <translation>The import was cancelled; nothing in the database changed.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="341" />
        <source>已导入「%s」：新建 %d 位，合并 %d 位，跳过 %d 位，有问题未导入 %d 行（%.1f 秒）。如有不对，可以整批撤销；以后也能在“文件 → 导入记录”里撤销。</source>
        <translation>Imported “%s”: %d new, %d merged, %d skipped, %d rows with problems left out (%.1f s). If something is wrong, undo the whole import here or later in File → Import history.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="356" />
        <source>冲突：成员 #%d 的「%s」保留原值「%s」，表格中为「%s」。</source>
        <translation>Conflict: member #%d keeps “%s” = “%s”; the file says “%s”.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="364" />
        <source>已把 %d 位成员加入社群「%s」。</source>
        <translation>%d members added to the group “%s”.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="372" />
        <source>正在查找昵称相近的成员……</source>
        <translation>Looking for members with similar nicknames…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="389" />
        <source>没有发现与已有成员昵称相近的新成员。</source>
        <translation>No new member has a nickname close to an existing member's.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="394" />
        <source>%d 对成员昵称相近，可能是同一人（没有相同的微信号/手机/QQ，未自动合并）：选中一对后点“合并…”逐项确认。</source>
        <translation>%d pairs of members have similar nicknames and may be the same person (no shared WeChat ID/phone/QQ, so nothing was merged): select a pair and click “Merge…” to decide field by field.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="401" />
        <source>新导入 #%d「%s」 ↔ 已有 #%d「%s」</source>
        <translation>Imported #%d “%s” ↔ existing #%d “%s”</translation>
    </message>
    <message>
        <source>已撤销本次导入：新建的成员已删除，合并进已有成员的内容已还原。</source>
        <translation type="vanished">Import undone: the new members were deleted and merged values restored.</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <location filename="../../ui/segment_list.py" line="63" />
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="64" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="69" />
        <source>重命名分群</source>
        <translation>Rename segment</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="69" />
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="77" />
        <location filename="../../ui/segment_list.py" line="79" />
        <source>删除分群</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>删除分群「{name}」？成员本身不受影响。</source>
        <translation type="vanished">Delete the segment “{name}”? The members themselves are not affected.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/fields.py" line="109" />
        <source>警告</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../ui/settings/fields.py" line="110" />
        <source>移出</source>
        <translation>removal</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="77" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="121" />
        <source>打卡</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="121" />
        <source>分享</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="121" />
        <source>活动获奖</source>
        <translation>Activity win</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="123" />
        <source>积分与等级</source>
        <translation>Points &amp; levels</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="127" />
        <source>每次得分</source>
        <translation>Points per</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="131" />
        <source>等级门槛</source>
        <translation>Level thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="136" />
        <source>门槛是各级起点的积分：0、50、150 表示 0 分起 1 级，50 分起 2 级，150 分起 3 级。改门槛后成员的等级随之更新；已记下的积分不变。</source>
        <translation>Each threshold is the points a level starts at: 0、50、150 means level 1 from 0, level 2 from 50, level 3 from 150. Members' levels follow a change of thresholds; the points already recorded stay.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="141" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="143" />
        <source>警告与押金</source>
        <translation>Warnings &amp; deposits</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="147" />
        <source>升级规则</source>
        <translation>Escalation policy</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="151" />
        <source>警告原因</source>
        <translation>Warning reasons</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="155" />
        <source>警告有效期</source>
        <translation>Warnings expire after</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="156" />
        <source>永不过期</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="160" />
        <source>升级规则按顺序写每一次有效警告的后果（警告 或 移出），最后一步重复。默认：第 1 次警告，第 2 次提议移出并没收押金。</source>
        <translation>The policy lists, in order, what each warning in force leads to (警告 = warning or 移出 = removal); the last step repeats. Default: the 1st is a warning, the 2nd proposes removal and forfeits the deposit.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="166" />
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="170" />
        <source>投诉类别</source>
        <translation>Complaint categories</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="174" />
        <source>投诉渠道</source>
        <translation>Complaint channels</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="178" />
        <source>各项用顿号分开；已记录的投诉保留原来的类别和渠道。</source>
        <translation>Separate the items with 、 or commas; complaints already logged keep their category and channel.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="182" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="186" />
        <source>活动类型</source>
        <translation>Activity kinds</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="190" />
        <source>新建活动时可选的类型；也可以在活动里直接写别的类型。</source>
        <translation>The kinds offered for a new activity; an activity may also carry any other kind you type.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="194" />
        <source>内容日历提醒</source>
        <translation>Calendar reminders</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="198" />
        <source>发布前提醒</source>
        <translation>Remind before a post</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="199" />
        <location filename="../../ui/settings/settings_page.py" line="233" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="202" />
        <source>已排期的内容到点前这么多分钟弹出桌面提醒。</source>
        <translation>A desktop reminder comes this many minutes before a scheduled post is due.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="206" />
        <source>成员活跃度</source>
        <translation>Member activity</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="210" />
        <source>沉默成员：超过</source>
        <translation>Silent: inactive for more than</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="214" />
        <source>僵尸成员：超过</source>
        <translation>Zombie: inactive for more than</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="219" />
        <source>按最近一次活跃（从未活跃则按入群日期）计算；报表用这两个天数统计沉默和僵尸成员。</source>
        <translation>Counted from her last activity (or her joining, if never active); reports count silent and zombie members with these days.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="223" />
        <source>肤质</source>
        <translation>Skin types</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="224" />
        <source>标签组</source>
        <translation>Tag groups</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="232" />
        <source>自动备份间隔</source>
        <translation>Automatic backup every</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="236" />
        <source>保留最近</source>
        <translation>Keep the newest</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="237" />
        <source> 份</source>
        <translation> backups</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="240" />
        <source>此外每天、每周、每月各保留一份较早的备份。</source>
        <translation>Besides these, one older backup is kept per day, per week and per month.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="244" />
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="248" />
        <source>外观与窗口</source>
        <translation>Look &amp; window</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="249" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="254" />
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="256" />
        <source>当前数据库</source>
        <translation>Current database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="258" />
        <source>要打开另一个数据库，用命令行参数 --db 启动社群管家，例如 shequn --db D:/社群/另一个.sqlite3，或设置环境变量 SHEQUN_DB；团队共用的 PostgreSQL 写成 postgresql+psycopg://用户@主机/库名。</source>
        <translation>To open another database, start Shequn with --db, e.g. shequn --db D:/community/other.sqlite3, or set the SHEQUN_DB variable; a team's shared PostgreSQL is written postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="300" />
        <source>界面语言立即切换，并在下次打开时沿用。</source>
        <translation>The interface language switches at once and is kept for the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="377" />
        <source>修改设置「{name}」</source>
        <translation>Change setting “{name}”</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="166" />
        <source>工作表和表头</source>
        <translation>Sheet and header</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="168" />
        <source>已自动找到名单所在的工作表和表头行；如不对，请在这里改。表头行以粗体显示。</source>
        <translation>The sheet and header row were found automatically; correct them here if needed. The header row is shown in bold.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="177" />
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="178" />
        <source>表头在第几行：</source>
        <translation>Header on row:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/window_menus.py" line="206" />
        <source>快捷键…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70" />
        <source>打开菜单「%1」</source>
        <translation>Open the “%1” menu</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="122" />
        <location filename="../../ui/shortcuts.py" line="123" />
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="123" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="126" />
        <source>菜单里每一项都可以用 Alt 加括号里的字母打开，再用方向键和回车选择。
文字框里没有可撤销的内容时，Ctrl+Z 撤销本页的上一步操作。</source>
        <translation>Every menu opens with Alt and the underlined letter; choose with the arrow keys and Enter.
When a text field has nothing of its own to undo, Ctrl+Z undoes the page's last step.</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="130" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SkinTypesSection</name>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="76" />
        <source>导入和编辑时，同义词会自动换成肤质名（例如「干皮」→「干性」）。双击名称或同义词即可修改，同义词用顿号分开。</source>
        <translation>When importing and editing, synonyms become the skin type's name (干皮 → 干性). Double-click a name or the synonyms to edit; separate synonyms with 、 or commas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="81" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="81" />
        <source>同义词</source>
        <translation>Synonyms</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="81" />
        <source>成员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="83" />
        <source>添加肤质…</source>
        <translation>Add skin type…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="85" />
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="118" />
        <source>修改肤质「{name}」</source>
        <translation>Edit skin type “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="122" />
        <source>添加肤质</source>
        <translation>Add skin type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="122" />
        <source>肤质名称：</source>
        <translation>Skin type name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="126" />
        <source>添加肤质「{name}」</source>
        <translation>Add skin type “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="135" />
        <source>删除肤质「{name}」</source>
        <translation>Delete skin type “{name}”</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="51" />
        <source>编辑固定栏目</source>
        <translation>Edit recurring slot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="51" />
        <source>新建固定栏目</source>
        <translation>New recurring slot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="55" />
        <source>例如：每日知识锦囊</source>
        <translation>e.g. 每日知识锦囊 (daily tip)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="57" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="65" />
        <source>每天</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="65" />
        <source>每周</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="65" />
        <source>每月</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="65" />
        <source>每隔 N 天</source>
        <translation>Every N days</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="83" />
        <source>月份没有这一天时（如 31 日），落在当月最后一天。</source>
        <translation>When a month has no such day (e.g. the 31st), the slot falls on its last day.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="89" />
        <source>结束于</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="109" />
        <source>留空则用内容类型的模板；{date} 会换成日期</source>
        <translation>Empty: the post type's template; {date} becomes the date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="114" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="115" />
        <source>内容类型</source>
        <translation>Post type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="116" />
        <source>重复</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="117" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="118" />
        <source>星期</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="119" />
        <source>每月几号</source>
        <translation>Day of month</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="120" />
        <source>间隔天数</source>
        <translation>Every (days)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="121" />
        <source>开始日期</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="123" />
        <source>发到哪些群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="124" />
        <source>模板标题</source>
        <translation>Template title</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="125" />
        <source>模板正文</source>
        <translation>Template text</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="130" />
        <source>删除栏目</source>
        <translation>Delete slot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="132" />
        <source>已安排的内容会保留，只是不再属于这个栏目。</source>
        <translation>Posts already planned stay; they no longer belong to this slot.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="vanished">Cancel</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../ui/members/tag_editor.py" line="83" />
        <source>点击移除</source>
        <translation>Click to remove</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>输入标签，回车添加（支持拼音，如 mgj；组:标签 新建到组）</source>
        <translation type="vanished">Type a tag, Enter to add (pinyin works, e.g. mgj; group:tag creates it in a group)</translation>
    </message>
    <message>
        <location filename="../../ui/members/tag_editor.py" line="122" />
        <source>添加标签，回车确认（可用拼音）</source>
        <translation>Add a tag, Enter to confirm (pinyin works)</translation>
    </message>
    <message>
        <location filename="../../ui/members/tag_editor.py" line="125" />
        <source>从已有标签中补全：汉字、全拼或首字母（如 cfd → 成分党）。
输入新名字会新建标签；写成「组:标签」会新建到该组。</source>
        <translation>Completes existing tags from characters, full pinyin or initials (cfd → 成分党).
A new name creates a tag; “group:tag” creates it in that group.</translation>
    </message>
</context>
<context>
    <name>TagGroupsSection</name>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="148" />
        <source>标签写成「组:标签」时会放进这个组。双击名称可改名，双击颜色可换颜色；只有没有标签的组可以删除。</source>
        <translation>A tag written “group:tag” goes into its group. Double-click a name to rename it, a colour to change it; only a group without tags can be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="153" />
        <source>标签组</source>
        <translation>Tag group</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="153" />
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="153" />
        <source>标签数</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="156" />
        <source>添加标签组…</source>
        <translation>Add tag group…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="158" />
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="190" />
        <source>重命名标签组为「{name}」</source>
        <translation>Rename tag group to “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="199" />
        <source>标签组颜色</source>
        <translation>Tag group colour</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="206" />
        <source>修改标签组「{name}」的颜色</source>
        <translation>Change the colour of tag group “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="212" />
        <source>添加标签组</source>
        <translation>Add tag group</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="212" />
        <source>标签组名称：</source>
        <translation>Tag group name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="216" />
        <source>添加标签组「{name}」</source>
        <translation>Add tag group “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/settings/vocab_sections.py" line="225" />
        <source>删除标签组「{name}」</source>
        <translation>Delete tag group “{name}”</translation>
    </message>
</context>
<context>
    <name>TypeDialog</name>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="174" />
        <source>编辑内容类型</source>
        <translation>Edit post type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="174" />
        <source>新建内容类型</source>
        <translation>New post type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="177" />
        <source>例如：直播预告</source>
        <translation>e.g. 直播预告 (live preview)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="185" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="186" />
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="187" />
        <source>模板标题</source>
        <translation>Template title</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="188" />
        <source>模板正文</source>
        <translation>Template text</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="193" />
        <source>删除类型</source>
        <translation>Delete type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="195" />
        <source>这个类型的内容和栏目会保留，只是不再有类型。</source>
        <translation>Posts and slots of this type stay, without a type.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="203" />
        <source>选择颜色</source>
        <translation>Choose a colour</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>、</source>
        <translation type="vanished">, </translation>
    </message>
</context>
<context>
    <name>WarnDialog</name>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="106" />
        <source>警告成员</source>
        <translation>Warn a member</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="113" />
        <source>她发了什么、在哪个群、什么时候（可粘贴聊天记录）</source>
        <translation>What she posted, in which group, when (paste the chat if you like)</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="118" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="119" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/community/care_dialogs.py" line="120" />
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="135" />
        <source>警告与押金</source>
        <translation>Warnings &amp; deposits</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="138" />
        <location filename="../../ui/community/warnings_page.py" line="225" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="138" />
        <source>警告并移出</source>
        <translation>Warned and removed</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="140" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="141" />
        <location filename="../../ui/community/warnings_page.py" line="165" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="142" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="144" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="145" />
        <source>已撤回</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="151" />
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="152" />
        <source>长期</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="154" />
        <source>群</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="155" />
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="160" />
        <source>押金中</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="161" />
        <source>已退还</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="162" />
        <source>已没收</source>
        <translation>Forfeited</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="166" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="168" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="172" />
        <source>收取日期</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="173" />
        <source>结束日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="174" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="61" />
        <location filename="../../ui/community/warnings_page.py" line="181" />
        <source>全部原因</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="62" />
        <location filename="../../ui/community/warnings_page.py" line="182" />
        <source>搜索成员或证据</source>
        <translation>Search member or evidence</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="64" />
        <location filename="../../ui/community/warnings_page.py" line="183" />
        <source>只看生效中</source>
        <translation>In force only</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="65" />
        <location filename="../../ui/community/warnings_page.py" line="184" />
        <source>警告…</source>
        <translation>Warn…</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="66" />
        <location filename="../../ui/community/warnings_page.py" line="185" />
        <source>给一位成员记一次警告（Ctrl+N）</source>
        <translation>Record a warning for a member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="81" />
        <location filename="../../ui/community/warnings_page.py" line="187" />
        <source>警告记录</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="91" />
        <location filename="../../ui/community/warnings_page.py" line="188" />
        <source>收押金…</source>
        <translation>Take deposit…</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="92" />
        <location filename="../../ui/community/warnings_page.py" line="189" />
        <source>退还</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="93" />
        <location filename="../../ui/community/warnings_page.py" line="190" />
        <source>没收</source>
        <translation>Forfeit</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="95" />
        <location filename="../../ui/community/warnings_page.py" line="192" />
        <source>还没有押金记录。收了押金就点「收押金…」记下来，退还或没收时再来这里。</source>
        <translation>No deposits yet. When you take one, record it with “Take deposit…”; refund or forfeit it here later.</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="105" />
        <location filename="../../ui/community/warnings_page.py" line="194" />
        <source>押金</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="225" />
        <source>移出</source>
        <translation>removal</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="227" />
        <source>升级规则：</source>
        <translation>Escalation: </translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="229" />
        <source>第%1次%2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="237" />
        <source>没有符合筛选条件的警告。</source>
        <translation>No warning matches the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="239" />
        <source>还没有警告记录。有人发广告或刷屏时，按「警告…」（Ctrl+N）记下来。</source>
        <translation>No warnings yet. When someone posts ads or floods the group, record it with “Warn…” (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="246" />
        <source>押金中 ¥%1（%2 笔）　已退还 ¥%3　已没收 ¥%4</source>
        <translation>Held ¥%1 (%2)   Refunded ¥%3   Forfeited ¥%4</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="262" />
        <source>请先在列表里选中要警告的成员。</source>
        <translation>Pick the member to warn in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="282" />
        <source>警告并移出 %1</source>
        <translation>Warn and remove %1</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="284" />
        <source>警告 %1</source>
        <translation>Warn %1</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="292" />
        <source>这是%1的第 %2 次警告，按升级规则应移出。</source>
        <translation>This is warning #%2 for %1: the escalation policy says remove her.</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="297" />
        <source>选「是」将：</source>
        <translation>“Yes” will:</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="298" />
        <source>· 记下这次警告，并把她标为「已移出」</source>
        <translation>· record this warning and mark her as removed</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="301" />
        <source>· 退出 %1</source>
        <translation>· end her membership of %1</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="303" />
        <source>· 没收押金 ¥%1</source>
        <translation>· forfeit her deposit of ¥%1</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="304" />
        <source>选「否」什么都不改。之后可以用撤销（Ctrl+Z）恢复。</source>
        <translation>“No” changes nothing. Undo (Ctrl+Z) puts everything back later.</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="308" />
        <source>移出成员？</source>
        <translation>Remove member?</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="310" />
        <source>是，移出</source>
        <translation>Yes, remove</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="311" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="318" />
        <source>请先选中一条还没撤回的警告。</source>
        <translation>Select a warning that is not revoked first.</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="67" />
        <location filename="../../ui/community/warnings_page.py" line="186" />
        <location filename="../../ui/community/warnings_page.py" line="321" />
        <source>撤回警告</source>
        <translation>Revoke warning</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="331" />
        <source>请先在列表里选中交押金的成员。</source>
        <translation>Pick the member who paid the deposit in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="336" />
        <source>收取押金</source>
        <translation>Take a deposit</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="342" />
        <source>请先选中一笔押金。</source>
        <translation>Select a deposit first.</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="345" />
        <source>退还押金</source>
        <translation>Refund deposit</translation>
    </message>
    <message>
        <location filename="../../ui/community/warnings_page.py" line="347" />
        <source>没收押金</source>
        <translation>Forfeit deposit</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/operations.py" line="79" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="19" />
        <source>群主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="20" />
        <source>管理员</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="21" />
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="22" />
        <source>组长</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="38" />
        <source>未命名</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="43" />
        <source>「%1」（#%2）</source>
        <translation>“%1” (#%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="48" />
        <source>%1（#%2）</source>
        <translation>%1 (#%2)</translation>
    </message>
</context>
</TS>
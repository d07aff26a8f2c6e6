<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="35" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="35" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="35" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="35" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="35" />
        <source>群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="73" />
        <source>（空）%1 — 双击按模板填充</source>
        <translation>(empty) %1 — double-click to fill from the template</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="75" />
        <source>待安排</source>
        <translation>To plan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="88" />
        <source>（今天）</source>
        <translation>(today)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="86" />
        <source>无法完成操作</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="112" />
        <source>正在创建示例社群（{n} 位成员），首次启动只需几秒…</source>
        <translation>Creating a demo community ({n} members); this first start takes a few seconds…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114" />
        <source>欢迎使用社群管家</source>
        <translation>Welcome to Shequn</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="126" />
        <source>已为你创建示例社群：可以随意试用，之后导入自己的成员即可。</source>
        <translation>A demo community was created for you: try anything, then import your own members.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149" />
        <source>数据库检查</source>
        <translation>Database check</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="143" />
        <source>数据库完整性检查发现问题：
{problems}
建议从“文件 → 从备份恢复”恢复最近的备份。</source>
        <translation>The database integrity check found problems:
{problems}
Restore the latest backup with “File → Restore from backup”.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="210" />
        <source>社群管家已经打开</source>
        <translation>Shequn is already open</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="204" />
        <source>数据库「{path}」已经在另一个社群管家窗口中打开。
请切换到那个窗口；同一个数据库同时只能打开一次。</source>
        <translation>The database “{path}” is already open in another Shequn window.
Switch to that window; a database can be open only once at a time.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="217" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="180" />
        <source>操作记录</source>
        <translation>Operation log</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="181" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="182" />
        <source>按操作名称筛选，如 标签、导入、撤销</source>
        <translation>Filter by operation name, e.g. tag, import, undo</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="184" />
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="184" />
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="184" />
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="184" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="188" />
        <source>没有符合条件的操作。</source>
        <translation>No operation matches.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="190" />
        <source>还没有任何操作。修改成员、加标签或导入之后，每一步都会记录在这里。</source>
        <translation>No operation yet. Once you edit members, add tags or import, every step is recorded here.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="241" />
        <source>这个操作没有逐条的修改记录。</source>
        <translation>This operation recorded no individual changes.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="244" />
        <source>……共 {n} 行，只显示前 {shown} 行。</source>
        <translation>… {n} rows in all; the first {shown} are shown.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="253" />
        <source>操作 #{op} 改动的内容</source>
        <translation>What operation #{op} changed</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="255" />
        <source>改动的内容</source>
        <translation>What it changed</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="284" />
        <source>操作记录…</source>
        <translation>Operation log…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="286" />
        <source>谁在何时改了什么：窗口、命令行和导入的每一步</source>
        <translation>Who changed what, when: every step from the window, the command line and imports</translation>
    </message>
</context>
<context>
    <name>BackupProgress</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="101" />
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="102" />
        <source>正在备份数据库，请稍候。
备份完成后社群管家会自动关闭。</source>
        <translation>Backing up the database, please wait.
Shequn closes by itself once the backup is done.</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="106" />
        <source>标签（可用拼音）</source>
        <translation>Tag (pinyin works)</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="107" />
        <source>加标签</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="108" />
        <source>去标签</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="109" />
        <source>批量设置</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="111" />
        <location filename="../../ui/members/bulk_bar.py" line="154" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="112" />
        <source>角色/头衔</source>
        <translation>Role/title</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="113" />
        <source>加入群</source>
        <translation>Join group</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="63" />
        <location filename="../../ui/members/bulk_bar.py" line="114" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="69" />
        <location filename="../../ui/members/bulk_bar.py" line="115" />
        <source>会员类型</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="120" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="122" />
        <source>把第二位成员合并到第一位：资料互补，标签、群和时间线合在一起</source>
        <translation>Merge the second member into the first: fields completed, tags, groups and timeline united</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="124" />
        <source>移到回收站</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="125" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="126" />
        <source>永久删除</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="127" />
        <source>取消选择</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="139" />
        <source>已选 {n} 位</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="153" />
        <location filename="../../ui/members/bulk_bar.py" line="158" />
        <source>（清空）</source>
        <translation>(clear)</translation>
    </message>
    <message>
        <location filename="../../ui/members/bulk_bar.py" line="159" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../../ui/calendar/labels.py" line="15" />
        <source>构思</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="17" />
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="19" />
        <source>待发</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="21" />
        <source>已发</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="23" />
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="29" />
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="30" />
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="31" />
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="32" />
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="33" />
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="34" />
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="35" />
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="42" />
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="50" />
        <source>休</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="51" />
        <source>班</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="55" />
        <source>暂无 %1 年的官方放假安排，节日仍按农历推算显示。</source>
        <translation>No official holiday schedule for %1 yet; festivals are still computed from the lunar calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="61" />
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="67" />
        <source>知识锦囊</source>
        <translation>Quick tip</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="68" />
        <source>团购接龙</source>
        <translation>Group buy</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="69" />
        <source>微分享</source>
        <translation>Micro-talk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="70" />
        <source>群规提醒</source>
        <translation>Group rules</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="71" />
        <source>活动预告</source>
        <translation>Event notice</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="72" />
        <source>节日</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="80" />
        <source>元旦</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="81" />
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="82" />
        <source>清明节</source>
        <translation>Qingming</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="83" />
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="84" />
        <source>端午节</source>
        <translation>Dragon Boat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="85" />
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="86" />
        <source>中秋节</source>
        <translation>Mid-Autumn</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="87" />
        <source>抗战胜利纪念日</source>
        <translation>Victory Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="88" />
        <source>情人节</source>
        <translation>Valentine's Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="89" />
        <source>妇女节/女神节</source>
        <translation>Women's Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="90" />
        <source>520</source>
        <translation>520 Love Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="91" />
        <source>618</source>
        <translation>618 Sale</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="92" />
        <source>国庆</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="93" />
        <source>双11</source>
        <translation>Singles' Day 11.11</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="94" />
        <source>双12</source>
        <translation>Double 12 Sale</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="95" />
        <source>圣诞节</source>
        <translation>Christmas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="96" />
        <source>元宵</source>
        <translation>Lantern Festival</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="97" />
        <source>端午</source>
        <translation>Dragon Boat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="98" />
        <source>七夕</source>
        <translation>Qixi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="99" />
        <source>中秋</source>
        <translation>Mid-Autumn</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="112" />
        <source>%1调休</source>
        <translation>%1 make-up workday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="127" />
        <source>每周%1 %2</source>
        <translation>Weekly %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="129" />
        <source>每月 %1 日 %2</source>
        <translation>Monthly on day %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="133" />
        <source>每 %1 天 %2</source>
        <translation>Every %1 days %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="137" />
        <source>每天 %1</source>
        <translation>Daily %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="144" />
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="145" />
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="146" />
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="147" />
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="148" />
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="149" />
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="150" />
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="178" />
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="91" />
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="103" />
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="103" />
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="103" />
        <source>列表</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="116" />
        <source>全部群</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="117" />
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="118" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="123" />
        <source>新建内容</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="128" />
        <source>栏目与类型</source>
        <translation>Slots &amp;&amp; types</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="133" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="137" />
        <source> 分钟前提醒</source>
        <translation> min reminder</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="164" />
        <source>提醒与警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="190" />
        <source>内容日历</source>
        <translation>Content calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="296" />
        <source>新建固定栏目…</source>
        <translation>New recurring slot…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="299" />
        <source>编辑栏目「%1」（%2）…</source>
        <translation>Edit slot “%1” (%2)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="305" />
        <source>新建内容类型…</source>
        <translation>New post type…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="309" />
        <source>编辑类型「%1」…</source>
        <translation>Edit type “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="342" />
        <source>没有需要处理的事项。</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="160" />
        <source>【逾期】「%1」计划 %2 发布，时间已过仍未标记为已发。</source>
        <translation>[Late] “%1” was due %2 and is not marked published.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="164" />
        <source>【冲突】%2 这一小时「%1」有 %3 条内容。</source>
        <translation>[Clash] “%1” gets %3 posts in the hour of %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="168" />
        <source>【空缺】固定栏目「%1」%2 还没有安排内容。</source>
        <translation>[Empty] Slot “%1” on %2 has no post yet.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="353" />
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="395" />
        <source>导出内容日历</source>
        <translation>Export the content calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="397" />
        <source>手机日历 (*.ics);;周计划 Excel (*.xlsx)</source>
        <translation>Phone calendar (*.ics);;Weekly plan Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_page.py" line="417" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/commands.py" line="47" />
        <source>改期「%1」</source>
        <translation>Reschedule “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/commands.py" line="64" />
        <source>编辑「%1」</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/commands.py" line="88" />
        <source>标记「%1」</source>
        <translation>Mark “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/commands.py" line="120" />
        <source>新建「%1」</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/commands.py" line="128" />
        <source>填充「%1」%2</source>
        <translation>Fill “%1” %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/commands.py" line="158" />
        <source>删除「%1」</source>
        <translation>Delete “%1”</translation>
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
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="189" />
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="190" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="191" />
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="192" />
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="193" />
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="194" />
        <source>企微ID</source>
        <translation>WeCom ID</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="195" />
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="196" />
        <source>性格</source>
        <translation>Personality</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="197" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="218" />
        <location filename="../../ui/members/detail_panel.py" line="225" />
        <location filename="../../ui/members/detail_panel.py" line="302" />
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="198" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="199" />
        <source>角色/头衔</source>
        <translation>Role/title</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="200" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="201" />
        <source>会员类型</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="202" />
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="203" />
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="204" />
        <source>入群日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="205" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="207" />
        <source>最近活跃</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="208" />
        <source>最近联系</source>
        <translation>Last contacted</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="215" />
        <source>例如 2024-01-05</source>
        <translation>e.g. 2024-01-05</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="216" />
        <source>农历生日</source>
        <translation>Lunar birthday</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="206" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="229" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="230" />
        <source>擅长领域</source>
        <translation>Specialties</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="239" />
        <source>用逗号分隔，如 成分分析，敏感肌护理</source>
        <translation>Comma-separated, e.g. ingredients, sensitive skin care</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="231" />
        <source>自定义字段</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="232" />
        <source>所在群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="51" />
        <source>加入群</source>
        <translation>Join group</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="52" />
        <source>退出所选群</source>
        <translation>Leave selected group</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="233" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="234" />
        <source>修改记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="241" />
        <source>写一条跟进记录，回车添加</source>
        <translation>Write a follow-up note, Enter to add</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="242" />
        <source>添加记录</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="328" />
        <source>已选 {n} 位成员。
用表格上方的操作栏批量加标签、批量设置，或移到回收站。</source>
        <translation>{n} members selected.
Use the bar above the table to tag them, set fields, or move them to the trash.</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="332" />
        <source>在表格中选择一位成员，
即可在这里查看和编辑资料。</source>
        <translation>Select a member in the table
to see and edit their details here.</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="339" />
        <source>（在回收站中）</source>
        <translation>(in the trash)</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="346" />
        <source>号码格式可疑，请核对</source>
        <translation>This number looks wrong, please check it</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="65" />
        <source>，{date} 退出</source>
        <translation>, left {date}</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="73" />
        <source>{group}（{date} 加入{left}）</source>
        <translation>{group} (joined {date}{left})</translation>
    </message>
    <message>
        <location filename="../../ui/members/groups_box.py" line="77" />
        <source>日期不详</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="369" />
        <source>还没有记录。在上面写一条跟进记录吧。</source>
        <translation>No notes yet. Write a follow-up note above.</translation>
    </message>
    <message>
        <location filename="../../ui/members/detail_panel.py" line="395" />
        <source>农历{date} · 下次 {next}</source>
        <translation>Lunar {date} · next {next}</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../ui/dialog_buttons.py" line="15" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialog_buttons.py" line="16" />
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
        <location filename="../../ui/importing/export_dialog.py" line="48" />
        <source>导出成员</source>
        <translation>Export members</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="50" />
        <source>当前筛选出的全部成员</source>
        <translation>All members of the current filter</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="52" />
        <source>选中的 %d 位成员</source>
        <translation>The %d selected members</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="66" />
        <source>手机号打码（138****1234）</source>
        <translation>Mask phones (138****1234)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="68" />
        <source>Excel 工作簿 (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="69" />
        <source>CSV 文本 (.csv)</source>
        <translation>CSV text (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="77" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="78" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="82" />
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="86" />
        <source>导出的列：</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="108" />
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="120" />
        <source>请至少选择一列。</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="127" />
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="146" />
        <source>已取消导出。</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py" line="152" />
        <location filename="../../ui/importing/export_dialog.py" line="153" />
        <source>已导出 %d 位成员到 %s</source>
        <translation>Exported %d members to %s</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="64" />
        <location filename="../../ui/importing/import_pages_a.py" line="102" />
        <source>选择名单文件</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="67" />
        <source>支持 Excel（.xlsx .xls）、WPS、.ods 和 CSV。标题行、合并单元格、说明页都没关系。</source>
        <translation>Excel (.xlsx .xls), WPS, .ods and CSV. Title rows, merged cells and instruction sheets are fine.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="71" />
        <source>把文件拖到窗口上，或点“选择文件…”</source>
        <translation>Drop a file on the window, or click “Choose file…”</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="73" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="76" />
        <source>自动识别列</source>
        <translation>Detect columns automatically</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="85" />
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="86" />
        <source>列映射方案：</source>
        <translation>Column preset:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="104" />
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="128" />
        <source>正在读取「%s」…</source>
        <translation>Reading “%s”…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="148" />
        <source>已读取：%d 个工作表；将使用「%s」，约 %d 行。</source>
        <translation>Read: %d sheet(s); using “%s”, about %d rows.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="97" />
        <source>搜索昵称、姓名、微信号、手机、QQ、备注（支持拼音，如 xm）  Ctrl+F</source>
        <translation>Search nickname, name, WeChat, phone, QQ, notes (pinyin works, e.g. xm)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="99" />
        <source>全部包含</source>
        <translation>Has all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="99" />
        <source>任一包含</source>
        <translation>Has any</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="99" />
        <source>都不包含</source>
        <translation>Has none</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="101" />
        <source>按标签筛选…</source>
        <translation>Filter by tag…</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="103" />
        <source>肤质：全部</source>
        <translation>Skin: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="104" />
        <source>角色：全部</source>
        <translation>Role: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="105" />
        <source>群：全部</source>
        <translation>Group: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="106" />
        <source>状态：全部</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="107" />
        <source>会员：全部</source>
        <translation>Membership: all</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="116" />
        <source>保存为分群</source>
        <translation>Save as segment</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="117" />
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="115" />
        <location filename="../../ui/members/filter_bar.py" line="138" />
        <location filename="../../ui/members/filter_bar.py" line="139" />
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="216" />
        <source>含</source>
        <translation>Has</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="216" />
        <source>任一</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/members/filter_bar.py" line="216" />
        <source>不含</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../../ui/members/history_box.py" line="73" />
        <source>还没有记录的修改。以后在这里、在命令行或通过导入改动她的资料，都会记在这里。</source>
        <translation>No recorded change yet. Every change to this member — made here, from the command line or by an import — will be listed here.</translation>
    </message>
    <message>
        <location filename="../../ui/members/history_box.py" line="83" />
        <source>操作 #{op}</source>
        <translation>Operation #{op}</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../ui/importing/install.py" line="51" />
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="55" />
        <source>从 Excel/WPS/CSV 名单导入成员（也可以把文件拖到窗口上）</source>
        <translation>Import members from an Excel/WPS/CSV roster (or drop the file on the window)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="60" />
        <source>导入记录…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="63" />
        <source>导出成员…</source>
        <translation>Export members…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="80" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/importing/install.py" line="82" />
        <source>把选中的成员导出为 Excel</source>
        <translation>Export the selected members to Excel</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="30" />
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="35" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="36" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="37" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="38" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="39" />
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="40" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="41" />
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="42" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="50" />
        <source>撤销所选导入</source>
        <translation>Undo selected import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="55" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="72" />
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="72" />
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="88" />
        <source>还没有导入过名单。</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="107" />
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="109" />
        <source>撤销第 %d 次导入（%s）？它新建的 %d 位成员会被删除，合并进已有成员的内容会还原。</source>
        <translation>Undo import #%d (%s)? The %d members it created will be deleted and merged values restored.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_history_dialog.py" line="122" />
        <source>已撤销第 %d 次导入。</source>
        <translation>Import #%d undone.</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <location filename="../../ui/importing/import_models.py" line="48" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="49" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="50" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="51" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="52" />
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="53" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="69" />
        <source>未导入</source>
        <translation>Left out</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="71" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="87" />
        <source>表格行</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="88" />
        <source>表格中的昵称</source>
        <translation>Nickname in file</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="89" />
        <source>已有成员</source>
        <translation>Existing member</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="90" />
        <source>依据</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="91" />
        <source>处理</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="130" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="131" />
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_models.py" line="132" />
        <source>新建</source>
        <translation>New</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <location filename="../../ui/main_window.py" line="169" />
        <source>社群管家</source>
        <translation>Shequn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>分群</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>还没有分群。
在成员页设好筛选后点“保存为分群”。</source>
        <translation>No segments yet.
Set filters on the Members page and click “Save as segment”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <location filename="../../ui/main_window.py" line="182" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>显示工具栏</source>
        <translation>Show toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>界面语言（重启后生效）</source>
        <translation>Language (after a restart)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <location filename="../../ui/main_window.py" line="297" />
        <source>关于社群管家</source>
        <translation>About Shequn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259" />
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
        <location filename="../../ui/backup_actions.py" line="33" />
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="45" />
        <source>选择要恢复的备份</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="47" />
        <source>社群管家备份 (*.sqlite3)</source>
        <translation>Shequn backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="53" />
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="54" />
        <source>用「{path}」替换当前数据库？当前数据会先自动备份。恢复后请重新打开社群管家。</source>
        <translation>Replace the current database with “{path}”? The current data is backed up first. Reopen Shequn after restoring.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="67" />
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="68" />
        <source>数据库已从备份恢复，社群管家将关闭，请重新打开。</source>
        <translation>The database was restored from the backup. Shequn will close; please open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>界面语言将在重新打开社群管家后生效。</source>
        <translation>The language changes the next time Shequn opens.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>界面语言已切换；{pages}将在重新打开社群管家后切换。</source>
        <translation>Language changed; {pages} will follow the next time Shequn opens.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>社群管家 Shequn {version}
为社群运营者打造的离线成员管理、内容日历与 Excel 工具。
数据只保存在这台电脑上。</source>
        <translation>Shequn {version}
An offline member CRM, content calendar and Excel workbench for community operators.
Your data stays on this computer.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="251" />
        <source>列对应关系</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="252" />
        <source>每一列导入到哪个字段？不认识的列可以忽略，或保留为自定义字段。</source>
        <translation>Which field does each column go to? Unknown columns can be ignored or kept as custom fields.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="255" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="255" />
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="255" />
        <source>示例</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="255" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="260" />
        <source>保存为映射方案…</source>
        <translation>Save as preset…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="282" />
        <source>（忽略）</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="288" />
        <source>自定义字段「%s」</source>
        <translation>Custom field “%s”</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="313" />
        <source>至少要有一列导入到某个字段。</source>
        <translation>At least one column must be imported into a field.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="318" />
        <source>保存映射方案</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="318" />
        <source>方案名称：</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="326" />
        <source>已保存映射方案「%s」。</source>
        <translation>Preset “%s” saved.</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <location filename="../../ui/members/members_page.py" line="264" />
        <source>从 {n} 位成员移除标签 {tags}</source>
        <translation>Remove tag {tags} from {n} members</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="267" />
        <source>给 {n} 位成员加标签 {tags}</source>
        <translation>Tag {n} members with {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="170" />
        <source>修改成员标签</source>
        <translation>Change member tags</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="77" />
        <source>把 {n} 位成员的{field}设为 {value}</source>
        <translation>Set {field} of {n} members to {value}</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="82" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="101" />
        <source>修改成员资料</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="119" />
        <source>修改擅长领域</source>
        <translation>Change specialties</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="139" />
        <source>修改自定义字段</source>
        <translation>Change custom fields</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="168" />
        <source>{n} 位成员退出「{group}」</source>
        <translation>{n} members leave “{group}”</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="170" />
        <source>{n} 位成员加入「{group}」</source>
        <translation>{n} members join “{group}”</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="192" />
        <source>从回收站恢复 {n} 位成员</source>
        <translation>Restore {n} members from the trash</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="194" />
        <source>把 {n} 位成员移到回收站</source>
        <translation>Move {n} members to the trash</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="212" />
        <source>合并两位成员</source>
        <translation>Merge two members</translation>
    </message>
    <message>
        <location filename="../../ui/members/commands.py" line="229" />
        <source>添加记录</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="27" />
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="28" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="29" />
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="30" />
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="31" />
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="32" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="33" />
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="34" />
        <source>肤质</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="35" />
        <source>角色/头衔</source>
        <translation>Role/title</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="36" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="37" />
        <source>会员类型</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="38" />
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="39" />
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="40" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="41" />
        <source>所在群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="42" />
        <source>入群日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="43" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="44" />
        <source>最近活跃</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="45" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="50" />
        <source>活跃</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="51" />
        <source>沉默</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="52" />
        <source>僵尸</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="53" />
        <source>已退群</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="54" />
        <source>黑名单</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="57" />
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/members/member_table_model.py" line="58" />
        <source>付费</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/members/members_page.py" line="103" />
        <location filename="../../ui/members/members_page.py" line="105" />
        <location filename="../../ui/members/members_page.py" line="251" />
        <source>回收站</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="104" />
        <source>查看回收站里的成员：可以恢复，或永久删除</source>
        <translation>Show the members in the trash: restore them or delete them for good</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="96" />
        <location filename="../../ui/members/members_page.py" line="105" />
        <location filename="../../ui/members/members_page.py" line="251" />
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_loading.py" line="165" />
        <source>回收站是空的。
移到回收站的成员会保留在这里，可以恢复或永久删除。</source>
        <translation>The trash is empty.
Members moved to the trash stay here until you restore them or delete them for good.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_loading.py" line="170" />
        <source>没有符合条件的成员。
试试换个关键词、减少筛选条件，或按 Esc 清除搜索。</source>
        <translation>No member matches.
Try other words, fewer filters, or press Esc to clear the search.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_loading.py" line="175" />
        <source>还没有成员。
可以从 Excel 导入成员，或在命令行运行 shequn demo 创建示例社群。</source>
        <translation>No members yet.
Import them from Excel, or run `shequn demo` for a demo community.</translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="298" />
        <source>回收站：</source>
        <translation>Trash: </translation>
    </message>
    <message>
        <location filename="../../ui/members/members_page.py" line="299" />
        <source>{where}共 {n} 位成员 · 已选 {k}</source>
        <translation>{where}{n} members · {k} selected</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="24" />
        <source>永久删除</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="25" />
        <source>确定要永久删除这 {n} 位成员吗？
他们的资料、标签和时间线都会被彻底删除，无法撤销。</source>
        <translation>Delete these {n} members for good?
Their details, tags and timeline are erased. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="39" />
        <source>已永久删除 {n} 位成员。</source>
        <translation>Deleted {n} members for good.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="50" />
        <source>回收站里的视图不能保存为分群。</source>
        <translation>A view of the trash cannot be saved as a segment.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="55" />
        <source>保存为分群</source>
        <translation>Save as segment</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="56" />
        <source>分群名称（显示在左侧“分群”下）：</source>
        <translation>Segment name (listed under “Segments” on the left):</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="66" />
        <source>已保存分群「{name}」。</source>
        <translation>Saved the segment “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="98" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="101" />
        <source>永久删除…</source>
        <translation>Delete for good…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="105" />
        <source>加标签…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="109" />
        <source>批量设置</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="111" />
        <source>合并这两位</source>
        <translation>Merge these two</translation>
    </message>
    <message>
        <location filename="../../ui/members/page_actions.py" line="115" />
        <source>移到回收站</source>
        <translation>Move to trash</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="148" />
        <source>还有 %1 条…</source>
        <translation>%1 more…</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="54" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="54" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="54" />
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="54" />
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="54" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="82" />
        <source>操作 #{op}（{kind}）</source>
        <translation>Operation #{op} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="89" />
        <source>已撤销（#{op}）</source>
        <translation>Undone (#{op})</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="91" />
        <source>撤销了 #{op}</source>
        <translation>Undid #{op}</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="92" />
        <source>可撤销</source>
        <translation>Can be undone</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="92" />
        <source>不可撤销</source>
        <translation>Cannot be undone</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="47" />
        <source>编辑内容</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="47" />
        <source>新建内容</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="50" />
        <source>例如：【知识锦囊】防晒的三个误区</source>
        <translation>e.g. 【知识锦囊】Three sunscreen myths</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="52" />
        <source>要发到群里的正文</source>
        <translation>The text to post in the groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="53" />
        <source>复制正文</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="71" />
        <source>（不限分群）</source>
        <translation>(no segment)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="89" />
        <source>例如：回复 23 条 / 接龙 41 单</source>
        <translation>e.g. 23 replies / 41 orders</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="92" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="99" />
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="100" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="101" />
        <source>发到哪些群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="102" />
        <source>目标分群</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="103" />
        <source>计划时间</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="104" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="105" />
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
        <location filename="../../ui/calendar/post_editor.py" line="110" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_editor.py" line="116" />
        <source>已复制 ✓</source>
        <translation>Copied ✓</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="48" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="49" />
        <source>还没有写入任何数据。确认无误后点“开始导入”。</source>
        <translation>Nothing has been written yet. Check, then click “Import”.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="64" />
        <source>合并（补全空字段、合并标签，冲突保留原值）</source>
        <translation>Merge (fill empty fields, unite tags, keep existing values on conflict)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="65" />
        <location filename="../../ui/importing/import_pages_b.py" line="80" />
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="66" />
        <source>新建为另一位成员</source>
        <translation>Create as another member</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="75" />
        <source>与已有成员重复时：</source>
        <translation>When a row matches an existing member:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="78" />
        <source>所选行：</source>
        <translation>Selected rows:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="80" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="80" />
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="88" />
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="89" />
        <source>重复</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="100" />
        <source>正在检查每一行……</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="128" />
        <source>问题（%d）</source>
        <translation>Problems (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="129" />
        <source>重复（%d）</source>
        <translation>Duplicates (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="139" />
        <source>工作表「%s」：读取 %d 行 → 新建 %d 位，合并 %d 位，跳过 %d 位；有问题未导入 %d 行，提示 %d 条；文件内同一人的重复行 %d 行已合并，空行/合计行/重复表头 %d 行已略过。</source>
        <translation>Sheet “%s”: %d rows read → %d new, %d merged, %d skipped; %d rows with problems left out, %d notes; %d repeated rows of the same person folded; %d blank/total/repeated header rows skipped.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="178" />
        <source>正在导入</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="179" />
        <source>取消会撤回全部改动，数据库保持导入前的样子。</source>
        <translation>Cancel rolls back everything: the database stays as it was before the import.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="182" />
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="196" />
        <source>正在准备……</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="228" />
        <source>%s：%d / %d</source>
        <translation>%s: %d / %d</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="234" />
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/calendar/reminders.py" line="124" />
        <source>复制正文</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/reminders.py" line="125" />
        <source>标记已发</source>
        <translation>Mark published</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/reminders.py" line="126" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/reminders.py" line="140" />
        <source>⏰ %1 要发：「%2」</source>
        <translation>⏰ Due at %1: “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/reminders.py" line="142" />
        <source>（另有 %1 条）</source>
        <translation> (and %1 more)</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../../ui/calendar/reminders.py" line="92" />
        <source>复制「%1」的正文</source>
        <translation>Copy the text of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/reminders.py" line="94" />
        <source>标记「%1」为已发</source>
        <translation>Mark “%1” published</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/reminders.py" line="98" />
        <source>（另有 %1 条）</source>
        <translation> (and %1 more)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/reminders.py" line="100" />
        <source>%1 要发：%2</source>
        <translation>Due at %1: %2</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="246" />
        <location filename="../../ui/importing/import_pages_b.py" line="270" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="250" />
        <source>撤销本次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="265" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="266" />
        <source>导入已取消，数据库没有任何改动。</source>
        <translation>The import was cancelled; nothing in the database changed.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="273" />
        <source>已导入「%s」：新建 %d 位，合并 %d 位，跳过 %d 位，有问题未导入 %d 行（%.1f 秒）。如有不对，可以整批撤销；以后也能在“文件 → 导入记录”里撤销。</source>
        <translation>Imported “%s”: %d new, %d merged, %d skipped, %d rows with problems left out (%.1f s). If something is wrong, undo the whole import here or later in File → Import history.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="288" />
        <source>冲突：成员 #%d 的「%s」保留原值「%s」，表格中为「%s」。</source>
        <translation>Conflict: member #%d keeps “%s” = “%s”; the file says “%s”.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_b.py" line="308" />
        <source>已撤销本次导入：新建的成员已删除，合并进已有成员的内容已还原。</source>
        <translation>Import undone: the new members were deleted and merged values restored.</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <location filename="../../ui/segment_list.py" line="58" />
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="59" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="64" />
        <source>重命名分群</source>
        <translation>Rename segment</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="64" />
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="72" />
        <source>删除分群</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location filename="../../ui/segment_list.py" line="73" />
        <source>删除分群「{name}」？成员本身不受影响。</source>
        <translation>Delete the segment “{name}”? The members themselves are not affected.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="163" />
        <source>工作表和表头</source>
        <translation>Sheet and header</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="165" />
        <source>已自动找到名单所在的工作表和表头行；如不对，请在这里改。表头行以粗体显示。</source>
        <translation>The sheet and header row were found automatically; correct them here if needed. The header row is shown in bold.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="174" />
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_pages_a.py" line="175" />
        <source>表头在第几行：</source>
        <translation>Header on row:</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="48" />
        <source>编辑固定栏目</source>
        <translation>Edit recurring slot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="48" />
        <source>新建固定栏目</source>
        <translation>New recurring slot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="52" />
        <source>例如：每日知识锦囊</source>
        <translation>e.g. 每日知识锦囊 (daily tip)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="54" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="62" />
        <source>每天</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="62" />
        <source>每周</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="62" />
        <source>每月</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="62" />
        <source>每隔 N 天</source>
        <translation>Every N days</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="80" />
        <source>月份没有这一天时（如 31 日），落在当月最后一天。</source>
        <translation>When a month has no such day (e.g. the 31st), the slot falls on its last day.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="86" />
        <source>结束于</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="106" />
        <source>留空则用内容类型的模板；{date} 会换成日期</source>
        <translation>Empty: the post type's template; {date} becomes the date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="111" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="112" />
        <source>内容类型</source>
        <translation>Post type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="113" />
        <source>重复</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="114" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="115" />
        <source>星期</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="116" />
        <source>每月几号</source>
        <translation>Day of month</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="117" />
        <source>间隔天数</source>
        <translation>Every (days)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="118" />
        <source>开始日期</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="120" />
        <source>发到哪些群</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="121" />
        <source>模板标题</source>
        <translation>Template title</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="122" />
        <source>模板正文</source>
        <translation>Template text</translation>
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
        <location filename="../../ui/members/tag_editor.py" line="79" />
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
        <location filename="../../ui/members/tag_editor.py" line="111" />
        <source>添加标签，回车确认（可用拼音）</source>
        <translation>Add a tag, Enter to confirm (pinyin works)</translation>
    </message>
    <message>
        <location filename="../../ui/members/tag_editor.py" line="114" />
        <source>从已有标签中补全：汉字、全拼或首字母（如 cfd → 成分党）。
输入新名字会新建标签；写成「组:标签」会新建到该组。</source>
        <translation>Completes existing tags from characters, full pinyin or initials (cfd → 成分党).
A new name creates a tag; “group:tag” creates it in that group.</translation>
    </message>
</context>
<context>
    <name>TypeDialog</name>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="164" />
        <source>编辑内容类型</source>
        <translation>Edit post type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="164" />
        <source>新建内容类型</source>
        <translation>New post type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="167" />
        <source>例如：直播预告</source>
        <translation>e.g. 直播预告 (live preview)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="175" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="176" />
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="177" />
        <source>模板标题</source>
        <translation>Template title</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/slot_dialog.py" line="178" />
        <source>模板正文</source>
        <translation>Template text</translation>
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
        <location filename="../../ui/calendar/slot_dialog.py" line="186" />
        <source>选择颜色</source>
        <translation>Choose a colour</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="6"/>
        <source>Branch details</source>
        <translation>团支部信息</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="11"/>
        <source>Enter the details of the League branch whose books you keep. You can change them later under File → Branch details.</source>
        <translation>请填写您所管理的团支部的基本信息。以后可在“文件 → 团支部信息”中修改。</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="16"/>
        <source>Full name of the branch</source>
        <translation>团支部全称</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="17"/>
        <source>e.g. XX Company League Branch</source>
        <translation>例如：××有限公司团支部</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="18"/>
        <source>Higher League committee</source>
        <translation>上级团委</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="20"/>
        <source>Type of branch</source>
        <translation>支部类型</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="22"/>
        <source>Branch secretary</source>
        <translation>团支部书记</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="24"/>
        <source>Rule profile</source>
        <translation>规则配置</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="44"/>
        <source>Try with sample data</source>
        <translation>使用示例数据体验</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="33"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="35"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="37"/>
        <source>Welcome to branchdesk: set up your branch</source>
        <translation>欢迎使用 branchdesk：设置您的团支部</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="96"/>
        <source>Sample data not loaded</source>
        <translation>未能载入示例数据</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../forms/import_preview_dialog.ui" line="6"/>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <location filename="../../forms/import_preview_dialog.ui" line="23"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../forms/import_preview_dialog.ui" line="40"/>
        <source>Save rows with errors…</source>
        <translation>导出错误行…</translation>
    </message>
    <message>
        <location filename="../../forms/import_preview_dialog.ui" line="51"/>
        <source>Import valid rows only</source>
        <translation>只导入无错误的行</translation>
    </message>
    <message>
        <location filename="../../forms/import_preview_dialog.ui" line="56"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../forms/import_preview_dialog.ui" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="72"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="87"/>
        <source>File: %1 (sheet “%2”)</source>
        <translation>文件：%1（工作表“%2”）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="92"/>
        <source>&lt;b&gt;%1&lt;/b&gt; new</source>
        <translation>新增 &lt;b&gt;%1&lt;/b&gt; 人</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="93"/>
        <source>&lt;b&gt;%1&lt;/b&gt; to update</source>
        <translation>更新 &lt;b&gt;%1&lt;/b&gt; 人</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="94"/>
        <source>&lt;b&gt;%1&lt;/b&gt; unchanged</source>
        <translation>无变化 &lt;b&gt;%1&lt;/b&gt; 人</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="100"/>
        <source>&lt;b&gt;%1&lt;/b&gt; with errors</source>
        <translation>有错误 &lt;b&gt;%1&lt;/b&gt; 行</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="106"/>
        <source>Rows with errors stop the import. Fix them in the file and import again, or import only the valid rows.</source>
        <translation>有错误的行会阻止导入。请在文件中改正后重新导入，或选择只导入无错误的行。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="110"/>
        <source>Columns not recognised (ignored): %1</source>
        <translation>未识别的列（已忽略）：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="126"/>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="129"/>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="140"/>
        <source>Import valid rows only?</source>
        <translation>只导入无错误的行？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="141"/>
        <source>%1 row(s) with errors will be skipped. Import the other rows?</source>
        <translation>将跳过 %1 行有错误的数据。是否导入其余各行？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="144"/>
        <source>Import valid rows</source>
        <translation>导入无错误的行</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="153"/>
        <source>Save rows with errors</source>
        <translation>导出错误行</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="153"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="160"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="36"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="38"/>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="39"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="40"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="41"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="42"/>
        <source>Joined</source>
        <translation>入团年月</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="43"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="46"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="47"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="48"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="49"/>
        <source>Error: not imported</source>
        <translation>有错误，不导入</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui" line="29"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="39"/>
        <source>&amp;Members</source>
        <translation>团员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="49"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="57"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="71"/>
        <source>&amp;Import roster from Excel…</source>
        <translation>从 Excel 导入名册(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="75"/>
        <source>&amp;Export roster (智慧团建 layout)…</source>
        <translation>导出名册（智慧团建格式）(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="79"/>
        <source>Export roster (&amp;all fields)…</source>
        <translation>导出名册（全部字段）(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="82"/>
        <source>&amp;Branch details…</source>
        <translation>团支部信息(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="85"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="89"/>
        <source>&amp;New member</source>
        <translation>新增团员(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="93"/>
        <source>&amp;Edit member</source>
        <translation>编辑团员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="97"/>
        <source>&amp;Delete member</source>
        <translation>删除团员(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="101"/>
        <source>&amp;Restore member</source>
        <translation>恢复团员(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="105"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="110"/>
        <source>Show &amp;recycle bin</source>
        <translation>显示回收站(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="113"/>
        <source>&amp;About branchdesk</source>
        <translation>关于 branchdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="47"/>
        <source>Member roster</source>
        <translation>团员名册</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="81"/>
        <source>%1 — branchdesk</source>
        <translation>%1 — branchdesk</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="82"/>
        <source>Data: %1</source>
        <translation>数据目录：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="103"/>
        <location filename="../../src/branchdesk/ui/main_window.py" line="123"/>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="117"/>
        <source>Cannot open member</source>
        <translation>无法打开该团员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/main_window.py" line="132"/>
        <source>Move %n member(s) to the recycle bin?
%1

They can be restored from Members → Show recycle bin.</source>
        <translation>
            <numerusform>将 %n 名团员移入回收站？
%1

可在“团员 → 显示回收站”中恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="137"/>
        <source>Delete members</source>
        <translation>删除团员</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="137"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="142"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/main_window.py" line="146"/>
        <source>%n member(s) moved to the recycle bin</source>
        <translation>
            <numerusform>已将 %n 名团员移入回收站</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="156"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/main_window.py" line="159"/>
        <source>%n member(s) restored</source>
        <translation>
            <numerusform>已恢复 %n 名团员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="174"/>
        <source>Import roster</source>
        <translation>导入团员名册</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="176"/>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="187"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="188"/>
        <source>New: %1
Updated: %2
Unchanged: %3
Skipped (errors): %4</source>
        <translation>新增：%1 人
更新：%2 人
无变化：%3 人
跳过（有错误）：%4 行</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="199"/>
        <source>Export roster</source>
        <translation>导出团员名册</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="199"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="209"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="213"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/main_window.py" line="215"/>
        <source>%n member(s) written to
%1

The file contains personal data (ID numbers, phone numbers): share it only with those who need it.</source>
        <translation>
            <numerusform>已将 %n 名团员导出到
%1

该文件含有个人信息（身份证号、手机号码），请仅提供给确有需要的人员。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="242"/>
        <source>About branchdesk</source>
        <translation>关于 branchdesk</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="244"/>
        <source>branchdesk %1
The offline ledger of a Communist Youth League branch.

Data directory: %2

UI font: WenQuanYi Micro Hei (Apache License 2.0).</source>
        <translation>branchdesk %1
团支部离线台账。

数据目录：%2

界面字体：文泉驿微米黑（Apache License 2.0）。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../forms/member_dialog.ui" line="6"/>
        <source>Member</source>
        <translation>团员</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="10"/>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="12"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="13"/>
        <source>e.g. Zhang San</source>
        <translation>例如：张三</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="14"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="15"/>
        <source>18 characters; fills date of birth and sex</source>
        <translation>18位，自动填出生日期和性别</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="16"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="18"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="20"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="21"/>
        <source>e.g. 2004-03-15</source>
        <translation>例如：2004-03-15</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="22"/>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="24"/>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="25"/>
        <source>11 digits</source>
        <translation>11位数字</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="26"/>
        <source>Household registration</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="31"/>
        <source>League membership</source>
        <translation>团籍信息</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="33"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="35"/>
        <source>Joined the League</source>
        <translation>入团年月</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="36"/>
        <source>e.g. 2018-05</source>
        <translation>例如：2018-05</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="37"/>
        <source>Development number</source>
        <translation>团员发展编号</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="38"/>
        <source>12 digits starting with the year joined</source>
        <translation>12位数字，前4位为入团年份</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="39"/>
        <source>Member card number</source>
        <translation>团员证编号</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="40"/>
        <source>8 digits</source>
        <translation>8位数字</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="41"/>
        <source>Unit when joining</source>
        <translation>入团时所在单位</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="43"/>
        <source>League group</source>
        <translation>团小组</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="45"/>
        <source>Membership status</source>
        <translation>团籍状态</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="50"/>
        <source>Education and work</source>
        <translation>学历与职业</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="52"/>
        <source>Full-time education</source>
        <translation>全日制学历</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="54"/>
        <source>Highest education</source>
        <translation>最高学历</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="56"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="61"/>
        <source>League post</source>
        <translation>团内职务</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="63"/>
        <source>Post in the League</source>
        <translation>团内职务</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="65"/>
        <source>In post since</source>
        <translation>任职年月</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="66"/>
        <source>e.g. 2024-09</source>
        <translation>例如：2024-09</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="70"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="68"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="72"/>
        <source>New member</source>
        <translation>新增团员</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="74"/>
        <source>Edit member: %1</source>
        <translation>编辑团员：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="157"/>
        <source>(not set)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="347"/>
        <source>Save with warnings?</source>
        <translation>仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="348"/>
        <source>Please check:</source>
        <translation>请核实以下内容：</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="349"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="362"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../forms/member_page.ui" line="9"/>
        <location filename="../../src/branchdesk/ui/member_page.py" line="64"/>
        <source>Member roster</source>
        <translation>团员名册</translation>
    </message>
    <message>
        <location filename="../../forms/member_page.ui" line="16"/>
        <source>Search by name, pinyin initials, ID or phone (Ctrl+F)</source>
        <translation>按姓名、拼音首字母、身份证号或手机号搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../forms/member_page.ui" line="23"/>
        <source>Status</source>
        <translation>团籍状态</translation>
    </message>
    <message>
        <location filename="../../forms/member_page.ui" line="30"/>
        <source>Group</source>
        <translation>团小组</translation>
    </message>
    <message>
        <location filename="../../forms/member_page.ui" line="37"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../forms/member_page.ui" line="44"/>
        <source>Age limit</source>
        <translation>超龄</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/member_page.py" line="55"/>
        <source>All groups</source>
        <translation>全部团小组</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/member_page.py" line="64"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/member_page.py" line="110"/>
        <source>In the League</source>
        <translation>在册团员</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/member_page.py" line="111"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/member_page.py" line="115"/>
        <location filename="../../src/branchdesk/ui/member_page.py" line="119"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/member_page.py" line="120"/>
        <source>Over the age limit</source>
        <translation>已超龄</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/member_page.py" line="121"/>
        <source>Reaching it soon</source>
        <translation>即将超龄</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/member_page.py" line="122"/>
        <source>Over or soon</source>
        <translation>已超龄或即将超龄</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/member_page.py" line="206"/>
        <source>%n deleted member(s); select and press Ctrl+R to restore</source>
        <translation>
            <numerusform>回收站中有 %n 名团员；选中后按 Ctrl+R 恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/member_page.py" line="208"/>
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="63"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="64"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="65"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="66"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="67"/>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="68"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="69"/>
        <source>Joined</source>
        <translation>入团年月</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="70"/>
        <source>League post</source>
        <translation>团内职务</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="71"/>
        <source>Group</source>
        <translation>团小组</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="72"/>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="73"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="74"/>
        <source>Status</source>
        <translation>团籍状态</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="159"/>
        <source>Has reached the age limit and holds no post: should leave the League</source>
        <translation>已达超龄离团年龄且无团内职务，应办理超龄离团</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="162"/>
        <source>Reaches the age limit soon</source>
        <translation>即将达到超龄离团年龄</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="203"/>
        <source>%1 (party member)</source>
        <translation>%1（保留团籍）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/branchdesk/app.py" line="79"/>
        <source>branchdesk cannot start</source>
        <translation>branchdesk 无法启动</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/branchdesk/ui/messages.py" line="10"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/messages.py" line="14"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>

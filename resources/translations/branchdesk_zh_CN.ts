<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../forms/about_dialog.ui" line="6"/>
        <source>About branchdesk</source>
        <translation>关于 branchdesk</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="18"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="23"/>
        <source>&amp;Open the data folder</source>
        <translation>打开数据文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="30"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="47"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="53"/>
        <source>The offline ledger of a Communist Youth League branch</source>
        <translation>团支部的离线工作台账</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="70"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="71"/>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="72"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="73"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="77"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="81"/>
        <source>branchdesk is free software: you may use, share and change it under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>branchdesk 是自由软件：您可以依照 GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）使用、分发和修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="87"/>
        <source>Where your data lives</source>
        <translation>数据存放在哪里</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="91"/>
        <source>Everything is kept on this computer in one file; nothing is sent anywhere. Back it up, and hand it over to your successor with File → Handover.</source>
        <translation>全部数据保存在本机的一个文件中，不会发送到任何地方。请定期备份；换届时用“文件 → 换届移交”交给继任者。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="98"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="106"/>
        <source>Third-party components</source>
        <translation>第三方组件</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/about_dialog.py" line="126"/>
        <source>(the licence file %1 is missing)</source>
        <translation>（缺少许可证文件 %1）</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="114"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="115"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="116"/>
        <source>Title / theme</source>
        <translation>会议名称/主题</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="117"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="118"/>
        <source>Reason</source>
        <translation>原因说明</translation>
    </message>
</context>
<context>
    <name>AgedOutDialog</name>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>28 on</source>
        <translation>满28周岁日期</translation>
    </message>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>Post</source>
        <translation>团内职务</translation>
    </message>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>Skipped because</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>e.g. 2026-06-10</source>
        <translation>如 2026-06-10</translation>
    </message>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>Deciding meeting</source>
        <translation>决定会议</translation>
    </message>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>Approved on</source>
        <translation>上级批准日期</translation>
    </message>
    <message>
        <location filename="../../forms/aged_out_dialog.ui" line="4"/>
        <source>Aged out</source>
        <translation>超龄离团</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="229"/>
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="234"/>
        <source>%1 member(s) have reached 28 without a post and will leave the League. Members holding a post keep their membership until they leave it and are skipped.</source>
        <translation>%1 名团员已满28周岁且未担任团内职务，将办理超龄离团。担任团内职务的团员保留团籍至离任，本次跳过。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="253"/>
        <source>Process %1</source>
        <translation>办理 %1 人</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="262"/>
        <source>Leaving date</source>
        <translation>离团日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="264"/>
        <source>Approval date</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="274"/>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="277"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Applicant</source>
        <translation>入团申请人</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>18 characters; fills date of birth and sex</source>
        <translation>18位，自动填出生日期和性别</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="160"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>e.g. 2026-06-10</source>
        <translation>如 2026-06-10</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Group</source>
        <translation>团小组</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Talked on</source>
        <translation>谈话日期</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Contact 1</source>
        <translation>培养联系人一</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Contact 2</source>
        <translation>培养联系人二</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Introducer 1</source>
        <translation>入团介绍人一</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Introducer 2</source>
        <translation>入团介绍人二</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>League classes attended (before admission)</source>
        <translation>参加的团课（团前教育）</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Add branch League class</source>
        <translation>添加本支部团课</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Title of a League class held elsewhere</source>
        <translation>外出参加的团课名称</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Where</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_dialog.ui" line="4"/>
        <source>Remove course</source>
        <translation>删除团课</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="71"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="101"/>
        <source>New applicant</source>
        <translation>新的入团申请人</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="104"/>
        <source>League classes attended (after saving)</source>
        <translation>参加的团课（保存后填写）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="136"/>
        <source>Branch League class</source>
        <translation>本支部团课</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="145"/>
        <source>League classes: %1 of %2 class hours</source>
        <translation>团课合计 %1 学时（须 %2 学时）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="158"/>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="163"/>
        <source>Talk date</source>
        <translation>谈话日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="114"/>
        <source>Applicant %1</source>
        <translation>发展对象：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="136"/>
        <source>Elsewhere</source>
        <translation>外出参加</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="190"/>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="193"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="211"/>
        <source>Class date</source>
        <translation>团课日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="213"/>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="234"/>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
</context>
<context>
    <name>ApplicantStepDialog</name>
    <message>
        <location filename="../../forms/applicant_step_dialog.ui" line="4"/>
        <source>Next stage</source>
        <translation>转入下一阶段</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_step_dialog.ui" line="4"/>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="298"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_step_dialog.ui" line="4"/>
        <source>e.g. 2026-06-10</source>
        <translation>如 2026-06-10</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_step_dialog.ui" line="4"/>
        <source>Branch general meeting</source>
        <translation>支部大会</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_step_dialog.ui" line="4"/>
        <source>Development number</source>
        <translation>团员发展编号</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_step_dialog.ui" line="4"/>
        <source>12 digits, starting with the year of the branch general meeting</source>
        <translation>12位数字，前四位为支部大会所在年份</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_step_dialog.ui" line="4"/>
        <source>Approved on</source>
        <translation>上级批准日期</translation>
    </message>
    <message>
        <location filename="../../forms/applicant_step_dialog.ui" line="4"/>
        <source>Checks</source>
        <translation>条件核对</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="260"/>
        <source>%1 is at the stage %2, which has no next stage</source>
        <translation>%1已%2，没有下一阶段</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="266"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="272"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="326"/>
        <location filename="../../src/branchdesk/ui/dialogs/applicant_dialog.py" line="329"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../src/branchdesk/ui/models/attendance_model.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/attendance_model.py" line="47"/>
        <source>Group</source>
        <translation>团小组</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/attendance_model.py" line="48"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/attendance_model.py" line="49"/>
        <source>Reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/attendance_model.py" line="122"/>
        <source>Observer</source>
        <translation>列席</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/attendance_model.py" line="125"/>
        <source>Observer (no vote)</source>
        <translation>列席（无表决权）</translation>
    </message>
</context>
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
        <location filename="../../forms/branch_dialog.ui" line="26"/>
        <source>Industry of the unit</source>
        <translation>单位所属行业类别</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="27"/>
        <source>The unit&apos;s industry category in the League statistics</source>
        <translation>团内统计中单位所属的行业类别</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="28"/>
        <source>Statistical field</source>
        <translation>统计领域</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="29"/>
        <source>The field the annual return counts the branch in; by default it follows the industry</source>
        <translation>团内统计表中本支部所属的领域；默认按行业类别确定</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="30"/>
        <source>School stage</source>
        <translation>学段</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="31"/>
        <source>Schools only: the stage of the graduating classes, which sets the limit on the ratio of League members to students</source>
        <translation>仅学校团支部填写：毕业年级所属学段，决定团学比的上限</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="32"/>
        <source>Number of students</source>
        <translation>学生人数</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="33"/>
        <source>Schools only: used to check the ratio of League members to students when recruiting</source>
        <translation>仅学校团支部填写：发展团员时用于检查团学比</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="52"/>
        <source>Try with sample data</source>
        <translation>使用示例数据体验</translation>
    </message>
    <message>
        <location filename="../../forms/branch_dialog.ui" line="33"/>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="34"/>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="40"/>
        <source>(not set)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="47"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="51"/>
        <source>Welcome to branchdesk: set up your branch</source>
        <translation>欢迎使用 branchdesk：设置您的团支部</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="121"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="123"/>
        <source>(follows the industry)</source>
        <translation>（按行业类别确定）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/branch_dialog.py" line="143"/>
        <source>Sample data not loaded</source>
        <translation>未能载入示例数据</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="29"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="29"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="29"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="29"/>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="32"/>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="33"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="34"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="35"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="36"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="37"/>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="38"/>
        <source>Redone</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="39"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="40"/>
        <source>Admitted</source>
        <translation>已接收入团</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="41"/>
        <source>Status change</source>
        <translation>团籍变动</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="44"/>
        <source>Member</source>
        <translation>团员</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="45"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="46"/>
        <source>Evaluation</source>
        <translation>评议</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="47"/>
        <source>League registration</source>
        <translation>团籍注册</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../src/branchdesk/ui/i18n.py" line="25"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/i18n.py" line="30"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/i18n.py" line="35"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/i18n.py" line="40"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/i18n.py" line="45"/>
        <source>%1 is required</source>
        <translation>请填写%1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="6"/>
        <source>branchdesk ran into a problem</source>
        <translation>branchdesk 出错了</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="11"/>
        <source>Something went wrong in branchdesk</source>
        <translation>branchdesk 遇到了意外错误</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="17"/>
        <source>branchdesk hit an unexpected error. This is a fault in the program, not something you did wrong.</source>
        <translation>branchdesk 遇到了一个意外错误。这是程序本身的问题，不是您操作有误。</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="23"/>
        <source>The data you have already saved is safe: every save is written as one complete transaction, and branchdesk keeps automatic backups of its data. Only what you were typing and had not saved yet may be lost.</source>
        <translation>已经保存的数据是安全的：每次保存都作为一个完整的事务写入，branchdesk 还会自动备份数据。只有出错时正在填写、尚未保存的内容可能丢失。</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="29"/>
        <source>What to do: click “Copy details” and send the text to whoever supports you (by e-mail or chat), with a sentence on what you were doing. Then close this window; if the error comes back, save your work and restart branchdesk.</source>
        <translation>请点击“复制详情”，把内容发给为您提供技术支持的人（例如通过电子邮件或微信），并简单说明当时在做什么。然后关闭本窗口；如果错误反复出现，请保存已填写的内容并重新启动 branchdesk。</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="34"/>
        <source>Details (ID numbers are hidden):</source>
        <translation>详细信息（身份证号已隐去中间位）：</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="55"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="60"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/crash_dialog.py" line="60"/>
        <source>The details are on the clipboard.</source>
        <translation>详细信息已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/crash_dialog.py" line="65"/>
        <source>The log folder could not be opened. It is: %1</source>
        <translation>无法打开日志文件夹。它的位置是：%1</translation>
    </message>
</context>
<context>
    <name>DisciplineDialog</name>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Discipline</source>
        <translation>团纪处分</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Ends on</source>
        <translation>期满日期</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>e.g. 2026-06-10</source>
        <translation>如 2026-06-10</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Conclude probation</source>
        <translation>作出察看结论</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Probation</source>
        <translation>察看期限</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Facts and reasons</source>
        <translation>事实和理由</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Deciding meeting</source>
        <translation>决定会议</translation>
    </message>
    <message>
        <location filename="../../forms/discipline_dialog.ui" line="4"/>
        <source>Approved on</source>
        <translation>上级批准日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="304"/>
        <source>Discipline of %1</source>
        <translation>%1 的团纪处分</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="308"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="313"/>
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="335"/>
        <source> (in force)</source>
        <translation>（执行中）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="361"/>
        <source>Decision date</source>
        <translation>处分决定日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="366"/>
        <source>Approval date</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="395"/>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="398"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="389"/>
        <source>Conclusion date</source>
        <translation>结论日期</translation>
    </message>
</context>
<context>
    <name>GraduationDialog</name>
    <message>
        <location filename="../../forms/graduation_dialog.ui" line="6"/>
        <source>Graduation and destination</source>
        <translation>毕业时间和去向</translation>
    </message>
    <message>
        <location filename="../../forms/graduation_dialog.ui" line="11"/>
        <source>Graduation (year-month)</source>
        <translation>毕业时间（年-月）</translation>
    </message>
    <message>
        <location filename="../../forms/graduation_dialog.ui" line="13"/>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../forms/graduation_dialog.ui" line="15"/>
        <source>Receiving League organisation</source>
        <translation>转入团组织全称</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="210"/>
        <source>Set for %n member(s): %1</source>
        <translation>
            <numerusform>为 %n 名团员设置：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="213"/>
        <source>(unchanged)</source>
        <translation>（不修改）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="216"/>
        <source>empty: unchanged</source>
        <translation>留空：不修改</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="219"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="221"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="228"/>
        <source>Graduation month</source>
        <translation>毕业时间</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="6"/>
        <source>Handover</source>
        <translation>换届移交</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="12"/>
        <source>Hand over (export)</source>
        <translation>移交（导出）</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="17"/>
        <source>Writes the whole branch into one handover file: a consistent copy of the data with a list of record counts and a checksum. Give the file to the new secretary (USB stick, e-mail), who imports it with branchdesk. The file contains personal data.</source>
        <translation>把整个团支部的数据写入一个移交文件：一份完整一致的数据副本，附记录数清单和校验值。把文件交给新任团支部书记（U 盘、电子邮件），由其用 branchdesk 导入。文件中含有个人信息，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="24"/>
        <source>&amp;Outgoing secretary:</source>
        <translation>移交人（原团支部书记）(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="33"/>
        <source>&amp;Incoming secretary:</source>
        <translation>接收人（新任团支部书记）(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="42"/>
        <source>Handover &amp;file:</source>
        <translation>移交文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="53"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="64"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="69"/>
        <source>&amp;Print handover list…</source>
        <translation>打印移交清单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="96"/>
        <source>Take over (import)</source>
        <translation>接收（导入）</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="101"/>
        <source>Choose the handover file you received. It is checked (checksum, integrity, version) before anything changes; importing replaces the data in this data directory, which is backed up first.</source>
        <translation>请选择收到的移交文件。导入前先核对文件（校验值、完整性、版本），核对通过才会改动数据；导入会替换本数据目录中的数据，替换前先自动备份。</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="113"/>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="123"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="124"/>
        <source>In the file</source>
        <translation>文件中的内容</translation>
    </message>
    <message>
        <location filename="../../forms/handover_dialog.ui" line="137"/>
        <source>&amp;Import and replace the current data…</source>
        <translation>导入并替换当前数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="55"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="58"/>
        <source>%1-handover-%2</source>
        <translation>%1-换届移交-%2</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="95"/>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="105"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="95"/>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="110"/>
        <source>Written to %1
Checksum: %2 (first 16 characters of SHA-256)</source>
        <translation>已写入 %1
校验值：%2（SHA-256 前16位）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="116"/>
        <source>Handover file written</source>
        <translation>移交文件已写入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="118"/>
        <source>The handover file has been written to
%1

Print the handover list for both secretaries and the higher League committee to sign?</source>
        <translation>移交文件已写入
%1

现在打印移交清单，供新老团支部书记和上级团委签字吗？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="121"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="131"/>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="140"/>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="213"/>
        <source>Handover file</source>
        <translation>移交文件</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="142"/>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="215"/>
        <source>branchdesk handover file (*.bdh);;All files (*)</source>
        <translation>branchdesk 移交文件 (*.bdh);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="163"/>
        <source>✓ Checksum, integrity and version checked: the file is sound.</source>
        <translation>✓ 校验值、完整性和版本均已核对：文件完好。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="175"/>
        <source>Import the handover file of %1 (exported %2)?

The data in %3 is replaced. Before that, it is backed up to the backups folder, so it can be restored.

branchdesk must be started again afterwards.</source>
        <translation>导入“%1”的移交文件（导出于 %2）吗？

%3 中的数据将被替换。替换前会先备份到备份文件夹，需要时可以恢复。

导入后需要重新启动 branchdesk。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="183"/>
        <source>Import handover file</source>
        <translation>导入移交文件</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="183"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="188"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="192"/>
        <source>

The data from before is saved in
%1</source>
        <translation>

导入前的数据已保存在
%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="198"/>
        <source>Handover imported</source>
        <translation>移交文件已导入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="200"/>
        <source>The handover file has been imported (%1 members, %2 meetings). branchdesk closes now: start it again to work with the imported data.</source>
        <translation>移交文件已导入（团员记录 %1 条，会议 %2 次）。branchdesk 现在关闭，请重新启动以使用导入的数据。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="222"/>
        <source>Members (all records)</source>
        <translation>团员（全部记录）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="223"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="224"/>
        <source>Evaluations</source>
        <translation>评议</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="225"/>
        <source>Registrations</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="226"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="230"/>
        <source>Branches</source>
        <translation>团支部</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="231"/>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="232"/>
        <source>Outgoing secretary</source>
        <translation>移交人（原团支部书记）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="233"/>
        <source>Incoming secretary</source>
        <translation>接收人（新任团支部书记）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="235"/>
        <source>Other records</source>
        <translation>其他记录</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="236"/>
        <source>Checksum</source>
        <translation>校验值</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/handover_dialog.py" line="237"/>
        <source>Written by</source>
        <translation>导出软件</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../forms/history_dialog.ui" line="6"/>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="119"/>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../forms/history_dialog.ui" line="16"/>
        <source>&amp;Changes, newest first</source>
        <translation>修改记录，最新的在前(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/history_dialog.ui" line="32"/>
        <source>&amp;Old and new values of the selected change</source>
        <translation>所选修改的原值和新值(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/history_dialog.ui" line="48"/>
        <source>Edit → Undo takes back the changes made since the window opened.</source>
        <translation>“编辑 → 撤销”可以撤回本窗口打开以来所做的修改。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="120"/>
        <source>History of this record</source>
        <translation>本记录的修改记录</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="122"/>
        <source>Recent changes</source>
        <translation>最近的修改</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="123"/>
        <source>The latest changes in this branch</source>
        <translation>本团支部最近的修改</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="139"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="139"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/history_dialog.py" line="139"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../forms/home_page.ui" line="10"/>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../forms/home_page.ui" line="18"/>
        <source>Meetings and classes calendar</source>
        <translation>三会两制一课日历</translation>
    </message>
    <message>
        <location filename="../../forms/home_page.ui" line="32"/>
        <source>Members to watch</source>
        <translation>需要关注的团员</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/home_page.py" line="56"/>
        <source>✓ done · ! overdue · … due · blank: later</source>
        <translation>✓ 已完成 · ! 已逾期 · … 待完成 · 空白：尚未到期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/home_page.py" line="84"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/home_page.py" line="99"/>
        <source>%1: no League activity for a long time (risk of lapsing)</source>
        <translation>%1：长期未参加组织生活（有自行脱团风险）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/home_page.py" line="106"/>
        <source>%n more member(s) at risk of lapsing</source>
        <translation>
            <numerusform>另有 %n 名团员长期未参加组织生活（有自行脱团风险）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/home_page.py" line="109"/>
        <source>%n member(s) over the age limit without a post</source>
        <translation>
            <numerusform>有 %n 名团员已超龄且无团内职务，应办理超龄离团</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/home_page.py" line="136"/>
        <source>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec</source>
        <translation>1 月|2 月|3 月|4 月|5 月|6 月|7 月|8 月|9 月|10 月|11 月|12 月</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/home_page.py" line="149"/>
        <source>%1: %2 of %3 held</source>
        <translation>%1：应开 %3 次，已开 %2 次</translation>
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
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="73"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="88"/>
        <source>File: %1 (sheet “%2”)</source>
        <translation>文件：%1（工作表“%2”）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="93"/>
        <source>&lt;b&gt;%1&lt;/b&gt; new</source>
        <translation>新增 &lt;b&gt;%1&lt;/b&gt; 人</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="94"/>
        <source>&lt;b&gt;%1&lt;/b&gt; to update</source>
        <translation>更新 &lt;b&gt;%1&lt;/b&gt; 人</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="95"/>
        <source>&lt;b&gt;%1&lt;/b&gt; unchanged</source>
        <translation>无变化 &lt;b&gt;%1&lt;/b&gt; 人</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="101"/>
        <source>&lt;b&gt;%1&lt;/b&gt; with errors</source>
        <translation>有错误 &lt;b&gt;%1&lt;/b&gt; 行</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="107"/>
        <source>Rows with errors stop the import. Fix them in the file and import again, or import only the valid rows.</source>
        <translation>有错误的行会阻止导入。请在文件中改正后重新导入，或选择只导入无错误的行。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>Columns not recognised (ignored): %1</source>
        <translation>未识别的列（已忽略）：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="127"/>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="130"/>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="141"/>
        <source>Import valid rows only?</source>
        <translation>只导入无错误的行？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="142"/>
        <source>%1 row(s) with errors will be skipped. Import the other rows?</source>
        <translation>将跳过 %1 行有错误的数据。是否导入其余各行？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="145"/>
        <source>Import valid rows</source>
        <translation>导入无错误的行</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="152"/>
        <source>%1_rows with errors.xlsx</source>
        <translation>%1_错误行.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="156"/>
        <source>Save rows with errors</source>
        <translation>导出错误行</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="156"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/import_preview_dialog.py" line="163"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="37"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="39"/>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="40"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="41"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="42"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="43"/>
        <source>Joined</source>
        <translation>入团年月</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="44"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="48"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="49"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="50"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/import_rows_model.py" line="51"/>
        <source>Error: not imported</source>
        <translation>有错误，不导入</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../forms/leave_dialog.ui" line="4"/>
        <source>Leave the League</source>
        <translation>办理离团</translation>
    </message>
    <message>
        <location filename="../../forms/leave_dialog.ui" line="4"/>
        <source>How</source>
        <translation>离团方式</translation>
    </message>
    <message>
        <location filename="../../forms/leave_dialog.ui" line="4"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/leave_dialog.ui" line="4"/>
        <source>e.g. 2026-06-10</source>
        <translation>如 2026-06-10</translation>
    </message>
    <message>
        <location filename="../../forms/leave_dialog.ui" line="4"/>
        <source>Reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location filename="../../forms/leave_dialog.ui" line="4"/>
        <source>Deciding meeting</source>
        <translation>决定会议</translation>
    </message>
    <message>
        <location filename="../../forms/leave_dialog.ui" line="4"/>
        <source>Approved on</source>
        <translation>上级批准日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="170"/>
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>共 %n 名团员：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="175"/>
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="179"/>
        <source>Lapsing: %1 months in a row without paying dues or taking part in League activity. branchdesk keeps no dues ledger: check the dues record before deciding.</source>
        <translation>自行脱团：连续%1个月不交纳团费或不过组织生活。本软件不记录团费，请先核对团费缴纳记录再作决定。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="196"/>
        <source>Leaving date</source>
        <translation>离团日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="200"/>
        <source>Approval date</source>
        <translation>批准日期</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="36"/>
        <source>&amp;Leave the League…</source>
        <translation>办理离团(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="38"/>
        <source>&amp;Discipline…</source>
        <translation>团纪处分(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="75"/>
        <source>%1 left the League</source>
        <translation>%1 已办理离团</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="83"/>
        <source>No member in the League has reached 28.</source>
        <translation>没有已满28周岁的在团团员。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="37"/>
        <source>Age out everyone past &amp;28…</source>
        <translation>超龄离团（已满28周岁）(&amp;2)…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="39"/>
        <source>Recommend to the Party…</source>
        <translation>推优入党…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="83"/>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="93"/>
        <source>Aged out</source>
        <translation>超龄离团</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="88"/>
        <source>%n member(s) left the League for age</source>
        <translation>
            <numerusform>%n 名团员已办理超龄离团</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="90"/>
        <source>; kept: %1</source>
        <translation>；保留团籍：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/lifecycle_actions.py" line="110"/>
        <source>Cannot open member</source>
        <translation>无法打开该团员</translation>
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
        <location filename="../../forms/main_window.ui" line="45"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="52"/>
        <source>&amp;Members</source>
        <translation>团员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="64"/>
        <source>Mee&amp;tings</source>
        <translation>会议(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="68"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="78"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="94"/>
        <source>&amp;Import roster from Excel…</source>
        <translation>从 Excel 导入名册(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="102"/>
        <source>Export roster (&amp;all fields)…</source>
        <translation>导出名册（全部字段）(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="105"/>
        <source>&amp;Print forms and returns…</source>
        <translation>打印报表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="109"/>
        <source>Backups and &amp;restore…</source>
        <translation>备份与恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="98"/>
        <source>&amp;Export roster (Smart League layout)…</source>
        <translation>导出名册（智慧团建格式）(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112"/>
        <source>&amp;Handover…</source>
        <translation>换届移交(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="115"/>
        <source>&amp;Branch details…</source>
        <translation>团支部信息(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118"/>
        <source>&amp;Rule settings…</source>
        <translation>规则设置(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="121"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="125"/>
        <source>&amp;New member</source>
        <translation>新增团员(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="129"/>
        <source>&amp;Edit member</source>
        <translation>编辑团员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="133"/>
        <source>Member&apos;s League &amp;activity…</source>
        <translation>团员组织生活记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="137"/>
        <source>&amp;Delete member</source>
        <translation>删除团员(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="141"/>
        <source>&amp;Restore member</source>
        <translation>恢复团员(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="145"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="150"/>
        <source>Show &amp;recycle bin</source>
        <translation>显示回收站(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="153"/>
        <source>&amp;Record a meeting…</source>
        <translation>记录会议(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="157"/>
        <source>Pass&amp;phrase…</source>
        <translation>启动口令(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="161"/>
        <source>Show &amp;full ID numbers</source>
        <translation>显示完整身份证号(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="165"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="169"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="173"/>
        <source>&amp;History…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="176"/>
        <source>&amp;About branchdesk</source>
        <translation>关于 branchdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="79"/>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="80"/>
        <source>Member roster</source>
        <translation>团员名册</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="81"/>
        <source>Meetings and classes</source>
        <translation>三会两制一课</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="82"/>
        <source>Evaluation and registration</source>
        <translation>评议与注册</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="83"/>
        <source>Recruitment</source>
        <translation>发展团员</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="84"/>
        <source>Transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="85"/>
        <source>Star rating</source>
        <translation>对标定级</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="86"/>
        <source>Forms and returns</source>
        <translation>报表打印</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="134"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="146"/>
        <source>Transfer out…</source>
        <translation>办理组织关系转出…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="157"/>
        <source>%1 — branchdesk</source>
        <translation>%1 — branchdesk</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="158"/>
        <source>Data: %1</source>
        <translation>数据目录：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="189"/>
        <location filename="../../src/branchdesk/ui/main_window.py" line="217"/>
        <location filename="../../src/branchdesk/ui/main_window.py" line="297"/>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="211"/>
        <location filename="../../src/branchdesk/ui/main_window.py" line="240"/>
        <location filename="../../src/branchdesk/ui/main_window.py" line="444"/>
        <source>Cannot open member</source>
        <translation>无法打开该团员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/main_window.py" line="249"/>
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
        <location filename="../../src/branchdesk/ui/main_window.py" line="254"/>
        <source>Delete members</source>
        <translation>删除团员</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="254"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="259"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/main_window.py" line="263"/>
        <source>%n member(s) moved to the recycle bin</source>
        <translation>
            <numerusform>已将 %n 名团员移入回收站</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="273"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/main_window.py" line="276"/>
        <source>%n member(s) restored</source>
        <translation>
            <numerusform>已恢复 %n 名团员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="303"/>
        <source>Cannot open the record</source>
        <translation>无法打开该记录</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="323"/>
        <source>Import roster</source>
        <translation>导入团员名册</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="325"/>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="336"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="337"/>
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
        <location filename="../../src/branchdesk/ui/main_window.py" line="345"/>
        <source>Smart League layout</source>
        <translation>智慧团建格式</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="345"/>
        <source>all fields</source>
        <translation>全部字段</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="347"/>
        <source>%1 roster (%2).xlsx</source>
        <translation>%1团员名册（%2）.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="350"/>
        <source>Export roster</source>
        <translation>导出团员名册</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="350"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="360"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="364"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/main_window.py" line="366"/>
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
        <location filename="../../src/branchdesk/ui/main_window.py" line="415"/>
        <source>Passphrase set: branchdesk asks for it at the next start.</source>
        <translation>口令已设置，下次启动 branchdesk 时将要求输入。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="416"/>
        <source>Passphrase changed.</source>
        <translation>口令已修改。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="417"/>
        <source>Passphrase removed.</source>
        <translation>口令已删除。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="427"/>
        <source>Full ID numbers are shown. Members → Show full ID numbers hides them.</source>
        <translation>正在显示完整身份证号。再次点击“团员 → 显示完整身份证号”即可隐藏。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="446"/>
        <source>Changes of %1</source>
        <translation>“%1”的修改记录</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="492"/>
        <source>Settings saved. The new language applies the next time branchdesk starts.</source>
        <translation>设置已保存。新的界面语言在下次启动 branchdesk 时生效。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/main_window.py" line="494"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="6"/>
        <source>Meeting record</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="10"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="12"/>
        <source>Title / theme</source>
        <translation>会议名称/主题</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="14"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="15"/>
        <source>e.g. 2026-03-15</source>
        <translation>例如：2026-03-15</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="16"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="24"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="28"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="31"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="33"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="35"/>
        <source>League group</source>
        <translation>团小组</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="37"/>
        <source>Lecturer</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="39"/>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="47"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="52"/>
        <source>Everyone is present by default. In the list: Space cycles present / on leave / absent; 1, 2, 3 set them; type the reason in the last column.</source>
        <translation>默认全部出席。在名单中按空格键可在“出席/请假/缺席”间切换，按 1、2、3 直接设置；原因填在最后一列。</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="65"/>
        <source>All present</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="66"/>
        <source>Add observer (not a member)</source>
        <translation>添加列席人员（非团员）</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="68"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="69"/>
        <source>Remove observer</source>
        <translation>删除列席人员</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="76"/>
        <source>Agenda and content</source>
        <translation>议题与内容</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="78"/>
        <source>Agenda items</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="89"/>
        <source>Add agenda item</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="90"/>
        <source>Remove agenda item</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="94"/>
        <source>Content and main points of the discussion</source>
        <translation>会议内容与发言要点</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="96"/>
        <source>Decisions</source>
        <translation>会议决议</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="101"/>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="106"/>
        <source>One line per resolution; admitting new members is voted one candidate per line. Expected, present and entitled are filled from the attendance; correct them if they differ.</source>
        <translation>每项决议一行；接收新团员须逐个表决，每人一行。应到、实到、有表决权人数按出席情况自动填写，如有出入可修改。</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="116"/>
        <source>Add resolution</source>
        <translation>添加表决事项</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="117"/>
        <source>Remove resolution</source>
        <translation>删除表决事项</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="125"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="127"/>
        <source>Photos and scanned sign-in sheets are stored inside the data file, so they cannot get lost.</source>
        <translation>照片、签到表扫描件等保存在数据文件中，不会因原文件被移动或删除而丢失。</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="131"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="132"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="133"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="144"/>
        <source>Copy previous meeting&apos;s setup</source>
        <translation>沿用上次会议设置</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="115"/>
        <source>Meeting record: %1</source>
        <translation>会议记录：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="118"/>
        <source>Record a meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="164"/>
        <source>(whole branch)</source>
        <translation>（全支部）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="177"/>
        <source>Agenda type</source>
        <translation>议题类型</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="177"/>
        <source>Agenda item text</source>
        <translation>议题内容</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="183"/>
        <source>Resolution</source>
        <translation>表决事项</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="184"/>
        <source>Vote type</source>
        <translation>表决类型</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="185"/>
        <source>Candidate / subject</source>
        <translation>表决对象</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="186"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="187"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="188"/>
        <source>Entitled</source>
        <translation>有表决权</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="189"/>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="190"/>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="191"/>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="192"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="199"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="279"/>
        <source>%1 “%2” is not a time; write it as 14:30</source>
        <translation>%1“%2”无法识别，请写作 14:30</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="305"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="467"/>
        <source>Add attachments</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="469"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="476"/>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="491"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="498"/>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="811"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="535"/>
        <source>Expected %1 · present %2 · on leave %3 · absent %4 · observers %5 · attendance %6</source>
        <translation>应到 %1 人 · 实到 %2 人 · 请假 %3 人 · 缺席 %4 人 · 列席 %5 人 · 到会率 %6</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="557"/>
        <source>The meeting date is not a date; write it as 2026-03-15</source>
        <translation>会议日期无法识别，请写作 2026-03-15</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="558"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="559"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="565"/>
        <source>Study hours must be a number, e.g. 1.5</source>
        <translation>学时应为数字，例如 1.5</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="638"/>
        <source>Vote %1: “%2” is not a number of people</source>
        <translation>第%1项表决：“%2”不是人数</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="698"/>
        <source>no vote</source>
        <translation>未表决</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="700"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="702"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="704"/>
        <source>no quorum</source>
        <translation>到会人数不足</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="741"/>
        <source>Unsaved record found</source>
        <translation>发现未保存的记录</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="743"/>
        <source>A record of “%1” (%2) was being typed and not saved, probably because branchdesk or the computer stopped. Restore it?</source>
        <translation>“%1”（%2）的会议记录在录入过程中未保存，可能是程序或电脑意外关闭。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="748"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="772"/>
        <source>Nothing to copy</source>
        <translation>没有可沿用的设置</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="773"/>
        <source>No earlier meeting of this type has been recorded.</source>
        <translation>尚未记录过此类会议。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="793"/>
        <source>Save with warnings?</source>
        <translation>仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="794"/>
        <source>The record will keep what actually happened. Please check:</source>
        <translation>记录将如实保存会议情况。请核实：</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="797"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="825"/>
        <source>Discard this record?</source>
        <translation>放弃这条记录？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="826"/>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>录入的内容尚未保存，确定放弃吗？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/meeting_dialog.py" line="827"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../src/branchdesk/ui/models/meeting_list_model.py" line="24"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/meeting_list_model.py" line="25"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/meeting_list_model.py" line="26"/>
        <source>Title / theme</source>
        <translation>会议名称/主题</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/meeting_list_model.py" line="27"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/meeting_list_model.py" line="28"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/meeting_list_model.py" line="29"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/meeting_list_model.py" line="59"/>
        <source>A quorum or voting rule was not met: open the record for details</source>
        <translation>到会人数或表决结果不符合规定：打开记录查看详情</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../forms/meetings_page.ui" line="7"/>
        <source>Meetings and classes</source>
        <translation>三会两制一课</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_page.ui" line="10"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_page.ui" line="12"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_page.ui" line="15"/>
        <source>Record a meeting…</source>
        <translation>记录会议…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/meetings_page.py" line="46"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/meetings_page.py" line="78"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberActivityDialog</name>
    <message>
        <location filename="../../forms/member_activity_dialog.ui" line="6"/>
        <source>League activity</source>
        <translation>组织生活记录</translation>
    </message>
    <message>
        <location filename="../../forms/member_activity_dialog.ui" line="36"/>
        <source>Year by year</source>
        <translation>逐年情况</translation>
    </message>
    <message>
        <location filename="../../forms/member_activity_dialog.ui" line="52"/>
        <source>Meetings the member was expected at</source>
        <translation>应参加的会议</translation>
    </message>
    <message>
        <location filename="../../forms/member_activity_dialog.ui" line="69"/>
        <source>Double-click a meeting to open its record.</source>
        <translation>双击会议可打开会议记录。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="209"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="217"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="218"/>
        <source>Meetings attended</source>
        <translation>会议出席</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="219"/>
        <source>Attendance rate</source>
        <translation>到会率</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="220"/>
        <source>League class hours</source>
        <translation>团课学时</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="221"/>
        <source>Evaluation grade</source>
        <translation>评议等次</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="222"/>
        <source>Registration</source>
        <translation>注册结果</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="252"/>
        <source>League activity: %1</source>
        <translation>组织生活记录：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="257"/>
        <source>Last attended a meeting: %1</source>
        <translation>最近一次参加组织生活：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="259"/>
        <source>No meeting attended on record</source>
        <translation>暂无参加组织生活的记录</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="264"/>
        <source>League group: %1</source>
        <translation>团小组：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="265"/>
        <source>Post in the League: %1</source>
        <translation>团内职务：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="279"/>
        <source>No League activity for %1 consecutive months: risk of lapsing</source>
        <translation>已连续%1个月未参加组织生活，有自行脱团风险</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="316"/>
        <source>%1 recommended to the Party</source>
        <translation>%1 推优入党</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="322"/>
        <source>Membership history</source>
        <translation>团籍变动</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="299"/>
        <source>decided at %1</source>
        <translation>决定会议：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="304"/>
        <source> until %1</source>
        <translation>，至 %1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="358"/>
        <source>re-evaluate by %1</source>
        <translation>应于%1前重新评议</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="362"/>
        <source>Not evaluated (party member)</source>
        <translation>不参评（保留团籍的党员）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="365"/>
        <source>%1 (proposed, not yet approved)</source>
        <translation>%1（建议等次，未批准）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="378"/>
        <source>%1 until %2</source>
        <translation>%1（至%2）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_activity_dialog.py" line="393"/>
        <source>Cannot open the record</source>
        <translation>无法打开该记录</translation>
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
        <location filename="../../forms/member_dialog.ui" line="67"/>
        <source>Cadre type</source>
        <translation>团干部性质</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="68"/>
        <source>Full-time, part-time or seconded League cadre (only with a post)</source>
        <translation>专职、兼职或挂职团干部（仅在担任团内职务时填写）</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="72"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="77"/>
        <source>League activity…</source>
        <translation>组织生活记录…</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="78"/>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="77"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="81"/>
        <source>New member</source>
        <translation>新增团员</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="83"/>
        <source>Edit member: %1</source>
        <translation>编辑团员：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="90"/>
        <source>The membership status changes through Transfers or Members → Leave the League / Discipline, which record it in the status history.</source>
        <translation>团籍状态通过“组织关系转接”或“团员 → 办理离团 / 团纪处分”改变，并记入团籍变动记录。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="209"/>
        <source>(not set)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="258"/>
        <source>Ethnicity “%1” is not in the code list</source>
        <translation>民族“%1”不在代码表中</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="435"/>
        <source>Unsaved entry found</source>
        <translation>发现未保存的录入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="437"/>
        <source>The entry for “%1” was being typed and not saved, probably because branchdesk or the computer stopped. Restore it?</source>
        <translation>“%1”的信息在录入过程中未保存，可能是程序或电脑意外关闭。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="439"/>
        <source>(no name)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="440"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="457"/>
        <source>Save with warnings?</source>
        <translation>仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="458"/>
        <source>Please check:</source>
        <translation>请核实以下内容：</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="459"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/member_dialog.py" line="472"/>
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
        <location filename="../../src/branchdesk/ui/member_page.py" line="210"/>
        <source>%n deleted member(s); select and press Ctrl+R to restore</source>
        <translation>
            <numerusform>回收站中有 %n 名团员；选中后按 Ctrl+R 恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/member_page.py" line="212"/>
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="65"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="66"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="67"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="68"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="69"/>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="70"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="71"/>
        <source>Joined</source>
        <translation>入团年月</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="72"/>
        <source>League post</source>
        <translation>团内职务</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="73"/>
        <source>Group</source>
        <translation>团小组</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="74"/>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="75"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="76"/>
        <source>Status</source>
        <translation>团籍状态</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="168"/>
        <source>Has reached the age limit and holds no post: should leave the League</source>
        <translation>已达超龄离团年龄且无团内职务，应办理超龄离团</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="171"/>
        <source>Reaches the age limit soon</source>
        <translation>即将达到超龄离团年龄</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/models/member_table_model.py" line="214"/>
        <source>%1 (party member)</source>
        <translation>%1（保留团籍）</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../forms/passphrase_dialog.ui" line="6"/>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="138"/>
        <source>Passphrase</source>
        <translation>启动口令</translation>
    </message>
    <message>
        <location filename="../../forms/passphrase_dialog.ui" line="18"/>
        <source>&amp;Current passphrase:</source>
        <translation>当前口令(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../forms/passphrase_dialog.ui" line="30"/>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../forms/passphrase_dialog.ui" line="42"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation>再次输入新口令(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="61"/>
        <source>The passphrase keeps other people who use this computer out of branchdesk. It does not encrypt the data file: anyone who can copy the file can read it with other programs. Keep the computer account and the backups safe as well.</source>
        <translation>口令只能防止使用这台电脑的其他人打开 branchdesk，并不会加密数据文件：能复制该文件的人仍可用其他程序读取其中内容。请同时保管好电脑账户和备份文件。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="100"/>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="205"/>
        <source>The current passphrase is not right.</source>
        <translation>当前口令不正确。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="106"/>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="152"/>
        <source>Remove passphrase</source>
        <translation>删除口令</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="107"/>
        <source>branchdesk will start without asking for a passphrase. Remove it?</source>
        <translation>删除后，branchdesk 启动时将不再要求输入口令。确定删除吗？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="108"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="122"/>
        <source>branchdesk — passphrase</source>
        <translation>branchdesk — 输入口令</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="124"/>
        <source>This branchdesk data is protected by a passphrase. Enter it to continue.</source>
        <translation>这份 branchdesk 数据设置了启动口令，请输入口令后继续。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="126"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="134"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="139"/>
        <source>At least %1 characters.</source>
        <translation>口令至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="143"/>
        <source>branchdesk asks for this passphrase at every start. To change it, enter the current one and the new one; to remove it, enter the current one and click Remove passphrase.</source>
        <translation>每次启动 branchdesk 时都会要求输入此口令。如需修改，请输入当前口令和新口令；如需删除，请输入当前口令后点击“删除口令”。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="150"/>
        <source>Change passphrase</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="161"/>
        <source>Set a passphrase that branchdesk asks for at every start, before any data is shown.</source>
        <translation>设置一个启动口令：每次启动 branchdesk 时，在显示任何数据之前都会要求输入。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="169"/>
        <source>Set passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="185"/>
        <source>Wrong passphrase. %n attempt(s) left.</source>
        <translation>
            <numerusform>口令错误，还可以再试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="192"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/passphrase_dialog.py" line="199"/>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新口令不一致。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="6"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="10"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="12"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="15"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="16"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="17"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="35"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="48"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="48"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="85"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="115"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="115"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="125"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="126"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="146"/>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/pdf_preview_dialog.py" line="146"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../../forms/rating_page.ui" line="9"/>
        <source>Star rating</source>
        <translation>对标定级</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="12"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="146"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="14"/>
        <source>Load a committee sheet…</source>
        <translation>载入团委评分表…</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="15"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="23"/>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="27"/>
        <source>Branch founded on</source>
        <translation>支部成立时间</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="29"/>
        <source>Last committee election on</source>
        <translation>最近一次换届时间</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="31"/>
        <source>Save dates</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="38"/>
        <source>Veto items (any &quot;yes&quot; means weak and lax)</source>
        <translation>一票否决项（任一项为“是”即为软弱涣散）</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="71"/>
        <source>When the higher committee&apos;s review comes back, enter its scores in the review score column of the self-assessment table, then its remarks here.</source>
        <translation>上级团委复核结果返回后，在自评表的“复核分”栏填入复核分，再在这里填写复核意见。</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="96"/>
        <source>Youth Study and volunteering</source>
        <translation>青年大学习与志愿服务</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="100"/>
        <source>Youth Study issues of the year</source>
        <translation>本年度青年大学习期次</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="54"/>
        <source>Secretary</source>
        <translation>团支部书记</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="16"/>
        <source>Export filled sheet…</source>
        <translation>导出填好的自评表…</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="16"/>
        <source>The scored sheet (self scores, evidence, review scores) as .xlsx or JSON for the higher committee</source>
        <translation>把评好的自评表（自评分、评分依据、复核分）导出为 .xlsx 或 JSON，报送上级团委</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="45"/>
        <source>Self-assessed star</source>
        <translation>自评星级</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="47"/>
        <source>Reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="48"/>
        <source>Why the star differs from the computed one</source>
        <translation>自评星级与计算结果不同的理由</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="56"/>
        <source>Member representative</source>
        <translation>团员代表</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="58"/>
        <source>Signed on</source>
        <translation>签字日期</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="61"/>
        <source>Save scores</source>
        <translation>保存自评分</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="62"/>
        <source>Sign</source>
        <translation>双签字</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="63"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="530"/>
        <source>Withdraw signatures</source>
        <translation>撤回签字</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="69"/>
        <source>Review and final star</source>
        <translation>复核与定级</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="74"/>
        <source>Reviewed by</source>
        <translation>复核团委</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="76"/>
        <source>Reviewed on</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="78"/>
        <source>Review star</source>
        <translation>复核星级</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="80"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="87"/>
        <source>Record review</source>
        <translation>记录复核</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="88"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="577"/>
        <source>Record final star</source>
        <translation>记录最终星级</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="91"/>
        <source>Ratings by year</source>
        <translation>历年定级</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="104"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="159"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="105"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="159"/>
        <source>Issue</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="106"/>
        <source>Participants</source>
        <translation>参学人数</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="108"/>
        <source>Members</source>
        <translation>团员</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="109"/>
        <source>Add issue</source>
        <translation>添加期次</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="110"/>
        <source>Delete issue</source>
        <translation>删除期次</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="117"/>
        <source>Volunteer hours of the year</source>
        <translation>本年度志愿服务时长</translation>
    </message>
    <message>
        <location filename="../../forms/rating_page.ui" line="122"/>
        <source>Save hours</source>
        <translation>保存时长</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="76"/>
        <source>As the review scores give</source>
        <translation>按复核分计算</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="79"/>
        <source>As computed</source>
        <translation>按计算结果</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="126"/>
        <source>Dimension</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="127"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="128"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="129"/>
        <source>From the ledger</source>
        <translation>台账计分</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="130"/>
        <source>Evidence</source>
        <translation>评分依据</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="131"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="149"/>
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="132"/>
        <source>Reason for a change</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="133"/>
        <source>Review score</source>
        <translation>复核分</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="147"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="148"/>
        <source>Sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="150"/>
        <source>Self star</source>
        <translation>自评星级</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="151"/>
        <source>Final star</source>
        <translation>最终星级</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="159"/>
        <source>Participants / members</source>
        <translation>参学人数 / 团员总数</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="159"/>
        <source>Rate</source>
        <translation>参学率</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="169"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="169"/>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="169"/>
        <source>Platform</source>
        <translation>记录平台</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="190"/>
        <source> — a reference sheet, not official</source>
        <translation>——参考表，非官方</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="192"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="358"/>
        <source>Differs from the ledger&apos;s score: give the reason</source>
        <translation>与台账计分不同：请填写理由</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="375"/>
        <source>Total: &lt;b&gt;%1&lt;/b&gt; of %2 points</source>
        <translation>合计：&lt;b&gt;%1&lt;/b&gt; 分（满分 %2 分）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="378"/>
        <source>Band from the score: %1</source>
        <translation>按分数：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="379"/>
        <source>Star: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>星级：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="384"/>
        <source>%1 indicators not scored yet</source>
        <translation>尚有 %1 项未评分</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="390"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="445"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="550"/>
        <source>Not a number: %1</source>
        <translation>不是数字：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="397"/>
        <source>Review star: %1</source>
        <translation>复核星级：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="400"/>
        <source>Final star: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>最终星级：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="407"/>
        <source>For the next star</source>
        <translation>要评上一级</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="429"/>
        <source>Lower than computed (%1): give the reason</source>
        <translation>低于计算结果（%1）：请填写理由</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="444"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="465"/>
        <source>Scores not saved</source>
        <translation>自评分未保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="485"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="492"/>
        <source>Dates not saved</source>
        <translation>时间未保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="497"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="522"/>
        <source>Not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="531"/>
        <source>Withdraw the signatures to correct the self-assessment?</source>
        <translation>撤回签字以修改自评吗？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="537"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="586"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="731"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="542"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="549"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="565"/>
        <source>Review not recorded</source>
        <translation>复核未记录</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="578"/>
        <source>Record %1 as the final star of %2?</source>
        <translation>将%1记录为%2年度的最终星级吗？</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="597"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="611"/>
        <source>Star rating %1.xlsx</source>
        <translation>%1年度对标定级自评表.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="614"/>
        <source>Export filled sheet</source>
        <translation>导出自评表</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="616"/>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="623"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="627"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="628"/>
        <source>The filled sheet of %1 was saved to %2.</source>
        <translation>%1年度自评表已保存到 %2。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="637"/>
        <source>Load a committee sheet</source>
        <translation>载入团委评分表</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="639"/>
        <source>Rating sheet (*.json *.xlsx)</source>
        <translation>评分表 (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="646"/>
        <source>Sheet not loaded</source>
        <translation>评分表未载入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="651"/>
        <source>Sheet loaded</source>
        <translation>评分表已载入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="652"/>
        <source>%1 is used for %2.</source>
        <translation>%2年度使用“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="707"/>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="719"/>
        <source>Issue not added</source>
        <translation>期次未添加</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/rating_page.py" line="746"/>
        <source>Hours not saved</source>
        <translation>时长未保存</translation>
    </message>
</context>
<context>
    <name>RecommendDialog</name>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Applied to the Party</source>
        <translation>递交入党申请书</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>e.g. 2026-06-10</source>
        <translation>如 2026-06-10</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Confirmed by the Party branch</source>
        <translation>党组织已确定</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Joined the Party</source>
        <translation>已入党</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Applied to the Party on</source>
        <translation>递交入党申请书日期</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Recommended on</source>
        <translation>推荐日期</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Confirmed on</source>
        <translation>确定日期</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Recommendation to the Party</source>
        <translation>推优入党</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Confirmed</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../forms/recommend_dialog.ui" line="4"/>
        <source>Admitted to the Party</source>
        <translation>入党</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="427"/>
        <source>Recommendations to the Party of %1</source>
        <translation>%1 的推优入党</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="431"/>
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="476"/>
        <source>Recommendation date</source>
        <translation>推荐日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="479"/>
        <source>Party application date</source>
        <translation>递交入党申请书日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="482"/>
        <source>Confirmation date</source>
        <translation>确定日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="512"/>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="515"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="505"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>RecruitmentPage</name>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="49"/>
        <source>Recruitment</source>
        <translation>发展团员</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>Since</source>
        <translation>本状态起</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>League class hours</source>
        <translation>团课学时</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>New applicant…</source>
        <translation>新的入团申请人…</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>Next stage…</source>
        <translation>转入下一阶段…</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <source>Leave the pipeline…</source>
        <translation>退出发展…</translation>
    </message>
    <message>
        <location filename="../../forms/recruitment_page.ui" line="4"/>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="136"/>
        <source>Checks for the next stage</source>
        <translation>下一阶段的条件</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="52"/>
        <source>Applicant → activist → candidate → branch general meeting → approval by the higher committee → member. Select an applicant to see what the next stage needs.</source>
        <translation>入团申请人 → 入团积极分子 → 发展对象 → 支部大会 → 上级团委审批 → 入团。选中一人即可查看下一阶段的条件。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="57"/>
        <source>In the pipeline</source>
        <translation>发展中</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="61"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="138"/>
        <source>Select an applicant in the pipeline.</source>
        <translation>请选择一名发展中的入团申请人。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="142"/>
        <source>Checks for %1 today</source>
        <translation>今天转为“%1”的条件</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="174"/>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="181"/>
        <source>Admitted</source>
        <translation>已接收入团</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="183"/>
        <source>%1 is now a member of the League. Enter the new member in the Smart League system and upload the scan of the application form.</source>
        <translation>%1 已成为共青团员。请即在智慧团建中录入新团员，并上传入团志愿书扫描件。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="194"/>
        <source>Leave the pipeline</source>
        <translation>退出发展</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="194"/>
        <source>Reason (e.g. withdrew the application):</source>
        <translation>原因（如：本人撤回申请）：</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/recruitment_page.py" line="201"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../forms/reports_page.ui" line="7"/>
        <source>Forms and returns</source>
        <translation>报表打印</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="16"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="18"/>
        <source>As of</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="20"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="22"/>
        <source>Print ID numbers in full (otherwise masked)</source>
        <translation>打印完整身份证号（默认隐去中间数字）</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="23"/>
        <source>Use the computer&apos;s own SimSun/SimHei/FangSong fonts when installed (Windows)</source>
        <translation>优先使用本机已安装的宋体、黑体、仿宋（Windows）；未安装时使用内置字体</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="28"/>
        <source>Preview and print…</source>
        <translation>预览和打印…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="29"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="30"/>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="31"/>
        <source>Reasons for falls…</source>
        <translation>填写原因说明…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="31"/>
        <source>Explain every figure of the comparison table that fell against last year</source>
        <translation>为对比表中比上年减少的每一项填写原因说明</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="160"/>
        <source>Check the date</source>
        <translation>请检查日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="161"/>
        <source>As-of date: %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="169"/>
        <source>No meeting chosen</source>
        <translation>未选择会议</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="169"/>
        <source>Record a meeting first.</source>
        <translation>请先记录会议。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="192"/>
        <source>Reasons not loaded</source>
        <translation>无法载入原因说明</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="228"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="228"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="230"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="254"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="270"/>
        <source>Not generated</source>
        <translation>未能生成</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="292"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reports_page.py" line="295"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="6"/>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="11"/>
        <source>Backups are made when the window closes and once a day. Choose one to see what it holds; restoring it replaces the current data, which is backed up first.</source>
        <translation>关闭窗口时和每天会自动备份。选中一份备份可查看其中的记录数；恢复时会用它替换当前数据，替换前先备份当前数据。</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="27"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="28"/>
        <source>Occasion</source>
        <translation>备份时机</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="29"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="30"/>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="194"/>
        <source>Members</source>
        <translation>团员</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="31"/>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="195"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="32"/>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="196"/>
        <source>Evaluations</source>
        <translation>评议</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="33"/>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="197"/>
        <source>Registrations</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="38"/>
        <source>Selected backup compared with the current data</source>
        <translation>所选备份与当前数据对比</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="46"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="47"/>
        <source>In the backup</source>
        <translation>备份中</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="48"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="49"/>
        <source>Change on restore</source>
        <translation>恢复后增减</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="65"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="70"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="38"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="83"/>
        <source>Backups not loaded</source>
        <translation>无法读取备份</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="86"/>
        <source>Backup folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="94"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="125"/>
        <source>Not backed up</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="128"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="136"/>
        <source>Restore the backup of %1 (%2)?

The current data is replaced by the backup. Before that, the current state is backed up, so this step can be undone by restoring that backup.</source>
        <translation>恢复 %1 的备份（%2）？

当前数据将被这份备份替换。替换前会先备份当前数据，如需撤销，可再恢复那份备份。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="143"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="143"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="148"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="154"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="156"/>
        <source>The backup has been restored. The data as it was before is saved in
%1</source>
        <translation>备份已恢复。恢复前的数据已保存在
%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="163"/>
        <source>On close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="164"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="165"/>
        <source>Before upgrade</source>
        <translation>迁移前</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="166"/>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="167"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/restore_dialog.py" line="190"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>ReturnNotesDialog</name>
    <message>
        <location filename="../../forms/return_notes_dialog.ui" line="6"/>
        <source>Reasons for falls</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location filename="../../forms/return_notes_dialog.ui" line="19"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../forms/return_notes_dialog.ui" line="20"/>
        <source>Last year</source>
        <translation>上年数</translation>
    </message>
    <message>
        <location filename="../../forms/return_notes_dialog.ui" line="21"/>
        <source>This year</source>
        <translation>本年数</translation>
    </message>
    <message>
        <location filename="../../forms/return_notes_dialog.ui" line="22"/>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <location filename="../../forms/return_notes_dialog.ui" line="23"/>
        <source>Reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/return_notes_dialog.py" line="42"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/return_notes_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/return_notes_dialog.py" line="62"/>
        <source>These figures of the return as of %1 fell against the same day last year. The return asks for a reason for each; a fall without one prints as “to be explained”.</source>
        <translation>截至%1的统计表中，以下各项比上年同日减少。每一项都须填写原因说明；未填写的打印为“待说明”。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/return_notes_dialog.py" line="68"/>
        <source>No figure of the return as of %1 fell against last year: nothing to explain.</source>
        <translation>截至%1的统计表中没有比上年减少的项目，无需填写原因说明。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/return_notes_dialog.py" line="81"/>
        <source>e.g. 3 members aged out, 1 transferred to another unit</source>
        <translation>例如：3人超龄离团，1人转出到其他单位</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../forms/reviews_page.ui" line="9"/>
        <source>Evaluation and registration</source>
        <translation>评议与注册</translation>
    </message>
    <message>
        <location filename="../../forms/reviews_page.ui" line="11"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../forms/reviews_page.ui" line="18"/>
        <source>Member evaluation</source>
        <translation>团员教育评议</translation>
    </message>
    <message>
        <location filename="../../forms/reviews_page.ui" line="20"/>
        <source>Enter the vote counts and the grades: proposed by the branch committee, approved by the higher committee. Party members keeping League membership may be left out.</source>
        <translation>填写测评得票和等次：建议等次由支委会提出，批准等次由上级团委审批。保留团籍的党员可不参加评议。</translation>
    </message>
    <message>
        <location filename="../../forms/reviews_page.ui" line="23"/>
        <location filename="../../forms/reviews_page.ui" line="44"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../forms/reviews_page.ui" line="33"/>
        <source>Save evaluation</source>
        <translation>保存评议结果</translation>
    </message>
    <message>
        <location filename="../../forms/reviews_page.ui" line="39"/>
        <source>League registration</source>
        <translation>团籍注册</translation>
    </message>
    <message>
        <location filename="../../forms/reviews_page.ui" line="41"/>
        <source>Members graded basically qualified or better can be registered. Deferral and refusal need a reason.</source>
        <translation>评议为基本合格及以上的团员可以注册；暂缓注册和不予注册须注明原因。</translation>
    </message>
    <message>
        <location filename="../../forms/reviews_page.ui" line="46"/>
        <source>Register all eligible</source>
        <translation>符合条件的全部注册</translation>
    </message>
    <message>
        <location filename="../../forms/reviews_page.ui" line="55"/>
        <source>Save registration</source>
        <translation>保存注册结果</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="93"/>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="111"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="94"/>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="112"/>
        <source>Group</source>
        <translation>团小组</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="95"/>
        <source>Votes: excellent</source>
        <translation>得票：优秀</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="96"/>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="97"/>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="98"/>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="99"/>
        <source>Proposed grade</source>
        <translation>建议等次</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="100"/>
        <source>Approved grade</source>
        <translation>批准等次</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="101"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="113"/>
        <source>Evaluation grade</source>
        <translation>评议等次</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="114"/>
        <source>Last registered</source>
        <translation>上次注册</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="115"/>
        <source>Registration</source>
        <translation>注册结果</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="116"/>
        <source>Reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="117"/>
        <source>Deferred until</source>
        <translation>暂缓至</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="151"/>
        <source> (party member, optional)</source>
        <translation>（党员，可不参评）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="167"/>
        <source>re-evaluate by %1</source>
        <translation>应于%1前重新评议</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="175"/>
        <source>(not graded)</source>
        <translation>（未评）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="189"/>
        <source>not evaluated</source>
        <translation>未评议</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="195"/>
        <source>(not decided)</source>
        <translation>（未确定）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="211"/>
        <source>Not eligible: the evaluation grade is unqualified</source>
        <translation>不符合注册条件：评议等次为不合格</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="225"/>
        <source>Members: %1 · graded: %2 · %3</source>
        <translation>参评 %1 人 · 已定等次 %2 人 · %3</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="248"/>
        <source>Members: %1 · %2</source>
        <translation>共 %1 人 · %2</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="269"/>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="288"/>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="355"/>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="358"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="269"/>
        <source>Decision date: %1</source>
        <translation>决定日期：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="285"/>
        <source>%1: the votes “%2” are not a number of people</source>
        <translation>%1：得票“%2”不是人数</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/reviews_page.py" line="363"/>
        <source>Saved, please check</source>
        <translation>已保存，请核实</translation>
    </message>
</context>
<context>
    <name>RuleSettingsDialog</name>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="6"/>
        <source>Rule settings</source>
        <translation>规则设置</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="19"/>
        <source>Settings</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="25"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="31"/>
        <source>Name, key, value, basis or source</source>
        <translation>名称、标识、数值、依据或出处</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="37"/>
        <source>Only values changed by this branch</source>
        <translation>只显示本支部修改过的值</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="54"/>
        <location filename="../../forms/rule_settings_dialog.ui" line="180"/>
        <source>Setting</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="55"/>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="281"/>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="56"/>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="284"/>
        <source>Default / profile value</source>
        <translation>全国默认/配置值</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="57"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="58"/>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="298"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="69"/>
        <source>Select a setting to see where its value comes from.</source>
        <translation>选择一项设置，查看其数值的依据和出处。</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="76"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="82"/>
        <source>&amp;Restore default…</source>
        <translation>恢复默认值(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="96"/>
        <source>Change the value</source>
        <translation>修改数值</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="100"/>
        <source>New &amp;value</source>
        <translation>新值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="123"/>
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="129"/>
        <source>e.g. notice of the higher League committee, March 2026</source>
        <translation>例如：上级团委2026年3月通知</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="148"/>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="360"/>
        <source>Save change</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="153"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="169"/>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="179"/>
        <source>Changed on</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="181"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="182"/>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="353"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../forms/rule_settings_dialog.ui" line="183"/>
        <source>Reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="51"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="85"/>
        <source>Cannot open the rule settings</source>
        <translation>无法打开规则设置</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="130"/>
        <source>Rule profile: &lt;b&gt;%1&lt;/b&gt;. Values in &lt;b&gt;bold&lt;/b&gt; are this branch&apos;s own (%2); every change is kept with its date and reason.</source>
        <translation>规则配置：&lt;b&gt;%1&lt;/b&gt;。&lt;b&gt;粗体&lt;/b&gt;为本支部自行调整的值（共 %2 项）；每次修改都记录日期和原因。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="172"/>
        <source>Changed by this branch on %1. Reason: %2</source>
        <translation>本支部于 %1 修改。原因：%2</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="189"/>
        <source>(profile value)</source>
        <translation>（配置值）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="202"/>
        <source>Change history (%1)</source>
        <translation>修改记录（%1）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="290"/>
        <source>Changed by this branch</source>
        <translation>本支部修改</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="292"/>
        <source>%1, reason: %2</source>
        <translation>%1，原因：%2</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="302"/>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="304"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="342"/>
        <source>Restore the profile value</source>
        <translation>恢复配置值</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="343"/>
        <source>Profile value</source>
        <translation>配置值</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="346"/>
        <source>The branch&apos;s own value %1 is replaced by the profile&apos;s.</source>
        <translation>本支部的值“%1”将恢复为配置中的值。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="350"/>
        <source>Restore default</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="401"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="435"/>
        <source>Yes or no: type yes or no.</source>
        <translation>填写“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="352"/>
        <source>Change: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="410"/>
        <source>%1 is back to the profile value %2.</source>
        <translation>%1 已恢复为配置值 %2。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="412"/>
        <source>%1 changed to %2.</source>
        <translation>%1 已改为 %2。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="431"/>
        <source>A whole number, e.g. 3.</source>
        <translation>填写整数，如 3。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="432"/>
        <source>A number, e.g. 1.5.</source>
        <translation>填写数值，如 1.5。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="433"/>
        <source>A percentage, e.g. 30% or 0.3.</source>
        <translation>填写百分比，如 30% 或 0.3。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="434"/>
        <source>An amount, e.g. 0.20.</source>
        <translation>填写金额，如 0.20。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="437"/>
        <source>A fraction such as 1/2 or 2/3; who is counted stays as in the profile (%1).</source>
        <translation>填写分数，如 1/2、2/3；计算基数和比较方式保持配置中的规定（%1）。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="439"/>
        <source>Bands from low to high, e.g. 14-17, 18-22.</source>
        <translation>按从小到大填写区间，如 14-17, 18-22。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="440"/>
        <source>Choose one of the values; the note explains them.</source>
        <translation>从列表中选择，各值含义见说明。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="444"/>
        <source>Leave it empty to switch the setting off.</source>
        <translation>留空表示不设定。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="448"/>
        <source>Unconfirmed value [U]: please check with your higher League committee.</source>
        <translation>未经证实的数值 [U]：请与上级团委核实。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="451"/>
        <source>This kind of setting cannot be changed here yet.</source>
        <translation>此类设置暂不能在这里修改。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="456"/>
        <source>national: League constitution, Central Committee document or national standard</source>
        <translation>全国：团章、团中央文件或国家标准</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="458"/>
        <source>reported as national, seen only as quoted by a school or handbook</source>
        <translation>据称为全国规定，仅见学校、地方团委或手册转述</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="459"/>
        <source>local practice (a province, city or school)</source>
        <translation>地方做法（省、市或学校）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="460"/>
        <source>Jilin League work plan 2021</source>
        <translation>《吉林共青团2021年工作要点》</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="461"/>
        <source>partly from a source, the rest inferred</source>
        <translation>部分见于出处，其余为推断</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="462"/>
        <source>unconfirmed or conflicting</source>
        <translation>未经证实或说法不一</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/rule_settings_dialog.py" line="463"/>
        <source>software default</source>
        <translation>软件默认值</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="6"/>
        <source>Application settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="10"/>
        <location filename="../../forms/settings_dialog.ui" line="12"/>
        <source>Branch</source>
        <translation>团支部</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="16"/>
        <source>&amp;Branch details…</source>
        <translation>团支部信息(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="23"/>
        <source>&amp;Rule settings…</source>
        <translation>规则设置(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="31"/>
        <source>Printing and privacy</source>
        <translation>打印与隐私</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="33"/>
        <source>Print with the system&apos;s SimSun, SimHei and FangSong when installed (Windows); otherwise the bundled fonts</source>
        <translation>打印时优先使用系统的宋体、黑体、仿宋（Windows），没有时使用自带字体</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="34"/>
        <source>Show full ID numbers in the roster list (until branchdesk closes)</source>
        <translation>在团员名册列表中显示完整身份证号（到关闭 branchdesk 为止）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="35"/>
        <source>ID numbers are masked in lists, printed forms and logs unless you ask for them; each start masks them again. A printed form asks separately whether to show them in full.</source>
        <translation>身份证号在列表、打印的表格和日志中默认隐去中间位；每次启动都会重新隐去。打印表格时另行选择是否完整打印。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="19"/>
        <source>Rule profile</source>
        <translation>规则配置</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="38"/>
        <source>Pass&amp;phrase…</source>
        <translation>启动口令(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="47"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="49"/>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="53"/>
        <source>newest backups, and the newest of every month</source>
        <translation>份最新的备份，另加每月最新的一份</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="57"/>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="61"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="62"/>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="70"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="72"/>
        <source>&amp;Interface language</source>
        <translation>界面语言(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/settings_dialog.py" line="72"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/settings_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/settings_dialog.py" line="135"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/settings_dialog.py" line="147"/>
        <source>Save the new profile first; its values can then be adjusted here.</source>
        <translation>请先保存新的规则版本，之后才能在这里调整其中的数值。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/settings_dialog.py" line="151"/>
        <source>The language changes the next time branchdesk starts.</source>
        <translation>界面语言在下次启动 branchdesk 时切换。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/settings_dialog.py" line="155"/>
        <source>The environment variable BRANCHDESK_LANG=%1 is set and takes precedence.</source>
        <translation>已设置环境变量 BRANCHDESK_LANG=%1，以它为准。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/settings_dialog.py" line="191"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="6"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="9"/>
        <source>Find a member: name or pinyin initials</source>
        <translation>查找团员：姓名或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="13"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="15"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="17"/>
        <source>Transfer reason</source>
        <translation>转接原因</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="19"/>
        <source>Reason in detail</source>
        <translation>具体原因</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="23"/>
        <source>Its League committee</source>
        <translation>其上级团委（介绍信抬头）</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="25"/>
        <source>Dues paid to (year-month)</source>
        <translation>团费交至（年-月）</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="27"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="29"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="89"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="91"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="95"/>
        <source>New transfer out</source>
        <translation>办理转出</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="97"/>
        <source>Tick the members to transfer out (one transfer each, saved together).</source>
        <translation>勾选要转出的团员（每人一条转接，一并保存）。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="109"/>
        <source>To (full name)</source>
        <translation>转入组织全称</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="116"/>
        <source>New transfer in</source>
        <translation>办理转入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="119"/>
        <source>The member is added to the roster when the transfer succeeds; a former member with the same ID number is taken back.</source>
        <translation>接转成功后该团员才进入名册；身份证号相同的原团员将恢复在团。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="123"/>
        <source>From (full name)</source>
        <translation>转出组织全称</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="129"/>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="130"/>
        <source>Dues paid to</source>
        <translation>团费交至</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_dialog.py" line="151"/>
        <source>Tick the members to transfer out</source>
        <translation>请勾选要转出的团员</translation>
    </message>
</context>
<context>
    <name>TransferStepDialog</name>
    <message>
        <location filename="../../forms/transfer_step_dialog.ui" line="11"/>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="143"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_step_dialog.ui" line="15"/>
        <source>Valid for (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_step_dialog.ui" line="17"/>
        <source>Letter number (empty: next)</source>
        <translation>介绍信编号（留空：自动取下一号）</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_step_dialog.ui" line="19"/>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="147"/>
        <source>Joined the League (year-month)</source>
        <translation>入团年月（年-月）</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_step_dialog.ui" line="21"/>
        <source>Development number</source>
        <translation>团员发展编号</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_step_dialog.ui" line="23"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_step_dialog.ui" line="25"/>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_step_dialog.ui" line="27"/>
        <source>Dues paid to (year-month)</source>
        <translation>团费交至（年-月）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="89"/>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="94"/>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="95"/>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="96"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="97"/>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="98"/>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="99"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="132"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="134"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/transfer_step_dialog.py" line="151"/>
        <source>Dues paid to</source>
        <translation>团费交至</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../forms/transfers_page.ui" line="7"/>
        <source>Transfers of League membership</source>
        <translation>团员组织关系转接</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="11"/>
        <source>Transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="15"/>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="135"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="17"/>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="130"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="20"/>
        <source>New transfer out…</source>
        <translation>办理转出…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="21"/>
        <source>New transfer in…</source>
        <translation>办理转入…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="35"/>
        <source>Next step…</source>
        <translation>办理下一步…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="36"/>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="37"/>
        <source>Resubmit…</source>
        <translation>重新提交…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="38"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="40"/>
        <source>Issue letter…</source>
        <translation>开具介绍信…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="41"/>
        <source>Print letter</source>
        <translation>打印介绍信</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="42"/>
        <source>Void letter…</source>
        <translation>作废介绍信…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="43"/>
        <source>Receipt returned…</source>
        <translation>登记回执…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="49"/>
        <source>Graduates (school to community)</source>
        <translation>学社衔接</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="53"/>
        <source>Graduation year</source>
        <translation>毕业年度</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="55"/>
        <source>Also show members without a graduation date</source>
        <translation>同时显示未填毕业时间的团员</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="71"/>
        <source>Set graduation and destination…</source>
        <translation>设置毕业时间和去向…</translation>
    </message>
    <message>
        <location filename="../../forms/transfers_page.ui" line="72"/>
        <source>Create transfers…</source>
        <translation>生成转接…</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="88"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="89"/>
        <source>Pending</source>
        <translation>待办理</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="92"/>
        <source>Out and in</source>
        <translation>转出和转入</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="131"/>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="151"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="132"/>
        <source>Transfer reason</source>
        <translation>转接原因</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="133"/>
        <source>Other organisation</source>
        <translation>对方团组织</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="134"/>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="136"/>
        <source>Since</source>
        <translation>本状态起</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="137"/>
        <source>Letter</source>
        <translation>介绍信</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="138"/>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="152"/>
        <source>Group</source>
        <translation>团小组</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="153"/>
        <source>Graduation</source>
        <translation>毕业时间</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="154"/>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="155"/>
        <source>Receiving organisation</source>
        <translation>去向团组织</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="156"/>
        <source>League status</source>
        <translation>团籍状态</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="157"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="196"/>
        <source> (%n day(s))</source>
        <translation>
            <numerusform>（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="200"/>
        <source> to %1</source>
        <translation> 至 %1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="186"/>
        <source>Pending longer than %1 days</source>
        <translation>待办理已超过 %1 天</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="278"/>
        <source>History of %1: %2</source>
        <translation>%1 的办理记录：%2</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="322"/>
        <source>Saved, please check</source>
        <translation>已保存，请核实</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="352"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="356"/>
        <source>%1 is new to this branch: enter the member&apos;s details for the roster.</source>
        <translation>%1 是新转入的团员：请填写其名册信息。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="364"/>
        <source>Next step</source>
        <translation>办理下一步</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="372"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="373"/>
        <source>Return the transfer of %1 (it can be resubmitted).</source>
        <translation>退回 %1 的转接（可重新提交）。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="383"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="384"/>
        <source>Withdraw the transfer of %1 (final).</source>
        <translation>撤回 %1 的转接（撤回后不能恢复）。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="394"/>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="395"/>
        <source>Submit the returned transfer of %1 again.</source>
        <translation>重新提交 %1 被退回的转接。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="407"/>
        <source>Issue the transfer letter for %n member(s): %1. Numbers come from the branch&apos;s sequence and are never used again.</source>
        <translation>
            <numerusform>为 %n 名团员开具组织关系介绍信：%1。编号按本支部顺序自动编排，用过的编号不再使用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="422"/>
        <source>Issue letter</source>
        <translation>开具介绍信</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="425"/>
        <source>Letter issued, please check</source>
        <translation>介绍信已开具，请核对</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="452"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="455"/>
        <source>%1 members</source>
        <translation>%1人</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="461"/>
        <source>Transfer letter-%1.pdf</source>
        <translation>团员组织关系介绍信-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="471"/>
        <source>Void letter No. %1 of %2. The number stays used; keep the stub. A new letter can then be issued.</source>
        <translation>作废 %2 的第 %1 号介绍信。该编号不再使用，请保留存根；作废后可重新开具。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="476"/>
        <source>Void letter</source>
        <translation>作废介绍信</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="487"/>
        <source>Receipt returned</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="488"/>
        <source>The receipt of letter No. %1 (%2) came back on:</source>
        <translation>第 %1 号介绍信（%2）的回执联收回日期：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="569"/>
        <source>Create a transfer out for %n graduate(s) to their destination: %1</source>
        <translation>
            <numerusform>按去向为 %n 名毕业团员生成转出：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/transfers_page.py" line="574"/>
        <source>Create transfers</source>
        <translation>生成转接</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../src/branchdesk/ui/undo_stack.py" line="89"/>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/undo_stack.py" line="103"/>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/undo_stack.py" line="126"/>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/undo_stack.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/undo_stack.py" line="131"/>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/undo_stack.py" line="133"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>_Checked</name>
    <message>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="142"/>
        <location filename="../../src/branchdesk/ui/dialogs/lifecycle_dialogs.py" line="144"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/branchdesk/app.py" line="123"/>
        <source>branchdesk cannot start</source>
        <translation>branchdesk 无法启动</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../src/branchdesk/ui/crash_dialog.py" line="91"/>
        <source>The last session ended unexpectedly</source>
        <translation>上次运行意外中止</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/crash_dialog.py" line="92"/>
        <source>branchdesk closed unexpectedly the last time it ran. The data saved before that is safe. If this happens again, send the details below to whoever supports you; the log folder is %1.</source>
        <translation>branchdesk 上次运行时意外中止。此前已保存的数据是安全的。如果再次发生，请把下面的详细信息发给为您提供技术支持的人；日志文件夹位于 %1。</translation>
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
<context>
    <name>startup</name>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="51"/>
        <source>branchdesk is already running</source>
        <translation>branchdesk 已在运行</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="52"/>
        <source>branchdesk is already open on this data directory:
%1

Switch to the open window. Two windows on the same data would overwrite each other&apos;s changes.</source>
        <translation>branchdesk 已经打开了这个数据目录：
%1

请切换到已打开的窗口。两个窗口同时使用同一份数据会互相覆盖修改。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="75"/>
        <source>The data file is damaged</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="81"/>
        <source>The data file %1 is damaged and cannot be used, and no sound backup was found in %2.

The file has not been changed. Ask for help before deleting it.</source>
        <translation>数据文件 %1 已损坏，无法使用，并且在 %2 中没有找到完好的备份。

该文件未作任何修改。请先寻求帮助，不要删除它。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="90"/>
        <source>The data file %1 is damaged and cannot be used.

Restore the newest sound backup, made on %2 (%3 members, %4 meetings)? Changes made after it are lost. The damaged file is kept in %5.</source>
        <translation>数据文件 %1 已损坏，无法使用。

是否恢复最新的完好备份（%2，团员 %3 人，会议 %4 次）？该备份之后的修改将会丢失。损坏的文件会保留在 %5 中。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="104"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="111"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="112"/>
        <source>The backup of %1 has been restored. The damaged file was moved to %2.</source>
        <translation>已恢复 %1 的备份。损坏的文件已移到 %2。</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="146"/>
        <source>Wrong passphrase</source>
        <translation>口令错误</translation>
    </message>
    <message>
        <location filename="../../src/branchdesk/ui/startup.py" line="147"/>
        <source>The passphrase was wrong %1 times. branchdesk closes.</source>
        <translation>口令已连续输错 %1 次，branchdesk 将退出。</translation>
    </message>
</context>
</TS>

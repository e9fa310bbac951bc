<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>This database has accounts: sign in to change it.</source>
        <translation>本数据库已启用账号：请先登录再修改。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>%1 is a viewer: viewers read, export and print, but change nothing.</source>
        <translation>%1 是查阅人员：只能查看、导出和打印，不能修改。</translation>
    </message>
    <message>
        <source>%1 is a county working group (%2): it changes only records of its western unit(s), and this record belongs to none.</source>
        <translation>%1 是县区工作组（%2）：只能修改本县区的记录，而这条记录不属于任何西部县区。</translation>
    </message>
    <message>
        <source>%1 is a county working group (%2): it changes only records of its western unit(s), and this record belongs to %3.</source>
        <translation>%1 是县区工作组（%2）：只能修改本县区的记录，而这条记录属于%3。</translation>
    </message>
    <message>
        <source>%1 is a county working group: it changes only records of its western unit(s), and %2 belong to none.</source>
        <translation>%1 是县区工作组：只能修改本县区的记录，而%2不属于任何西部县区。</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>无法检查这些行：%1</translation>
    </message>
    <message>
        <source>This database has accounts: sign in as an administrator to %1.</source>
        <translation>本数据库已启用账号：请以管理员身份登录后再%1。</translation>
    </message>
    <message>
        <source>Only an administrator may %1; the role of %2 is %3.</source>
        <translation>只有管理员可以%1；%2 的角色是%3。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>office staff</source>
        <translation>办公室人员</translation>
    </message>
    <message>
        <source>county working group</source>
        <translation>县区工作组</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查阅人员</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>This database is from an older version of Tongxin: open it in the window once to upgrade it.</source>
        <translation>本数据库来自旧版同心：请先在窗口中打开一次以升级。</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>账号需要名称。</translation>
    </message>
    <message>
        <source>The first account enables accounts: it must be an administrator.</source>
        <translation>第一个账号用于启用账号功能，必须是管理员。</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>A county working group&apos;s account names its western unit(s).</source>
        <translation>县区工作组账号须指定所属西部县区。</translation>
    </message>
    <message>
        <source>Only a county working group&apos;s account has western units.</source>
        <translation>只有县区工作组账号才有所属西部县区。</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>已有名为 %1 的账号。</translation>
    </message>
    <message>
        <source>The password could not be hashed (libsodium).</source>
        <translation>无法计算密码哈希（libsodium）。</translation>
    </message>
    <message>
        <source>The place %1 is not a western unit.</source>
        <translation>地方 %1 不是西部县区。</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>没有名为 %1 的账号。</translation>
    </message>
    <message>
        <source>The account %1 is already disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>%1 is the last administrator in use; add another before disabling it.</source>
        <translation>%1 是最后一个在用的管理员；请先添加另一位管理员再停用。</translation>
    </message>
    <message>
        <source>Sign in to change a password.</source>
        <translation>请先登录再修改密码。</translation>
    </message>
    <message>
        <source>change another account&apos;s password</source>
        <translation>修改其他账号的密码</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 was disabled on %2 by %3.</source>
        <translation>账号 %1 已于 %2 被 %3 停用。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Records, figures and reports for East–West cooperation offices: pairings, fiscal aid and its projects, talent exchange, industry, labour and consumption aid.</source>
        <translation>面向东西部协作工作机构的台账、数据与报表：结对帮扶、财政帮扶资金及项目、人才交流、产业合作、劳务协作和消费帮扶。</translation>
    </message>
</context>
<context>
    <name>AreaCharts</name>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A pie slice&apos;s share, e.g. &quot;45.8%&quot;</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>AreaOps</name>
    <message>
        <source>This secondment ended on %1 already.</source>
        <translation>该挂职已于%1结束。</translation>
    </message>
    <message>
        <source>Give the date the secondment ended.</source>
        <translation>请填写挂职结束日期。</translation>
    </message>
</context>
<context>
    <name>AreaQuery</name>
    <message>
        <source>Secondments</source>
        <translation>挂职人次</translation>
    </message>
    <message>
        <source>Cadres seconded to the west</source>
        <translation>选派挂职党政干部</translation>
    </message>
    <message>
        <source>Western persons on posts in the east</source>
        <translation>西部来东部挂职人员</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Dispatches</source>
        <translation>选派人次</translation>
    </message>
    <message>
        <source>Professionals (persons)</source>
        <translation>专业技术人才（人）</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Remote sessions</source>
        <translation>远程场次</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Visitors (person-times)</source>
        <translation>来访人员（人次）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Persons placed</source>
        <translation>转移就业人数</translation>
    </message>
    <message>
        <source>Of whom registered poor</source>
        <translation>其中建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Share of registered poor</source>
        <translation>建档立卡贫困人口占比</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>吸纳就业</translation>
    </message>
    <message>
        <source>Registered poor employed</source>
        <translation>吸纳建档立卡贫困人口就业</translation>
    </message>
    <message>
        <source>Aid workshops</source>
        <translation>帮扶车间</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>捐赠笔数</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>捐款</translation>
    </message>
    <message>
        <source>In kind (valued)</source>
        <translation>捐物（折价）</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>捐赠总额</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>专项工作组</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员人数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>考察对接次数</translation>
    </message>
    <message>
        <source>Delegation trips to the west</source>
        <translation>赴西部考察对接</translation>
    </message>
    <message>
        <source>Western delegations received</source>
        <translation>接待西部考察团组</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>团组人数</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>签订协议</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. &quot;47.3%&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One total under a list: &quot;Person-times: 22,086&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>Office-wide</source>
        <translation>不分县区</translation>
    </message>
</context>
<context>
    <name>AreaRules</name>
    <message>
        <source>The start date is required.</source>
        <translation>必须填写开始日期。</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the person seconded.</source>
        <translation>请选择挂职人员。</translation>
    </message>
    <message>
        <source>Choose the direction of the secondment.</source>
        <translation>请选择挂职方向。</translation>
    </message>
    <message>
        <source>Choose the western unit of the secondment.</source>
        <translation>请选择挂职所在的西部县区。</translation>
    </message>
    <message>
        <source>“%1” is a person of the %2 side; a secondment %3 is of a person of the %4 side.</source>
        <translation>“%1”属于%2；%3的挂职人员应属于%4。</translation>
    </message>
    <message>
        <source>“%1” belongs to %2, not to %3.</source>
        <translation>“%1”属于%2，而不属于%3。</translation>
    </message>
    <message>
        <source>“%1” is already on secondment from %2, with no end date.</source>
        <translation>“%1”已在%2起挂职，且未填写结束日期。</translation>
    </message>
    <message>
        <source>“%1” is already on secondment from %2 to %3.</source>
        <translation>“%1”已在%2至%3期间挂职。</translation>
    </message>
    <message>
        <source>Choose the professional dispatched.</source>
        <translation>请选择选派的专业技术人才。</translation>
    </message>
    <message>
        <source>Professionals are dispatched from the east: “%1” is a person of the west side.</source>
        <translation>专业技术人才由东部选派：“%1”是西部人员。</translation>
    </message>
    <message>
        <source>Choose the professional&apos;s field (medical, education, e-commerce, agriculture or other).</source>
        <translation>请选择专业技术人才的专业领域（医疗、教育、电商、农业或其他）。</translation>
    </message>
    <message>
        <source>Choose the western unit the professional goes to.</source>
        <translation>请选择专业技术人才前往的西部县区。</translation>
    </message>
    <message>
        <source>The host organisation “%1” is not on the western side.</source>
        <translation>接收单位“%1”不属于西部。</translation>
    </message>
    <message>
        <source>The host organisation “%1” is in %2, not in %3.</source>
        <translation>接收单位“%1”位于%2，而不在%3。</translation>
    </message>
    <message>
        <source>A training needs a title.</source>
        <translation>培训须填写名称。</translation>
    </message>
    <message>
        <source>A training needs its date.</source>
        <translation>培训须填写日期。</translation>
    </message>
    <message>
        <source>Choose a western unit, or none for a training of all units.</source>
        <translation>请选择一个西部县区；面向所有县区的培训可不选。</translation>
    </message>
    <message>
        <source>The person-times cannot be negative.</source>
        <translation>人次不能为负数。</translation>
    </message>
    <message>
        <source>Only livestream-talent training links to an event: set its field to %1.</source>
        <translation>只有直播人才培训才能关联活动：请将其专业领域设为“%1”。</translation>
    </message>
    <message>
        <source>Choose the western unit the visitors come from.</source>
        <translation>请选择来访人员所在的西部县区。</translation>
    </message>
    <message>
        <source>A group received has at least one person.</source>
        <translation>接待的团组至少应有一人。</translation>
    </message>
    <message>
        <source>Choose the western unit the workers come from.</source>
        <translation>请选择务工人员所在的西部县区。</translation>
    </message>
    <message>
        <source>The month is a number from 1 to 12, or empty when not known.</source>
        <translation>月份为 1 至 12 之间的数字，不详时留空。</translation>
    </message>
    <message>
        <source>The numbers of persons cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <source>Registered poor persons (%1) cannot be more than the persons placed (%2).</source>
        <translation>其中建档立卡贫困人口（%1）不能多于就业人数（%2）。</translation>
    </message>
    <message>
        <source>The training “%1” was held for %2, not for %3.</source>
        <translation>培训“%1”面向的是%2，而不是%3。</translation>
    </message>
    <message>
        <source>Choose the enterprise.</source>
        <translation>请选择企业。</translation>
    </message>
    <message>
        <source>“%1” is not an eastern enterprise.</source>
        <translation>“%1”不是东部企业。</translation>
    </message>
    <message>
        <source>Choose the western unit the enterprise settled in.</source>
        <translation>请选择企业落户的西部县区。</translation>
    </message>
    <message>
        <source>The investment cannot be negative.</source>
        <translation>投资额不能为负数。</translation>
    </message>
    <message>
        <source>Jobs, registered poor employed and workshops cannot be negative.</source>
        <translation>带动就业人数、其中建档立卡贫困人口和帮扶车间数不能为负数。</translation>
    </message>
    <message>
        <source>Registered poor employed (%1) cannot be more than the jobs created (%2).</source>
        <translation>其中建档立卡贫困人口就业人数（%1）不能多于带动就业人数（%2）。</translation>
    </message>
    <message>
        <source>A donation needs its date.</source>
        <translation>捐赠须填写日期。</translation>
    </message>
    <message>
        <source>Choose the type of donor.</source>
        <translation>请选择捐赠方类型。</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>A donation has a cash amount or goods with their value: both are zero.</source>
        <translation>捐赠须有现金金额，或有物资及其折价：两者目前均为零。</translation>
    </message>
    <message>
        <source>Describe the goods given in kind (valued at %1).</source>
        <translation>请说明捐赠的物资（折价 %1）。</translation>
    </message>
    <message>
        <source>Give the value of the goods given in kind.</source>
        <translation>请填写捐赠物资的折价。</translation>
    </message>
    <message>
        <source>A donor is an organisation or a person, not both.</source>
        <translation>捐赠方可以是单位或个人，但不能同时是两者。</translation>
    </message>
    <message>
        <source>Name the donor: choose an organisation or a person, or type a name.</source>
        <translation>请指明捐赠方：选择单位或个人，或输入名称。</translation>
    </message>
    <message>
        <source>“%1” is not a donor of the type “%2”.</source>
        <translation>“%1”不是“%2”类型的捐赠方。</translation>
    </message>
    <message>
        <source>A person donates as an individual: set the donor type to “%1”.</source>
        <translation>个人以个人身份捐赠：请将捐赠方类型设为“%1”。</translation>
    </message>
    <message>
        <source>Choose the western unit that receives the donation.</source>
        <translation>请选择接受捐赠的西部县区。</translation>
    </message>
    <message>
        <source>Choose one recipient: a place, an organisation or a household.</source>
        <translation>请选择一个受赠对象：地方、单位或农户。</translation>
    </message>
    <message>
        <source>The recipient “%1” is in %2, not in %3.</source>
        <translation>受赠对象“%1”位于%2，而不在%3。</translation>
    </message>
    <message>
        <source>A working group needs a name.</source>
        <translation>专项工作组须填写名称。</translation>
    </message>
    <message>
        <source>The number of members cannot be negative.</source>
        <translation>成员人数不能为负数。</translation>
    </message>
    <message>
        <source>A working group needs the date it was established.</source>
        <translation>专项工作组须填写成立日期。</translation>
    </message>
    <message>
        <source>A working group cannot be dissolved before it was established.</source>
        <translation>专项工作组的撤销日期不能早于成立日期。</translation>
    </message>
    <message>
        <source>Choose the direction of the visit.</source>
        <translation>请选择考察方向。</translation>
    </message>
    <message>
        <source>Choose the western unit visited or visiting.</source>
        <translation>请选择考察前往或来访的西部县区。</translation>
    </message>
    <message>
        <source>A delegation has at least one person.</source>
        <translation>考察团组至少应有一人。</translation>
    </message>
    <message>
        <source>The number of agreements signed cannot be negative.</source>
        <translation>签订协议数不能为负数。</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>会议须填写名称。</translation>
    </message>
    <message>
        <source>A meeting needs its date.</source>
        <translation>会议须填写日期。</translation>
    </message>
    <message>
        <source>Choose a western unit, or none for a meeting of the whole office.</source>
        <translation>请选择一个西部县区；全体会议可不选。</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>参会人数不能为负数。</translation>
    </message>
    <message>
        <source>The person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>The number of persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>The number of persons placed</source>
        <translation>转移就业人数</translation>
    </message>
    <message>
        <source>The number of registered poor persons</source>
        <translation>建档立卡贫困人口数</translation>
    </message>
    <message>
        <source>The investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>The number of jobs</source>
        <translation>就业岗位数</translation>
    </message>
    <message>
        <source>The number of registered poor employed</source>
        <translation>吸纳建档立卡贫困人口就业数</translation>
    </message>
    <message>
        <source>The number of workshops</source>
        <translation>帮扶车间数</translation>
    </message>
    <message>
        <source>The cash amount</source>
        <translation>现金金额</translation>
    </message>
    <message>
        <source>The value of the goods</source>
        <translation>物资价值</translation>
    </message>
    <message>
        <source>The number of members</source>
        <translation>成员人数</translation>
    </message>
    <message>
        <source>The size of the delegation</source>
        <translation>考察团人数</translation>
    </message>
    <message>
        <source>The number of agreements signed</source>
        <translation>签约协议数</translation>
    </message>
    <message>
        <source>The number of participants</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>“%1” already has a settlement of the kind “%2” in %3 in %4: record no. %5. Change that record instead of adding the same settlement again.</source>
        <translation>“%1”%4年在%3已有一条“%2”类落地记录：第 %5 号。请修改那条记录，不要重复添加同一次落地。</translation>
    </message>
    <message>
        <source>“%1” already settled first in %2 in %3: record no. %4. An enterprise settles first in a unit once; a later settlement there is an expansion: set its kind to “%5”.</source>
        <translation>“%1”已于 %3 年在%2首次落地：第 %4 号记录。企业在一个县区只首次落地一次，此后在该县区的落地是扩产：请把类型设为“%5”。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The file “%1” is too large to attach: it is %2 (%3 bytes), and an attachment can be at most %4 (%5 bytes). Reduce it (a smaller scan or photo) or split it, and attach it again.</source>
        <translation>文件“%1”太大，无法作为附件：文件大小为 %2（%3 字节），而附件最大为 %4（%5 字节）。请缩小文件（如使用较小的扫描件或照片）或将其拆分，然后重新添加附件。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>There is no project number %1 to attach the file to.</source>
        <translation>不存在编号为 %1 的项目，无法添加附件。</translation>
    </message>
    <message>
        <source>The progress update %1 does not belong to the project %2.</source>
        <translation>进展记录 %1 不属于项目 %2。</translation>
    </message>
    <message>
        <source>The attachment %1 no longer exists.</source>
        <translation>附件 %1 已不存在。</translation>
    </message>
    <message>
        <source>No temporary folder could be created: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is an open database; it cannot be attached.</source>
        <translation>文件 %1 是已打开的数据库，不能作为附件。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>the demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>已有</translation>
    </message>
    <message>
        <source>invalid, left out</source>
        <translation>无效未导入</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>first record</source>
        <translation>首条记录</translation>
    </message>
    <message>
        <source>last record</source>
        <translation>末条记录</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>Who made a change: the user, then the program (&quot;root (tongxin-cli)&quot;).</extracomment>
        <translation>其他程序</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>Period locks</source>
        <translation>期间锁定</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Units of county accounts</source>
        <translation>县区工作组账号的县区</translation>
    </message>
    <message>
        <source>The whole database</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>period locks</source>
        <translation>期间锁定</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>units of county accounts</source>
        <translation>县区工作组账号的县区</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The imported file %1 cannot be read again for the audit trail: %2</source>
        <translation>为记入审计日志重新读取导入文件 %1 时失败：%2</translation>
    </message>
    <message>
        <source>The audit trail was changed after it was written: entries %1 to %2 (sealed %3) are not those that were sealed.</source>
        <translation>审计日志写入后被改动：第 %1 至 %2 条（封存于 %3）与封存时不符。</translation>
    </message>
    <message>
        <source>The seal of the audit trail&apos;s entries from %1 on was removed: they cannot be proved unchanged.</source>
        <translation>审计日志自第 %1 条起的封存记录被删除：无法证明这些条目未被改动。</translation>
    </message>
    <message>
        <source>The last entries of the audit trail were removed: it ends at entry %1, but entries up to %2 were written.</source>
        <translation>审计日志末尾的条目被删除：日志止于第 %1 条，但曾写到第 %2 条。</translation>
    </message>
    <message>
        <source>The last seals of the audit trail were removed: %1 of %2 remain.</source>
        <translation>审计日志末尾的封存记录被删除：%2 条中仅剩 %1 条。</translation>
    </message>
    <message>
        <source>A change to the %1 was made by another program, outside Tongxin (audit entry %2, %3).</source>
        <translation>有 1 处对%1的修改由其他程序在同心之外做出（审计第 %2 条，%3）。</translation>
    </message>
    <message>
        <source>%1 changes to the %2 were made by another program, outside Tongxin (the first: audit entry %3, %4).</source>
        <translation>有 %1 处对%2的修改由其他程序在同心之外做出（第一处：审计第 %3 条，%4）。</translation>
    </message>
</context>
<context>
    <name>Bounds</name>
    <message>
        <source>%1 cannot be more than %2.</source>
        <translation>%1不能超过 %2。</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>places</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>东西部</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Parent place</source>
        <translation>上级地方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Poor county or village</source>
        <translation>贫困县（村）</translation>
    </message>
    <message>
        <source>Year out of poverty</source>
        <translation>脱贫年份</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>所有制</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>registered poor households</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Year registered</source>
        <translation>建档年份</translation>
    </message>
    <message>
        <source>Food and clothing assured</source>
        <translation>不愁吃、不愁穿</translation>
    </message>
    <message>
        <source>Compulsory education assured</source>
        <translation>义务教育有保障</translation>
    </message>
    <message>
        <source>Basic medical care assured</source>
        <translation>基本医疗有保障</translation>
    </message>
    <message>
        <source>Safe housing assured</source>
        <translation>住房安全有保障</translation>
    </message>
    <message>
        <source>Safe drinking water assured</source>
        <translation>饮水安全有保障</translation>
    </message>
    <message>
        <source>pairings</source>
        <translation>结对</translation>
    </message>
    <message>
        <source>Eastern place</source>
        <translation>东部地方</translation>
    </message>
    <message>
        <source>Eastern organisation</source>
        <translation>东部单位</translation>
    </message>
    <message>
        <source>Eastern cadre</source>
        <translation>东部干部</translation>
    </message>
    <message>
        <source>Western place</source>
        <translation>西部地方</translation>
    </message>
    <message>
        <source>Western organisation</source>
        <translation>西部单位</translation>
    </message>
    <message>
        <source>Registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>fund allocations</source>
        <translation>资金下达</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>aid projects</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>计划完工日期</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Registered poor beneficiaries</source>
        <translation>受益建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>拨付</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>progress updates</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>enterprise settlements</source>
        <translation>企业落户</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>带动就业人数</translation>
    </message>
    <message>
        <source>Registered poor employed</source>
        <translation>吸纳建档立卡贫困人口就业</translation>
    </message>
    <message>
        <source>Aid workshops built</source>
        <translation>新建帮扶车间数</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>labour placements</source>
        <translation>劳务输转</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Of whom registered poor</source>
        <translation>其中建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>secondments</source>
        <translation>挂职</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>挂职单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>professional dispatches</source>
        <translation>专业技术人才选派</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>服务单位</translation>
    </message>
    <message>
        <source>visits received</source>
        <translation>接待来访</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>outlets</source>
        <translation>销售网点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>停业日期</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营单位</translation>
    </message>
    <message>
        <source>sales records</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>销售网点</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Buyer type</source>
        <translation>购买方类型</translation>
    </message>
    <message>
        <source>Bought instead of donating</source>
        <translation>以购代捐</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>来源单号</translation>
    </message>
    <message>
        <source>livestream sessions</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单量</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <source>livestream talents</source>
        <translation>直播人才</translation>
    </message>
    <message>
        <source>Date trained</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>donations</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Donor type</source>
        <translation>捐赠方类型</translation>
    </message>
    <message>
        <source>Donor organisation</source>
        <translation>捐赠单位</translation>
    </message>
    <message>
        <source>Donor person</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <source>Recipient place</source>
        <translation>受赠地方</translation>
    </message>
    <message>
        <source>Recipient organisation</source>
        <translation>受赠单位</translation>
    </message>
    <message>
        <source>Recipient household</source>
        <translation>受赠农户</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>物资</translation>
    </message>
    <message>
        <source>Value of goods</source>
        <translation>物资折价</translation>
    </message>
    <message>
        <source>working groups</source>
        <translation>专项工作组</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Remit</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>delegation visits</source>
        <translation>考察对接</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>签约项目数</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Registered poor households</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Fiscal aid allocations</source>
        <translation>财政帮扶资金下达</translation>
    </message>
    <message>
        <source>Aid projects</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>拨付记录</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>项目进展</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Enterprises settled</source>
        <translation>落户企业</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Labour placements</source>
        <translation>劳务转移就业</translation>
    </message>
    <message>
        <source>Secondments</source>
        <translation>挂职干部</translation>
    </message>
    <message>
        <source>Professional dispatches</source>
        <translation>专业技术人才选派</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>接待来访</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>销售网点</translation>
    </message>
    <message>
        <source>Livestream sessions</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>Livestream talents</source>
        <translation>直播带货人才</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>专项工作组</translation>
    </message>
    <message>
        <source>Delegation visits</source>
        <translation>考察对接</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标任务</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>Row %1 of table %2 names a western unit that is not a county-level place.</source>
        <translation>表 %2 的第 %1 行所指的西部县区不是县级地方。</translation>
    </message>
    <message>
        <source>Pairing %1 does not link an eastern party with a western party.</source>
        <translation>结对 %1 没有连接一个东部单位和一个西部单位。</translation>
    </message>
    <message>
        <source>Pairing %1: the parties do not fit the kind &quot;%2&quot;.</source>
        <translation>结对 %1：双方不符合结对类型“%2”。</translation>
    </message>
    <message>
        <source>Active pairings %1 are duplicates of one another.</source>
        <translation>有效结对 %1 彼此重复。</translation>
    </message>
    <message>
        <source>Project %1 (%2): payments of %3 exceed its budget of %4.</source>
        <translation>项目 %1（%2）：拨付 %3，超过预算 %4。</translation>
    </message>
    <message>
        <source>Household %1 (%2) does not belong to a village.</source>
        <translation>贫困户 %1（%2）不属于任何村。</translation>
    </message>
    <message>
        <source>Place %1 (%2): its parent place is not of the right level.</source>
        <translation>地方 %1（%2）：上级地方的层级不正确。</translation>
    </message>
    <message>
        <source>Organisation %1 (%2) is in a place on the other side.</source>
        <translation>单位 %1（%2）位于另一方的地方。</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; could not run: %2</source>
        <translation>检查“%1”无法运行：%2</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a record of %3 that does not exist.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>Schema object missing: %1.</source>
        <translation>缺少数据库结构对象：%1。</translation>
    </message>
    <message>
        <source>Schema object differs from this version of Tongxin: %1.</source>
        <translation>数据库结构对象与本版同心不一致：%1。</translation>
    </message>
    <message>
        <source>The totals of table %1 cannot be computed: a value is out of range.</source>
        <translation>表 %1 的合计无法计算：有数值超出范围。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>Prefix of a warning of `tongxin-cli check` (the file is sound).</extracomment>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 names no western unit: it counts in the totals and in the row &quot;Not assigned to a unit&quot;, in no unit&apos;s row.</source>
        <translation>表 %2 第 %1 行未指定西部县区：计入合计和“未分配到县区”行，不计入任何县区的行。</translation>
    </message>
    <message>
        <source>Records dated outside the office&apos;s period %1 are in no figure of the period: %2.</source>
        <translation>日期在本办协作期 %1 之外的记录不计入该时期的任何指标：%2。</translation>
    </message>
    <message>
        <source>Records of table %1 in force only outside the office&apos;s period %2: %3.</source>
        <translation>表 %1 中仅在本办协作期 %2 之外有效的记录：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of table %1, the first row %2, name a western unit that is not a county-level place.</source>
        <translation>
            <numerusform>表 %1 中有 %n 行（第一行为第 %2 行）所指的西部县区不是县级地方。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Tongxin (同心) on the command line: create, check, back up and summarise a Tongxin database.</source>
        <translation>同心（Tongxin）命令行：创建、检查、备份和汇总同心数据库。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>  init FILE [--force]        create a new, empty database</source>
        <translation>  init FILE [--force]        创建一个新的空数据库</translation>
    </message>
    <message>
        <source>  demo FILE [--force]        create a database filled with the demo data</source>
        <translation>  demo FILE [--force]        创建一个填好演示数据的数据库</translation>
    </message>
    <message>
        <source>  check FILE                 verify the file&apos;s integrity and invariants</source>
        <translation>  check FILE                 检查文件的完整性和约束</translation>
    </message>
    <message>
        <source>  backup FILE OUT            write a consistent copy of FILE to the new file OUT</source>
        <translation>  backup FILE OUT            把 FILE 的一致副本写入新文件 OUT</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  成功</translation>
    </message>
    <message>
        <source>  2  usage error, or a file that cannot be used (missing, exists, not a Tongxin database, from a newer version)</source>
        <translation>  2  用法错误，或文件不可用（不存在、已存在、不是同心数据库、来自更新的版本）</translation>
    </message>
    <message>
        <source>  3  a file could not be written</source>
        <translation>  3  文件无法写入</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The Tongxin database file.</source>
        <translation>同心数据库文件。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未给出命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
    <message>
        <source>The command %1 needs a database file and an output file.</source>
        <translation>命令 %1 需要一个数据库文件和一个输出文件。</translation>
    </message>
    <message>
        <source>The command %1 needs one database file.</source>
        <translation>命令 %1 需要一个数据库文件。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the command %2.</source>
        <translation>选项 --%1 不适用于命令 %2。</translation>
    </message>
    <message>
        <source>The option --compact needs --json.</source>
        <translation>选项 --compact 需要与 --json 合用。</translation>
    </message>
    <message>
        <source>The option --county needs a name.</source>
        <translation>选项 --county 需要一个名称。</translation>
    </message>
    <message>
        <source>Use either --year or --from/--to, not both.</source>
        <translation>--year 与 --from/--to 只能二选一。</translation>
    </message>
    <message>
        <source>The option --%1 needs a year between %2 and %3, not &quot;%4&quot;.</source>
        <translation>选项 --%1 需要 %2 到 %3 之间的年份，而不是“%4”。</translation>
    </message>
    <message>
        <source>The year range %1–%2 is empty: --from is after --to.</source>
        <translation>年份范围 %1–%2 为空：--from 晚于 --to。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>  projects FILE [--year Y] [--county NAME] [--category C] [--status S] [--paid-year Y] [--json]
                             list the project ledger with budget, paid and % paid, and totals</source>
        <translation>  projects FILE [--year Y] [--county NAME] [--category C] [--status S] [--paid-year Y] [--json]
                             列出项目台账，含预算、拨付额、拨付率及合计</translation>
    </message>
    <message>
        <source>  coverage FILE [--county NAME] [--date YYYY-MM-DD] [--json]
                             poor villages with no pairing in force, with one kind only or with
                             several kinds (community, enterprise, chamber ↔ village), and
                             registered poor households without a cadre pair, per western unit.
                             JSON: {&quot;date&quot;, &quot;units&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;name_en&quot;,
                             &quot;illustrative&quot;, &quot;poor_villages&quot;, &quot;uncovered&quot;: [village],
                             &quot;one_kind&quot;: [village], &quot;several_kinds&quot;: n, &quot;households&quot;: n,
                             &quot;households_without_cadre&quot;: [household]}], &quot;totals&quot;: {counts}};
                             village = {&quot;id&quot;, &quot;name&quot;, &quot;town&quot;, &quot;kinds&quot;: [kind]},
                             household = {&quot;id&quot;, &quot;head&quot;, &quot;members&quot;, &quot;village&quot;, &quot;town&quot;,
                             &quot;registered_year&quot;, &quot;exit_year&quot; (null: not out of poverty)}</source>
        <translation>  coverage FILE [--county NAME] [--date YYYY-MM-DD] [--json]
                             按西部县区列出：没有有效结对的贫困村、只有一种结对的贫困村、
                             有多种结对（社区、企业、工商联 ↔ 村）的贫困村数，
                             以及没有干部结对的建档立卡贫困户。
                             JSON：{&quot;date&quot;, &quot;units&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;name_en&quot;,
                             &quot;illustrative&quot;, &quot;poor_villages&quot;, &quot;uncovered&quot;: [village],
                             &quot;one_kind&quot;: [village], &quot;several_kinds&quot;: n, &quot;households&quot;: n,
                             &quot;households_without_cadre&quot;: [household]}], &quot;totals&quot;: {counts}}；
                             village = {&quot;id&quot;, &quot;name&quot;, &quot;town&quot;, &quot;kinds&quot;: [kind]}，
                             household = {&quot;id&quot;, &quot;head&quot;, &quot;members&quot;, &quot;village&quot;, &quot;town&quot;,
                             &quot;registered_year&quot;, &quot;exit_year&quot;（null：尚未脱贫）}</translation>
    </message>
    <message>
        <source>  import-sales FILE DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid] [--overwrite] [--json]
                             import sales, with a validation report (see import-sales --help);
  import-sales --template OUT.csv|OUT.xlsx [--lang zh_CN|en]   write the import template</source>
        <translation>  import-sales FILE DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid] [--overwrite] [--json]
                             导入销售数据并输出校验报告（见 import-sales --help）；
  import-sales --template OUT.csv|OUT.xlsx [--lang zh_CN|en]   写出导入模板</translation>
    </message>
    <message>
        <source>  report FILE --kind yearly|county|roster|ledger|sales [--year Y | --from Y1 --to Y2]
                             [--county NAME] [--lang zh_CN|en] -o OUT.pdf
                             print a report to PDF</source>
        <translation>  report FILE --kind yearly|county|roster|ledger|sales [--year Y | --from Y1 --to Y2]
                             [--county NAME] [--lang zh_CN|en] -o OUT.pdf
                             将报表输出为 PDF</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The option --date needs a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>选项 --date 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>The command %1 needs the file to write: -o FILE.</source>
        <translation>命令 %1 需要指定要写入的文件：-o FILE。</translation>
    </message>
    <message>
        <source>The command report needs --kind (yearly, county, roster, ledger or sales).</source>
        <translation>命令 report 需要 --kind（yearly、county、roster、ledger 或 sales）。</translation>
    </message>
    <message>
        <source>Run &quot;%1 import-sales --help&quot; for usage.</source>
        <translation>运行“%1 import-sales --help”查看用法。</translation>
    </message>
    <message>
        <source>Imports sales into the consumption-aid ledger from a CSV file (UTF-8 or GB18030) or an .xlsx workbook, or writes the import template.</source>
        <translation>从 CSV 文件（UTF-8 或 GB18030）或 .xlsx 工作簿把销售数据导入消费帮扶台账，或写出导入模板。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>  import-sales --template OUT.csv|OUT.xlsx [--lang zh_CN|en]</source>
        <translation>  import-sales --template OUT.csv|OUT.xlsx [--lang zh_CN|en]</translation>
    </message>
    <message>
        <source>Files with the template&apos;s headers (Chinese or English, any column order) need no mapping. Every invalid row is reported with its row number, column and reason. Rows already in the ledger (same outlet, date, product, amount and source reference) are reported as duplicates and not added. The import is one transaction: when anything fails nothing is written.</source>
        <translation>表头与模板一致（中文或英文，列的顺序不限）的文件无需映射。每个无效行都会报告其行号、列和原因。台账中已有的行（销售网点、日期、产品、金额和来源单号均相同）作为重复行报告，不再添加。导入在一个事务中完成：任何一处失败，都不写入任何数据。</translation>
    </message>
    <message>
        <source>  0  imported (or, with --dry-run, would be imported); with --skip-invalid, invalid rows were skipped</source>
        <translation>  0  已导入（使用 --dry-run 时为可以导入）；使用 --skip-invalid 时已跳过无效行</translation>
    </message>
    <message>
        <source>  1  invalid rows and no --skip-invalid: nothing was imported</source>
        <translation>  1  存在无效行且未使用 --skip-invalid：未导入任何数据</translation>
    </message>
    <message>
        <source>  2  usage error, or a file that cannot be used (unreadable, unknown headers, not a Tongxin database)</source>
        <translation>  2  用法错误，或文件不可用（无法读取、表头无法识别、不是同心数据库）</translation>
    </message>
    <message>
        <source>  3  the database or the template could not be written</source>
        <translation>  3  无法写入数据库或模板</translation>
    </message>
    <message>
        <source>Write the import template (.csv or .xlsx) to this new file.</source>
        <translation>把导入模板（.csv 或 .xlsx）写入此新文件。</translation>
    </message>
    <message>
        <source>Validate and report only; write nothing.</source>
        <translation>只校验并报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the invalid ones.</source>
        <translation>导入有效行，跳过无效行。</translation>
    </message>
    <message>
        <source>Replace the ledger rows whose source reference is the source reference of an imported row (default: add).</source>
        <translation>替换来源单号与导入行来源单号相同的台账行（默认：添加）。</translation>
    </message>
    <message>
        <source>.xlsx: the sheet, by name or number (default: the first).</source>
        <translation>.xlsx：工作表，按名称或序号（默认：第一个）。</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>CSV: utf-8 or gb18030 (default: detected).</source>
        <translation>CSV：utf-8 或 gb18030（默认：自动检测）。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Print the report as JSON (money in fen).</source>
        <translation>以 JSON 输出报告（金额以分计）。</translation>
    </message>
    <message>
        <source>With --json, print on one line.</source>
        <translation>与 --json 合用，输出为一行。</translation>
    </message>
    <message>
        <source>Language of messages, and of the template: zh_CN or en (default: the system&apos;s).</source>
        <translation>消息和模板的语言：zh_CN 或 en（默认随系统）。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>The CSV or .xlsx file to import.</source>
        <translation>要导入的 CSV 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>With --template, import-sales takes no other file.</source>
        <translation>使用 --template 时，import-sales 不接受其他文件。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to --template.</source>
        <translation>选项 --%1 不适用于 --template。</translation>
    </message>
    <message>
        <source>The template is written as .csv or .xlsx, not &quot;%1&quot;.</source>
        <translation>模板须写为 .csv 或 .xlsx，而不是“%1”。</translation>
    </message>
    <message>
        <source>The command import-sales needs a database file and a CSV or .xlsx file.</source>
        <translation>命令 import-sales 需要一个数据库文件和一个 CSV 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The option --sheet needs a sheet name or number.</source>
        <translation>选项 --sheet 需要工作表名称或序号。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8 or gb18030.</source>
        <translation>未知编码“%1”；请使用 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>The option --encoding applies to CSV files only.</source>
        <translation>选项 --encoding 只适用于 CSV 文件。</translation>
    </message>
    <message>
        <source>The option --sheet applies to .xlsx files only.</source>
        <translation>选项 --sheet 只适用于 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Show this help; after a command, that command&apos;s help.</source>
        <translation>显示本帮助；写在命令之后则显示该命令的帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>only this calendar year (money paid, sales… dated in it).</source>
        <translation>仅此自然年（拨付资金、销售额等按日期计入该年）。</translation>
    </message>
    <message>
        <source>only projects of this funding year (the year of their plan and budget); their paid column still counts every payment, whatever its date (see --paid-year).</source>
        <translation>仅此资金年度的项目（即项目计划和预算所属年度）；其拨付列仍计入全部拨付，无论日期（见 --paid-year）。</translation>
    </message>
    <message>
        <source>from this year on.</source>
        <translation>从此年份起。</translation>
    </message>
    <message>
        <source>up to this year.</source>
        <translation>到此年份止。</translation>
    </message>
    <message>
        <source>one western unit, by Chinese or English name.</source>
        <translation>单个西部县区，按中文或英文名称。</translation>
    </message>
    <message>
        <source>print JSON (money in fen).</source>
        <translation>输出 JSON（金额以分计）。</translation>
    </message>
    <message>
        <source>with --json, print on one line.</source>
        <translation>与 --json 合用，输出为一行。</translation>
    </message>
    <message>
        <source>one category (code, English or Chinese name: industry, 产业…).</source>
        <translation>单个项目类别（代码、英文或中文名称：industry、产业…）。</translation>
    </message>
    <message>
        <source>one status (planned, under_construction, completed, accepted, cancelled, or its name).</source>
        <translation>单个项目状态（planned、under_construction、completed、accepted、cancelled，或其名称）。</translation>
    </message>
    <message>
        <source>count as paid only payments dated in this calendar year; the paid total then equals summary&apos;s fiscal aid paid for the same --paid-year and --county.</source>
        <translation>只把日期在此自然年内的拨付计为已拨付；此时拨付合计等于相同 --paid-year 和 --county 下 summary 的财政帮扶资金拨付额。</translation>
    </message>
    <message>
        <source>count pairings in force on this day (default: today).</source>
        <translation>统计此日有效的结对（默认：今天）。</translation>
    </message>
    <message>
        <source>yearly, county, roster, ledger or sales.</source>
        <translation>yearly、county、roster、ledger 或 sales。</translation>
    </message>
    <message>
        <source>the table to export.</source>
        <translation>要导出的表。</translation>
    </message>
    <message>
        <source>the statistical tables workbook.</source>
        <translation>统计表工作簿。</translation>
    </message>
    <message>
        <source>the PDF file to write (.pdf).</source>
        <translation>要写入的 PDF 文件（.pdf）。</translation>
    </message>
    <message>
        <source>the file to write (.xlsx or .csv).</source>
        <translation>要写入的文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Language of messages (and of reports): zh_CN or en (default: the system&apos;s).</source>
        <translation>消息（及报表）的语言：zh_CN 或 en（默认随系统）。</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND FILE [options]</source>
        <translation>用法：%1 命令 文件 [选项]</translation>
    </message>
    <message>
        <source>Options (each names the commands it applies to):</source>
        <translation>选项（每项注明适用的命令）：</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between command names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>commands: what the option does</comment>
        <extracomment>An option&apos;s use in the help: the commands it applies to, then what it does.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the help of one command.</source>
        <translation>运行“%1 命令 --help”查看单个命令的帮助。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for its usage.</source>
        <translation>运行“%1 %2 --help”查看其用法。</translation>
    </message>
    <message>
        <source>  import-sales FILE DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid] [--overwrite]
               [--sheet NAME|N] [--encoding utf-8|gb18030] [--wait SECONDS] [--json]</source>
        <translation>  import-sales 文件 数据.csv|数据.xlsx [--dry-run] [--skip-invalid] [--overwrite]
               [--sheet 名称|序号] [--encoding utf-8|gb18030] [--wait 秒数] [--json]</translation>
    </message>
    <message>
        <source>While another program writes the database, wait up to this many seconds (default: 30); then nothing is imported (exit code 3).</source>
        <translation>其他程序正在写入数据库时，最多等待这么多秒（默认 30）；超时则不导入任何数据（退出码 3）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The option --wait needs a number of seconds.</source>
        <translation>选项 --wait 需要一个秒数。</translation>
    </message>
    <message>
        <source>replace an existing Tongxin database (moved aside as FILE.replaced-DATE-TIME).</source>
        <translation>替换已有的同心数据库（原文件改名为 文件.replaced-日期-时间 保留）。</translation>
    </message>
    <message>
        <source>replace a database from a newer version of Tongxin too (moved aside).</source>
        <translation>连较新版本同心写入的数据库也替换（原文件改名保留）。</translation>
    </message>
    <message>
        <source>               [--allow-outside-period]</source>
        <translation>               [--allow-outside-period]</translation>
    </message>
    <message>
        <source>Import rows dated outside the office&apos;s period too (they are reported as warnings); without it they are invalid rows.</source>
        <translation>日期在本办公室统计期之外的记录也导入（作为警告列出）；不加此选项则这些记录视为无效。</translation>
    </message>
    <message>
        <source>print what each figure counts, which date decides its year, its scope, unit and target (no FILE needed).</source>
        <translation>输出每项指标统计什么、按哪个日期归入年份、统计范围、单位和对照的目标（无需 FILE）。</translation>
    </message>
    <message>
        <source>  summary FILE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]
                             print the headline figures
  summary --definitions [--json]
                             what each figure counts (指标说明)</source>
        <translation>  summary FILE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]
                             输出主要指标
  summary --definitions [--json]
                             各项指标的统计口径（指标说明）</translation>
    </message>
    <message>
        <source>  explain FILE FIGURE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]
                             list the records that make a figure (a summary --json key;
                             pairing_x.in_force_at_end for pairings on the last day) and
                             their total, which equals the figure. JSON: {&quot;figure&quot;,
                             &quot;value&quot;, &quot;records&quot;: [{&quot;table&quot;, &quot;id&quot;, &quot;date&quot;, &quot;unit&quot;,
                             &quot;description&quot;, &quot;value&quot;}], &quot;total&quot;}</source>
        <translation>  explain FILE FIGURE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]
                             列出构成某项指标的记录（FIGURE 为 summary --json 的键；
                             结对在期末仍有效的用 pairing_x.in_force_at_end）及其合计，
                             合计等于该指标。JSON：{&quot;figure&quot;, &quot;value&quot;,
                             &quot;records&quot;: [{&quot;table&quot;, &quot;id&quot;, &quot;date&quot;, &quot;unit&quot;,
                             &quot;description&quot;, &quot;value&quot;}], &quot;total&quot;}</translation>
    </message>
    <message>
        <source>The command explain needs a database file and a figure, e.g. fiscal_aid_paid_fen (summary --definitions lists them).</source>
        <translation>命令 explain 需要一个数据库文件和一项指标，例如 fiscal_aid_paid_fen（summary --definitions 列出全部指标）。</translation>
    </message>
    <message>
        <source>The command explain needs a database file and one figure.</source>
        <translation>命令 explain 需要一个数据库文件和一项指标。</translation>
    </message>
    <message>
        <source>  tables [--json]            list every register (kind of record): its columns, what each
                             holds, which are required and what a reference points to</source>
        <translation>  tables [--json]            列出每个登记簿（一类记录）：各列、各列内容、是否必填、
                             引用指向哪个登记簿</translation>
    </message>
    <message>
        <source>The command tables takes no database file.</source>
        <translation>命令 tables 不需要数据库文件。</translation>
    </message>
    <message>
        <source>Run &quot;%1 import --help&quot; for usage.</source>
        <translation>运行“%1 import --help”查看用法。</translation>
    </message>
    <message>
        <source>Imports the records of a register (places, organisations, people, registered poor households, pairings, projects, payments …) from a CSV file (UTF-8 or GB18030) or an .xlsx workbook, or writes a register&apos;s empty import file.</source>
        <translation>从 CSV 文件（UTF-8 或 GB18030）或 .xlsx 工作簿导入某一登记表（地方、单位、人员、建档立卡贫困户、结对、项目、拨付……）的记录，或写出该登记表的空白导入文件。</translation>
    </message>
    <message>
        <source>  import FILE --table NAME DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid]
         [--sheet NAME|N] [--encoding utf-8|gb18030] [--wait SECONDS] [--json]</source>
        <translation>  import 文件 --table 名称 数据.csv|数据.xlsx [--dry-run] [--skip-invalid]
         [--sheet 名称|序号] [--encoding utf-8|gb18030] [--wait 秒数] [--json]</translation>
    </message>
    <message>
        <source>  import --template --table NAME OUT.csv|OUT.xlsx [--lang zh_CN|en]</source>
        <translation>  import --template --table 名称 输出.csv|输出.xlsx [--lang zh_CN|en]</translation>
    </message>
    <message>
        <source>The registers: %1 (&quot;tables&quot; lists their columns); --table sales is import-sales.</source>
        <translation>登记表：%1（“tables”列出各表的列）；--table sales 即 import-sales。</translation>
    </message>
    <message>
        <source>The header row names the register&apos;s columns, in Chinese or English, in any order (a register&apos;s own export and its template need no mapping); other columns are ignored and listed. Codes by name in either language, flags 是/否, money in yuan, a reference by the name of the record it points to (a place also as a path such as 县/乡镇/村). Every row is checked as a form&apos;s Save checks it; every invalid row is reported with its row number, column and reason. Rows equal to a record already there are reported as present and not added. The import is one transaction: when anything fails nothing is written.</source>
        <translation>表头行以中文或英文写出登记表的列，顺序不限（登记表自身的导出文件和模板无需对应列）；其他列被忽略并列出。代码可写中英文名称，是否写“是/否”，金额以元计，引用写所指记录的名称（地方也可写成“县/乡镇/村”这样的路径）。每一行都按表单“保存”时的规则校验；每个无效行都报告行号、列和原因。与已有记录完全相同的行报告为已存在，不再添加。导入是一个事务：任何一处失败，都不写入任何内容。</translation>
    </message>
    <message>
        <source>  2  usage error, or a file that cannot be used (unreadable, no header row, not a Tongxin database)</source>
        <translation>  2  用法错误，或文件无法使用（无法读取、没有表头行、不是同心数据库）</translation>
    </message>
    <message>
        <source>The register to import into.</source>
        <translation>导入到的登记表。</translation>
    </message>
    <message>
        <source>Write the register&apos;s empty import file (.csv or .xlsx) instead.</source>
        <translation>改为写出该登记表的空白导入文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 输出报告。</translation>
    </message>
    <message>
        <source>The command import needs --table and the register&apos;s name.</source>
        <translation>import 命令需要 --table 和登记表名称。</translation>
    </message>
    <message>
        <source>Unknown register &quot;%1&quot;; the registers are: %2.</source>
        <translation>未知登记表“%1”；登记表有：%2。</translation>
    </message>
    <message>
        <source>With --template, import takes the new file&apos;s name only.</source>
        <translation>使用 --template 时，import 只接受新文件的名称。</translation>
    </message>
    <message>
        <source>The command import needs a database file and a CSV or .xlsx file.</source>
        <translation>import 命令需要一个数据库文件和一个 CSV 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>the whole office, a sheet per register (import --workbook reads it).</source>
        <translation>整个办公室的数据，每个登记表一张工作表（import --workbook 可读入）。</translation>
    </message>
    <message>
        <source>  import FILE --table NAME DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid] [--json]
                             import the records of a register (see import --help);
  import FILE --workbook DATA.xlsx [--dry-run] [--skip-invalid] [--json]
                             a whole-office workbook, every sheet or nothing;
  import --template --table NAME OUT.csv|OUT.xlsx [--lang zh_CN|en]
                             write a register&apos;s empty import file</source>
        <translation>  import FILE --table NAME DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid] [--json]
                             导入某一登记表的记录（见 import --help）；
  import FILE --workbook DATA.xlsx [--dry-run] [--skip-invalid] [--json]
                             导入整个办公室的工作簿，全部工作表或都不导入；
  import --template --table NAME OUT.csv|OUT.xlsx [--lang zh_CN|en]
                             写出该登记表的空白导入文件</translation>
    </message>
    <message>
        <source>  export FILE --table NAME [--year Y | --from Y1 --to Y2] [--county NAME] -o OUT.xlsx|OUT.csv
                             export a table: %1
  export FILE --stats [--year Y | --from Y1 --to Y2] [--county NAME] -o OUT.xlsx
                             the statistical tables: targets, actuals and completion
  export FILE --workbook -o OUT.xlsx
                             the whole office, a sheet per register</source>
        <translation>  export FILE --table NAME [--year Y | --from Y1 --to Y2] [--county NAME] -o OUT.xlsx|OUT.csv
                             导出一张表：%1
  export FILE --stats [--year Y | --from Y1 --to Y2] [--county NAME] -o OUT.xlsx
                             导出统计表：目标、实绩和完成率
  export FILE --workbook -o OUT.xlsx
                             导出整个办公室的数据，每个登记表一张工作表</translation>
    </message>
    <message>
        <source>The command export needs one of --table NAME, --stats or --workbook.</source>
        <translation>export 命令需要 --table 名称、--stats 或 --workbook 三者之一。</translation>
    </message>
    <message>
        <source>  import FILE --workbook DATA.xlsx [--dry-run] [--skip-invalid] [--json]</source>
        <translation>  import 文件 --workbook 数据.xlsx [--dry-run] [--skip-invalid] [--json]</translation>
    </message>
    <message>
        <source>--workbook imports a whole-office workbook (export --workbook writes one): every sheet named after a register, in either language, in the order records refer to each other (places, organisations, people, households, pairings, projects …, the sales ledger), all in one transaction.</source>
        <translation>--workbook 导入整个办公室的工作簿（export --workbook 可写出）：以中文或英文登记表名称命名的每张工作表，按记录相互引用的顺序（地方、单位、人员、贫困户、结对、项目……、销售台账）导入，全部在一个事务中完成。</translation>
    </message>
    <message>
        <source>Import a whole-office workbook: a sheet per register.</source>
        <translation>导入整个办公室的工作簿：每个登记表一张工作表。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to --workbook.</source>
        <translation>选项 --%1 不适用于 --workbook。</translation>
    </message>
    <message>
        <source>With --workbook, import needs a database file and an .xlsx workbook.</source>
        <translation>使用 --workbook 时，import 需要一个数据库文件和一个 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>only the changes to this table (a register, or settings).</source>
        <translation>只列出对该表（登记簿或设置）的修改。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>with --table, one record&apos;s history.</source>
        <translation>与 --table 同用：一条记录的历史。</translation>
    </message>
    <message>
        <source>only the changes made by this user.</source>
        <translation>只列出该用户做出的修改。</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>only insert, update, delete or import.</source>
        <translation>只列出 insert（新增）、update（修改）、delete（删除）或 import（导入）。</translation>
    </message>
    <message>
        <source>only the changes made on this day or later.</source>
        <translation>只列出当天及以后做出的修改。</translation>
    </message>
    <message>
        <source>only the changes made on this day or earlier.</source>
        <translation>只列出当天及以前做出的修改。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>only the newest n changes.</source>
        <translation>只列出最近的 n 处修改。</translation>
    </message>
    <message>
        <source>The option --operation needs one of: %1.</source>
        <translation>选项 --operation 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>The option --%1 needs a day as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>选项 --%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number above 0, not &quot;%2&quot;.</source>
        <translation>选项 --%1 需要大于 0 的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>The option --record needs --table: a record is a row of one table.</source>
        <translation>选项 --record 需要 --table：记录是某一张表中的一行。</translation>
    </message>
    <message>
        <source>the year to lock or unlock.</source>
        <translation>要锁定或解锁的年份。</translation>
    </message>
    <message>
        <source>the year of this western unit only (default: every unit).</source>
        <translation>只锁定该西部县区的这一年（默认：所有县区）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>why the year is locked (kept with the lock).</source>
        <translation>锁定的原因（与锁定一同保存）。</translation>
    </message>
    <message>
        <source>why it is unlocked (required; kept with the lock).</source>
        <translation>解锁的原因（必填；与锁定一同保存）。</translation>
    </message>
    <message>
        <source>  lock FILE --year Y [--county NAME] [--reason TEXT]
                             lock a year (of one western unit, or of all): its records can be
                             neither added, changed nor deleted until it is unlocked;
  lock FILE                  list the years locked</source>
        <translation>  lock FILE --year Y [--county NAME] [--reason TEXT]
                             锁定某一年（某个西部县区或全部）：解锁之前，该年的记录
                             不能新增、修改或删除；
  lock FILE                  列出已锁定的年份</translation>
    </message>
    <message>
        <source>  unlock FILE --year Y [--county NAME] --reason TEXT
                             end a lock, keeping who unlocked it, when and why</source>
        <translation>  unlock FILE --year Y [--county NAME] --reason TEXT
                             解除锁定，并保存解锁人、时间和原因</translation>
    </message>
    <message>
        <source>The command unlock needs --year and --reason.</source>
        <translation>命令 unlock 需要 --year 和 --reason。</translation>
    </message>
    <message>
        <source>The command lock needs --year to lock; without options it lists the locks.</source>
        <translation>命令 lock 需要 --year 才能锁定；不带选项时列出已有的锁定。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>add: administrator, office, county or viewer.</source>
        <translation>add：administrator（管理员）、office（办公室人员）、county（县区工作组）或 viewer（查阅人员）。</translation>
    </message>
    <message>
        <source>add, with --role county: a western unit the group writes (repeat for several).</source>
        <translation>add 且 --role county 时：该工作组可修改的西部县区（可重复指定多个）。</translation>
    </message>
    <message>
        <source>when the database has accounts, the account working (its password from TONGXIN_PASSWORD, or asked on the terminal).</source>
        <translation>数据库已启用账号时，以哪个账号工作（密码取自 TONGXIN_PASSWORD，或在终端中询问）。</translation>
    </message>
    <message>
        <source>  audit FILE [--table T [--record ID]] [--by USER] [--operation OP] [--since DAY]
             [--until DAY] [--limit N] [--json]
                             who changed what and when, newest first: every insert, update
                             and delete with the values before and after, and each import.
                             JSON: [{&quot;id&quot;, &quot;at&quot;, &quot;user&quot;, &quot;program&quot;, &quot;table&quot;,
                             &quot;row_id&quot;, &quot;operation&quot;, &quot;old&quot;, &quot;new&quot;}] (user and program
                             null: a change made by another program)</source>
        <translation>  audit FILE [--table T [--record ID]] [--by USER] [--operation OP] [--since DAY]
             [--until DAY] [--limit N] [--json]
                             谁在何时改了什么，最近的在前：每次新增、修改、删除及其前后的值，
                             以及每次导入。JSON：[{&quot;id&quot;, &quot;at&quot;, &quot;user&quot;, &quot;program&quot;, &quot;table&quot;,
                             &quot;row_id&quot;, &quot;operation&quot;, &quot;old&quot;, &quot;new&quot;}]（user 与 program 为
                             null：由其他程序做出的修改）</translation>
    </message>
    <message>
        <source>  user add FILE NAME --role administrator|office|county|viewer [--unit NAME]…
                             add an account; the first, an administrator, enables accounts;
                             its password from TONGXIN_NEW_PASSWORD, or asked twice
  user list FILE             the accounts, their roles and units
  user disable FILE NAME     disable an account (accounts are never deleted)
  user passwd FILE NAME      set a new password (TONGXIN_NEW_PASSWORD, or asked twice)</source>
        <translation>  user add FILE NAME --role administrator|office|county|viewer [--unit NAME]…
                             添加账号；第一个账号须为管理员，用于启用账号功能；
                             密码取自 TONGXIN_NEW_PASSWORD，或询问两次
  user list FILE             列出账号及其角色和县区
  user disable FILE NAME     停用账号（账号从不删除）
  user passwd FILE NAME      设置新密码（TONGXIN_NEW_PASSWORD，或询问两次）</translation>
    </message>
    <message>
        <source>  1  check found problems; or a write refused (a locked year, the account&apos;s role)</source>
        <translation>  1  检查发现问题；或写入被拒绝（年份已锁定、账号角色不允许）</translation>
    </message>
    <message>
        <source>The command user needs one of: %1.</source>
        <translation>命令 user 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>The command user list needs one database file.</source>
        <translation>命令 user list 需要一个数据库文件。</translation>
    </message>
    <message>
        <source>The command user %1 needs a database file and an account&apos;s name.</source>
        <translation>命令 user %1 需要一个数据库文件和一个账号名称。</translation>
    </message>
    <message>
        <source>The option --user needs an account&apos;s name.</source>
        <translation>选项 --user 需要一个账号名称。</translation>
    </message>
    <message>
        <source>The command user add needs --role (administrator, office, county or viewer).</source>
        <translation>命令 user add 需要 --role（administrator、office、county 或 viewer）。</translation>
    </message>
    <message>
        <source>The options --role and --unit apply to user add only.</source>
        <translation>选项 --role 和 --unit 只适用于 user add。</translation>
    </message>
    <message>
        <source>When the database has accounts: the account to sign in as (its password from TONGXIN_PASSWORD, or asked).</source>
        <translation>数据库已启用账号时：登录所用的账号（密码取自 TONGXIN_PASSWORD，或询问）。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The file %1 already exists; use --force to replace it.</source>
        <translation>文件 %1 已存在；使用 --force 替换它。</translation>
    </message>
    <message>
        <source>Created an empty Tongxin database: %1</source>
        <translation>已创建空的同心数据库：%1</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>Created the demo database: %1</source>
        <translation>已创建演示数据库：%1</translation>
    </message>
    <message>
        <source>%1: problems found: %2.</source>
        <translation>%1：发现问题 %2 处。</translation>
    </message>
    <message>
        <source>%1: all checks passed.</source>
        <translation>%1：全部检查通过。</translation>
    </message>
    <message>
        <source>The file %1 already exists; a backup never replaces a file.</source>
        <translation>文件 %1 已存在；备份从不覆盖文件。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read back: %2</source>
        <translation>无法读回备份 %1：%2</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1年起</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>至%1年</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Headline figures: %1, %2</source>
        <translation>主要指标：%1，%2</translation>
    </message>
    <message>
        <source>all western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>Unknown western unit &quot;%1&quot;: the database has no western units.</source>
        <translation>未知西部县区“%1”：数据库中没有西部县区。</translation>
    </message>
    <message>
        <source>Unknown western unit &quot;%1&quot;. Available units: %2.</source>
        <translation>未知西部县区“%1”。可选县区：%2。</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <source>Poor villages</source>
        <translation>贫困村</translation>
    </message>
    <message>
        <source>  with no village pairing in force</source>
        <translation>  没有有效的村级结对</translation>
    </message>
    <message>
        <source>  with one kind of pairing only</source>
        <translation>  只有一种结对</translation>
    </message>
    <message>
        <source>  with several kinds of pairing</source>
        <translation>  有多种结对</translation>
    </message>
    <message>
        <source>Registered poor households</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>  without a cadre pair in force</source>
        <translation>  没有有效的干部结对</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Pairing kind</source>
        <translation>结对类型</translation>
    </message>
    <message>
        <source>Registered poor households without a cadre pair</source>
        <translation>没有干部结对的建档立卡贫困户</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人口数</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>建档年份</translation>
    </message>
    <message>
        <source>Exit year</source>
        <translation>脱贫年份</translation>
    </message>
    <message>
        <source>Coverage of poor villages and registered poor households by pairings in force on %1</source>
        <translation>结对帮扶对贫困村和建档立卡贫困户的覆盖情况（截至 %1 有效的结对）</translation>
    </message>
    <message>
        <source>Village pairings: community ↔ village, enterprise ↔ village, chamber of commerce ↔ village.</source>
        <translation>村级结对：社区 ↔ 村、企业 ↔ 村、工商联 ↔ 村。</translation>
    </message>
    <message>
        <source>Poor villages with no village pairing in force</source>
        <translation>没有有效村级结对的贫困村</translation>
    </message>
    <message>
        <source>Poor villages with one kind of pairing only</source>
        <translation>只有一种结对的贫困村</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>The coverage could not be computed: %1</source>
        <translation>无法计算覆盖情况：%1</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv: %1</source>
        <translation>输出文件须以 .xlsx 或 .csv 结尾：%1</translation>
    </message>
    <message>
        <source>The statistical tables are a workbook of several sheets: write them to an .xlsx file.</source>
        <translation>统计表是包含多个工作表的工作簿：请写入 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;. Tables: %2.</source>
        <translation>未知表“%1”。可用表：%2。</translation>
    </message>
    <message>
        <source>The table %1 has no years to filter by.</source>
        <translation>表 %1 没有可供筛选的年份。</translation>
    </message>
    <message>
        <source>The table %1 cannot be filtered by western unit.</source>
        <translation>表 %1 无法按西部县区筛选。</translation>
    </message>
    <message>
        <source>Exported %1 rows: %2</source>
        <translation>已导出 %1 行：%2</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>The file %1 already exists; the template never replaces a file.</source>
        <translation>文件 %1 已存在；写出模板从不覆盖文件。</translation>
    </message>
    <message>
        <source>Import template written: %1</source>
        <translation>导入模板已写入：%1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>%1: CSV, encoding %2%3, delimiter %4</source>
        <translation>%1：CSV，编码 %2%3，分隔符 %4</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation>（自动检测）</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot;</source>
        <translation>%1：工作表“%2”</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot; for --%2. Use one of: %3.</source>
        <translation>--%2 的取值“%1”无法识别。可选值：%3。</translation>
    </message>
    <message>
        <source>funding year %1</source>
        <translation>资金年度 %1</translation>
    </message>
    <message>
        <source>all funding years</source>
        <translation>全部资金年度</translation>
    </message>
    <message>
        <source>Project ledger: %1</source>
        <translation>项目台账：%1</translation>
    </message>
    <message>
        <source>Paid: payments dated in %1 only.</source>
        <translation>拨付额：仅计 %1 年内的拨付。</translation>
    </message>
    <message>
        <source>Paid: every payment to these projects, whatever its date.</source>
        <translation>拨付额：计入这些项目的全部拨付，无论日期。</translation>
    </message>
    <message>
        <source>No projects match.</source>
        <translation>没有符合条件的项目。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>% paid</source>
        <translation>拨付率</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Total: 1 project</source>
        <translation>合计：1 个项目</translation>
    </message>
    <message>
        <source>Total: %1 projects</source>
        <translation>合计：%1 个项目</translation>
    </message>
    <message>
        <source>The project ledger could not be read: %1</source>
        <translation>无法读取项目台账：%1</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;. Reports: %2.</source>
        <translation>未知报表“%1”。可用报表：%2。</translation>
    </message>
    <message>
        <source>Reports need the graphical libraries (fonts); this program was started without them.</source>
        <translation>生成报表需要图形库（字体）；本程序启动时未加载这些库。</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报表已写入：%1</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing the database…</source>
        <translation>正在等待其他程序完成对数据库的写入…</translation>
    </message>
    <message>
        <source>A report is written as a PDF file: the output file must end in .pdf: %1</source>
        <translation>报表以 PDF 文件写出，输出文件名须以 .pdf 结尾：%1</translation>
    </message>
    <message>
        <source>Use --force-newer to move it aside and replace it anyway.</source>
        <translation>如仍要替换，请使用 --force-newer（原文件将改名保留）。</translation>
    </message>
    <message>
        <source>The previous file %1 was kept as %2.</source>
        <translation>原文件 %1 已保留为 %2。</translation>
    </message>
    <message>
        <source>The file %1 was upgraded to this version of Tongxin; a copy of it as it was is kept as %2.</source>
        <translation>文件 %1 已升级到当前版本的同心；升级前的副本保留为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) dated outside the office&apos;s period %1–%2; if the dates are right, import them with --allow-outside-period.</source>
        <translation>
            <numerusform>有 %n 条记录的日期在本办公室统计期 %1–%2 之外；如日期无误，请使用 --allow-outside-period 导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>Total of the records: %1 (%2); the figure: %3.</source>
        <translation>记录合计：%1（%2）；指标值：%3。</translation>
    </message>
    <message>
        <source>There is no figure &quot;%1&quot;. Figures: %2.</source>
        <translation>没有指标“%1”。可用指标：%2。</translation>
    </message>
    <message>
        <source>The figure could not be computed: %1</source>
        <translation>无法计算该指标：%1</translation>
    </message>
    <message>
        <source>Outside the period %1 (dated before or after; not in the figures above)</source>
        <translation>协作期 %1 之外（日期在此前或此后；不计入以上指标）</translation>
    </message>
    <message>
        <source>Amounts in yuan.</source>
        <translation>金额单位：元。</translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <translation>未分配到县区</translation>
    </message>
    <message>
        <source>office-wide</source>
        <translation>全办</translation>
    </message>
    <message>
        <source>note: no record is dated in %1; the records are dated %2.</source>
        <extracomment>On stderr: no period is set; %1 the years asked, %2 the years of the records (&quot;2018–2020&quot;).</extracomment>
        <translation>注意：%1 没有任何记录；记录的日期在 %2。</translation>
    </message>
    <message>
        <source>note: %1 is outside the office&apos;s period %2; the figures are those of the records dated in %1.</source>
        <extracomment>On stderr: the years asked (%1: &quot;2031&quot;, &quot;2015–2016&quot;) are not in the office&apos;s period (%2: &quot;2017–2020&quot;).</extracomment>
        <translation>注意：%1 在本办协作期 %2 之外；以下数字为日期在 %1 的记录之和。</translation>
    </message>
    <message>
        <source>note: %1 reaches outside the office&apos;s period %2.</source>
        <extracomment>On stderr: the years asked (%1: &quot;2015–2020&quot;, &quot;from 2018&quot;) start before or end after the office&apos;s period.</extracomment>
        <translation>注意：%1 超出本办协作期 %2。</translation>
    </message>
    <message>
        <source>Records are dated before the period: “tongxin-cli summary %1 --to %2” shows them.</source>
        <extracomment>On stderr, after the note on the period; %1 is the database file as given, %2 a year.</extracomment>
        <translation>有记录日期在协作期之前：“tongxin-cli summary %1 --to %2”可列出。</translation>
    </message>
    <message>
        <source>Records are dated after the period: “tongxin-cli summary %1 --from %2” shows them.</source>
        <extracomment>On stderr, after the note on the period; %1 is the database file as given, %2 a year.</extracomment>
        <translation>有记录日期在协作期之后：“tongxin-cli summary %1 --from %2”可列出。</translation>
    </message>
    <message>
        <source>No record is dated outside the period.</source>
        <translation>没有日期在协作期之外的记录。</translation>
    </message>
    <message>
        <source>the record&apos;s number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>money, stored in fen</source>
        <translation>金额，以分存储</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>取值之一：%1</translation>
    </message>
    <message>
        <source>1 yes, 0 no</source>
        <translation>1 是，0 否</translation>
    </message>
    <message>
        <source>a record of %1</source>
        <translation>%1 中的一条记录</translation>
    </message>
    <message>
        <source>a file&apos;s bytes</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>(year from %1)</source>
        <translation>（年份取自 %1）</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>Exported 1 row: %1</source>
        <translation>已导出 1 行：%1</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a file to import.</source>
        <translation>%1 是数据库本身，不是要导入的文件。</translation>
    </message>
    <message>
        <source>Columns ignored (no column of this register has these names): %1</source>
        <translation>已忽略的列（本登记表没有这些名称的列）：%1</translation>
    </message>
    <message>
        <source>… and more: only the first %1 problems are listed.</source>
        <translation>……还有更多：只列出前 %1 个问题。</translation>
    </message>
    <message>
        <source>The office workbook holds every record, a sheet per register: write it to an .xlsx file, without --year, --from, --to or --county.</source>
        <translation>办公室工作簿包含全部记录，每个登记表一张工作表：请写入 .xlsx 文件，且不要使用 --year、--from、--to 或 --county。</translation>
    </message>
    <message>
        <source>Sheets left out (named after no register): %1</source>
        <translation>未导入的工作表（名称不是任何登记表）：%1</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4 %5</source>
        <extracomment>An audit entry&apos;s first line: its number, the local time, who, what was done, to what.</extracomment>
        <translation>#%1  %2  %3  %4%5</translation>
    </message>
    <message>
        <source>No audited table is called &quot;%1&quot;. Tables: %2.</source>
        <translation>没有名为“%1”的审计表。可用的表：%2。</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>No change recorded matches.</source>
        <translation>没有符合条件的修改记录。</translation>
    </message>
    <message>
        <source>No year is locked.</source>
        <translation>没有锁定的年份。</translation>
    </message>
    <message>
        <source>every western unit</source>
        <translation>所有西部县区</translation>
    </message>
    <message>
        <source>Locked: %1 · %2.</source>
        <translation>已锁定：%1 · %2。</translation>
    </message>
    <message>
        <source>Unlocked: %1 · %2.</source>
        <translation>已解锁：%1 · %2。</translation>
    </message>
    <message>
        <source>No password: set %1, or run the command on a terminal to be asked.</source>
        <translation>没有密码：请设置 %1，或在终端中运行命令以便询问。</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不同；未做任何修改。</translation>
    </message>
    <message>
        <source>added %1 by %2</source>
        <translation>%1 由 %2 添加</translation>
    </message>
    <message>
        <source>disabled %1 by %2</source>
        <translation>%1 由 %2 停用</translation>
    </message>
    <message>
        <source>%1 has accounts: say who is working with --user NAME (the password from TONGXIN_PASSWORD, or asked on the terminal).</source>
        <translation>%1 已启用账号：请用 --user 账号 说明由谁工作（密码取自 TONGXIN_PASSWORD，或在终端中询问）。</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>%1 has no accounts: whoever opens it works, named by their login. &quot;user add&quot; with --role administrator enables accounts.</source>
        <translation>%1 未启用账号：谁打开就由谁工作，以其系统登录名记录。用 &quot;user add&quot; 加 --role administrator 即可启用账号。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use administrator, office, county or viewer.</source>
        <translation>未知角色&quot;%1&quot;；请使用 administrator、office、county 或 viewer。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation>已添加账号 %1（%2）。</translation>
    </message>
    <message>
        <source>Disabled the account %1.</source>
        <translation>已停用账号 %1。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
</context>
<context>
    <name>ConsumptionForms</name>
    <message>
        <source>New outlet</source>
        <translation>新增销售网点</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>销售网点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>The eastern district, street or community where the outlet is</source>
        <translation>销售网点所在的东部区、街道或社区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>停业日期</translation>
    </message>
    <message>
        <source>Leave unticked while the outlet is open</source>
        <translation>销售网点仍在营业时请勿勾选</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>新增销售记录</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Where it was sold; empty for institutional purchases and sales without an outlet</source>
        <translation>销售地点；单位采购及无销售网点的销售留空</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The unit of the quantity: box, bag, kg …</source>
        <translation>数量的计量单位：箱、袋、千克等</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Buyer type</source>
        <translation>购买方类型</translation>
    </message>
    <message>
        <source>Purchase instead of donation</source>
        <translation>以购代捐</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>来源单号</translation>
    </message>
    <message>
        <source>The order, voucher or contract number of the source</source>
        <translation>来源的订单号、凭证号或合同编号</translation>
    </message>
    <message>
        <source>Origin county</source>
        <translation>来源县区</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>无法写入 CSV 文件：%1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>This build cannot read the encoding %1.</source>
        <translation>此版本无法读取编码 %1。</translation>
    </message>
    <message>
        <source>The file %1 is UTF-16 text (&quot;Unicode text&quot;); save it as CSV UTF-8 or CSV.</source>
        <translation>文件 %1 是 UTF-16 文本（“Unicode 文本”）；请另存为“CSV UTF-8”或 CSV。</translation>
    </message>
    <message>
        <source>The file %1 is a workbook (.xlsx or .xls), not CSV text; give it the suffix .xlsx, or save it as CSV.</source>
        <translation>文件 %1 是工作簿（.xlsx 或 .xls），不是 CSV 文本；请将其后缀改为 .xlsx，或另存为 CSV。</translation>
    </message>
    <message>
        <source>Row %1 (line %2) has more than %L3 cells; the file is refused (is the delimiter right?).</source>
        <translation>第 %1 行（文件第 %2 行）超过 %L3 个单元格，文件被拒绝（分隔符是否正确？）。</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell opens here and is never closed, so the rest of the file would be one cell; check for a stray &quot; on that line.</source>
        <translation>第 %1 行：此处开始的带引号单元格始终没有结束，文件其余部分都会成为一个单元格；请检查该行是否有多余的 &quot;。</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell opens here and runs on over more than %2 lines without closing; check for a stray &quot; on that line.</source>
        <translation>第 %1 行：此处开始的带引号单元格跨越超过 %2 行仍未结束；请检查该行是否有多余的 &quot;。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Fiscal aid paid by western unit and year</source>
        <translation>财政帮扶资金拨付（按县区和年份）</translation>
    </message>
    <message>
        <source>Consumption-aid sales by month and channel</source>
        <translation>消费帮扶销售额（按月份和渠道）</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Western unit:</source>
        <translation>西部县区(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 exists and is not a Tongxin database; it was not overwritten.</source>
        <translation>文件 %1 已存在且不是同心数据库；未被覆盖。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a Tongxin database.</source>
        <translation>文件 %1 不是同心数据库。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of Tongxin (schema %2; this version reads up to %3). It has not been changed.</source>
        <translation>文件 %1 由更新版本的同心写入（结构版本 %2；本版本最多读取 %3）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The file %1 could not be upgraded: %2</source>
        <translation>无法升级文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>文件 %1 已存在。</translation>
    </message>
    <message>
        <source>The file %1 could not be created: %2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>The file %1 is open in Tongxin; it was not replaced.</source>
        <translation>文件 %1 正在同心中打开，未被替换。</translation>
    </message>
    <message>
        <source>The file %1 is locked by another program, which holds it for itself. Close that program, or try again when it has finished.</source>
        <translation>文件 %1 被其他程序独占锁定。请关闭该程序，或待其完成后再试。</translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2). It has not been changed; restore it from a backup copy.</source>
        <translation>文件 %1 已损坏（%2）。文件未被改动；请从备份副本恢复。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: the file or its folder is read-only.</source>
        <translation>无法写入文件 %1：文件或其所在文件夹是只读的。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>存放 %1 的磁盘已满。</translation>
    </message>
    <message>
        <source>The file %1 is truncated: it holds %2 of the %3 bytes its header announces (an interrupted copy or download?). It has not been changed; restore it from a backup copy.</source>
        <translation>文件 %1 不完整：文件头声明 %3 字节，实际只有 %2 字节（复制或下载被中断？）。文件未被改动；请从备份副本恢复。</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of Tongxin; it was not replaced.</source>
        <translation>文件 %1 由较新版本的同心写入，未被替换。</translation>
    </message>
    <message>
        <source>The file %1 holds no tables: it is not a usable Tongxin database. It has not been changed; restore it from a backup copy.</source>
        <translation>文件 %1 中没有任何表，不是可用的同心数据库。文件未被改动；请从备份副本恢复。</translation>
    </message>
    <message>
        <source>The file %1 was not upgraded: its copy %2 could not be written: %3</source>
        <translation>文件 %1 未升级：无法写入其副本 %2：%3</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>A pairing links one eastern party with one western party; both sides cannot be on the same side.</source>
        <translation>结对须连接一个东部单位和一个西部单位；双方不能在同一侧。</translation>
    </message>
    <message>
        <source>The two parties do not fit this kind of pairing.</source>
        <translation>双方不符合此结对类型。</translation>
    </message>
    <message>
        <source>An identical active pairing already exists.</source>
        <translation>已存在相同的有效结对。</translation>
    </message>
    <message>
        <source>The total paid for a project cannot exceed its budget.</source>
        <translation>项目的拨付总额不能超过预算。</translation>
    </message>
    <message>
        <source>The parent place is not of the right level (street in a district, community in a street, town in a county, village in a town).</source>
        <translation>上级地方的层级不正确（街道属于区，社区属于街道，乡镇属于县区，村属于乡镇）。</translation>
    </message>
    <message>
        <source>An organisation must be in a place on its own side.</source>
        <translation>单位必须位于本方的地方。</translation>
    </message>
    <message>
        <source>A registered poor household must belong to a village.</source>
        <translation>建档立卡贫困户必须属于一个村。</translation>
    </message>
    <message>
        <source>This record is used by other records, or refers to a record that does not exist.</source>
        <translation>此记录正被其他记录使用，或引用了不存在的记录。</translation>
    </message>
    <message>
        <source>A record with the same values already exists.</source>
        <translation>已存在相同取值的记录。</translation>
    </message>
    <message>
        <source>A value is out of range or inconsistent (for example a negative amount or an end date before the start).</source>
        <translation>有数值超出范围或前后矛盾（例如金额为负数，或结束日期早于开始日期）。</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>缺少必填项。</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>数据库文件为只读。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The database is being written by another program; try again in a moment.</source>
        <translation>其他程序正在写入数据库，请稍后再试。</translation>
    </message>
    <message>
        <source>A required value is missing: “%1” (%2).</source>
        <extracomment>%1 a column&apos;s label, %2 the records of its register (&quot;sales records&quot;)</extracomment>
        <translation>缺少必填项：“%1”（%2）。</translation>
    </message>
    <message>
        <source>This record is in a locked period (a year locked for its western unit); unlock the year first.</source>
        <translation>这条记录属于已锁定的期间（其西部县区的该年份已锁定）；请先解锁该年份。</translation>
    </message>
    <message>
        <source>A period lock is never deleted or changed; it can only be unlocked, once.</source>
        <translation>期间锁定不能删除或修改，只能解锁一次。</translation>
    </message>
</context>
<context>
    <name>DbFiles</name>
    <message>
        <source>The file %1 already exists.</source>
        <translation>文件 %1 已存在。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside.</source>
        <translation>无法将文件 %1 改名移开。</translation>
    </message>
</context>
<context>
    <name>Definitions</name>
    <message>
        <source>Special working groups in existence at any time in the span: established by its end and not dissolved before its start.</source>
        <translation>统计期内任一时间存在的专项工作组：在期末前成立、且未在期初前撤销。</translation>
    </message>
    <message>
        <source>Established and dissolved dates.</source>
        <translation>成立日期和撤销日期。</translation>
    </message>
    <message>
        <source>Trips of eastern delegations to the west, each trip once.</source>
        <translation>东部赴西部考察对接的次数，每次计一次。</translation>
    </message>
    <message>
        <source>The trip&apos;s start date.</source>
        <translation>出发日期。</translation>
    </message>
    <message>
        <source>Eastern cadres sent to the west: secondments that started in the span, each person once (a person seconded twice counts once; in a unit&apos;s row, once in each unit).</source>
        <translation>选派到西部挂职的东部党政干部：统计期内开始的挂职，每人计一次（挂职两次的计一次；在县区行中，每个县区各计一次）。</translation>
    </message>
    <message>
        <source>The secondment&apos;s start date.</source>
        <translation>挂职开始日期。</translation>
    </message>
    <message>
        <source>Eastern cadres in post in the west: secondments that overlap the span (started by its end, not ended before its start), each person once.</source>
        <translation>在西部挂职在岗的东部干部：与统计期有交叉的挂职（期末前开始、期初前未结束），每人计一次。</translation>
    </message>
    <message>
        <source>The secondment&apos;s start and end dates.</source>
        <translation>挂职开始和结束日期。</translation>
    </message>
    <message>
        <source>Professionals (doctors, teachers, technicians) sent to the west: dispatches that started in the span, each person once.</source>
        <translation>选派到西部的专业技术人才（医生、教师、技术人员）：统计期内开始的选派，每人计一次。</translation>
    </message>
    <message>
        <source>The dispatch&apos;s start date.</source>
        <translation>选派开始日期。</translation>
    </message>
    <message>
        <source>Professionals in post in the west: dispatches that overlap the span, each person once.</source>
        <translation>在西部在岗的专业技术人才：与统计期有交叉的选派，每人计一次。</translation>
    </message>
    <message>
        <source>The dispatch&apos;s start and end dates.</source>
        <translation>选派开始和结束日期。</translation>
    </message>
    <message>
        <source>Guidance, exchange and training sessions held, each session once.</source>
        <translation>开展的技术指导、交流和培训活动，每场计一次。</translation>
    </message>
    <message>
        <source>The session&apos;s date.</source>
        <translation>活动日期。</translation>
    </message>
    <message>
        <source>Training opportunities: the person-times recorded on the sessions, added up.</source>
        <translation>培训机会：各场活动登记的人次之和。</translation>
    </message>
    <message>
        <source>Western cadres and professionals received in the east: the persons of each group received, added up.</source>
        <translation>东部接收的西部干部和专业技术人员：各批次人数之和。</translation>
    </message>
    <message>
        <source>The group&apos;s arrival date.</source>
        <translation>到达日期。</translation>
    </message>
    <message>
        <source>Fiscal aid paid out to projects: the amounts of the payments, added up.</source>
        <translation>拨付给项目的财政帮扶资金：各笔拨付金额之和。</translation>
    </message>
    <message>
        <source>The payment&apos;s date.</source>
        <translation>拨付日期。</translation>
    </message>
    <message>
        <source>Fiscal aid projects of the span&apos;s years, except cancelled ones.</source>
        <translation>统计期各年度的财政帮扶项目，已取消的除外。</translation>
    </message>
    <message>
        <source>The project&apos;s year.</source>
        <translation>项目年度。</translation>
    </message>
    <message>
        <source>Eastern enterprises with a settlement recorded in the span&apos;s years, each enterprise once in the span (an enterprise that settles in one year and expands in another counts in both years, once over both).</source>
        <translation>统计期各年度有落地记录的东部企业，统计期内每家计一次（某年落地、另一年扩产的企业在两个年度各计一次，两年合计只计一次）。</translation>
    </message>
    <message>
        <source>The settlement&apos;s year.</source>
        <translation>落地年度。</translation>
    </message>
    <message>
        <source>Eastern enterprises settling in the west for the first time: settlements marked New in the span&apos;s years, each enterprise once (over several years these add up to the enterprises settled).</source>
        <translation>首次到西部落地的东部企业：统计期各年度标为“新落地”的记录，每家计一次（多年相加等于落户企业数）。</translation>
    </message>
    <message>
        <source>Expansions (such as a second phase) of enterprises already settled: settlements marked Expansion in the span&apos;s years, each once.</source>
        <translation>已落地企业的扩产（如二期扩产）：统计期各年度标为“扩产”的记录，每条计一次。</translation>
    </message>
    <message>
        <source>The investment recorded on those settlements, added up.</source>
        <translation>上述落地记录登记的投资额之和。</translation>
    </message>
    <message>
        <source>Showrooms, counters and shops open at any time in the span (opened by its end, not closed before its start).</source>
        <translation>统计期内任一时间营业的消费帮扶馆、专柜和专店（期末前开业、期初前未关闭）。</translation>
    </message>
    <message>
        <source>Opening and closing dates.</source>
        <translation>开业和关闭日期。</translation>
    </message>
    <message>
        <source>Sales of western products in the sales ledger: the amounts, added up.</source>
        <translation>销售台账中西部产品的销售额之和。</translation>
    </message>
    <message>
        <source>The sale&apos;s date.</source>
        <translation>销售日期。</translation>
    </message>
    <message>
        <source>Livestream talents trained, each record once.</source>
        <translation>培训的直播人才，每条记录计一次。</translation>
    </message>
    <message>
        <source>The training date.</source>
        <translation>培训日期。</translation>
    </message>
    <message>
        <source>Sales made in livestream sessions of events: the amounts recorded on the sessions, added up.</source>
        <translation>活动直播场次的销售额：各场登记金额之和。</translation>
    </message>
    <message>
        <source>Orders recorded on the livestream sessions, added up.</source>
        <translation>各直播场次登记的订单量之和。</translation>
    </message>
    <message>
        <source>Viewers recorded on the livestream sessions, added up (a person watching two sessions counts twice).</source>
        <translation>各直播场次登记的观看人数之和（同一人观看两场计两次）。</translation>
    </message>
    <message>
        <source>Clicks recorded on the livestream sessions, added up.</source>
        <translation>各直播场次登记的点击量之和。</translation>
    </message>
    <message>
        <source>Rural workers placed in jobs: the persons of each placement record, added up.</source>
        <translation>农村劳动力转移就业：各条就业记录人数之和。</translation>
    </message>
    <message>
        <source>The year of placement.</source>
        <translation>就业年度。</translation>
    </message>
    <message>
        <source>Of those, registered poor: the poor persons of each placement record, added up.</source>
        <translation>其中建档立卡贫困人口：各条就业记录贫困人数之和。</translation>
    </message>
    <message>
        <source>Donations in cash: the cash amounts, added up.</source>
        <translation>现金捐赠：各笔现金金额之和。</translation>
    </message>
    <message>
        <source>The donation date.</source>
        <translation>捐赠日期。</translation>
    </message>
    <message>
        <source>Donations in kind: the goods at the value recorded, added up.</source>
        <translation>物资捐赠：按登记价值折算的物资之和。</translation>
    </message>
    <message>
        <source>Pairings of this kind in force at any time in the span (started by its end, not ended before its start), shown as distinct eastern parties ↔ distinct western parties · pairings.</source>
        <translation>统计期内任一时间有效的该类结对（期末前开始、期初前未结束），显示为：不同的东部结对方 ↔ 不同的西部结对方 · 结对数。</translation>
    </message>
    <message>
        <source>Pairings of this kind still in force on the last day of the span.</source>
        <translation>统计期最后一天仍有效的该类结对。</translation>
    </message>
    <message>
        <source>The pairing&apos;s start and end dates.</source>
        <translation>结对开始和结束日期。</translation>
    </message>
    <message>
        <source>Office-wide: not counted per western unit.</source>
        <translation>全办统计：不按西部县区分列。</translation>
    </message>
    <message>
        <source>Per western unit: the unit the record names.</source>
        <translation>按西部县区：记录所填的县区。</translation>
    </message>
    <message>
        <source>Per western unit: the unit the record names; records that name none are in the total and in the row &quot;Not assigned to a unit&quot;.</source>
        <translation>按西部县区：记录所填的县区；未填县区的记录计入合计和“未分配到县区”行。</translation>
    </message>
    <message>
        <source>Per western unit: the project&apos;s unit.</source>
        <translation>按西部县区：项目所属县区。</translation>
    </message>
    <message>
        <source>Per western unit: the unit of the western party; pairings whose party has no unit are in the row &quot;Not assigned to a unit&quot;.</source>
        <translation>按西部县区：西部结对方所属县区；结对方无所属县区的计入“未分配到县区”行。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Its targets, set per western unit and year; a rate over several units or years divides the sum of the units&apos; figures, each counted in its unit and year, by the sum of their targets.</source>
        <translation>按西部县区和年度设定的目标；跨县区或跨年度的完成率，以各县区各年度分别统计的实际数之和除以相应目标之和。</translation>
    </message>
    <message>
        <source>%1
Year: %2
%3
Target: %4</source>
        <translation>%1
年份：%2
%3
目标：%4</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>统计内容</translation>
    </message>
    <message>
        <source>Which date decides the year</source>
        <translation>归入年份的日期</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>对照目标</translation>
    </message>
    <message>
        <source>%1, in force at the end</source>
        <translation>%1（期末有效）</translation>
    </message>
    <message>
        <source>pairings</source>
        <translation>对</translation>
    </message>
    <message>
        <source>yuan (fen in JSON)</source>
        <translation>元（JSON 中为分）</translation>
    </message>
    <message>
        <source>Pairings in force at the end (each kind)</source>
        <translation>期末有效的结对（各类）</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>The demo data can only be written into an empty database.</source>
        <translation>演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>The demo data could not be generated.</source>
        <translation>无法生成演示数据。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
</context>
<context>
    <name>EventRules</name>
    <message>
        <source>The event needs a name.</source>
        <translation>活动须填写名称。</translation>
    </message>
    <message>
        <source>The event needs its first day.</source>
        <translation>活动须填写开始日期。</translation>
    </message>
    <message>
        <source>The event needs its last day.</source>
        <translation>活动须填写结束日期。</translation>
    </message>
    <message>
        <source>The event cannot end (%1) before it starts (%2).</source>
        <translation>活动的结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>%1 livestream sessions of this event fall outside these dates (%2 to %3): change their dates first, or keep the event&apos;s dates around them.</source>
        <translation>本活动有 %1 场直播不在此日期范围（%2 至 %3）内：请先修改这些直播的日期，或使活动日期涵盖这些直播。</translation>
    </message>
    <message>
        <source>Choose the event of the livestream session.</source>
        <translation>请选择直播场次所属的活动。</translation>
    </message>
    <message>
        <source>The livestream session needs its date.</source>
        <translation>直播场次须填写日期。</translation>
    </message>
    <message>
        <source>The event of the livestream session does not exist.</source>
        <translation>直播场次所属的活动不存在。</translation>
    </message>
    <message>
        <source>The session&apos;s date %1 is outside the event &quot;%2&quot;, which runs from %3 to %4.</source>
        <translation>直播场次日期 %1 不在活动“%2”的时间范围（%3 至 %4）内。</translation>
    </message>
    <message>
        <source>The unit of a livestream session must be a western unit.</source>
        <translation>直播场次的所属县区必须是西部县区。</translation>
    </message>
    <message>
        <source>Sales cannot be negative.</source>
        <translation>销售额不能为负数。</translation>
    </message>
    <message>
        <source>Orders cannot be negative.</source>
        <translation>订单量不能为负数。</translation>
    </message>
    <message>
        <source>Viewers cannot be negative.</source>
        <translation>观看人数不能为负数。</translation>
    </message>
    <message>
        <source>Clicks cannot be negative.</source>
        <translation>点击量不能为负数。</translation>
    </message>
    <message>
        <source>The talent needs a name.</source>
        <translation>直播人才须填写姓名。</translation>
    </message>
    <message>
        <source>Choose the western unit the talent comes from.</source>
        <translation>请选择直播人才所在的西部县区。</translation>
    </message>
    <message>
        <source>The talent needs the date of the training.</source>
        <translation>直播人才须填写培训日期。</translation>
    </message>
    <message>
        <source>The sales of a session</source>
        <translation>单场直播销售额</translation>
    </message>
    <message>
        <source>The number of orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>The number of viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>The number of clicks</source>
        <translation>点击量</translation>
    </message>
</context>
<context>
    <name>EventsChart</name>
    <message>
        <source>%1
%2: %3
That day: %4</source>
        <translation>%1
%2：%3
当日：%4</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>每日销售额</translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <extracomment>The bar set of livestream sessions that name no western unit (as the row of that name in tables).</extracomment>
        <translation>未分配到县区</translation>
    </message>
</context>
<context>
    <name>EventsForms</name>
    <message>
        <source>New event</source>
        <translation>新增活动</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New livestream session</source>
        <translation>新增直播场次</translation>
    </message>
    <message>
        <source>Livestream session</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>The western unit whose produce was sold</source>
        <translation>所售农产品的产地西部县区</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Sales (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单量</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <source>New livestream talent</source>
        <translation>新增直播人才</translation>
    </message>
    <message>
        <source>Livestream talent</source>
        <translation>直播人才</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Trained for the event</source>
        <translation>培训所属活动</translation>
    </message>
    <message>
        <source>The event the talent was trained for, if any</source>
        <translation>该直播人才参加培训所属的活动（如有）</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>个人背景</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>There is no figure &quot;%1&quot;.</source>
        <translation>没有指标“%1”。</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Adds to the figure</source>
        <translation>计入指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation>国有</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>民营</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>东西部</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>County / district</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>贫困</translation>
    </message>
    <message>
        <source>Exit year</source>
        <translation>退出年份</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>所有制</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Registered poor households</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人口数</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>建档年份</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>吃穿</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>义务教育</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>基本医疗</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房安全</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation>饮水安全</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Eastern party</source>
        <translation>东部结对方</translation>
    </message>
    <message>
        <source>Western party</source>
        <translation>西部结对方</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Aid projects</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Paid %</source>
        <translation>拨付率</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Of whom poor</source>
        <translation>其中贫困人口</translation>
    </message>
    <message>
        <source>Project payments</source>
        <translation>项目拨付</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Fiscal aid allocations</source>
        <translation>财政帮扶资金下达</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Consumption-aid sales</source>
        <translation>消费帮扶销售</translation>
    </message>
    <message>
        <source>Secondments</source>
        <translation>挂职</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>挂职单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Professionals dispatched</source>
        <translation>选派专业技术人才</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>服务单位</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Labour placements</source>
        <translation>劳务转移就业</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>就业去向</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Enterprises settled</source>
        <translation>落户企业</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>吸纳就业</translation>
    </message>
    <message>
        <source>Poor employed</source>
        <translation>吸纳贫困人口就业</translation>
    </message>
    <message>
        <source>Aid workshops</source>
        <translation>帮扶车间</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>社会捐赠</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <source>Donor type</source>
        <translation>捐赠方类型</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受赠方</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>捐款</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>捐物</translation>
    </message>
    <message>
        <source>Value of goods</source>
        <translation>物资折价</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Visits and delegations</source>
        <translation>考察对接</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>带队领导</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>签订协议</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1年起</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>至%1年</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Special working groups</source>
        <translation>专项工作组</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Delegation trips to the west</source>
        <translation>赴西部考察对接</translation>
    </message>
    <message>
        <source>trips</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Cadres seconded to the west</source>
        <translation>选派挂职党政干部</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Professionals dispatched</source>
        <translation>选派专业技术人才</translation>
    </message>
    <message>
        <source>Guidance, exchange and training activities</source>
        <translation>技术指导、交流和培训活动</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>场</translation>
    </message>
    <message>
        <source>Training opportunities</source>
        <translation>培训机会</translation>
    </message>
    <message>
        <source>person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Western cadres and professionals received</source>
        <translation>接收西部干部和专业技术人员</translation>
    </message>
    <message>
        <source>Fiscal aid paid</source>
        <translation>财政帮扶资金拨付</translation>
    </message>
    <message>
        <source>Fiscal aid projects</source>
        <translation>财政帮扶项目</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Enterprises settled in the west</source>
        <translation>落户西部的企业</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>家</translation>
    </message>
    <message>
        <source>Their total investment</source>
        <translation>投资总额</translation>
    </message>
    <message>
        <source>Streets ↔ towns</source>
        <translation>街道 ↔ 乡镇</translation>
    </message>
    <message>
        <source>Communities ↔ poor villages</source>
        <translation>社区 ↔ 贫困村</translation>
    </message>
    <message>
        <source>Schools ↔ schools</source>
        <translation>学校 ↔ 学校</translation>
    </message>
    <message>
        <source>Hospitals ↔ hospitals</source>
        <translation>医院 ↔ 医院</translation>
    </message>
    <message>
        <source>Private enterprises ↔ poor villages</source>
        <translation>民营企业 ↔ 贫困村</translation>
    </message>
    <message>
        <source>Chamber of commerce ↔ poor villages</source>
        <translation>工商联 ↔ 贫困村</translation>
    </message>
    <message>
        <source>Cadres ↔ poor households</source>
        <translation>干部 ↔ 贫困户（结对认亲）</translation>
    </message>
    <message>
        <source>Showrooms, counters and shops</source>
        <translation>消费帮扶馆、专柜和专店</translation>
    </message>
    <message>
        <source>outlets</source>
        <translation>家</translation>
    </message>
    <message>
        <source>Consumption-aid sales</source>
        <translation>消费帮扶销售额</translation>
    </message>
    <message>
        <source>Livestream talents trained</source>
        <translation>培训直播人才</translation>
    </message>
    <message>
        <source>Livestream event sales</source>
        <translation>直播活动销售额</translation>
    </message>
    <message>
        <source>Livestream event orders</source>
        <translation>直播活动订单量</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>单</translation>
    </message>
    <message>
        <source>Livestream viewers</source>
        <translation>直播观看人数</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Livestream clicks</source>
        <translation>直播点击量</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>次</translation>
    </message>
    <message>
        <source>group</source>
        <translation>个</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>次</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>session</source>
        <translation>场</translation>
    </message>
    <message>
        <source>person-time</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>project</source>
        <translation>个</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>家</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>家</translation>
    </message>
    <message>
        <source>order</source>
        <translation>单</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>人</translation>
    </message>
    <message>
        <source>click</source>
        <translation>次</translation>
    </message>
    <message>
        <source>%1 ↔ %2 · %3 pair</source>
        <translation>%1 ↔ %2 · %3 对</translation>
    </message>
    <message>
        <source>%1 ↔ %2 · %3 pairs</source>
        <translation>%1 ↔ %2 · %3 对</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and unit</comment>
        <extracomment>A count and its unit, e.g. &quot;142 persons&quot;; Chinese writes them without a space.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Rural workers placed in jobs</source>
        <translation>农村劳动力转移就业</translation>
    </message>
    <message>
        <source>Of whom registered poor</source>
        <translation>其中建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Donations in cash</source>
        <translation>现金捐赠</translation>
    </message>
    <message>
        <source>Donations in kind (value)</source>
        <translation>物资捐赠（折价）</translation>
    </message>
    <message>
        <source>Cadres in post in the west</source>
        <translation>在西部挂职在岗干部</translation>
    </message>
    <message>
        <source>Professionals in post in the west</source>
        <translation>在西部在岗专业技术人才</translation>
    </message>
    <message>
        <source>Enterprises newly settled</source>
        <translation>新落地企业</translation>
    </message>
    <message>
        <source>Expansions of settled enterprises</source>
        <translation>已落户企业扩产</translation>
    </message>
    <message>
        <source>expansions</source>
        <translation>次</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>次</translation>
    </message>
</context>
<context>
    <name>FundsCharts</name>
    <message>
        <source>Allocated and paid, by year</source>
        <translation>下达与拨付（按年份）</translation>
    </message>
    <message>
        <source>Budget by category</source>
        <translation>预算（按类别）</translation>
    </message>
    <message>
        <source>Payments, cumulative</source>
        <translation>累计拨付</translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation>项目（按状态）</translation>
    </message>
    <message>
        <source>%1, allocated</source>
        <translation>%1（下达）</translation>
    </message>
    <message>
        <source>%1, paid</source>
        <translation>%1（拨付）</translation>
    </message>
    <message>
        <source>Allocated for %1: %2</source>
        <translation>%1 年度下达：%2</translation>
    </message>
    <message>
        <source>Paid in %1: %2</source>
        <translation>%1 年度拨付：%2</translation>
    </message>
    <message>
        <source>%1 of the allocation</source>
        <translation>占下达额的 %1</translation>
    </message>
    <message>
        <source>allocated for the year</source>
        <translation>本年度下达</translation>
    </message>
    <message>
        <source>paid in the year</source>
        <translation>本年度拨付</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Budget: %1 (%2 of %3)</source>
        <translation>预算：%1（占总额 %3 的 %2）</translation>
    </message>
    <message>
        <source>Paid, cumulative</source>
        <translation>累计拨付</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Paid this month: %1</source>
        <translation>本月拨付：%1</translation>
    </message>
    <message>
        <source>Paid in all by then: %1</source>
        <translation>截至当月累计拨付：%1</translation>
    </message>
    <message>
        <source>%1 of the budget</source>
        <translation>占预算的 %1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>1 project (%1 of %2)</source>
        <translation>1 个项目（占全部 %2 个的 %1）</translation>
    </message>
    <message>
        <source>%1 projects (%2 of %3)</source>
        <translation>%1 个项目（占全部 %3 个的 %2）</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目数</translation>
    </message>
</context>
<context>
    <name>FundsForms</name>
    <message>
        <source>New allocation</source>
        <translation>新增资金下达</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>资金下达</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Amount allocated (yuan)</source>
        <translation>下达金额（元）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New aid project</source>
        <translation>新增帮扶项目</translation>
    </message>
    <message>
        <source>Aid project</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Funding year</source>
        <translation>资金年度</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>乡镇或村</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>e.g. 土炕改造, 标准化卫生室, 两癌救助</source>
        <translation>例如：土炕改造、标准化卫生室、两癌救助</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>People benefited</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Of whom registered poor</source>
        <translation>其中建档立卡贫困人口</translation>
    </message>
    <message>
        <source>The registered poor benefited cannot be more than all people benefited.</source>
        <translation>其中建档立卡贫困人口不能多于受益总人数。</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>新增拨付</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>拨付</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>New progress update</source>
        <translation>新增进展情况</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <source>Project: %1 (%2, %3)</source>
        <translation>项目：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Budget %1 · paid by the other payments %2 · at most %3 for this one</source>
        <translation>预算 %1 · 其他拨付已付 %2 · 本笔最多 %3</translation>
    </message>
    <message>
        <source>Budget %1 · paid so far %2 · remaining %3</source>
        <translation>预算 %1 · 已拨付 %2 · 剩余 %3</translation>
    </message>
</context>
<context>
    <name>FundsOps</name>
    <message>
        <source>A payment needs the date it was paid.</source>
        <translation>拨付记录需要填写拨付日期。</translation>
    </message>
    <message>
        <source>A progress update needs its date.</source>
        <translation>进度记录需要填写日期。</translation>
    </message>
    <message>
        <source>Say what progress was made.</source>
        <translation>请说明取得了什么进展。</translation>
    </message>
    <message>
        <source>The percent complete is between 0 and 100.</source>
        <translation>完成百分比应在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Choose the western unit the money is allocated to.</source>
        <translation>请选择资金分配到的西部县区。</translation>
    </message>
    <message>
        <source>The year of an allocation is between 1990 and 2100.</source>
        <translation>资金分配年度应在 1990 到 2100 之间。</translation>
    </message>
    <message>
        <source>Choose the source of the allocation.</source>
        <translation>请选择资金来源。</translation>
    </message>
</context>
<context>
    <name>FundsQuery</name>
    <message>
        <source>There is no project number %1.</source>
        <translation>不存在编号为 %1 的项目。</translation>
    </message>
</context>
<context>
    <name>FundsRules</name>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>拨付金额必须大于零。</translation>
    </message>
    <message>
        <source>There is no project number %1.</source>
        <translation>不存在编号为 %1 的项目。</translation>
    </message>
    <message>
        <source>The project “%1” is fully paid: its budget of %2 has been paid out, so no payment of %3 can be added. Raise the budget first if more money is really going to this project.</source>
        <translation>项目“%1”已全额拨付：预算 %2 已全部拨付，无法再添加 %3 的拨付。如确需向该项目追加资金，请先提高预算。</translation>
    </message>
    <message>
        <source>A payment of %1 would bring the total paid to the project “%2” to %3, over its budget of %4. Already paid: %5; at most %6 can still be paid.</source>
        <translation>拨付 %1 后，项目“%2”的拨付总额将达到 %3，超过其预算 %4。已拨付：%5；最多还可拨付 %6。</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>The budget of the project “%1” cannot be %2: %3 has already been paid to it.</source>
        <translation>项目“%1”的预算不能为 %2：该项目已拨付 %3。</translation>
    </message>
    <message>
        <source>No allocation is recorded for %1 in %2, but the budgets of its %2 projects add up to %3.</source>
        <translation>%1 %2 年没有资金下达记录，但其 %2 年项目的预算合计为 %3。</translation>
    </message>
    <message>
        <source>The budgets of the %2 projects of %1 add up to %3, more than the %4 allocated to it for %2 (%5 over).</source>
        <translation>%1 %2 年项目的预算合计为 %3，超过 %2 年下达的 %4（超出 %5）。</translation>
    </message>
    <message>
        <source>A payment</source>
        <translation>单笔拨付</translation>
    </message>
    <message>
        <source>A project&apos;s budget</source>
        <translation>项目预算</translation>
    </message>
    <message>
        <source>An allocation cannot be negative.</source>
        <translation>下达资金不能为负数。</translation>
    </message>
    <message>
        <source>An allocation</source>
        <translation>下达资金</translation>
    </message>
    <message>
        <source>This payment is dated %1, before the project&apos;s funding year %2. Check the date: payments count in the year they are dated.</source>
        <translation>这笔拨付的日期是 %1，早于项目资金年度 %2。请核对日期：拨付按其日期计入年度。</translation>
    </message>
    <message>
        <source>This payment is dated %1, outside the cooperation period %2–%3. Check the date: payments count in the year they are dated.</source>
        <translation>这笔拨付的日期是 %1，在协作期 %2–%3 之外。请核对日期：拨付按其日期计入年度。</translation>
    </message>
    <message>
        <source>This payment is dated %1, before the project started (%2). Check the date.</source>
        <translation>这笔拨付的日期是 %1，早于项目开工日期（%2）。请核对日期。</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Rural workers placed in jobs</source>
        <translation>农村劳动力转移就业</translation>
    </message>
    <message>
        <source>Of whom registered poor</source>
        <translation>其中建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Donations in cash</source>
        <translation>现金捐赠</translation>
    </message>
    <message>
        <source>Donations in kind (value)</source>
        <translation>物资捐赠（折价）</translation>
    </message>
    <message>
        <source>Completion = Σ units&apos; actual ÷ Σ units&apos; target, over the western units and years that have a target; a person who served two units or two years counts in each, as the targets do.</source>
        <translation>完成率 = Σ各县区实际数 ÷ Σ各县区目标数，范围为设有目标的西部县区和年度；在两个县区或两个年度任职的人员在各自县区和年度分别计数，与目标口径一致。</translation>
    </message>
</context>
<context>
    <name>IndustryForms</name>
    <message>
        <source>New enterprise settled</source>
        <translation>新建落户企业</translation>
    </message>
    <message>
        <source>Enterprise settled</source>
        <translation>落户企业</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Eastern enterprises of the registry (Registries ▸ Organisations)</source>
        <translation>基础台账中的东部企业（基础台账 ▸ 单位）</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Investment (yuan)</source>
        <translation>投资额（元）</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>带动就业人数</translation>
    </message>
    <message>
        <source>Registered poor employed</source>
        <translation>其中建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Aid workshops built</source>
        <translation>新建帮扶车间数</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>New: the enterprise&apos;s first settlement in the west; Expansion: a further settlement of an enterprise already settled</source>
        <translation>新落地：该企业在西部的首次落地；扩产：已落地企业的再次落地（如二期扩产）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>East (supporting)</source>
        <translation>东部（帮扶方）</translation>
    </message>
    <message>
        <source>West (partner)</source>
        <translation>西部（受援地）</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>County / district</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Federation of industry and commerce</source>
        <translation>工商联</translation>
    </message>
    <message>
        <source>Government unit</source>
        <translation>机关单位</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业技术人才</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>电商</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Street ↔ town</source>
        <translation>街道 ↔ 乡镇</translation>
    </message>
    <message>
        <source>Community ↔ village</source>
        <translation>社区 ↔ 村</translation>
    </message>
    <message>
        <source>School ↔ school</source>
        <translation>学校 ↔ 学校</translation>
    </message>
    <message>
        <source>Hospital ↔ hospital</source>
        <translation>医院 ↔ 医院</translation>
    </message>
    <message>
        <source>Enterprise ↔ village</source>
        <translation>企业 ↔ 村</translation>
    </message>
    <message>
        <source>Chamber of commerce ↔ village</source>
        <translation>工商联 ↔ 村</translation>
    </message>
    <message>
        <source>Cadre ↔ poor household</source>
        <translation>干部 ↔ 贫困户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>卫生健康</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation>饮水安全</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Labour and skills</source>
        <translation>劳务与技能</translation>
    </message>
    <message>
        <source>Consumption aid</source>
        <translation>消费帮扶</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>人才</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>District budget</source>
        <translation>区级财政</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation>消费帮扶馆</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>专柜</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>专店</translation>
    </message>
    <message>
        <source>Supermarket point</source>
        <translation>商超直销点</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>Livestream room</source>
        <translation>直播间</translation>
    </message>
    <message>
        <source>Showrooms, counters and shops</source>
        <translation>帮扶馆、专柜和专店</translation>
    </message>
    <message>
        <source>Supermarkets</source>
        <translation>商超</translation>
    </message>
    <message>
        <source>Livestream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Institutional purchase</source>
        <translation>单位采购</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>State enterprise</source>
        <translation>国有企业</translation>
    </message>
    <message>
        <source>Private enterprise</source>
        <translation>民营企业</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津</translation>
    </message>
    <message>
        <source>Within the province</source>
        <translation>省内</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>East → west</source>
        <translation>东部 → 西部</translation>
    </message>
    <message>
        <source>West → east</source>
        <translation>西部 → 东部</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>短期</translation>
    </message>
    <message>
        <source>Technical guidance</source>
        <translation>技术指导</translation>
    </message>
    <message>
        <source>Remote exchange</source>
        <translation>远程交流</translation>
    </message>
    <message>
        <source>Professional training</source>
        <translation>专业培训</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>学习考察</translation>
    </message>
    <message>
        <source>Temporary post</source>
        <translation>挂职锻炼</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织领导</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金支持</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳务协作</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Social aid</source>
        <translation>社会帮扶</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation>国有</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>民营</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新落地</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩产</translation>
    </message>
</context>
<context>
    <name>LabourForms</name>
    <message>
        <source>New placement</source>
        <translation>新建劳务输转</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>劳务输转</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Leave empty when the month is not known</source>
        <translation>月份不详时留空</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>输转去向</translation>
    </message>
    <message>
        <source>Employer or programme</source>
        <translation>用工单位或项目</translation>
    </message>
    <message>
        <source>Persons placed</source>
        <translation>输转人数</translation>
    </message>
    <message>
        <source>Of whom registered poor</source>
        <translation>其中建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>职业技能培训</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The list shows no rows to export.</source>
        <translation>列表中没有可导出的行。</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>正在导出 %1 行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The file was written:
%1</source>
        <translation>文件已写入：
%1</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>OfficeWorkbook</name>
    <message>
        <source>An office workbook is an .xlsx file, not &quot;%1&quot;.</source>
        <translation>办公室工作簿应为 .xlsx 文件，而不是“%1”。</translation>
    </message>
    <message>
        <source>No sheet of %1 is named after a register (places, households, pairings …).</source>
        <translation>%1 中没有以登记表（地方、贫困户、结对……）命名的工作表。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: %2</source>
        <translation>工作表“%1”：%2</translation>
    </message>
    <message>
        <source>Sheets: %1. Records added: %2, already present: %3, invalid rows: %4.</source>
        <translation>工作表 %1 张。新增记录 %2 条，已存在 %3 条，无效行 %4 行。</translation>
    </message>
    <message>
        <source>Nothing was imported because of the invalid rows.</source>
        <translation>因存在无效行，未导入任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>OrganisationForms</name>
    <message>
        <source>New working group</source>
        <translation>新增专项工作组</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>专项工作组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员人数</translation>
    </message>
    <message>
        <source>Remit</source>
        <translation>工作职责</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>New delegation visit</source>
        <translation>新增考察对接</translation>
    </message>
    <message>
        <source>Delegation visit</source>
        <translation>考察对接</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>带队领导</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>团组人数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>签订协议数</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新增会议</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Leave empty for a meeting of the whole office</source>
        <translation>不分县区的会议请留空</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OutletRules</name>
    <message>
        <source>An outlet needs a name.</source>
        <translation>销售网点须填写名称。</translation>
    </message>
    <message>
        <source>Choose the kind of outlet.</source>
        <translation>请选择销售网点类型。</translation>
    </message>
    <message>
        <source>There is already an outlet named “%1”.</source>
        <translation>已有名为“%1”的销售网点。</translation>
    </message>
    <message>
        <source>The place chosen does not exist.</source>
        <translation>所选地方不存在。</translation>
    </message>
    <message>
        <source>An outlet is in the east: choose an eastern place.</source>
        <translation>销售网点设在东部：请选择东部的地方。</translation>
    </message>
    <message>
        <source>The opening date is not a date.</source>
        <translation>开业日期不是有效日期。</translation>
    </message>
    <message>
        <source>The closing date is not a date.</source>
        <translation>停业日期不是有效日期。</translation>
    </message>
    <message>
        <source>The outlet cannot close (%1) before it opened (%2).</source>
        <translation>销售网点的停业日期（%1）不能早于开业日期（%2）。</translation>
    </message>
    <message>
        <source>A closed outlet needs its opening date too.</source>
        <translation>已停业的销售网点也须填写开业日期。</translation>
    </message>
    <message>
        <source>The outlet has sales from %1, before the opening date.</source>
        <translation>该销售网点自 %1 起有销售记录，早于开业日期。</translation>
    </message>
    <message>
        <source>The outlet has sales until %1, after the closing date.</source>
        <translation>该销售网点直到 %1 仍有销售记录，晚于停业日期。</translation>
    </message>
    <message>
        <source>A sale needs its date.</source>
        <translation>销售记录须填写日期。</translation>
    </message>
    <message>
        <source>Choose the channel of the sale.</source>
        <translation>请选择销售渠道。</translation>
    </message>
    <message>
        <source>Choose the western unit the product comes from.</source>
        <translation>请选择产品产地所在的西部县区。</translation>
    </message>
    <message>
        <source>The origin of a product is a western unit (a county or district).</source>
        <translation>产品产地须为西部县区（县或区）。</translation>
    </message>
    <message>
        <source>A sale needs the product sold.</source>
        <translation>销售记录须填写所售产品。</translation>
    </message>
    <message>
        <source>A sale needs its amount in yuan.</source>
        <translation>销售记录须填写金额（元）。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The quantity “%1” is not a number.</source>
        <translation>数量“%1”不是数字。</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>Choose the type of buyer.</source>
        <translation>请选择购买方类型。</translation>
    </message>
    <message>
        <source>The outlet chosen does not exist.</source>
        <translation>所选销售网点不存在。</translation>
    </message>
    <message>
        <source>%1 opened on %2, after the date of this sale.</source>
        <translation>%1 于 %2 开业，晚于本笔销售的日期。</translation>
    </message>
    <message>
        <source>%1 closed on %2, before the date of this sale.</source>
        <translation>%1 于 %2 停业，早于本笔销售的日期。</translation>
    </message>
    <message>
        <source>The ledger already has this sale (%1, %2, %3). Give a source reference to tell two sales apart.</source>
        <translation>台账中已有这笔销售记录（%1，%2，%3）。请填写来源单号以区分两笔销售。</translation>
    </message>
    <message>
        <source>The ledger already has this sale (%1, %2, %3, %4).</source>
        <translation>台账中已有这笔销售记录（%1，%2，%3，%4）。</translation>
    </message>
    <message>
        <source>A single sale</source>
        <translation>单笔销售</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>OutsidePeriod</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure outside the period: &quot;Training person-times: 839 person-times&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PairingForms</name>
    <message>
        <source>New pairing</source>
        <translation>新建结对</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对</translation>
    </message>
    <message>
        <source>Eastern party</source>
        <translation>东部结对方</translation>
    </message>
    <message>
        <source>Western party</source>
        <translation>西部结对方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>A street (street ↔ town) or a community (community ↔ village) of the eastern side; type part of the name</source>
        <translation>东部的街道（街道 ↔ 乡镇）或社区（社区 ↔ 村）；输入名称的一部分即可</translation>
    </message>
    <message>
        <source>An eastern school, hospital, enterprise or chamber of commerce, as the kind says; type part of the name</source>
        <translation>东部的学校、医院、企业或工商联，按结对类型选择；输入名称的一部分即可</translation>
    </message>
    <message>
        <source>An eastern cadre; type part of the name</source>
        <translation>东部干部；输入姓名的一部分即可</translation>
    </message>
    <message>
        <source>A town (street ↔ town) or a village of the western side; type part of the name</source>
        <translation>西部的乡镇（街道 ↔ 乡镇）或村；输入名称的一部分即可</translation>
    </message>
    <message>
        <source>A western school or hospital; type part of the name</source>
        <translation>西部的学校或医院；输入名称的一部分即可</translation>
    </message>
    <message>
        <source>A registered poor household, by the name of its head</source>
        <translation>建档立卡贫困户，按户主姓名</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Leave unticked while the pairing is in force</source>
        <translation>结对有效期间不要勾选</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>poor village</source>
        <translation>贫困村</translation>
    </message>
</context>
<context>
    <name>PairingOps</name>
    <message>
        <source>This pairing has already ended.</source>
        <translation>该结对已经结束。</translation>
    </message>
    <message>
        <source>Give the date the pairing ended.</source>
        <translation>请填写结对结束日期。</translation>
    </message>
</context>
<context>
    <name>PairingQuery</name>
    <message>
        <source>Registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <translation>未分配到县区</translation>
    </message>
</context>
<context>
    <name>PeriodLocks</name>
    <message>
        <source>every western unit</source>
        <translation>所有西部县区</translation>
    </message>
    <message>
        <source>%1 · %2, locked by %3 on %4</source>
        <translation>%1 · %2，由 %3 于 %4 锁定</translation>
    </message>
    <message>
        <source>%1 · %2, locked by %3 on %4 (%5)</source>
        <translation>%1 · %2，由 %3 于 %4 锁定（%5）</translation>
    </message>
    <message>
        <source>This record is in a locked period: %1. Unlock it first (an administrator&apos;s act, with a reason).</source>
        <translation>这条记录属于已锁定的期间：%1。请先解锁（由管理员操作，并说明原因）。</translation>
    </message>
    <message>
        <source>Already locked: %1.</source>
        <translation>已经锁定：%1。</translation>
    </message>
    <message>
        <source>Unlocking needs a reason: it is kept with the lock and in the audit trail.</source>
        <translation>解锁需要说明原因：原因将与锁定一同保存，并记入审计日志。</translation>
    </message>
    <message>
        <source>%1 is not locked for this unit.</source>
        <translation>%1 年对该县区未锁定。</translation>
    </message>
    <message>
        <source>lock a year</source>
        <translation>锁定年份</translation>
    </message>
    <message>
        <source>unlock a year</source>
        <translation>解锁年份</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>This record cannot be deleted because other records use it: %1.</source>
        <translation>此记录正被其他记录使用，无法删除：%1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count and records</comment>
        <extracomment>A count of records, e.g. &quot;3 pairings&quot;; Chinese writes &quot;结对 3 条&quot;.</extracomment>
        <translation>%2 %1 条</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>&quot;%1&quot; names a record in each of %2; rename one of them first.</source>
        <translation>“%1”在%2中各有一条同名记录；请先为其中之一改名。</translation>
    </message>
    <message>
        <source>Nothing in %1 is named &quot;%2&quot;.</source>
        <translation>%1中没有名为“%2”的记录。</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>不是整数。</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <source>Not an amount in yuan with at most two decimals.</source>
        <translation>不是以元计、最多两位小数的金额。</translation>
    </message>
    <message>
        <source>Not a year between 1900 and 2100.</source>
        <translation>不是 1900 至 2100 之间的年份。</translation>
    </message>
    <message>
        <source>Not a date (write it as 2020-06-30).</source>
        <translation>不是日期（请写作 2020-06-30）。</translation>
    </message>
    <message>
        <source>Not a date and time (write it as 2020-06-30T14:00:00).</source>
        <translation>不是日期时间（请写作 2020-06-30T14:00:00）。</translation>
    </message>
    <message>
        <source>Not one of: %1.</source>
        <translation>不是以下之一：%1。</translation>
    </message>
    <message>
        <source>Not yes or no (是 / 否).</source>
        <translation>不是“是”或“否”。</translation>
    </message>
    <message>
        <source>Records of %1 cannot be named in an import.</source>
        <translation>导入时无法按名称引用%1的记录。</translation>
    </message>
    <message>
        <source>No record of %1 is named &quot;%2&quot;.</source>
        <translation>%1中没有名为“%2”的记录。</translation>
    </message>
    <message>
        <source>No place is named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的地方。</translation>
    </message>
    <message>
        <source>No place &quot;%1&quot; lies in the places named before it; places of that name: %2.</source>
        <translation>前面写的地方之下没有“%1”；同名的地方有：%2。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, column %2 (&quot;%3&quot;): %4</source>
        <translation>第 %1 行，%2 列（“%3”）：%4</translation>
    </message>
    <message>
        <source>%1 added, %2 already present, %3 invalid.</source>
        <translation>新增 %1 行，已存在 %2 行，无效 %3 行。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported because of the invalid rows.</source>
        <translation>因存在无效行，未导入任何内容。</translation>
    </message>
    <message>
        <source>The invalid rows were left out.</source>
        <translation>无效行已跳过。</translation>
    </message>
    <message>
        <source>The register &quot;%1&quot; cannot be imported this way.</source>
        <translation>登记表“%1”不能以这种方式导入。</translation>
    </message>
    <message>
        <source>No header row: none of the first rows names a column of %1. Its columns are: %2.</source>
        <translation>没有表头行：前几行都没有写出%1的列。它的列有：%2。</translation>
    </message>
    <message>
        <source>Two columns of the file are %1; keep one.</source>
        <translation>文件中有两列都是“%1”；请只保留一列。</translation>
    </message>
    <message>
        <source>%1 records of %2 are named &quot;%3&quot; (ids %4); give each a distinct name first.</source>
        <translation>%2中有 %1 条记录名为“%3”（编号 %4）；请先为它们分别起不同的名称。</translation>
    </message>
    <message>
        <source>%1 places are named &quot;%2&quot;: %3; write the one meant as its path.</source>
        <translation>有 %1 个地方名为“%2”：%3；请写出所指地方的路径。</translation>
    </message>
    <message>
        <source>1 row read: </source>
        <translation>读取 1 行：</translation>
    </message>
    <message>
        <source>%1 rows read: </source>
        <translation>读取 %1 行：</translation>
    </message>
    <message>
        <source>Dry run: nothing was written; as it is, the import would be refused because of the invalid rows.</source>
        <translation>试运行：未写入任何内容；按现在的文件，导入会因无效行而被拒绝。</translation>
    </message>
</context>
<context>
    <name>RegistryForms</name>
    <message>
        <source>New place</source>
        <translation>新建地方</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Administrative code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Poor (registered poor county or village)</source>
        <translation>贫困（贫困县或贫困村）</translation>
    </message>
    <message>
        <source>Poverty exit year</source>
        <translation>脱贫年份</translation>
    </message>
    <message>
        <source>Illustrative (not a confirmed real unit)</source>
        <translation>示例（非经证实的真实单位）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>东西部</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>所有制</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Rank or title</source>
        <translation>职务或职称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>New registered poor household</source>
        <translation>新建建档立卡贫困户</translation>
    </message>
    <message>
        <source>Registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人口数</translation>
    </message>
    <message>
        <source>Year registered</source>
        <translation>建档年份</translation>
    </message>
    <message>
        <source>Year out of poverty</source>
        <translation>脱贫年份</translation>
    </message>
    <message>
        <source>No worry about food and clothing</source>
        <translation>不愁吃、不愁穿</translation>
    </message>
    <message>
        <source>Compulsory education guaranteed</source>
        <translation>义务教育有保障</translation>
    </message>
    <message>
        <source>Basic medical care guaranteed</source>
        <translation>基本医疗有保障</translation>
    </message>
    <message>
        <source>Safe housing guaranteed</source>
        <translation>住房安全有保障</translation>
    </message>
    <message>
        <source>Safe drinking water</source>
        <translation>饮水安全</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Yearly Self-Assessment Report on East–West Cooperation</source>
        <translation>东西部协作年度自评报告</translation>
    </message>
    <message>
        <source>Western Unit Report</source>
        <translation>西部县区报告</translation>
    </message>
    <message>
        <source>Rosters of Pairings, Secondments and Professionals</source>
        <translation>结对、挂职干部和专业技术人才名册</translation>
    </message>
    <message>
        <source>Aid Project Ledger with Payments</source>
        <translation>帮扶项目及资金拨付台账</translation>
    </message>
    <message>
        <source>Consumption-Aid Sales Statement by Month and Channel</source>
        <translation>消费帮扶销售统计表（按月份和渠道）</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>未知语言“%1”。</translation>
    </message>
    <message>
        <source>The language %1 is not available.</source>
        <translation>语言 %1 不可用。</translation>
    </message>
    <message>
        <source>The database has no dated records to report on.</source>
        <translation>数据库中没有带日期的记录，无法生成报告。</translation>
    </message>
    <message>
        <source>The western unit report covers one year: choose a single year.</source>
        <translation>西部县区报告只涵盖一个年度：请选择单一年份。</translation>
    </message>
    <message>
        <source>The chosen western unit does not exist.</source>
        <translation>所选西部县区不存在。</translation>
    </message>
    <message>
        <source>The western unit report is about one western unit: choose one.</source>
        <translation>西部县区报告针对单个西部县区：请选择一个县区。</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer: page number and page count.</extracomment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <extracomment>Page footer: the date the report was printed.</extracomment>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportParts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Pairings in force at any time in %1, by kind. The counts are distinct eastern parties, distinct western parties and pairs.</source>
        <translation>%1 期间任一时间有效的结对，按类型统计。数字分别为不重复的东部结对方、不重复的西部结对方和结对数。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Eastern parties</source>
        <translation>东部结对方</translation>
    </message>
    <message>
        <source>Western parties</source>
        <translation>西部结对方</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>结对数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Secondments and professionals</source>
        <translation>挂职干部和专业技术人才</translation>
    </message>
    <message>
        <source>Cadres on secondment and professionals dispatched who were in post at any time in %1.</source>
        <translation>%1 期间任一时间在岗的挂职干部和选派的专业技术人才。</translation>
    </message>
    <message>
        <source>Secondments</source>
        <translation>挂职</translation>
    </message>
    <message>
        <source>Professionals dispatched</source>
        <translation>选派专业技术人才</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>拨付记录</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Paid %</source>
        <translation>拨付率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Aid projects and payments</source>
        <translation>帮扶项目及资金拨付</translation>
    </message>
    <message>
        <source>Aid projects of %1 with their budgets and every payment made to them so far (amounts in %2).</source>
        <translation>%1 的帮扶项目及其预算和迄今每一笔拨付（金额单位：%2）。</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Paid to date</source>
        <translation>累计拨付</translation>
    </message>
    <message>
        <source>Consumption-aid sales by month and channel</source>
        <translation>消费帮扶销售额（按月份和渠道）</translation>
    </message>
    <message>
        <source>Sales of western produce in %1: %2 in total (amounts below in %3).</source>
        <translation>%1 西部农产品销售额：合计 %2（下表金额单位：%3）。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 年合计</translation>
    </message>
    <message>
        <source>Sales by year and channel</source>
        <translation>按年份和渠道的销售额</translation>
    </message>
    <message>
        <source>Sales by month and channel</source>
        <translation>按月份和渠道的销售额</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a person</comment>
        <extracomment>Column header: the name of a person (姓名), not of a thing (名称).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reporting unit (seal)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>填报日期</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A place needs a name.</source>
        <translation>地方必须有名称。</translation>
    </message>
    <message>
        <source>A %1 is not on the %2 side.</source>
        <translation>%1不属于%2。</translation>
    </message>
    <message>
        <source>A %1 has no parent place.</source>
        <translation>%1不设上级地方。</translation>
    </message>
    <message>
        <source>A %1 belongs to a %2: choose it.</source>
        <translation>%1须隶属于一个%2：请选择。</translation>
    </message>
    <message>
        <source>A %1 belongs to a %2, not to a %3.</source>
        <translation>%1须隶属于%2，而不是%3。</translation>
    </message>
    <message>
        <source>Only a county or a village is marked poor.</source>
        <translation>只有县（区）或村可以标记为贫困。</translation>
    </message>
    <message>
        <source>Only a poor county or village has a poverty exit year.</source>
        <translation>只有贫困县（区）或贫困村才有退出年份。</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>人口不能为负数。</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>单位必须有名称。</translation>
    </message>
    <message>
        <source>An organisation must be in a place on its own side.</source>
        <translation>单位必须位于本方的地方。</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>人员必须有姓名。</translation>
    </message>
    <message>
        <source>Only a professional has a field.</source>
        <translation>只有专业技术人才才有专业领域。</translation>
    </message>
    <message>
        <source>A person&apos;s place must be on their own side.</source>
        <translation>人员所在地方必须属于本方。</translation>
    </message>
    <message>
        <source>A person&apos;s organisation must be on their own side.</source>
        <translation>人员所在单位必须属于本方。</translation>
    </message>
    <message>
        <source>A household needs the name of its head.</source>
        <translation>贫困户必须填写户主姓名。</translation>
    </message>
    <message>
        <source>A registered poor household belongs to a village.</source>
        <translation>建档立卡贫困户必须属于一个村。</translation>
    </message>
    <message>
        <source>A household has at least one member.</source>
        <translation>贫困户至少有一名家庭成员。</translation>
    </message>
    <message>
        <source>The exit year cannot be before the year of registration.</source>
        <translation>退出年份不能早于建档年份。</translation>
    </message>
    <message>
        <source>Choose the kind of pairing.</source>
        <translation>请选择结对类型。</translation>
    </message>
    <message>
        <source>Choose the eastern party.</source>
        <translation>请选择东部结对方。</translation>
    </message>
    <message>
        <source>Choose the western party.</source>
        <translation>请选择西部结对方。</translation>
    </message>
    <message>
        <source>A pairing links one eastern party with one western party; both cannot be on the same side.</source>
        <translation>结对须连接一个东部单位和一个西部单位；双方不能在同一侧。</translation>
    </message>
    <message>
        <source>The two parties do not fit a pairing of the kind “%1”.</source>
        <translation>双方不符合结对类型“%1”。</translation>
    </message>
    <message>
        <source>A pairing needs its start date.</source>
        <translation>结对必须有开始日期。</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>An ended pairing needs its end date.</source>
        <translation>已结束的结对必须有结束日期。</translation>
    </message>
    <message>
        <source>These two parties already have an active pairing of the kind “%1”.</source>
        <translation>双方已有类型为“%1”的有效结对。</translation>
    </message>
    <message>
        <source>The population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>The number of members of a household</source>
        <translation>家庭人口数</translation>
    </message>
</context>
<context>
    <name>SalesCharts</name>
    <message>
        <source>Sales by month and channel</source>
        <translation>销售额（按月份和渠道）</translation>
    </message>
    <message>
        <source>Top %1 products</source>
        <translation>销售额前 %1 位的产品</translation>
    </message>
    <message>
        <source>Sales by buyer type</source>
        <translation>销售额（按购买方类型）</translation>
    </message>
    <message>
        <source>Sales: %1 (%2 of the month)</source>
        <translation>销售额：%1（占当月的 %2）</translation>
    </message>
    <message>
        <source>All channels: %1</source>
        <translation>全部渠道：%1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Sales: %1 (%2 of %3)</source>
        <translation>销售额：%1（占总额 %3 的 %2）</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Sales: %1 (rank %2)</source>
        <translation>销售额：%1（第 %2 名）</translation>
    </message>
    <message>
        <source>of which purchase instead of donation: %1 (%2)</source>
        <translation>其中以购代捐：%1（%2）</translation>
    </message>
    <message>
        <source>Sales by origin county</source>
        <translation>销售额（按来源县区）</translation>
    </message>
</context>
<context>
    <name>SalesFields</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>销售网点</translation>
    </message>
    <message>
        <source>Origin county</source>
        <translation>来源县区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Buyer type</source>
        <translation>购买方类型</translation>
    </message>
    <message>
        <source>Purchase instead of donation</source>
        <translation>以购代捐</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>来源单号</translation>
    </message>
</context>
<context>
    <name>SalesImport</name>
    <message>
        <source>Row %1, the header row, is empty.</source>
        <translation>第 %1 行（表头行）为空。</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>文件中没有任何行。</translation>
    </message>
    <message>
        <source>No column is mapped to the required fields: %1. Use the template&apos;s headers or map the columns.</source>
        <translation>以下必填字段没有对应的列：%1。请使用模板的表头，或指定各列对应的字段。</translation>
    </message>
    <message>
        <source>Row %1 could not be written: %2</source>
        <translation>第 %1 行无法写入：%2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>The database cannot start a transaction: %1</source>
        <translation>数据库无法开始事务：%1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>无法保存导入结果：%1</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8 or gb18030.</source>
        <translation>未知编码“%1”；请使用 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>“%1”不是日期（请使用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of yuan with at most two decimals</source>
        <translation>“%1”不是有效的元金额（最多两位小数）</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>金额 %1 为负数</translation>
    </message>
    <message>
        <source>the quantity %1 is negative</source>
        <translation>数量 %1 为负数</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (channels: %2)</source>
        <translation>未知渠道“%1”（可用渠道：%2）</translation>
    </message>
    <message>
        <source>unknown buyer type &quot;%1&quot; (buyer types: %2)</source>
        <translation>未知购买方类型“%1”（可用类型：%2）</translation>
    </message>
    <message>
        <source>unknown origin county &quot;%1&quot;: no western unit has this name</source>
        <translation>未知产地县“%1”：没有同名的西部县区</translation>
    </message>
    <message>
        <source>unknown outlet &quot;%1&quot;: add the outlet first</source>
        <translation>未知销售网点“%1”：请先添加该网点</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>“%1”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>duplicate: the ledger already has this sale (same outlet, date, product, amount and source reference); not added</source>
        <translation>重复：台账中已有这笔销售记录（销售网点、日期、产品、金额和来源单号均相同）；未添加</translation>
    </message>
    <message>
        <source>duplicate of row %1 of this file; not added</source>
        <translation>与本文件第 %1 行重复；未添加</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行“%2”列：%3</translation>
    </message>
    <message>
        <source>%1 rows read: %2 valid, %3 invalid, %4 duplicates.</source>
        <translation>共读取 %1 行：有效 %2 行，无效 %3 行，重复 %4 行。</translation>
    </message>
    <message>
        <source>%1 earlier rows replaced.</source>
        <translation>已替换此前导入的 %1 行。</translation>
    </message>
    <message>
        <source>Dry run: %1 rows would be imported (%2); nothing was written.</source>
        <translation>试运行：将导入 %1 行（%2）；未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 earlier rows would be replaced.</source>
        <translation>将替换此前导入的 %1 行。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the invalid rows, or import only the valid rows.</source>
        <translation>未导入任何数据：请修正无效行，或只导入有效行。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>The file %1 is the database itself, not sales to import.</source>
        <translation>文件 %1 是数据库本身，不是要导入的销售数据。</translation>
    </message>
    <message>
        <source>%1 rows read from a file of %2 lines: %3 valid, %4 invalid, %5 duplicates.</source>
        <translation>从共 %2 行的文件中读取 %1 条记录：有效 %3 条，无效 %4 条，重复 %5 条。</translation>
    </message>
    <message>
        <source>(The file has %1 lines.)</source>
        <translation>（文件共 %1 行。）</translation>
    </message>
    <message>
        <source>Columns %1 and %2 (row %3) are both headed &quot;%4&quot; (%5): keep one, or rename the other.</source>
        <translation>第 %1 列和第 %2 列（第 %3 行）的表头都是“%4”（%5）：请保留其一，或重命名另一列。</translation>
    </message>
    <message>
        <source>Row %1: the total of the amounts is too large to be added up.</source>
        <translation>第 %1 行：金额合计过大，无法相加。</translation>
    </message>
    <message>
        <source>the amount %1 is more than %2, the most a single sale can be</source>
        <translation>金额 %1 超过单笔销售上限 %2</translation>
    </message>
    <message>
        <source>the quantity %1 is more than %2, the most a single sale can be</source>
        <translation>数量 %1 超过单笔销售上限 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number, not a date: write the date as YYYY-MM-DD</source>
        <translation>“%1”是数字，不是日期：请按 YYYY-MM-DD 填写日期</translation>
    </message>
    <message>
        <source>the date %1 is outside the office&apos;s period %2–%3 (imported as asked)</source>
        <translation>日期 %1 在本办公室统计期 %2–%3 之外（已按要求导入）</translation>
    </message>
    <message>
        <source>the date %1 is outside the office&apos;s period %2–%3</source>
        <translation>日期 %1 在本办公室统计期 %2–%3 之外</translation>
    </message>
    <message>
        <source>1 row imported (%1).</source>
        <translation>已导入 1 条记录（%1）。</translation>
    </message>
    <message>
        <source>%1 rows imported (%2).</source>
        <translation>已导入 %1 条记录（%2）。</translation>
    </message>
</context>
<context>
    <name>SalesTemplate</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The template can be written as .csv or .xlsx, not &quot;%1&quot;.</source>
        <translation>模板只能保存为 .csv 或 .xlsx 格式，不能保存为“%1”。</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
</context>
<context>
    <name>SocialForms</name>
    <message>
        <source>New donation</source>
        <translation>新增捐赠</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Donor type</source>
        <translation>捐赠方类型</translation>
    </message>
    <message>
        <source>Donor organisation</source>
        <translation>捐赠单位</translation>
    </message>
    <message>
        <source>Donor (person)</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <source>Donor&apos;s name</source>
        <translation>捐赠方名称</translation>
    </message>
    <message>
        <source>Filled from the organisation or person chosen when left empty</source>
        <translation>留空时按所选单位或个人自动填写</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Recipient town or village</source>
        <translation>受赠乡镇或村</translation>
    </message>
    <message>
        <source>Recipient organisation</source>
        <translation>受赠单位</translation>
    </message>
    <message>
        <source>Recipient registered poor household</source>
        <translation>受赠建档立卡贫困户</translation>
    </message>
    <message>
        <source>Cash (yuan)</source>
        <translation>捐款（元）</translation>
    </message>
    <message>
        <source>Goods given in kind</source>
        <translation>捐赠物资</translation>
    </message>
    <message>
        <source>Value of the goods (yuan)</source>
        <translation>物资折价（元）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>StatsWorkbook</name>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>%1: targets and actuals by western unit and year</source>
        <translation>%1：各西部县区分年度目标与实绩</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1 (pairs)</source>
        <translation>%1（对）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实绩</translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <translation>未分配到县区</translation>
    </message>
    <message>
        <source>Outside %1 (dated before or after)</source>
        <translation>%1 之外（日期在此前或此后）</translation>
    </message>
    <message>
        <source>Working groups and consumption-aid outlets serve all western units together: they are shown in the rows of all western units only.</source>
        <translation>专项工作组和消费帮扶网点服务全部西部县区：只列在“全部西部县区”行。</translation>
    </message>
    <message>
        <source>Stocks (pairings, working groups, outlets) count what was in force in the period and are not repeated in the row of records dated outside it.</source>
        <translation>存量指标（结对、工作组、网点）按统计期内有效的数量计，不在“期外记录”行重复列出。</translation>
    </message>
    <message>
        <source>Completion (Σ actual ÷ Σ target)</source>
        <extracomment>Header of a completion-rate column: the rate divides summed actuals by summed targets.</extracomment>
        <translation>完成率（Σ实际 ÷ Σ目标）</translation>
    </message>
    <message>
        <source>Definitions</source>
        <extracomment>Sheet of the statistics workbook that says what each indicator counts (指标说明).</extracomment>
        <translation>指标说明</translation>
    </message>
    <message>
        <source>Definitions of the indicators</source>
        <translation>指标说明</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>TabularReader</name>
    <message>
        <source>There is no sheet &quot;%1&quot;. Sheets: %2.</source>
        <translation>没有名为“%1”的工作表。现有工作表：%2。</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3</source>
        <translation>第 %1 行（文件第 %2 行）第 %3 列</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>%1: the cell is longer than %L2 characters; the file is refused (is it the right file?).</source>
        <translation>%1：单元格超过 %L2 个字符，文件被拒绝（文件是否正确？）。</translation>
    </message>
    <message>
        <source>%1: the cell contains a NUL character (a zero byte); the file is damaged or not a text file.</source>
        <translation>%1：单元格含有 NUL 字符（零字节）；文件已损坏或不是文本文件。</translation>
    </message>
</context>
<context>
    <name>TalentForms</name>
    <message>
        <source>New secondment</source>
        <translation>新增挂职</translation>
    </message>
    <message>
        <source>Secondment</source>
        <translation>挂职记录</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>挂职单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>挂职职务</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New professional dispatched</source>
        <translation>新增选派专业技术人才</translation>
    </message>
    <message>
        <source>Professional dispatched</source>
        <translation>选派专业技术人才</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业技术人才</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>服务单位</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>New training activity</source>
        <translation>新增培训活动</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Leave empty for an activity for all western units</source>
        <translation>面向全部西部县区的活动请留空</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Trainees (person-times)</source>
        <translation>培训人数（人次）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>所属活动</translation>
    </message>
    <message>
        <source>New group received</source>
        <translation>新增来访团组</translation>
    </message>
    <message>
        <source>Group received</source>
        <translation>来访团组</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>抵达日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>活动安排</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Tongxin 同心</source>
        <translation>同心 Tongxin</translation>
    </message>
    <message>
        <source>East–West cooperation, on record</source>
        <translation>东西部协作，件件有据</translation>
    </message>
    <message>
        <source>No database is open. Start with one of these:</source>
        <translation>尚未打开数据库。可以从这里开始：</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Create an empty database file for your office</source>
        <translation>为本单位创建一个空的数据库文件</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Open an existing Tongxin database file</source>
        <translation>打开已有的同心数据库文件</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>打开演示数据库</translation>
    </message>
    <message>
        <source>Explore Tongxin with the demo data: Hexi District (Tianjin) and its Gansu partners, 2017–2020</source>
        <translation>用演示数据体验同心：天津市河西区及其甘肃协作地区，2017–2020 年</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>A temporary file could not be created: %1</source>
        <translation>无法创建临时文件：%1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be read back: %1</source>
        <translation>无法读回电子表格：%1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation>无法写入电子表格：%1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created.</source>
        <translation>无法创建电子表格。</translation>
    </message>
    <message>
        <source>The worksheet &quot;%1&quot; could not be added.</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file %1 is not a readable .xlsx workbook: %2</source>
        <translation>文件 %1 不是可读取的 .xlsx 工作簿：%2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>不是 zip 压缩文件</translation>
    </message>
    <message>
        <source>no worksheet</source>
        <translation>没有工作表</translation>
    </message>
    <message>
        <source>the shared strings cannot be read</source>
        <translation>无法读取共享字符串</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取工作表“%1”：%2</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is damaged: %2</source>
        <translation>工作表“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>the part %1 points outside the file (&quot;%2&quot;)</source>
        <translation>部件 %1 指向文件之外（“%2”）</translation>
    </message>
    <message>
        <source>it has more than %L1 different texts (shared strings); it is refused as a possible decompression bomb</source>
        <translation>其中不同文本（共享字符串）超过 %L1 个；可能是解压炸弹，已拒绝</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: this workbook is encrypted (password-protected) or an old .xls; save it as .xlsx without a password.</source>
        <translation>无法读取文件 %1：该工作簿已加密（设有密码）或是旧版 .xls；请另存为不设密码的 .xlsx。</translation>
    </message>
    <message>
        <source>it has no workbook part (%1); it may be another kind of zip file</source>
        <translation>缺少工作簿部件（%1）；可能是其他类型的 zip 文件</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %L2 cells; it is refused as a possible decompression bomb. Split it into smaller workbooks.</source>
        <translation>工作表“%1”超过 %L2 个单元格，可能是解压炸弹，已拒绝。请拆分为较小的工作簿。</translation>
    </message>
</context>
<context>
    <name>YearlyReport</name>
    <message>
        <source>%1 pair</source>
        <translation>%1 对</translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation>%1 对</translation>
    </message>
    <message>
        <source>Delegation trips to the west</source>
        <translation>赴西部考察对接</translation>
    </message>
    <message>
        <source>Cadres seconded and professionals dispatched</source>
        <translation>选派挂职干部和专业技术人才</translation>
    </message>
    <message>
        <source>Fiscal aid paid</source>
        <translation>财政帮扶资金拨付</translation>
    </message>
    <message>
        <source>Fiscal aid paid by western unit and year</source>
        <translation>财政帮扶资金拨付（按县区和年份）</translation>
    </message>
    <message>
        <source>Investment of enterprises settled</source>
        <translation>落户企业投资额</translation>
    </message>
    <message>
        <source>Rural workers placed in jobs</source>
        <translation>农村劳动力转移就业</translation>
    </message>
    <message>
        <source>Pairs in force by kind, %1</source>
        <translation>有效结对数（按类型，%1）</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>结对数</translation>
    </message>
    <message>
        <source>Consumption-aid sales</source>
        <translation>消费帮扶销售额</translation>
    </message>
    <message>
        <source>Consumption-aid sales by year and channel</source>
        <translation>消费帮扶销售额（按年份和渠道）</translation>
    </message>
    <message>
        <source>Donations in cash and in kind</source>
        <translation>捐款捐物</translation>
    </message>
    <message>
        <source>This report sets out the East–West cooperation work for %1 in %2, area by area in the order of the assessment: %3. Every figure is computed from the records kept in Tongxin; where targets were recorded for a western unit and year, the actual figures are set against them.</source>
        <translation>本报告按照考核内容的顺序，逐项报告%1的东西部协作工作情况（统计期：%2），依次为：%3。报告中的每项数据均根据同心中保存的记录计算；凡录入了西部县区年度目标任务的，均将实际完成情况与目标任务进行对照。</translation>
    </message>
    <message>
        <source>all western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>主要指标一览</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>In %1: %2.</source>
        <extracomment>The figures of an area in a sentence: &quot;In 2017–2020: Special working groups: 11 groups; ….&quot;</extracomment>
        <translation>统计期（%1）内，%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Actual, %1</source>
        <translation>实际完成（%1）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标任务</translation>
    </message>
    <message>
        <source>No targets were recorded for this area.</source>
        <translation>本项未录入目标任务。</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>分年度</translation>
    </message>
    <message>
        <source>By western unit</source>
        <translation>分县区</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Flows (money paid, sales, trips, persons trained or placed) count what happened in the period; stocks (pairings, outlets, working groups) count what was in force at any time in it. Working groups and consumption-aid outlets serve all western units together. Amounts: %1.</source>
        <translation>流量指标（拨付资金、销售额、考察对接次数、培训和转移就业人数）按统计期内实际发生的数量统计；存量指标（结对、销售网点、专项工作组）按统计期内任一时间处于有效状态的数量统计。专项工作组和消费帮扶销售网点统一服务全部西部县区。金额单位：%1。</translation>
    </message>
    <message>
        <source>Everything recorded about %1 in %2: the figures of each area of the assessment against their targets, the aid projects and their payments, the people seconded and dispatched, enterprises and jobs, pairings, consumption-aid sales and donations.</source>
        <translation>%1在统计期（%2）内的全部记录：考核各项指标及目标任务完成情况、帮扶项目及资金拨付、挂职干部和选派的专业技术人才、企业与就业、结对帮扶、消费帮扶销售和社会捐赠。</translation>
    </message>
    <message>
        <source>Figures by area</source>
        <translation>分领域指标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>Industry and labour</source>
        <translation>产业合作和劳务协作</translation>
    </message>
    <message>
        <source>Enterprises settled</source>
        <translation>落户企业</translation>
    </message>
    <message>
        <source>Labour placements</source>
        <translation>劳务转移就业</translation>
    </message>
    <message>
        <source>Social aid</source>
        <translation>社会帮扶</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>社会捐赠</translation>
    </message>
    <message>
        <source>Completion
(Σ actual ÷ Σ target)</source>
        <extracomment>Header of a completion-rate column: summed actuals of the units over their summed targets.</extracomment>
        <translation>完成率
（Σ实际 ÷ Σ目标）</translation>
    </message>
    <message>
        <source>Appendix: definitions of the indicators</source>
        <extracomment>Heading of the yearly report&apos;s appendix that defines every indicator (指标说明).</extracomment>
        <translation>附：指标说明</translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <translation>未分配到县区</translation>
    </message>
    <message>
        <source>Records dated outside the office&apos;s period %1 are in no figure of this report: %2. Pairings, working groups and outlets count what was in force in the period.</source>
        <translation>日期在本办协作期 %1 之外的记录不计入本报告任何指标：%2。结对、工作组和网点按统计期内有效的数量计。</translation>
    </message>
    <message>
        <source>office-wide</source>
        <translation>全办</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a ZIP archive.</source>
        <translation>文件 %1 不是 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>The archive has no part %1.</source>
        <translation>压缩包中缺少部件 %1。</translation>
    </message>
    <message>
        <source>The part %1 is encrypted or compressed in an unsupported way.</source>
        <translation>部件 %1 已加密，或采用了不支持的压缩方式。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The part %1 is damaged.</source>
        <translation>部件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The part %1 cannot be inflated.</source>
        <translation>部件 %1 无法解压。</translation>
    </message>
    <message>
        <source>The part %1 cannot be read.</source>
        <translation>无法读取部件 %1。</translation>
    </message>
    <message>
        <source>The part %1 is truncated.</source>
        <translation>部件 %1 不完整（已被截断）。</translation>
    </message>
    <message>
        <source>The part %1 is damaged (checksum).</source>
        <translation>部件 %1 已损坏（校验和不符）。</translation>
    </message>
    <message>
        <source>The file has %1 parts; a workbook has at most %2.</source>
        <translation>文件含有 %1 个部件；工作簿最多只有 %2 个。</translation>
    </message>
    <message>
        <source>The part %1 would unpack to %2 MB, more than the %3 MB allowed: the file is refused as a possible decompression bomb.</source>
        <translation>部件 %1 解压后将达 %2 MB，超过允许的 %3 MB：可能是解压炸弹，文件已拒绝。</translation>
    </message>
    <message>
        <source>The file would unpack to more than %1 MB: it is refused as a possible decompression bomb.</source>
        <translation>文件解压后将超过 %1 MB：可能是解压炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>The part %1 unpacks to more than its declared size: the file is damaged or a decompression bomb.</source>
        <translation>部件 %1 解压后超过其声明的大小：文件已损坏或是解压炸弹。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation>打开此数据库文件。</translation>
    </message>
    <message>
        <source>The language of the interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Render every page at 1280×800 to DIR/&lt;page&gt;.png, then exit (no window, no dialogs).</source>
        <translation>以 1280×800 把每个页面渲染为 DIR/&lt;page&gt;.png，然后退出（不显示窗口和对话框）。</translation>
    </message>
    <message>
        <source>tongxin: unknown language %1 (use zh_CN or en)</source>
        <translation>tongxin：未知语言 %1（请使用 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>tongxin: the language %1 could not be applied</source>
        <translation>tongxin：无法应用语言 %1</translation>
    </message>
</context>
<context>
    <name>tongxin::AccountForm</name>
    <message>
        <source>Enable Accounts</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Change Password of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <source>The first account is an administrator&apos;s. From then on Tongxin and tongxin-cli ask who is working, each change in the audit trail names the account, and what a role may not do is refused. Accounts are disabled, never deleted.</source>
        <translation>第一个账号为管理员账号。此后同心和 tongxin-cli 都会询问由谁工作，审计日志中的每项修改都记下账号，角色不允许的操作一律拒绝。账号只能停用，从不删除。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Western units:</source>
        <translation>西部县区(&amp;W)：</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Enable Accounts</source>
        <translation>启用账号(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>The western units this working group writes; it reads all.</source>
        <translation>该工作组可修改的西部县区；所有记录均可查看。</translation>
    </message>
    <message>
        <source>Only a county working group&apos;s account has western units.</source>
        <translation>只有县区工作组账号才有所属西部县区。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不同。</translation>
    </message>
</context>
<context>
    <name>tongxin::AccountsDialog</name>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Western units</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This database has no accounts: whoever opens it works, named by their login. Enable accounts to say who may change what.</source>
        <translation>本数据库未启用账号：谁打开就由谁工作，以其系统登录名记录。启用账号后可规定谁能修改什么。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已登录：%1（%2）。</translation>
    </message>
    <message>
        <source>&amp;Enable Accounts…</source>
        <translation>启用账号(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Create the first account, an administrator&apos;s</source>
        <translation>创建第一个账号（管理员）</translation>
    </message>
    <message>
        <source>Add an account with its role</source>
        <translation>添加账号并指定角色</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the selected account: it can no longer sign in; the audit trail keeps its name</source>
        <translation>停用所选账号：它将无法登录；审计日志保留其名称</translation>
    </message>
    <message>
        <source>change another account&apos;s password</source>
        <translation>修改其他账号的密码</translation>
    </message>
    <message>
        <source>Set a new password for the selected account</source>
        <translation>为所选账号设置新密码</translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account %1? It can no longer sign in; its changes in the audit trail keep its name.</source>
        <translation>停用账号 %1？它将无法登录；审计日志中的修改仍保留其名称。</translation>
    </message>
    <message>
        <source>Cannot Disable Account</source>
        <translation>无法停用账号</translation>
    </message>
    <message>
        <source>Password Changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
</context>
<context>
    <name>tongxin::AllocationsDialog</name>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>下达金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Fiscal aid allocated</source>
        <translation>财政帮扶资金下达</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>金额单位：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>合计（%1）</translation>
    </message>
</context>
<context>
    <name>tongxin::AreaPage</name>
    <message>
        <source>Show only what belongs to one western unit</source>
        <translation>只显示属于单个西部县区的记录</translation>
    </message>
    <message>
        <source>These records belong to the whole office, not to one western unit</source>
        <translation>这些记录属于整个工作机构，不属于单个西部县区</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Western unit:</source>
        <translation>西部县区(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>tongxin::AreaTab</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The totals could not be read: %1</source>
        <translation>无法读取合计：%1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Totals of the rows shown</source>
        <translation>所显示行的合计</translation>
    </message>
    <message>
        <source>The figures of the dashboard for the same year and western unit.</source>
        <translation>总览中相同年份和西部县区的指标。</translation>
    </message>
    <message>
        <source>The totals of the rows the list shows, with its filters and search.</source>
        <translation>列表按当前筛选和搜索条件所显示各行的合计。</translation>
    </message>
    <message>
        <source>No records for this selection.</source>
        <translation>此条件下没有记录。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Show only the records in force on the day chosen</source>
        <translation>只显示所选日期有效的记录</translation>
    </message>
    <message>
        <source>Double-click a number to list the records that make it.</source>
        <translation>双击某个数字，列出构成它的记录。</translation>
    </message>
    <message>
        <source>Double-click a bar or a slice to list the records that make it.</source>
        <translation>双击柱形或扇区，列出构成它的记录。</translation>
    </message>
    <message>
        <source>The rows of the tab&apos;s list (its year, western unit, filters and search) that add up to this number, each with what it adds.</source>
        <translation>本页列表中（按其年度、西部县区、筛选和搜索）合计为该数字的各行，每行列出其计入的数值。</translation>
    </message>
    <message>
        <source>Office-wide</source>
        <translation>不分县区</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>in force on %1</source>
        <extracomment>In the heading of a list of records: the day the records were in force, e.g. &quot;in force on 2020-06-30&quot;.</extracomment>
        <translation>%1 有效</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <extracomment>In the heading of a list of records: the words searched for in the tab&apos;s list.</extracomment>
        <translation>搜索“%1”</translation>
    </message>
</context>
<context>
    <name>tongxin::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All registers</source>
        <translation>全部登记簿</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>任何修改</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>History of %1 #%2: </source>
        <translation>%1 #%2 的历史：</translation>
    </message>
    <message>
        <source>No change recorded matches.</source>
        <translation>没有符合条件的修改记录。</translation>
    </message>
    <message>
        <source>The newest %1 changes that match, newest first; narrow the filter to see older ones.</source>
        <translation>符合条件的最近 %1 处修改，最近的在前；缩小筛选范围可查看更早的修改。</translation>
    </message>
    <message>
        <source>One change matches.</source>
        <translation>有 1 处修改符合条件。</translation>
    </message>
    <message>
        <source>%1 changes match, newest first.</source>
        <translation>有 %1 处修改符合条件，最近的在前。</translation>
    </message>
    <message>
        <source>The audit trail cannot be checked: %1</source>
        <translation>无法核验审计日志：%1</translation>
    </message>
    <message>
        <source>The seals hold: no entry of the audit trail was changed or removed since it was written.</source>
        <translation>封存完好：审计日志的条目写入后均未被改动或删除。</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>登记簿(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Done:</source>
        <translation>操作(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Check the seals</source>
        <translation>核验封存</translation>
    </message>
    <message>
        <source>Recompute the chain of seals: any entry changed or removed outside Tongxin shows</source>
        <translation>重新计算封存链：在同心之外被改动或删除的条目都会显示出来</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The audit trail could not be exported: %1</source>
        <translation>无法导出审计日志：%1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write every change the filters choose to a spreadsheet (.xlsx) or CSV file</source>
        <translation>将筛选出的全部修改写入电子表格（.xlsx）或 CSV 文件</translation>
    </message>
</context>
<context>
    <name>tongxin::CoveragePage</name>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Only pairing kind</source>
        <translation>唯一结对类型</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人口数</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>建档年份</translation>
    </message>
    <message>
        <source>Exit year</source>
        <translation>退出年份</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>结对覆盖</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>%1% of them</source>
        <translation>占%1%</translation>
    </message>
    <message>
        <source>in 1 unit</source>
        <translation>分布在 1 个县区</translation>
    </message>
    <message numerus="yes">
        <source>in %n units</source>
        <translation>
            <numerusform>分布在 %n 个县区</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 registered</source>
        <translation>建档立卡共 %1 户</translation>
    </message>
    <message>
        <source>Poor villages with no village pairing in force</source>
        <translation>无有效村级结对的贫困村</translation>
    </message>
    <message>
        <source>Poor villages with one kind of pairing only</source>
        <translation>仅有一种结对类型的贫困村</translation>
    </message>
    <message>
        <source>Registered poor households without a cadre pair</source>
        <translation>无干部结对的建档立卡贫困户</translation>
    </message>
    <message>
        <source>The coverage could not be read: %1</source>
        <translation>无法读取结对覆盖情况：%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Western unit:</source>
        <translation>西部县区(&amp;W)：</translation>
    </message>
    <message>
        <source>Village pairings are community ↔ village, enterprise ↔ village and chamber of commerce ↔ village. A poor village with no village pairing in force has no partner at all; one with a single kind depends on one kind of partner. Registered poor households need a cadre ↔ household pair.</source>
        <translation>村级结对包括社区 ↔ 村、企业 ↔ 村和工商联 ↔ 村。没有有效村级结对的贫困村完全没有结对帮扶方；只有一种结对类型的贫困村只依靠一类帮扶方。建档立卡贫困户需要有干部 ↔ 贫困户结对。</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter on it, to start a pairing for that village or household.</source>
        <translation>双击某行或在该行上按 Enter 键，即可为该村或该户新建结对。</translation>
    </message>
    <message>
        <source>Poor villages</source>
        <translation>贫困村</translation>
    </message>
    <message>
        <source>No village pairing in force</source>
        <translation>无有效村级结对</translation>
    </message>
    <message>
        <source>One kind of pairing only</source>
        <translation>仅一种结对类型</translation>
    </message>
    <message>
        <source>Several kinds of pairing</source>
        <translation>多种结对类型</translation>
    </message>
    <message>
        <source>Households without a cadre pair</source>
        <translation>无干部结对的贫困户</translation>
    </message>
</context>
<context>
    <name>tongxin::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取指标：%1</translation>
    </message>
    <message>
        <source>No records for this selection.</source>
        <translation>此条件下没有记录。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Outside the period %1 (not in the figures below): %2.</source>
        <extracomment>Under the dashboard&apos;s filters: flows dated before or after the office&apos;s period.</extracomment>
        <translation>协作期 %1 之外（不计入以下指标）：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure in the menu of the records outside the period: &quot;Fiscal aid paid: ¥12.00万&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Double-click to list the records dated outside the period.</source>
        <translation>双击列出日期在协作期之外的记录。</translation>
    </message>
</context>
<context>
    <name>tongxin::DateField</name>
    <message>
        <source>“%1” is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
    <message>
        <source>%1 is before %2, the earliest date allowed here.</source>
        <translation>%1 早于此处允许的最早日期 %2。</translation>
    </message>
    <message>
        <source>%1 is after %2, the latest date allowed here.</source>
        <translation>%1 晚于此处允许的最晚日期 %2。</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Choose the date on a calendar (F4)</source>
        <translation>在日历上选择日期（F4）</translation>
    </message>
</context>
<context>
    <name>tongxin::EndPairingDialog</name>
    <message>
        <source>End Pairing</source>
        <translation>结束结对</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>The pairing is marked ended on this date; Ctrl+Z undoes it</source>
        <translation>结对将标记为于此日期结束；按 Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Type the date the pairing ended.</source>
        <translation>请输入结对终止的日期。</translation>
    </message>
</context>
<context>
    <name>tongxin::EventsPage</name>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单量</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>%1亿</source>
        <translation>%1亿</translation>
    </message>
    <message>
        <source>%1万</source>
        <translation>%1万</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1百万</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>%1千</translation>
    </message>
    <message>
        <source>Events and livestreams</source>
        <translation>活动与直播</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No event yet.&lt;/b&gt; Add one with New above: an e-commerce festival, a livestream week …</source>
        <translation>&lt;b&gt;尚无活动。&lt;/b&gt;请点击上方的“新增”添加活动，如电商节、直播周等。</translation>
    </message>
    <message>
        <source>%1 to %2, %3 days</source>
        <translation>%1 至 %2，共 %3 天</translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation>主办单位：%1</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单量</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <source>livestream sessions</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>livestream talents trained</source>
        <translation>培训直播人才</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The totals could not be read: %1</source>
        <translation>无法读取合计：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;All livestreams, whole period:&lt;/b&gt; sales %1 · orders %2 · viewers %3 · clicks %4 · %5 sessions · %6 talents trained</source>
        <translation>&lt;b&gt;全部直播（整个期间）：&lt;/b&gt;销售额 %1 · 订单量 %2 · 观看人数 %3 · 点击量 %4 · 直播 %5 场 · 培训直播人才 %6 人</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures: every livestream session and every talent trained, whatever the event</source>
        <translation>总览页的指标：全部直播场次和全部培训的直播人才，不论所属活动</translation>
    </message>
    <message>
        <source>No livestream sessions for this event yet.</source>
        <translation>本活动尚无直播场次。</translation>
    </message>
    <message>
        <source>E-commerce festivals and other events with their livestream sessions (直播带货) and the livestream talents trained for them. Choose an event to see its sessions, talents, totals and sales by day.</source>
        <translation>电商节等活动，及其直播带货场次和为其培训的直播人才。选择一个活动，可查看其直播场次、直播人才、合计和每日销售额。</translation>
    </message>
    <message>
        <source>Livestream sessions</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>Talents trained</source>
        <translation>培训直播人才</translation>
    </message>
    <message>
        <source>The livestream sessions of the event on that day and of that western unit, each with its sales.</source>
        <translation>该活动当天、该西部县区的各场直播及其销售额。</translation>
    </message>
</context>
<context>
    <name>tongxin::ExplainDialog</name>
    <message>
        <source>The records could not be read.</source>
        <translation>无法读取记录。</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <translation>未分配到县区</translation>
    </message>
    <message>
        <source>Records of: %1</source>
        <extracomment>Window title of the list of records behind a figure, e.g. &quot;Records of: Fiscal aid paid · 2020 · Kongtong&quot;.</extracomment>
        <translation>构成指标的记录：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>%1, adding up to %2: the figure shown.</source>
        <translation>%1，合计 %2，即所显示的指标值。</translation>
    </message>
    <message>
        <source>%1, adding up to %2; the figure is %3.</source>
        <translation>%1，合计 %2；指标值为 %3。</translation>
    </message>
    <message>
        <source>%1 Year: %2</source>
        <translation>%1年份：%2</translation>
    </message>
    <message>
        <source>outside %1</source>
        <extracomment>The records of a figure dated before or after the office&apos;s period, e.g. &quot;outside 2017–2020&quot;.</extracomment>
        <translation>%1 之外</translation>
    </message>
    <message>
        <source>Office-wide</source>
        <extracomment>The scope of a figure not counted per western unit (special working groups, outlets).</extracomment>
        <translation>全办</translation>
    </message>
    <message>
        <source>Search: %1 of %2 records shown, totalling %3. All %2 records: %4 = the figure.</source>
        <extracomment>Under the records of a figure when a search is typed, e.g. &quot;Search: 12 of 240 records shown, totalling ¥3.00万. All 240 records: ¥1.20亿 = the figure.&quot;</extracomment>
        <translation>搜索结果：共 %2 条记录中显示 %1 条，合计 %3；全部 %2 条合计 %4，即该指标。</translation>
    </message>
    <message>
        <source>Search: %1 of %2 records shown, totalling %3. All %2 records: %4; the figure is %5.</source>
        <translation>搜索结果：共 %2 条记录中显示 %1 条，合计 %3；全部 %2 条合计 %4；指标为 %5。</translation>
    </message>
</context>
<context>
    <name>tongxin::FigureTile</name>
    <message>
        <source>of whom registered poor: %1</source>
        <extracomment>Under the number of rural workers placed in jobs on the dashboard, e.g. &quot;of whom registered poor: 567 persons&quot;.</extracomment>
        <translation>其中建档立卡贫困人口：%1</translation>
    </message>
    <message>
        <source>and in kind, valued at %1</source>
        <extracomment>Under the donations in cash on the dashboard, e.g. &quot;and in kind, valued at 1.03 million yuan&quot;.</extracomment>
        <translation>物资折价：%1</translation>
    </message>
    <message>
        <source>in force at end: %1</source>
        <extracomment>Under a pairing figure on the dashboard: pairings still in force on the last day of the span.</extracomment>
        <translation>期末有效：%1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <extracomment>Under the enterprises settled on the dashboard: those settling for the first time (not expansions); keep it short.</extracomment>
        <translation>新落地：%1</translation>
    </message>
    <message>
        <source>in post: %1</source>
        <extracomment>Under the cadres (professionals) sent in the span: those in post at any time in it; keep it short.</extracomment>
        <translation>在岗：%1</translation>
    </message>
    <message>
        <source>Double-click to list the records that make this figure.</source>
        <translation>双击可列出构成该指标的记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <extracomment>A figure&apos;s name and what it counts, in a tooltip.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>%1 (office-wide)</source>
        <extracomment>A dashboard tile&apos;s figure that is the whole office&apos;s, shown while one western unit is chosen.</extracomment>
        <translation>%1（全办）</translation>
    </message>
</context>
<context>
    <name>tongxin::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>tongxin::FundsChartsWidget</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>No records for this selection.</source>
        <translation>此条件下没有记录。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>无法把图表保存到 %1：%2</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>无可绘制的数据</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>把此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>funding year %1</source>
        <translation>资金年度 %1</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>paid in %1</source>
        <translation>%1 年拨付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>下达金额</translation>
    </message>
    <message>
        <source>The payments to that western unit&apos;s projects dated in that year, each with its amount: the dashboard&apos;s fiscal aid paid of that unit and year.</source>
        <translation>该年度拨付给该西部县区项目的各笔资金及其金额，即总览中该县区该年度的财政援助拨付额。</translation>
    </message>
    <message>
        <source>The allocations (下达) to that western unit in that year, each with its amount.</source>
        <translation>该年度下达给该西部县区的各笔资金及其金额。</translation>
    </message>
    <message>
        <source>The projects of that category under the page&apos;s filters (not the list&apos;s search), each with its budget.</source>
        <translation>在本页筛选条件下（不含列表搜索），该类别的各个项目及其预算。</translation>
    </message>
    <message>
        <source>The projects of that status under the page&apos;s filters (not the list&apos;s search), one each.</source>
        <translation>在本页筛选条件下（不含列表搜索），处于该状态的各个项目，每个计 1。</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>The payments to the projects under the page&apos;s filters (not the list&apos;s search), from the first up to the end of that month, each with its amount: the running total shown.</source>
        <translation>在本页筛选条件下（不含列表搜索），从第一笔到该月月底拨付给各项目的资金及其金额，即所显示的累计额。</translation>
    </message>
</context>
<context>
    <name>tongxin::FundsPage</name>
    <message>
        <source>Funds</source>
        <translation>资金支持</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Funding &amp;year:</source>
        <translation>资金年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Western unit:</source>
        <translation>西部县区(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Projects of this funding year (the year of their plan and budget). The allocation chart compares what was allocated for the year with what was paid in it.</source>
        <translation>此资金年度（即项目计划和预算所属年度）的项目。下达图对比本年度下达额与本年度拨付额。</translation>
    </message>
    <message>
        <source>Only the allocations, payments and projects of one western unit</source>
        <translation>只显示单个西部县区的下达、拨付和项目</translation>
    </message>
    <message>
        <source>Only projects of one category (the allocation chart covers all categories)</source>
        <translation>只显示单个类别的项目（下达图涵盖全部类别）</translation>
    </message>
    <message>
        <source>Only projects in one status (the allocation chart covers all projects)</source>
        <translation>只显示单个状态的项目（下达图涵盖全部项目）</translation>
    </message>
    <message>
        <source>&amp;Allocations…</source>
        <translation>资金下达(&amp;A)…</translation>
    </message>
    <message>
        <source>Fiscal aid allocated (下达) per western unit and year: list, forms and totals</source>
        <translation>按西部县区和年度下达的财政帮扶资金：列表、录入和合计</translation>
    </message>
</context>
<context>
    <name>tongxin::GettingStarted</name>
    <message>
        <source>Where to begin: this database is new. Enter its records in this order.</source>
        <translation>从哪里开始：这是一个新数据库，请按以下顺序录入。</translation>
    </message>
    <message>
        <source>1. Places: your district with its streets and communities, and the western counties with their towns and villages (mark the poor villages).</source>
        <translation>1. 地方：本区及其街道、社区，西部县区及其乡镇、村（标出贫困村）。</translation>
    </message>
    <message>
        <source>2. Organisations: schools, hospitals, enterprises and chambers on both sides.</source>
        <translation>2. 单位：东西部双方的学校、医院、企业和商会。</translation>
    </message>
    <message>
        <source>3. Pairings: who is paired with whom; the forms then offer the places and organisations entered above.</source>
        <translation>3. 结对帮扶：谁与谁结对；表单会列出上面录入的地方和单位供选择。</translation>
    </message>
    <message>
        <source>Enter places…</source>
        <translation>录入地方…</translation>
    </message>
    <message>
        <source>Enter organisations…</source>
        <translation>录入单位…</translation>
    </message>
    <message>
        <source>Enter pairings…</source>
        <translation>录入结对…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>tongxin::HistoryDialog</name>
    <message>
        <source>History of %1 #%2</source>
        <translation>%1 #%2 的历史</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message>
        <source>No change to this record is recorded: it was written before the audit trail began, or in bulk (the demo, a sales import), which the trail records as one entry.</source>
        <translation>没有这条记录的修改记录：它写于审计日志开始之前，或为批量写入（演示数据、销售导入），审计日志将其记为一条。</translation>
    </message>
    <message>
        <source>One change is recorded.</source>
        <translation>记录了 1 处修改。</translation>
    </message>
    <message>
        <source>%1 changes are recorded, newest first.</source>
        <translation>记录了 %1 处修改，最近的在前。</translation>
    </message>
</context>
<context>
    <name>tongxin::ImportFilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Sales files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>销售数据文件 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Excel workbook, %1, with one sheet: %2</source>
        <translation>Excel 工作簿，%1，含 1 个工作表：%2</translation>
    </message>
    <message>
        <source>Excel workbook, %1, with %2 sheets: %3</source>
        <translation>Excel 工作簿，%1，含 %2 个工作表：%3</translation>
    </message>
    <message>
        <source>CSV file, %1; encoding detected: %2 (with a byte order mark).</source>
        <translation>CSV 文件，%1；检测到的编码：%2（带字节顺序标记）。</translation>
    </message>
    <message>
        <source>CSV file, %1; encoding detected: %2.</source>
        <translation>CSV 文件，%1；检测到的编码：%2。</translation>
    </message>
    <message>
        <source>Template saved as %1.</source>
        <translation>模板已保存为 %1。</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Sales rows from a shop, counter, online store or livestream platform: a CSV file or an Excel workbook.</source>
        <translation>来自专店、专柜、网店或直播平台的销售记录：CSV 文件或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>CSV files may be in UTF-8 (with or without a byte order mark) or in GB18030, as Excel saves them on Chinese Windows; the encoding is detected and can be changed on the next page. Workbooks (.xlsx) may have several sheets.</source>
        <translation>CSV 文件可以是 UTF-8 编码（带或不带字节顺序标记），也可以是中文版 Windows 上 Excel 保存时使用的 GB18030 编码；程序会自动检测编码，并可在下一页更改。工作簿（.xlsx）可以包含多个工作表。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>One row per sale, below a row of column headers.</source>
        <translation>每笔销售一行，位于表头行之下。</translation>
    </message>
    <message>
        <source>Required:</source>
        <translation>必填：</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>选填：</translation>
    </message>
    <message>
        <source>Files with the template&apos;s column headers (in Chinese or in English, in any order) need no mapping; other headers are matched to the fields on the third page. The template lists every column with a note on what to enter.</source>
        <translation>表头与模板一致（中文或英文，列的顺序不限）的文件无需映射；其他表头将在第三页与字段对应。模板列出了每一列，并附有填写说明。</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>保存模板(&amp;S)…</translation>
    </message>
    <message>
        <source>Saves the template as an Excel workbook or a CSV file, with headers in the language of the program</source>
        <translation>将模板保存为 Excel 工作簿或 CSV 文件，表头使用程序当前的语言</translation>
    </message>
</context>
<context>
    <name>tongxin::ImportMappingPage</name>
    <message>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>Every required field was recognised from the column headers: nothing to map. Check the optional fields if you like.</source>
        <translation>已根据表头识别出全部必填字段，无需映射。如有需要，可检查可选字段。</translation>
    </message>
    <message>
        <source>Some headers are not the template&apos;s. Choose the column that holds each field; fields marked * are required. Your choice is remembered for files with the same headers.</source>
        <translation>部分表头与模板不一致。请为每个字段选择对应的列；标有 * 的字段为必填。对于表头相同的文件，将记住您的选择。</translation>
    </message>
    <message>
        <source>The columns chosen last time for files with these headers were restored.</source>
        <translation>已恢复上次为具有相同表头的文件所选的列。</translation>
    </message>
    <message>
        <source>Choose the column that holds each field; fields marked * are required. Your choice is remembered for files with the same headers.</source>
        <translation>请为每个字段选择对应的列；标有 * 的字段为必填。对于表头相同的文件，将记住您的选择。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Required fields without a column: %1.</source>
        <translation>以下必填字段没有对应的列：%1。</translation>
    </message>
    <message>
        <source>Column %1 is chosen for several fields: %2.</source>
        <translation>“%1”列被同时指定给多个字段：%2。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Which column of the file holds each field of the sales ledger.</source>
        <translation>文件中的哪一列对应销售台账的各个字段。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>&amp;Use the headers</source>
        <translation>按表头对应(&amp;U)</translation>
    </message>
    <message>
        <source>Map the columns as their headers say, forgetting the choice made by hand</source>
        <translation>按表头对应各列，放弃手动所作的选择</translation>
    </message>
</context>
<context>
    <name>tongxin::ImportPreviewPage</name>
    <message>
        <source>detected: %1</source>
        <translation>检测结果：%1</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>工作表为空。</translation>
    </message>
    <message>
        <source>Rows %1 to %2 of the file. The highlighted row holds the column headers; the rows below it are imported. Choose another row if the headers are lower down.</source>
        <translation>文件的第 %1 至 %2 行。高亮的行为表头行，其下各行将被导入。如果表头在更下方，请选择其他行。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Check that the text reads correctly. If Chinese characters look garbled, choose the other encoding.</source>
        <translation>请检查文字显示是否正确。如果中文显示为乱码，请选择另一种编码。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Headers in row:</source>
        <translation>表头所在行(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>tongxin::ImportRunPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 read; saving…</source>
        <translation>已读取 %1，正在保存…</translation>
    </message>
    <message>
        <source>%1 of about %2</source>
        <translation>%1 / 约 %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The rows are written to the ledger.</source>
        <translation>各行数据将写入台账。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>The import is written as a whole or not at all: cancelling, or a failure, leaves the ledger exactly as it was.</source>
        <translation>导入要么整体写入，要么完全不写入：取消导入或导入失败时，台账保持原样不变。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing the database…</source>
        <translation>正在等待其他程序完成对数据库的写入…</translation>
    </message>
</context>
<context>
    <name>tongxin::ImportSummaryPage</name>
    <message>
        <source>%1 imported (%2)</source>
        <translation>已导入 %1（%2）</translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Nothing was written: the ledger is exactly as it was before.</source>
        <translation>未写入任何数据：台账与导入前完全相同。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>The ledger is exactly as it was before.</source>
        <translation>台账与导入前完全相同。</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1，工作表 %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>Overwrite rows of the same source references</source>
        <translation>覆盖来源单号相同的行</translation>
    </message>
    <message>
        <source>Add to the ledger</source>
        <translation>添加到台账</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>已读取行数</translation>
    </message>
    <message>
        <source>Added to the ledger</source>
        <translation>已添加到台账</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>Skipped, with problems</source>
        <translation>已跳过（有问题）</translation>
    </message>
    <message>
        <source>Not added twice (duplicates)</source>
        <translation>未重复添加（重复行）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>本次导入的结果。</translation>
    </message>
</context>
<context>
    <name>tongxin::ImportValidatePage</name>
    <message>
        <source>Checked %1 of about %2…</source>
        <translation>已检查 %1，共约 %2…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>to import (%1)</source>
        <translation>待导入（%1）</translation>
    </message>
    <message>
        <source>to import</source>
        <translation>待导入</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problems found: every row can be imported.</source>
        <translation>未发现问题：所有行均可导入。</translation>
    </message>
    <message>
        <source>Problems found: %1 with problems, %2 already in the ledger or earlier in the file (not added twice)</source>
        <translation>发现问题：%1有问题，%2已在台账中或在文件前面已出现（不会重复添加）</translation>
    </message>
    <message>
        <source>Import only the valid rows (skip the %1 with problems, in red above)</source>
        <translation>只导入有效行（跳过上方红色标出的有问题的 %1）</translation>
    </message>
    <message>
        <source>Checking the file; nothing is written.</source>
        <translation>正在检查文件，不会写入任何数据。</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>检查已停止。</translation>
    </message>
    <message>
        <source>Problems in %1: nothing can be imported yet. Fix the file and check again, or import only the valid rows.</source>
        <translation>%1有问题：暂时无法导入任何数据。请修正文件后重新检查，或只导入有效行。</translation>
    </message>
    <message>
        <source>Nothing to import: every valid row is already in the ledger.</source>
        <translation>没有需要导入的数据：所有有效行均已在台账中。</translation>
    </message>
    <message>
        <source>Choose how to import: add the rows, or overwrite the rows earlier imports of this source put in the ledger.</source>
        <translation>请选择导入方式：添加这些行，或覆盖此前从同一来源导入台账的行。</translation>
    </message>
    <message>
        <source>Ready: %1 (%2) will be added to the ledger.</source>
        <translation>准备就绪：将向台账添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Replaced: %1 now in the ledger with the same source references.</source>
        <translation>将替换：台账中现有来源单号相同的 %1。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Rows already in the ledger are not added twice.</source>
        <translation>写入任何数据之前，先检查每一行。台账中已有的行不会重复添加。</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>&amp;Add to the ledger (rows already in it are skipped as duplicates)</source>
        <translation>添加到台账(&amp;A)（台账中已有的行作为重复行跳过）</translation>
    </message>
    <message>
        <source>&amp;Overwrite: replace the ledger rows that have the source reference of a row of this file (a corrected file from the same source)</source>
        <translation>覆盖(&amp;O)：替换台账中来源单号与本文件某行相同的行（适用于同一来源的更正文件）</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>重新检查(&amp;G)</translation>
    </message>
    <message>
        <source>Read the file again, e.g. after correcting it</source>
        <translation>重新读取文件，例如修正文件之后</translation>
    </message>
    <message>
        <source>Import %1 dated outside the period %2–%3</source>
        <translation>导入日期在统计期 %2–%3 之外的 %1</translation>
    </message>
    <message>
        <source>%1 dated outside the office&apos;s period %2–%3 (listed above as warnings): tick the box to import them as they are, or fix the dates and check again.</source>
        <translation>有 %1 的日期在本办公室统计期 %2–%3 之外（已在上方作为警告列出）：勾选此框按原样导入，或修改日期后重新检查。</translation>
    </message>
</context>
<context>
    <name>tongxin::ImportWizard</name>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>sales-import-template</source>
        <extracomment>File name of the saved import template (no suffix)</extracomment>
        <translation>销售数据导入模板</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved to %1: %2</source>
        <translation>无法将模板保存到 %1：%2</translation>
    </message>
    <message>
        <source>Import sales</source>
        <translation>导入销售数据</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>tongxin::ImportWizardIssues</name>
    <message>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>tongxin::ImportWizardRunner</name>
    <message>
        <source>The database has no file to import into.</source>
        <translation>数据库没有对应的文件，无法导入。</translation>
    </message>
</context>
<context>
    <name>tongxin::IndustryPage</name>
    <message>
        <source>Enterprises settled</source>
        <translation>落户企业</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>吸纳就业</translation>
    </message>
    <message>
        <source>Registered poor employed</source>
        <translation>吸纳贫困人口就业</translation>
    </message>
    <message>
        <source>Aid workshops</source>
        <translation>帮扶车间</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Investment by western unit and year</source>
        <translation>投资额（按县区和年份）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>tongxin::LabourPage</name>
    <message>
        <source>Placements</source>
        <translation>转移就业</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>就业去向</translation>
    </message>
    <message>
        <source>Employer or programme</source>
        <translation>用工单位或项目</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Registered poor</source>
        <translation>建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>职业技能培训</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>全部去向</translation>
    </message>
    <message>
        <source>Persons placed by year and destination</source>
        <translation>转移就业人数（按年份和去向）</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Persons placed by western unit and year</source>
        <translation>转移就业人数（按县区和年份）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>tongxin::ListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>tongxin::ListView</name>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Shows the rows that contain every word typed (%1)</source>
        <translation>显示包含所输入全部词语的行（%1）</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>无法读取列表。</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 row</source>
        <translation>%1 / 1 行</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 / %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Writes the rows and columns shown to a spreadsheet (.xlsx) or CSV file (%1)</source>
        <translation>将所显示的行和列导出为电子表格（.xlsx）或 CSV 文件（%1）</translation>
    </message>
</context>
<context>
    <name>tongxin::LockForm</name>
    <message>
        <source>Unlock %1</source>
        <translation>解锁 %1 年</translation>
    </message>
    <message>
        <source>Its records can then be changed again. The lock is kept, with who unlocked it, when and why; the audit trail records it too.</source>
        <translation>解锁后，其记录可以再次修改。锁定记录会保留，并记下解锁人、时间和原因；审计日志也会记录。</translation>
    </message>
    <message>
        <source>Lock a Year</source>
        <translation>锁定年份</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Every western unit</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>&amp;Western unit:</source>
        <translation>西部县区(&amp;W)：</translation>
    </message>
    <message>
        <source>required: why it is unlocked</source>
        <translation>必填：解锁原因</translation>
    </message>
    <message>
        <source>e.g. figures submitted to the province</source>
        <translation>例如：数据已报省审核</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tongxin::LocksDialog</name>
    <message>
        <source>&amp;Lock a Year…</source>
        <translation>锁定年份(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Period Locks</source>
        <translation>期间锁定</translation>
    </message>
    <message>
        <source>While a year is locked, no record dated in it (of that western unit, or of every unit) can be added, changed or deleted — by the window, the command line, an import or another program.</source>
        <translation>某一年锁定期间，该年（该西部县区或全部县区）的任何记录都不能新增、修改或删除——无论通过窗口、命令行、导入还是其他程序。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Every western unit</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No year is locked.</source>
        <translation>没有锁定的年份。</translation>
    </message>
    <message>
        <source>Lock a year of one western unit or of all</source>
        <translation>锁定某个西部县区或全部县区的某一年</translation>
    </message>
    <message>
        <source>Select a lock first.</source>
        <translation>请先选择一项锁定。</translation>
    </message>
    <message>
        <source>End the selected lock, saying why</source>
        <translation>解除所选锁定，并说明原因</translation>
    </message>
</context>
<context>
    <name>tongxin::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation>创建一个空的数据库文件</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing Tongxin database file</source>
        <translation>打开已有的同心数据库文件</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Open the demo database (created when missing)</source>
        <translation>打开演示数据库（不存在时自动创建）</translation>
    </message>
    <message>
        <source>&amp;Recent Files</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Backup Copy…</source>
        <translation>备份副本(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database to a new file</source>
        <translation>把打开的数据库的一致副本写入新文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tongxin</source>
        <translation>关于同心(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — Tongxin</source>
        <translation>%1 — 同心</translation>
    </message>
    <message>
        <source>Tongxin</source>
        <translation>同心</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>The file %1 is the open database; it was not replaced.</source>
        <translation>文件 %1 是当前打开的数据库；未被替换。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>Cannot Open Demo</source>
        <translation>无法打开演示数据库</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>无法创建演示数据库：%1</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup copy written to %1</source>
        <translation>备份副本已写入 %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Tongxin databases (*.db);;All files (*)</source>
        <translation>同心数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Backup Copy</source>
        <translation>备份副本</translation>
    </message>
    <message>
        <source>About Tongxin</source>
        <translation>关于同心</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tongxin (同心) %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;同心（Tongxin）%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;基于 Qt %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>The file %1 is the open database; a backup cannot replace it.</source>
        <translation>文件 %1 是当前打开的数据库，备份不能替换它。</translation>
    </message>
    <message>
        <source>Upgrade Database</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>This database was made by an older version of Tongxin. Upgrade it? A copy is kept as %1.</source>
        <translation>此数据库由较旧版本的同心创建。是否升级？升级前的副本将保留为 %1。</translation>
    </message>
    <message>
        <source>%1 was not opened; it is unchanged.</source>
        <translation>未打开 %1，文件未被改动。</translation>
    </message>
    <message>
        <source>Opened Read-Only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). It is open for reading only: changes cannot be saved.</source>
        <translation>%1 无法写入（文件或其所在文件夹是只读的）。已以只读方式打开：修改无法保存。</translation>
    </message>
    <message>
        <source>Upgraded; the file as it was is kept as %1</source>
        <translation>已升级；升级前的文件保留为 %1</translation>
    </message>
    <message>
        <source>Replace Newer Database</source>
        <translation>替换较新的数据库</translation>
    </message>
    <message>
        <source>%1

Replace it anyway with a new, empty database? The file is kept beside it, renamed FILE.replaced-DATE-TIME.</source>
        <translation>%1

仍要用新的空数据库替换它吗？原文件将改名为 文件.replaced-日期-时间 保留在旁边。</translation>
    </message>
    <message>
        <source>The previous file is kept as %1</source>
        <translation>原文件已保留为 %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Who may work on this database and what each may change</source>
        <translation>谁可以使用本数据库，各自能修改什么</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — Tongxin</source>
        <translation>%1 — %2（%3）— 同心</translation>
    </message>
    <message>
        <source>%1 was not opened: no one signed in.</source>
        <translation>%1 未打开：没有人登录。</translation>
    </message>
    <message>
        <source>&amp;Period Locks…</source>
        <translation>期间锁定(&amp;P)…</translation>
    </message>
    <message>
        <source>Lock the figures of a year once they are submitted, or unlock them</source>
        <translation>数据上报后锁定该年的数据，或解除锁定</translation>
    </message>
</context>
<context>
    <name>tongxin::NetworkPage</name>
    <message>
        <source>Pairing network</source>
        <translation>结对网络</translation>
    </message>
    <message>
        <source>%1 (eastern side)</source>
        <translation>%1（东部）</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The database has no units to draw.</source>
        <translation>数据库中没有可绘制的单位。</translation>
    </message>
    <message>
        <source>The pairings could not be read: %1</source>
        <translation>无法读取结对：%1</translation>
    </message>
    <message>
        <source>%1 has no pairings in force on %2.</source>
        <translation>截至 %2，%1 没有有效结对。</translation>
    </message>
    <message>
        <source>1 pairing in force on %1</source>
        <translation>截至 %1 有效结对 1 对</translation>
    </message>
    <message numerus="yes">
        <source>%n pairings in force on %1</source>
        <translation>
            <numerusform>截至 %1 有效结对 %n 对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in force</source>
        <translation>
            <numerusform>%n 对已失效</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 eastern and %2 western parties</source>
        <translation>东部结对方 %1 个，西部结对方 %2 个</translation>
    </message>
    <message>
        <source>Pairing network: %1</source>
        <translation>结对网络：%1</translation>
    </message>
    <message>
        <source>The drawing is too large to export.</source>
        <translation>图形过大，无法导出。</translation>
    </message>
    <message>
        <source>pairing-network</source>
        <translation>结对网络</translation>
    </message>
    <message>
        <source>Export the network as PNG</source>
        <translation>将网络图导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The image could not be written to %1: %2</source>
        <translation>无法把图片写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Include &amp;ended pairings</source>
        <translation>包括已结束的结对(&amp;E)</translation>
    </message>
    <message>
        <source>Also draw pairings that are no longer in force, as dashed lines.</source>
        <translation>同时以虚线绘制已失效的结对。</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole network in the view</source>
        <translation>在视图中显示整个网络</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation>导出 PNG(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the drawing as a PNG image at twice the screen size</source>
        <translation>以屏幕尺寸的两倍把图形保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Point at a party to highlight its pairings and see them listed; Ctrl+wheel zooms, dragging moves the drawing.</source>
        <translation>指向结对方可突出显示其结对并列出明细；Ctrl+滚轮缩放，拖动可移动图形。</translation>
    </message>
</context>
<context>
    <name>tongxin::NetworkScene</name>
    <message>
        <source>Registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1起</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Chamber of commerce</source>
        <translation>工商联</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Registered poor households</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>dashed: no longer in force</source>
        <translation>虚线：已不再有效</translation>
    </message>
    <message>
        <source>Eastern side</source>
        <translation>东部</translation>
    </message>
    <message>
        <source>Western side</source>
        <translation>西部</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>1 pairing:</source>
        <translation>1 个结对：</translation>
    </message>
    <message numerus="yes">
        <source>%n pairings:</source>
        <translation>
            <numerusform>%n 个结对：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongxin::OrganisationPage</name>
    <message>
        <source>Working groups</source>
        <translation>专项工作组</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>专项工作组</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Remit</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>存续于</translation>
    </message>
    <message>
        <source>Delegation visits</source>
        <translation>考察对接</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>带队领导</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>签订协议数</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>全部方向</translation>
    </message>
    <message>
        <source>Delegation visits by year and direction</source>
        <translation>考察对接次数（按年份和方向）</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Meetings by year</source>
        <translation>会议次数（按年份）</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>tongxin::OutletsTab</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>停业日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>销售网点</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>营业中 %1 家</translation>
    </message>
    <message>
        <source>Totals by kind</source>
        <translation>按类型合计</translation>
    </message>
    <message>
        <source>Totals of the rows shown, by kind</source>
        <translation>所显示各行按类型的合计</translation>
    </message>
    <message>
        <source>Show only the outlets of one kind</source>
        <translation>只显示单个类型的销售网点</translation>
    </message>
</context>
<context>
    <name>tongxin::PairingsPage</name>
    <message>
        <source>Kind</source>
        <translation>结对类型</translation>
    </message>
    <message>
        <source>Eastern party</source>
        <translation>东部结对方</translation>
    </message>
    <message>
        <source>Western party</source>
        <translation>西部结对方</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>结对数</translation>
    </message>
    <message>
        <source>Eastern parties</source>
        <translation>东部结对方</translation>
    </message>
    <message>
        <source>Western parties</source>
        <translation>西部结对方</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Active and ended</source>
        <translation>有效和已结束</translation>
    </message>
    <message>
        <source>All eastern units</source>
        <translation>全部东部单位</translation>
    </message>
    <message>
        <source>Cannot End Pairing</source>
        <translation>无法结束结对</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>End pairing…</source>
        <translation>结束结对…</translation>
    </message>
    <message>
        <source>End the selected pairing on a date (%1); Ctrl+Z undoes it</source>
        <translation>在指定日期结束所选结对（%1）；按 Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Show one kind of pairing</source>
        <translation>只显示一种类型的结对</translation>
    </message>
    <message>
        <source>Show active or ended pairings</source>
        <translation>显示有效或已结束的结对</translation>
    </message>
    <message>
        <source>Show the pairings in force at any time in a year</source>
        <translation>显示某年内任一时间有效的结对</translation>
    </message>
    <message>
        <source>Show the pairings of one eastern district or street</source>
        <translation>显示某个东部区或街道的结对</translation>
    </message>
    <message>
        <source>Show the pairings of one western unit</source>
        <translation>显示某个西部县区的结对</translation>
    </message>
    <message>
        <source>Count the pairings in force at any time in a year</source>
        <translation>统计某年内任一时间有效的结对</translation>
    </message>
    <message>
        <source>Pairings in force at any time in the year, counted as on the dashboard. A party paired in several units counts once in “All western units”.</source>
        <translation>该年内任一时间有效的结对，统计口径与总览相同。在多个县区结对的结对方，在“全部西部县区”中只计一次。</translation>
    </message>
    <message>
        <source>Double-click a number of pairs to list the pairings that make it.</source>
        <translation>双击结对数，列出构成它的结对。</translation>
    </message>
</context>
<context>
    <name>tongxin::PartyDetail</name>
    <message>
        <source>Eastern party · %1</source>
        <translation>东部结对方 · %1</translation>
    </message>
    <message>
        <source>Western party · %1</source>
        <translation>西部结对方 · %1</translation>
    </message>
    <message>
        <source>Western party · %1 · %2</source>
        <translation>西部结对方 · %1 · %2</translation>
    </message>
    <message>
        <source>Selected pairing — click a party to see all its pairings</source>
        <translation>所选结对——点击任一方可查看其全部结对</translation>
    </message>
    <message>
        <source>Select a pairing in the list, or choose a party below.</source>
        <translation>请在列表中选择一个结对，或在下方选择一个结对方。</translation>
    </message>
    <message>
        <source>No party chosen</source>
        <translation>未选择结对方</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1起</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>1 pairing</source>
        <translation>1 个结对</translation>
    </message>
    <message numerus="yes">
        <source>%n pairings</source>
        <translation>
            <numerusform>%n 个结对</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · no pairings</source>
        <translation>%1 · 无结对</translation>
    </message>
    <message>
        <source>%1 · %2, %3 active</source>
        <translation>%1 · %2，其中有效 %3 个</translation>
    </message>
    <message>
        <source>Show the pairings of…</source>
        <translation>查看某一方的结对…</translation>
    </message>
    <message>
        <source>Any street, community, town, village, school, hospital, enterprise, chamber, cadre or registered poor household; type part of the name</source>
        <translation>任一街道、社区、乡镇、村、学校、医院、企业、工商联、干部或建档立卡贫困户；输入名称的一部分即可</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>输入名称…</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>结对对象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>结对期间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>tongxin::ProjectDetailWidget</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Funding year</source>
        <translation>资金年度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>实施期限</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>%1, of whom %2 registered poor</source>
        <translation>%1，其中建档立卡贫困人口 %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The project could not be read: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <source>Select a project in the ledger to see its payments, progress and files.</source>
        <translation>在台账中选择一个项目，查看其拨付、进展和附件。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Paid %1 of the budget</source>
        <translation>已拨付预算的 %1</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Cannot Open Attachment</source>
        <translation>无法打开附件</translation>
    </message>
    <message>
        <source>No program could open %1. The file was saved as %2.</source>
        <translation>没有程序能打开 %1。文件已保存为 %2。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>拨付（%1）</translation>
    </message>
    <message>
        <source>Progress (%1)</source>
        <translation>进展（%1）</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the file with the program your system uses for its type</source>
        <translation>用系统为此类文件设定的程序打开文件</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
</context>
<context>
    <name>tongxin::ProjectEditing</name>
    <message>
        <source>Budgets Above the Allocation</source>
        <translation>预算超过下达额</translation>
    </message>
    <message>
        <source>Delete Payment</source>
        <translation>删除拨付</translation>
    </message>
    <message>
        <source>Delete the selected payment? Ctrl+Z undoes it.</source>
        <translation>删除所选拨付记录？按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>拨付记录</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>照片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Attach</source>
        <translation>无法添加附件</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove “%1” from this project?</source>
        <translation>从此项目中移除“%1”？</translation>
    </message>
    <message>
        <source>Cannot Remove</source>
        <translation>无法移除</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>拨付(&amp;P)…</translation>
    </message>
    <message>
        <source>Record a payment (拨付) against the selected project</source>
        <translation>为所选项目登记一笔拨付</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>进展(&amp;G)…</translation>
    </message>
    <message>
        <source>Record a progress update of the selected project</source>
        <translation>登记所选项目的进展情况</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>添加附件(&amp;F)…</translation>
    </message>
    <message>
        <source>Store a photo or scanned document (at most 20 MB) with the selected project</source>
        <translation>为所选项目保存照片或扫描文件（最大 20 MB）</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除附件</translation>
    </message>
</context>
<context>
    <name>tongxin::ProjectLedgerView</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>% paid</source>
        <translation>拨付率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>乡镇 / 村</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Of whom registered poor</source>
        <translation>其中建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 个项目</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 个项目</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt; of %1 &amp;nbsp;·&amp;nbsp; budget &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; paid &lt;b&gt;%3&lt;/b&gt; (%4) &amp;nbsp;·&amp;nbsp; %5 beneficiaries, of whom %6 registered poor</source>
        <translation>&lt;b&gt;合计&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; 预算 &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; 已拨付 &lt;b&gt;%3&lt;/b&gt;（%4）&amp;nbsp;·&amp;nbsp; 受益 %5 人，其中建档立卡贫困人口 %6 人</translation>
    </message>
    <message>
        <source>Paid counts the payments dated in %1 only.</source>
        <translation>拨付额仅计 %1 年内的拨付。</translation>
    </message>
    <message>
        <source>Paid counts every payment to these projects, whatever its date; the year filter selects projects by their funding year.</source>
        <translation>拨付额计入这些项目的全部拨付，无论日期；年份筛选按资金年度选择项目。</translation>
    </message>
</context>
<context>
    <name>tongxin::RecordActions</name>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>%1 (Insert)</source>
        <translation>%1（Insert）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected record (F2, Enter or double-click)</source>
        <translation>编辑所选记录（F2、Enter 或双击）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected record (Del); Ctrl+Z undoes it</source>
        <translation>删除所选记录（Del）；按 Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Bring in records from a spreadsheet or CSV file</source>
        <translation>从电子表格或 CSV 文件导入记录</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Who changed the selected record, when, and what it was before (Ctrl+H)</source>
        <translation>谁在何时修改了所选记录，修改前是什么（Ctrl+H）</translation>
    </message>
</context>
<context>
    <name>tongxin::RecordDialog</name>
    <message>
        <source>“%1”: choose one of the offered names.</source>
        <translation>“%1”：请从列出的名称中选择一个。</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的有效金额。</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>“%1”必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>“%1” cannot be before “%2”.</source>
        <translation>“%1”不能早于“%2”。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>tongxin::RegisterImportDialog</name>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This is the database itself, not a file to import.</source>
        <translation>这是数据库本身，不是要导入的文件。</translation>
    </message>
    <message>
        <source>Save the Empty Import File</source>
        <translation>保存空白导入文件</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Empty Import File</source>
        <translation>空白导入文件</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Columns left out (no column of %1 has these names): %2</source>
        <translation>未导入的列（%1没有这些名称的列）：%2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Bring in the records of %1 from a spreadsheet (.xlsx) or CSV file. Its header row names the columns in Chinese or English, in any order; an export of this list imports as it is. Check lists every problem and writes nothing; Import writes every row, or nothing while a row has a problem. Rows already in the list are not added again.</source>
        <translation>从电子表格（.xlsx）或 CSV 文件导入%1的记录。表头行以中文或英文写出各列，顺序不限；本列表的导出文件可直接导入。“检查”列出所有问题，不写入任何内容；“导入”写入每一行，只要有一行有问题就什么也不写入。列表中已有的行不会重复添加。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save an Empty File…</source>
        <translation>保存空白文件…</translation>
    </message>
    <message>
        <source>Writes a spreadsheet with this list&apos;s headers, ready to fill in</source>
        <translation>写出带有本列表表头的电子表格，可直接填写</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Leave out invalid rows and import the others</source>
        <translation>跳过无效行，导入其余各行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>tongxin::RegistriesPage</name>
    <message>
        <source>food and clothing</source>
        <translation>吃穿</translation>
    </message>
    <message>
        <source>education</source>
        <translation>义务教育</translation>
    </message>
    <message>
        <source>medical care</source>
        <translation>基本医疗</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>住房安全</translation>
    </message>
    <message>
        <source>drinking water</source>
        <translation>饮水安全</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>东西部</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>County / district</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>贫困</translation>
    </message>
    <message>
        <source>Exit year</source>
        <translation>退出年份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>所有制</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人口数</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>建档年份</translation>
    </message>
    <message>
        <source>Two assurances, three guarantees</source>
        <translation>两不愁三保障</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>基础台账</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>东西两侧</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Registered poor households</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Show places, organisations or people of one side</source>
        <translation>只显示一侧的地方、单位或人员</translation>
    </message>
    <message>
        <source>Show only what belongs to one western unit</source>
        <translation>只显示属于某个西部县区的记录</translation>
    </message>
    <message>
        <source>All met</source>
        <translation>均已保障</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>未保障：%1</translation>
    </message>
</context>
<context>
    <name>tongxin::ReportsPage</name>
    <message>
        <source>Every area of the assessment with its figures, targets and completion, tables by year and charts; for a year or a span of years, all western units or one.</source>
        <translation>考核各方面的指标、目标及完成情况，附分年表格和图表；可选一年或多年，全部西部县区或单个县区。</translation>
    </message>
    <message>
        <source>Everything about one western unit in one year: figures against targets, projects and payments, people, enterprises, pairings, sales and donations.</source>
        <translation>单个西部县区一年的全部情况：指标与目标对照、项目和拨付、人员、企业、结对、销售和捐赠。</translation>
    </message>
    <message>
        <source>Pairings in force by kind, and the cadres and professionals in post.</source>
        <translation>按类型列出有效结对，以及在岗的挂职干部和专业技术人才。</translation>
    </message>
    <message>
        <source>Aid projects with their budgets, every payment and the share paid, per western unit.</source>
        <translation>按西部县区列出帮扶项目及其预算、每一笔拨付和拨付比例。</translation>
    </message>
    <message>
        <source>Consumption-aid sales by month and channel, with yearly totals and a chart.</source>
        <translation>按月份和渠道列出消费帮扶销售额，附年度合计和图表。</translation>
    </message>
    <message>
        <source>Yearly self-assessment report</source>
        <translation>年度自评报告</translation>
    </message>
    <message>
        <source>Western unit report</source>
        <translation>西部县区报告</translation>
    </message>
    <message>
        <source>Rosters: pairings, secondments, professionals</source>
        <translation>名册：结对、挂职、专业技术人才</translation>
    </message>
    <message>
        <source>Project ledger with payments</source>
        <translation>项目台账及拨付</translation>
    </message>
    <message>
        <source>Sales statement by month and channel</source>
        <translation>按月份和渠道的销售明细</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>无法打印报表。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From year:</source>
        <translation>起始年份(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To year:</source>
        <translation>截止年份(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Western unit:</source>
        <translation>西部县区(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose a report and press Preview.</source>
        <translation>选择报表后点击“预览”。</translation>
    </message>
    <message>
        <source>Open a database to make reports.</source>
        <translation>打开数据库后才能生成报表。</translation>
    </message>
    <message>
        <source>Yearly &amp;targets…</source>
        <translation>年度目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Enter the targets per indicator, western unit and year that reports set against the actual figures</source>
        <translation>按指标、西部县区和年份录入目标，报表将据此与实际数据对照</translation>
    </message>
</context>
<context>
    <name>tongxin::SalesChartsWidget</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取指标：%1</translation>
    </message>
    <message>
        <source>No sales for this selection.</source>
        <translation>此条件下没有销售记录。</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>无法把图表保存到 %1：%2</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>无可绘制的数据</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The charts follow the ledger&apos;s filters (dates, channel, outlet, western unit, category, buyer type); the text search applies to the ledger only. Hover over a chart for its figures.</source>
        <translation>图表按台账的筛选条件（日期、渠道、销售网点、西部县区、类别、购买方类型）绘制；文字搜索只作用于台账。将鼠标悬停在图表上可查看数据。</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>把此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>The rows of the sales ledger of that month and channel under the charts&apos; filters (not the text search, as the charts), each with its amount.</source>
        <translation>在图表筛选条件下（与图表一样不含文字搜索），该月份、该渠道的销售台账各行及其金额。</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>无销售网点</translation>
    </message>
    <message>
        <source>The rows of the sales ledger from that western unit under the charts&apos; filters (not the text search, as the charts), each with its amount.</source>
        <translation>在图表筛选条件下（与图表一样不含文字搜索），来自该西部县区的销售台账各行及其金额。</translation>
    </message>
    <message>
        <source>The rows of the sales ledger of that product under the charts&apos; filters (not the text search, as the charts), each with its amount.</source>
        <translation>在图表筛选条件下（与图表一样不含文字搜索），该产品的销售台账各行及其金额。</translation>
    </message>
    <message>
        <source>The rows of the sales ledger of that buyer type under the charts&apos; filters (not the text search, as the charts), each with its amount.</source>
        <translation>在图表筛选条件下（与图表一样不含文字搜索），该购买方类型的销售台账各行及其金额。</translation>
    </message>
    <message>
        <source>Double-click a month of a line, a bar or a slice to list the sales that make it.</source>
        <translation>双击折线上的某个月份、某个柱形或扇区，列出构成它的销售记录。</translation>
    </message>
</context>
<context>
    <name>tongxin::SalesLedger</name>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the sale of “%1”?</source>
        <translation>删除“%1”的销售记录？</translation>
    </message>
    <message>
        <source>Sale of %1</source>
        <translation>%1 的销售记录</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Sales ledger</source>
        <translation>销售台账</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The ledger shows no rows to export.</source>
        <translation>台账中没有可导出的行。</translation>
    </message>
    <message>
        <source>Export the sales ledger</source>
        <translation>导出销售台账</translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>正在导出 %1 行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>The totals could not be read: %1</source>
        <translation>无法读取合计：%1</translation>
    </message>
    <message>
        <source>Sales records</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>of which purchase instead of donation</source>
        <translation>其中以购代捐</translation>
    </message>
    <message>
        <source>Totals of the filtered rows</source>
        <translation>筛选结果合计</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rows and amounts of the sales the filters and search select, whether or not they are scrolled into view.</source>
        <translation>当前筛选和搜索条件所选全部销售记录的行数和金额，无论是否已滚动到可见区域。</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Shows the sales whose product, category, unit, source reference or outlet contains the text (%1)</source>
        <translation>显示产品、类别、计量单位、来源单号或销售网点中包含所输入文字的销售记录（%1）</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Enter a single sale (Insert)</source>
        <translation>录入一笔销售记录（Insert）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected sale (F2, Enter or double-click)</source>
        <translation>编辑所选销售记录（F2、Enter 或双击）</translation>
    </message>
    <message>
        <source>Delete the selected sale (Del); Ctrl+Z undoes it</source>
        <translation>删除所选销售记录（Del）；按 Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import sales from a CSV or Excel file, with a check of every row before anything is added</source>
        <translation>从 CSV 或 Excel 文件导入销售记录，添加前逐行校验</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Writes the rows of the filters and search, in the order shown, to a spreadsheet (.xlsx) or CSV file (%1)</source>
        <translation>按所显示的顺序，将当前筛选和搜索条件下的行导出为电子表格（.xlsx）或 CSV 文件（%1）</translation>
    </message>
</context>
<context>
    <name>tongxin::SalesModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Purchase instead of donation (以购代捐): a unit bought the produce instead of donating money</source>
        <translation>以购代捐：单位以采购农产品代替捐款</translation>
    </message>
    <message>
        <source>Click to sort by date, newest or oldest first</source>
        <translation>点击按日期排序（从新到旧或从旧到新）</translation>
    </message>
</context>
<context>
    <name>tongxin::SalesPage</name>
    <message>
        <source>Consumption aid</source>
        <translation>消费帮扶</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至%1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>全部销售网点</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>无销售网点</translation>
    </message>
    <message>
        <source>All western units</source>
        <translation>全部西部县区</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All buyer types</source>
        <translation>全部购买方类型</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>起始日期(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>Only sales on or after this day</source>
        <translation>只显示此日期及以后的销售</translation>
    </message>
    <message>
        <source>Only sales on or before this day</source>
        <translation>只显示此日期及以前的销售</translation>
    </message>
    <message>
        <source>Only the sales of one channel</source>
        <translation>只显示单个渠道的销售</translation>
    </message>
    <message>
        <source>Only the sales of one outlet, or those without an outlet</source>
        <translation>只显示单个销售网点的销售，或无销售网点的销售</translation>
    </message>
    <message>
        <source>Only the produce of one western unit</source>
        <translation>只显示单个西部县区的产品</translation>
    </message>
    <message>
        <source>Only the products of one category</source>
        <translation>只显示单个类别的产品</translation>
    </message>
    <message>
        <source>Only the sales to one type of buyer</source>
        <translation>只显示面向单一类型购买方的销售</translation>
    </message>
    <message>
        <source>Sales ledger</source>
        <translation>销售台账</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>销售网点</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>tongxin::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>%1 has accounts: sign in to work on it.</source>
        <translation>%1 已启用账号：请登录后使用。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tongxin::SocialPage</name>
    <message>
        <source>Donations</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Donor type</source>
        <translation>捐赠方类型</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受赠对象</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>物资</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>物资折价</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>All donor types</source>
        <translation>全部捐赠方类型</translation>
    </message>
    <message>
        <source>Donations by donor type (cash and in kind)</source>
        <translation>捐赠（按捐赠方类型，含现金和物资）</translation>
    </message>
    <message>
        <source>By donor type, in %1</source>
        <translation>按捐赠方类型（单位：%1）</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>物资</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>tongxin::TalentPage</name>
    <message>
        <source>Secondments</source>
        <translation>挂职</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>挂职单位</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>全部方向</translation>
    </message>
    <message>
        <source>Long and short term</source>
        <translation>长期和短期</translation>
    </message>
    <message>
        <source>On secondment on</source>
        <translation>指定日期在挂职</translation>
    </message>
    <message>
        <source>Secondments by year and direction</source>
        <translation>挂职情况（按年份和方向）</translation>
    </message>
    <message>
        <source>secondments</source>
        <translation>挂职人次</translation>
    </message>
    <message>
        <source>Professionals dispatched</source>
        <translation>选派专业技术人才</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业技术人才</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>服务单位</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>On post on</source>
        <translation>指定日期在岗</translation>
    </message>
    <message>
        <source>Professionals dispatched by year and field</source>
        <translation>选派专业技术人才（按年份和领域）</translation>
    </message>
    <message>
        <source>dispatches</source>
        <translation>选派人次</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>所属活动</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>On site and remote</source>
        <translation>现场和远程</translation>
    </message>
    <message>
        <source>Person-times by year and field</source>
        <translation>培训人次（按年份和领域）</translation>
    </message>
    <message>
        <source>person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Visitors received</source>
        <translation>接收来访</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>抵达</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>活动安排</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>全部事由</translation>
    </message>
    <message>
        <source>In the east on</source>
        <translation>指定日期在东部</translation>
    </message>
    <message>
        <source>Visitors received by year and purpose</source>
        <translation>接收来访人数（按年份和事由）</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>tongxin::TargetsDialog</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Western unit</source>
        <translation>西部县区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新增目标</translation>
    </message>
    <message>
        <source>Target (yuan)</source>
        <translation>目标（元）</translation>
    </message>
    <message>
        <source>This western unit already has a target for this indicator and year.</source>
        <translation>该西部县区已有此指标本年度的目标。</translation>
    </message>
    <message>
        <source>Yearly targets</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Choose an indicator that can have a target.</source>
        <translation>请选择可以设定目标的指标。</translation>
    </message>
    <message>
        <source>Choose the western unit of the target.</source>
        <translation>请选择目标所属的西部县区。</translation>
    </message>
    <message>
        <source>The year of a target is between 1990 and 2100.</source>
        <translation>目标年度应在 1990 到 2100 之间。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
</context>
<context>
    <name>tongxin::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>Records, figures and reports for East–West cooperation offices: pairings, fiscal aid and its projects, talent exchange, industry, labour and consumption aid.</source>
        <translation>面向东西部协作工作机构的台账、数据与报表：结对帮扶、财政帮扶资金及项目、人才交流、产业合作、劳务协作和消费帮扶。</translation>
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
        <source>Pairing %1: the parties do not fit the kind "%2".</source>
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
        <source>The check "%1" could not run: %2</source>
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run "%1 --help" for usage.</source>
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
        <source>  summary FILE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]
                             print the headline figures</source>
        <translation>  summary FILE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]
                             输出主要指标</translation>
    </message>
    <message>
        <source>  check FILE                 verify the file's integrity and invariants</source>
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
        <source>  1  check found problems</source>
        <translation>  1  检查发现问题</translation>
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
        <source>init, demo: replace an existing Tongxin database.</source>
        <translation>init、demo：替换已有的同心数据库。</translation>
    </message>
    <message>
        <source>summary: only this calendar year.</source>
        <translation>summary：仅此自然年。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>summary: from this year on.</source>
        <translation>summary：从此年份起。</translation>
    </message>
    <message>
        <source>summary: up to this year.</source>
        <translation>summary：到此年份止。</translation>
    </message>
    <message>
        <source>summary: one western unit, by Chinese or English name.</source>
        <translation>summary：单个西部县区，按中文或英文名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>summary: print JSON (money in fen).</source>
        <translation>summary：输出 JSON（金额以分计）。</translation>
    </message>
    <message>
        <source>summary: with --json, print on one line.</source>
        <translation>summary：与 --json 合用，输出为一行。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system's).</source>
        <translation>消息语言：zh_CN 或 en（默认随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>init, demo, summary, check or backup.</source>
        <translation>init、demo、summary、check 或 backup。</translation>
    </message>
    <message>
        <source>The Tongxin database file.</source>
        <translation>同心数据库文件。</translation>
    </message>
    <message>
        <source>backup: the new file to write.</source>
        <translation>backup：要写入的新文件。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未给出命令。</translation>
    </message>
    <message>
        <source>Unknown command "%1". Commands: %2.</source>
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
        <source>The option --%1 needs a year between %2 and %3, not "%4".</source>
        <translation>选项 --%1 需要 %2 到 %3 之间的年份，而不是“%4”。</translation>
    </message>
    <message>
        <source>The year range %1–%2 is empty: --from is after --to.</source>
        <translation>年份范围 %1–%2 为空：--from 晚于 --to。</translation>
    </message>
    <message>
        <source>Unknown language "%1"; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
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
        <source>Unknown western unit "%1": the database has no western units.</source>
        <translation>未知西部县区“%1”：数据库中没有西部县区。</translation>
    </message>
    <message>
        <source>Unknown western unit "%1". Available units: %2.</source>
        <translation>未知西部县区“%1”。可选县区：%2。</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算指标：%1</translation>
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
        <source>The file %1 cannot be replaced.</source>
        <translation>无法替换文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be created: %2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
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
        <source>The database is busy in another program; try again.</source>
        <translation>数据库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
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
        <extracomment>A count and its unit, e.g. "142 persons"; Chinese writes them without a space.</extracomment>
        <translation>%1%2</translation>
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
        <source>All met</source>
        <translation>全部达标</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>未达标：%1</translation>
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
</context>
</TS>

// Funds (fiscal aid allocations, the project ledger, payments, progress), industry (Tianjin
// enterprises settled in the west) and labour cooperation of the demo world.
//
// Exact totals: the fiscal aid paid over 2017–2020 is split into county-year amounts; inside a
// county-year every project but one gets a round budget and its payments, and the last
// (largest) project takes the remainder, so the total is exact and every record plausible.

#include "demo/demogen.h"

#include <QByteArray>

namespace tongxin::demo {

namespace {

// 3.09亿元 paid over the four years (the article); whole yuan.
constexpr qint64 FiscalAidPaidYuan = 309034721;
// 超1亿元 invested by the settled enterprises, in thousands of yuan.
constexpr qint64 InvestmentThousandYuan = 106385;

const QVector<int> Years = { 2017, 2018, 2019, 2020 };

struct Template
{
    const char *category;
    const char *subcategory;
    const char *pattern; // %1 year, %2 county, %3 town, %4 village, %5 product
    const char *implementer; // county bureau suffix, or "town" for the town government
    double weight;
};

const QVector<Template> &templates()
{
    static const QVector<Template> list = {
        { "industry", "种养殖基地", "%1年%3%5产业扶贫基地建设项目", "农业农村局", 1.7 },
        { "industry", "合作社扶持", "%1年%3%4%5合作社产业扶持项目", "农业农村局", 1.2 },
        { "industry", "扶贫车间", "%1年%2扶贫车间建设项目", "工业和信息化局", 1.5 },
        { "industry", "设施农业", "%1年%3设施农业大棚建设项目", "town", 1.4 },
        { "industry", "冷链仓储", "%1年%2%5冷链仓储物流项目", "商务局", 1.6 },
        { "infrastructure", "产业路", "%1年%3%4产业路硬化工程", "town", 1.1 },
        { "infrastructure", "村级服务中心", "%1年%3%4村级综合服务中心建设项目", "town", 0.8 },
        { "infrastructure", "人居环境", "%1年%3农村人居环境整治项目", "town", 1.0 },
        { "education", "信息化", "%1年%2中小学信息化设备购置项目", "教育局", 0.9 },
        { "education", "校舍改造", "%1年%3中心小学教学楼改造项目", "教育局", 1.0 },
        { "education", "学生资助", "%1年%2建档立卡贫困学生资助项目", "教育局", 0.5 },
        { "health", "标准化卫生室", "%1年%3标准化村卫生室建设项目", "卫生健康局", 0.6 },
        { "health", "两癌救助", "%1年%2贫困妇女两癌救助项目", "妇女联合会", 0.3 },
        { "health", "医疗设备", "%1年%2人民医院医疗设备购置项目", "卫生健康局", 1.0 },
        { "drinking_water", "安全饮水", "%1年%3农村安全饮水巩固提升工程", "水务局", 0.9 },
        { "housing", "土炕改造", "%1年%2贫困残疾人家庭土炕改造项目", "残疾人联合会", 0.35 },
        { "housing", "危房改造", "%1年%3农村危房改造项目", "住房和城乡建设局", 0.8 },
        { "labour_skills", "技能培训", "%1年%2劳务输转技能培训项目", "人力资源和社会保障局", 0.4 },
        { "labour_skills", "稳岗补贴", "%1年%2赴津务工人员稳岗补贴项目", "人力资源和社会保障局", 0.3 },
        { "consumption", "产品认证", "%1年%2消费扶贫产品认证及展销项目", "商务局", 0.5 },
        { "consumption", "电商服务", "%1年%2农村电商服务站点建设项目", "电子商务服务中心", 0.6 },
        { "talent", "致富带头人", "%1年%2致富带头人培训项目", "扶贫开发办公室", 0.3 },
        { "talent", "干部人才培训", "%1年%2基层干部和专业技术人才培训项目", "扶贫开发办公室", 0.25 },
        { "other", "宣传", "%1年%2东西部扶贫协作宣传及公益岗位项目", "扶贫开发办公室", 0.25 },
    };
    return list;
}

// How often each template is drawn.
const QVector<double> &templateOdds()
{
    static const QVector<double> odds = { 8, 5, 4, 5, 3, 5, 3, 3, 3, 2, 2, 2, 1, 2, 3, 1, 2, 2, 1, 2, 2, 1, 1, 1 };
    return odds;
}

int templateIndex(const char *category, const char *subcategory)
{
    const QVector<Template> &list = templates();
    for (int i = 0; i < list.size(); ++i) {
        if (qstrcmp(list.at(i).category, category) == 0 && qstrcmp(list.at(i).subcategory, subcategory) == 0)
            return i;
    }
    return 0;
}

struct PlannedProject
{
    int tpl = 0;
    QString status;
    double weight = 1;
    double fraction = 1; // share of the budget paid
    qint64 budgetYuan = 0;
    qint64 paidYuan = 0;
};

qint64 roundTo(double value, qint64 unit)
{
    return qint64(value / double(unit) + 0.5) * unit;
}

/// What the fiscal aid stage carries from one county-year to the next.
struct FundsRun
{
    explicit FundsRun(World &w)
        : world(w)
    { }
    World &world;
    Rng rng { 0xF0ADF0AD };
    QHash<int, int> districtDoc; // year -> sequence of 河西合发 numbers
    int voucher = 0;
    int attachments = 0;
};

// County-year shares of the money paid, growing over the years.
const QVector<double> YearShare = { 0.105, 0.205, 0.30, 0.39 };
const QVector<QVector<double>> CountyShare
    = { { 0.43, 0.42, 0.42, 0.41 }, { 0.36, 0.37, 0.36, 0.37 }, { 0.21, 0.21, 0.22, 0.22 } };

/// The fiscal aid paid per county-year, county-major, adding up to exactly FiscalAidPaidYuan.
QVector<qint64> paidPerCountyYear(int counties)
{
    QVector<double> cellWeights;
    for (int ci = 0; ci < counties; ++ci) {
        for (int y = 0; y < Years.size(); ++y)
            cellWeights << YearShare.at(y) * CountyShare.at(ci).at(y);
    }
    return splitExact(FiscalAidPaidYuan, cellWeights);
}

/// The livelihood templates every unit carries out in the year, before any drawn.
QVector<int> forcedTemplates(int year)
{
    if (year == 2018)
        return { templateIndex("housing", "土炕改造"), templateIndex("health", "标准化卫生室") };
    if (year == 2019)
        return { templateIndex("health", "两癌救助"), templateIndex("drinking_water", "安全饮水") };
    if (year == 2020)
        return { templateIndex("health", "两癌救助"), templateIndex("housing", "土炕改造") };
    return { templateIndex("drinking_water", "安全饮水") };
}

/// A project's status by the end of 2020 (older projects are mostly accepted) and the share of
/// its budget paid; the last (balancing) project is never planned nor fully closed.
void drawStatusAndFraction(Rng &rng, int year, bool last, PlannedProject &p)
{
    switch (year) {
    case 2017:
        p.status = rng.chance(0.8) ? QStringLiteral("accepted") : QStringLiteral("completed");
        break;
    case 2018:
        p.status = rng.chance(0.7) ? QStringLiteral("accepted") : QStringLiteral("completed");
        break;
    case 2019:
        p.status = rng.chance(0.45) ? QStringLiteral("accepted") : QStringLiteral("completed");
        break;
    default: {
        const int s = rng.weighted({ 0.5, 0.44, 0.06 });
        p.status = s == 0 ? QStringLiteral("completed")
                          : (s == 1 ? QStringLiteral("under_construction") : QStringLiteral("planned"));
    }
    }
    if (last && p.status == QLatin1String("planned"))
        p.status = QStringLiteral("under_construction");
    if (last && p.status == QLatin1String("accepted"))
        p.status = QStringLiteral("completed"); // its final instalment is still open
    if (p.status == QLatin1String("accepted"))
        p.fraction = 1;
    else if (p.status == QLatin1String("completed"))
        p.fraction = rng.chance(0.6) ? 1.0 : rng.between(0.9, 0.99);
    else if (p.status == QLatin1String("under_construction"))
        p.fraction = rng.between(0.5, 0.85);
    else
        p.fraction = 0;
    if (last)
        p.fraction = p.status == QLatin1String("under_construction") ? rng.between(0.78, 0.9)
                                                                     : rng.between(0.93, 0.99);
}

/// Which `n` projects a county does in `year`: livelihood ones first (so every unit has them),
/// then drawn, the last the big one that balances; with their weights, statuses and fractions.
QVector<PlannedProject> planProjects(Rng &rng, int year, int n)
{
    QVector<PlannedProject> plan(n);
    const QVector<int> forced = forcedTemplates(year);
    QSet<int> unitWide; // templates for the whole unit are used once a year
    for (int i = 0; i < n; ++i) {
        PlannedProject &p = plan[i];
        if (i == n - 1) {
            p.tpl = templateIndex("industry", "种养殖基地");
        } else if (i < forced.size()) {
            p.tpl = forced.at(i);
        } else {
            for (int attempt = 0; attempt < 20; ++attempt) {
                p.tpl = rng.weighted(templateOdds());
                if (!unitWide.contains(p.tpl))
                    break;
            }
        }
        if (!QString::fromUtf8(templates().at(p.tpl).pattern).contains(QStringLiteral("%3")))
            unitWide.insert(p.tpl);
        p.weight = templates().at(p.tpl).weight * rng.skew(0.5, 2.0) * (i == n - 1 ? 2.2 : 1.0);
        drawStatusAndFraction(rng, year, i == n - 1, p);
    }
    return plan;
}

/// Round budgets and payments for every project but the last, which takes the remainder of
/// `paidTarget`; false when nothing is left for it.
bool budgetProjects(QVector<PlannedProject> &plan, qint64 paidTarget)
{
    const int n = int(plan.size());
    double totalWeight = 0;
    for (const PlannedProject &p : plan)
        totalWeight += p.fraction > 0 ? p.weight : 0;
    qint64 paidSoFar = 0;
    for (int i = 0; i < n - 1; ++i) {
        PlannedProject &p = plan[i];
        if (p.fraction <= 0) {
            p.budgetYuan = qMax<qint64>(300000, roundTo(double(paidTarget) / n * p.weight, 10000));
            continue;
        }
        const double share = double(paidTarget) * p.weight / totalWeight;
        p.budgetYuan = qMax<qint64>(100000, roundTo(share / p.fraction, 10000));
        p.paidYuan = p.fraction >= 1 ? p.budgetYuan : roundTo(double(p.budgetYuan) * p.fraction, 100);
        paidSoFar += p.paidYuan;
    }
    PlannedProject &last = plan[n - 1];
    last.paidYuan = paidTarget - paidSoFar;
    if (last.paidYuan <= 0)
        return false;
    last.budgetYuan = (qint64(double(last.paidYuan) / last.fraction) / 10000 + 1) * 10000;
    return true;
}

/// A project as inserted: what its payments and progress notes need.
struct InsertedProject
{
    qint64 id = 0;
    QString name;
    QDate start;
};

/// Inserts one planned project of `county` in `year` (place, name, dates, contact, beneficiaries).
InsertedProject insertProject(FundsRun &run, const County &county, int year, const PlannedProject &p,
    QSet<QString> &usedNames, int docNo)
{
    World &world = run.world;
    Rng &rng = run.rng;
    const Template &t = templates().at(p.tpl);
    const Town &town = world.towns.at(rng.pick(county.towns));
    const Village &village = world.villages.at(rng.pick(town.villages));
    const QString product = county.products.at(rng.range(0, qMin(3, int(county.products.size()) - 1)));
    const QString pattern = QString::fromUtf8(t.pattern);
    QString name = QString(pattern)
                       .replace(QStringLiteral("%1"), QString::number(year))
                       .replace(QStringLiteral("%2"), county.name)
                       .replace(QStringLiteral("%3"), town.name)
                       .replace(QStringLiteral("%4"), village.name)
                       .replace(QStringLiteral("%5"), product);
    if (usedNames.contains(name))
        name += QStringLiteral("（二期）");
    usedNames.insert(name);
    const qint64 placeId = pattern.contains(QStringLiteral("%4"))
        ? village.id
        : (pattern.contains(QStringLiteral("%3")) ? town.id : county.id);
    const QString implementer = qstrcmp(t.implementer, "town") == 0 ? town.name + QStringLiteral("人民政府")
                                                                    : county.name + QString::fromUtf8(t.implementer);
    const QDate start = dayBetween(rng, QDate(year, 3, 1), QDate(year, 6, 30));
    const bool planned = p.status == QLatin1String("planned");
    const QDate plannedEnd = planned ? dayBetween(rng, QDate(year + 1, 6, 30), QDate(year + 1, 10, 31))
                                     : dayBetween(rng, QDate(year, 10, 31), QDate(year, 12, 31));
    const QString contact = names::person(rng, rng.chance(0.3));
    const QString phone = names::maskedPhone(rng);
    qint64 poor = 0;
    qint64 all = 0;
    const QString sub = QString::fromUtf8(t.subcategory);
    if (sub == QStringLiteral("两癌救助")) {
        poor = rng.range(150, 420);
        all = poor + rng.range(0, 40);
    } else if (sub == QStringLiteral("土炕改造")) {
        poor = rng.range(90, 320);
        all = poor;
    } else {
        poor = qMax<qint64>(20, p.budgetYuan / rng.range(2500, 9000));
        all = qint64(double(poor) * rng.between(1.3, 3.0));
    }
    const qint64 id = run.world.w.insert("projects",
        { { "name", name }, { "year", year }, { "county_id", county.id }, { "place_id", placeId },
            { "category", t.category }, { "subcategory", sub }, { "implementer", implementer },
            { "contact", contact + QLatin1Char(' ') + phone },
            { "start_date", planned ? QVariant() : QVariant(iso(start)) }, { "planned_end_date", iso(plannedEnd) },
            { "budget_fen", p.budgetYuan * 100 },
            { "doc_no", QStringLiteral("%1扶组发〔%2〕%3号").arg(county.abbr).arg(year).arg(docNo) },
            { "status", p.status }, { "beneficiaries_poor", poor }, { "beneficiaries", all },
            { "notes", planned ? QVariant(QStringLiteral("受疫情影响，计划2021年春季开工")) : QVariant() } });
    return { id, name, start };
}

/// Payments of a project: first, progress and final instalments (the final one sometimes early
/// next year), adding up to exactly what it was paid.
void insertPayments(FundsRun &run, const County &county, int year, const PlannedProject &p,
    const InsertedProject &project)
{
    Rng &rng = run.rng;
    const int parts = p.paidYuan < 500000 ? rng.range(1, 2) : rng.range(2, 3);
    QVector<double> shares = parts == 1 ? QVector<double> { 1.0 }
        : parts == 2                    ? QVector<double> { 0.6, 0.4 }
                                        : QVector<double> { 0.5, 0.3, 0.2 };
    QVector<QDate> dates;
    const QDate begin = project.start.addDays(15);
    const qint64 span = begin.daysTo(QDate(year, 12, 20));
    const bool spill = year < 2020 && parts > 1 && rng.chance(0.25);
    for (int k = 0; k < parts; ++k) {
        QDate a = begin.addDays(span * k / parts);
        QDate b = begin.addDays(span * (k + 1) / parts - 1);
        if (k == parts - 1 && spill) { // final instalment early next year
            a = QDate(year + 1, 1, 5);
            b = QDate(year + 1, 3, 31);
        }
        dates << dayBetween(rng, a, b);
    }
    qint64 left = p.paidYuan;
    static const QStringList labels = { QStringLiteral("首付款"), QStringLiteral("进度款"), QStringLiteral("尾款") };
    for (int k = 0; k < parts; ++k) {
        const qint64 amount = k == parts - 1 ? left : roundTo(double(p.paidYuan) * shares.at(k), 100);
        left -= amount;
        run.world.w.insert("project_payments",
            { { "project_id", project.id }, { "pay_date", iso(dates.at(k)) }, { "amount_fen", amount * 100 },
                { "voucher_no",
                    QStringLiteral("%1财付%2-%3")
                        .arg(county.abbr)
                        .arg(dates.at(k).year())
                        .arg(++run.voucher, 4, 10, QLatin1Char('0')) },
                { "notes", parts == 1 ? QStringLiteral("一次性拨付") : labels.at(k == parts - 1 ? 2 : k) } });
    }
}

/// Progress notes for most projects under way or done; a few accepted ones carry the
/// acceptance opinion as an attachment.
void insertProgress(FundsRun &run, int year, const PlannedProject &p, const InsertedProject &project)
{
    Rng &rng = run.rng;
    Writer &w = run.world.w;
    if (!rng.chance(0.6))
        return;
    const bool building = p.status == QLatin1String("under_construction");
    QDate d = project.start.addDays(rng.range(5, 25));
    qint64 lastUpdate = w.insert("project_updates",
        { { "project_id", project.id }, { "update_date", iso(d) },
            { "text", QStringLiteral("项目开工建设，施工队伍进场") }, { "percent", rng.range(5, 20) } });
    d = d.addDays(rng.range(50, 110));
    const int mid = building ? rng.range(45, 85) : rng.range(60, 90);
    lastUpdate = w.insert("project_updates",
        { { "project_id", project.id }, { "update_date", iso(d) },
            { "text",
                building ? QStringLiteral("主体工程施工中，按进度拨付资金")
                         : QStringLiteral("主体工程完工，开始配套设施建设") },
            { "percent", mid } });
    if (building)
        return;
    d = qMin(d.addDays(rng.range(40, 90)), QDate(year, 12, 28));
    const bool accepted = p.status == QLatin1String("accepted");
    lastUpdate = w.insert("project_updates",
        { { "project_id", project.id }, { "update_date", iso(d) },
            { "text",
                accepted ? QStringLiteral("项目竣工并通过县级验收，资产移交村集体")
                         : QStringLiteral("项目建成，待组织验收") },
            { "percent", 100 } });
    if (accepted && run.attachments < 8 && rng.chance(0.3)) {
        const QByteArray text = QStringLiteral("%1\n验收意见：工程质量合格，资金使用规范，同意通过验收。\n验收日期：%2\n")
                                    .arg(project.name, iso(d))
                                    .toUtf8();
        w.insert("project_attachments",
            { { "project_id", project.id }, { "update_id", lastUpdate }, { "file_name", QStringLiteral("验收意见.txt") },
                { "mime_type", QStringLiteral("text/plain") }, { "size_bytes", text.size() }, { "data", text },
                { "added_at", iso(d) + QStringLiteral("T10:00:00") } });
        ++run.attachments;
    }
}

/// Allocations (下达) for a county-year covering `budgetSum`: two district batches and the
/// city's share; in 2020 an extra allocation for epidemic-affected projects.
void insertAllocations(FundsRun &run, int ci, int y, qint64 budgetSum)
{
    Rng &rng = run.rng;
    Writer &w = run.world.w;
    const County &county = run.world.counties.at(ci);
    const int year = Years.at(y);
    const qint64 allocYuan = (budgetSum / 100000 + 1) * 100000;
    const qint64 city = roundTo(double(allocYuan) * rng.between(0.22, 0.3), 10000);
    qint64 extra = year == 2020 ? roundTo(double(allocYuan) * 0.04, 10000) : 0;
    const qint64 district = allocYuan - city - extra;
    const qint64 first = roundTo(double(district) * 0.6, 10000);
    const int seq1 = (run.districtDoc[year] += rng.range(2, 6));
    w.insert("fund_allocations",
        { { "county_id", county.id }, { "year", year }, { "amount_fen", first * 100 }, { "source", "district" },
            { "doc_no", QStringLiteral("河西合发〔%1〕%2号").arg(year).arg(seq1) }, { "notes", QStringLiteral("第一批") } });
    const int seq2 = (run.districtDoc[year] += rng.range(8, 20));
    w.insert("fund_allocations",
        { { "county_id", county.id }, { "year", year }, { "amount_fen", (district - first) * 100 },
            { "source", "district" }, { "doc_no", QStringLiteral("河西合发〔%1〕%2号").arg(year).arg(seq2) },
            { "notes", QStringLiteral("第二批") } });
    w.insert("fund_allocations",
        { { "county_id", county.id }, { "year", year }, { "amount_fen", city * 100 }, { "source", "city" },
            { "doc_no", QStringLiteral("津合发〔%1〕%2号").arg(year).arg(5 + y * 3) },
            { "notes", QStringLiteral("市级东西部扶贫协作资金") } });
    if (extra > 0) {
        w.insert("fund_allocations",
            { { "county_id", county.id }, { "year", year }, { "amount_fen", extra * 100 }, { "source", "other" },
                { "doc_no", QStringLiteral("河西财预〔2020〕%1号").arg(31 + ci) },
                { "notes", QStringLiteral("疫情防控期间追加帮扶资金") } });
    }
}

/// One county-year: plan and budget its projects, insert them with payments and progress, then
/// the allocations that cover them.
bool fillCountyYear(FundsRun &run, int ci, int y, qint64 paidTarget, int n)
{
    const County &county = run.world.counties.at(ci);
    const int year = Years.at(y);
    QVector<PlannedProject> plan = planProjects(run.rng, year, n);
    if (!budgetProjects(plan, paidTarget)) {
        run.world.w.fail(QStringLiteral("demo: fiscal aid balancing failed for %1 %2").arg(county.name).arg(year));
        return false;
    }
    qint64 budgetSum = 0;
    QSet<QString> usedNames;
    int docNo = run.rng.range(3, 9);
    for (const PlannedProject &p : plan) {
        const InsertedProject project = insertProject(run, county, year, p, usedNames, docNo);
        budgetSum += p.budgetYuan;
        docNo += run.rng.range(1, 4);
        if (p.paidYuan <= 0)
            continue;
        insertPayments(run, county, year, p, project);
        insertProgress(run, year, p, project);
    }
    insertAllocations(run, ci, y, budgetSum);
    return true;
}

/// Two projects were cancelled (not counted): a site was lost, a plan was merged.
void insertCancelledProjects(World &world)
{
    Writer &w = world.w;
    const County &kt = world.counties.at(1);
    w.insert("projects",
        { { "name",
              QStringLiteral("2018年%1%2肉牛交易市场建设项目").arg(kt.name, world.towns.at(kt.towns.at(2)).name) },
            { "year", 2018 }, { "county_id", kt.id }, { "place_id", world.towns.at(kt.towns.at(2)).id },
            { "category", "industry" }, { "subcategory", QStringLiteral("市场建设") },
            { "implementer", kt.name + QStringLiteral("商务局") }, { "budget_fen", qint64(3500000) * 100 },
            { "doc_no", QStringLiteral("崆扶组发〔2018〕7号") }, { "status", "cancelled" },
            { "notes", QStringLiteral("选址未通过用地审批，项目取消，资金调整用于其他项目") } });
    const County &zl = world.counties.at(0);
    w.insert("projects",
        { { "name", QStringLiteral("2019年%1中药材交易中心建设项目").arg(zl.name) }, { "year", 2019 },
            { "county_id", zl.id }, { "place_id", zl.id }, { "category", "industry" },
            { "subcategory", QStringLiteral("市场建设") }, { "implementer", zl.name + QStringLiteral("商务局") },
            { "budget_fen", qint64(2800000) * 100 }, { "doc_no", QStringLiteral("庄扶组发〔2019〕11号") },
            { "status", "cancelled" }, { "notes", QStringLiteral("与县级项目合并实施，本项目取消") } });
}

} // namespace

bool fillFunds(World &world)
{
    FundsRun run(world);
    const int counties = int(world.counties.size());
    const QVector<qint64> paidCell = paidPerCountyYear(counties);
    const QVector<int> projectsPerYear = { 18, 30, 38, 44 }; // 130 in all
    for (int y = 0; y < Years.size(); ++y) {
        QVector<double> cw;
        for (int ci = 0; ci < counties; ++ci)
            cw << CountyShare.at(ci).at(y);
        const QVector<qint64> perCounty = splitExact(projectsPerYear.at(y), cw, 2);
        for (int ci = 0; ci < counties; ++ci) {
            if (!fillCountyYear(run, ci, y, paidCell.at(ci * Years.size() + y), int(perCounty.at(ci))))
                return false;
        }
    }
    insertCancelledProjects(world);
    return world.w.ok();
}

bool fillIndustry(World &world)
{
    Writer &w = world.w;
    Rng rng(0x1DD057);
    const QStringList industries = QStringLiteral(
        "果品加工 食品加工 服装加工 电子元件 中药材加工 肉牛养殖 包装制品 电子商务 冷链物流 粮油加工 手工艺品 "
        "光伏发电 制鞋 调味品 家政服务 假发制品 畜牧养殖 农业开发")
                                       .split(QLatin1Char(' '));
    struct Row
    {
        int enterprise;
        int county;
        int year;
        double weight;
    };
    QVector<Row> rows;
    for (int e = 0; e < world.settledEnterprises.size(); ++e) {
        const int county = e < 8 ? 0 : (e < 14 ? 1 : 2);
        const int year = 2017 + rng.weighted({ 0.2, 0.35, 0.3, 0.15 });
        const double weight = rng.between(0.4, 1.0) + rng.skew(0.0, 2.2);
        rows.append({ e, county, year, weight });
        if ((e == 1 || e == 5 || e == 9) && year < 2020) // expansions in a later year
            rows.append({ e, county, year + 1 + (year < 2019 ? rng.range(0, 1) : 0), rng.skew(0.3, 1.0) });
    }
    QVector<double> weights;
    for (const Row &r : rows)
        weights << r.weight;
    const QVector<qint64> investment = splitExact(InvestmentThousandYuan, weights, 800);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        const County &c = world.counties.at(r.county);
        const qint64 wan = investment.at(i) / 10;
        const int jobs = int(12 + wan / rng.range(6, 14));
        const int poor = int(jobs * rng.between(0.35, 0.7));
        const Town &t = world.towns.at(c.towns.at(rng.range(0, int(c.towns.size()) - 1)));
        const QString park
            = rng.chance(0.6) ? c.name + QStringLiteral("工业集中区") : t.name + QStringLiteral("扶贫车间集聚区");
        const bool expansion = i > 0 && rows.at(i - 1).enterprise == r.enterprise;
        w.insert("enterprise_settlements",
            { { "org_id", world.settledEnterprises.at(r.enterprise) }, { "county_id", c.id },
                { "kind", expansion ? QStringLiteral("expansion") : QStringLiteral("new") }, { "industry", industries.at(r.enterprise % industries.size()) }, { "year", r.year },
                { "investment_fen", investment.at(i) * 1000 * 100 }, { "jobs", jobs }, { "poor_employed", poor },
                { "workshops", rng.weighted({ 0.3, 0.35, 0.2, 0.1, 0.05 }) }, { "park", park },
                { "notes", expansion ? QVariant(QStringLiteral("二期扩产")) : QVariant() } });
    }
    return w.ok();
}

bool fillLabour(World &world)
{
    Writer &w = world.w;
    Rng rng(0x1AB0);
    const QVector<double> base = { 2650, 2250, 1300 };
    const QVector<double> growth = { 1.0, 1.18, 1.34, 1.52 };
    // After Spring Festival people leave for work; autumn cotton picking in Xinjiang.
    const QVector<double> month = { 0.5, 1.9, 2.1, 1.3, 0.9, 0.8, 0.8, 0.7, 0.9, 0.9, 0.6, 0.5 };
    const QStringList tianjin = QStringLiteral("天津百顺家政服务有限公司 河西区物业服务企业 天津市餐饮连锁企业 "
                                               "天津滨海新区电子制造企业 天津港保税区物流企业")
                                    .split(QLatin1Char(' '));
    for (int ci = 0; ci < world.counties.size(); ++ci) {
        const County &c = world.counties.at(ci);
        for (int y = 0; y < Years.size(); ++y) {
            const int year = Years.at(y);
            const qint64 total = qint64(base.at(ci) * growth.at(y) * rng.between(0.94, 1.06));
            const double tj = 0.14 + 0.035 * y;
            QVector<double> weights;
            for (int m = 0; m < 12; ++m) {
                double mw = month.at(m);
                if (year == 2020 && (m == 1 || m == 2))
                    mw *= 0.6; // epidemic: the spring departure came later ("点对点" transport in April)
                if (year == 2020 && m == 3)
                    mw *= 2.2;
                weights << mw * tj << mw * 0.46 << mw * (0.54 - tj) * (m == 8 || m == 9 ? 1.8 : 1.0);
            }
            const QVector<qint64> persons = splitExact(total, weights);
            const double poorShare = 0.42 + 0.05 * y + rng.between(-0.03, 0.03);
            for (int m = 0; m < 12; ++m) {
                for (int d = 0; d < 3; ++d) {
                    const qint64 n = persons.at(m * 3 + d);
                    if (n <= 0)
                        continue;
                    const qint64 poor
                        = qMin<qint64>(n, qint64(double(n) * (poorShare + rng.between(-0.05, 0.05)) + 0.5));
                    QVariant training;
                    QVariant employer;
                    if (d == 0) {
                        employer = rng.pick(tianjin);
                        // The most recent labour-skills training of the unit within three months.
                        const QDate monthStart(year, m + 1, 1);
                        for (const auto &t : world.labourTrainings.value(ci)) {
                            if (t.first <= monthStart && t.first.daysTo(monthStart) <= 92)
                                training = t.second;
                        }
                    } else if (d == 1) {
                        employer = rng.chance(0.5) ? QStringLiteral("平凉市工业园区企业")
                                                   : QStringLiteral("县内扶贫车间及公益岗位");
                    } else {
                        employer = (m == 8 || m == 9) ? QStringLiteral("新疆棉花采摘（季节性）")
                                                      : (rng.chance(0.5) ? QStringLiteral("江浙地区制造企业")
                                                                         : QStringLiteral("福建、广东等地企业"));
                    }
                    w.insert("labour_placements",
                        { { "county_id", c.id }, { "year", year }, { "month", m + 1 },
                            { "destination", d == 0 ? "tianjin" : (d == 1 ? "in_province" : "elsewhere") },
                            { "employer", employer }, { "persons", n }, { "poor_persons", poor },
                            { "training_id", training } });
                }
            }
        }
    }
    return w.ok();
}

} // namespace tongxin::demo

// Organisation (working groups, delegation visits, meetings) and talent (secondments both ways,
// professionals dispatched, guidance/exchange/training activities, western visitors received)
// of the demo world.

#include "demo/demogen.h"

namespace tongxin::demo {

namespace {

// 2.2万人次 of training opportunities, 上百场 activities, 2500余人次 received (the article).
constexpr qint64 TrainingPersonTimes = 22086;
constexpr qint64 VisitorsReceived = 2547;

QDate avoidLockdown(Rng &rng, QDate d)
{
    // Spring 2020: no travel between Tianjin and Gansu from February to May.
    if (d.year() == 2020 && d.month() >= 2 && d.month() <= 5)
        return dayBetween(rng, QDate(2020, 6, 1), QDate(2020, 8, 31));
    return d;
}

int countyPick(Rng &rng)
{
    return rng.weighted({ 0.42, 0.36, 0.22 });
}

/// Eleven special working groups (专项工作组).
void fillWorkingGroups(Writer &w, Rng &rng)
{
    struct Group
    {
        const char *name;
        const char *leader;
        const char *remit;
        QDate established;
    };
    const QVector<Group> groups = {
        { "消费扶贫专项工作组", "分管副区长", "组织机关、企事业单位和社会各界采购受援地农产品，建设消费扶贫馆和专柜",
            QDate(2017, 4, 6) },
        { "产业合作专项工作组", "分管副区长", "引导天津企业到受援地投资兴业，建设扶贫车间", QDate(2017, 4, 6) },
        { "劳务协作专项工作组", "区人社局局长", "组织受援地贫困劳动力来津和就近就业，开展技能培训", QDate(2017, 4, 6) },
        { "人才支援专项工作组", "区委组织部部长", "选派挂职干部和专业技术人才，接收受援地干部人才来津",
            QDate(2017, 4, 6) },
        { "携手奔小康专项工作组", "区合作交流办主任", "推进街道、社区、学校、医院、企业与受援地结对",
            QDate(2017, 4, 6) },
        { "资金项目监管专项工作组", "区财政局局长", "下达帮扶资金，跟踪项目进度和资金拨付", QDate(2017, 4, 6) },
        { "教育扶贫专项工作组", "区教育局局长", "学校结对、支教和教师培训", QDate(2017, 9, 12) },
        { "健康扶贫专项工作组", "区卫生健康委主任", "医院结对、支医、义诊和两癌救助", QDate(2017, 9, 12) },
        { "文化旅游扶贫专项工作组", "区文化和旅游局局长", "推介受援地旅游资源，组织文化交流", QDate(2018, 3, 20) },
        { "扶贫宣传专项工作组", "区委宣传部部长", "宣传东西部扶贫协作成效，讲好帮扶故事", QDate(2018, 3, 20) },
        { "社会动员专项工作组", "区委统战部部长", "动员工商联、社会组织和爱心人士参与帮扶", QDate(2018, 3, 20) },
    };
    for (const Group &g : groups) {
        w.insert("working_groups",
            { { "name", QString::fromUtf8(g.name) }, { "leader", QString::fromUtf8(g.leader) },
                { "members", rng.range(6, 18) }, { "remit", QString::fromUtf8(g.remit) },
                { "established_date", iso(g.established) }, { "dissolved_date", QVariant() } });
    }
}

/// Delegation visits east → west (赴甘): the three signing trips of 2017, then 42 more.
void fillEastVisits(World &world, Rng &rng)
{
    Writer &w = world.w;
    const QStringList eastLeaders = QStringLiteral("区委书记 区长 区委副书记 常务副区长 分管副区长 区人大常委会主任 "
                                                   "区政协主席 区委组织部部长 区合作交流办主任")
                                        .split(QLatin1Char(' '));
    const QStringList purposes
        = QStringLiteral("调研对接东西部扶贫协作工作 召开联席会议并签订年度帮扶协议 "
                         "考察帮扶项目建设进展 对接消费扶贫和产业合作 看望挂职干部和支教支医人员 "
                         "督导携手奔小康结对工作")
              .split(QLatin1Char(' '));
    const QVector<QDate> signing = { QDate(2017, 5, 18), QDate(2017, 5, 20), QDate(2017, 6, 8) };
    const QVector<int> signed_ = { 6, 5, 3 };
    for (int ci = 0; ci < 3; ++ci) {
        w.insert("visits",
            { { "direction", "east_to_west" }, { "start_date", iso(signing.at(ci)) },
                { "end_date", iso(signing.at(ci).addDays(2)) }, { "county_id", world.counties.at(ci).id },
                { "leader", QStringLiteral("区委书记") }, { "size", rng.range(18, 30) },
                { "purpose", QStringLiteral("签订东西部扶贫协作框架协议及街道乡镇结对协议") },
                { "agreements_signed", signed_.at(ci) + 1 } });
    }
    const QVector<int> tripsPerYear = { 5, 11, 14, 12 }; // plus the three above: 45
    for (int y = 0; y < 4; ++y) {
        const int year = 2017 + y;
        for (int k = 0; k < tripsPerYear.at(y); ++k) {
            const int ci = countyPick(rng);
            const QDate start
                = avoidLockdown(rng, dayBetween(rng, QDate(year, year == 2017 ? 7 : 3, 1), QDate(year, 12, 10)));
            const QString leader = rng.pick(eastLeaders);
            const QString purpose = rng.pick(purposes);
            w.insert("visits",
                { { "direction", "east_to_west" }, { "start_date", iso(start) },
                    { "end_date", iso(start.addDays(rng.range(2, 5))) }, { "county_id", world.counties.at(ci).id },
                    { "leader", leader }, { "size", rng.range(5, 25) }, { "purpose", purpose },
                    { "agreements_signed",
                        purpose.contains(QStringLiteral("签订")) ? rng.range(1, 4) : rng.range(0, 1) } });
        }
    }
}

/// Delegation visits west → east: 18.
void fillWestVisits(World &world, Rng &rng)
{
    const QStringList westLeaders
        = QStringLiteral("县（区）委书记 县（区）长 常务副县（区）长 分管副县（区）长 扶贫办主任")
              .split(QLatin1Char(' '));
    for (int k = 0; k < 18; ++k) {
        const int year = 2017 + k % 4;
        const int ci = k % 3;
        const QDate start = avoidLockdown(rng, dayBetween(rng, QDate(year, 4, 1), QDate(year, 11, 30)));
        const QString leader = rng.pick(westLeaders);
        world.w.insert("visits",
            { { "direction", "west_to_east" }, { "start_date", iso(start) },
                { "end_date", iso(start.addDays(rng.range(3, 6))) }, { "county_id", world.counties.at(ci).id },
                { "leader", leader }, { "size", rng.range(8, 40) },
                { "purpose", QStringLiteral("来津考察学习，对接产业合作和消费扶贫") },
                { "agreements_signed", rng.range(0, 2) } });
    }
}

/// Meetings: the district's leading group, joint meetings, progress and video meetings.
void fillMeetings(World &world, Rng &rng)
{
    Writer &w = world.w;
    for (int year = 2017; year <= 2020; ++year) {
        w.insert("meetings",
            { { "meeting_date", iso(year, 3, 10 + year % 7) },
                { "title", QStringLiteral("河西区东西部扶贫协作工作领导小组%1年第一次会议").arg(year) },
                { "location", QStringLiteral("河西区政府") }, { "county_id", QVariant() },
                { "participants", rng.range(25, 40) } });
        for (int ci = 0; ci < 3; ++ci) {
            const County &c = world.counties.at(ci);
            const QDate d = avoidLockdown(rng, dayBetween(rng, QDate(year, 5, 1), QDate(year, 9, 30)));
            w.insert("meetings",
                { { "meeting_date", iso(d) },
                    { "title", QStringLiteral("河西区—%1东西部扶贫协作%2年联席会议").arg(c.name).arg(year) },
                    { "location", c.name }, { "county_id", c.id }, { "participants", rng.range(30, 60) } });
        }
        const int progress = year == 2020 ? 4 : 2;
        for (int k = 0; k < progress; ++k) {
            const bool video = year == 2020;
            const QDate d = dayBetween(
                rng, QDate(year, 1 + k * 12 / progress, 5), QDate(year, k * 12 / progress + 12 / progress, 25));
            w.insert("meetings",
                { { "meeting_date", iso(d) },
                    { "title",
                        video ? QStringLiteral("东西部扶贫协作视频调度会")
                              : QStringLiteral("东西部扶贫协作工作推进会") },
                    { "location", video ? QStringLiteral("视频会议") : QStringLiteral("河西区合作交流办") },
                    { "county_id", QVariant() }, { "participants", rng.range(15, 45) } });
        }
    }
}

/// Ten cadres seconded to the three units, in three batches.
void fillEastSecondments(World &world)
{
    struct Secondment
    {
        int cadre;
        int county;
        QDate start;
        QDate end;
        const char *position;
        const char *host;
    };
    const QVector<Secondment> secondments = {
        { 0, 0, QDate(2017, 4, 10), QDate(2019, 4, 9), "挂职副县长", "人民政府" },
        { 1, 1, QDate(2017, 4, 10), QDate(2019, 4, 9), "挂职副区长", "人民政府" },
        { 2, 2, QDate(2017, 4, 10), QDate(2019, 4, 9), "挂职副县长", "人民政府" },
        { 3, 0, QDate(2017, 4, 10), QDate(2018, 4, 9), "挂职扶贫办副主任", "扶贫开发办公室" },
        { 4, 0, QDate(2018, 4, 16), QDate(2020, 4, 15), "挂职扶贫办副主任", "扶贫开发办公室" },
        { 5, 1, QDate(2018, 4, 16), QDate(2020, 4, 15), "挂职商务局副局长", "商务局" },
        { 6, 0, QDate(2019, 4, 15), QDate(2021, 4, 14), "挂职副县长", "人民政府" },
        { 7, 1, QDate(2019, 4, 15), QDate(2021, 4, 14), "挂职副区长", "人民政府" },
        { 8, 2, QDate(2019, 4, 15), QDate(2021, 4, 14), "挂职副县长", "人民政府" },
        { 9, 2, QDate(2020, 6, 8), QDate(), "挂职扶贫办副主任", "扶贫开发办公室" },
    };
    for (const Secondment &s : secondments) {
        const Person &p = world.secondedCadres.at(s.cadre);
        const County &c = world.counties.at(s.county);
        world.w.insert("secondments",
            { { "person_id", p.id }, { "direction", "east_to_west" }, { "county_id", c.id },
                { "home_unit", world.orgNames.value(p.org) }, { "host_unit", c.name + QString::fromUtf8(s.host) },
                { "position", QString::fromUtf8(s.position) }, { "start_date", iso(s.start) },
                { "end_date", s.end.isValid() ? QVariant(iso(s.end)) : QVariant() }, { "term", "long" } });
    }
}

/// Western cadres on temporary posts in Hexi's street offices and bureaus.
void fillWestSecondments(World &world, Rng &rng)
{
    QVector<qint64> hosts = world.streetOffices;
    for (const QString &b : { QStringLiteral("商务局"), QStringLiteral("教育局"), QStringLiteral("卫生健康委员会"),
             QStringLiteral("人力资源和社会保障局"), QStringLiteral("发展和改革委员会") })
        hosts << world.eastBureaus.value(b);
    for (int i = 0; i < world.westCadres.size(); ++i) {
        const Person &p = world.westCadres.at(i);
        const int ci = i < 10 ? 0 : (i < 19 ? 1 : 2);
        const int year = 2017 + rng.weighted({ 0.2, 0.27, 0.3, 0.23 });
        const QDate start = avoidLockdown(rng, dayBetween(rng, QDate(year, 3, 1), QDate(year, 10, 31)));
        const bool longTerm = rng.chance(0.6);
        const QDate end = start.addDays(longTerm ? rng.range(180, 365) : rng.range(30, 90));
        const qint64 host = rng.pick(hosts);
        world.w.insert("secondments",
            { { "person_id", p.id }, { "direction", "west_to_east" }, { "county_id", world.counties.at(ci).id },
                { "home_unit", world.orgNames.value(p.org) }, { "host_unit", world.orgNames.value(host) },
                { "position", longTerm ? QStringLiteral("挂职副主任") : QStringLiteral("跟岗学习") },
                { "start_date", iso(start) }, { "end_date", iso(end) }, { "term", longTerm ? "long" : "short" } });
    }
}

/// Professionals dispatched: 196 of the 200 on the list went, 28 of them twice.
void fillDispatches(World &world, Rng &rng)
{
    QVector<int> dispatched;
    for (int i = 0; i < world.professionals.size(); ++i) {
        if (i % 50 != 49) // one in fifty stayed on the reserve list
            dispatched << i;
    }
    QVector<int> twice = dispatched;
    rng.shuffle(twice);
    twice.resize(28);
    QVector<int> rounds = dispatched + twice;
    for (int r = 0; r < rounds.size(); ++r) {
        const Person &p = world.professionals.at(rounds.at(r));
        const bool second = r >= dispatched.size();
        const int ci = countyPick(rng);
        const County &c = world.counties.at(ci);
        const int year = second ? 2019 + rng.range(0, 1) : 2017 + rng.weighted({ 0.22, 0.28, 0.28, 0.22 });
        const QDate start = avoidLockdown(rng, dayBetween(rng, QDate(year, 2, 20), QDate(year, 11, 15)));
        qint64 host = 0;
        QString note;
        if (p.field == QLatin1String("medical")) {
            host = c.hospitals.at(rng.weighted({ 0.35, 0.25, 0.15, 0.08, 0.08, 0.05, 0.04 }));
            note = QStringLiteral("支医：门诊坐诊、手术带教、科室建设");
        } else if (p.field == QLatin1String("education")) {
            host = rng.pick(c.schools);
            note = QStringLiteral("支教：学科教学、教研指导");
        } else if (p.field == QLatin1String("ecommerce")) {
            host = rng.chance(0.6) ? c.bureaus.value(QStringLiteral("电子商务服务中心"))
                                   : c.bureaus.value(QStringLiteral("商务局"));
            note = QStringLiteral("电商运营指导、网店孵化");
        } else {
            host = rng.chance(0.5) ? c.bureaus.value(QStringLiteral("农业农村局")) : rng.pick(c.cooperatives);
            note = QStringLiteral("农业技术指导");
        }
        const bool longTerm
            = (p.field == QLatin1String("medical") || p.field == QLatin1String("education")) && rng.chance(0.4);
        const QDate end = start.addDays(longTerm ? rng.range(180, 365) : rng.range(14, 90));
        world.w.insert("professional_dispatches",
            { { "person_id", p.id }, { "field", p.field }, { "county_id", c.id }, { "host_org_id", host },
                { "start_date", iso(start) }, { "end_date", iso(end) }, { "term", longTerm ? "long" : "short" },
                { "notes", note } });
    }
}

/// The e-commerce festival (one event of 33 days) and its livestream-talent trainings.
void fillFestival(World &world)
{
    Writer &w = world.w;
    world.festivalFrom = QDate(2020, 9, 15);
    world.festivalTo = QDate(2020, 10, 17);
    world.festival = w.insert("events",
        { { "name", QStringLiteral("“津诚所至 协作同甘”东西部协作电商产业节") },
            { "start_date", iso(world.festivalFrom) }, { "end_date", iso(world.festivalTo) },
            { "organiser", QStringLiteral("河西区人民政府") },
            { "notes", QStringLiteral("线上直播带货与线下展销结合，至国家扶贫日闭幕") } });
    world.talentsPerCounty = { 58, 52, 32 };
    world.talentTrainingDates = { QDate(2020, 8, 25), QDate(2020, 8, 27), QDate(2020, 9, 3) };
    for (int ci = 0; ci < world.counties.size(); ++ci) {
        w.insert("trainings",
            { { "title", QStringLiteral("%1直播带货人才培训班").arg(world.counties.at(ci).name) },
                { "kind", "training" }, { "train_date", iso(world.talentTrainingDates.at(ci)) },
                { "county_id", world.counties.at(ci).id }, { "mode", "onsite" }, { "field", "ecommerce" },
                { "organiser", QStringLiteral("河西区商务局") }, { "person_times", world.talentsPerCounty.at(ci) },
                { "event_id", world.festival }, { "notes", QStringLiteral("为电商产业节培养本土主播") } });
    }
}

struct Activity
{
    QDate date;
    int county; // -1: all three (remote)
    QString kind;
    QString field;
    QString mode;
    QString title;
    double size;
};

/// An activity's title from its kind, field, mode and unit.
QString activityTitle(const World &world, const Activity &a)
{
    const QString cn = a.county < 0 ? QStringLiteral("三县（区）") : world.counties.at(a.county).name;
    const QString product = a.county < 0 ? QStringLiteral("特色农产品") : world.counties.at(a.county).products.first();
    static const QHash<QString, QString> patterns = {
        { QStringLiteral("training/medical"), QStringLiteral("%1基层医务人员适宜技术培训班") },
        { QStringLiteral("training/education"), QStringLiteral("%1骨干教师能力提升培训班") },
        { QStringLiteral("training/ecommerce"), QStringLiteral("%1农村电商实操培训班") },
        { QStringLiteral("training/agriculture"), QStringLiteral("%1%2种植养殖技术培训") },
        { QStringLiteral("training/other"), QStringLiteral("%1劳务输转技能培训（家政、餐饮、电工）") },
        { QStringLiteral("guidance/medical"), QStringLiteral("天津专家赴%1义诊及临床带教") },
        { QStringLiteral("guidance/education"), QStringLiteral("天津名师赴%1送教下乡") },
        { QStringLiteral("guidance/ecommerce"), QStringLiteral("%1电商企业运营现场指导") },
        { QStringLiteral("guidance/agriculture"), QStringLiteral("%1%2生产技术田间指导") },
        { QStringLiteral("exchange/medical"), QStringLiteral("%1医院管理交流座谈") },
        { QStringLiteral("exchange/education"), QStringLiteral("%1校长赴津跟岗交流") },
        { QStringLiteral("exchange/ecommerce"), QStringLiteral("%1电商企业与天津商超对接交流") },
        { QStringLiteral("exchange/agriculture"), QStringLiteral("%1农民专业合作社赴津交流") },
    };
    QString title = patterns.value(a.kind + QLatin1Char('/') + a.field);
    title.replace(QStringLiteral("%1"), cn).replace(QStringLiteral("%2"), product);
    if (a.mode == QLatin1String("remote"))
        title += QStringLiteral("（远程）");
    return title;
}

/// Guidance, exchange and training activities: 165, more of them remote as years go by; by date.
QVector<Activity> planActivities(const World &world, Rng &rng)
{
    QVector<Activity> activities;
    const QVector<int> perYear = { 26, 40, 48, 51 };
    const QStringList kinds = { QStringLiteral("guidance"), QStringLiteral("exchange"), QStringLiteral("training") };
    const QStringList fields = { QStringLiteral("medical"), QStringLiteral("education"), QStringLiteral("ecommerce"),
        QStringLiteral("agriculture"), QStringLiteral("other") };
    const QVector<double> remoteShare = { 0.04, 0.08, 0.15, 0.5 };
    for (int y = 0; y < 4; ++y) {
        const int year = 2017 + y;
        for (int k = 0; k < perYear.at(y); ++k) {
            Activity a;
            a.kind = kinds.at(rng.weighted({ 0.3, 0.25, 0.45 }));
            a.field
                = fields.at(rng.weighted({ 0.27, 0.33, 0.12, 0.14, a.kind == QLatin1String("training") ? 0.2 : 0.0 }));
            a.mode = rng.chance(remoteShare.at(y)) ? QStringLiteral("remote") : QStringLiteral("onsite");
            a.county = (year == 2020 && a.mode == QLatin1String("remote") && k % 9 == 0) ? -1 : countyPick(rng);
            a.date = dayBetween(rng, QDate(year, 3, 1), QDate(year, 12, 15));
            if (a.mode == QLatin1String("onsite"))
                a.date = avoidLockdown(rng, a.date);
            a.title = activityTitle(world, a);
            if (a.kind == QLatin1String("guidance"))
                a.size = rng.between(10, 80);
            else if (a.kind == QLatin1String("exchange"))
                a.size = rng.between(8, 60);
            else
                a.size = a.mode == QLatin1String("remote") ? rng.between(250, 1400) : rng.between(40, 220);
            activities << a;
        }
    }
    std::stable_sort(
        activities.begin(), activities.end(), [](const Activity &a, const Activity &b) { return a.date < b.date; });
    return activities;
}

/// Inserts the activities, 2.2万人次 with the festival's trainings; remembers the units'
/// labour-skills trainings.
void insertActivities(World &world, const QVector<Activity> &activities)
{
    qint64 fixed = 0;
    for (int n : world.talentsPerCounty)
        fixed += n;
    QVector<double> sizes;
    for (const Activity &a : activities)
        sizes << a.size;
    const QVector<qint64> personTimes = splitExact(TrainingPersonTimes - fixed, sizes, 8);
    world.labourTrainings.resize(world.counties.size());
    static const QHash<QString, QString> organisers = {
        { QStringLiteral("medical"), QStringLiteral("河西区卫生健康委员会") },
        { QStringLiteral("education"), QStringLiteral("河西区教育局") },
        { QStringLiteral("ecommerce"), QStringLiteral("河西区商务局") },
        { QStringLiteral("agriculture"), QStringLiteral("河西区农业农村委员会") },
        { QStringLiteral("other"), QStringLiteral("河西区人力资源和社会保障局") },
    };
    for (int i = 0; i < activities.size(); ++i) {
        const Activity &a = activities.at(i);
        const qint64 id = world.w.insert("trainings",
            { { "title", a.title }, { "kind", a.kind }, { "train_date", iso(a.date) },
                { "county_id", a.county < 0 ? QVariant() : QVariant(world.counties.at(a.county).id) },
                { "mode", a.mode }, { "field", a.field }, { "organiser", organisers.value(a.field) },
                { "person_times", personTimes.at(i) }, { "event_id", QVariant() } });
        if (a.field == QLatin1String("other") && a.county >= 0)
            world.labourTrainings[a.county].append({ a.date, id });
    }
}

/// Western cadres and professionals received in Hexi (2500余人次), in groups.
void fillVisitorsReceived(World &world, Rng &rng)
{
    struct Group
    {
        QDate start;
        int county;
        QString purpose;
        double size;
        int days;
    };
    QVector<Group> groups;
    const QVector<int> groupsPerYear = { 14, 18, 22, 16 };
    for (int y = 0; y < 4; ++y) {
        for (int k = 0; k < groupsPerYear.at(y); ++k) {
            Group g;
            g.county = countyPick(rng);
            g.start = avoidLockdown(rng, dayBetween(rng, QDate(2017 + y, 3, 1), QDate(2017 + y, 11, 30)));
            const int p = rng.weighted({ 0.45, 0.35, 0.2 });
            g.purpose = p == 0 ? QStringLiteral("study")
                               : (p == 1 ? QStringLiteral("training") : QStringLiteral("temporary_post"));
            g.size = p == 0 ? rng.between(10, 60) : (p == 1 ? rng.between(25, 110) : rng.between(2, 8));
            g.days = p == 0 ? rng.range(3, 7) : (p == 1 ? rng.range(5, 20) : rng.range(30, 180));
            groups << g;
        }
    }
    QVector<double> groupSizes;
    for (const Group &g : groups)
        groupSizes << g.size;
    const QVector<qint64> persons = splitExact(VisitorsReceived, groupSizes, 1);
    static const QHash<QString, QString> visitNotes = {
        { QStringLiteral("study"), QStringLiteral("考察学习城市管理、社区治理和产业发展") },
        { QStringLiteral("training"), QStringLiteral("在津参加党政干部、教师、医生培训班") },
        { QStringLiteral("temporary_post"), QStringLiteral("教师、医生来津跟岗学习") },
    };
    for (int i = 0; i < groups.size(); ++i) {
        const Group &g = groups.at(i);
        world.w.insert("visitors_received",
            { { "county_id", world.counties.at(g.county).id }, { "start_date", iso(g.start) },
                { "end_date", iso(g.start.addDays(g.days)) }, { "persons", persons.at(i) }, { "purpose", g.purpose },
                { "notes", visitNotes.value(g.purpose) } });
    }
}

} // namespace

bool fillOrganisationWork(World &world)
{
    Rng rng(0x06A9);
    fillWorkingGroups(world.w, rng);
    fillEastVisits(world, rng);
    fillWestVisits(world, rng);
    fillMeetings(world, rng);
    return world.w.ok();
}

bool fillTalent(World &world)
{
    Rng rng(0x7A1E27);
    fillEastSecondments(world);
    fillWestSecondments(world, rng);
    fillDispatches(world, rng);
    fillFestival(world);
    insertActivities(world, planActivities(world, rng));
    fillVisitorsReceived(world, rng);
    return world.w.ok();
}

} // namespace tongxin::demo

// Organisations and people of the demo world: Hexi's government units, schools, hospitals,
// private enterprises and chamber of commerce; the western units' bureaus, schools, hospitals
// and cooperatives; cadres and professionals on both sides.

#include "demo/demogen.h"

namespace tongxin::demo {

namespace {

qint64 addOrg(World &world, const char *side, const char *kind, const QString &name, qint64 place,
    const char *ownership, const QVariant &contact = QVariant(), const QVariant &notes = QVariant())
{
    const qint64 id = world.w.insert("organisations",
        { { "side", side }, { "kind", kind }, { "name", name }, { "place_id", place ? QVariant(place) : QVariant() },
            { "ownership", ownership ? QVariant(QLatin1String(ownership)) : QVariant() }, { "contact", contact },
            { "notes", notes } });
    world.orgNames.insert(id, name);
    return id;
}

qint64 streetAt(const World &world, int i)
{
    return world.streets.at(i % world.streets.size()).id;
}

/// East: the office, the district's bureaus and the street offices.
void fillEastGovernment(World &world)
{
    world.office = addOrg(world, "east", "government", QStringLiteral("河西区合作交流办公室"), world.hexi, "public",
        QStringLiteral("022-2837xxxx"), QStringLiteral("东西部扶贫协作日常工作牵头部门"));
    const QStringList bureaus = QStringLiteral(
        "教育局 卫生健康委员会 商务局 人力资源和社会保障局 农业农村委员会 财政局 发展和改革委员会 民政局 "
        "文化和旅游局 工业和信息化局 国有资产监督管理委员会 科学技术局 市场监督管理局 住房和建设委员会 "
        "城市管理委员会 司法局 审计局 统计局 委组织部 委宣传部 委统战部 总工会 妇女联合会 团委")
                                    .split(QLatin1Char(' '));
    for (const QString &b : bureaus)
        world.eastBureaus.insert(
            b, addOrg(world, "east", "government", QStringLiteral("河西区") + b, world.hexi, "public"));
    for (const Street &s : world.streets)
        world.streetOffices << addOrg(world, "east", "government", s.name + QStringLiteral("办事处"), s.id, "public");
}

/// East: schools (23 of them pair with western schools) and hospitals (5 pair).
void fillEastSchoolsAndHospitals(World &world)
{
    const QStringList schools = QStringLiteral(
        "闽侯路小学 平山道小学 上海道小学 卫津路小学 新会道小学 中心小学 实验小学 马场道小学 台湾路小学 "
        "东楼小学 新星小学 宾西小学 梅江小学 昆明路小学 友谊路小学 太湖路小学 第四中学 新华中学 海河中学 "
        "梅江中学 微山路中学 第四十一中学 南开翔宇学校 职业中等专业学校 第一幼儿园 第三幼儿园 少年宫")
                                    .split(QLatin1Char(' '));
    for (int i = 0; i < schools.size(); ++i) {
        const QString &n = schools.at(i);
        const QString name = (n.startsWith(QStringLiteral("第四中")) || n.startsWith(QStringLiteral("新华"))
                                 || n.startsWith(QStringLiteral("海河")))
            ? QStringLiteral("天津市") + n
            : QStringLiteral("天津市河西区") + n;
        world.eastSchools << addOrg(world, "east", "school", name, streetAt(world, i * 5 + 1), "public");
    }
    const QStringList hospitals = QStringLiteral("河西医院 中医医院 妇幼保健计划生育服务中心 口腔医院 康复医院 "
                                                 "老年病医院 精神卫生中心")
                                      .split(QLatin1Char(' '));
    for (int i = 0; i < hospitals.size(); ++i) {
        const QString name = i == 0 ? QStringLiteral("天津市河西医院") : QStringLiteral("河西区") + hospitals.at(i);
        world.eastHospitals << addOrg(world, "east", "hospital", name, streetAt(world, i * 3 + 2), "public");
    }
}

/// East: private enterprises (万企帮万村), the enterprises settled in the west, the chamber and
/// social organisations.
void fillEastEnterprises(World &world, Rng &rng)
{
    QSet<QString> brands;
    for (int i = 0; i < 330; ++i) {
        const QString name = names::company(rng, brands);
        world.eastPrivateNames << name;
        const qint64 street = streetAt(world, rng.range(0, 13));
        const QString phone = names::maskedPhone(rng);
        world.eastPrivate << addOrg(world, "east", "enterprise", name, street, "private", phone);
    }
    // Tianjin enterprises that set up plants in the west (产业合作); two are state-owned.
    const QStringList settled = QStringLiteral(
        "天津津垦果品加工有限公司 天津陇津食品科技有限公司 天津瑞丰服饰有限公司 天津金桥电子元件有限公司 "
        "天津绿源中药材开发有限公司 天津同心农牧科技有限公司 天津鑫达包装制品有限公司 天津惠农电子商务有限公司 "
        "天津海源冷链物流有限公司 天津嘉禾粮油有限公司 天津华绣工艺品有限公司 天津津西光伏科技有限公司 "
        "天津宏泰鞋业有限公司 天津天厨调味食品有限公司 天津百顺家政服务有限公司 天津万通假发制品有限公司 "
        "天津食品集团陇原牧业有限公司 天津农垦西部产业发展有限公司")
                                    .split(QLatin1Char(' '));
    for (int i = 0; i < settled.size(); ++i) {
        const bool state
            = settled.at(i).contains(QStringLiteral("集团")) || settled.at(i).contains(QStringLiteral("农垦西部"));
        world.settledNames << settled.at(i);
        world.settledEnterprises << addOrg(world, "east", "enterprise", settled.at(i), world.hexi,
            state ? "state" : "private", names::maskedPhone(rng), QStringLiteral("在受援地投资设厂"));
    }
    world.chamber = addOrg(world, "east", "chamber", QStringLiteral("河西区工商联"), world.hexi, "public", QVariant(),
        QStringLiteral("河西区工商业联合会（总商会），组织会员企业参与“万企帮万村”"));
    const QStringList social = QStringLiteral("河西区慈善协会 河西区红十字会 河西区志愿者协会 河西区青年企业家协会 "
                                              "河西区社会组织联合会 河西区女企业家协会")
                                   .split(QLatin1Char(' '));
    for (const QString &s : social) {
        world.eastSocialNames << s;
        world.eastSocial << addOrg(world, "east", "social", s, world.hexi, nullptr);
    }
}

/// A western unit's schools: the county-seat ones, then town primary and middle schools, then
/// village schools, up to `target`.
void fillWestSchools(World &world, County &c, int target)
{
    const qint64 seat = world.towns.at(c.towns.first()).id;
    QStringList schoolNames;
    QVector<qint64> schoolPlaces;
    const QStringList countySchools = QStringLiteral("第一中学 第二中学 第三中学 职业教育中心 实验小学 "
                                                     "第二小学 特殊教育学校 第一幼儿园")
                                          .split(QLatin1Char(' '));
    for (const QString &s : countySchools) {
        schoolNames << c.name + s;
        schoolPlaces << seat;
    }
    for (int k = 0; schoolNames.size() < target; ++k) {
        const Town &t = world.towns.at(c.towns.at(k % c.towns.size()));
        const int round = k / int(c.towns.size());
        if (round == 0) {
            schoolNames << t.name + QStringLiteral("中心小学");
            schoolPlaces << t.id;
        } else if (round == 1) {
            schoolNames << t.name + QStringLiteral("初级中学");
            schoolPlaces << t.id;
        } else {
            const Village &v = world.villages.at(t.villages.at(round % t.villages.size()));
            schoolNames << t.name + v.name.left(v.name.size() - 1) + QStringLiteral("小学");
            schoolPlaces << v.id;
        }
    }
    for (int i = 0; i < schoolNames.size(); ++i)
        c.schools << addOrg(world, "west", "school", schoolNames.at(i), schoolPlaces.at(i), "public");
}

/// A western unit's hospitals and town health centres, cooperatives and charities.
void fillWestHospitalsAndOthers(World &world, County &c, Rng &rng)
{
    const qint64 seat = world.towns.at(c.towns.first()).id;
    c.hospitals << addOrg(world, "west", "hospital", c.name + QStringLiteral("人民医院"), seat, "public");
    c.hospitals << addOrg(world, "west", "hospital", c.name + QStringLiteral("中医医院"), seat, "public");
    c.hospitals << addOrg(world, "west", "hospital", c.name + QStringLiteral("妇幼保健院"), seat, "public");
    for (int k = 1; k <= 4 && k < c.towns.size(); ++k) {
        const Town &t = world.towns.at(c.towns.at(k));
        c.hospitals << addOrg(world, "west", "hospital", t.name + QStringLiteral("卫生院"), t.id, "public");
    }
    for (int k = 0; k < 3; ++k) {
        const Town &t = world.towns.at(c.towns.at(k + 1));
        const QString product = c.products.at(k % c.products.size());
        c.cooperatives << addOrg(world, "west", "enterprise", c.name + t.name + product + QStringLiteral("专业合作社"),
            t.id, "private", names::maskedPhone(rng));
    }
    c.charity = addOrg(world, "west", "social", c.name + QStringLiteral("慈善协会"), c.id, nullptr);
    addOrg(world, "west", "social", c.name + QStringLiteral("红十字会"), c.id, nullptr);
}

/// West: each unit's government and bureaus, schools, hospitals, cooperatives and charities.
void fillWestUnits(World &world, Rng &rng)
{
    const QStringList westBureaus = QStringLiteral(
        "扶贫开发办公室 教育局 卫生健康局 商务局 农业农村局 人力资源和社会保障局 水务局 住房和城乡建设局 "
        "残疾人联合会 妇女联合会 电子商务服务中心 工业和信息化局")
                                        .split(QLatin1Char(' '));
    const QVector<int> schoolTargets = { 32, 30, 18 };
    for (int ci = 0; ci < world.counties.size(); ++ci) {
        County &c = world.counties[ci];
        c.government = addOrg(world, "west", "government", c.name + QStringLiteral("人民政府"), c.id, "public");
        for (const QString &b : westBureaus)
            c.bureaus.insert(b, addOrg(world, "west", "government", c.name + b, c.id, "public"));
        c.povertyOffice = c.bureaus.value(QStringLiteral("扶贫开发办公室"));
        fillWestSchools(world, c, schoolTargets.at(ci));
        fillWestHospitalsAndOthers(world, c, rng);
    }
}

/// What the people steps share: the random source and the names used so far.
class PeopleMaker final
{
public:
    explicit PeopleMaker(World &world)
        : m_world(world)
    { }
    Rng rng { 0x9E091E };

    /// A person's name not used before (after 50 tries, any name).
    QString uniqueName(bool female, bool rural)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const QString n = names::person(rng, female, rural);
            if (!m_used.contains(n)) {
                m_used.insert(n);
                return n;
            }
        }
        return names::person(rng, female, rural);
    }

    /// Inserts an eastern person of `role`.
    Person add(const char *side, const char *role, const QVariant &field, const QString &rank, qint64 org,
        qint64 place, const QVariant &notes)
    {
        const bool female = rng.chance(qstrcmp(role, "professional") == 0 ? 0.45 : 0.25);
        Person p;
        p.name = uniqueName(female, false);
        p.field = field.toString();
        p.org = org;
        p.id = m_world.w.insert("people",
            { { "side", side }, { "name", p.name }, { "gender", female ? "f" : "m" }, { "role", role },
                { "field", field }, { "rank", rank }, { "org_id", org }, { "place_id", place },
                { "phone", names::maskedPhone(rng) }, { "notes", notes } });
        return p;
    }

private:
    World &m_world;
    QSet<QString> m_used;
};

/// The office staff; ten cadres seconded to the three units (挂职); 处级及以上 leaders who each
/// pair with one or two registered poor households (结对认亲).
void fillEastCadres(World &world, PeopleMaker &people)
{
    Rng &rng = people.rng;
    const QList<qint64> bureaus = world.eastBureaus.values();
    QVector<qint64> bureauIds(bureaus.begin(), bureaus.end());
    std::sort(bureauIds.begin(), bureauIds.end()); // QHash order is not stable between runs
    for (int i = 0; i < 6; ++i)
        world.staff << people.add("east", "other", QVariant(), i == 0 ? QStringLiteral("主任") : QStringLiteral("科员"),
            world.office, world.hexi, QStringLiteral("合作交流办工作人员"));
    for (int i = 0; i < 10; ++i) {
        world.secondedCadres << people.add("east", "cadre", QVariant(),
            i < 4 ? QStringLiteral("副处级") : QStringLiteral("正科级"), rng.pick(bureauIds), world.hexi,
            QStringLiteral("选派赴甘挂职"));
    }
    const QStringList ranks
        = { QStringLiteral("正局级"), QStringLiteral("副局级"), QStringLiteral("正处级"), QStringLiteral("副处级") };
    for (int i = 0; i < 97; ++i) {
        const qint64 org = rng.chance(0.3) ? rng.pick(world.streetOffices) : rng.pick(bureauIds);
        world.leaderCadres << people.add("east", "cadre", QVariant(),
            ranks.at(rng.weighted({ 0.04, 0.08, 0.38, 0.50 })), org, world.hexi, QVariant());
    }
}

/// Professionals: doctors, teachers, e-commerce and agriculture experts.
void fillProfessionals(World &world, PeopleMaker &people)
{
    Rng &rng = people.rng;
    struct FieldSpec
    {
        const char *field;
        int count;
        QStringList ranks;
    };
    const QVector<FieldSpec> fields = {
        { "medical", 70,
            { QStringLiteral("主任医师"), QStringLiteral("副主任医师"), QStringLiteral("主治医师"),
                QStringLiteral("主管护师") } },
        { "education", 82, { QStringLiteral("正高级教师"), QStringLiteral("高级教师"), QStringLiteral("一级教师") } },
        { "ecommerce", 21, { QStringLiteral("电商讲师"), QStringLiteral("运营总监"), QStringLiteral("主播") } },
        { "agriculture", 27,
            { QStringLiteral("推广研究员"), QStringLiteral("高级农艺师"), QStringLiteral("农艺师"),
                QStringLiteral("高级畜牧师") } },
    };
    for (const FieldSpec &f : fields) {
        for (int i = 0; i < f.count; ++i) {
            qint64 org = 0;
            const QString field = QLatin1String(f.field);
            if (field == QLatin1String("medical"))
                org = world.eastHospitals.at(rng.weighted({ 0.35, 0.25, 0.15, 0.1, 0.08, 0.04, 0.03 }));
            else if (field == QLatin1String("education"))
                org = rng.pick(world.eastSchools);
            else if (field == QLatin1String("ecommerce"))
                org = rng.chance(0.4) ? world.eastBureaus.value(QStringLiteral("商务局")) : rng.pick(world.eastPrivate);
            else
                org = rng.chance(0.6) ? world.eastBureaus.value(QStringLiteral("农业农村委员会"))
                                      : world.eastBureaus.value(QStringLiteral("科学技术局"));
            world.professionals << people.add(
                "east", "professional", field, rng.pick(f.ranks), org, world.hexi, QVariant());
        }
    }
}

/// Western cadres who come to Hexi on temporary posts (西→东挂职).
void fillWestCadres(World &world, PeopleMaker &people)
{
    Rng &rng = people.rng;
    for (int i = 0; i < 26; ++i) {
        const County &c = world.counties.at(i < 10 ? 0 : (i < 19 ? 1 : 2));
        const QList<qint64> westBureaus = c.bureaus.values();
        QVector<qint64> ids(westBureaus.begin(), westBureaus.end());
        std::sort(ids.begin(), ids.end());
        Person p;
        const bool female = rng.chance(0.3);
        p.name = people.uniqueName(female, false);
        p.org = rng.pick(ids);
        p.id = world.w.insert("people",
            { { "side", "west" }, { "name", p.name }, { "gender", female ? "f" : "m" }, { "role", "cadre" },
                { "rank", rng.chance(0.4) ? QStringLiteral("正科级") : QStringLiteral("副科级") }, { "org_id", p.org },
                { "place_id", c.id }, { "notes", QStringLiteral("来津挂职") } });
        world.westCadres << p;
    }
}

} // namespace

bool fillOrganisations(World &world)
{
    Rng rng(0x0E6A);
    fillEastGovernment(world);
    fillEastSchoolsAndHospitals(world);
    fillEastEnterprises(world, rng);
    fillWestUnits(world, rng);
    return world.w.ok();
}

bool fillPeople(World &world)
{
    PeopleMaker people(world);
    fillEastCadres(world, people);
    fillProfessionals(world, people);
    fillWestCadres(world, people);
    return world.w.ok();
}

} // namespace tongxin::demo

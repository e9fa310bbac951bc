// Places of the demo world (Hexi District's streets and communities; the three western units'
// towns and villages) and the registered poor households of the poor villages.

#include "demo/demogen.h"

#include <QSet>

namespace tongxin::demo {

namespace {

struct CountySpec
{
    const char *name;
    const char *nameEn;
    const char *abbr;
    const char *code; // nullptr for the illustrative unit
    int population;
    int exitYear;
    bool illustrative;
    double weight;
    int minVillages; // per town
    int maxVillages;
    int poorVillages; // in the whole unit
    QVector<int> pairedTowns; // towns paired with Hexi's streets (street↔town)
    const char *products;
};

QVector<CountySpec> countySpecs()
{
    return {
        { "庄浪县", "Zhuanglang County", "庄", "620825", 449600, 2019, false, 0.44, 13, 19, 96, { 1, 2, 4, 6, 9, 12 },
            "苹果 马铃薯 马铃薯淀粉 粉条 中药材 小杂粮 蜂蜜" },
        { "崆峒区", "Kongtong District", "崆", "620802", 504300, 2019, false, 0.36, 12, 17, 66, { 0, 1, 3, 5, 9 },
            "牛肉 高原夏菜 苹果 小米 胡麻油 金银花" },
        { "示例县", "Sample County", "示", nullptr, 261000, 2020, true, 0.20, 10, 14, 42, { 0, 2, 5 },
            "马铃薯 土鸡蛋 蜂蜜 核桃 手工刺绣" },
    };
}

int poorExitYear(Rng &rng)
{
    const QVector<double> w = { 0.12, 0.33, 0.37, 0.18 };
    return 2017 + rng.weighted(w);
}

/// East: Hexi District, its streets and communities.
void fillHexi(World &world, Rng &rng)
{
    Writer &w = world.w;
    world.hexi = w.insert("places",
        { { "side", "east" }, { "level", "district" }, { "parent_id", QVariant() },
            { "name", QStringLiteral("河西区") }, { "name_en", QStringLiteral("Hexi District") },
            { "code", QStringLiteral("120103") }, { "population", 822700 },
            { "notes", QStringLiteral("天津市河西区（帮扶方）") } });
    QSet<QString> communityNames;
    const QStringList streets = names::streetNames();
    for (const QString &s : streets) {
        Street street;
        street.name = s;
        street.id = w.insert("places",
            { { "side", "east" }, { "level", "street" }, { "parent_id", world.hexi }, { "name", s },
                { "name_en", names::streetPinyin(s) },
                { "population", rng.range(38, 92) * 1000 + rng.range(0, 999) } });
        const int n = rng.range(4, 7);
        for (int i = 0; i < n; ++i) {
            const QString c = names::community(rng, communityNames);
            street.communityNames << c;
            street.communities << w.insert("places",
                { { "side", "east" }, { "level", "community" }, { "parent_id", street.id }, { "name", c },
                    { "population", rng.range(45, 160) * 100 } });
        }
        world.streets << street;
    }
}

/// Inserts a western unit (county or district) itself; its towns come later.
County insertCounty(Writer &w, const CountySpec &spec)
{
    County county;
    county.name = QString::fromUtf8(spec.name);
    county.nameEn = QString::fromUtf8(spec.nameEn);
    county.abbr = QString::fromUtf8(spec.abbr);
    county.weight = spec.weight;
    county.products = QString::fromUtf8(spec.products).split(QLatin1Char(' '));
    county.id = w.insert("places",
        { { "side", "west" }, { "level", "county" }, { "parent_id", QVariant() }, { "name", county.name },
            { "name_en", county.nameEn }, { "code", spec.code ? QVariant(QString::fromLatin1(spec.code)) : QVariant() },
            { "population", spec.population }, { "is_poor", 1 }, { "exit_year", spec.exitYear },
            { "illustrative", spec.illustrative ? 1 : 0 },
            { "notes",
                spec.illustrative ? QVariant(QStringLiteral("示例数据：2017—2020年的第三个受援县级单位未经公开资料证实，"
                                                            "此处名称、乡镇和村均为虚构，仅作演示。"))
                                  : QVariant(QStringLiteral("甘肃省平凉市")) } });
    return county;
}

/// Poor villages, as (town, village) positions: at least three in every paired town (their
/// communities pair with them), then drawn at random up to the unit's number; the county seat's
/// town (first) has fewer.
QSet<QPair<int, int>> choosePoorVillages(Rng &rng, int ci, const CountySpec &spec, const QVector<QPair<int, int>> &all)
{
    QSet<QPair<int, int>> poor;
    for (int t : spec.pairedTowns) {
        for (int v = 0; v < 3; ++v)
            poor.insert({ t, v + 1 });
    }
    QVector<QPair<int, int>> rest = all;
    rng.shuffle(rest);
    for (const auto &p : rest) {
        if (poor.size() >= spec.poorVillages)
            break;
        if (p.first == 0 && ci == 0 && rng.chance(0.7))
            continue; // 水洛镇 is the county seat: mostly not poor
        poor.insert(p);
    }
    for (const auto &p : rest) {
        if (poor.size() >= spec.poorVillages)
            break;
        poor.insert(p);
    }
    return poor;
}

/// Inserts a town of unit `ci` and its villages (planned names; which are poor).
void insertTown(World &world, Rng &rng, County &county, int ci, const QString &name, const QVector<QString> &villages,
    const QVector<bool> &poor, int illustrative)
{
    Writer &w = world.w;
    Town town;
    town.county = ci;
    town.name = name;
    QVector<int> pops;
    int sum = 0;
    for (int v = 0; v < villages.size(); ++v) {
        pops << rng.range(9, 36) * 100 + rng.range(0, 99);
        sum += pops.last();
    }
    town.id = w.insert("places",
        { { "side", "west" }, { "level", "town" }, { "parent_id", county.id }, { "name", town.name },
            { "name_en", names::townPinyin(ci, town.name) }, { "population", sum + rng.range(20, 90) * 100 },
            { "illustrative", illustrative } });
    const int townIndex = int(world.towns.size());
    for (int v = 0; v < villages.size(); ++v) {
        Village village;
        village.county = ci;
        village.town = townIndex;
        village.name = villages.at(v);
        village.poor = poor.at(v);
        village.id = w.insert("places",
            { { "side", "west" }, { "level", "village" }, { "parent_id", town.id }, { "name", village.name },
                { "population", pops.at(v) }, { "is_poor", village.poor ? 1 : 0 },
                { "exit_year", village.poor ? QVariant(poorExitYear(rng)) : QVariant() },
                { "illustrative", illustrative } });
        const int vi = int(world.villages.size());
        town.villages << vi;
        if (village.poor)
            county.poorVillages << vi;
        world.villages << village;
    }
    county.towns << townIndex;
    world.towns << town;
}

/// West: a unit, its towns and villages. The towns and villages are planned first, so the poor
/// villages can be chosen before insert.
void fillWestUnit(World &world, Rng &rng, int ci, const CountySpec &spec)
{
    County county = insertCounty(world.w, spec);
    const QStringList townNames = names::townNames(ci);
    QSet<QString> villageNames;
    QVector<QVector<QString>> planned;
    QVector<QPair<int, int>> all; // (town, village) positions
    for (int t = 0; t < townNames.size(); ++t) {
        QVector<QString> vs;
        const int n = rng.range(spec.minVillages, spec.maxVillages);
        for (int v = 0; v < n; ++v) {
            vs << names::village(rng, villageNames);
            all.append({ t, v });
        }
        planned << vs;
    }
    const QSet<QPair<int, int>> poor = choosePoorVillages(rng, ci, spec, all);
    for (int t = 0; t < townNames.size(); ++t) {
        QVector<bool> poorHere;
        for (int v = 0; v < planned.at(t).size(); ++v)
            poorHere << poor.contains({ t, v });
        insertTown(world, rng, county, ci, townNames.at(t), planned.at(t), poorHere, spec.illustrative ? 1 : 0);
    }
    for (int t : spec.pairedTowns)
        world.pairedTowns << county.towns.at(t);
    world.counties << county;
}

} // namespace

bool fillPlaces(World &world)
{
    Rng rng(0x51ACE5);
    fillHexi(world, rng);
    const QVector<CountySpec> specs = countySpecs();
    for (int ci = 0; ci < specs.size(); ++ci)
        fillWestUnit(world, rng, ci, specs.at(ci));
    return world.w.ok();
}

bool fillHouseholds(World &world)
{
    Writer &w = world.w;
    Rng rng(0x40E5E);
    // A sample of the registered poor households (建档立卡贫困户) of the poor villages — the ones
    // the office follows (the county registers hold tens of thousands).
    constexpr int Total = 360;
    QVector<int> villages;
    for (const County &c : world.counties)
        villages += c.poorVillages;
    rng.shuffle(villages);
    const QStringList causes
        = QStringLiteral("因病 因残 因学 缺劳力 缺技术 缺资金 缺土地 交通条件落后").split(QLatin1Char(' '));
    const QVector<double> causeWeights = { 0.28, 0.12, 0.12, 0.14, 0.16, 0.12, 0.03, 0.03 };
    // A village's households have heads of different names, as a register tells them apart (an
    // import names a household by its head and village); a name drawn twice is drawn again from
    // a generator of its own, so the other households come out as before.
    Rng spare(0x5EC0D);
    int made = 0;
    for (int vi : villages) {
        if (made >= Total)
            break;
        const int n = qMin(rng.range(3, 7), Total - made);
        QSet<QString> heads;
        for (int k = 0; k < n; ++k) {
            const bool female = rng.chance(0.18);
            const int members = 1 + rng.weighted({ 0.06, 0.14, 0.20, 0.26, 0.20, 0.10, 0.04 });
            const int registered = 2014 + rng.weighted({ 0.70, 0.18, 0.12 });
            const int exitPick = rng.weighted({ 0.18, 0.30, 0.35, 0.14, 0.03 });
            const QVariant exitYear = exitPick < 4 ? QVariant(2017 + exitPick) : QVariant();
            const bool out = exitPick < 4;
            int housing = out ? 1 : (rng.chance(0.5) ? 1 : 0);
            int medical = out ? 1 : (rng.chance(0.6) ? 1 : 0);
            int water = out ? 1 : (rng.chance(0.7) ? 1 : 0);
            if (!out && housing && medical && water)
                housing = 0;
            QString head = names::person(rng, female, true);
            while (heads.contains(head))
                head = names::person(spare, female, true);
            heads.insert(head);
            Household h;
            h.county = world.villages.at(vi).county;
            h.village = vi;
            h.id = w.insert("households",
                { { "village_id", world.villages.at(vi).id }, { "head_name", head },
                    { "members", members }, { "registered_year", registered }, { "exit_year", exitYear },
                    { "food_clothing_ok", 1 }, { "education_ok", 1 }, { "medical_ok", medical },
                    { "housing_ok", housing }, { "water_ok", water },
                    { "notes", QStringLiteral("致贫原因：%1").arg(causes.at(rng.weighted(causeWeights))) } });
            world.households << h;
        }
        made += n;
    }
    return w.ok();
}

} // namespace tongxin::demo

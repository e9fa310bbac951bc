// Pairings (结对帮扶) of the demo world: 14 streets ↔ 14 towns, 27 communities ↔ 27 poor villages,
// 23 ↔ 67 schools, 5 ↔ 5 hospitals, 306 private enterprises ↔ 147 poor villages, the chamber ↔ 12
// poor villages, and leaders ↔ 110 registered poor households. A few pairings ended and were
// taken over; every ended one was in force inside 2017–2020, so the article's counts (parties
// in force at any time in the span) still hold. Poor villages and households are left without
// partners on purpose: the coverage view must find them.

#include "demo/demogen.h"

namespace tongxin::demo {

namespace {

struct Party
{
    qint64 place = 0;
    qint64 org = 0;
    qint64 person = 0;
    qint64 household = 0;
};

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

class Pairer final
{
public:
    explicit Pairer(Writer &w)
        : m_w(w)
    { }
    qint64 add(const char *kind, const Party &east, const Party &west, const QDate &start, const QDate &end = QDate(),
        const QString &notes = QString())
    {
        const int n = ++m_sequence[start.year()];
        return m_w.insert("pairings",
            { { "kind", kind }, { "east_place_id", idOrNull(east.place) }, { "east_org_id", idOrNull(east.org) },
                { "east_person_id", idOrNull(east.person) }, { "west_place_id", idOrNull(west.place) },
                { "west_org_id", idOrNull(west.org) }, { "west_household_id", idOrNull(west.household) },
                { "start_date", iso(start) }, { "end_date", end.isValid() ? QVariant(iso(end)) : QVariant() },
                { "agreement_no",
                    QStringLiteral("河西携手〔%1〕%2号").arg(start.year()).arg(n, 3, 10, QLatin1Char('0')) },
                { "status", end.isValid() ? "ended" : "active" },
                { "notes", notes.isEmpty() ? QVariant() : QVariant(notes) } });
    }

private:
    Writer &m_w;
    QHash<int, int> m_sequence;
};

Party place(qint64 id)
{
    Party p;
    p.place = id;
    return p;
}
Party org(qint64 id)
{
    Party p;
    p.org = id;
    return p;
}

enum class SchoolType { Primary, Middle, Vocational };

SchoolType typeOf(const QString &name)
{
    if (name.contains(QStringLiteral("职业")))
        return SchoolType::Vocational;
    if (name.contains(QStringLiteral("中学")))
        return SchoolType::Middle;
    return SchoolType::Primary;
}

/// What the pairing steps share.
struct PairingRun
{
    explicit PairingRun(World &w)
        : world(w)
        , pairer(w.w)
    { }
    World &world;
    Rng rng { 0xBA1D };
    Pairer pairer;
};

/// Streets ↔ towns: signed during the first delegation visits of 2017.
void pairStreetsWithTowns(PairingRun &run)
{
    const World &world = run.world;
    const QVector<QDate> signing = { QDate(2017, 5, 18), QDate(2017, 5, 20), QDate(2017, 6, 8) };
    for (int i = 0; i < world.streets.size(); ++i) {
        const Town &t = world.towns.at(world.pairedTowns.at(i));
        run.pairer.add("street_town", place(world.streets.at(i).id), place(t.id), signing.at(t.county));
    }
}

/// Communities ↔ poor villages of the paired town (two per street, one for the last); the
/// villages taken.
QSet<int> pairCommunitiesWithVillages(PairingRun &run)
{
    World &world = run.world;
    QSet<int> taken;
    for (int i = 0; i < world.streets.size(); ++i) {
        const Street &s = world.streets.at(i);
        const Town &t = world.towns.at(world.pairedTowns.at(i));
        QVector<int> poor;
        for (int vi : t.villages) {
            if (world.villages.at(vi).poor)
                poor << vi;
        }
        const int n = i == world.streets.size() - 1 ? 1 : 2;
        for (int k = 0; k < n; ++k) {
            const int vi = poor.at(k);
            world.communityVillages << vi;
            taken.insert(vi);
            run.pairer.add("community_village", place(s.communities.at(k)), place(world.villages.at(vi).id),
                dayBetween(run.rng, QDate(2017, 9, 1), QDate(2018, 6, 30)));
        }
    }
    return taken;
}

/// The other poor villages, in a fixed random order: the first 127 join the 20 first
/// community-paired villages in 万企帮万村 (147), the next 8 get the chamber only (with 4 of the
/// enterprise villages), the rest (about forty) have no pairing at all.
void chooseEnterpriseAndChamberVillages(PairingRun &run, const QSet<int> &taken)
{
    World &world = run.world;
    QVector<int> rest;
    for (const County &c : world.counties) {
        for (int vi : c.poorVillages) {
            if (!taken.contains(vi))
                rest << vi;
        }
    }
    run.rng.shuffle(rest);
    world.enterpriseVillages = world.communityVillages.mid(0, 20) + rest.mid(0, 127);
    world.chamberVillages = rest.mid(127, 8);
    QVector<int> e = world.enterpriseVillages;
    run.rng.shuffle(e);
    world.chamberVillages += e.mid(0, 4);
}

/// Private enterprises ↔ poor villages: 306 enterprises, each village at least one; 12 second
/// villages, and 3 pairings that ended in 2019.
void pairEnterprisesWithVillages(PairingRun &run)
{
    const World &world = run.world;
    Rng &rng = run.rng;
    const QVector<int> &ev = world.enterpriseVillages;
    QSet<QPair<int, int>> active; // (enterprise index, village index)
    auto enterpriseStart = [&rng]() {
        const int year = 2017 + rng.weighted({ 0.2, 0.45, 0.35 });
        return dayBetween(rng, QDate(year, year == 2017 ? 6 : 1, 1), QDate(year, 12, 20));
    };
    for (int e = 0; e < 306; ++e) {
        const int vi = e < ev.size() ? ev.at(e) : rng.pick(ev);
        active.insert({ e, vi });
        run.pairer.add(
            "enterprise_village", org(world.eastPrivate.at(e)), place(world.villages.at(vi).id), enterpriseStart());
    }
    for (int extra = 0; extra < 12;) {
        const int e = rng.range(0, 305);
        const int vi = rng.pick(ev);
        if (active.contains({ e, vi }))
            continue;
        active.insert({ e, vi });
        run.pairer.add("enterprise_village", org(world.eastPrivate.at(e)), place(world.villages.at(vi).id),
            enterpriseStart(), QDate(), QStringLiteral("企业追加结对一个贫困村"));
        ++extra;
    }
    for (int ended = 0; ended < 3;) {
        const int e = rng.range(0, 305);
        const int vi = rng.pick(ev);
        if (active.contains({ e, vi }))
            continue;
        const QDate start = dayBetween(rng, QDate(2017, 6, 1), QDate(2017, 12, 20));
        run.pairer.add("enterprise_village", org(world.eastPrivate.at(e)), place(world.villages.at(vi).id), start,
            dayBetween(rng, QDate(2019, 3, 1), QDate(2019, 9, 30)),
            QStringLiteral("企业经营调整，帮扶关系由其他结对企业接续"));
        ++ended;
    }
}

/// Schools: 23 eastern ↔ 67 western, by type, each term start a new batch; one western school
/// changed partner.
void pairSchools(PairingRun &run)
{
    const World &world = run.world;
    QVector<int> eastPaired;
    for (int i = 0; i < 22; ++i)
        eastPaired << i;
    eastPaired << 23; // the vocational school pairs with the vocational centres
    const QVector<int> westPerCounty = { 28, 25, 14 };
    QVector<QPair<qint64, SchoolType>> westSchools;
    for (int ci = 0; ci < world.counties.size(); ++ci) {
        const QVector<qint64> &ids = world.counties.at(ci).schools;
        for (int k = 0; k < westPerCounty.at(ci); ++k)
            westSchools.append({ ids.at(k), typeOf(world.orgNames.value(ids.at(k))) });
    }
    QHash<int, QVector<qint64>> eastByType;
    for (int i : eastPaired)
        eastByType[int(typeOf(world.orgNames.value(world.eastSchools.at(i))))] << world.eastSchools.at(i);
    const QVector<QDate> terms = { QDate(2017, 9, 1), QDate(2018, 3, 1), QDate(2018, 9, 1), QDate(2019, 3, 1) };
    QHash<int, int> roundRobin;
    bool movedOne = false;
    for (const auto &ws : westSchools) {
        const int type = int(ws.second);
        const QVector<qint64> &candidates = eastByType.value(type);
        const int k = roundRobin[type]++;
        const qint64 east = candidates.at(k % candidates.size());
        if (!movedOne && ws.second == SchoolType::Primary && k == candidates.size() + 2) {
            // One western school changed partner when the first eastern school took a new pair.
            const qint64 before = candidates.at((k + 1) % candidates.size());
            run.pairer.add("school", org(before), org(ws.first), terms.at(0), QDate(2018, 8, 31),
                QStringLiteral("2018年秋季学期起调整结对学校"));
            run.pairer.add("school", org(east), org(ws.first), QDate(2018, 9, 1));
            movedOne = true;
            continue;
        }
        run.pairer.add("school", org(east), org(ws.first), terms.at(run.rng.weighted({ 0.45, 0.2, 0.25, 0.1 })));
    }
}

/// Hospitals: 5 ↔ 5.
void pairHospitals(PairingRun &run)
{
    const World &world = run.world;
    const County &zl = world.counties.at(0);
    const County &kt = world.counties.at(1);
    const County &sm = world.counties.at(2);
    const QVector<QPair<qint64, qint64>> hospitals = {
        { world.eastHospitals.at(0), zl.hospitals.at(0) },
        { world.eastHospitals.at(1), kt.hospitals.at(1) },
        { world.eastHospitals.at(2), zl.hospitals.at(2) },
        { world.eastHospitals.at(3), kt.hospitals.at(0) },
        { world.eastHospitals.at(4), sm.hospitals.at(0) },
    };
    for (const auto &h : hospitals) {
        run.pairer.add(
            "hospital", org(h.first), org(h.second), dayBetween(run.rng, QDate(2017, 7, 1), QDate(2017, 12, 15)));
    }
}

/// Leaders ↔ registered poor households (结对认亲): 95 leaders, 15 of them with two
/// households, 110 households; two leaders were transferred in 2019 and handed over.
void pairCadresWithHouseholds(PairingRun &run)
{
    World &world = run.world;
    Rng &rng = run.rng;
    QVector<int> households;
    for (int i = 0; i < world.households.size(); ++i)
        households << i;
    rng.shuffle(households);
    households.resize(110);
    std::sort(households.begin(), households.end());
    world.cadreHouseholds = households;
    auto person = [](qint64 id) {
        Party p;
        p.person = id;
        return p;
    };
    auto household = [&world](int i) {
        Party p;
        p.household = world.households.at(i).id;
        return p;
    };
    for (int k = 0; k < 110; ++k) {
        const int leader = k < 95 ? k : k - 95;
        const int h = households.at(k);
        if (k == 7 || k == 41) {
            const qint64 former = world.leaderCadres.at(k == 7 ? 95 : 96).id;
            run.pairer.add("cadre_household", person(former), household(h),
                dayBetween(rng, QDate(2018, 3, 1), QDate(2018, 6, 30)), QDate(2019, 7, 31),
                QStringLiteral("原结对干部工作调动，交接给新的结对干部"));
            run.pairer.add(
                "cadre_household", person(world.leaderCadres.at(leader).id), household(h), QDate(2019, 8, 1));
            continue;
        }
        const int year = 2018 + rng.weighted({ 0.7, 0.3 });
        run.pairer.add("cadre_household", person(world.leaderCadres.at(leader).id), household(h),
            dayBetween(rng, QDate(year, 3, 1), QDate(year, 11, 30)));
    }
}

} // namespace

bool fillPairings(World &world)
{
    PairingRun run(world);
    pairStreetsWithTowns(run);
    const QSet<int> taken = pairCommunitiesWithVillages(run);
    chooseEnterpriseAndChamberVillages(run, taken);
    pairEnterprisesWithVillages(run);
    // The chamber of commerce ↔ 12 poor villages, signed on Poverty Alleviation Day 2018.
    for (int vi : world.chamberVillages)
        run.pairer.add("chamber_village", org(world.chamber), place(world.villages.at(vi).id), QDate(2018, 10, 17));
    pairSchools(run);
    pairHospitals(run);
    pairCadresWithHouseholds(run);
    return world.w.ok();
}

} // namespace tongxin::demo

// Social aid (donations in cash and in kind) and the yearly targets of the demo world.

#include "demo/demogen.h"

#include "stats/figures.h"
#include "stats/headline.h"

namespace tongxin::demo {

namespace {

struct Goods
{
    const char *desc;
    double valueYuan;
    const char *purpose;
    int from; // first year the gift makes sense
};

const QVector<Goods> &goodsList()
{
    static const QVector<Goods> goods = {
        { "冬衣棉被500套", 150000, "冬季慰问困难群众", 2017 },
        { "图书3000册", 90000, "助学", 2017 },
        { "课桌椅200套", 120000, "助学", 2017 },
        { "电脑40台", 160000, "助学", 2018 },
        { "彩色多普勒超声诊断仪1台", 680000, "助医", 2018 },
        { "口罩5万只、消毒液2吨", 95000, "疫情防控", 2020 },
        { "农用三轮车20辆", 140000, "产业发展", 2019 },
        { "太阳能路灯60盏", 84000, "改善村容村貌", 2019 },
    };
    return goods;
}

struct Donor
{
    const char *type = "other";
    QVariant org;
    QVariant person;
    QString name;
};

/// The donor of a donation of `type`: 0 an enterprise, 1 a social organisation, 2 the union or
/// the organisation department, 3 a leader, else "people of Hexi".
Donor drawDonor(const World &world, Rng &rng, int type)
{
    Donor d;
    switch (type) {
    case 0: {
        const int e = rng.range(0, int(world.eastPrivate.size()) - 1);
        d.type = "enterprise";
        d.org = world.eastPrivate.at(e);
        d.name = world.eastPrivateNames.at(e);
        break;
    }
    case 1: {
        const int s = rng.range(0, int(world.eastSocial.size()) - 1);
        d.type = "social";
        d.org = world.eastSocial.at(s);
        d.name = world.eastSocialNames.at(s);
        break;
    }
    case 2: {
        d.type = "government";
        const QString unit = rng.chance(0.5) ? QStringLiteral("总工会") : QStringLiteral("委组织部");
        d.org = world.eastBureaus.value(unit);
        d.name = QStringLiteral("河西区") + unit;
        break;
    }
    case 3: {
        const Person &p = rng.pick(world.leaderCadres);
        d.type = "individual";
        d.person = p.id;
        d.name = p.name;
        break;
    }
    default:
        d.name = QStringLiteral("河西区各界爱心人士");
    }
    return d;
}

struct Recipient
{
    QVariant place;
    QVariant org;
    QVariant household;
};

/// Recipients: a poor village, a school or hospital, or (for individuals) a paired household.
Recipient drawRecipient(const World &world, Rng &rng, int ci, int type)
{
    const County &c = world.counties.at(ci);
    Recipient to;
    if (type == 3) {
        QVector<int> own;
        for (int h : world.cadreHouseholds) {
            if (world.households.at(h).county == ci)
                own << h;
        }
        if (!own.isEmpty())
            to.household = world.households.at(rng.pick(own)).id;
    } else {
        const int r = rng.weighted({ 0.45, 0.3, 0.15, 0.1 });
        if (r == 0)
            to.place = world.villages.at(rng.pick(c.poorVillages)).id;
        else if (r == 1)
            to.org = rng.pick(c.schools);
        else if (r == 2)
            to.org = rng.pick(c.hospitals);
        else
            to.org = c.charity;
    }
    return to;
}

struct Gift
{
    qint64 cash = 0;
    qint64 value = 0;
    QVariant desc;
    QString purpose;
};

/// Cash or goods fitting the year (epidemic supplies in spring 2020, which moves `date`).
Gift drawGift(Rng &rng, int year, int type, QDate &date)
{
    const QStringList cashPurposes
        = QStringLiteral("助学 助医 产业发展 改善村容村貌 慰问困难群众").split(QLatin1Char(' '));
    Gift gift;
    const bool inKind = type != 3 && rng.chance(0.35);
    if (inKind) {
        QVector<int> fitting;
        for (int g = 0; g < goodsList().size(); ++g) {
            if (goodsList().at(g).from <= year)
                fitting << g;
        }
        const Goods &g = goodsList().at(rng.pick(fitting));
        if (g.from == 2020)
            date = dayBetween(rng, QDate(2020, 2, 5), QDate(2020, 3, 31));
        gift.desc = QString::fromUtf8(g.desc);
        gift.value = qint64(g.valueYuan * rng.between(0.85, 1.15) / 100) * 100 * 100;
        gift.purpose = QString::fromUtf8(g.purpose);
    } else {
        gift.cash = type == 3 ? qint64(rng.range(5, 50)) * 100 * 100 : qint64(rng.skew(1, 80)) * 10000 * 100;
        gift.purpose = type == 3 ? QStringLiteral("慰问结对贫困户") : rng.pick(cashPurposes);
    }
    return gift;
}

} // namespace

bool fillSocial(World &world)
{
    Rng rng(0xD0A7E);
    const QVector<int> perYear = { 14, 22, 28, 26 };
    for (int y = 0; y < 4; ++y) {
        const int year = 2017 + y;
        for (int k = 0; k < perYear.at(y); ++k) {
            const int ci = rng.weighted({ 0.42, 0.36, 0.22 });
            QDate date = dayBetween(rng, QDate(year, 1, 10), QDate(year, 12, 20));
            const int type = rng.weighted({ 0.45, 0.2, 0.15, 0.15, 0.05 });
            const Donor donor = drawDonor(world, rng, type);
            const Recipient to = drawRecipient(world, rng, ci, type);
            const Gift gift = drawGift(rng, year, type, date);
            world.w.insert("donations",
                { { "donation_date", iso(date) }, { "donor_type", donor.type }, { "donor_org_id", donor.org },
                    { "donor_person_id", donor.person }, { "donor_name", donor.name },
                    { "county_id", world.counties.at(ci).id }, { "recipient_place_id", to.place },
                    { "recipient_org_id", to.org }, { "recipient_household_id", to.household },
                    { "cash_fen", gift.cash }, { "goods_desc", gift.desc }, { "goods_value_fen", gift.value },
                    { "purpose", gift.purpose } });
        }
    }
    return world.w.ok();
}

bool fillTargets(World &world)
{
    Writer &w = world.w;
    Rng rng(0x7A26E7);
    // Yearly targets agreed with each unit: close to what was then achieved (most met, a few
    // missed), rounded the way agreements round them.
    const QVector<Figure> indicators = { Figure::FiscalAidPaid, Figure::AidProjects, Figure::DelegationTrips,
        Figure::ProfessionalsDispatched, Figure::TrainingPersonTimes, Figure::WesternVisitorsReceived,
        Figure::EnterpriseInvestment, Figure::ConsumptionSales };
    for (const County &c : world.counties) {
        for (int year = 2017; year <= 2020; ++year) {
            HeadlineFigures actual;
            QString why;
            if (!Headline::compute(w.db(), Filter::year(year, c.id), &actual, &why)) {
                w.fail(why);
                return false;
            }
            for (Figure f : indicators) {
                const qint64 value = actual.value(f);
                if (value <= 0)
                    continue;
                const double factor = rng.chance(0.8) ? rng.between(0.88, 1.0) : rng.between(1.01, 1.08);
                const FigureInfo &info = Figures::info(f);
                qint64 target = 0;
                if (info.kind == FigureInfo::Kind::Money)
                    target = qMax<qint64>(1, qint64(double(value) * factor / 1000000.0 + 0.5)) * 1000000; // 万元
                else
                    target = qMax<qint64>(1, qint64(double(value) * factor + 0.5));
                w.insert("targets",
                    { { "county_id", c.id }, { "year", year }, { "indicator", QLatin1String(info.key) },
                        { "value", target } });
            }
        }
    }
    return w.ok();
}

} // namespace tongxin::demo

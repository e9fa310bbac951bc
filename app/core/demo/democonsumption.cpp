// Consumption aid (消费扶贫) of the demo world: outlets, the e-commerce festival's livestream
// sessions and talents, and a sales ledger of some twenty thousand rows whose total is 2亿余元.
//
// Shape first, total second: every ledger row gets a weight from its channel, outlet, season
// (Spring Festival, Poverty Alleviation Day on 17 October, harvest), year and product; each
// channel's total is then split over its rows exactly (largest remainder), so the ledger adds
// up to the article's figure to the fen and keeps its seasonality.

#include "demo/demogen.h"

#include <algorithm>

namespace tongxin::demo {

namespace {

constexpr qint64 SalesTotalFen = 20476351840; // 2.05亿元: "消费扶贫2亿余元"
constexpr qint64 FestivalSalesFen = 1037000000; // 1037万元 in 33 days
constexpr qint64 FestivalOrders = 203418; // 超20万
constexpr qint64 FestivalViewers = 16352906; // 超1600万
constexpr qint64 FestivalClicks = 92764115; // 超9000万次

struct Product
{
    const char *name;
    const char *category;
    const char *unit;
    double price; // yuan per unit
    int season; // 0 all year, 1 apples (Oct–Mar), 2 summer vegetables (Jun–Sep), 3 autumn harvest
    double share;
};

const QVector<QVector<Product>> &products()
{
    static const QVector<QVector<Product>> list = {
        { { "庄浪苹果", "水果", "箱", 68, 1, 0.34 }, { "精品马铃薯（10斤装）", "蔬菜", "箱", 39, 3, 0.12 },
            { "马铃薯淀粉", "粮油", "袋", 25, 0, 0.1 }, { "手工粉条", "加工食品", "袋", 20, 0, 0.12 },
            { "党参黄芪礼盒", "中药材", "盒", 58, 0, 0.1 }, { "小杂粮礼盒", "粮油", "盒", 45, 0, 0.14 },
            { "土蜂蜜", "加工食品", "瓶", 48, 0, 0.08 } },
        { { "平凉红牛牛肉", "肉类", "千克", 88, 0, 0.34 }, { "高原夏菜", "蔬菜", "箱", 35, 2, 0.18 },
            { "崆峒苹果", "水果", "箱", 65, 1, 0.2 }, { "小米", "粮油", "袋", 30, 0, 0.1 },
            { "胡麻油", "粮油", "桶", 95, 0, 0.12 }, { "金银花茶", "中药材", "盒", 40, 0, 0.06 } },
        { { "马铃薯（10斤装）", "蔬菜", "箱", 36, 3, 0.25 }, { "土鸡蛋", "禽蛋", "盒", 45, 0, 0.25 },
            { "土蜂蜜", "加工食品", "瓶", 50, 0, 0.2 }, { "核桃", "干果", "袋", 38, 3, 0.2 },
            { "手工刺绣", "手工艺品", "件", 120, 0, 0.1 } },
    };
    return list;
}

const QVector<QDate> &springFestivals()
{
    static const QVector<QDate> list
        = { QDate(2017, 1, 28), QDate(2018, 2, 16), QDate(2019, 2, 5), QDate(2020, 1, 25), QDate(2021, 2, 12) };
    return list;
}

// The season of consumer buying: New Year goods before Spring Festival, Poverty Alleviation Day,
// the autumn harvest; quiet in summer and in the 2020 lockdown.
double season(const QDate &d)
{
    double f = 1.0;
    for (const QDate &sf : springFestivals()) {
        const qint64 before = d.daysTo(sf);
        if (before > 0 && before <= 25)
            f *= 1.9;
        else if (before <= 0 && before > -7)
            f *= 0.4;
    }
    if (d.month() == 10 && d.day() >= 10 && d.day() <= 20)
        f *= 1.7;
    if (d.month() >= 9 && d.month() <= 11)
        f *= 1.25;
    if (d.month() >= 6 && d.month() <= 8)
        f *= 0.75;
    if (d.year() == 2020 && (d.month() == 2 || d.month() == 3))
        f *= 0.3;
    return f;
}

double productSeason(const Product &p, const QDate &d)
{
    const int m = d.month();
    switch (p.season) {
    case 1:
        return (m >= 10 || m <= 3) ? 2.0 : 0.35;
    case 2:
        return (m >= 6 && m <= 9) ? 3.0 : 0.25;
    case 3:
        return (m >= 9 && m <= 12) ? 1.6 : 0.8;
    default:
        return 1.0;
    }
}

int pickProduct(Rng &rng, int county, const QDate &d)
{
    QVector<double> w;
    for (const Product &p : products().at(county))
        w << p.share * productSeason(p, d);
    return rng.weighted(w);
}

double yearGrowth(int year)
{
    switch (year) {
    case 2017:
        return 0.75;
    case 2018:
        return 1.0;
    case 2019:
        return 1.25;
    default:
        return 1.5;
    }
}

struct Outlet
{
    const char *name;
    const char *kind;
    int street;
    QDate opened;
    QDate closed;
    const char *op;
    double daily; // typical takings per open day (yuan), before season and growth
};

struct SaleRow
{
    QDate date;
    int channel = 0;
    qint64 outlet = 0;
    int county = 0;
    int product = 0;
    double weight = 1;
    int buyer = 0; // index into buyer types
    bool donation = false;
    QString ref;
    qint64 fen = 0;
};

const char *const Channels[] = { "outlet", "supermarket", "ecommerce", "livestream", "institutional" };
const char *const Buyers[] = { "individual", "government", "state_enterprise", "private_enterprise" };

int countyPick(Rng &rng)
{
    return rng.weighted({ 0.45, 0.35, 0.20 });
}

const QDate LastDay(2020, 12, 31);

/// What the consumption stage's steps share: the random source, the outlets' ids and the ledger
/// rows drawn so far, per channel.
struct ConsumptionRun
{
    explicit ConsumptionRun(World &w)
        : world(w)
    { }
    World &world;
    Rng rng { 0xC0A5 };
    QVector<qint64> outletIds; // as outletList()
    QVector<QVector<SaleRow>> byChannel = QVector<QVector<SaleRow>>(5);
};

/// 10 showrooms, counters and shops (the article's 10家), plus supermarket points, online stores
/// and the festival's studio (last), which are not counted as outlets.
const QVector<Outlet> &outletList()
{
    static const QVector<Outlet> outlets = {
        { "河西区消费扶贫馆", "showroom", 6, QDate(2018, 10, 17), QDate(), "河西区合作交流办公室", 9000 },
        { "东西部扶贫协作产品展销中心", "showroom", 12, QDate(2019, 1, 10), QDate(), "天津陇津食品科技有限公司", 7000 },
        { "河西区机关食堂爱心专柜", "counter", 6, QDate(2018, 5, 8), QDate(), "河西区机关事务管理中心", 1800 },
        { "大营门街道爱心专柜", "counter", 0, QDate(2017, 9, 20), QDate(), "大营门街道办事处", 1200 },
        { "陈塘庄街道爱心专柜", "counter", 9, QDate(2018, 9, 1), QDate(), "陈塘庄街道办事处", 1000 },
        { "天塔街道便民服务中心爱心专柜", "counter", 7, QDate(2019, 3, 15), QDate(2019, 12, 31), "天塔街道办事处",
            900 },
        { "马场街道爱心专柜", "counter", 4, QDate(2019, 6, 1), QDate(), "马场街道办事处", 1100 },
        { "挂甲寺街道爱心专柜", "counter", 3, QDate(2020, 6, 18), QDate(), "挂甲寺街道办事处", 1000 },
        { "甘肃平凉特色农产品专店", "shop", 8, QDate(2017, 6, 16), QDate(), "天津惠农电子商务有限公司", 3200 },
        { "陇原好物专店", "shop", 10, QDate(2019, 5, 20), QDate(), "天津惠农电子商务有限公司", 2600 },
        { "河西区惠民超市扶贫专区", "supermarket", 1, QDate(2017, 11, 1), QDate(), "惠民超市", 9000 },
        { "友谊路便民超市扶贫专区", "supermarket", 6, QDate(2018, 4, 1), QDate(), "友谊路便民超市", 7000 },
        { "梅江生鲜超市扶贫专区", "supermarket", 12, QDate(2018, 9, 1), QDate(), "梅江生鲜超市", 8000 },
        { "东海社区超市扶贫专区", "supermarket", 11, QDate(2019, 7, 1), QDate(), "东海社区超市", 5000 },
        { "津陇优品网店", "online", 5, QDate(2018, 3, 1), QDate(), "天津惠农电子商务有限公司", 3000 },
        { "河西消费扶贫线上馆（小程序）", "online", 6, QDate(2019, 10, 17), QDate(), "河西区商务局", 2500 },
        { "“津诚所至”直播间", "livestream", 6, QDate(2020, 9, 15), QDate(), "河西区商务局", 0 },
    };
    return outlets;
}

void fillOutlets(ConsumptionRun &run)
{
    for (const Outlet &o : outletList()) {
        const Street &s = run.world.streets.at(o.street);
        run.outletIds << run.world.w.insert("outlets",
            { { "name", QString::fromUtf8(o.name) }, { "kind", o.kind }, { "place_id", s.id },
                { "address", QStringLiteral("天津市河西区%1").arg(s.name) }, { "opened_date", iso(o.opened) },
                { "closed_date", o.closed.isValid() ? QVariant(iso(o.closed)) : QVariant() },
                { "operator", QString::fromUtf8(o.op) },
                { "notes", o.closed.isValid() ? QVariant(QStringLiteral("便民服务中心改造，专柜撤销")) : QVariant() } });
    }
}

/// Livestream talents (142), trained before the festival; their names per county.
QVector<QStringList> fillLivestreamTalents(ConsumptionRun &run)
{
    World &world = run.world;
    const QStringList backgrounds = QStringLiteral("返乡创业青年 合作社负责人 村级电商服务站站长 驻村工作队队员 "
                                                   "大学生村官 农家女主播")
                                        .split(QLatin1Char(' '));
    QVector<QStringList> talentNames(world.counties.size());
    for (int ci = 0; ci < world.counties.size(); ++ci) {
        for (int k = 0; k < world.talentsPerCounty.at(ci); ++k) {
            const QString name = names::person(run.rng, run.rng.chance(0.55));
            talentNames[ci] << name;
            const QString background = run.rng.pick(backgrounds);
            world.w.insert("livestream_talents",
                { { "event_id", world.festival }, { "name", name }, { "county_id", world.counties.at(ci).id },
                    { "trained_date", iso(world.talentTrainingDates.at(ci)) }, { "notes", background } });
        }
    }
    return talentNames;
}

struct Session
{
    QDate date;
    int county;
    QString host;
    QString platform;
    int product;
    double weight;
};

/// The festival's sessions: 33 days, several a day, busier on opening, closing, weekends and
/// the National Day holiday; officials host the first three of the opening and closing days.
QVector<Session> planFestivalSessions(ConsumptionRun &run, const QVector<QStringList> &talentNames)
{
    World &world = run.world;
    Rng &rng = run.rng;
    QVector<Session> sessions;
    const QStringList platforms = { QStringLiteral("抖音"), QStringLiteral("快手"), QStringLiteral("淘宝直播"),
        QStringLiteral("京东直播"), QStringLiteral("微信视频号") };
    const QStringList officials = { QStringLiteral("庄浪县副县长（挂职）"), QStringLiteral("崆峒区副区长（挂职）"),
        QStringLiteral("示例县副县长（挂职）") };
    for (QDate d = world.festivalFrom; d <= world.festivalTo; d = d.addDays(1)) {
        const bool opening = d == world.festivalFrom;
        const bool closing = d == world.festivalTo;
        const int n = (opening || closing) ? 10 : rng.range(4, 8);
        double dayFactor = opening ? 3.0 : (closing ? 3.5 : 1.0);
        if (d.dayOfWeek() >= 6)
            dayFactor *= 1.3;
        if (d.month() == 10 && d.day() <= 7)
            dayFactor *= 1.4; // National Day holiday
        for (int k = 0; k < n; ++k) {
            Session s;
            s.date = d;
            s.county = (opening || closing) ? k % 3 : countyPick(rng);
            const bool official = (opening || closing) && k < 3;
            s.host = official ? officials.at(s.county)
                              : (rng.chance(0.8) ? rng.pick(talentNames.at(s.county)) : QStringLiteral("天津网络主播"));
            s.platform = platforms.at(rng.weighted({ 0.35, 0.25, 0.2, 0.1, 0.1 }));
            s.product = pickProduct(rng, s.county, d);
            s.weight = dayFactor * rng.skew(0.4, 2.5) * (official ? 2.5 : 1.0);
            sessions << s;
        }
    }
    return sessions;
}

/// Inserts the festival's sessions with exact totals of sales, orders, viewers and clicks; their
/// sales are ledger rows of the festival's studio.
QVector<SaleRow> fillFestivalSessions(ConsumptionRun &run, const QVector<Session> &sessions)
{
    QVector<double> sw, ow, vw, cw;
    for (const Session &s : sessions) {
        sw << s.weight;
        ow << s.weight * run.rng.between(0.7, 1.3);
        vw << s.weight * run.rng.between(0.6, 1.4);
        cw << vw.last() * run.rng.between(4.5, 6.5);
    }
    const QVector<qint64> sales = splitExact(FestivalSalesFen, sw, 500000);
    const QVector<qint64> orders = splitExact(FestivalOrders, ow, 60);
    const QVector<qint64> viewers = splitExact(FestivalViewers, vw, 5000);
    const QVector<qint64> clicks = splitExact(FestivalClicks, cw, 20000);
    QVector<SaleRow> ledger;
    for (int i = 0; i < sessions.size(); ++i) {
        const Session &s = sessions.at(i);
        const qint64 id = run.world.w.insert("livestream_sessions",
            { { "event_id", run.world.festival }, { "session_date", iso(s.date) },
                { "county_id", run.world.counties.at(s.county).id }, { "host", s.host }, { "platform", s.platform },
                { "sales_fen", sales.at(i) }, { "orders", orders.at(i) }, { "viewers", viewers.at(i) },
                { "clicks", clicks.at(i) } });
        SaleRow r;
        r.date = s.date;
        r.channel = 3;
        r.outlet = run.outletIds.last();
        r.county = s.county;
        r.product = s.product;
        r.ref = QStringLiteral("电商节直播场次#%1").arg(id);
        r.fen = sales.at(i);
        ledger << r;
    }
    return ledger;
}

/// A ledger row of an outlet's channel on `d` for a product of unit `county` (drawn), with its
/// settlement reference.
SaleRow outletRow(ConsumptionRun &run, int oi, int channel, const QDate &d, const char *refPrefix, int county)
{
    SaleRow r;
    r.date = d;
    r.channel = channel;
    r.outlet = run.outletIds.at(oi);
    r.county = county;
    r.product = pickProduct(run.rng, county, d);
    r.ref = QStringLiteral("%1%2-%3")
                .arg(QString::fromUtf8(refPrefix))
                .arg(run.outletIds.at(oi))
                .arg(d.toString(QStringLiteral("yyyyMMdd")));
    return r;
}

/// Showrooms, counters and shops: daily takings, one to four rows a day.
void fillShopDays(ConsumptionRun &run, int oi, const QDate &end)
{
    const Outlet &o = outletList().at(oi);
    Rng &rng = run.rng;
    const bool counter = qstrcmp(o.kind, "counter") == 0;
    for (QDate d = o.opened; d <= end; d = d.addDays(1)) {
        if (rng.chance(counter ? 0.18 : 0.08))
            continue; // closed that day, or nothing sold
        const int rows = rng.range(1, 4);
        for (int k = 0; k < rows; ++k) {
            SaleRow r = outletRow(run, oi, 0, d, "门店日结", countyPick(rng));
            r.weight = o.daily * season(d) * yearGrowth(d.year()) * rng.between(0.5, 1.5) / rows;
            if (rng.chance(0.05)) { // a union's group purchase at the counter
                r.buyer = 1;
                r.weight *= 6;
            }
            run.byChannel[0] << r;
        }
    }
}

/// Supermarket points: weekly settlement on Mondays, one row per county.
void fillSupermarketWeeks(ConsumptionRun &run, int oi, const QDate &end)
{
    const Outlet &o = outletList().at(oi);
    Rng &rng = run.rng;
    for (QDate d = o.opened.addDays((8 - o.opened.dayOfWeek()) % 7); d <= end; d = d.addDays(7)) {
        for (int ci = 0; ci < 3; ++ci) {
            if (rng.chance(0.1))
                continue;
            SaleRow r = outletRow(run, oi, 1, d, "超市结算单", ci);
            r.weight = o.daily * 7 * season(d) * yearGrowth(d.year()) * run.world.counties.at(ci).weight
                * rng.between(0.6, 1.4);
            run.byChannel[1] << r;
        }
    }
}

/// Online stores: daily orders per county, busier on 11.11 and 12.12.
void fillOnlineDays(ConsumptionRun &run, int oi, const QDate &end)
{
    const Outlet &o = outletList().at(oi);
    Rng &rng = run.rng;
    for (QDate d = o.opened; d <= end; d = d.addDays(1)) {
        for (int ci = 0; ci < 3; ++ci) {
            if (rng.chance(0.2))
                continue;
            SaleRow r = outletRow(run, oi, 2, d, "网店订单汇总", ci);
            const double promo = (d.month() == 11 && d.day() == 11) || (d.month() == 12 && d.day() == 12) ? 4.0 : 1.0;
            r.weight = o.daily * season(d) * yearGrowth(d.year()) * yearGrowth(d.year())
                * run.world.counties.at(ci).weight * promo * rng.between(0.5, 1.5);
            run.byChannel[2] << r;
        }
    }
}

void fillOutletSales(ConsumptionRun &run)
{
    for (int oi = 0; oi < outletList().size(); ++oi) {
        const Outlet &o = outletList().at(oi);
        const QString kind = QLatin1String(o.kind);
        const QDate end = o.closed.isValid() ? o.closed : LastDay;
        if (kind == QLatin1String("showroom") || kind == QLatin1String("counter") || kind == QLatin1String("shop"))
            fillShopDays(run, oi, end);
        else if (kind == QLatin1String("supermarket"))
            fillSupermarketWeeks(run, oi, end);
        else if (kind == QLatin1String("online"))
            fillOnlineDays(run, oi, end);
    }
}

/// Livestreams outside the festival: county heads and talents selling since late 2019.
void fillLivestreamSales(ConsumptionRun &run)
{
    World &world = run.world;
    Rng &rng = run.rng;
    for (QDate d(2019, 11, 4); d <= LastDay; d = d.addDays(7)) {
        if (d >= world.festivalFrom.addDays(-7) && d <= world.festivalTo)
            continue;
        for (int ci = 0; ci < 3; ++ci) {
            if (rng.chance(0.35))
                continue;
            SaleRow r;
            r.date = d.addDays(rng.range(0, 4));
            if (r.date >= world.festivalFrom && r.date <= world.festivalTo)
                continue;
            r.channel = 3;
            r.county = ci;
            r.product = pickProduct(rng, ci, r.date);
            r.weight
                = season(r.date) * world.counties.at(ci).weight * rng.skew(0.3, 2.0) * (d.year() == 2020 ? 1.6 : 1.0);
            r.ref = QStringLiteral("直播带货%1").arg(r.date.toString(QStringLiteral("yyyyMMdd")));
            run.byChannel[3] << r;
        }
    }
}

/// Institutional purchases: canteens, unions' holiday goods, state and private enterprises
/// (以购代捐: buying instead of donating), more before Spring Festival and in autumn.
void fillInstitutionalPurchases(ConsumptionRun &run)
{
    Rng &rng = run.rng;
    const QVector<int> perMonth = { 8, 14, 20, 26 };
    int contract = 0;
    for (int y = 0; y < 4; ++y) {
        const int year = 2017 + y;
        for (int m = 1; m <= 12; ++m) {
            double n = perMonth.at(y);
            const QDate sf = springFestivals().at(y + (m >= 11 ? 1 : 0));
            if (QDate(year, m, 15).daysTo(sf) > -10 && QDate(year, m, 15).daysTo(sf) < 40)
                n *= 2.2;
            if (m == 9 || m == 10)
                n *= 1.8;
            if (year == 2020 && (m == 2 || m == 3))
                n *= 0.5;
            const int count = int(n);
            for (int k = 0; k < count; ++k) {
                SaleRow r;
                r.date = dayBetween(rng, QDate(year, m, 1), QDate(year, m, QDate(year, m, 1).daysInMonth()));
                r.channel = 4;
                r.county = countyPick(rng);
                r.product = pickProduct(rng, r.county, r.date);
                r.buyer = 1 + rng.weighted({ 0.45, 0.3, 0.25 });
                r.donation = r.buyer == 3 ? rng.chance(0.8) : false;
                r.weight = rng.skew(2, 60) * (m == 10 ? 1.4 : 1.0);
                r.ref = QStringLiteral("采购合同HX-%1-%2").arg(year).arg(++contract, 4, 10, QLatin1Char('0'));
                run.byChannel[4] << r;
            }
        }
    }
}

/// Splits the total beyond the festival over the channels, and each channel's total over its
/// rows (the festival's livestream rows are already exact); appends them to `ledger`.
void amountChannels(const QVector<QVector<SaleRow>> &byChannel, QVector<SaleRow> &ledger)
{
    const qint64 rest = SalesTotalFen - FestivalSalesFen;
    const QVector<qint64> channelTotals = splitExact(rest, { 0.27, 0.15, 0.14, 0.03, 0.41 });
    for (int c = 0; c < 5; ++c) {
        QVector<double> weights;
        for (const SaleRow &r : byChannel.at(c))
            weights << r.weight;
        const QVector<qint64> amounts = splitExact(channelTotals.at(c), weights, 1000);
        for (int i = 0; i < byChannel.at(c).size(); ++i) {
            SaleRow r = byChannel.at(c).at(i);
            r.fen = amounts.at(i);
            ledger << r;
        }
    }
}

/// Inserts the ledger by date (then channel), with a quantity from the product's price.
void insertLedger(World &world, QVector<SaleRow> &ledger)
{
    std::stable_sort(ledger.begin(), ledger.end(),
        [](const SaleRow &a, const SaleRow &b) { return a.date != b.date ? a.date < b.date : a.channel < b.channel; });
    for (const SaleRow &r : ledger) {
        const Product &p = products().at(r.county).at(r.product);
        const double units = double(r.fen) / 100.0 / p.price;
        const bool weighed = qstrcmp(p.unit, "斤") == 0 || qstrcmp(p.unit, "千克") == 0;
        const double quantity
            = weighed ? double(qint64(units * 10 + 0.5)) / 10.0 : double(qMax<qint64>(1, qint64(units + 0.5)));
        world.w.insert("sales",
            { { "sale_date", iso(r.date) }, { "channel", Channels[r.channel] },
                { "outlet_id", r.outlet ? QVariant(r.outlet) : QVariant() },
                { "county_id", world.counties.at(r.county).id }, { "category", QString::fromUtf8(p.category) },
                { "product", QString::fromUtf8(p.name) }, { "quantity", quantity },
                { "unit", QString::fromUtf8(p.unit) }, { "amount_fen", r.fen }, { "buyer_type", Buyers[r.buyer] },
                { "purchase_for_donation", r.donation ? 1 : 0 }, { "source_ref", r.ref } });
    }
}

} // namespace

bool fillConsumption(World &world)
{
    ConsumptionRun run(world);
    fillOutlets(run);
    const QVector<QStringList> talentNames = fillLivestreamTalents(run);
    QVector<SaleRow> ledger = fillFestivalSessions(run, planFestivalSessions(run, talentNames));
    fillOutletSales(run);
    fillLivestreamSales(run);
    fillInstitutionalPurchases(run);
    amountChannels(run.byChannel, ledger);
    insertLedger(world, ledger);
    return world.w.ok();
}

} // namespace tongxin::demo

// The data of the sales benchmark (bench_sales.cpp): a deterministic, realistic sales CSV in the
// import template's 12 columns, and the Tongxin database it is imported into.

#include "bench_sales_data.h"

#include "db/database.h"

#include <QDate>
#include <QFile>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace tongxin::benchsales {

namespace {

// splitmix64: small, fast, the same on every machine.
struct Rng
{
    quint64 s;
    quint64 next()
    {
        quint64 z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }
    int below(int n) { return int(next() % quint64(n)); }
    int weighted(const QVector<double> &w)
    {
        double total = 0;
        for (double x : w)
            total += x;
        double r = unit() * total;
        for (int i = 0; i < w.size(); ++i) {
            if ((r -= w.at(i)) < 0)
                return i;
        }
        return w.size() - 1;
    }
};

struct Product
{
    const char *name;
    const char *category;
    const char *unit;
    double price;
};

struct County
{
    const char *name;
    const char *nameEn;
    double share;
    QVector<Product> products;
};

const QVector<County> &counties()
{
    static const QVector<County> list = {
        { "庄浪县", "Zhuanglang County", 0.45,
            { { "庄浪苹果", "水果", "箱", 68 }, { "精品马铃薯（10斤装）", "蔬菜", "箱", 39 },
                { "马铃薯淀粉", "粮油", "袋", 25 }, { "手工粉条", "加工食品", "袋", 20 },
                { "党参黄芪礼盒", "中药材", "盒", 58 }, { "小杂粮礼盒", "粮油", "盒", 45 },
                { "土蜂蜜", "加工食品", "瓶", 48 } } },
        { "崆峒区", "Kongtong District", 0.4,
            { { "平凉红牛牛肉", "肉类", "千克", 88 }, { "高原夏菜", "蔬菜", "箱", 35 },
                { "崆峒苹果", "水果", "箱", 65 }, { "小米", "粮油", "袋", 30 }, { "胡麻油", "粮油", "桶", 95 },
                { "金银花茶", "中药材", "盒", 40 } } },
        { "示例县", "Sample County", 0.15,
            { { "马铃薯（10斤装）", "蔬菜", "箱", 36 }, { "土鸡蛋", "禽蛋", "盒", 45 },
                { "土蜂蜜", "加工食品", "瓶", 50 }, { "核桃", "干果", "袋", 38 }, { "手工刺绣", "手工艺品", "件", 120 },
                { "坚果礼盒（核桃,杏仁）", "干果", "盒", 88 } } },
    };
    return list;
}

struct OutletDef
{
    const char *name;
    const char *kind;
    int channel; // index into channelNames()
};

const QVector<OutletDef> &outlets()
{
    static const QVector<OutletDef> list = {
        { "河西区消费扶贫馆", "showroom", 0 },
        { "东西部扶贫协作产品展销中心", "showroom", 0 },
        { "河西区机关食堂爱心专柜", "counter", 0 },
        { "大营门街道爱心专柜", "counter", 0 },
        { "陈塘庄街道爱心专柜", "counter", 0 },
        { "甘肃特产专店（友谊路）", "shop", 0 },
        { "物美超市扶贫专区", "supermarket", 1 },
        { "华润万家扶贫专区", "supermarket", 1 },
        { "津甘优品网店", "online", 2 },
        { "河西消费帮扶直播间", "livestream", 3 },
    };
    return list;
}

const QStringList &channelNames()
{
    static const QStringList list = { QStringLiteral("帮扶馆、专柜和专店"), QStringLiteral("商超"),
        QStringLiteral("电商"), QStringLiteral("直播"), QStringLiteral("单位采购") };
    return list;
}

double season(const QDate &d)
{
    double f = 1.0;
    if (d.month() == 1 || (d.month() == 2 && d.day() < 10))
        f *= 1.8; // New Year goods
    if (d.month() == 10 && d.day() >= 10 && d.day() <= 20)
        f *= 1.7; // Poverty Alleviation Day, 17 October
    if (d.month() >= 9 && d.month() <= 11)
        f *= 1.25;
    if (d.month() >= 6 && d.month() <= 8)
        f *= 0.75;
    return f * (1.0 + 0.2 * (d.year() - 2017));
}

void appendField(QByteArray &line, const QByteArray &field)
{
    if (field.contains(',') || field.contains('"')) {
        QByteArray q = field;
        q.replace("\"", "\"\"");
        line += '"' + q + '"';
    } else {
        line += field;
    }
}

} // namespace

bool generate(const QString &path, qint64 rows, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    const QDate first(2017, 1, 1);
    const QDate last(2020, 12, 31);
    const int days = int(first.daysTo(last)) + 1;
    // Rows per day by season, split exactly (largest remainder), in date order.
    QVector<double> weight(days);
    double total = 0;
    for (int i = 0; i < days; ++i)
        total += (weight[i] = season(first.addDays(i)));
    QVector<qint64> perDay(days);
    QVector<QPair<double, int>> remainders;
    qint64 given = 0;
    for (int i = 0; i < days; ++i) {
        const double exact = rows * weight[i] / total;
        perDay[i] = qint64(std::floor(exact));
        given += perDay[i];
        remainders.push_back({ exact - perDay[i], i });
    }
    std::sort(remainders.begin(), remainders.end(), [](auto a, auto b) { return a.first > b.first; });
    for (qint64 k = 0; k < rows - given; ++k)
        ++perDay[remainders.at(int(k)).second];

    Rng rng { 20201022 };
    QVector<double> countyShare;
    for (const County &c : counties())
        countyShare << c.share;
    const QVector<double> channelShare = { 0.35, 0.2, 0.2, 0.1, 0.15 };
    QVector<QVector<int>> outletsOf(channelNames().size());
    for (int i = 0; i < outlets().size(); ++i)
        outletsOf[outlets().at(i).channel] << i;
    const QByteArray yes = QByteArrayLiteral("是");
    const QByteArray no = QByteArrayLiteral("否");
    const QList<QByteArray> buyers = { "个人", "机关单位", "国有企业", "民营企业" };

    QByteArray buffer
        = QStringLiteral("日期,渠道,销售网点,来源县区,品类,产品,数量,单位,金额（元）,购买方类型,以购代捐,来源单号\r\n")
              .toUtf8();
    buffer.reserve(8 << 20);
    qint64 serial = 0;
    for (int day = 0; day < days; ++day) {
        const QDate d = first.addDays(day);
        const QByteArray date = d.toString(Qt::ISODate).toLatin1();
        const QByteArray compact = d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        for (qint64 n = 0; n < perDay[day]; ++n) {
            const int channel = rng.weighted(channelShare);
            const int ci = rng.weighted(countyShare);
            const County &county = counties().at(ci);
            const Product &p = county.products.at(rng.below(county.products.size()));
            const bool institutional = channel == 4;
            const int qty = institutional ? 10 + rng.below(190) : 1 + rng.below(12);
            const qint64 fen = qint64(std::llround(p.price * qty * (0.9 + 0.2 * rng.unit()) * 100));
            QByteArray line;
            line.reserve(200);
            line += date;
            line += ',';
            line += channelNames().at(channel).toUtf8();
            line += ',';
            if (!outletsOf.at(channel).isEmpty()) {
                const QVector<int> &choices = outletsOf.at(channel);
                line += outlets().at(choices.at(rng.below(choices.size()))).name;
            }
            line += ',';
            line += county.name;
            line += ',';
            line += p.category;
            line += ',';
            appendField(line, p.name);
            line += ',';
            line += QByteArray::number(qty);
            line += ',';
            line += p.unit;
            line += ',';
            line += QByteArray::number(fen / 100) + '.' + QByteArray::number(fen % 100).rightJustified(2, '0');
            line += ',';
            line += institutional ? buyers.at(1 + rng.below(3)) : buyers.at(rng.unit() < 0.9 ? 0 : 3);
            line += ',';
            line += institutional && rng.unit() < 0.6 ? yes : no;
            line += ',';
            line
                += (institutional ? "CG" : "POS") + compact + '-' + QByteArray::number(++serial).rightJustified(7, '0');
            line += "\r\n";
            buffer += line;
        }
        if (buffer.size() > (6 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return f.error() == QFile::NoError;
}

bool setUpDatabase(const QString &path, QString *error)
{
    Database db;
    OpenError open;
    if (!db.create(path, true, &open)) {
        *error = open.message;
        return false;
    }
    QSqlQuery q(db.db());
    db.db().transaction();
    for (const County &c : counties()) {
        q.prepare(QStringLiteral("INSERT INTO places(side, level, name, name_en, is_poor, illustrative) "
                                 "VALUES('west', 'county', ?, ?, 1, ?)"));
        q.addBindValue(QString::fromUtf8(c.name));
        q.addBindValue(QString::fromUtf8(c.nameEn));
        q.addBindValue(QString::fromUtf8(c.name) == QStringLiteral("示例县") ? 1 : 0);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    for (const OutletDef &o : outlets()) {
        q.prepare(QStringLiteral("INSERT INTO outlets(name, kind, opened_date) VALUES(?, ?, '2016-12-01')"));
        q.addBindValue(QString::fromUtf8(o.name));
        q.addBindValue(QString::fromLatin1(o.kind));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return db.db().commit();
}

} // namespace tongxin::benchsales

// bench_sales: the sales-ledger benchmark of issue #5 (run it through scripts/bench_sales.sh).
//
// 1. Generates a deterministic, realistic sales CSV (the import template's 12 columns, Chinese
//    headers, four years in date order, one quoted cell now and then).
// 2. Imports it twice, each timed as a whole process with /usr/bin/time: `sqlite3 .import`
//    into a plain table, and `tongxin-cli import-sales` into a fresh Tongxin database.
// 3. Times the same filter-and-total in both: one western unit, one year, GROUP BY month and
//    channel, SUM(amount) — SalesQuery in process against the sqlite3 CLI (`.timer on`) — and
//    the same GROUP BY over the whole ledger; then the other SalesQuery calls a ledger page
//    and its charts make.
// Prints everything side by side with the floors of /work/shared/ENGINEERING.md.

#include "consumption/salesquery.h"
#include "db/database.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace tongxin;

namespace {

void say(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

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

struct Run
{
    bool ok = false;
    double seconds = 0;
    double cpu = 0; // user + system
    qint64 peakKb = 0;
    QString out;
    QString err;
};

// Runs a program under /usr/bin/time (when there) for its wall time and peak memory.
Run runTimed(const QString &program, const QStringList &arguments, const QString &timeFile)
{
    Run r;
    QProcess p;
    const bool haveTime = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    QElapsedTimer t;
    t.start();
    if (haveTime)
        p.start(QStringLiteral("/usr/bin/time"),
            QStringList { QStringLiteral("-f"), QStringLiteral("%U %S %e %M"), QStringLiteral("-o"), timeFile, program }
                + arguments);
    else
        p.start(program, arguments);
    p.waitForFinished(-1);
    r.seconds = t.nsecsElapsed() / 1e9;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    QFile f(timeFile);
    if (haveTime && f.open(QIODevice::ReadOnly)) {
        const QStringList parts
            = QString::fromLatin1(f.readAll()).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (parts.size() >= 4) {
            r.cpu = parts.at(parts.size() - 4).toDouble() + parts.at(parts.size() - 3).toDouble();
            r.seconds = parts.at(parts.size() - 2).toDouble();
            r.peakKb = parts.last().toLongLong();
        }
    }
    return r;
}

// The best of `n` in-process runs, in seconds (the first run is also reported: cold page cache of SQLite).
double best(int n, const std::function<void()> &f, double *firstRun = nullptr)
{
    double b = 1e9;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        const double s = t.nsecsElapsed() / 1e9;
        if (i == 0 && firstRun)
            *firstRun = s;
        b = std::min(b, s);
    }
    return b;
}

// The sqlite3 CLI's own timing of a query (".timer on"), best of `n`; also its output.
double sqliteQuery(const QString &sqlite, const QString &db, const QString &sql, int n, QString *output)
{
    double b = 1e9;
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    for (int i = 0; i < n; ++i) {
        QProcess p;
        p.start(sqlite, { db });
        p.write((QStringLiteral(".timer on\n") + sql + QStringLiteral(";\n")).toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(-1);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QRegularExpressionMatch m = timer.match(out);
        if (m.hasMatch())
            b = std::min(b, m.captured(1).toDouble());
        if (output) {
            QString rows = out;
            rows.remove(QRegularExpression(QStringLiteral("Run Time:[^\\n]*\\n?")));
            *output = rows;
        }
    }
    return b;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

QString secs(double s)
{
    return s >= 1 ? QStringLiteral("%1 s").arg(s, 0, 'f', 2) : QStringLiteral("%1 ms").arg(s * 1000, 0, 'f', 1);
}

QString ratio(double ours, double theirs)
{
    return theirs > 0 ? QStringLiteral("%1×").arg(ours / theirs, 0, 'f', 2) : QStringLiteral("–");
}

QString row(const QString &what, const QString &a, const QString &b, const QString &c, const QString &d)
{
    auto pad = [](const QString &s, int w) {
        int width = 0;
        for (const QChar ch : s)
            width += ch.unicode() >= 0x1100 ? 2 : 1;
        return s + QString(qMax(1, w - width), QLatin1Char(' '));
    };
    return pad(what, 46) + pad(a, 14) + pad(b, 14) + pad(c, 9) + d;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    qint64 rows = 1000000;
    QString dir;
    QString cli = QStringLiteral(TONGXIN_CLI);
    QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--cli"))
            cli = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--sqlite3"))
            sqlite = args.at(i + 1);
    }
    if (sqlite.isEmpty()) {
        say(QStringLiteral("bench_sales: the sqlite3 command-line shell is needed (apt install sqlite3)."));
        return 2;
    }
    QTemporaryDir temp;
    if (dir.isEmpty())
        dir = temp.path();
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/sales.csv");
    const QString plain = dir + QStringLiteral("/plain.db");
    const QString ours = dir + QStringLiteral("/tongxin.db");
    const QString floorDb = dir + QStringLiteral("/schema-floor.db");
    const QString timeFile = dir + QStringLiteral("/time.txt");
    for (const QString &f : { plain, ours, ours + QStringLiteral("-wal"), ours + QStringLiteral("-shm"), floorDb,
             floorDb + QStringLiteral("-wal"), floorDb + QStringLiteral("-shm") })
        QFile::remove(f);

    QString error;
    QElapsedTimer t;
    t.start();
    if (!generate(csv, rows, &error)) {
        say(QStringLiteral("bench_sales: cannot write %1: %2").arg(csv, error));
        return 1;
    }
    const double genSeconds = t.nsecsElapsed() / 1e9;
    if (!setUpDatabase(ours, &error) || !setUpDatabase(floorDb, &error)) {
        say(QStringLiteral("bench_sales: cannot create %1: %2").arg(ours, error));
        return 1;
    }
    say(QStringLiteral("Tongxin sales benchmark: %L1 rows × 12 columns, CSV %2 MB (generated in %3), %4")
            .arg(rows)
            .arg(QFileInfo(csv).size() / 1048576.0, 0, 'f', 1)
            .arg(secs(genSeconds), QDate::currentDate().toString(Qt::ISODate)));
    say(QStringLiteral("sqlite3: %1; tongxin-cli: %2; %3 cores, load average %4")
            .arg(sqlite, cli)
            .arg(QThread::idealThreadCount())
            .arg(loadAverage()));
    say(QString());

    // (a) Import.
    const Run sq = runTimed(sqlite, { plain, QStringLiteral(".import --csv %1 sales").arg(csv) }, timeFile);
    const Run tx = runTimed(cli,
        { QStringLiteral("import-sales"), ours, csv, QStringLiteral("--json"), QStringLiteral("--compact"),
            QStringLiteral("--lang"), QStringLiteral("en") },
        timeFile);
    const QJsonObject report = QJsonDocument::fromJson(tx.out.toUtf8()).object();
    // SQLite alone writing the same rows into the Tongxin schema (its CHECKs, foreign keys, three
    // indexes and the monthly summary, in WAL mode): what the schema itself costs, with no
    // parsing, validation or Qt in between.
    const QString floorSql = QStringLiteral(
        "PRAGMA foreign_keys = ON; ATTACH '%1' AS p; BEGIN; DROP TRIGGER sales_monthly_insert;"
        "INSERT INTO sales(sale_date, channel, outlet_id, county_id, category, product, quantity, unit, amount_fen,"
        " buyer_type, purchase_for_donation, source_ref)"
        " SELECT \"日期\", CASE \"渠道\" WHEN '帮扶馆、专柜和专店' THEN 'outlet' WHEN '商超' THEN 'supermarket'"
        " WHEN '电商' THEN 'ecommerce' WHEN '直播' THEN 'livestream' ELSE 'institutional' END,"
        " (SELECT id FROM outlets o WHERE o.name = \"销售网点\"), (SELECT id FROM places c WHERE c.name = "
        "\"来源县区\"),"
        " nullif(\"品类\", ''), \"产品\", CAST(\"数量\" AS REAL), \"单位\", CAST(round(\"金额（元）\" * 100) AS "
        "INTEGER),"
        " CASE \"购买方类型\" WHEN '个人' THEN 'individual' WHEN '机关单位' THEN 'government'"
        " WHEN '国有企业' THEN 'state_enterprise' ELSE 'private_enterprise' END,"
        " \"以购代捐\" = '是', \"来源单号\" FROM p.sales;"
        "INSERT INTO sales_monthly SELECT substr(sale_date, 1, 7), county_id, channel, ifnull(outlet_id, 0),"
        " ifnull(category, ''), product, buyer_type, purchase_for_donation, count(*), sum(amount_fen) FROM sales"
        " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8; COMMIT;")
                                 .arg(plain);
    const Run fl = runTimed(sqlite, { floorDb, floorSql }, timeFile);
    // The same file again, as a dry run: every row is now a duplicate of the ledger.
    const Run again = runTimed(cli,
        { QStringLiteral("import-sales"), ours, csv, QStringLiteral("--dry-run"), QStringLiteral("--json"),
            QStringLiteral("--compact"), QStringLiteral("--lang"), QStringLiteral("en") },
        timeFile);
    const qint64 dups
        = QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("duplicates")).toInteger();
    if (!sq.ok || !tx.ok || report.value(QStringLiteral("imported")).toInteger() != rows) {
        say(QStringLiteral("bench_sales: an import failed.\nsqlite3: %1\ntongxin-cli: %2 %3")
                .arg(sq.err, tx.err, tx.out.left(2000)));
        return 1;
    }

    Database db;
    OpenError open;
    if (!db.open(ours, &open)) {
        say(open.message);
        return 1;
    }
    SalesQuery query(db.db());
    qint64 zhuanglang = 0;
    {
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT id FROM places WHERE name = '庄浪县'"));
        if (q.next())
            zhuanglang = q.value(0).toLongLong();
    }

    // (b) Filter and total: one western unit, one year, by month and channel.
    SalesFilter filter;
    filter.countyId = zhuanglang;
    filter.from = QDate(2019, 1, 1);
    filter.to = QDate(2019, 12, 31);
    QVector<Cell> cells;
    double oursCold = 0;
    const double oursB = best(
        5, [&] { cells = query.byMonthChannel(filter); }, &oursCold);
    qint64 oursTotal = 0;
    for (const Cell &c : cells)
        oursTotal += c.value;
    QString sqOut;
    const QString sqlB = QStringLiteral(
        "SELECT substr(\"日期\", 1, 7), \"渠道\", sum(\"金额（元）\") FROM sales WHERE \"来源县区\" = '庄浪县' "
        "AND \"日期\" BETWEEN '2019-01-01' AND '2019-12-31' GROUP BY 1, 2");
    const double sqB = sqliteQuery(sqlite, plain, sqlB, 5, &sqOut);
    double sqTotal = 0;
    int sqGroups = 0;
    for (const QString &line : sqOut.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        sqTotal += line.section(QLatin1Char('|'), 2, 2).toDouble();
        ++sqGroups;
    }
    const bool sameB = sqGroups == cells.size() && std::llround(sqTotal * 100) == oursTotal;

    // The same from the ledger alone (its date index), as without the monthly summary.
    const auto ledgerOnly = [&](const QString &where) {
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT substr(sale_date, 1, 7), channel, sum(amount_fen) FROM sales WHERE ") + where
            + QStringLiteral(" GROUP BY 1, 2"));
        int n = 0;
        while (q.next())
            ++n;
        return n;
    };
    const QString whereB
        = QStringLiteral("sale_date BETWEEN '2019-01-01' AND '2019-12-31' AND county_id = %1").arg(zhuanglang);
    const double ledgerB = best(5, [&] { ledgerOnly(whereB); });
    const double ledgerC
        = best(3, [&] { ledgerOnly(QStringLiteral("sale_date BETWEEN '0000-01-01' AND '9999-12-31'")); });
    const qint64 summaryRows = [&] {
        QSqlQuery q(db.db());
        return q.exec(QStringLiteral("SELECT count(*) FROM sales_monthly")) && q.next() ? q.value(0).toLongLong() : -1;
    }();

    // (c) The same GROUP BY over the whole ledger.
    QVector<Cell> all;
    const double oursC = best(3, [&] { all = query.byMonthChannel(SalesFilter()); });
    const double sqC = sqliteQuery(sqlite, plain,
        QStringLiteral("SELECT substr(\"日期\", 1, 7), \"渠道\", sum(\"金额（元）\") FROM sales GROUP BY 1, 2"), 3,
        nullptr);
    // (d) Totals of a filter (rows, amount), as the ledger page's footer shows them.
    SalesTotals tot;
    const double oursD = best(5, [&] { tot = query.totals(filter); });
    const double sqD = sqliteQuery(sqlite, plain,
        QStringLiteral("SELECT count(*), sum(\"金额（元）\") FROM sales WHERE \"来源县区\" = '庄浪县' "
                       "AND \"日期\" BETWEEN '2019-01-01' AND '2019-12-31'"),
        5, nullptr);

    say(row(QStringLiteral("operation (1M rows)"), QStringLiteral("sqlite3 CLI"), QStringLiteral("Tongxin"),
        QStringLiteral("ratio"), QStringLiteral("floor (ENGINEERING.md)")));
    say(row(QStringLiteral("(a) import the CSV"), secs(sq.seconds), secs(tx.seconds), ratio(tx.seconds, sq.seconds),
        QStringLiteral("sqlite3 .import 1.4 s; Qt insert, one transaction, named binds 1.7 s")));
    say(row(QStringLiteral("    CPU time (user + system)"), secs(sq.cpu), secs(tx.cpu), ratio(tx.cpu, sq.cpu),
        QStringLiteral("validation, duplicate check, 3 indexes, CHECKs, summary: see README")));
    say(row(QStringLiteral("    peak memory of the importing process"), QStringLiteral("%1 MB").arg(sq.peakKb / 1024),
        QStringLiteral("%1 MB").arg(tx.peakKb / 1024), QString(), QString()));
    say(row(QStringLiteral("    sqlite3 alone into the Tongxin schema"), secs(fl.seconds), secs(tx.seconds),
        ratio(tx.seconds, fl.seconds),
        fl.ok ? QStringLiteral("INSERT … SELECT from the plain table: CPU %1").arg(secs(fl.cpu))
              : QStringLiteral("failed: ") + fl.err.left(200)));
    say(row(QStringLiteral("    the same CSV again, dry run"), QString(), secs(again.seconds), QString(),
        QStringLiteral("%L1 of %L2 rows reported as duplicates").arg(dups).arg(rows)));
    say(row(QStringLiteral("(b) one unit, one year: GROUP BY month, channel"), secs(sqB), secs(oursB),
        ratio(oursB, sqB), QStringLiteral("GROUP BY county, month SUM: 0.85 s full scan / 0.48 s covering index")));
    say(row(QStringLiteral("    (first run, cold SQLite cache)"), QString(), secs(oursCold), QString(),
        sameB ? QStringLiteral("results equal: %1 groups, %2")
                    .arg(cells.size())
                    .arg(Money::format(oursTotal, Money::Style::English))
              : QStringLiteral("RESULTS DIFFER")));
    say(row(QStringLiteral("    the same from the ledger's index alone"), secs(sqB), secs(ledgerB), ratio(ledgerB, sqB),
        QStringLiteral("(what SalesQuery does for a text search)")));
    say(row(QStringLiteral("(c) whole ledger: GROUP BY month, channel"), secs(sqC), secs(oursC), ratio(oursC, sqC),
        QStringLiteral("0.85 s / 0.48 s (as above)")));
    say(row(QStringLiteral("    the same from the ledger's index alone"), secs(sqC), secs(ledgerC), ratio(ledgerC, sqC),
        QStringLiteral("monthly summary: %L1 rows for %L2 ledger rows").arg(summaryRows).arg(rows)));
    say(row(QStringLiteral("(d) one unit, one year: count and SUM"), secs(sqD), secs(oursD), ratio(oursD, sqD),
        QStringLiteral("%L1 rows, %2").arg(tot.rows).arg(Money::format(tot.amountFen, Money::Style::English))));
    say(QString());

    // What the ledger page and its charts ask, at 1M rows (Tongxin only).
    say(QStringLiteral("SalesQuery at %L1 rows (best of 3, in process):").arg(rows));
    const auto time = [&](const QString &what, const std::function<QString()> &f) {
        QString result;
        const double s = best(3, [&] { result = f(); });
        say(QStringLiteral("  %1%2  %3").arg(what, -52).arg(secs(s), 9).arg(result));
    };
    SalesFilter none;
    SalesFilter apples;
    apples.search = QStringLiteral("苹果");
    SalesFilter institutional = filter;
    institutional.channel = QStringLiteral("institutional");
    institutional.buyerType = QStringLiteral("government");
    time(QStringLiteral("totals, no filter"), [&] {
        const SalesTotals x = query.totals(none);
        return QStringLiteral("%L1 rows, %2").arg(x.rows).arg(Money::format(x.amountFen, Money::Style::English));
    });
    time(QStringLiteral("totals, unit + year + channel + buyer type"), [&] {
        const SalesTotals x = query.totals(institutional);
        return QStringLiteral("%L1 rows").arg(x.rows);
    });
    time(QStringLiteral("totals, search \"苹果\""),
        [&] { return QStringLiteral("%L1 rows").arg(query.totals(apples).rows); });
    time(QStringLiteral("first page (100 rows, newest first)"),
        [&] { return QStringLiteral("%1 rows").arg(query.page(none, 100).size()); });
    QVector<SalesRecord> p1 = query.page(filter, 100);
    time(QStringLiteral("next page after a cursor (unit + year)"),
        [&] { return QStringLiteral("%1 rows").arg(query.page(filter, 100, SalesCursor::after(p1.last())).size()); });
    time(QStringLiteral("page at offset 500,000 (LIMIT/OFFSET)"),
        [&] { return QStringLiteral("%1 rows").arg(query.pageAt(none, 500000, 100).size()); });
    QVector<qint64> ids;
    time(QStringLiteral("ids of all rows (for random access)"), [&] {
        ids = query.ids(none);
        return QStringLiteral("%L1 ids").arg(ids.size());
    });
    time(QStringLiteral("records of 100 ids from the middle"),
        [&] { return QStringLiteral("%1 rows").arg(query.records(ids.mid(ids.size() / 2, 100)).size()); });
    time(QStringLiteral("chart: by month × channel, no filter"),
        [&] { return QStringLiteral("%1 cells").arg(query.byMonthChannel(none).size()); });
    time(QStringLiteral("chart: by western unit, no filter"),
        [&] { return QStringLiteral("%1 bars").arg(query.byCounty(none).size()); });
    time(QStringLiteral("chart: top 10 products, no filter"),
        [&] { return QStringLiteral("%1 bars").arg(query.topProducts(none, 10).size()); });
    time(QStringLiteral("chart: by buyer type, no filter"),
        [&] { return QStringLiteral("%1 slices").arg(query.byBuyerType(none).size()); });
    time(QStringLiteral("chart: by buyer type, unit + year"),
        [&] { return QStringLiteral("%1 slices").arg(query.byBuyerType(filter).size()); });
    time(QStringLiteral("categories (filter choices)"),
        [&] { return QStringLiteral("%1 categories").arg(query.categories().size()); });
    return 0;
}

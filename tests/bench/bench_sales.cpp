// bench_sales: the sales-ledger benchmark of issue #5 (run it through scripts/bench_sales.sh).
//
// 1. Generates a deterministic, realistic sales CSV (the import template's 12 columns, Chinese
//    headers, four years in date order, one quoted cell now and then: bench_sales_data.cpp).
// 2. Imports it twice, each timed as a whole process with /usr/bin/time: `sqlite3 .import`
//    into a plain table, and `tongxin-cli import-sales` into a fresh Tongxin database.
// 3. Times the same filter-and-total in both: one western unit, one year, GROUP BY month and
//    channel, SUM(amount) — SalesQuery in process against the sqlite3 CLI (`.timer on`) — and
//    the same GROUP BY over the whole ledger; then the other SalesQuery calls a ledger page
//    and its charts make.
// Prints everything side by side with the floors of /work/shared/ENGINEERING.md.

#include "bench_sales_data.h"
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
    if (!benchsales::generate(csv, rows, &error)) {
        say(QStringLiteral("bench_sales: cannot write %1: %2").arg(csv, error));
        return 1;
    }
    const double genSeconds = t.nsecsElapsed() / 1e9;
    if (!benchsales::setUpDatabase(ours, &error) || !benchsales::setUpDatabase(floorDb, &error)) {
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

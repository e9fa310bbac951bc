// The ledger at scale (issue #16), on a database scripts/bench_scale.sh made: search to the first
// screen of matches (through the text index, and beside it the scan the ledger did before schema
// 4, same file, same run), totals on a filter change, bytes per sales row. What the ledger page
// asks SalesQuery (totals, the ids in order, the records of the first screen), in process, best of 3.
// Usage: bench_scale DATABASE

#include "consumption/salesquery.h"
#include "consumption/salessearch.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>

using namespace tongxin;

namespace {

double best(int runs, const std::function<void()> &f)
{
    double out = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        out = qMin(out, t.nsecsElapsed() / 1e6);
    }
    return out;
}

void say(const QString &s)
{
    QTextStream(stdout) << s << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        say(QStringLiteral("usage: bench_scale DATABASE"));
        return 2;
    }
    Database db;
    OpenError error;
    if (!db.open(QString::fromLocal8Bit(argv[1]), &error)) {
        say(error.message);
        return 1;
    }
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT count(*) FROM sales"));
    q.next();
    const qint64 rows = q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT id FROM places WHERE name = '庄浪县'"));
    const qint64 county = q.next() ? q.value(0).toLongLong() : 0;
    SalesQuery query(db.db());
    const auto line = [](const QString &what, double ms, const QString &goal, const QString &note) {
        say(QStringLiteral("  %1 %2  %3  %4").arg(what, -46).arg(QStringLiteral("%1 ms").arg(ms, 0, 'f', 1), 10)
                .arg(goal, -10)
                .arg(note));
    };
    say(QStringLiteral("SalesQuery at %L1 sales rows (best of 3; the first screen is 256 rows):").arg(rows));
    // Search: what the page does before the first screen of matches shows, through the text
    // index and, for comparison, as the ledger searched before it (the same SalesQuery on the same
    // file with the index out of sight: dropped inside a transaction that is rolled back).
    // Texts of the bench's ledger (tests/bench/bench_sales_data.cpp): Chinese of one, two and more
    // characters, products, categories, outlets and source references, common and rare.
    struct Search
    {
        QString text;
        QString what;
        qint64 countyId = 0;
        int year = 0;
    };
    const QVector<Search> searches {
        { QStringLiteral("米"), QStringLiteral("1 char, product") },
        { QStringLiteral("苹果"), QStringLiteral("2 chars, product") },
        { QStringLiteral("核桃"), QStringLiteral("2 chars, product") },
        { QStringLiteral("苹果"), QStringLiteral("2 chars + unit + year"), county, 2019 },
        { QStringLiteral("马铃薯"), QStringLiteral("3 chars, product") },
        { QStringLiteral("党参黄芪礼盒"), QStringLiteral("6 chars, product") },
        { QStringLiteral("中药材"), QStringLiteral("3 chars, category") },
        { QStringLiteral("专柜"), QStringLiteral("2 chars, outlet") },
        { QStringLiteral("消费扶贫馆"), QStringLiteral("5 chars, outlet") },
        { QStringLiteral("CG20190317"), QStringLiteral("Latin, source reference of a day") },
        { QStringLiteral("cg2019"), QStringLiteral("Latin, any case, a year") },
        { QStringLiteral("花椒"), QStringLiteral("2 chars, nothing") },
    };
    const auto searchFilter = [](const Search &s) {
        SalesFilter f;
        f.search = s.text;
        f.countyId = s.countyId;
        if (s.year > 0) {
            f.from = QDate(s.year, 1, 1);
            f.to = QDate(s.year, 12, 31);
        }
        return f;
    };
    const auto timeSearch = [](const SalesQuery &sq, const SalesFilter &f, qint64 *n) {
        // As the ledger page asks: the ids in order and the totals from one read, then the
        // records of the first screen.
        return best(3, [&] {
            SalesQuery::Matches m;
            sq.matches(f, SalesQuery::Order::NewestFirst, &m);
            sq.records(m.ids.mid(0, 256));
            *n = m.all.rows;
        });
    };
    // Before: the page read the matches once for the totals and again for the ids.
    const auto timeTwoReads = [](const SalesQuery &sq, const SalesFilter &f) {
        return best(3, [&] {
            sq.totals(f);
            sq.records(sq.ids(f).mid(0, 256));
        });
    };
    QVector<double> indexed;
    QVector<double> twoReads;
    QVector<qint64> found;
    for (const Search &s : searches) {
        qint64 n = 0;
        indexed << timeSearch(query, searchFilter(s), &n);
        twoReads << timeTwoReads(query, searchFilter(s));
        found << n;
    }
    // The same searches without the index, as before schema 4.
    QVector<double> scanned;
    QVector<qint64> scannedFound;
    const bool hidden = q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("DROP TABLE sales_fts_terms"))
        && q.exec(QStringLiteral("DROP TABLE sales_fts"));
    if (hidden) {
        const SalesQuery scan(db.db());
        for (const Search &s : searches) {
            qint64 n = 0;
            scanned << timeSearch(scan, searchFilter(s), &n);
            scannedFound << n;
        }
    }
    q.exec(QStringLiteral("ROLLBACK"));
    say(QStringLiteral("  %1 %2 %3 %4  %5  %6")
            .arg(QStringLiteral("search: ids in order + totals (one read), first screen"), -56)
            .arg(QStringLiteral("index"), 10)
            .arg(QStringLiteral("2 reads"), 10)
            .arg(QStringLiteral("scan"), 10)
            .arg(QStringLiteral("goal"), -10)
            .arg(QStringLiteral("matches")));
    for (int i = 0; i < searches.size(); ++i) {
        const Search &s = searches.at(i);
        const SalesSearch::Plan plan = SalesSearch::plan(db.db(), s.text);
        const bool same = !hidden || scannedFound.at(i) == found.at(i);
        say(QStringLiteral("  %1 %2 %3 %4  %5  %L6 (%7)%8")
                .arg(QStringLiteral("\"%1\" %2").arg(s.text, s.what), -56)
                .arg(QStringLiteral("%1 ms").arg(indexed.at(i), 0, 'f', 1), 10)
                .arg(QStringLiteral("%1 ms").arg(twoReads.at(i), 0, 'f', 1), 10)
                .arg(hidden ? QStringLiteral("%1 ms").arg(scanned.at(i), 0, 'f', 1) : QStringLiteral("?"), 10)
                .arg(QStringLiteral("< 200 ms"), -10)
                .arg(found.at(i))
                .arg(plan.kind == SalesSearch::Plan::Kind::Scan ? QStringLiteral("index not used: scan")
                                                                : QStringLiteral("index"))
                .arg(same ? QString() : QStringLiteral("  DIFFERENT from the scan: %L1").arg(scannedFound.at(i))));
    }
    // Filter changes: totals.
    SalesFilter unit;
    unit.countyId = county;
    SalesFilter year = unit;
    year.from = QDate(2019, 1, 1);
    year.to = QDate(2019, 12, 31);
    SalesFilter channel = year;
    channel.channel = QStringLiteral("ecommerce");
    SalesFilter partial = channel;
    partial.from = QDate(2019, 3, 15);
    for (const auto &[what, f] : { std::pair { QStringLiteral("unit"), unit }, std::pair { QStringLiteral("unit + year"), year },
             std::pair { QStringLiteral("unit + year + channel"), channel },
             std::pair { QStringLiteral("… from 15 March (part of a month)"), partial } }) {
        SalesTotals t;
        const double ms = best(3, [&] { t = query.totals(f); });
        line(QStringLiteral("totals on a filter change: ") + what, ms, QStringLiteral("< 50 ms"),
            QStringLiteral("%L1 rows").arg(t.rows));
    }
    q.exec(QStringLiteral("PRAGMA page_count"));
    q.next();
    const qint64 pages = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA page_size"));
    q.next();
    const qint64 bytes = pages * q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'sales_fts%'"));
    const qint64 fts = q.next() ? q.value(0).toLongLong() : -1;
    say(QStringLiteral("  database %1 MB: %2 bytes per sales row (text index %3 bytes per row)")
            .arg(bytes / 1048576.0, 0, 'f', 1)
            .arg(rows > 0 ? bytes / rows : 0)
            .arg(rows > 0 && fts >= 0 ? QString::number(fts / rows) : QStringLiteral("?")));
    return 0;
}

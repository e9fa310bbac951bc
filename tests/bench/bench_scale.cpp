// The ledger at scale (issue #16), on a database scripts/bench_scale.sh made: search to the first
// screen of matches, totals on a filter change, bytes per sales row. What the ledger page asks
// SalesQuery (totals, the ids in order, the records of the first screen), in process, best of 3.
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
    // Search: what the page does before the first screen of matches shows.
    for (const QString &text : { QStringLiteral("苹果"), QStringLiteral("米"), QStringLiteral("花椒"),
             QStringLiteral("核桃仁"), QStringLiteral("Apple"), QStringLiteral("ZL2019"), QStringLiteral("馆") }) {
        SalesFilter f;
        f.search = text;
        qint64 n = 0;
        const double ms = best(3, [&] {
            const SalesTotals t = query.totals(f);
            const QVector<qint64> ids = query.ids(f);
            query.records(ids.mid(0, 256));
            n = t.rows;
        });
        const SalesSearch::Plan plan = SalesSearch::plan(db.db(), text);
        line(QStringLiteral("search \"%1\": totals, ids, first screen").arg(text), ms, QStringLiteral("< 200 ms"),
            QStringLiteral("%L1 matches (%2)")
                .arg(n)
                .arg(plan.kind == SalesSearch::Plan::Kind::Scan ? QStringLiteral("scan") : QStringLiteral("index")));
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

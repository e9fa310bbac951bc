#include "stats/breakdowns.h"

#include "consumption/salesquery.h"
#include "i18n/language.h"
#include "registers/catalogue.h"

#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

QString Unit::displayName() const
{
    if (Language::current() == QLatin1String("en") && !nameEn.isEmpty())
        return nameEn;
    return name;
}

QVector<Unit> Breakdowns::westernUnits(const QSqlDatabase &db)
{
    QVector<Unit> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, name, ifnull(name_en, ''), illustrative FROM places "
                          "WHERE level = 'county' ORDER BY illustrative, id"));
    while (q.next())
        out.push_back(Unit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    return out;
}

qint64 Breakdowns::findUnit(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM places WHERE level = 'county' AND (name = :n OR lower(name_en) = lower(:n)) "
                             "ORDER BY id LIMIT 1"));
    q.bindValue(QStringLiteral(":n"), name.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QVector<int> Breakdowns::years(const QSqlDatabase &db)
{
    // The first and the last year of every register's year column, each read on its own so
    // SQLite answers min() and max() from an index where there is one (sales).
    QStringList ends;
    for (const Register &r : Catalogue::all()) {
        if (r.yearColumn.isEmpty())
            continue;
        const bool isYear = r.column(r.yearColumn)->type == RegisterColumn::Type::Year;
        for (const char *end : { "min", "max" }) {
            ends << (isYear
                    ? QStringLiteral("SELECT (SELECT %1(%2) FROM %3) AS y").arg(QLatin1String(end), r.yearColumn, r.table)
                    : QStringLiteral("SELECT CAST(substr((SELECT %1(%2) FROM %3), 1, 4) AS INTEGER) AS y")
                          .arg(QLatin1String(end), r.yearColumn, r.table));
        }
    }
    QVector<int> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT min(y), max(y) FROM (%1) WHERE y IS NOT NULL").arg(ends.join(QLatin1String(" UNION ALL "))));
    if (q.next() && !q.value(0).isNull()) {
        out.push_back(q.value(0).toInt());
        out.push_back(q.value(1).toInt());
    }
    // Fill the gaps so a span of years is continuous.
    QVector<int> full;
    if (!out.isEmpty()) {
        for (int y = out.first(); y <= out.last(); ++y)
            full.push_back(y);
    }
    return full;
}

QVector<Cell> Breakdowns::fiscalAidPaidByUnitYear(const QSqlDatabase &db, const Filter &f)
{
    QVector<Cell> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT p.county_id, substr(pp.pay_date, 1, 4), sum(pp.amount_fen) FROM project_payments pp "
        "JOIN projects p ON p.id = pp.project_id WHERE pp.pay_date BETWEEN :from AND :to "
        "AND (:county = 0 OR p.county_id = :county) GROUP BY 1, 2 ORDER BY 1, 2"));
    q.bindValue(QStringLiteral(":from"), f.firstDay());
    q.bindValue(QStringLiteral(":to"), f.lastDay());
    q.bindValue(QStringLiteral(":county"), f.countyId);
    q.exec();
    while (q.next())
        out.push_back(Cell{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

QVector<Cell> Breakdowns::salesByMonthChannel(const QSqlDatabase &db, const Filter &f)
{
    // The ledger's own query (it reads the monthly summary), so the dashboard, the reports and
    // the Consumption aid page's chart always show the same monthly figures.
    return SalesQuery(db).byMonthChannel(SalesFilter::fromFilter(f));
}

} // namespace tongxin

#include "stats/headline.h"

#include "money/money.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

// Each query binds :from and :to (ISO dates), :y1 and :y2 (years) and :county (0 = all,
// Filter::Unassigned = none) as it needs. `countyOk(col)` is the county condition on a column.
QString countyOk(const char *column)
{
    return QStringLiteral("(:county = 0 OR %1 = :county OR (:county = -1 AND %1 IS NULL))").arg(QLatin1String(column));
}

struct Query
{
    Figure figure;
    QString sql;
};

QVector<Query> queries()
{
    const QString inSpan = QStringLiteral(" BETWEEN :from AND :to ");
    return {
        {Figure::WorkingGroups,
         QStringLiteral("SELECT count(*) FROM working_groups WHERE established_date <= :to "
                        "AND (dissolved_date IS NULL OR dissolved_date >= :from)")},
        {Figure::DelegationTrips,
         QStringLiteral("SELECT count(*) FROM visits WHERE direction = 'east_to_west' AND start_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
        {Figure::CadresSeconded,
         QStringLiteral("SELECT count(DISTINCT s.person_id) FROM secondments s JOIN people p ON p.id = s.person_id "
                        "WHERE s.direction = 'east_to_west' AND p.role = 'cadre' AND s.start_date")
             + inSpan + QStringLiteral("AND ") + countyOk("s.county_id")},
        {Figure::ProfessionalsDispatched,
         QStringLiteral("SELECT count(DISTINCT person_id) FROM professional_dispatches WHERE start_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
        {Figure::TrainingActivities,
         QStringLiteral("SELECT count(*) FROM trainings WHERE train_date") + inSpan + QStringLiteral("AND ")
             + countyOk("county_id")},
        {Figure::TrainingPersonTimes,
         QStringLiteral("SELECT ifnull(sum(person_times), 0) FROM trainings WHERE train_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
        {Figure::WesternVisitorsReceived,
         QStringLiteral("SELECT ifnull(sum(persons), 0) FROM visitors_received WHERE start_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
        {Figure::FiscalAidPaid,
         QStringLiteral("SELECT ifnull(sum(pp.amount_fen), 0) FROM project_payments pp "
                        "JOIN projects p ON p.id = pp.project_id WHERE pp.pay_date")
             + inSpan + QStringLiteral("AND ") + countyOk("p.county_id")},
        {Figure::AidProjects,
         QStringLiteral("SELECT count(*) FROM projects WHERE status <> 'cancelled' AND year BETWEEN :y1 AND :y2 AND ")
             + countyOk("county_id")},
        {Figure::EnterprisesSettled,
         QStringLiteral("SELECT count(DISTINCT org_id) FROM enterprise_settlements WHERE year BETWEEN :y1 AND :y2 AND ")
             + countyOk("county_id")},
        {Figure::EnterpriseInvestment,
         QStringLiteral("SELECT ifnull(sum(investment_fen), 0) FROM enterprise_settlements "
                        "WHERE year BETWEEN :y1 AND :y2 AND ")
             + countyOk("county_id")},
        {Figure::ConsumptionOutlets,
         QStringLiteral("SELECT count(*) FROM outlets WHERE kind IN ('showroom', 'counter', 'shop') "
                        "AND (opened_date IS NULL OR opened_date <= :to) "
                        "AND (closed_date IS NULL OR closed_date >= :from)")},
        {Figure::ConsumptionSales,
         QStringLiteral("SELECT ifnull(sum(amount_fen), 0) FROM sales WHERE sale_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
        {Figure::LivestreamTalentsTrained,
         QStringLiteral("SELECT count(*) FROM livestream_talents WHERE trained_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
        {Figure::FestivalSales,
         QStringLiteral("SELECT ifnull(sum(sales_fen), 0) FROM livestream_sessions WHERE session_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
        {Figure::FestivalOrders,
         QStringLiteral("SELECT ifnull(sum(orders), 0) FROM livestream_sessions WHERE session_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
        {Figure::FestivalViewers,
         QStringLiteral("SELECT ifnull(sum(viewers), 0) FROM livestream_sessions WHERE session_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
        {Figure::FestivalClicks,
         QStringLiteral("SELECT ifnull(sum(clicks), 0) FROM livestream_sessions WHERE session_date") + inSpan
             + QStringLiteral("AND ") + countyOk("county_id")},
    };
}

// The area figures, one query per area, each giving two figures. Labour placements are
// recorded by year (month optional), so they count by the placement's year; donations by date.
struct AreaSql
{
    QString sql;
    AreaFigure first;
    AreaFigure second;
};

QVector<AreaSql> areaQueries()
{
    return {
        {QStringLiteral("SELECT ifnull(sum(persons), 0), ifnull(sum(poor_persons), 0) FROM labour_placements "
                        "WHERE year BETWEEN :y1 AND :y2 AND ")
             + countyOk("county_id"),
         AreaFigure::LabourPersonsPlaced, AreaFigure::LabourPoorPlaced},
        {QStringLiteral("SELECT ifnull(sum(cash_fen), 0), ifnull(sum(goods_value_fen), 0) FROM donations "
                        "WHERE donation_date BETWEEN :from AND :to AND ")
             + countyOk("county_id"),
         AreaFigure::DonationsCash, AreaFigure::DonationsInKind},
    };
}

QString countText(qint64 count, const QString &unit)
{
    const QString number = QLocale().toString(count);
    //: A count and its unit, e.g. "142 persons"; Chinese writes them without a space.
    return unit.isEmpty() ? number : QCoreApplication::translate("Figures", "%1 %2", "number and unit").arg(number, unit);
}

void bindFilter(QSqlQuery &q, const QString &sql, const Filter &f)
{
    if (sql.contains(QLatin1String(":from")))
        q.bindValue(QStringLiteral(":from"), f.firstDay());
    if (sql.contains(QLatin1String(":to")))
        q.bindValue(QStringLiteral(":to"), f.lastDay());
    if (sql.contains(QLatin1String(":y1")))
        q.bindValue(QStringLiteral(":y1"), f.firstYear());
    if (sql.contains(QLatin1String(":y2")))
        q.bindValue(QStringLiteral(":y2"), f.lastYear());
    if (sql.contains(QLatin1String(":county")))
        q.bindValue(QStringLiteral(":county"), f.countyId);
}

} // namespace

PairCount Headline::pairings(const QSqlDatabase &db, const QString &kind, const Filter &filter, QString *error)
{
    // A pairing counts when it was in force at any time in the span.
    const QString sql = QStringLiteral(
        "SELECT count(DISTINCT ifnull(p.east_place_id, 0) || ':' || ifnull(p.east_org_id, 0) || ':' "
        "                      || ifnull(p.east_person_id, 0)), "
        "       count(DISTINCT ifnull(p.west_place_id, 0) || ':' || ifnull(p.west_org_id, 0) || ':' "
        "                      || ifnull(p.west_household_id, 0)), "
        "       count(*) "
        "FROM pairings p JOIN pairing_units u ON u.pairing_id = p.id "
        "WHERE p.kind = :kind AND p.start_date <= :to AND (p.end_date IS NULL OR p.end_date >= :from) "
        "AND (:county = 0 OR u.county_id = :county OR (:county = -1 AND u.county_id IS NULL))");
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":kind"), kind);
    bindFilter(q, sql, filter);
    PairCount c;
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return c;
    }
    c.east = q.value(0).toLongLong();
    c.west = q.value(1).toLongLong();
    c.pairs = q.value(2).toLongLong();
    return c;
}

bool Headline::compute(const QSqlDatabase &db, const Filter &filter, HeadlineFigures *out, QString *error)
{
    HeadlineFigures r;
    // One query, prepared, bound to the filter and stepped to its row; false (with the error)
    // when any of that fails.
    const auto run = [&db, &filter, error](QSqlQuery &q, const QString &sql) {
        q = QSqlQuery(db);
        if (q.prepare(sql)) {
            bindFilter(q, sql, filter);
            if (q.exec() && q.next())
                return true;
        }
        if (error)
            *error = q.lastError().text();
        return false;
    };
    static const QVector<Query> qs = queries();
    for (const Query &item : qs) {
        QSqlQuery q;
        if (!run(q, item.sql))
            return false;
        r.values[size_t(item.figure)] = q.value(0).toLongLong();
    }
    static const QVector<AreaSql> areaQs = areaQueries();
    for (const AreaSql &item : areaQs) {
        QSqlQuery q;
        if (!run(q, item.sql))
            return false;
        r.areaValues[size_t(item.first)] = q.value(0).toLongLong();
        r.areaValues[size_t(item.second)] = q.value(1).toLongLong();
    }
    for (const FigureInfo &info : Figures::all()) {
        if (info.kind != FigureInfo::Kind::Pairing)
            continue;
        QString why;
        const PairCount c = pairings(db, QString::fromLatin1(info.pairingKind), filter, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        r.pairs[size_t(info.id)] = c;
        r.values[size_t(info.id)] = c.pairs;
    }
    if (out)
        *out = r;
    return true;
}

QString HeadlineFigures::text(Figure f) const
{
    const QLocale locale;
    switch (Figures::info(f).kind) {
    case FigureInfo::Kind::Money:
        return Money::format(value(f));
    case FigureInfo::Kind::Pairing: {
        const PairCount p = pairing(f);
        const QString east = locale.toString(p.east);
        const QString west = locale.toString(p.west);
        const QString pairs = locale.toString(p.pairs);
        return p.pairs == 1 ? QCoreApplication::translate("Figures", "%1 ↔ %2 · %3 pair").arg(east, west, pairs)
                            : QCoreApplication::translate("Figures", "%1 ↔ %2 · %3 pairs").arg(east, west, pairs);
    }
    case FigureInfo::Kind::Count:
        break;
    }
    return countText(value(f), Figures::unit(f, value(f)));
}

QString HeadlineFigures::text(AreaFigure f) const
{
    if (Figures::info(f).kind == FigureInfo::Kind::Money)
        return Money::format(value(f));
    return countText(value(f), Figures::unit(f, value(f)));
}

QJsonObject HeadlineFigures::toJson() const
{
    QJsonObject o;
    for (const FigureInfo &info : Figures::all()) {
        const QString key = QString::fromLatin1(info.key);
        if (info.kind == FigureInfo::Kind::Pairing) {
            const PairCount c = pairing(info.id);
            o.insert(key, QJsonObject{{QStringLiteral("east"), c.east},
                                      {QStringLiteral("west"), c.west},
                                      {QStringLiteral("pairs"), c.pairs}});
        } else {
            o.insert(key, value(info.id));
        }
    }
    for (const AreaFigureInfo &info : Figures::areaFigures())
        o.insert(QString::fromLatin1(info.key), value(info.id));
    return o;
}

} // namespace tongxin

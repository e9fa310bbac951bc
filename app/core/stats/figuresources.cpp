#include "stats/figuresources.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

const QString InSpan = QStringLiteral(" BETWEEN :from AND :to");
const QString YearInSpan = QStringLiteral(" BETWEEN :y1 AND :y2");

// The name of a party of a pairing: a place, an organisation, a person or a household head.
QString partyName(const char *side)
{
    const bool east = qstrcmp(side, "east") == 0;
    return QStringLiteral("coalesce((SELECT name FROM places WHERE id = t.%1_place_id), "
                          "(SELECT name FROM organisations WHERE id = t.%1_org_id), %2)")
        .arg(QLatin1String(side),
             east ? QStringLiteral("(SELECT name FROM people WHERE id = t.east_person_id)")
                  : QStringLiteral("(SELECT head_name FROM households WHERE id = t.west_household_id)"));
}

FigureSource pairingSource(const char *key, const char *kind, bool atEnd)
{
    FigureSource s;
    s.key = QLatin1String(key) + (atEnd ? QStringLiteral(".in_force_at_end") : QString());
    s.table = QStringLiteral("pairings");
    s.joins = QStringLiteral("JOIN pairing_units u ON u.pairing_id = t.id");
    // In force at any time in the span; or, for the second reading, on its last day.
    s.where = QStringLiteral("t.kind = '%1' AND t.start_date <= :to AND (t.end_date IS NULL OR t.end_date >= %2)")
                  .arg(QLatin1String(kind), atEnd ? QStringLiteral(":to") : QStringLiteral(":from"));
    s.county = QStringLiteral("u.county_id");
    s.contribution = QStringLiteral("1");
    s.date = QStringLiteral("t.start_date");
    s.description = partyName("east") + QStringLiteral(" || ' ↔ ' || ") + partyName("west");
    return s;
}

QVector<FigureSource> sources()
{
    const auto src = [](const char *key, const char *table, const QString &where, const char *county,
                         const char *contribution, const char *date, const QString &description) {
        FigureSource s;
        s.key = QLatin1String(key);
        s.table = QLatin1String(table);
        s.where = where;
        s.county = QLatin1String(county);
        s.contribution = QLatin1String(contribution);
        s.date = QLatin1String(date);
        s.description = description;
        return s;
    };
    const QString personName = QStringLiteral("(SELECT name FROM people WHERE id = t.person_id)");
    QVector<FigureSource> out;
    out << src("working_groups", "working_groups",
               QStringLiteral("t.established_date <= :to AND (t.dissolved_date IS NULL OR t.dissolved_date >= :from)"),
               "", "1", "t.established_date", QStringLiteral("t.name"));
    out << src("delegation_trips", "visits", QStringLiteral("t.direction = 'east_to_west' AND t.start_date") + InSpan,
               "t.county_id", "1", "t.start_date", QStringLiteral("ifnull(t.leader, '') || ' ' || ifnull(t.purpose, '')"));
    // People sent in the span (a secondment that started in it), each person once.
    FigureSource cadres = src("cadres_seconded", "secondments",
                              QStringLiteral("t.direction = 'east_to_west' AND p.role = 'cadre' AND t.start_date") + InSpan,
                              "t.county_id", "1", "t.start_date", personName);
    cadres.joins = QStringLiteral("JOIN people p ON p.id = t.person_id");
    cadres.distinct = QStringLiteral("t.person_id");
    out << cadres;
    FigureSource pros = src("professionals_dispatched", "professional_dispatches", QStringLiteral("t.start_date") + InSpan,
                            "t.county_id", "1", "t.start_date", personName);
    pros.distinct = QStringLiteral("t.person_id");
    out << pros;
    out << src("training_activities", "trainings", QStringLiteral("t.train_date") + InSpan, "t.county_id", "1",
               "t.train_date", QStringLiteral("t.title"));
    out << src("training_person_times", "trainings", QStringLiteral("t.train_date") + InSpan, "t.county_id",
               "t.person_times", "t.train_date", QStringLiteral("t.title"));
    out << src("western_visitors_received", "visitors_received", QStringLiteral("t.start_date") + InSpan, "t.county_id",
               "t.persons", "t.start_date", QStringLiteral("t.purpose"));
    FigureSource paid = src("fiscal_aid_paid_fen", "project_payments", QStringLiteral("t.pay_date") + InSpan,
                            "pr.county_id", "t.amount_fen", "t.pay_date",
                            QStringLiteral("pr.name || ifnull(' · ' || t.voucher_no, '')"));
    paid.joins = QStringLiteral("JOIN projects pr ON pr.id = t.project_id");
    out << paid;
    out << src("aid_projects", "projects", QStringLiteral("t.status <> 'cancelled' AND t.year") + YearInSpan,
               "t.county_id", "1", "t.year", QStringLiteral("t.name"));
    FigureSource settled = src("enterprises_settled", "enterprise_settlements", QStringLiteral("t.year") + YearInSpan,
                               "t.county_id", "1", "t.year",
                               QStringLiteral("(SELECT name FROM organisations WHERE id = t.org_id)"));
    settled.distinct = QStringLiteral("t.org_id");
    out << settled;
    out << src("enterprise_investment_fen", "enterprise_settlements", QStringLiteral("t.year") + YearInSpan,
               "t.county_id", "t.investment_fen", "t.year",
               QStringLiteral("(SELECT name FROM organisations WHERE id = t.org_id)"));
    const char *const pairings[][2] = {
        {"pairing_street_town", "street_town"},
        {"pairing_community_village", "community_village"},
        {"pairing_school", "school"},
        {"pairing_hospital", "hospital"},
        {"pairing_enterprise_village", "enterprise_village"},
        {"pairing_chamber_village", "chamber_village"},
        {"pairing_cadre_household", "cadre_household"},
    };
    for (const auto &p : pairings)
        out << pairingSource(p[0], p[1], false) << pairingSource(p[0], p[1], true);
    out << src("consumption_outlets", "outlets",
               QStringLiteral("t.kind IN ('showroom', 'counter', 'shop') AND (t.opened_date IS NULL OR t.opened_date <= :to) "
                              "AND (t.closed_date IS NULL OR t.closed_date >= :from)"),
               "", "1", "t.opened_date", QStringLiteral("t.name"));
    FigureSource sales = src("consumption_sales_fen", "sales", QStringLiteral("t.sale_date") + InSpan, "t.county_id",
                             "t.amount_fen", "t.sale_date", QStringLiteral("t.product"));
    sales.channel = QStringLiteral("t.channel"); // the sales chart's lines
    out << sales;
    out << src("livestream_talents_trained", "livestream_talents", QStringLiteral("t.trained_date") + InSpan,
               "t.county_id", "1", "t.trained_date", QStringLiteral("t.name"));
    const QString session = QStringLiteral("(SELECT name FROM events WHERE id = t.event_id) || ifnull(' · ' || t.host, '')");
    out << src("festival_sales_fen", "livestream_sessions", QStringLiteral("t.session_date") + InSpan, "t.county_id",
               "t.sales_fen", "t.session_date", session);
    out << src("festival_orders", "livestream_sessions", QStringLiteral("t.session_date") + InSpan, "t.county_id",
               "t.orders", "t.session_date", session);
    out << src("festival_viewers", "livestream_sessions", QStringLiteral("t.session_date") + InSpan, "t.county_id",
               "t.viewers", "t.session_date", session);
    out << src("festival_clicks", "livestream_sessions", QStringLiteral("t.session_date") + InSpan, "t.county_id",
               "t.clicks", "t.session_date", session);
    // Labour placements are recorded by year (month optional); donations by date.
    const QString placement = QStringLiteral("t.destination || ifnull(' · ' || t.employer, '')");
    out << src("labour_persons_placed", "labour_placements", QStringLiteral("t.year") + YearInSpan, "t.county_id",
               "t.persons", "t.year", placement);
    out << src("labour_poor_placed", "labour_placements", QStringLiteral("t.year") + YearInSpan, "t.county_id",
               "t.poor_persons", "t.year", placement);
    out << src("donations_cash_fen", "donations", QStringLiteral("t.donation_date") + InSpan, "t.county_id",
               "t.cash_fen", "t.donation_date", QStringLiteral("t.donor_name"));
    out << src("donations_in_kind_fen", "donations", QStringLiteral("t.donation_date") + InSpan, "t.county_id",
               "t.goods_value_fen", "t.donation_date",
               QStringLiteral("t.donor_name || ifnull(' · ' || t.goods_desc, '')"));
    // Second readings: people in post at any time in the span (a secondment or dispatch that
    // overlaps it), each person once.
    FigureSource cadresInPost = cadres;
    cadresInPost.key = QStringLiteral("cadres_in_post");
    cadresInPost.where = QStringLiteral("t.direction = 'east_to_west' AND p.role = 'cadre' AND t.start_date <= :to "
                                        "AND (t.end_date IS NULL OR t.end_date >= :from)");
    out << cadresInPost;
    FigureSource prosInPost = pros;
    prosInPost.key = QStringLiteral("professionals_in_post");
    prosInPost.where = QStringLiteral("t.start_date <= :to AND (t.end_date IS NULL OR t.end_date >= :from)");
    out << prosInPost;
    // New settlements and expansions (enterprise_settlements.kind): the yearly new ones add up
    // to the enterprises over all years.
    FigureSource settledNew = settled;
    settledNew.key = QStringLiteral("enterprises_new");
    settledNew.where = QStringLiteral("t.kind = 'new' AND t.year") + YearInSpan;
    out << settledNew;
    FigureSource expansions = settled;
    expansions.key = QStringLiteral("enterprise_expansions");
    expansions.where = QStringLiteral("t.kind = 'expansion' AND t.year") + YearInSpan;
    expansions.distinct.clear();
    out << expansions;
    return out;
}

QString countyCondition(const QString &column)
{
    if (column.isEmpty())
        return QStringLiteral("1");
    return QStringLiteral("(:county = 0 OR %1 = :county OR (:county = -1 AND %1 IS NULL))").arg(column);
}

} // namespace

QString FigureSource::selectSql(const QString &columns) const
{
    return QStringLiteral("SELECT %1 FROM %2 t %3 WHERE (%4) AND %5")
        .arg(columns, table, joins, where, countyCondition(county));
}

QString FigureSource::valueSql() const
{
    return selectSql(distinct.isEmpty() ? QStringLiteral("ifnull(sum(%1), 0)").arg(contribution)
                                        : QStringLiteral("count(DISTINCT %1)").arg(distinct));
}

QString FigureSource::recordsSql() const
{
    const QString unit = county.isEmpty() ? QStringLiteral("NULL") : county;
    // With `distinct`, one row per distinct value: SQLite takes the bare columns from the row
    // that gives min(t.id), the value's first record under the same conditions.
    const QString id = distinct.isEmpty() ? QStringLiteral("t.id") : QStringLiteral("min(t.id)");
    QString value = (distinct.isEmpty() ? contribution : QStringLiteral("1")) + QStringLiteral(" AS value");
    if (!channel.isEmpty())
        value += QStringLiteral(", %1 AS channel").arg(channel);
    QString sql = QStringLiteral("SELECT %1 AS id, %2 AS date, cp.name AS unit, cp.name_en AS unit_en, "
                                 "%3 AS description, %4 FROM %5 t %6 "
                                 "LEFT JOIN places cp ON cp.id = %7 WHERE (%8) AND %9")
                      .arg(id, date, description, value, table, joins, unit, where, countyCondition(county));
    if (!distinct.isEmpty())
        sql += QStringLiteral(" GROUP BY ") + distinct;
    return sql + QStringLiteral(" ORDER BY 2, 1");
}

QVariantMap FigureSource::binds(const QString &sql, const Filter &f)
{
    const QVariantMap all{{QStringLiteral(":from"), f.firstDay()}, {QStringLiteral(":to"), f.lastDay()},
                          {QStringLiteral(":y1"), f.firstYear()},  {QStringLiteral(":y2"), f.lastYear()},
                          {QStringLiteral(":county"), f.countyId}};
    QVariantMap out;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (sql.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

void FigureSource::bind(QSqlQuery &q, const QString &sql, const Filter &f)
{
    const QVariantMap values = binds(sql, f);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
}

const QVector<FigureSource> &FigureSources::all()
{
    static const QVector<FigureSource> list = sources();
    return list;
}

const FigureSource *FigureSources::byKey(const QString &key)
{
    for (const FigureSource &s : all()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

bool FigureSources::queryRow(const QSqlDatabase &db, const QString &sql, const Filter &filter, QSqlQuery *q,
                             QString *error)
{
    *q = QSqlQuery(db);
    if (q->prepare(sql)) {
        FigureSource::bind(*q, sql, filter);
        if (q->exec() && q->next())
            return true;
    }
    if (error)
        *error = q->lastError().text();
    return false;
}

bool FigureSources::value(const QSqlDatabase &db, const QString &key, const Filter &filter, qint64 *out,
                          QString *error)
{
    const FigureSource *source = byKey(key);
    if (!source) {
        if (error)
            *error = QStringLiteral("no source for figure %1").arg(key);
        return false;
    }
    QSqlQuery q;
    if (!queryRow(db, source->valueSql(), filter, &q, error))
        return false;
    *out = q.value(0).toLongLong();
    return true;
}

} // namespace tongxin

#include "areas/areaquery.h"

#include "areas/areatables_p.h"
#include "domain/labels.h"
#include "i18n/language.h"
#include "money/money.h"
#include "stats/headline.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

using areas::TableDef;
using areas::tableDef;

// The names of the totals, in the context "AreaQuery".
const QHash<QString, const char *> &totalLabels()
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("secondments"), QT_TRANSLATE_NOOP("AreaQuery", "Secondments") },
        { QStringLiteral("cadres_to_west"), QT_TRANSLATE_NOOP("AreaQuery", "Cadres seconded to the west") },
        { QStringLiteral("persons_to_east"), QT_TRANSLATE_NOOP("AreaQuery", "Western persons on posts in the east") },
        { QStringLiteral("long_term"), QT_TRANSLATE_NOOP("AreaQuery", "Long term") },
        { QStringLiteral("dispatches"), QT_TRANSLATE_NOOP("AreaQuery", "Dispatches") },
        { QStringLiteral("professionals"), QT_TRANSLATE_NOOP("AreaQuery", "Professionals (persons)") },
        { QStringLiteral("sessions"), QT_TRANSLATE_NOOP("AreaQuery", "Sessions") },
        { QStringLiteral("person_times"), QT_TRANSLATE_NOOP("AreaQuery", "Person-times") },
        { QStringLiteral("remote"), QT_TRANSLATE_NOOP("AreaQuery", "Remote sessions") },
        { QStringLiteral("groups"), QT_TRANSLATE_NOOP("AreaQuery", "Groups") },
        { QStringLiteral("visitors"), QT_TRANSLATE_NOOP("AreaQuery", "Visitors (person-times)") },
        { QStringLiteral("placements"), QT_TRANSLATE_NOOP("AreaQuery", "Records") },
        { QStringLiteral("persons"), QT_TRANSLATE_NOOP("AreaQuery", "Persons placed") },
        { QStringLiteral("poor_persons"), QT_TRANSLATE_NOOP("AreaQuery", "Of whom registered poor") },
        { QStringLiteral("poor_share"), QT_TRANSLATE_NOOP("AreaQuery", "Share of registered poor") },
        { QStringLiteral("enterprises"), QT_TRANSLATE_NOOP("AreaQuery", "Enterprises") },
        { QStringLiteral("investment"), QT_TRANSLATE_NOOP("AreaQuery", "Investment") },
        { QStringLiteral("jobs"), QT_TRANSLATE_NOOP("AreaQuery", "Jobs") },
        { QStringLiteral("poor_employed"), QT_TRANSLATE_NOOP("AreaQuery", "Registered poor employed") },
        { QStringLiteral("workshops"), QT_TRANSLATE_NOOP("AreaQuery", "Aid workshops") },
        { QStringLiteral("donations"), QT_TRANSLATE_NOOP("AreaQuery", "Donations") },
        { QStringLiteral("cash"), QT_TRANSLATE_NOOP("AreaQuery", "Cash") },
        { QStringLiteral("in_kind"), QT_TRANSLATE_NOOP("AreaQuery", "In kind (valued)") },
        { QStringLiteral("value"), QT_TRANSLATE_NOOP("AreaQuery", "Total value") },
        { QStringLiteral("working_groups"), QT_TRANSLATE_NOOP("AreaQuery", "Working groups") },
        { QStringLiteral("members"), QT_TRANSLATE_NOOP("AreaQuery", "Members") },
        { QStringLiteral("visits"), QT_TRANSLATE_NOOP("AreaQuery", "Visits") },
        { QStringLiteral("trips_to_west"), QT_TRANSLATE_NOOP("AreaQuery", "Delegation trips to the west") },
        { QStringLiteral("visits_to_east"), QT_TRANSLATE_NOOP("AreaQuery", "Western delegations received") },
        { QStringLiteral("delegates"), QT_TRANSLATE_NOOP("AreaQuery", "Delegates") },
        { QStringLiteral("agreements"), QT_TRANSLATE_NOOP("AreaQuery", "Agreements signed") },
        { QStringLiteral("meetings"), QT_TRANSLATE_NOOP("AreaQuery", "Meetings") },
        { QStringLiteral("participants"), QT_TRANSLATE_NOOP("AreaQuery", "Participants") },
    };
    return labels;
}

bool usesPlaceholder(const QString &sql, const QString &name)
{
    return sql.contains(QRegularExpression(QLatin1Char(':') + name + QStringLiteral("\\b")));
}

// The list's rows as a sub-select `r`, narrowed by the search words (each must occur in one
// of the searched columns, case-insensitively, as the list's own search does).
struct Built
{
    QString sql;
    QVariantMap binds;
};

// `conditions` (on r) narrow the rows further; `joins` follow "FROM (…) r".
Built over(AreaTable table, const AreaFilter &filter, const QString &select, const QString &tail,
    const QStringList &conditions = {}, const QString &joins = {})
{
    const TableDef &def = tableDef(table);
    Built b;
    b.binds = AreaQuery::binds(table, filter);
    QStringList where = conditions;
    const QStringList words = filter.search.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QStringList parts;
        for (const QString &c : def.search)
            parts << QStringLiteral("ifnull(r.%1, '')").arg(c);
        const QString haystack = QStringLiteral("lower(%1)").arg(parts.join(QStringLiteral(" || char(10) || ")));
        for (int i = 0; i < words.size(); ++i) {
            const QString bind = QStringLiteral(":w%1").arg(i);
            where << QStringLiteral("instr(%1, %2) > 0").arg(haystack, bind);
            b.binds.insert(bind, words.at(i));
        }
    }
    b.sql = QStringLiteral("SELECT %1 FROM (%2) r").arg(select, def.sql);
    if (!joins.isEmpty())
        b.sql += QLatin1Char(' ') + joins;
    if (!where.isEmpty())
        b.sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (!tail.isEmpty())
        b.sql += QLatin1Char(' ') + tail;
    return b;
}

bool exec(QSqlQuery &q, const Built &b, QString *error)
{
    if (!q.prepare(b.sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (auto it = b.binds.constBegin(); it != b.binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QString AreaTotal::label() const
{
    const char *source = totalLabels().value(key);
    return source ? QCoreApplication::translate("AreaQuery", source) : key;
}

QString AreaTotal::text() const
{
    const QLocale locale;
    switch (kind) {
    case Kind::Money:
        return Money::format(value);
    case Kind::Share:
        if (of <= 0)
            return QStringLiteral("–");
        //: A percentage, e.g. "47.3%"
        return QCoreApplication::translate("AreaQuery", "%1%")
            .arg(locale.toString(100.0 * double(value) / double(of), 'f', 1));
    case Kind::Count:
        break;
    }
    return locale.toString(value);
}

const AreaTotal *AreaTotals::find(const QString &key) const
{
    for (const AreaTotal &t : items) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

qint64 AreaTotals::value(const QString &key) const
{
    const AreaTotal *t = find(key);
    return t ? t->value : 0;
}

QString AreaTotals::text() const
{
    QStringList parts;
    for (const AreaTotal &t : items)
        //: One total under a list: "Person-times: 22,086"
        parts << QCoreApplication::translate("AreaQuery", "%1: %2").arg(t.label(), t.text());
    return parts.join(QStringLiteral(" · "));
}

QString AreaQuery::tableName(AreaTable table)
{
    return QLatin1String(tableDef(table).table);
}

QString AreaQuery::rowsSql(AreaTable table)
{
    return tableDef(table).sql;
}

QStringList AreaQuery::codeColumns(AreaTable table)
{
    return tableDef(table).codes;
}

QStringList AreaQuery::searchColumns(AreaTable table)
{
    return tableDef(table).search;
}

bool AreaQuery::hasUnit(AreaTable table)
{
    return tableDef(table).unit;
}

bool AreaQuery::hasOnDate(AreaTable table)
{
    return tableDef(table).onDate;
}

QVariantMap AreaQuery::binds(AreaTable table, const AreaFilter &filter)
{
    const TableDef &def = tableDef(table);
    const Filter f = filter.stats();
    QVariantMap b;
    auto put = [&](const QString &name, const QVariant &value) {
        if (usesPlaceholder(def.sql, name))
            b.insert(QLatin1Char(':') + name, value);
    };
    put(QStringLiteral("from"), f.firstDay());
    put(QStringLiteral("to"), f.lastDay());
    put(QStringLiteral("y1"), f.firstYear());
    put(QStringLiteral("y2"), f.lastYear());
    put(QStringLiteral("county"), def.unit ? f.countyId : 0);
    put(QStringLiteral("en"), Language::current() == QLatin1String("en") ? 1 : 0);
    put(QStringLiteral("on"), filter.onDate.isValid() ? filter.onDate.toString(Qt::ISODate) : QStringLiteral(""));
    put(QStringLiteral("all_units"), tr("All western units"));
    put(QStringLiteral("office_wide"), tr("Office-wide"));
    for (const QString &c : def.codes)
        put(c, filter.codes.value(c, QStringLiteral("")));
    return b;
}

qint64 AreaQuery::rowCount(const QSqlDatabase &db, AreaTable table, const AreaFilter &filter, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q, over(table, filter, QStringLiteral("count(*)"), QString()), error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool AreaQuery::totals(
    const QSqlDatabase &db, AreaTable table, const AreaFilter &filter, AreaTotals *out, QString *error)
{
    const TableDef &def = tableDef(table);
    QStringList select { QStringLiteral("count(*)") };
    for (const areas::TotalDef &t : def.totals) {
        select << QLatin1String(t.expr);
        if (t.kind == AreaTotal::Kind::Share)
            select << QLatin1String(t.ofExpr);
    }
    QSqlQuery q(db);
    if (!exec(q, over(table, filter, select.join(QStringLiteral(", ")), QString()), error) || !q.next()) {
        if (error && error->isEmpty())
            *error = q.lastError().text();
        return false;
    }
    AreaTotals result;
    result.rows = q.value(0).toLongLong();
    int column = 1;
    bool wantsHeadline = false;
    for (const areas::TotalDef &t : def.totals) {
        AreaTotal total;
        total.key = QLatin1String(t.key);
        total.kind = t.kind;
        total.figure = t.figure;
        total.value = q.value(column++).toLongLong();
        if (t.kind == AreaTotal::Kind::Share)
            total.of = q.value(column++).toLongLong();
        wantsHeadline = wantsHeadline || t.figure >= 0;
        result.items << total;
    }
    // The dashboard's figures come from one place: under the dashboard's selection, read them there.
    if (wantsHeadline && filter.isHeadlineSelection()) {
        HeadlineFigures figures;
        if (!Headline::compute(db, filter.stats(), &figures, error))
            return false;
        for (AreaTotal &t : result.items) {
            if (t.figure >= 0) {
                t.value = figures.value(Figure(t.figure));
                t.fromHeadline = true;
            }
        }
    }
    if (out)
        *out = result;
    return true;
}

QVector<Cell> AreaQuery::breakdown(const QSqlDatabase &db, AreaTable table, const AreaFilter &filter, QString *error)
{
    const TableDef &def = tableDef(table);
    QVector<Cell> out;
    if (!def.chartRow)
        return out;
    const QString select
        = QStringLiteral("%1, %2, ifnull(sum(%3), 0)")
              .arg(QLatin1String(def.chartRow), QLatin1String(def.chartColumn), QLatin1String(def.chartAdds));
    QString tail = QStringLiteral("GROUP BY 1, 2 ORDER BY ");
    if (def.chartOrder)
        tail += QLatin1String(def.chartOrder) + QStringLiteral(", ");
    tail += QStringLiteral("1, 2");
    QSqlQuery q(db);
    if (!exec(q, over(table, filter, select, tail), error))
        return out;
    while (q.next())
        out.push_back(Cell { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    return out;
}

bool AreaQuery::explain(const QSqlDatabase &db, const AreaPick &pick, ExplainList *out, QString *error)
{
    const TableDef &def = tableDef(pick.table);
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // What one row adds, and which rows: those of the chart's cell, or of the totals table's row.
    QString adds;
    bool money = false;
    QStringList conditions;
    QVariantMap values;
    const auto equals = [&conditions, &values](const QString &expression, const QVariant &value) {
        const QString bind = QStringLiteral(":pick%1").arg(values.size());
        conditions << QStringLiteral("ifnull(CAST((%1) AS TEXT), '') = %2").arg(expression, bind);
        values.insert(bind, value.toString());
    };
    if (pick.measure.isEmpty()) {
        if (!def.chartRow)
            return fail(QStringLiteral("the list of %1 has no chart").arg(QLatin1String(def.table)));
        adds = QLatin1String(def.chartAdds);
        money = adds.endsWith(QLatin1String("_fen"));
        equals(QLatin1String(def.chartRow), pick.row);
        equals(QLatin1String(def.chartColumn), pick.column);
    } else {
        for (const areas::MeasureDef &m : def.measures) {
            if (pick.measure == QLatin1String(m.key)) {
                adds = QLatin1String(m.adds);
                money = m.money;
            }
        }
        if (adds.isEmpty())
            return fail(QStringLiteral("the list of %1 has no total %2").arg(QLatin1String(def.table), pick.measure));
        static const QRegularExpression column(QStringLiteral("^[a-z_]+$"));
        for (const auto &m : pick.match) {
            if (!column.match(m.first).hasMatch())
                return fail(QStringLiteral("no column %1").arg(m.first));
            equals(QStringLiteral("r.") + m.first, m.second);
        }
    }
    if (pick.unitsInEnglish >= 0 && pick.measure.isEmpty())
        values.insert(QStringLiteral(":en"), pick.unitsInEnglish);
    ExplainList l;
    l.table = QLatin1String(def.table);
    l.money = money;
    l.datedByYear = def.record.year;
    // The number, as the chart or the table sums it; then its rows, each with what it adds.
    Built value = over(pick.table, pick.filter, QStringLiteral("ifnull(sum(%1), 0)").arg(adds), QString(), conditions);
    value.binds.insert(values);
    QSqlQuery q(db);
    if (!exec(q, value, error) || !q.next())
        return error && !error->isEmpty() ? false : fail(q.lastError().text());
    l.value = q.value(0).toLongLong();
    const QString unit = def.unit ? QStringLiteral("r.county_id") : QStringLiteral("NULL");
    Built rows = over(pick.table, pick.filter,
        QStringLiteral("r.id AS id, %1 AS date, cp.name AS unit, cp.name_en AS unit_en, %2 AS description, %3 AS value")
            .arg(QString::fromUtf8(def.record.date), QString::fromUtf8(def.record.text), adds),
        QStringLiteral("ORDER BY 2, 1"), conditions, QStringLiteral("LEFT JOIN places cp ON cp.id = %1").arg(unit));
    rows.binds.insert(values);
    l.sql = rows.sql;
    l.binds = rows.binds;
    if (!l.readTotal(db, error))
        return false;
    if (out)
        *out = std::move(l);
    return true;
}

QVector<LabourUnitYear> AreaQuery::labourByUnitYear(const QSqlDatabase &db, const AreaFilter &filter, QString *error)
{
    QVector<LabourUnitYear> out;
    QSqlQuery q(db);
    const Built b = over(AreaTable::Placements, filter,
        QStringLiteral("r.county_id, min(r.unit), r.year, count(*), ifnull(sum(r.persons), 0), "
                       "ifnull(sum(r.poor_persons), 0)"),
        QStringLiteral("GROUP BY r.county_id, r.year ORDER BY min(r.unit_order), r.county_id, r.year"));
    if (!exec(q, b, error))
        return out;
    while (q.next()) {
        LabourUnitYear row;
        row.countyId = q.value(0).toLongLong();
        row.unit = q.value(1).toString();
        row.year = q.value(2).toInt();
        row.placements = q.value(3).toLongLong();
        row.persons = q.value(4).toLongLong();
        row.poorPersons = q.value(5).toLongLong();
        out << row;
    }
    return out;
}

QVector<DonorTypeTotal> AreaQuery::donationsByDonorType(
    const QSqlDatabase &db, const AreaFilter &filter, QString *error)
{
    QHash<QString, DonorTypeTotal> byType;
    QSqlQuery q(db);
    const Built b = over(AreaTable::Donations, filter,
        QStringLiteral("r.donor_type, count(*), ifnull(sum(r.cash_fen), 0), "
                       "ifnull(sum(r.goods_value_fen), 0)"),
        QStringLiteral("GROUP BY r.donor_type"));
    if (!exec(q, b, error))
        return {};
    while (q.next()) {
        DonorTypeTotal t;
        t.donorType = q.value(0).toString();
        t.donations = q.value(1).toLongLong();
        t.cashFen = q.value(2).toLongLong();
        t.goodsFen = q.value(3).toLongLong();
        byType.insert(t.donorType, t);
    }
    QVector<DonorTypeTotal> out;
    for (const QString &code : Labels::codes(Labels::Domain::DonorType)) {
        if (byType.contains(code))
            out << byType.take(code);
    }
    for (const DonorTypeTotal &t : std::as_const(byType)) // codes the labels do not know
        out << t;
    return out;
}

QStringList AreaQuery::filterValues(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const QString value = q.value(0).toString();
        if (!value.isEmpty())
            out << value;
    }
    return out;
}

} // namespace tongxin

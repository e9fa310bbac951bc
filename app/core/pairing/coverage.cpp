#include "pairing/coverage.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

int count(const QVector<UnitCoverage> &units, int (*of)(const UnitCoverage &))
{
    int n = 0;
    for (const UnitCoverage &u : units)
        n += of(u);
    return n;
}

QJsonObject villageJson(const VillageCoverage &v)
{
    return QJsonObject { { QStringLiteral("id"), v.id }, { QStringLiteral("name"), v.name },
        { QStringLiteral("town"), v.town }, { QStringLiteral("kinds"), QJsonArray::fromStringList(v.kinds) } };
}

QJsonObject householdJson(const HouseholdCoverage &h)
{
    return QJsonObject { { QStringLiteral("id"), h.id }, { QStringLiteral("head"), h.head },
        { QStringLiteral("members"), h.members }, { QStringLiteral("village"), h.village },
        { QStringLiteral("town"), h.town }, { QStringLiteral("registered_year"), h.registeredYear },
        { QStringLiteral("exit_year"), h.exitYear > 0 ? QJsonValue(h.exitYear) : QJsonValue() } };
}

bool run(QSqlQuery &q, const QString &sql, const QVariantMap &binds, QString *error)
{
    bool ok = q.prepare(sql);
    if (ok) {
        for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
            q.bindValue(it.key(), it.value());
        ok = q.exec();
    }
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

} // namespace

int CoverageReport::poorVillages() const
{
    return count(units, [](const UnitCoverage &u) { return u.poorVillages; });
}

int CoverageReport::uncovered() const
{
    return count(units, [](const UnitCoverage &u) { return int(u.uncovered.size()); });
}

int CoverageReport::oneKind() const
{
    return count(units, [](const UnitCoverage &u) { return int(u.oneKind.size()); });
}

int CoverageReport::severalKinds() const
{
    return count(units, [](const UnitCoverage &u) { return int(u.severalKinds.size()); });
}

int CoverageReport::households() const
{
    return count(units, [](const UnitCoverage &u) { return u.households; });
}

int CoverageReport::householdsWithoutCadre() const
{
    return count(units, [](const UnitCoverage &u) { return int(u.withoutCadre.size()); });
}

QJsonObject CoverageReport::toJson() const
{
    QJsonArray list;
    for (const UnitCoverage &u : units) {
        QJsonArray uncoveredList;
        for (const VillageCoverage &v : u.uncovered)
            uncoveredList.append(villageJson(v));
        QJsonArray oneKindList;
        for (const VillageCoverage &v : u.oneKind)
            oneKindList.append(villageJson(v));
        QJsonArray householdList;
        for (const HouseholdCoverage &h : u.withoutCadre)
            householdList.append(householdJson(h));
        list.append(QJsonObject { { QStringLiteral("id"), u.unit.id }, { QStringLiteral("name"), u.unit.name },
            { QStringLiteral("name_en"), u.unit.nameEn.isEmpty() ? QJsonValue() : QJsonValue(u.unit.nameEn) },
            { QStringLiteral("illustrative"), u.unit.illustrative },
            { QStringLiteral("poor_villages"), u.poorVillages }, { QStringLiteral("uncovered"), uncoveredList },
            { QStringLiteral("one_kind"), oneKindList },
            { QStringLiteral("several_kinds"), int(u.severalKinds.size()) },
            { QStringLiteral("households"), u.households },
            { QStringLiteral("households_without_cadre"), householdList } });
    }
    const QJsonObject totals { { QStringLiteral("poor_villages"), poorVillages() },
        { QStringLiteral("uncovered"), uncovered() }, { QStringLiteral("one_kind"), oneKind() },
        { QStringLiteral("several_kinds"), severalKinds() }, { QStringLiteral("households"), households() },
        { QStringLiteral("households_without_cadre"), householdsWithoutCadre() } };
    return QJsonObject { { QStringLiteral("date"), date.toString(Qt::ISODate) }, { QStringLiteral("units"), list },
        { QStringLiteral("totals"), totals } };
}

QStringList Coverage::villageKinds()
{
    return { QStringLiteral("community_village"), QStringLiteral("enterprise_village"),
        QStringLiteral("chamber_village") };
}

QString Coverage::inForceCondition(const QString &alias)
{
    return QStringLiteral("(%1.start_date <= :date AND ((%1.status = 'active' AND (%1.end_date IS NULL "
                          "OR %1.end_date >= :date)) OR (%1.status = 'ended' AND %1.end_date > :date)))")
        .arg(alias);
}

QString Coverage::villagesSql(Villages which)
{
    // One 0/1 column per kind, then their sum and the codes in force. Portable SQL (no
    // group_concat): the kinds are a fixed, short list.
    QStringList flags;
    QStringList sum;
    QStringList codes;
    for (const QString &kind : villageKinds()) {
        flags << QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM pairings p WHERE p.west_place_id = v.id "
                                "AND p.kind = '%1' AND %2) THEN 1 ELSE 0 END AS %1")
                     .arg(kind, inForceCondition());
        sum << QStringLiteral("x.") + kind;
        codes << QStringLiteral("CASE WHEN x.%1 = 1 THEN '%1 ' ELSE '' END").arg(kind);
    }
    const QString kindCount = sum.join(QLatin1String(" + "));
    QString where;
    switch (which) {
    case Villages::All:
        break;
    case Villages::Uncovered:
        where = QStringLiteral("WHERE %1 = 0 ").arg(kindCount);
        break;
    case Villages::OneKind:
        where = QStringLiteral("WHERE %1 = 1 ").arg(kindCount);
        break;
    case Villages::SeveralKinds:
        where = QStringLiteral("WHERE %1 > 1 ").arg(kindCount);
        break;
    }
    return QStringLiteral("SELECT x.*, %1 AS kind_count, trim(%2) AS kinds FROM ("
                          "SELECT v.id AS village_id, v.name AS village, t.id AS town_id, t.name AS town, "
                          "c.id AS unit_id, c.illustrative AS unit_order, %3 "
                          "FROM places v JOIN places t ON t.id = v.parent_id JOIN places c ON c.id = t.parent_id "
                          "WHERE v.level = 'village' AND v.is_poor = 1 AND (:unit = 0 OR c.id = :unit)) x "
                          "%4ORDER BY x.unit_order, x.unit_id, x.town_id, x.village_id")
        .arg(kindCount, codes.join(QLatin1String(" || ")), flags.join(QLatin1String(", ")), where);
}

QString Coverage::householdsSql(bool withoutCadreOnly)
{
    const QString cadre = QStringLiteral("EXISTS (SELECT 1 FROM pairings p WHERE p.kind = 'cadre_household' "
                                         "AND p.west_household_id = h.id AND %1)")
                              .arg(inForceCondition());
    return QStringLiteral("SELECT h.id AS household_id, h.head_name AS head, h.members, h.registered_year, "
                          "h.exit_year, v.id AS village_id, v.name AS village, t.name AS town, c.id AS unit_id, "
                          "CASE WHEN %1 THEN 1 ELSE 0 END AS has_cadre "
                          "FROM households h JOIN places v ON v.id = h.village_id "
                          "JOIN places t ON t.id = v.parent_id JOIN places c ON c.id = t.parent_id "
                          "WHERE (:unit = 0 OR c.id = :unit) %2"
                          "ORDER BY c.illustrative, c.id, t.id, v.id, h.id")
        .arg(cadre, withoutCadreOnly ? QStringLiteral("AND NOT %1 ").arg(cadre) : QString());
}

QVariantMap Coverage::binds(const QDate &date, qint64 unitId)
{
    return QVariantMap { { QStringLiteral(":date"), date.toString(Qt::ISODate) }, { QStringLiteral(":unit"), unitId } };
}

bool Coverage::compute(const QSqlDatabase &db, const QDate &date, qint64 unitId, CoverageReport *out, QString *error)
{
    CoverageReport report;
    report.date = date;
    QHash<qint64, int> position; // unit id -> index in report.units
    for (const Unit &u : Breakdowns::westernUnits(db)) {
        if (unitId != 0 && u.id != unitId)
            continue;
        position.insert(u.id, int(report.units.size()));
        UnitCoverage c;
        c.unit = u;
        report.units.push_back(c);
    }
    const QVariantMap values = binds(date, unitId);
    const QStringList kinds = villageKinds();

    QSqlQuery villages(db);
    villages.setForwardOnly(true);
    if (!run(villages, villagesSql(), values, error))
        return false;
    while (villages.next()) {
        const int at = position.value(villages.value(QStringLiteral("unit_id")).toLongLong(), -1);
        if (at < 0)
            continue;
        VillageCoverage v;
        v.id = villages.value(QStringLiteral("village_id")).toLongLong();
        v.name = villages.value(QStringLiteral("village")).toString();
        v.townId = villages.value(QStringLiteral("town_id")).toLongLong();
        v.town = villages.value(QStringLiteral("town")).toString();
        v.unitId = villages.value(QStringLiteral("unit_id")).toLongLong();
        for (const QString &kind : kinds) {
            if (villages.value(kind).toInt() == 1)
                v.kinds << kind;
        }
        UnitCoverage &u = report.units[at];
        ++u.poorVillages;
        if (v.kinds.isEmpty())
            u.uncovered << v;
        else if (v.kinds.size() == 1)
            u.oneKind << v;
        else
            u.severalKinds << v;
    }

    QSqlQuery households(db);
    households.setForwardOnly(true);
    if (!run(households, householdsSql(), values, error))
        return false;
    while (households.next()) {
        const int at = position.value(households.value(QStringLiteral("unit_id")).toLongLong(), -1);
        if (at < 0)
            continue;
        UnitCoverage &u = report.units[at];
        ++u.households;
        if (households.value(QStringLiteral("has_cadre")).toInt() == 1)
            continue;
        HouseholdCoverage h;
        h.id = households.value(QStringLiteral("household_id")).toLongLong();
        h.head = households.value(QStringLiteral("head")).toString();
        h.members = households.value(QStringLiteral("members")).toInt();
        h.registeredYear = households.value(QStringLiteral("registered_year")).toInt();
        h.exitYear = households.value(QStringLiteral("exit_year")).toInt();
        h.villageId = households.value(QStringLiteral("village_id")).toLongLong();
        h.village = households.value(QStringLiteral("village")).toString();
        h.town = households.value(QStringLiteral("town")).toString();
        h.unitId = households.value(QStringLiteral("unit_id")).toLongLong();
        h.hasCadre = false;
        u.withoutCadre << h;
    }
    *out = report;
    return true;
}

} // namespace tongxin

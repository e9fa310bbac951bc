#include "pairing/pairingquery.h"

#include "domain/labels.h"
#include "stats/breakdowns.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tongxin {

namespace {

// Each party is shown with where it belongs: a place with its parent (community → street,
// street → district, village → town, town → county); an organisation with its place unless that
// is the whole district or county; a person with their organisation (else their place); a
// household with its village. The same expressions serve the list, the detail and partyText().
QString placeText(const QString &p, const QString &parent)
{
    return QStringLiteral("%1.name || CASE WHEN %2.id IS NULL THEN '' ELSE '（' || %2.name || '）' END").arg(p, parent);
}

QString orgText(const QString &o, const QString &place)
{
    return QStringLiteral("%1.name || CASE WHEN %2.id IS NULL OR %2.level IN ('district', 'county') THEN '' "
                          "ELSE '（' || %2.name || '）' END")
        .arg(o, place);
}

QString personText(const QString &pe, const QString &org, const QString &place)
{
    return QStringLiteral("%1.name || CASE WHEN coalesce(%2.name, %3.name) IS NULL THEN '' "
                          "ELSE '（' || coalesce(%2.name, %3.name) || '）' END")
        .arg(pe, org, place);
}

QString householdText(const QString &h, const QString &village)
{
    return QStringLiteral("%1.head_name || '（' || %2.name || '）'").arg(h, village);
}

// Every pairing with its parties' texts and units; listSql() and pairingsOf() add WHERE and
// ORDER BY. One query with LEFT JOINs: each pairing has one party column set per side.
QString baseSql()
{
    return QStringLiteral(
        "SELECT p.id, p.kind, p.status, p.start_date, p.end_date, p.agreement_no, p.notes, "
        "       p.east_place_id, p.east_org_id, p.east_person_id, "
        "       p.west_place_id, p.west_org_id, p.west_household_id, "
        "       CASE WHEN ep.id IS NOT NULL THEN %1 WHEN eo.id IS NOT NULL THEN %2 ELSE %3 END AS east_party, "
        "       elu.unit_id AS east_unit_id, "
        "       CASE el.level WHEN 'street' THEN el.id WHEN 'community' THEN el.parent_id END AS east_street_id, "
        "       CASE WHEN wp.id IS NOT NULL THEN %4 WHEN wo.id IS NOT NULL THEN %5 ELSE %6 END AS west_party, "
        "       (CASE WHEN ep.id IS NOT NULL THEN %1 WHEN eo.id IS NOT NULL THEN %2 ELSE %3 END) || ' ↔ ' || "
        "       (CASE WHEN wp.id IS NOT NULL THEN %4 WHEN wo.id IS NOT NULL THEN %5 ELSE %6 END) AS title, "
        "       pu.county_id AS unit_id, wu.name AS unit "
        "FROM pairings p "
        "LEFT JOIN places ep ON ep.id = p.east_place_id "
        "LEFT JOIN places epp ON epp.id = ep.parent_id "
        "LEFT JOIN organisations eo ON eo.id = p.east_org_id "
        "LEFT JOIN places eol ON eol.id = eo.place_id "
        "LEFT JOIN people epe ON epe.id = p.east_person_id "
        "LEFT JOIN organisations epo ON epo.id = epe.org_id "
        "LEFT JOIN places epl ON epl.id = epe.place_id "
        "LEFT JOIN places el ON el.id = coalesce(p.east_place_id, eo.place_id, epe.place_id, epo.place_id) "
        "LEFT JOIN place_units elu ON elu.place_id = el.id "
        "LEFT JOIN places wp ON wp.id = p.west_place_id "
        "LEFT JOIN places wpp ON wpp.id = wp.parent_id "
        "LEFT JOIN organisations wo ON wo.id = p.west_org_id "
        "LEFT JOIN places wol ON wol.id = wo.place_id "
        "LEFT JOIN households h ON h.id = p.west_household_id "
        "LEFT JOIN places hv ON hv.id = h.village_id "
        "LEFT JOIN pairing_units pu ON pu.pairing_id = p.id "
        "LEFT JOIN places wu ON wu.id = pu.county_id ")
        .arg(placeText(QStringLiteral("ep"), QStringLiteral("epp")),
            orgText(QStringLiteral("eo"), QStringLiteral("eol")),
            personText(QStringLiteral("epe"), QStringLiteral("epo"), QStringLiteral("epl")),
            placeText(QStringLiteral("wp"), QStringLiteral("wpp")),
            orgText(QStringLiteral("wo"), QStringLiteral("wol")),
            householdText(QStringLiteral("h"), QStringLiteral("hv")));
}

// Kinds in the order of the article (and of Labels), then western unit, then date.
QString kindOrder()
{
    QString sql = QStringLiteral("CASE p.kind");
    const QStringList kinds = Labels::codes(Labels::Domain::PairingKind);
    for (int i = 0; i < kinds.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(kinds.at(i)).arg(i);
    return sql + QStringLiteral(" END");
}

PairingParty partyOf(
    const QSqlQuery &q, const char *place, const char *org, const char *third, PairingParty::Type thirdType)
{
    const auto id = [&q](const char *column) { return q.value(QLatin1String(column)).toLongLong(); };
    if (id(place))
        return { PairingParty::Type::Place, id(place) };
    if (id(org))
        return { PairingParty::Type::Organisation, id(org) };
    if (id(third))
        return { thirdType, id(third) };
    return {};
}

PairingRow readRow(const QSqlQuery &q)
{
    PairingRow r;
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.kind = q.value(QStringLiteral("kind")).toString();
    r.status = q.value(QStringLiteral("status")).toString();
    r.startDate = q.value(QStringLiteral("start_date")).toString();
    r.endDate = q.value(QStringLiteral("end_date")).toString();
    r.agreementNo = q.value(QStringLiteral("agreement_no")).toString();
    r.notes = q.value(QStringLiteral("notes")).toString();
    r.east = partyOf(q, "east_place_id", "east_org_id", "east_person_id", PairingParty::Type::Person);
    r.west = partyOf(q, "west_place_id", "west_org_id", "west_household_id", PairingParty::Type::Household);
    r.eastText = q.value(QStringLiteral("east_party")).toString();
    r.westText = q.value(QStringLiteral("west_party")).toString();
    r.unitId = q.value(QStringLiteral("unit_id")).toLongLong();
    r.unit = q.value(QStringLiteral("unit")).toString();
    return r;
}

} // namespace

PairingParty PairingParty::fromKey(qint64 key)
{
    const qint64 type = key >> 40;
    const qint64 id = key & ((qint64(1) << 40) - 1);
    if (type < qint64(Type::Place) || type > qint64(Type::Household) || id <= 0)
        return {};
    return { Type(type), id };
}

PairingParty PairingParty::fromColumn(const QString &column, qint64 id)
{
    if (id <= 0)
        return {};
    if (column.endsWith(QLatin1String("place_id")))
        return { Type::Place, id };
    if (column.endsWith(QLatin1String("org_id")))
        return { Type::Organisation, id };
    if (column.endsWith(QLatin1String("person_id")))
        return { Type::Person, id };
    if (column.endsWith(QLatin1String("household_id")))
        return { Type::Household, id };
    return {};
}

QString PairingQuery::listSql()
{
    return baseSql()
        + QStringLiteral("WHERE p.start_date <= :to AND (p.end_date IS NULL OR p.end_date >= :from) "
                         "ORDER BY %1, wu.illustrative, pu.county_id, p.start_date, p.id")
              .arg(kindOrder());
}

QVariantMap PairingQuery::yearBinds(int year)
{
    const Filter f = year > 0 ? Filter::year(year) : Filter {};
    return { { QStringLiteral(":from"), f.firstDay() }, { QStringLiteral(":to"), f.lastDay() } };
}

QVector<PairingRow> PairingQuery::pairingsOf(const QSqlDatabase &db, const PairingParty &party, QString *error)
{
    QVector<PairingRow> out;
    QString where;
    switch (party.type) {
    case PairingParty::Type::Place:
        where = QStringLiteral("p.east_place_id = :id OR p.west_place_id = :id");
        break;
    case PairingParty::Type::Organisation:
        where = QStringLiteral("p.east_org_id = :id OR p.west_org_id = :id");
        break;
    case PairingParty::Type::Person:
        where = QStringLiteral("p.east_person_id = :id");
        break;
    case PairingParty::Type::Household:
        where = QStringLiteral("p.west_household_id = :id");
        break;
    case PairingParty::Type::None:
        return out;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(baseSql() + QStringLiteral("WHERE %1 ORDER BY p.start_date, p.id").arg(where));
    q.bindValue(QStringLiteral(":id"), party.id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

PairingRow PairingQuery::pairing(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(baseSql() + QStringLiteral("WHERE p.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return readRow(q);
    return {};
}

QString PairingQuery::partyText(const QSqlDatabase &db, const PairingParty &party)
{
    QString sql;
    switch (party.type) {
    case PairingParty::Type::Place:
        sql = QStringLiteral("SELECT %1 FROM places p LEFT JOIN places par ON par.id = p.parent_id WHERE p.id = :id")
                  .arg(placeText(QStringLiteral("p"), QStringLiteral("par")));
        break;
    case PairingParty::Type::Organisation:
        sql = QStringLiteral(
            "SELECT %1 FROM organisations o LEFT JOIN places pl ON pl.id = o.place_id WHERE o.id = :id")
                  .arg(orgText(QStringLiteral("o"), QStringLiteral("pl")));
        break;
    case PairingParty::Type::Person:
        sql = QStringLiteral("SELECT %1 FROM people pe LEFT JOIN organisations o ON o.id = pe.org_id "
                             "LEFT JOIN places pl ON pl.id = pe.place_id WHERE pe.id = :id")
                  .arg(personText(QStringLiteral("pe"), QStringLiteral("o"), QStringLiteral("pl")));
        break;
    case PairingParty::Type::Household:
        sql = QStringLiteral("SELECT %1 FROM households h JOIN places v ON v.id = h.village_id WHERE h.id = :id")
                  .arg(householdText(QStringLiteral("h"), QStringLiteral("v")));
        break;
    case PairingParty::Type::None:
        return QString();
    }
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":id"), party.id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString PairingQuery::partyKindText(const QSqlDatabase &db, const PairingParty &party)
{
    auto scalar = [&db](const QString &sql, qint64 id) {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    switch (party.type) {
    case PairingParty::Type::Place:
        return Labels::text(
            Labels::Domain::PlaceLevel, scalar(QStringLiteral("SELECT level FROM places WHERE id = ?"), party.id));
    case PairingParty::Type::Organisation:
        return Labels::text(
            Labels::Domain::OrgKind, scalar(QStringLiteral("SELECT kind FROM organisations WHERE id = ?"), party.id));
    case PairingParty::Type::Person:
        return Labels::text(
            Labels::Domain::PersonRole, scalar(QStringLiteral("SELECT role FROM people WHERE id = ?"), party.id));
    case PairingParty::Type::Household:
        return tr("Registered poor household");
    case PairingParty::Type::None:
        break;
    }
    return QString();
}

QString PairingQuery::partiesLookupSql()
{
    // The places, organisations and people of the kinds a pairing can hold, and every household.
    return QStringLiteral(
        "SELECT key, text FROM ("
        " SELECT (1 << 40) | p.id AS key, %1 AS text, p.side = 'west' AS west, 1 AS t, "
        "        pu.unit_id AS u, p.id AS o "
        " FROM places p LEFT JOIN places par ON par.id = p.parent_id "
        " LEFT JOIN place_units pu ON pu.place_id = p.id "
        " WHERE p.level IN ('street', 'community', 'town', 'village')"
        " UNION ALL"
        " SELECT (2 << 40) | o.id, %2, o.side = 'west', 2, 0, o.id"
        " FROM organisations o LEFT JOIN places pl ON pl.id = o.place_id"
        " WHERE o.kind IN ('school', 'hospital') OR (o.side = 'east' AND o.kind IN ('enterprise', 'chamber'))"
        " UNION ALL"
        " SELECT (3 << 40) | pe.id, %3, 0, 3, 0, pe.id"
        " FROM people pe LEFT JOIN organisations o ON o.id = pe.org_id LEFT JOIN places pl ON pl.id = pe.place_id"
        " WHERE pe.side = 'east' AND pe.role = 'cadre'"
        " UNION ALL"
        " SELECT (4 << 40) | h.id, %4, 1, 4, 0, h.id"
        " FROM households h JOIN places v ON v.id = h.village_id"
        ") ORDER BY west, t, u, o")
        .arg(placeText(QStringLiteral("p"), QStringLiteral("par")), orgText(QStringLiteral("o"), QStringLiteral("pl")),
            personText(QStringLiteral("pe"), QStringLiteral("o"), QStringLiteral("pl")),
            householdText(QStringLiteral("h"), QStringLiteral("v")));
}

QVector<PairingCountRow> PairingQuery::countsByUnit(const QSqlDatabase &db, int year, QString *error)
{
    QVector<PairingCountRow> out;
    const QVector<Unit> units = Breakdowns::westernUnits(db);
    const auto filter = [year](qint64 unit) { return year > 0 ? Filter::year(year, unit) : Filter { 0, 0, unit }; };
    for (const QString &kind : Labels::codes(Labels::Domain::PairingKind)) {
        for (const Unit &u : units) {
            QString why;
            const PairCount c = Headline::pairings(db, kind, filter(u.id), &why);
            if (!why.isEmpty()) {
                if (error)
                    *error = why;
                return out;
            }
            out.push_back({ kind, u.id, u.displayName(), c });
        }
        // Pairings whose western party has no unit: a row of their own, so the rows add up.
        QString why;
        const PairCount none = Headline::pairings(db, kind, filter(Filter::Unassigned), &why);
        if (none.pairs > 0 && why.isEmpty())
            out.push_back({ kind, Filter::Unassigned, tr("Not assigned to a unit"), none });
        const PairCount all = Headline::pairings(db, kind, filter(0), &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return out;
        }
        out.push_back({ kind, 0, QString(), all });
    }
    return out;
}

QVector<EasternUnit> PairingQuery::easternUnits(const QSqlDatabase &db)
{
    QVector<EasternUnit> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT p.id, p.level, p.name, p.name_en FROM places p "
                          "LEFT JOIN places d ON d.id = coalesce(p.parent_id, p.id) "
                          "WHERE p.side = 'east' AND p.level IN ('district', 'street') "
                          "ORDER BY d.id, p.level = 'street', p.id"));
    while (q.next()) {
        EasternUnit u;
        u.unit.id = q.value(0).toLongLong();
        u.level = q.value(1).toString();
        u.unit.name = q.value(2).toString();
        u.unit.nameEn = q.value(3).toString();
        out.push_back(u);
    }
    return out;
}

} // namespace tongxin

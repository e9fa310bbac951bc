#include "pairing/network.h"

#include "pairing/coverage.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

// Every pairing with both parties' group, name and parent place, the western unit (through
// pairing_units) and the eastern unit (through the party's place, its organisation's place or
// its person's organisation's place). `%1` is the unit condition, `%2` Coverage's in-force test.
const char *const NetworkSql = R"(
SELECT p.id, p.kind, p.start_date, p.end_date,
       CASE WHEN %2 THEN 1 ELSE 0 END AS in_force,
       CASE WHEN p.east_place_id IS NOT NULL THEN 'place:' || p.east_place_id
            WHEN p.east_org_id IS NOT NULL THEN 'org:' || p.east_org_id
            ELSE 'person:' || p.east_person_id END AS east_key,
       coalesce(p.east_place_id, p.east_org_id, p.east_person_id) AS east_id,
       CASE WHEN p.east_place_id IS NOT NULL THEN ep.level
            WHEN p.east_org_id IS NOT NULL THEN eo.kind ELSE 'cadre' END AS east_group,
       coalesce(ep.name, eo.name, epe.name) AS east_name,
       CASE WHEN p.east_place_id IS NOT NULL THEN ep.parent_id
            WHEN p.east_org_id IS NOT NULL THEN eo.place_id ELSE epe.org_id END AS east_parent_id,
       CASE WHEN p.east_place_id IS NOT NULL THEN epp.name
            WHEN p.east_org_id IS NOT NULL THEN eop.name ELSE epo.name END AS east_parent,
       eun.name AS east_unit,
       CASE WHEN p.west_place_id IS NOT NULL THEN 'place:' || p.west_place_id
            WHEN p.west_org_id IS NOT NULL THEN 'org:' || p.west_org_id
            ELSE 'household:' || p.west_household_id END AS west_key,
       coalesce(p.west_place_id, p.west_org_id, p.west_household_id) AS west_id,
       CASE WHEN p.west_place_id IS NOT NULL THEN wp.level
            WHEN p.west_org_id IS NOT NULL THEN wo.kind ELSE 'household' END AS west_group,
       coalesce(wp.name, wo.name, h.head_name) AS west_name,
       CASE WHEN p.west_place_id IS NOT NULL THEN wp.parent_id
            WHEN p.west_org_id IS NOT NULL THEN wo.place_id ELSE h.village_id END AS west_parent_id,
       CASE WHEN p.west_place_id IS NOT NULL THEN wpp.name
            WHEN p.west_org_id IS NOT NULL THEN wop.name ELSE hv.name END AS west_parent,
       wun.name AS west_unit
FROM pairings p
JOIN pairing_units wu ON wu.pairing_id = p.id
LEFT JOIN places wun ON wun.id = wu.county_id
LEFT JOIN places ep ON ep.id = p.east_place_id
LEFT JOIN places epp ON epp.id = ep.parent_id
LEFT JOIN organisations eo ON eo.id = p.east_org_id
LEFT JOIN places eop ON eop.id = eo.place_id
LEFT JOIN people epe ON epe.id = p.east_person_id
LEFT JOIN organisations epo ON epo.id = epe.org_id
LEFT JOIN place_units eu ON eu.place_id = coalesce(p.east_place_id, eo.place_id, epe.place_id, epo.place_id)
LEFT JOIN places eun ON eun.id = eu.unit_id
LEFT JOIN places wp ON wp.id = p.west_place_id
LEFT JOIN places wpp ON wpp.id = wp.parent_id
LEFT JOIN organisations wo ON wo.id = p.west_org_id
LEFT JOIN places wop ON wop.id = wo.place_id
LEFT JOIN households h ON h.id = p.west_household_id
LEFT JOIN places hv ON hv.id = h.village_id
WHERE p.start_date <= :date AND %1 AND (:ended = 1 OR %2)
ORDER BY p.id
)";

} // namespace

QStringList PairingNetwork::groups(NetworkNode::Side side)
{
    if (side == NetworkNode::Side::East)
        return { QStringLiteral("street"), QStringLiteral("community"), QStringLiteral("school"),
            QStringLiteral("hospital"), QStringLiteral("enterprise"), QStringLiteral("chamber"),
            QStringLiteral("cadre") };
    return { QStringLiteral("town"), QStringLiteral("village"), QStringLiteral("school"), QStringLiteral("hospital"),
        QStringLiteral("household") };
}

QVector<Unit> PairingNetwork::easternUnits(const QSqlDatabase &db)
{
    QVector<Unit> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, name, ifnull(name_en, ''), illustrative FROM places "
                          "WHERE level = 'district' ORDER BY illustrative, id"));
    while (q.next())
        out.push_back(
            Unit { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool() });
    return out;
}

bool PairingNetwork::load(const QSqlDatabase &db, NetworkNode::Side side, qint64 unitId, const QDate &date,
    bool includeEnded, PairingNetwork *out, QString *error)
{
    const QString unitCondition = side == NetworkNode::Side::West ? QStringLiteral("wu.county_id = :unit")
                                                                  : QStringLiteral("eu.unit_id = :unit");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = q.prepare(QString::fromUtf8(NetworkSql).arg(unitCondition, Coverage::inForceCondition()));
    if (ok) {
        q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":unit"), unitId);
        q.bindValue(QStringLiteral(":ended"), includeEnded ? 1 : 0);
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    PairingNetwork net;
    QHash<QString, int> index; // "east/<key>" or "west/<key>" -> node
    const auto node = [&](NetworkNode::Side s, const QString &prefix) {
        const QString key = q.value(prefix + QStringLiteral("_key")).toString();
        const QString id = (s == NetworkNode::Side::East ? QStringLiteral("east/") : QStringLiteral("west/")) + key;
        auto it = index.constFind(id);
        if (it != index.constEnd())
            return it.value();
        NetworkNode n;
        n.key = key;
        n.side = s;
        n.id = q.value(prefix + QStringLiteral("_id")).toLongLong();
        n.group = q.value(prefix + QStringLiteral("_group")).toString();
        n.name = q.value(prefix + QStringLiteral("_name")).toString();
        n.parentId = q.value(prefix + QStringLiteral("_parent_id")).toLongLong();
        n.parent = q.value(prefix + QStringLiteral("_parent")).toString();
        n.unit = q.value(prefix + QStringLiteral("_unit")).toString();
        net.nodes.push_back(n);
        const int at = int(net.nodes.size()) - 1;
        index.insert(id, at);
        return at;
    };
    while (q.next()) {
        NetworkEdge e;
        e.pairingId = q.value(QStringLiteral("id")).toLongLong();
        e.kind = q.value(QStringLiteral("kind")).toString();
        e.startDate = q.value(QStringLiteral("start_date")).toString();
        e.endDate = q.value(QStringLiteral("end_date")).toString();
        e.inForce = q.value(QStringLiteral("in_force")).toInt() == 1;
        e.east = node(NetworkNode::Side::East, QStringLiteral("east"));
        e.west = node(NetworkNode::Side::West, QStringLiteral("west"));
        net.edges.push_back(e);
    }
    *out = net;
    return true;
}

int PairingNetwork::edgeCount(const QString &kind) const
{
    int n = 0;
    for (const NetworkEdge &e : edges)
        n += e.kind == kind ? 1 : 0;
    return n;
}

int PairingNetwork::nodeCount(NetworkNode::Side side, const QString &group) const
{
    int n = 0;
    for (const NetworkNode &node : nodes)
        n += node.side == side && node.group == group ? 1 : 0;
    return n;
}

} // namespace tongxin

#pragma once

#include "stats/breakdowns.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tongxin {

/// One party of the pairing network: a place, an organisation, a person or a household.
struct NetworkNode
{
    enum class Side { East, West };
    QString key; ///< "place:12", "org:5", "person:7" or "household:3": unique in a network
    Side side = Side::East;
    /// east: street, community, school, hospital, enterprise, chamber, cadre;
    /// west: town, village, school, hospital, household (see PairingNetwork::groups()).
    QString group;
    qint64 id = 0; ///< the id in its table
    QString name;
    qint64 parentId = 0; ///< the place it belongs to (town of a village, village of a household…), 0 if none
    QString parent; ///< that place's name
    QString unit; ///< its county or district
};

/// One pairing between two nodes of the network.
struct NetworkEdge
{
    qint64 pairingId = 0;
    QString kind; ///< pairings.kind
    int east = -1; ///< index into PairingNetwork::nodes
    int west = -1;
    bool inForce = true; ///< false: ended (or no longer in force) on the date asked about
    QString startDate;
    QString endDate; ///< empty when open
};

/// The pairings of one western unit (every pairing whose western party lies in it) or of one
/// eastern unit (every pairing whose eastern party lies in it), with their parties: what the
/// network view draws. GUI-free; the layout is the view's business.
struct PairingNetwork
{
    QVector<NetworkNode> nodes;
    QVector<NetworkEdge> edges;

    /// The node groups of a side, in drawing order.
    static QStringList groups(NetworkNode::Side side);
    /// Eastern units (places of level district), by id.
    static QVector<Unit> easternUnits(const QSqlDatabase &db);

    /// Pairings of the unit `unitId` on `side` in force on `date` (Coverage::inForceCondition()),
    /// and with `includeEnded` also those that had started by then but are no longer in force.
    /// False (with the SQL error) when the query fails.
    static bool load(const QSqlDatabase &db, NetworkNode::Side side, qint64 unitId, const QDate &date,
        bool includeEnded, PairingNetwork *out, QString *error = nullptr);

    /// Edges per pairing kind.
    int edgeCount(const QString &kind) const;
    /// Nodes per group of a side.
    int nodeCount(NetworkNode::Side side, const QString &group) const;
};

} // namespace tongxin

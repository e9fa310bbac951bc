#include "pairing/pairingcounts.h"

#include "domain/labels.h"
#include "stats/breakdowns.h"
#include "stats/filter.h"

namespace tongxin {

QStringList PairingCounts::kinds()
{
    return Labels::codes(Labels::Domain::PairingKind);
}

QString PairingCounts::key(const QString &kind, qint64 unitId, int year)
{
    return QStringLiteral("%1/%2/%3").arg(kind).arg(unitId).arg(year);
}

bool PairingCounts::load(
    const QSqlDatabase &db, const QVector<qint64> &unitIds, const QVector<int> &years, QString *error)
{
    m_cells.clear();
    m_index.clear();
    m_units = unitIds;
    m_years = years;
    const QStringList all = kinds();
    for (qint64 unit : unitIds) {
        for (int year : years) {
            Filter filter = year > 0 ? Filter::year(year, unit) : Filter {};
            filter.countyId = unit;
            for (const QString &kind : all) {
                QString why;
                const PairCount c = Headline::pairings(db, kind, filter, &why);
                if (!why.isEmpty()) {
                    if (error)
                        *error = why;
                    return false;
                }
                m_index.insert(key(kind, unit, year), int(m_cells.size()));
                m_cells.push_back(PairingCountCell { kind, unit, year, c });
            }
        }
    }
    return true;
}

bool PairingCounts::loadAll(const QSqlDatabase &db, QString *error)
{
    QVector<qint64> units { 0 };
    for (const Unit &u : Breakdowns::westernUnits(db))
        units << u.id;
    QVector<int> years { 0 };
    years += Breakdowns::years(db);
    return load(db, units, years, error);
}

PairCount PairingCounts::value(const QString &kind, qint64 unitId, int year) const
{
    const int i = m_index.value(key(kind, unitId, year), -1);
    return i < 0 ? PairCount {} : m_cells.at(i).count;
}

bool PairingCounts::contains(const QString &kind, qint64 unitId, int year) const
{
    return m_index.contains(key(kind, unitId, year));
}

} // namespace tongxin

#pragma once

#include "stats/filter.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace tongxin {

/// A western (county-level) unit, as offered in filters.
struct Unit
{
    qint64 id = 0;
    QString name;
    QString nameEn;
    bool illustrative = false;
    /// The name in the user's language (English name when there is one and English is on).
    QString displayName() const;
};

/// One cell of a two-way breakdown: a row key, a column key and a value.
struct Cell
{
    QString row;
    QString column;
    qint64 value = 0;
};

/// The figures behind charts, each computed by one query here.
class Breakdowns final
{
public:
    /// Western units (level county), by name.
    static QVector<Unit> westernUnits(const QSqlDatabase &db);
    /// Finds a western unit by Chinese or English name (case-insensitive); 0 when none.
    static qint64 findUnit(const QSqlDatabase &db, const QString &name);
    /// Calendar years from the first to the last of any register's year column (the
    /// catalogue's Register::yearColumn), ascending and continuous (OfficePeriod's fallback when the settings name no period).
    static QVector<int> years(const QSqlDatabase &db);
    /// Fiscal aid paid (fen): row = western unit id, column = year. Follows the filter.
    static QVector<Cell> fiscalAidPaidByUnitYear(const QSqlDatabase &db, const Filter &filter);
    /// Consumption-aid sales (fen): row = month "YYYY-MM", column = channel code.
    static QVector<Cell> salesByMonthChannel(const QSqlDatabase &db, const Filter &filter);
};

} // namespace tongxin

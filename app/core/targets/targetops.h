#pragma once

#include "records/recordops.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace tongxin {

/// Yearly targets per indicator and western unit (Reports ▸ Yearly targets…): their rules and
/// their one write, for the targets dialog, the command line and imports alike.
class TargetOps final
{
public:
    /// A western unit, a year 1990–2100, an indicator of the figures (pairing figures have no
    /// target), a value not negative (fen for money indicators), and one target per unit, year
    /// and indicator. Empty when `row` can be written; `id` 0 when new.
    static QString check(const QSqlDatabase &db, const QVariantMap &row, qint64 id);
    /// Sets a target: a new one (`id` 0) or target `id` changed.
    static bool set(const QSqlDatabase &db, qint64 id, qint64 countyId, int year, const QString &indicator,
        qint64 value, RecordChange *change, QString *error);
};

} // namespace tongxin

#pragma once

#include "records/recordops.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace tongxin {

/// The writes of pairings beyond the form (End pairing), for the Pairings page, the command line
/// and imports alike.
class PairingOps final
{
    Q_DECLARE_TR_FUNCTIONS(PairingOps)
public:
    /// Ends an active pairing on `endDate` (not before its start), checked with the pairing's
    /// rules (Rules::pairing) on the row as it would be, in one transaction. Refused for an
    /// unknown or already ended pairing, or an invalid date; the database is then unchanged.
    static bool end(
        const QSqlDatabase &db, qint64 pairingId, const QDate &endDate, RecordChange *change, QString *error);
};

} // namespace tongxin

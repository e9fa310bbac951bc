#pragma once

#include "records/recordops.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace tongxin {

/// The writes of the talent, labour, industry, social-aid and organisation records beyond their
/// forms, for the pages, the command line and imports alike.
class AreaOps final
{
    Q_DECLARE_TR_FUNCTIONS(AreaOps)
public:
    /// Ends a secondment with no end date on `endDate` (not before its start), checked with
    /// AreaRules::secondment on the row as it would be, in one transaction. Refused for an
    /// unknown secondment, one that has ended already, or an invalid date; nothing is written then.
    static bool endSecondment(
        const QSqlDatabase &db, qint64 secondmentId, const QDate &endDate, RecordChange *change, QString *error);
};

} // namespace tongxin

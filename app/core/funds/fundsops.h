#pragma once

#include "records/recordops.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace tongxin {

/// The writes of fiscal aid (Pay, record progress, allocate) and the rules of its records, for the
/// Funds page, the command line and imports alike. Each write checks its record's rules inside
/// its one transaction (RecordOps) and leaves the database unchanged when refused.
class FundsOps final
{
    Q_DECLARE_TR_FUNCTIONS(FundsOps)
public:
    /// A payment of a project (money in fen).
    struct Payment final
    {
        QDate date;
        qint64 amountFen = 0;
        QString voucherNo;
        QString notes;
    };
    /// A progress update of a project; `percent` null when not given, else 0–100.
    struct Progress final
    {
        QDate date;
        QString text;
        QVariant percent;
    };
    /// Money allocated to a western unit for a year (fen); `source` a FundSource code.
    struct Allocation final
    {
        qint64 countyId = 0;
        int year = 0;
        qint64 amountFen = 0;
        QString source = QStringLiteral("district");
        QString docNo;
        QString notes;
    };

    /// Pays a project: refused above its budget (with what is left said), for an unknown project,
    /// without a date, or for an amount not above zero.
    static bool pay(
        const QSqlDatabase &db, qint64 projectId, const Payment &payment, RecordChange *change, QString *error);
    /// Changes a payment (the other payments of its project and its budget still bound it).
    static bool editPayment(
        const QSqlDatabase &db, qint64 paymentId, const Payment &payment, RecordChange *change, QString *error);
    /// Records a project's progress.
    static bool recordProgress(
        const QSqlDatabase &db, qint64 projectId, const Progress &progress, RecordChange *change, QString *error);
    /// Allocates money to a western unit for a year.
    static bool allocate(const QSqlDatabase &db, const Allocation &allocation, RecordChange *change, QString *error);

    /// The rules of each record, on the row as it would be stored (`id` 0 when new); empty when it can be written.
    static QString checkPayment(const QSqlDatabase &db, const QVariantMap &row, qint64 id);
    static QString checkProgress(const QSqlDatabase &db, const QVariantMap &row, qint64 id);
    static QString checkAllocation(const QSqlDatabase &db, const QVariantMap &row, qint64 id);
    /// Registered poor benefited ≤ all benefited; a budget not below what was paid (FundsRules::checkBudget).
    static QString checkProject(const QSqlDatabase &db, const QVariantMap &row, qint64 id);
};

} // namespace tongxin

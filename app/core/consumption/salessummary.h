#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tongxin {

/// The monthly summary of the sales ledger: table `sales_monthly` (schema version 2), the
/// ledger summed by month, western unit, channel, outlet, category, product, buyer type and
/// 以购代捐. Triggers keep it equal to `sales` on every insert, update and delete. A bulk writer
/// (the import) suspends the insert and delete triggers inside its transaction, sums its rows
/// with an Accumulator, applies the sums and resumes the triggers before it commits, so a
/// rollback restores triggers and summary with everything else.
class SalesSummary final
{
public:
    /// Sums of rows added by a bulk writer, one entry per summary key.
    class Accumulator
    {
    public:
        void add(const QString &date, qint64 countyId, const QString &channel, qint64 outletId, const QString &category,
            const QString &product, const QString &buyerType, bool forDonation, qint64 amountFen);
        /// Adds the sums to the summary (upsert).
        bool apply(QSqlDatabase db, QString *error) const;
        int size() const { return int(m_sums.size()); }
        void clear() { m_sums.clear(); }

    private:
        struct Sum
        {
            QString month;
            qint64 countyId;
            QString channel;
            qint64 outletId;
            QString category;
            QString product;
            QString buyerType;
            int forDonation;
            qint64 rows;
            qint64 amountFen;
        };
        QHash<QString, Sum> m_sums;
        QString m_key;
    };

    /// True when the database has the summary (schema version 2 or later).
    static bool exists(const QSqlDatabase &db);
    /// Drops the insert and delete triggers, keeping their SQL in `saved`. Inside a transaction only.
    static bool suspendTriggers(QSqlDatabase db, QStringList *saved, QString *error);
    /// Creates the triggers of `saved` again.
    static bool resumeTriggers(QSqlDatabase db, const QStringList &saved, QString *error);
    /// Subtracts from the summary the ledger rows `fromWhere` ("FROM sales WHERE …") selects,
    /// before a bulk writer deletes them with the triggers suspended.
    static bool subtract(QSqlDatabase db, const QString &fromWhere, QString *error);
    /// Removes keys whose rows went to zero.
    static bool removeEmpty(QSqlDatabase db, QString *error);
    /// Recomputes the whole summary from the ledger (a repair; the import never needs it).
    static bool rebuild(QSqlDatabase db, QString *error);
    /// Compares the summary with the ledger; false with the first difference described.
    static bool matchesLedger(const QSqlDatabase &db, QString *difference = nullptr);
};

} // namespace tongxin

#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tongxin {

/// The text index of the sales ledger: the FTS5 table `sales_fts` (schema version 4, trigram
/// tokenizer, see resources/sql/migrate_v4.sql), one document per sales row with its product,
/// category, unit and source reference. Triggers keep it equal to `sales`; a bulk writer (the
/// import) suspends the insert trigger inside its transaction, indexes its rows with
/// indexRowsAfter() and resumes the trigger before it commits, so a rollback restores both.
///
/// The index finds the rows that *may* contain a text (its terms are case-folded); the ledger's
/// search keeps its LIKE conditions on those rows, so the results are exactly those of a scan.
class SalesSearch final
{
public:
    /// How the ledger's search finds the rows that may contain a text.
    struct Plan
    {
        enum class Kind {
            Scan, ///< no index, or a text the index cannot answer: LIKE on every filtered row
            Match, ///< the rows of `match` (an FTS5 query on sales_fts) are the candidates
            None, ///< the index has no row containing the text
        };
        Kind kind = Kind::Scan;
        QString match;
        /// Outlets whose name contains the text, looked up once before the ledger is read
        /// (SalesQuery fills them); when not known, the ledger query looks them up itself.
        bool outletsKnown = false;
        QVector<qint64> outletIds;
    };

    /// Terms of a one- or two-character search above which a scan is cheaper than the index.
    static constexpr int MaxTerms = 4000;

    /// True when the database has the index (schema version 4 or later).
    static bool exists(const QSqlDatabase &db);
    /// How to search `text` (trimmed; empty = no search). Reads the index's vocabulary for a
    /// text of one or two characters.
    static Plan plan(const QSqlDatabase &db, const QString &text, QString *error = nullptr);

    /// Drops the insert trigger, keeping its SQL in `saved`. Inside a transaction only.
    static bool suspendTrigger(QSqlDatabase db, QStringList *saved, QString *error);
    /// Indexes the sales rows whose id is above `maxId` (rows a bulk writer added).
    static bool indexRowsAfter(QSqlDatabase db, qint64 maxId, QString *error);
    /// Creates the triggers of `saved` again.
    static bool resumeTrigger(QSqlDatabase db, const QStringList &saved, QString *error);
    /// Rebuilds the whole index from the ledger (a repair).
    static bool rebuild(QSqlDatabase db, QString *error);
    /// The ids of the rows the index gives for `text` (a test's check of the index against the
    /// ledger); `ok` false when it could not be read.
    static QVector<qint64> candidates(const QSqlDatabase &db, const QString &text, bool *ok = nullptr);
};

} // namespace tongxin

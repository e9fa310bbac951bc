#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace tongxin {

/// A write as it was made: enough to undo it and to redo it (the window's undo stack keeps these).
struct RecordChange final
{
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Insert;
    QString table;
    qint64 id = 0;
    QVariantMap before; ///< the whole row before (Update, Delete)
    QVariantMap after; ///< the whole row after (Insert, Update)
};

/// The one write path of records for the window, the command line and imports alike: each write
/// checks the rules of its table on the row as it would be stored (the stored row with the new
/// values over it) and writes it in one transaction (BEGIN IMMEDIATE), so what the rules read
/// cannot change before the write. A refused write leaves the database as it was and says why
/// in the user's language.
class RecordOps final
{
    Q_DECLARE_TR_FUNCTIONS(RecordOps)
public:
    /// The rules of one kind of record: a message, or empty when `row` (every column as it would
    /// be stored) can be written; `id` is the record replaced, 0 for a new one.
    using Rule = std::function<QString(const QSqlDatabase &db, const QVariantMap &row, qint64 id)>;

    /// The rules of a table (Rules, FundsRules, AreaRules, OutletRules, EventRules, TargetRules);
    /// empty for a table without any.
    static Rule ruleOf(const QString &table);

    /// Inserts a row (`id` 0) or changes the given columns of row `id`, after the table's rules
    /// and `extra` (an operation's own, e.g. "only an active pairing ends"). *change receives
    /// what was written.
    static bool save(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values,
        RecordChange *change, QString *error, const Rule &extra = {});
    /// Deletes a row nothing refers to (refused with the records that use it named).
    static bool remove(const QSqlDatabase &db, const QString &table, qint64 id, RecordChange *change, QString *error);
};

} // namespace tongxin

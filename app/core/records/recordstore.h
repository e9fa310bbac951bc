#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace tongxin {

/// A record that refers to another one through a foreign key.
struct Reference
{
    QString table;  ///< the referring table
    QString column; ///< its foreign-key column
    qint64 count = 0;
};

/// Generic writes of one row of a schema table, each in its own transaction, returning what is
/// needed to undo it. Table and column names are checked against the schema, values are bound.
/// Deleting a row that other rows refer to is refused with a message naming them: never a
/// silent cascade.
class RecordStore final
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
public:
    /// The row as column → value, or an empty map when there is none.
    static QVariantMap fetch(const QSqlDatabase &db, const QString &table, qint64 id);
    /// Inserts a row; `values` may carry "id" (to restore a deleted row). Sets *id.
    static bool insert(const QSqlDatabase &db, const QString &table, const QVariantMap &values, qint64 *id,
                       QString *error);
    /// Updates the given columns of a row; *before receives the whole row as it was.
    static bool update(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values,
                       QVariantMap *before, QString *error);
    /// Deletes a row that nothing refers to; *before receives the whole row as it was.
    static bool remove(const QSqlDatabase &db, const QString &table, qint64 id, QVariantMap *before, QString *error);

    /// The same three writes inside a transaction the caller holds (an operation that checks its
    /// rules and writes in one transaction, RecordOps): nothing is begun, committed or rolled back.
    static bool insertIn(const QSqlDatabase &db, const QString &table, const QVariantMap &values, qint64 *id,
                         QString *error);
    static bool updateIn(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values,
                         QVariantMap *before, QString *error);
    static bool removeIn(const QSqlDatabase &db, const QString &table, qint64 id, QVariantMap *before,
                         QString *error);

    /// Rows of other registers that refer to this row (the catalogue's references, which a test
    /// checks against the schema's foreign keys), non-zero counts only.
    static QVector<Reference> referencesTo(const QSqlDatabase &db, const QString &table, qint64 id);
    /// "3 pairings, 12 registered poor households" in the user's language.
    static QString describe(const QVector<Reference> &refs);
    /// The name of a table's records in the user's language, for a count ("pairings").
    static QString tableName(const QString &table);

    /// The columns of a register as the catalogue declares them, empty for a table that is not
    /// a register.
    static QStringList columns(const QString &table);
};

} // namespace tongxin

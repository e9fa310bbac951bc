#include "records/recordstore.h"

#include "accounts/access.h"
#include "db/dberror.h"
#include "db/transaction.h"
#include "registers/catalogue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tongxin {

namespace {

// Only registers of the catalogue are written here (never settings or derived tables).
bool knownTable(const QString &table)
{
    return Catalogue::find(table) != nullptr;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Only columns that exist in the table, so names never come from outside the schema.
bool checkColumns(const QString &table, const QVariantMap &values, QString *error)
{
    const QStringList cols = RecordStore::columns(table);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!cols.contains(it.key())) {
            setError(error, QStringLiteral("unknown column %1.%2").arg(table, it.key()));
            return false;
        }
    }
    return !cols.isEmpty();
}

// A write's transaction: begun (else the reason, e.g. another program holding the write lock),
// then committed (else rolled back, with the reason).
bool begun(const Transaction &t, QString *error)
{
    if (!t.isActive())
        setError(error, DbError::describe(t.lastSqlError()));
    return t.isActive();
}

bool committed(Transaction &t, QString *error)
{
    if (t.commit())
        return true;
    setError(error, DbError::describe(t.lastSqlError()));
    return false;
}

} // namespace

QStringList RecordStore::columns(const QString &table)
{
    const Register *r = Catalogue::find(table);
    return r ? r->columnNames() : QStringList();
}

QVariantMap RecordStore::fetch(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QVariantMap row;
    if (!knownTable(table))
        return row;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), q.value(i));
    }
    return row;
}

bool RecordStore::insert(const QSqlDatabase &db, const QString &table, const QVariantMap &values, qint64 *id,
                         QString *error)
{
    Transaction t(db);
    return begun(t, error) && insertIn(db, table, values, id, error) && committed(t, error);
}

bool RecordStore::update(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values,
                         QVariantMap *before, QString *error)
{
    Transaction t(db);
    return begun(t, error) && updateIn(db, table, id, values, before, error) && committed(t, error);
}

bool RecordStore::remove(const QSqlDatabase &db, const QString &table, qint64 id, QVariantMap *before, QString *error)
{
    Transaction t(db);
    return begun(t, error) && removeIn(db, table, id, before, error) && committed(t, error);
}

bool RecordStore::insertIn(const QSqlDatabase &db, const QString &table, const QVariantMap &values, qint64 *id,
                           QString *error)
{
    if (!checkColumns(table, values, error))
        return false;
    if (const QString refused = Access::tableRefusal(db, table); !refused.isEmpty()) {
        setError(error, refused);
        return false;
    }
    QStringList names;
    QStringList marks;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        names << it.key();
        marks << QStringLiteral(":") + it.key();
    }
    QSqlQuery q(db);
    const QString sql = names.isEmpty()
        ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table)
        : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QLatin1String(", ")),
                                                              marks.join(QLatin1String(", ")));
    q.prepare(sql);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(QStringLiteral(":") + it.key(), it.value());
    if (!q.exec()) {
        setError(error, DbError::describe(q.lastError()));
        return false;
    }
    const qint64 added = q.lastInsertId().toLongLong();
    // Whose record it is shows once it is stored (a pairing's unit is its western party's): a
    // refusal here leaves the caller's transaction to roll it back.
    if (const QString refused = Access::recordRefusal(db, table, added); !refused.isEmpty()) {
        setError(error, refused);
        return false;
    }
    if (id)
        *id = added;
    return true;
}

bool RecordStore::updateIn(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values,
                           QVariantMap *before, QString *error)
{
    if (!checkColumns(table, values, error))
        return false;
    const QVariantMap old = fetch(db, table, id);
    if (old.isEmpty()) {
        setError(error, tr("The record no longer exists."));
        return false;
    }
    if (const QString refused = Access::recordRefusal(db, table, id); !refused.isEmpty()) {
        setError(error, refused);
        return false;
    }
    QStringList sets;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.key() != QLatin1String("id"))
            sets << it.key() + QStringLiteral(" = :") + it.key();
    }
    if (!sets.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(table, sets.join(QLatin1String(", "))));
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            q.bindValue(QStringLiteral(":") + it.key(), it.value());
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec()) {
            setError(error, DbError::describe(q.lastError()));
            return false;
        }
    }
    // Not moved out of the account's units either.
    if (const QString refused = Access::recordRefusal(db, table, id); !refused.isEmpty()) {
        setError(error, refused);
        return false;
    }
    if (before)
        *before = old;
    return true;
}

bool RecordStore::removeIn(const QSqlDatabase &db, const QString &table, qint64 id, QVariantMap *before,
                           QString *error)
{
    if (!knownTable(table)) {
        setError(error, QStringLiteral("unknown table %1").arg(table));
        return false;
    }
    const QVariantMap old = fetch(db, table, id);
    if (old.isEmpty()) {
        setError(error, tr("The record no longer exists."));
        return false;
    }
    if (const QString refused = Access::recordRefusal(db, table, id); !refused.isEmpty()) {
        setError(error, refused);
        return false;
    }
    const QVector<Reference> refs = referencesTo(db, table, id);
    if (!refs.isEmpty()) {
        setError(error, tr("This record cannot be deleted because other records use it: %1.").arg(describe(refs)));
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, DbError::describe(q.lastError()));
        return false;
    }
    if (before)
        *before = old;
    return true;
}

QVector<Reference> RecordStore::referencesTo(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QVector<Reference> out;
    for (const Register &other : Catalogue::all()) {
        for (const RegisterColumn &column : other.columns) {
            if (column.references != table)
                continue;
            QSqlQuery c(db);
            c.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(other.table, column.name));
            c.addBindValue(id);
            if (c.exec() && c.next() && c.value(0).toLongLong() > 0)
                out.push_back(Reference{other.table, column.name, c.value(0).toLongLong()});
        }
    }
    return out;
}

QString RecordStore::tableName(const QString &table)
{
    return Catalogue::noun(table);
}

QString RecordStore::describe(const QVector<Reference> &refs)
{
    QStringList parts;
    for (const Reference &r : refs) {
        //: A count of records, e.g. "3 pairings"; Chinese writes "结对 3 条".
        parts << tr("%1 %2", "count and records").arg(r.count).arg(tableName(r.table));
    }
    return parts.join(tr(", "));
}

} // namespace tongxin

#include "db/audittrail.h"
#include "db/audittrail_p.h"

#include "registers/catalogue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace tongxin {

namespace {

QMutex usersLock;
QHash<QString, QString> users; // connection name -> user named in its entries

// An audited table as its triggers see it: the columns whose values are written, which of
// them hold bytes (written as their size), and the expression giving the record's id.
struct Audited
{
    QString table;
    QStringList columns;
    QStringList blobs;
    QStringList secrets; // written as "hidden" (a password's hash)
    QString rowId; // on a row alias: "%1.id", or NULL for the settings
};

QVector<Audited> audited()
{
    QVector<Audited> out;
    out.push_back({ QStringLiteral("settings"), { QStringLiteral("key"), QStringLiteral("value") }, {}, {},
        QStringLiteral("NULL") });
    out.push_back({ QStringLiteral("period_locks"),
        { QStringLiteral("year"), QStringLiteral("county_id"), QStringLiteral("locked_at"), QStringLiteral("locked_by"),
            QStringLiteral("reason"), QStringLiteral("unlocked_at"), QStringLiteral("unlocked_by"),
            QStringLiteral("unlock_reason") },
        {}, {}, QStringLiteral("%1.id") });
    out.push_back({ QStringLiteral("accounts"),
        { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("password_hash"), QStringLiteral("created_at"),
            QStringLiteral("created_by"), QStringLiteral("disabled_at"), QStringLiteral("disabled_by") },
        {}, { QStringLiteral("password_hash") }, QStringLiteral("%1.id") });
    out.push_back({ QStringLiteral("account_units"), { QStringLiteral("account_id"), QStringLiteral("county_id") }, {},
        {}, QStringLiteral("%1.id") });
    for (const Register &r : Catalogue::all()) {
        Audited a { r.table, {}, {}, {}, QStringLiteral("%1.id") };
        for (const RegisterColumn &c : r.columns) {
            if (c.type == RegisterColumn::Type::Id)
                continue;
            a.columns << c.name;
            if (c.type == RegisterColumn::Type::Blob)
                a.blobs << c.name;
        }
        out.push_back(a);
    }
    return out;
}

// A column's value as written to the trail, on a row alias (NEW or OLD).
QString valueOf(const Audited &a, const QString &row, const QString &column)
{
    const QString v = row + QLatin1Char('.') + column;
    if (a.blobs.contains(column))
        return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE length(%1) || ' bytes' END").arg(v);
    if (a.secrets.contains(column))
        return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE 'hidden' END").arg(v);
    return v;
}

QString wholeRow(const Audited &a, const QString &row)
{
    QStringList parts;
    for (const QString &c : a.columns)
        parts << QStringLiteral("'%1', %2").arg(c, valueOf(a, row, c));
    return QStringLiteral("json_object(") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// The changed columns only, from OLD or NEW.
QString changedColumns(const Audited &a, const QString &row)
{
    QStringList parts;
    for (const QString &c : a.columns)
        parts << QStringLiteral("SELECT '%1' AS k, %2 AS v WHERE OLD.%1 IS NOT NEW.%1").arg(c, valueOf(a, row, c));
    return QStringLiteral("(SELECT json_group_object(k, v) FROM (") + parts.join(QStringLiteral(" UNION ALL "))
        + QStringLiteral("))");
}

QString entry(const Audited &a, const QString &operation, const QString &row, const QString &oldValues,
    const QString &newValues)
{
    return QStringLiteral("INSERT INTO audit_log (at, user_name, program, table_name, row_id, operation, "
                          "old_values, new_values) "
                          "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.user_name, c.program, '%1', %2, '%3', %4, %5 "
                          "FROM (SELECT 1) LEFT JOIN audit_context c ON c.id = 1;")
        .arg(a.table, a.rowId.contains(QLatin1String("%1")) ? a.rowId.arg(row) : a.rowId, operation, oldValues, newValues);
}

QStringList triggersOf(const Audited &a)
{
    QStringList changed;
    for (const QString &c : a.columns)
        changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c);
    const QString t = a.table;
    return {
        QStringLiteral("CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1\nBEGIN\n    %2\nEND;")
            .arg(t, entry(a, QStringLiteral("insert"), QStringLiteral("NEW"), QStringLiteral("NULL"), wholeRow(a, QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 WHEN %2\nBEGIN\n    %3\nEND;")
            .arg(t, changed.join(QStringLiteral(" OR ")),
                entry(a, QStringLiteral("update"), QStringLiteral("NEW"), changedColumns(a, QStringLiteral("OLD")),
                    changedColumns(a, QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1\nBEGIN\n    %2\nEND;")
            .arg(t, entry(a, QStringLiteral("delete"), QStringLiteral("OLD"), wholeRow(a, QStringLiteral("OLD")), QStringLiteral("NULL"))),
    };
}

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text() + QStringLiteral(" in: ") + sql.left(120);
    return false;
}

QString osUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString v = qEnvironmentVariable(name);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

} // namespace

void AuditDetail::addEntry(QCryptographicHash *hash, const QSqlQuery &q)
{
    // Each field as a marker (null or not) and its text, so that no two different entries hash
    // the same.
    for (int i = 0; i < AuditDetail::EntryFields; ++i) {
        const QVariant v = q.value(i);
        if (v.isNull()) {
            hash->addData(QByteArrayView("\x01", 1));
        } else {
            hash->addData(QByteArrayView("\x02", 1));
            hash->addData(v.toString().toUtf8());
        }
        hash->addData(QByteArrayView("\x1f", 1));
    }
    hash->addData(QByteArrayView("\x1e", 1));
}

QStringList AuditTrail::auditedTables()
{
    QStringList out;
    for (const Audited &a : audited())
        out << a.table;
    return out;
}

QStringList AuditTrail::triggerNames()
{
    QStringList out;
    for (const QString &t : auditedTables())
        out << QStringLiteral("audit_%1_insert").arg(t) << QStringLiteral("audit_%1_update").arg(t)
            << QStringLiteral("audit_%1_delete").arg(t);
    return out;
}

bool AuditTrail::dropTriggers(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    for (const QString &name : triggerNames()) {
        if (!run(q, QStringLiteral("DROP TRIGGER IF EXISTS ") + name, error))
            return false;
    }
    return true;
}

bool AuditTrail::installTriggers(QSqlDatabase &db, QString *error)
{
    if (!dropTriggers(db, error))
        return false;
    QSqlQuery q(db);
    for (const Audited &a : audited()) {
        for (const QString &sql : triggersOf(a)) {
            if (!run(q, sql, error))
                return false;
        }
    }
    return true;
}

bool AuditTrail::suspendInserts(QSqlDatabase &db, const QStringList &tables, QString *error)
{
    if (!exists(db))
        return true;
    QSqlQuery q(db);
    for (const QString &t : tables) {
        if (!run(q, QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_insert").arg(t), error))
            return false;
    }
    return true;
}

bool AuditTrail::resumeInserts(QSqlDatabase &db, const QStringList &tables, QString *error)
{
    if (!exists(db))
        return true;
    QSqlQuery q(db);
    for (const Audited &a : audited()) {
        if (tables.contains(a.table) && !run(q, triggersOf(a).constFirst(), error))
            return false;
    }
    return true;
}

bool AuditTrail::exists(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_context'")) && q.next();
}

void AuditTrail::setUser(const QSqlDatabase &db, const QString &user)
{
    const QMutexLocker locked(&usersLock);
    if (user.isEmpty())
        users.remove(db.connectionName());
    else
        users.insert(db.connectionName(), user);
}

QString AuditTrail::user(const QSqlDatabase &db)
{
    const QMutexLocker locked(&usersLock);
    return users.value(db.connectionName(), osUser());
}

QString AuditTrail::program()
{
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? QStringLiteral("tongxin") : name;
}

bool AuditTrail::begin(QSqlDatabase &db, QSqlError *error)
{
    if (!exists(db))
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE audit_context SET user_name = ?, program = ? WHERE id = 1"));
    q.addBindValue(user(db));
    q.addBindValue(program());
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

bool AuditTrail::seal(QSqlDatabase &db, QSqlError *error)
{
    if (!exists(db))
        return true;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto failed = [&] {
        if (error)
            *error = q.lastError();
        return false;
    };
    qint64 last = 0;
    QByteArray previous;
    if (!q.exec(QStringLiteral("SELECT last_entry, hash FROM audit_seals ORDER BY id DESC LIMIT 1")))
        return failed();
    if (q.next()) {
        last = q.value(0).toLongLong();
        previous = q.value(1).toString().toLatin1();
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE id > %2 ORDER BY id").arg(QLatin1String(AuditDetail::EntryColumns)).arg(last)))
        return failed();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    qint64 newest = last;
    while (q.next()) {
        AuditDetail::addEntry(&hash, q);
        newest = q.value(0).toLongLong();
    }
    if (q.lastError().isValid())
        return failed();
    if (newest > last) {
        q.prepare(QStringLiteral("INSERT INTO audit_seals (last_entry, at, hash) "
                                 "VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)"));
        q.addBindValue(newest);
        q.addBindValue(QString::fromLatin1(hash.result().toHex()));
        if (!q.exec())
            return failed();
    }
    if (!q.exec(QStringLiteral("UPDATE audit_context SET user_name = NULL, program = NULL WHERE id = 1")))
        return failed();
    return true;
}

bool AuditTrail::note(QSqlDatabase &db, const QString &table, const QString &operation, const QJsonObject &values,
    QString *error)
{
    if (!exists(db))
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, program, table_name, operation, new_values) "
                             "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.user_name, c.program, ?, ?, ? "
                             "FROM (SELECT 1) LEFT JOIN audit_context c ON c.id = 1"));
    q.addBindValue(table);
    q.addBindValue(operation);
    q.addBindValue(QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool AuditTrail::noteImport(QSqlDatabase &db, const QString &table, const QString &path, QJsonObject report,
    QString *error)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        if (error)
            *error = tr("The imported file %1 cannot be read again for the audit trail: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    report.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    report.insert(QStringLiteral("bytes"), file.size());
    report.insert(QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex()));
    return note(db, table, QStringLiteral("import"), report, error);
}

} // namespace tongxin

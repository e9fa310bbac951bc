// Database's copies: the one kept before an upgrade, the private upgraded snapshot an older file
// is read through, and backups (database.cpp opens and creates).

#include "db/database.h"

#include "db/database_p.h"
#include "db/dbfiles.h"
#include "db/schema.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace tongxin {

using namespace dbdetail;

// Keeps a consistent copy, then migrates in one transaction.
bool Database::upgrade(const QString &path, int version, OpenError *error)
{
    QSqlDatabase d = db();
    const QString copy = DbFiles::upgradeCopyName(path, version);
    const QString temporary = DbFiles::temporaryFor(copy);
    QString why;
    bool copied = DbFiles::createPrivate(temporary, &why);
    if (copied) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temporary);
        copied = q.exec();
        if (!copied)
            why = fromSqlError(path, q.lastError()).message;
    }
    copied = copied && DbFiles::commit(temporary, copy, false, &why);
    if (!copied) {
        removeOwnFile(temporary);
        setError(error, OpenError::Failed,
            tr("The file %1 was not upgraded: its copy %2 could not be written: %3").arg(path, copy, why));
        return false;
    }
    m_upgradeCopy = copy;
    Transaction t(d);
    QSqlQuery q(d);
    if (!t.isActive()) {
        if (error)
            *error = fromSqlError(path, t.lastSqlError());
        return false;
    }
    if (!Schema::migrate(d, version, &why) || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version))
        || !t.commit()) {
        if (why.isEmpty())
            why = q.lastError().isValid() ? q.lastError().text() : t.lastError();
        setError(error, OpenError::Failed, tr("The file %1 could not be upgraded: %2").arg(path, why));
        return false;
    }
    return true;
}

// An older file opened read-only: read through a private copy in the temporary folder,
// upgraded there; the file itself stays byte for byte as it was.
bool Database::openSnapshot(const QString &path, int version, OpenError *error)
{
    const QString snapshot = QDir::temp().filePath(QStringLiteral("tongxin-snapshot-%1-%2.db")
                                                       .arg(QCoreApplication::applicationPid())
                                                       .arg(uniqueConnectionName()));
    QString why;
    bool ok = DbFiles::createPrivate(snapshot, &why);
    if (ok) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(snapshot);
        ok = q.exec();
        if (!ok && error)
            *error = fromSqlError(path, q.lastError());
    } else {
        setError(error, OpenError::Failed, tr("The file %1 cannot be opened: %2").arg(path, why));
    }
    close();
    if (ok && connect(snapshot, error, Access::ReadWrite)) {
        m_snapshot = snapshot;
        m_path = path;
        QSqlDatabase d = db();
        Transaction t(d);
        QSqlQuery q(d);
        ok = Schema::migrate(d, version, &why)
            && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version)) && t.commit()
            && q.exec(QStringLiteral("PRAGMA query_only = 1"));
        if (!ok)
            setError(error, OpenError::Failed, tr("The file %1 cannot be opened: %2").arg(path, why));
        m_readOnly = true;
    } else {
        ok = false;
    }
    if (!ok) {
        close();
        removeOwnFile(snapshot);
    }
    return ok;
}

bool Database::backupTo(const QString &target, QString *error) const
{
    DbFiles::removeStaleTemporaries(target);
    if (QFileInfo::exists(target)) {
        if (error)
            *error = tr("The file %1 already exists.").arg(target);
        return false;
    }
    // Written under a temporary name beside the target and renamed into place when complete:
    // a killed backup leaves no partial file under the target's name. Created 0600.
    const QString temporary = DbFiles::temporaryFor(target);
    QString why;
    bool ok = DbFiles::createPrivate(temporary, &why);
    if (ok && !m_snapshot.isEmpty()) {
        // An older file read through a snapshot: the backup is of the file itself, as it is.
        Database original;
        OpenError e;
        ok = original.connect(m_path, &e, Access::ReadOnly);
        if (ok) {
            QSqlQuery q(original.db());
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(temporary);
            ok = q.exec();
            if (!ok)
                e = fromSqlError(m_path, q.lastError());
        }
        if (!ok)
            why = e.message;
    } else if (ok) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temporary);
        ok = q.exec();
        if (!ok)
            why = fromSqlError(m_path, q.lastError()).message;
    }
    ok = ok && DbFiles::commit(temporary, target, false, &why);
    if (!ok) {
        removeOwnFile(temporary);
        if (error)
            *error = tr("The backup could not be written: %1").arg(why);
    }
    return ok;
}

} // namespace tongxin

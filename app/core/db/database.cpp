#include "db/database.h"

#include "db/dberror.h"
#include "db/openfiles.h"
#include "db/schema.h"
#include "db/transaction.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace tongxin {

namespace {

constexpr int BusyTimeoutMs = 5000;

OpenError makeError(OpenError::Code code, const QString &message)
{
    OpenError e;
    e.code = code;
    e.message = message;
    return e;
}

void setError(OpenError *out, OpenError::Code code, const QString &message)
{
    if (out)
        *out = makeError(code, message);
}

// The first 100 bytes of an SQLite file: magic, then (big-endian) user_version at 60 and
// application_id at 68. Reading them directly lets a refused file stay untouched: opening it
// with SQLite, even read-only, would leave -wal and -shm files beside a WAL-mode database.
// Only ever for a file this process does not have open (OpenFiles::readIfClosed): closing
// the QFile would drop the process's SQLite locks on it.
struct Header
{
    bool sqlite = false;
    qint64 applicationId = -1;
    int userVersion = -1;
};

Header readHeader(const QString &path)
{
    Header h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QByteArray b = f.read(100);
    if (b.size() < 100 || !b.startsWith(QByteArray("SQLite format 3\0", 16)))
        return h;
    auto be32 = [&b](int at) {
        return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8)
            | quint32(quint8(b[at + 3]));
    };
    h.sqlite = true;
    h.userVersion = int(be32(60));
    h.applicationId = qint32(be32(68));
    return h;
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

QString Database::uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tongxin-%1").arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase Database::db() const
{
    return m_connection.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_connection, false);
}

bool Database::isOpen() const
{
    return !m_connection.isEmpty() && db().isOpen();
}

void Database::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    OpenFiles::remove(m_connection);
    m_connection.clear();
    m_path.clear();
}

OpenError Database::checkVersion(const QString &path, qint64 applicationId, int userVersion)
{
    if (applicationId != Schema::ApplicationId || userVersion < 1)
        return makeError(OpenError::NotTongxin, tr("The file %1 is not a Tongxin database.").arg(path));
    if (userVersion > Schema::Version)
        return makeError(OpenError::TooNew,
                         tr("The file %1 was written by a newer version of Tongxin (schema %2; this "
                            "version reads up to %3). It has not been changed.")
                             .arg(path)
                             .arg(userVersion)
                             .arg(Schema::Version));
    return OpenError();
}

OpenError Database::probe(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(OpenError::Missing, tr("The file %1 does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return makeError(OpenError::Unreadable, tr("The file %1 cannot be read.").arg(path));
    // A file this process has open is only ever read through SQLite; any other is probed by
    // its header, which leaves a refused file untouched.
    Header header;
    const bool closed = OpenFiles::readIfClosed(path, [&] { header = readHeader(path); });
    if (closed) {
        if (!header.sqlite)
            return makeError(OpenError::NotTongxin, tr("The file %1 is not a Tongxin database.").arg(path));
        // Without a pending write-ahead log the header is the truth; with one, ask SQLite.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (!wal.exists() || wal.size() == 0)
            return checkVersion(path, header.applicationId, header.userVersion);
    }

    const QString name = uniqueConnectionName();
    OpenError result;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!d.open()) {
            result = makeError(OpenError::Unreadable, tr("The file %1 cannot be opened: %2")
                                                           .arg(path, d.lastError().text()));
        } else {
            QSqlQuery q(d);
            qint64 appId = -1;
            int version = -1;
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = q.value(0).toLongLong();
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            if (DbError::isBusy(q.lastError()))
                result = makeError(OpenError::Unreadable, tr("The file %1 cannot be opened: %2")
                                                               .arg(path, DbError::busyMessage()));
            else
                result = checkVersion(path, appId, version);
            q = QSqlQuery();
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool Database::connect(const QString &path, OpenError *error)
{
    close();
    const QString name = uniqueConnectionName();
    // Registered before the connection opens: from here on, probe() of this file in any
    // thread goes through SQLite.
    OpenFiles::add(name, path);
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    d.setDatabaseName(path);
    // Every statement waits this long for another program's lock before reporting it busy.
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!d.open()) {
        setError(error, OpenError::Failed, tr("The file %1 cannot be opened: %2").arg(path, d.lastError().text()));
        d = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        OpenFiles::remove(name);
        return false;
    }
    QSqlQuery q(d);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    m_connection = name;
    m_path = path;
    return true;
}

bool Database::open(const QString &path, OpenError *error)
{
    const OpenError probed = probe(path);
    if (probed) {
        if (error)
            *error = probed;
        return false;
    }
    if (!connect(path, error))
        return false;

    QSqlDatabase d = db();
    QSqlQuery q(d);
    int version = 0;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    if (version < Schema::Version) {
        Transaction t(d);
        QString why;
        if (!Schema::migrate(d, version, &why)
            || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version)) || !t.commit()) {
            setError(error, OpenError::Failed, tr("The file %1 could not be upgraded: %2").arg(path, why));
            close();
            return false;
        }
    }
    return true;
}

bool Database::create(const QString &path, bool overwrite, OpenError *error)
{
    if (QFileInfo::exists(path)) {
        if (!overwrite) {
            setError(error, OpenError::Exists, tr("The file %1 already exists.").arg(path));
            return false;
        }
        // Never pull a database out from under a connection of this process (the GUI's own
        // window, an import running in a worker).
        if (OpenFiles::contains(path)) {
            setError(error, OpenError::Exists, tr("The file %1 is open in Tongxin; it was not replaced.").arg(path));
            return false;
        }
        // Never destroy a file that is not ours.
        const OpenError probed = probe(path);
        if (probed && probed.code != OpenError::TooNew) {
            setError(error, probed.code,
                     tr("The file %1 exists and is not a Tongxin database; it was not overwritten.").arg(path));
            return false;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix)) {
                setError(error, OpenError::Failed, tr("The file %1 cannot be replaced.").arg(path));
                return false;
            }
        }
    }
    if (!connect(path, error))
        return false;
    QSqlDatabase d = db();
    QString why;
    {
        Transaction t(d);
        QSqlQuery q(d);
        const bool ok = Schema::create(d, &why)
            && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId))
            && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version)) && t.commit();
        if (!ok) {
            if (why.isEmpty())
                why = q.lastError().text();
            setError(error, OpenError::Failed, tr("The file %1 could not be created: %2").arg(path, why));
        }
        if (ok)
            return true;
    }
    close();
    if (!OpenFiles::contains(path))
        QFile::remove(path);
    return false;
}

bool Database::backupTo(const QString &target, QString *error) const
{
    if (QFileInfo::exists(target)) {
        if (error)
            *error = tr("The file %1 already exists.").arg(target);
        return false;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        if (error)
            *error = tr("The backup could not be written: %1").arg(DbError::describe(q.lastError()));
        return false;
    }
    return true;
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString &key, const QString &value)
{
    Transaction t(db());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() && t.commit();
}

} // namespace tongxin

#include "db/database.h"

#include "accounts/access.h"
#include "db/database_p.h"
#include "db/dberror.h"
#include "db/dbfiles.h"
#include "db/openfiles.h"
#include "db/tablechanges.h"
#include "db/schema.h"
#include "db/transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace tongxin {

namespace {

constexpr int BusyTimeoutMs = 5000;

// PRAGMA quick_check reads every page: measured on this 2-core machine at 0.15 s for the demo
// (5.5 MB) and 4.3 s for a ledger of 1,000,000 sales rows (141 MB), about 33 MB/s. Every open
// of a file up to this size runs it (≤ ~0.25 s); a bigger file gets the cheap checks only
// (header against file size, the schema parsed) and a damaged page shows when a query meets
// it; `check` always runs the full integrity_check.
constexpr qint64 QuickCheckMaxBytes = 8 * 1024 * 1024;

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
    qint64 expectedSize = -1; ///< page size × page count, when the header's count is valid
    qint64 size = -1;
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
    // The in-header page count is valid when "version-valid-for" (92) equals the change counter (24).
    const quint32 pageSize = (quint32(quint8(b[16])) << 8) | quint32(quint8(b[17]));
    if (be32(92) == be32(24) && be32(28) > 0)
        h.expectedSize = qint64(pageSize == 1 ? 65536 : pageSize) * be32(28);
    h.size = f.size();
    return h;
}

} // namespace

namespace dbdetail {

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

// Why SQLite refused: a sentence naming what is wrong.
OpenError fromSqlError(const QString &path, const QSqlError &e)
{
    const QString file = QDir::toNativeSeparators(path);
    const int code = e.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return makeError(OpenError::Locked,
            Database::tr("The file %1 is locked by another program, which holds it for itself. Close that program, "
                         "or try again when it has finished.")
                .arg(file));
    case 11: // SQLITE_CORRUPT
        return makeError(OpenError::Damaged,
            Database::tr("The file %1 is damaged (%2). It has not been changed; restore it from a backup copy.")
                .arg(file, e.databaseText()));
    case 26: // SQLITE_NOTADB
        return makeError(OpenError::NotTongxin, Database::tr("The file %1 is not a Tongxin database.").arg(file));
    case 8: // SQLITE_READONLY
        return makeError(OpenError::NotWritable,
            Database::tr("The file %1 cannot be written: the file or its folder is read-only.").arg(file));
    case 13: // SQLITE_FULL
        return makeError(OpenError::Failed, Database::tr("The disk holding %1 is full.").arg(file));
    default:
        break;
    }
    if (DbError::isBusy(e))
        return makeError(OpenError::Locked,
            Database::tr("The file %1 is locked by another program, which holds it for itself. Close that program, "
                         "or try again when it has finished.")
                .arg(file));
    return makeError(OpenError::Failed, Database::tr("The file %1 cannot be opened: %2").arg(file, e.text()));
}

bool folderWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

// Removes a database file this process made and no longer has open, with its sidecars.
void removeOwnFile(const QString &path)
{
    if (OpenFiles::contains(path))
        return;
    QFile::remove(path);
    for (const QString &suffix : DbFiles::sidecars())
        QFile::remove(path + suffix);
}

} // namespace dbdetail

using namespace dbdetail;

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
    m_changes.reset();
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connection, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        OpenFiles::remove(m_connection);
    }
    if (!m_snapshot.isEmpty())
        removeOwnFile(m_snapshot);
    m_connection.clear();
    m_path.clear();
    m_snapshot.clear();
    m_readOnly = false;
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

OpenError Database::probe(const QString &path, int *version)
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
        if (!wal.exists() || wal.size() == 0) {
            const OpenError e = checkVersion(path, header.applicationId, header.userVersion);
            if (!e && header.expectedSize > header.size)
                return makeError(OpenError::Truncated,
                    tr("The file %1 is truncated: it holds %2 of the %3 bytes its header announces (an interrupted "
                       "copy or download?). It has not been changed; restore it from a backup copy.")
                        .arg(path)
                        .arg(header.size)
                        .arg(header.expectedSize));
            if (version)
                *version = header.userVersion;
            return e;
        }
    }

    const QString name = uniqueConnectionName();
    OpenError result;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!d.open()) {
            result = fromSqlError(path, d.lastError());
        } else {
            QSqlQuery q(d);
            qint64 appId = -1;
            int userVersion = -1;
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = q.value(0).toLongLong();
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                userVersion = q.value(0).toInt();
            if (q.lastError().isValid())
                result = fromSqlError(path, q.lastError());
            else
                result = checkVersion(path, appId, userVersion);
            if (version)
                *version = userVersion;
            q = QSqlQuery();
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

OpenError Database::checkReplaceable(const QString &path, bool overwriteNewer)
{
    const OpenError probed = probe(path);
    // Moved aside, not deleted: a damaged or truncated Tongxin file may be replaced.
    if (!probed || probed.code == OpenError::Truncated || probed.code == OpenError::Damaged
        || (probed.code == OpenError::TooNew && overwriteNewer))
        return OpenError();
    if (probed.code == OpenError::TooNew)
        return makeError(OpenError::TooNew,
            tr("The file %1 was written by a newer version of Tongxin; it was not replaced.").arg(path));
    if (probed.code == OpenError::Locked)
        return probed;
    return makeError(
        probed.code, tr("The file %1 exists and is not a Tongxin database; it was not overwritten.").arg(path));
}

bool Database::connect(const QString &path, OpenError *error, Access access)
{
    close();
    const QString name = uniqueConnectionName();
    const bool readOnly = access != Access::ReadWrite;
    // Registered before the connection opens: from here on, probe() of this file in any
    // thread goes through SQLite.
    OpenFiles::add(name, path);
    bool opened = false;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Every statement waits this long for another program's lock before reporting it busy.
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (readOnly && !folderWritable(path) && (!wal.exists() || wal.size() == 0)) {
            // Nobody can write here, so nobody can change the file meanwhile: immutable lets
            // SQLite read it without the -shm or lock files it could not create.
            d.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
        } else {
            d.setDatabaseName(path);
            if (readOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        d.setConnectOptions(options);
        opened = d.open();
        if (!opened) {
            if (error)
                *error = fromSqlError(path, d.lastError());
            d.close();
        } else {
            QSqlQuery q(d);
            q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    }
    if (!opened) {
        QSqlDatabase::removeDatabase(name);
        OpenFiles::remove(name);
        return false;
    }
    m_connection = name;
    m_path = path;
    m_readOnly = readOnly;
    if (!readOnly)
        m_changes = std::make_unique<TableChanges>(db());
    return true;
}

QSet<QString> Database::takeChangedTables()
{
    return m_changes ? m_changes->take() : QSet<QString>();
}

// The file as SQLite sees it: readable, not locked away, not damaged (quick_check when small).
bool Database::verify(const QString &path, Access access, int *version, OpenError *error)
{
    QSqlQuery q(db());
    bool ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    if (ok)
        *version = q.value(0).toInt();
    // Parsing the schema is the cheap check every open gets; a Tongxin file with no tables at
    // all (emptied by another program) is as unusable as a damaged one.
    ok = ok && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) && q.next();
    if (ok && q.value(0).toInt() == 0 && access != Access::Inspect) {
        setError(error, OpenError::Damaged,
            tr("The file %1 holds no tables: it is not a usable Tongxin database. It has not been changed; restore "
               "it from a backup copy.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (ok && access != Access::Inspect && QFileInfo(path).size() <= QuickCheckMaxBytes) {
        // quick_check also reports rows breaking a CHECK or NOT NULL constraint (written by
        // another program): `check` reports those; only damage to the file refuses it here.
        ok = q.exec(QStringLiteral("PRAGMA quick_check(100)"));
        QString damage;
        while (ok && q.next() && damage.isEmpty()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("CHECK constraint failed"))
                && !line.startsWith(QLatin1String("NULL value in")))
                damage = line;
        }
        if (!damage.isEmpty()) {
            setError(error, OpenError::Damaged,
                tr("The file %1 is damaged (%2). It has not been changed; restore it from a backup copy.")
                    .arg(QDir::toNativeSeparators(path), damage.simplified().left(200)));
            return false;
        }
    }
    if (ok)
        return true;
    const OpenError e = fromSqlError(path, q.lastError());
    // A damaged file may still be inspected (`check` lists what is wrong).
    if (access == Access::Inspect && e.code == OpenError::Damaged)
        return true;
    if (error)
        *error = e;
    return false;
}

bool Database::open(const QString &path, OpenError *error, Access access)
{
    m_upgradeCopy.clear();
    int version = 0;
    const OpenError probed = probe(path, &version);
    if (probed) {
        if (error)
            *error = probed;
        return false;
    }
    if (access == Access::ReadWrite && (!QFileInfo(path).isWritable() || !folderWritable(path))) {
        setError(error, OpenError::NotWritable,
            tr("The file %1 cannot be written: the file or its folder is read-only.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!connect(path, error, access))
        return false;
    if (!verify(path, access, &version, error)) {
        close();
        return false;
    }
    if (version < Schema::Version) {
        if (access != Access::ReadWrite)
            return openSnapshot(path, version, error);
        if (!upgrade(path, version, error)) {
            close();
            return false;
        }
    }
    if (access == Access::ReadWrite) {
        QSqlQuery q(db());
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return true;
}

bool Database::create(const QString &path, bool overwrite, OpenError *error, bool overwriteNewer)
{
    m_replaced.clear();
    QString aside;
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
        // Never destroy a file: one that is not ours stays; ours is moved aside.
        if (const OpenError refused = checkReplaceable(path, overwriteNewer)) {
            if (error)
                *error = refused;
            return false;
        }
        QString why;
        if (!DbFiles::moveAside(path, &aside, &why)) {
            setError(error, OpenError::Failed, why);
            return false;
        }
    }
    // Restores the file moved aside when the new one could not be made.
    auto restore = [&] {
        if (!aside.isEmpty() && !QFileInfo::exists(path)) {
            for (const QString &suffix : DbFiles::sidecars())
                QFile::rename(aside + suffix, path + suffix);
            QFile::rename(aside, path);
        }
    };
    QString why;
    if (!DbFiles::createPrivate(path, &why)) {
        setError(error, OpenError::Failed, tr("The file %1 could not be created: %2").arg(path, why));
        restore();
        return false;
    }
    if (!connect(path, error)) {
        removeOwnFile(path);
        restore();
        return false;
    }
    {
        QSqlDatabase d = db();
        QSqlQuery wal(d);
        wal.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        wal.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        Transaction t(d);
        QSqlQuery q(d);
        const bool ok = Schema::create(d, &why)
            && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId))
            && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version)) && t.commit();
        if (ok) {
            m_replaced = aside;
            return true;
        }
        if (why.isEmpty())
            why = q.lastError().text();
        setError(error, OpenError::Failed, tr("The file %1 could not be created: %2").arg(path, why));
    }
    close();
    removeOwnFile(path);
    restore();
    return false;
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
    if (!tongxin::Access::settingsRefusal(db()).isEmpty())
        return false;
    Transaction t(db());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() && t.commit();
}

} // namespace tongxin

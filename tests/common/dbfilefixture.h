#pragma once

// Helpers of the database-file tests (test_db_files, test_db_files_ui): hashes and modes of
// files, plain SQLite writes the way another program makes them, a schema-v1 file, and (with
// TONGXIN_CLI) tongxin-cli run as a process.

#include "db/dbfiles.h"
#include "db/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace dbfiletest {

using namespace tongxin;

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

#ifdef TONGXIN_CLI
/// tongxin-cli with `arguments`, in `environment` when one is given (its stdin then empty: no
/// terminal to ask a password on).
inline Result runCli(const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(TONGXIN_CLI));
    p.setArguments(arguments);
    if (!environment.isEmpty()) {
        p.setProcessEnvironment(environment);
        p.setStandardInputFile(QProcess::nullDevice());
    }
    p.start();
    Result r;
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// The demo made once by tongxin-cli in a temporary folder, copied afresh for each test, and the
/// ids of two of its western units (the accountability tests).
struct DemoCopies
{
    QTemporaryDir dir;
    QString demo;
    qint64 zhuanglang = 0; ///< 庄浪县
    qint64 kongtong = 0; ///< 崆峒区

    bool setUp();
    /// A fresh copy of the demo named `name` in the folder; empty when it cannot be made.
    QString copy(const QString &name)
    {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(demo, path) ? path : QString();
    }
};
#endif

// The plain sqlite3 shell on `path`, as another program edits the file (stdout trimmed).
inline Result sqliteShell(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), { path, sql });
    Result r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#ifdef TONGXIN_CLI
inline bool DemoCopies::setUp()
{
    demo = dir.filePath(QStringLiteral("demo.db"));
    if (!dir.isValid() || runCli({ QStringLiteral("demo"), demo }).code != 0)
        return false;
    zhuanglang = sqliteShell(demo, QStringLiteral("SELECT id FROM places WHERE name = '庄浪县'")).out.toLongLong();
    kongtong = sqliteShell(demo, QStringLiteral("SELECT id FROM places WHERE name = '崆峒区'")).out.toLongLong();
    return zhuanglang > 0 && kongtong > 0;
}
#endif

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

inline int mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// Plain SQLite, no Tongxin: the way another program (or an older Tongxin) writes a file.
inline bool rawExec(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    const QString name = QStringLiteral("raw-db-files");
    bool ok = true;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        ok = d.open();
        for (const QString &sql : statements) {
            QSqlQuery q(d);
            if (ok && !q.exec(sql)) {
                ok = false;
                if (error)
                    *error = q.lastError().text() + QStringLiteral(" in ") + sql;
            }
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline qint64 rawScalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-db-files-scalar");
    qint64 v = -1;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (d.open()) {
            QSqlQuery q(d);
            if (q.exec(sql) && q.next())
                v = q.value(0).toLongLong();
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

// A database as Tongxin 1 (schema version 1) wrote it: the v1 script, rollback journal.
inline bool makeV1(const QString &path)
{
    QFile f(QStringLiteral(":/sql/schema_v1.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QStringList statements = Schema::splitStatements(QString::fromUtf8(f.readAll()));
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)
               << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("INSERT INTO places(id, side, level, name, name_en, is_poor) "
                                 "VALUES (10, 'west', 'county', '庄浪县', 'Zhuanglang County', 1)");
    return rawExec(path, statements);
}

inline QStringList sidecarsOf(const QString &path)
{
    QStringList found;
    for (const QString &suffix : DbFiles::sidecars()) {
        if (QFileInfo::exists(path + suffix))
            found << path + suffix;
    }
    return found;
}

// Files in `dir` other than `keep`: what a run left behind.
inline QStringList leftovers(const QDir &dir, const QStringList &keep)
{
    QStringList out = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &k : keep)
        out.removeAll(k);
    return out;
}

} // namespace dbfiletest

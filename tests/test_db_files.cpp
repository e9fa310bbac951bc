// The database file and the files around it (issue #17): read-only commands leave an older
// file byte for byte as it was and only a write upgrades it, after keeping a copy; damaged,
// truncated, locked or empty files are named for what they are; backups and exports killed
// midway leave nothing behind; --force moves the replaced file aside; files holding people's
// data are created 0600. tongxin-cli runs as a process, as a user runs it.

#include "common/dbfilefixture.h"

#include "db/database.h"
#include "db/dbfiles.h"
#include "db/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace tongxin;
using namespace dbfiletest;

class TestDbFiles final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString bigDemo();
    QString m_big;

private slots:
    void readOnlyCommandsLeaveOlderFileUntouched();
    void writeCommandUpgradesAfterCopy();
    void truncatedFileNamed();
    void damagedFileNamed();
    void emptyFileNamed();
    void lockedFileNamed();
    void newFilesArePrivate();
    void exportsOfPeopleArePrivate();
    void forceMovesAside();
    void newerNeedsForceNewer();
    void killedBackupLeavesNothing();
    void killedExportLeavesNothing();
    void staleTemporaryOfUserKept();
    void failedOpensLeaveNoConnection();
    void readOnlyFolderStillReads();
};

void TestDbFiles::readOnlyCommandsLeaveOlderFileUntouched()
{
    const QString file = path(QStringLiteral("old-ro.db"));
    QVERIFY(makeV1(file));
    QCOMPARE(rawScalar(file, QStringLiteral("PRAGMA user_version")), qint64(1));
    const QByteArray before = fileHash(file);
    const QString csv = path(QStringLiteral("sales-template.csv"));
    QCOMPARE(runCli({ QStringLiteral("import-sales"), QStringLiteral("--template"), csv }).code, 0);

    const QList<QStringList> commands = {
        { QStringLiteral("summary"), file },
        { QStringLiteral("summary"), file, QStringLiteral("--json") },
        { QStringLiteral("check"), file },
        { QStringLiteral("backup"), file, path(QStringLiteral("old-ro-backup.db")) },
        { QStringLiteral("import-sales"), file, csv, QStringLiteral("--dry-run") },
        { QStringLiteral("export"), file, QStringLiteral("--table"), QStringLiteral("places"), QStringLiteral("-o"),
            path(QStringLiteral("old-places.csv")) },
        { QStringLiteral("coverage"), file },
    };
    for (const QStringList &args : commands) {
        const Result r = runCli(args);
        QVERIFY2(!r.err.contains(QLatin1String("upgrade")), qPrintable(args.join(' ') + ": " + r.err));
        QVERIFY2(!r.err.contains(QLatin1String("still in use")), qPrintable(r.err));
        QVERIFY2(fileHash(file) == before, qPrintable(args.join(' ') + " changed the file"));
        QVERIFY2(sidecarsOf(file).isEmpty(), qPrintable(args.join(' ') + ": " + sidecarsOf(file).join(", ")));
    }
    QCOMPARE(runCli({ QStringLiteral("summary"), file }).code, 0);
    QCOMPARE(runCli({ QStringLiteral("check"), file }).code, 0);
    // The backup of an older file is a copy of the file as it is.
    QCOMPARE(rawScalar(path(QStringLiteral("old-ro-backup.db")), QStringLiteral("PRAGMA user_version")), qint64(1));
    QCOMPARE(rawScalar(file, QStringLiteral("PRAGMA journal_mode")) > -1, true);
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("old-ro.db.v1-*") }).isEmpty());

    // In-process: a read-only open reads the data and writes nothing.
    {
        Database db;
        OpenError e;
        QVERIFY2(db.open(file, &e, Database::Access::ReadOnly), qPrintable(e.message));
        QVERIFY(db.isReadOnly());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM places")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QCOMPARE(fileHash(file), before);
}

void TestDbFiles::writeCommandUpgradesAfterCopy()
{
    const QString file = path(QStringLiteral("old-rw.db"));
    QVERIFY(makeV1(file));
    const QByteArray before = fileHash(file);
    const QString csv = path(QStringLiteral("rw-template.csv"));
    QCOMPARE(runCli({ QStringLiteral("import-sales"), QStringLiteral("--template"), csv }).code, 0);
    const Result r = runCli({ QStringLiteral("import-sales"), file, csv });
    QVERIFY2(r.err.contains(QLatin1String(".v1-")), qPrintable(r.err + r.out));
    QCOMPARE(rawScalar(file, QStringLiteral("PRAGMA user_version")), qint64(Schema::Version));
    const QStringList copies = QDir(m_dir.path()).entryList({ QStringLiteral("old-rw.db.v1-*.bak") });
    QCOMPARE(copies.size(), 1);
    QVERIFY(
        QRegularExpression(QStringLiteral("^old-rw\\.db\\.v1-\\d{8}-\\d{6}\\.bak$")).match(copies.first()).hasMatch());
    const QString copy = path(copies.first());
    QCOMPARE(mode(copy), 0600);
    // The copy opens as version 1 and holds the data as it was.
    QCOMPARE(rawScalar(copy, QStringLiteral("PRAGMA user_version")), qint64(1));
    QCOMPARE(rawScalar(copy, QStringLiteral("SELECT count(*) FROM places")), qint64(1));
    QVERIFY(fileHash(copy) != QByteArray());
    Q_UNUSED(before)
    Database db;
    OpenError e;
    QVERIFY2(db.open(copy, &e, Database::Access::ReadOnly), qPrintable(e.message));
}

void TestDbFiles::truncatedFileNamed()
{
    const QString file = path(QStringLiteral("trunc.db"));
    QCOMPARE(runCli({ QStringLiteral("demo"), file }).code, 0);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile f(file);
    QVERIFY(f.resize(f.size() / 3));
    const QByteArray before = fileHash(file);
    for (const QString &command : { QStringLiteral("summary"), QStringLiteral("check") }) {
        const Result r = runCli({ command, file });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("truncated")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("migration")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("still in use")), qPrintable(r.err));
    }
    QCOMPARE(fileHash(file), before);
}

void TestDbFiles::damagedFileNamed()
{
    const QString file = path(QStringLiteral("damaged.db"));
    QCOMPARE(runCli({ QStringLiteral("demo"), file }).code, 0);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(20 * 4096));
        f.write(QByteArray(3 * 4096, char(0xff)));
    }
    const QByteArray before = fileHash(file);
    const QList<QStringList> commands = {
        { QStringLiteral("summary"), file },
        { QStringLiteral("export"), file, QStringLiteral("--table"), QStringLiteral("sales"), QStringLiteral("-o"),
            path(QStringLiteral("damaged.xlsx")) },
        { QStringLiteral("backup"), file, path(QStringLiteral("damaged-backup.db")) },
        { QStringLiteral("import-sales"), file, path(QStringLiteral("none.csv")) },
    };
    for (const QStringList &args : commands) {
        const Result r = runCli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(' ') + ": " + QString::number(r.code)));
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("full")), qPrintable(r.err));
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("damaged-backup.db"))));
    // check opens it anyway and says what is wrong.
    const Result c = runCli({ QStringLiteral("check"), file });
    QCOMPARE(c.code, 1);
    QVERIFY2(c.out.contains(QLatin1String("[integrity]")), qPrintable(c.out));
    QCOMPARE(fileHash(file), before);
}

void TestDbFiles::emptyFileNamed()
{
    // A Tongxin header and no tables at all: export --stats is an error, not an empty workbook.
    const QString file = path(QStringLiteral("no-tables.db"));
    QVERIFY(rawExec(file,
        { QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version) }));
    const QString out = path(QStringLiteral("no-tables.xlsx"));
    const Result r = runCli({ QStringLiteral("export"), file, QStringLiteral("--stats"), QStringLiteral("-o"), out });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("no tables")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(runCli({ QStringLiteral("summary"), file }).code, 2);
}

void TestDbFiles::lockedFileNamed()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("sqlite3 is not installed");
    const QString file = path(QStringLiteral("locked.db"));
    QCOMPARE(runCli({ QStringLiteral("init"), file }).code, 0);
    // Another program holds the file for itself.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), { file });
    QVERIFY(holder.waitForStarted());
    holder.write("PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT 'held';\n");
    QVERIFY(holder.waitForReadyRead(10000));
    const Result r = runCli({ QStringLiteral("summary"), file });
    holder.write(".quit\n");
    holder.closeWriteChannel();
    holder.waitForFinished(10000);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("locked by another program")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("migration")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("still in use")), qPrintable(r.err));
}

void TestDbFiles::newFilesArePrivate()
{
    const QString file = path(QStringLiteral("private.db"));
    QCOMPARE(runCli({ QStringLiteral("init"), file }).code, 0);
    QCOMPARE(mode(file), 0600);
    {
        Database db;
        OpenError e;
        QVERIFY2(db.open(file, &e), qPrintable(e.message));
        QVERIFY(db.setSetting(QStringLiteral("office"), QStringLiteral("x")));
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")));
        QCOMPARE(mode(file + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode(file + QStringLiteral("-shm")), 0600);
    }
    const QString demo = path(QStringLiteral("private-demo.db"));
    QCOMPARE(runCli({ QStringLiteral("demo"), demo }).code, 0);
    QCOMPARE(mode(demo), 0600);
    const QString backup = path(QStringLiteral("private-backup.db"));
    QCOMPARE(runCli({ QStringLiteral("backup"), demo, backup }).code, 0);
    QCOMPARE(mode(backup), 0600);
}

void TestDbFiles::exportsOfPeopleArePrivate()
{
    const QString demo = path(QStringLiteral("export-demo.db"));
    QCOMPARE(runCli({ QStringLiteral("demo"), demo }).code, 0);
    const mode_t mask = ::umask(022);
    ::umask(mask);
    const int usual = 0666 & ~int(mask); // what tongxin-cli, started from here, gives other files
    for (const QString &ext : { QStringLiteral("xlsx"), QStringLiteral("csv") }) {
        for (const QString &table :
            { QStringLiteral("people"), QStringLiteral("households"), QStringLiteral("pairings") }) {
            const QString out = path(QStringLiteral("%1.%2").arg(table, ext));
            QCOMPARE(
                runCli({ QStringLiteral("export"), demo, QStringLiteral("--table"), table, QStringLiteral("-o"), out })
                    .code,
                0);
            QVERIFY2(mode(out) == 0600, qPrintable(out + QStringLiteral(" %1").arg(mode(out), 0, 8)));
        }
        const QString projects = path(QStringLiteral("projects.%1").arg(ext));
        QCOMPARE(runCli({ QStringLiteral("export"), demo, QStringLiteral("--table"), QStringLiteral("projects"),
                            QStringLiteral("-o"), projects })
                     .code,
            0);
        QCOMPARE(mode(projects), usual);
    }
}

void TestDbFiles::forceMovesAside()
{
    const QString file = path(QStringLiteral("replace.db"));
    QCOMPARE(runCli({ QStringLiteral("init"), file }).code, 0);
    QVERIFY(rawExec(file, { QStringLiteral("INSERT INTO settings(key, value) VALUES ('office', 'old one')") }));
    const QByteArray before = fileHash(file);
    const Result r = runCli({ QStringLiteral("demo"), file, QStringLiteral("--force") });
    QCOMPARE(r.code, 0);
    const QStringList aside = QDir(m_dir.path()).entryList({ QStringLiteral("replace.db.replaced-*") });
    QVERIFY2(aside.size() == 1, qPrintable(aside.join(", ")));
    QVERIFY2(r.out.contains(aside.first()), qPrintable(r.out));
    QCOMPARE(fileHash(path(aside.first())), before);
    QCOMPARE(rawScalar(file, QStringLiteral("SELECT count(*) FROM working_groups")) > 0, true);

    // A truncated database is moved aside too, never deleted.
    QFile f(file);
    QVERIFY(f.resize(f.size() / 2));
    const QByteArray truncated = fileHash(file);
    QThread::sleep(1); // a new time stamp for the second file moved aside
    QCOMPARE(runCli({ QStringLiteral("init"), file, QStringLiteral("--force") }).code, 0);
    bool kept = false;
    for (const QString &name : QDir(m_dir.path()).entryList({ QStringLiteral("replace.db.replaced-*") }))
        kept = kept || fileHash(path(name)) == truncated;
    QVERIFY(kept);
}

void TestDbFiles::newerNeedsForceNewer()
{
    const QString file = path(QStringLiteral("newer.db"));
    QCOMPARE(runCli({ QStringLiteral("init"), file }).code, 0);
    QVERIFY(rawExec(file, { QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version + 1) }));
    const QByteArray before = fileHash(file);
    for (const QString &command : { QStringLiteral("init"), QStringLiteral("demo") }) {
        const Result r = runCli({ command, file, QStringLiteral("--force") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--force-newer")), qPrintable(r.err));
        QCOMPARE(fileHash(file), before);
    }
    QCOMPARE(runCli({ QStringLiteral("init"), file, QStringLiteral("--force-newer") }).code, 0);
    const QStringList aside = QDir(m_dir.path()).entryList({ QStringLiteral("newer.db.replaced-*") });
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileHash(path(aside.first())), before);
    QCOMPARE(rawScalar(file, QStringLiteral("PRAGMA user_version")), qint64(Schema::Version));
}

// The demo with 300,000 more sales rows: big enough that a kill lands midway.
QString TestDbFiles::bigDemo()
{
    if (!m_big.isEmpty())
        return m_big;
    const QString file = path(QStringLiteral("big.db"));
    if (runCli({ QStringLiteral("demo"), file }).code != 0)
        return QString();
    QString why;
    const bool ok = rawExec(file,
        { QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) "
                "INSERT INTO sales(sale_date, channel, county_id, category, product, quantity, unit, "
                "amount_fen, source_ref) SELECT date('2019-01-01', '+' || (i % 700) || ' days'), 'outlet', "
                "(SELECT county_id FROM sales LIMIT 1), 'food', 'product ' || (i % 100), 1, 'kg', i % 10000, "
                "'ref ' || i FROM n"),
            QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") },
        &why);
    if (!ok)
        qWarning() << why;
    m_big = ok ? file : QString();
    return m_big;
}

namespace {

// Starts tongxin-cli with `args` and kills it (SIGKILL) once a file matching `pattern`
// appears in `dir` and has grown: midway through writing it.
bool killMidway(const QStringList &args, const QDir &dir, const QString &pattern)
{
    QProcess p;
    p.setProgram(QStringLiteral(TONGXIN_CLI));
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted())
        return false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && p.state() == QProcess::Running) {
        const QFileInfoList found = dir.entryInfoList({ pattern }, QDir::Files | QDir::Hidden);
        if (!found.isEmpty() && found.first().size() > 64 * 1024) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
            return true;
        }
        QThread::msleep(5);
    }
    p.waitForFinished();
    return false;
}

} // namespace

void TestDbFiles::killedBackupLeavesNothing()
{
    const QString big = bigDemo();
    QVERIFY(!big.isEmpty());
    QTemporaryDir outDir;
    const QString out = QDir(outDir.path()).filePath(QStringLiteral("backup.db"));
    QVERIFY2(killMidway({ QStringLiteral("backup"), big, out }, QDir(outDir.path()), QStringLiteral(".backup.db.*")),
        "the backup finished before it could be killed");
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("-journal")));
    const Result r = runCli({ QStringLiteral("backup"), big, out });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(leftovers(QDir(outDir.path()), { QStringLiteral("backup.db") }), QStringList());
    QCOMPARE(rawScalar(out, QStringLiteral("SELECT count(*) FROM sales")),
        rawScalar(big, QStringLiteral("SELECT count(*) FROM sales")));
}

void TestDbFiles::killedExportLeavesNothing()
{
    const QString big = bigDemo();
    QVERIFY(!big.isEmpty());
    QTemporaryDir outDir;
    const QString out = QDir(outDir.path()).filePath(QStringLiteral("sales.xlsx"));
    const QStringList args = { QStringLiteral("export"), big, QStringLiteral("--table"), QStringLiteral("sales"),
        QStringLiteral("-o"), out };
    QVERIFY2(killMidway(args, QDir(outDir.path()), QStringLiteral(".sales.xlsx.*")),
        "the export finished before it could be killed");
    QVERIFY(!QFileInfo::exists(out));
    const Result r = runCli(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(leftovers(QDir(outDir.path()), { QStringLiteral("sales.xlsx") }), QStringList());
}

void TestDbFiles::staleTemporaryOfUserKept()
{
    // Only our own pattern is ever removed: a user's file that merely looks similar stays.
    QTemporaryDir outDir;
    const QDir dir(outDir.path());
    const QString users = dir.filePath(QStringLiteral(".backup.db.notes.part"));
    const QString ours = dir.filePath(QStringLiteral(".backup.db.tongxin-999999999-0.part"));
    for (const QString &name : { users, ours }) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.flush();
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
    }
    DbFiles::removeStaleTemporaries(dir.filePath(QStringLiteral("backup.db")));
    QVERIFY(QFileInfo::exists(users));
    QVERIFY(!QFileInfo::exists(ours));
}

namespace {
QStringList g_warnings;
void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg)
        g_warnings << message;
}
} // namespace

void TestDbFiles::failedOpensLeaveNoConnection()
{
    // A truncated, a damaged and an older file opened read-only, in this process: each open that
    // fails says why, and removes its connection without Qt's "still in use" warning.
    const QString truncated = path(QStringLiteral("inproc-trunc.db"));
    const QString old = path(QStringLiteral("inproc-old.db"));
    {
        Database db;
        QVERIFY(db.create(truncated));
    }
    QVERIFY(rawExec(truncated, { QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }));
    QFile f(truncated);
    QVERIFY(f.resize(f.size() / 2));
    QVERIFY(makeV1(old));
    const QByteArray oldBefore = fileHash(old);
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    OpenError e;
    {
        Database db;
        const bool opened = db.open(truncated, &e);
        QVERIFY(!opened);
    }
    const OpenError truncatedError = e;
    bool oldOpened = false;
    QString version;
    {
        Database db;
        oldOpened = db.open(old, &e, Database::Access::ReadOnly);
        QSqlQuery q(db.db());
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toString();
    }
    qInstallMessageHandler(previous);
    QVERIFY2(truncatedError.code == OpenError::Truncated, qPrintable(truncatedError.message));
    QVERIFY2(oldOpened, qPrintable(e.message));
    QCOMPARE(version, QString::number(Schema::Version)); // read through an upgraded snapshot
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join('\n')));
    QCOMPARE(fileHash(old), oldBefore);
    QCOMPARE(rawScalar(old, QStringLiteral("PRAGMA user_version")), qint64(1));
    QCOMPARE(sidecarsOf(old), QStringList());
    // The snapshot is gone with the connection.
    QVERIFY(QDir::temp()
                .entryList({ QStringLiteral("tongxin-snapshot-%1-*").arg(QCoreApplication::applicationPid()) })
                .isEmpty());
}

void TestDbFiles::readOnlyFolderStillReads()
{
    // A healthy database on a read-only share is read (immutable); a write is refused by name.
    QTemporaryDir share;
    const QString file = QDir(share.path()).filePath(QStringLiteral("shared.db"));
    QCOMPARE(runCli({ QStringLiteral("demo"), file }).code, 0);
    QCOMPARE(sidecarsOf(file), QStringList());
    const QString csv = path(QStringLiteral("ro-template.csv"));
    QCOMPARE(runCli({ QStringLiteral("import-sales"), QStringLiteral("--template"), csv }).code, 0);
    const QByteArray before = fileHash(file);
    // In the folder made read-only: by its mode, or (root ignores modes) by a read-only bind
    // mount in a private mount namespace that ends with the shell.
    auto inReadOnlyFolder = [&](const QStringList &args) {
        Result r;
        if (::geteuid() != 0) {
            QFile::setPermissions(share.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            r = runCli(args);
            QFile::setPermissions(
                share.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            return r;
        }
        QStringList quoted;
        for (const QString &a : args)
            quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
        const QString script = QStringLiteral("mount --bind '%1' '%1' && mount -o remount,bind,ro '%1' && exec '%2' %3")
                                   .arg(share.path(), QStringLiteral(TONGXIN_CLI), quoted.join(QLatin1Char(' ')));
        QProcess p;
        p.start(QStringLiteral("unshare"),
            { QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                QStringLiteral("sh"), QStringLiteral("-c"), script });
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    };
    const Result summary = inReadOnlyFolder({ QStringLiteral("summary"), file });
    if (summary.err.contains(QLatin1String("mount")) || summary.err.contains(QLatin1String("unshare")))
        QSKIP("no way to make a read-only folder here (root without mount namespaces)");
    QVERIFY2(summary.code == 0, qPrintable(summary.err));
    QVERIFY2(summary.out.contains(QLatin1String("Headline")), qPrintable(summary.out));
    const Result import = inReadOnlyFolder(
        { QStringLiteral("import-sales"), file, csv, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(import.code, 2);
    QVERIFY2(import.err.contains(QLatin1String("read-only")), qPrintable(import.err));
    QCOMPARE(fileHash(file), before);
    QCOMPARE(sidecarsOf(file), QStringList());
}

QTEST_GUILESS_MAIN(TestDbFiles)
#include "test_db_files.moc"

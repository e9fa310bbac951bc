#include "commands.h"

#include "exitcode.h"
#include "output.h"

#include "db/checker.h"
#include "db/database.h"
#include "db/dbfiles.h"
#include "demo/demo.h"
#include "stats/breakdowns.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tongxin::cli {

namespace {

// How the running command opens its database: read-only unless it writes to it (import-sales
// without --dry-run, import); read-only commands never upgrade or otherwise change the file.
Database::Access commandAccess = Database::Access::ReadOnly;
// --user: the account the running command signs in as, when the database has accounts.
QString commandUser;

const QStringList &sqliteSuffixes()
{
    static const QStringList list { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
        QStringLiteral("-journal") };
    return list;
}

// May a new database be written at `path`? An existing file only with --force, and only if it
// is a Tongxin database (moved aside, never deleted); one from a newer version only with
// --force-newer. A file that is not ours is never replaced.
int checkTarget(const QString &path, bool force, bool forceNewer)
{
    if (!QFileInfo::exists(path))
        return ExitOk;
    if (!force && !forceNewer) {
        printError(Commands::tr("The file %1 already exists; use --force to replace it.").arg(path));
        return ExitUsage;
    }
    if (const OpenError refused = Database::checkReplaceable(path, forceNewer)) {
        if (refused.code == OpenError::TooNew)
            printError(refused.message + QLatin1Char(' ')
                + Commands::tr("Use --force-newer to move it aside and replace it anyway."));
        else
            printError(refused.message);
        return ExitUsage;
    }
    return ExitOk;
}

int exitFor(const OpenError &error)
{
    return error.code == OpenError::Failed ? ExitWriteFailed : ExitUsage;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : sqliteSuffixes())
        QFile::remove(path + suffix);
}

void sayReplaced(const QString &path, const QString &aside)
{
    if (!aside.isEmpty())
        printOut(Commands::tr("The previous file %1 was kept as %2.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside))
            + QLatin1Char('\n'));
}

} // namespace

int Commands::run(const Options &o)
{
    // `import --dry-run` writes each row as the import would, inside a transaction it rolls back:
    // the database's own checks see every row.
    const bool writes = ((o.command == QLatin1String("import-sales") && !o.importSales.dryRun)
                            || o.command == QLatin1String("import") || o.command == QLatin1String("unlock")
                            || (o.command == QLatin1String("lock") && o.fromYear > 0)
                            || (o.command == QLatin1String("user") && o.action != QLatin1String("list")))
        && o.importSales.templateOut.isEmpty();
    commandAccess = writes ? Database::Access::ReadWrite : Database::Access::ReadOnly;
    commandUser = o.signInAs;
    if (o.command == QLatin1String("init"))
        return init(o);
    if (o.command == QLatin1String("demo"))
        return demo(o);
    if (o.command == QLatin1String("projects"))
        return projects(o);
    if (o.command == QLatin1String("summary"))
        return o.definitions ? definitions(o) : summary(o);
    if (o.command == QLatin1String("explain"))
        return explain(o);
    if (o.command == QLatin1String("coverage"))
        return coverage(o);
    if (o.command == QLatin1String("check"))
        return check(o);
    if (o.command == QLatin1String("import-sales"))
        return importSales(o);
    if (o.command == QLatin1String("import"))
        return importRegister(o);
    if (o.command == QLatin1String("report"))
        return report(o);
    if (o.command == QLatin1String("export"))
        return exportTable(o);
    if (o.command == QLatin1String("tables"))
        return tables(o);
    if (o.command == QLatin1String("audit"))
        return audit(o);
    if (o.command == QLatin1String("lock") || o.command == QLatin1String("unlock"))
        return lock(o);
    if (o.command == QLatin1String("user"))
        return users(o);
    return backup(o);
}

bool Commands::openExisting(const QString &path, Database *db)
{
    OpenError error;
    const Database::Access access = commandAccess;
    if (db->open(path, &error, access)) {
        if (!db->upgradeCopy().isEmpty())
            printError(tr("The file %1 was upgraded to this version of Tongxin; a copy of it as it was is kept as %2.")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(db->upgradeCopy())));
        if (signIn(path, db->db(), commandUser))
            return true;
        db->close();
        return false;
    }
    printError(error.message);
    return false;
}

int Commands::init(const Options &o)
{
    if (const int refused = checkTarget(o.file, o.force, o.forceNewer))
        return refused;
    Database db;
    OpenError error;
    // Database::create checks again that an existing file is ours before moving it aside.
    if (!db.create(o.file, o.force || o.forceNewer, &error, o.forceNewer)) {
        printError(error.message);
        return exitFor(error);
    }
    sayReplaced(o.file, db.replacedFile());
    printOut(tr("Created an empty Tongxin database: %1").arg(o.file) + QLatin1Char('\n'));
    return ExitOk;
}

int Commands::demo(const Options &o)
{
    if (const int refused = checkTarget(o.file, o.force, o.forceNewer))
        return refused;
    // Build in a scratch file beside the target and move it into place only when complete:
    // a failure leaves an existing database as it was.
    DbFiles::removeStaleTemporaries(o.file);
    const QString scratch = DbFiles::temporaryFor(o.file);
    {
        Database db;
        OpenError error;
        if (!db.create(scratch, false, &error)) {
            printError(error.message);
            return exitFor(error);
        }
        QString why;
        if (!Demo::populate(db, &why)) {
            db.close();
            removeDatabaseFiles(scratch);
            printError(tr("The demo data could not be written: %1").arg(why));
            return ExitWriteFailed;
        }
    }
    // The file replaced is moved aside, never deleted.
    QString aside;
    if (QFileInfo::exists(o.file)) {
        QString why;
        if (!DbFiles::moveAside(o.file, &aside, &why)) {
            removeDatabaseFiles(scratch);
            printError(why);
            return ExitWriteFailed;
        }
    }
    bool moved = true;
    for (const QString &suffix : sqliteSuffixes()) {
        if (QFileInfo::exists(scratch + suffix))
            moved = QFile::rename(scratch + suffix, o.file + suffix) && moved;
    }
    if (!moved || Database::probe(o.file)) {
        removeDatabaseFiles(scratch);
        printError(tr("The file %1 could not be written.").arg(o.file));
        return ExitWriteFailed;
    }
    sayReplaced(o.file, aside);
    printOut(tr("Created the demo database: %1").arg(o.file) + QLatin1Char('\n'));
    return ExitOk;
}

int Commands::check(const Options &o)
{
    Database db;
    // Inspect: a damaged file is opened anyway, so that the checks can say what is wrong.
    commandAccess = Database::Access::Inspect;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    const QVector<CheckProblem> problems = Checker::run(db.db());
    for (const CheckProblem &p : problems)
        printOut(QStringLiteral("[%1] %2\n").arg(p.rule, p.message));
    // Warnings (records with no western unit, dated outside the period) leave the exit code at 0.
    for (const CheckProblem &w : Checker::warnings(db.db()))
        printOut(QStringLiteral("[%1] %2\n").arg(w.rule, w.message));
    if (!problems.isEmpty()) {
        printOut(tr("%1: problems found: %2.").arg(o.file).arg(problems.size()) + QLatin1Char('\n'));
        return ExitCheckFailed;
    }
    printOut(tr("%1: all checks passed.").arg(o.file) + QLatin1Char('\n'));
    return ExitOk;
}

int Commands::backup(const Options &o)
{
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    if (QFileInfo::exists(o.out)) {
        printError(tr("The file %1 already exists; a backup never replaces a file.").arg(o.out));
        return ExitUsage;
    }
    QString why;
    if (!db.backupTo(o.out, &why)) {
        printError(why);
        return ExitWriteFailed;
    }
    if (const OpenError written = Database::probe(o.out)) {
        printError(tr("The backup %1 cannot be read back: %2").arg(o.out, written.message));
        return ExitWriteFailed;
    }
    printOut(tr("Backup written: %1").arg(QDir::toNativeSeparators(o.out)) + QLatin1Char('\n'));
    return ExitOk;
}

bool Commands::resolveUnit(const QSqlDatabase &db, const QString &name, qint64 *id, QString *displayName)
{
    *id = Breakdowns::findUnit(db, name);
    const QVector<Unit> units = Breakdowns::westernUnits(db);
    for (const Unit &u : units) {
        if (u.id == *id) {
            *displayName = u.displayName();
            return true;
        }
    }
    QStringList names;
    for (const Unit &u : units)
        names << (u.nameEn.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.name, u.nameEn));
    printError(names.isEmpty() ? tr("Unknown western unit \"%1\": the database has no western units.").arg(name)
                               : tr("Unknown western unit \"%1\". Available units: %2.")
                                     .arg(name, names.join(QLatin1String(", "))));
    return false;
}

QString Commands::spanText(const Filter &f)
{
    if (f.fromYear > 0 && f.fromYear == f.toYear)
        return QString::number(f.fromYear);
    if (f.fromYear > 0 && f.toYear > 0)
        return QStringLiteral("%1–%2").arg(f.fromYear).arg(f.toYear);
    if (f.fromYear > 0)
        return tr("from %1").arg(f.fromYear);
    if (f.toYear > 0)
        return tr("up to %1").arg(f.toYear);
    return tr("all years");
}

} // namespace tongxin::cli

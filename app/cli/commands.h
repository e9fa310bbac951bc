#pragma once

#include "commandline.h"

#include "imports/registerimport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace tongxin {
class Database;
class TabularReader;
struct Filter;
}

namespace tongxin::cli {

/// The commands of tongxin-cli. Each returns an ExitCode; messages go to stderr, results to
/// stdout, all in the language applied by main().
class Commands final
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
public:
    static int run(const Options &options);

    static int init(const Options &options);
    static int demo(const Options &options);
    static int summary(const Options &options); // summary.cpp
    static int definitions(const Options &options); // explain.cpp: summary --definitions
    static int explain(const Options &options); // explain.cpp
    static int coverage(const Options &options); // coverage.cpp
    static int projects(const Options &options); // projects.cpp
    static int check(const Options &options);
    static int importSales(const Options &options); // importsales.cpp
    static int importRegister(const Options &options); // importregister.cpp
    static int importWorkbook(const Options &options, Database &db); // importregister.cpp
    /// An import's report: its problems on stdout, then its summary (on stderr when it failed).
    static void report(const QString &text, const QString &summary, RegisterImportResult::Status status);
    /// An import's exit code (importregister.cpp): ExitRefused when the account may not write.
    static int exitCode(RegisterImportResult::Status status, bool databaseFailure, bool refused);
    /// An import's JSON report on stdout, ending in a new line (importsales.cpp).
    static void printJson(const QJsonObject &report, bool compact);
    static void printJson(const QJsonArray &list, bool compact); ///< audit's entries
    static void printJson(const QJsonDocument &document, bool compact);
    /// Writes an import template to the new file `path` through `write`, saying so; never
    /// replaces a file (ExitUsage), ExitWriteFailed with why when `write` fails.
    static int writeNewTemplate(const QString &path, const std::function<bool(QString *why)> &write); // importsales.cpp
    /// Opens an import's data file with its --encoding and --sheet; null, with why on stderr.
    static std::unique_ptr<TabularReader> openData(const ImportSalesOptions &s); // importsales.cpp
    static int report(const Options &options); // report.cpp
    static int exportTable(const Options &options); // export.cpp
    static int backup(const Options &options);
    static int tables(const Options &options); // tables.cpp
    static int audit(const Options &options); // audit.cpp
    static int lock(const Options &options); // audit.cpp: lock and unlock
    static int users(const Options &options); // users.cpp: user add|list|disable|passwd
    /// When the database `path` has accounts, signs in as `name` with the password from
    /// TONGXIN_PASSWORD or asked on the terminal; false, with why on stderr, when that fails
    /// (users.cpp). A database without accounts needs no one.
    static bool signIn(const QString &path, const QSqlDatabase &db, const QString &name);

    /// Opens an existing database, reporting why not on stderr. Never changes a file it refuses.
    static bool openExisting(const QString &path, Database *db);
    /// The western unit named `name` (Chinese or English); false, with a message on stderr that
    /// lists the units there are, when none has that name.
    /// "2020", "2017–2020", "from 2018", "up to 2019" or "all years".
    static QString spanText(const Filter &filter);
    static bool resolveUnit(const QSqlDatabase &db, const QString &name, qint64 *id, QString *displayName);
};

} // namespace tongxin::cli

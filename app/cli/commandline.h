#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <QCommandLineOption>

class QCommandLineParser;

namespace tongxin::cli {

/// import-sales and import: what to import or write (parsed in importsales.cpp, importregister.cpp).
struct ImportSalesOptions
{
    QString data; ///< the CSV or .xlsx file to import
    QString templateOut; ///< --template: the template file to write instead
    QString sheet; ///< .xlsx sheet by name or 1-based number, empty = first
    QString encoding; ///< CSV encoding name, empty = detect
    bool dryRun = false;
    bool skipInvalid = false;
    bool overwrite = false;
    int waitSeconds = 30; ///< --wait: how long to wait while another program writes the database
};

/// What the user asked for, after parsing and validation.
struct Options
{
    QString command; ///< one of CliHelp::commandNames()
    QString file; ///< the database file
    QString out; ///< backup target
    bool force = false;
    bool forceNewer = false; ///< init, demo: replace (move aside) a database of a newer version too
    bool json = false;
    bool compact = false;
    int fromYear = 0; ///< 0 = open
    int toYear = 0; ///< 0 = open
    QString county; ///< western unit name, empty = all
    ImportSalesOptions importSales; ///< import-sales only
    QDate date; ///< coverage: the day pairings must be in force on; invalid = today
    QString category; ///< projects: category code or name, empty = all
    QString status; ///< projects: status code or name, empty = all
    QString kind; ///< report: yearly, county, roster, ledger or sales
    QString table; ///< export: the table's name (ExportTables::names()); import: the register's
    bool stats = false; ///< export: the statistical tables workbook
    bool workbook = false; ///< export, import: the whole-office workbook
    int paidYear = 0; ///< projects: count only payments of this calendar year; 0 = all
    QString figure; ///< explain: the figure, as a `summary --json` key
    bool definitions = false; ///< summary: print the figures' definitions instead
    /// --user: the account to sign in as, when the database has accounts (its password from
    /// TONGXIN_PASSWORD, or asked on the terminal)
    QString signInAs;
    // user: the account command (add, list, disable, passwd), its account, role and units
    QString action;
    QString accountName;
    QString role;
    QStringList units;
    // audit: which entries (with `table`, `json`, `compact`)
    QString user; ///< --by: the user named in the entries
    QString operation; ///< insert, update, delete or import
    qint64 record = 0; ///< with table: one record's history
    QDate since; ///< from this day on
    QDate until; ///< up to this day
    int limit = 0; ///< the newest entries only; 0 = all
    QString reason; ///< lock, unlock: why
};

/// The command line of tongxin-cli: translated help, options, and the checks that tie each
/// option to the commands it applies to.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// The value of --lang in `arguments` (either "--lang X" or "--lang=X"), empty if absent.
    /// Read before parsing so the help itself comes out in that language.
    static QString languageArgument(const QStringList &arguments);

    /// Parses `arguments`. Returns -1 when a command should run (filled into `options`), or
    /// the exit code to end with (help or version printed, or a usage error reported).
    static int parse(const QStringList &arguments, Options *options);
    /// The command in `arguments`: the first argument that is not an option (or --lang's value).
    static QString commandIn(const QStringList &arguments); // importsales.cpp
    /// True when the command in `arguments` is import-sales, which parse() hands to parseImportSales().
    static bool isImportSales(const QStringList &arguments); // importsales.cpp
    static int parseImportSales(const QStringList &arguments, Options *options); // importsales.cpp
    /// `import`, with its own options too (importregister.cpp); `import --table sales` is import-sales.
    static int parseImport(const QStringList &arguments, Options *options); // importregister.cpp
    /// Why a template cannot be written to `path` (not .csv or .xlsx), or empty.
    static QString templateError(const QString &path); // importsales.cpp
    /// The data options both imports share (--dry-run, --skip-invalid, --sheet, --encoding, --wait, --json, --compact) read
    /// into *o, whose importSales.data is set; the usage error, or empty.
    static QString readDataOptions(const QCommandLineParser &parser, Options *o); // importsales.cpp
    /// The options both imports declare alike.
    struct ImportOptionSet
    {
        QCommandLineOption dryRun, skipInvalid, sheet, encoding, wait, compact, lang, user;
    };
    static ImportOptionSet importOptions(); // importsales.cpp
};

} // namespace tongxin::cli

// The `import` command: any register (but the sales ledger, whose import-sales this command
// stands for with --table sales) from CSV or .xlsx, driven by the register catalogue; and a
// register's empty import file. Its own option set, parsed here.

#include "clihelp.h"
#include "commandline.h"
#include "commands.h"

#include "exitcode.h"
#include "output.h"

#include "db/database.h"
#include "db/openfiles.h"
#include "imports/officeworkbook.h"
#include "imports/registerimport.h"
#include "io/csvreader.h"
#include "io/tabularreader.h"
#include "io/xlsxreader.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace tongxin::cli {

namespace {

int usageError(const QString &message)
{
    printError(message);
    printError(CommandLine::tr("Run \"%1 import --help\" for usage.").arg(QCoreApplication::applicationName()));
    return ExitUsage;
}

// "import … --table sales …" as "import-sales …": the sales ledger keeps its own importer.
bool salesAlias(const QStringList &arguments, QStringList *asSales)
{
    QStringList out;
    bool sales = false;
    bool command = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--table") && arguments.value(i + 1) == QLatin1String("sales")) {
            sales = true;
            ++i;
            continue;
        }
        if (a == QLatin1String("--table=sales")) {
            sales = true;
            continue;
        }
        if (!command && a == QLatin1String("import")) {
            command = true;
            out << QStringLiteral("import-sales");
            continue;
        }
        out << a;
    }
    *asSales = out;
    return sales;
}

} // namespace

int CommandLine::parseImport(const QStringList &arguments, Options *options)
{
    QStringList asSales;
    if (salesAlias(arguments, &asSales))
        return parseImportSales(asSales, options);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the records of a register (places, organisations, people, registered poor households, "
           "pairings, projects, payments …) from a CSV file (UTF-8 or GB18030) or an .xlsx workbook, or writes a "
           "register's empty import file.")
        + QLatin1String("\n\n") + tr("Usage:") + QLatin1Char('\n')
        + tr("  import FILE --table NAME DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid]\n"
             "         [--sheet NAME|N] [--encoding utf-8|gb18030] [--wait SECONDS] [--json]")
        + QLatin1Char('\n') + tr("  import FILE --workbook DATA.xlsx [--dry-run] [--skip-invalid] [--json]")
        + QLatin1Char('\n') + tr("  import --template --table NAME OUT.csv|OUT.xlsx [--lang zh_CN|en]")
        + QLatin1String("\n\n")
        + tr("The registers: %1 (\"tables\" lists their columns); --table sales is import-sales.")
              .arg(RegisterImport::tables().join(QStringLiteral(", ")))
        + QLatin1String("\n\n")
        + tr("The header row names the register's columns, in Chinese or English, in any order (a register's own "
             "export and its template need no mapping); other columns are ignored and listed. Codes by name in "
             "either language, flags 是/否, money in yuan, a reference by the name of the record it points to (a "
             "place also as a path such as 县/乡镇/村). Every row is checked as a form's Save checks it; every "
             "invalid row is reported with its row number, column and reason. Rows equal to a record already "
             "there are reported as present and not added. The import is one transaction: when anything fails "
             "nothing is written.")
        + QLatin1String("\n\n")
        + tr("--workbook imports a whole-office workbook (export --workbook writes one): every sheet named after a "
             "register, in either language, in the order records refer to each other (places, organisations, "
             "people, households, pairings, projects …, the sales ledger), all in one transaction.")
        + QLatin1String("\n\n") + tr("Exit codes:") + QLatin1Char('\n')
        + tr("  0  imported (or, with --dry-run, would be imported); with --skip-invalid, invalid rows were skipped")
        + QLatin1Char('\n') + tr("  1  invalid rows and no --skip-invalid: nothing was imported") + QLatin1Char('\n')
        + tr("  2  usage error, or a file that cannot be used (unreadable, no header row, not a Tongxin database)")
        + QLatin1Char('\n') + tr("  3  the database or the template could not be written"));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption table(QStringLiteral("table"), tr("The register to import into."), tr("name"));
    const QCommandLineOption templ(
        QStringLiteral("template"), tr("Write the register's empty import file (.csv or .xlsx) instead."));
    const QCommandLineOption workbook(
        QStringLiteral("workbook"), tr("Import a whole-office workbook: a sheet per register."));
    const ImportOptionSet common = importOptions();
    const QCommandLineOption &dryRun = common.dryRun;
    const QCommandLineOption &skipInvalid = common.skipInvalid;
    const QCommandLineOption &sheet = common.sheet;
    const QCommandLineOption &encoding = common.encoding;
    const QCommandLineOption &wait = common.wait;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    const QCommandLineOption &compact = common.compact;
    const QCommandLineOption &lang = common.lang;
    const QList<QCommandLineOption> all
        = { help, table, workbook, templ, dryRun, skipInvalid, sheet, encoding, wait, json, compact, lang, common.user };
    parser.addOptions(all.mid(1));
    parser.addPositionalArgument(QStringLiteral("import"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The Tongxin database file."));
    parser.addPositionalArgument(QStringLiteral("data"), tr("The CSV or .xlsx file to import."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        printOut(CliHelp::parserHelp(parser.applicationDescription(), all));
        return ExitOk;
    }
    Options o;
    o.command = QStringLiteral("import");
    const QStringList args = parser.positionalArguments();
    ImportSalesOptions &s = o.importSales;
    if (parser.isSet(workbook)) {
        for (const QCommandLineOption &other : { table, templ, sheet, encoding }) {
            if (parser.isSet(other))
                return usageError(tr("The option --%1 does not apply to --workbook.").arg(other.names().constFirst()));
        }
        if (args.size() != 3 || !TabularReader::isWorkbook(args.at(2)))
            return usageError(tr("With --workbook, import needs a database file and an .xlsx workbook."));
        o.workbook = true;
        o.file = args.at(1);
        s.data = args.at(2);
        if (const QString why = readDataOptions(parser, &o); !why.isEmpty())
            return usageError(why);
        *options = o;
        return -1;
    }
    o.table = parser.value(table).trimmed();
    if (o.table.isEmpty())
        return usageError(tr("The command import needs --table and the register's name."));
    if (!RegisterImport::isImportable(o.table))
        return usageError(tr("Unknown register \"%1\"; the registers are: %2.")
                              .arg(o.table, (RegisterImport::tables() << QStringLiteral("sales")).join(QStringLiteral(", "))));
    if (parser.isSet(templ)) {
        if (args.size() != 2)
            return usageError(tr("With --template, import takes the new file's name only."));
        for (const QCommandLineOption &other : { dryRun, skipInvalid, sheet, encoding, wait, json, compact, common.user }) {
            if (parser.isSet(other))
                return usageError(tr("The option --%1 does not apply to --template.").arg(other.names().constFirst()));
        }
        s.templateOut = args.at(1);
        if (const QString why = templateError(s.templateOut); !why.isEmpty())
            return usageError(why);
        *options = o;
        return -1;
    }
    if (args.size() != 3)
        return usageError(tr("The command import needs a database file and a CSV or .xlsx file."));
    o.file = args.at(1);
    s.data = args.at(2);
    if (const QString why = readDataOptions(parser, &o); !why.isEmpty())
        return usageError(why);
    *options = o;
    return -1;
}

int Commands::importRegister(const Options &o)
{
    const ImportSalesOptions &s = o.importSales;
    if (!s.templateOut.isEmpty())
        return writeNewTemplate(
            s.templateOut, [&](QString *why) { return RegisterImport::writeTemplate(o.table, s.templateOut, why); });

    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    // Reading the database (or its -wal) as data would drop this process's locks on it.
    if (OpenFiles::contains(s.data)) {
        printError(tr("%1 is the database itself, not a file to import.").arg(s.data));
        return ExitUsage;
    }
    if (o.workbook)
        return importWorkbook(o, db);
    std::unique_ptr<TabularReader> reader = openData(s);
    if (!reader)
        return ExitUsage;

    RegisterImportOptions options;
    options.dryRun = s.dryRun;
    options.skipInvalid = s.skipInvalid;
    options.lockWaitMs = s.waitSeconds * 1000;
    options.waiting = [] { printError(tr("Waiting for another program to finish writing the database…")); };
    const RegisterImportResult result = RegisterImport::run(db.db(), o.table, *reader, options);

    if (o.json) {
        QJsonObject out = result.toJson();
        out.insert(QStringLiteral("file"), s.data);
        out.insert(QStringLiteral("dry_run"), s.dryRun);
        out.insert(QStringLiteral("skip_invalid"), s.skipInvalid);
        printJson(out, o.compact);
    } else {
        QString text;
        if (!result.ignoredColumns.isEmpty())
            text += tr("Columns ignored (no column of this register has these names): %1")
                        .arg(result.ignoredColumns.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
        for (const RegisterImportError &e : result.errors)
            text += e.text() + QLatin1Char('\n');
        if (result.invalid > result.errors.size())
            text += tr("… and more: only the first %1 problems are listed.").arg(result.errors.size()) + QLatin1Char('\n');
        report(text, result.summary(), result.status);
    }
    return exitCode(result.status, result.databaseFailure, result.refused);
}

int Commands::importWorkbook(const Options &o, Database &db)
{
    RegisterImportOptions options;
    options.dryRun = o.importSales.dryRun;
    options.skipInvalid = o.importSales.skipInvalid;
    options.lockWaitMs = o.importSales.waitSeconds * 1000;
    options.waiting = [] { printError(tr("Waiting for another program to finish writing the database…")); };
    const OfficeWorkbook::Result result = OfficeWorkbook::import(db.db(), o.importSales.data, options);
    if (o.json) {
        QJsonObject out = result.toJson();
        out.insert(QStringLiteral("file"), o.importSales.data);
        out.insert(QStringLiteral("dry_run"), options.dryRun);
        out.insert(QStringLiteral("skip_invalid"), options.skipInvalid);
        printJson(out, o.compact);
    } else {
        QString text;
        if (!result.unknownSheets.isEmpty())
            text += tr("Sheets left out (named after no register): %1").arg(result.unknownSheets.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
        for (const OfficeWorkbook::Sheet &sheet : result.sheets) {
            text += QStringLiteral("%1 (%2): %3\n").arg(sheet.name, sheet.table, sheet.result.summary());
            for (const RegisterImportError &e : sheet.result.errors)
                text += QStringLiteral("  ") + e.text() + QLatin1Char('\n');
        }
        report(text, result.summary(), result.status);
    }
    const bool refused = std::any_of(result.sheets.cbegin(), result.sheets.cend(),
        [](const OfficeWorkbook::Sheet &sheet) { return sheet.result.refused; });
    return exitCode(result.status, result.databaseFailure, refused);
}

void Commands::report(const QString &text, const QString &summary, RegisterImportResult::Status status)
{
    printOut(text);
    if (status == RegisterImportResult::Status::Failed)
        printError(summary);
    else
        printOut(summary + QLatin1Char('\n'));
}

int Commands::exitCode(RegisterImportResult::Status status, bool databaseFailure, bool refused)
{
    if (refused)
        return ExitRefused;
    switch (status) {
    case RegisterImportResult::Status::Imported:
    case RegisterImportResult::Status::DryRun:
        return ExitOk;
    case RegisterImportResult::Status::Rejected:
        return ExitImportRejected;
    case RegisterImportResult::Status::Failed:
        break;
    }
    return databaseFailure ? ExitWriteFailed : ExitUsage;
}

} // namespace tongxin::cli

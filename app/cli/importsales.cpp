// The `import-sales` command: validated import of a sales ledger from CSV or .xlsx, and the
// import template. It has its own option set, so it is parsed here (CommandLine::parse hands
// over as soon as it sees the command).

#include "clihelp.h"
#include "commandline.h"
#include "commands.h"

#include "exitcode.h"
#include "output.h"

#include "consumption/salesimport.h"
#include "consumption/salestemplate.h"
#include "db/database.h"
#include "db/openfiles.h"
#include "i18n/language.h"
#include "io/csvreader.h"
#include "io/tabularreader.h"
#include "io/xlsxreader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace tongxin::cli {

namespace {

int usageError(const QString &message)
{
    printError(message);
    printError(CommandLine::tr("Run \"%1 import-sales --help\" for usage.").arg(QCoreApplication::applicationName()));
    return ExitUsage;
}

// --allow-outside-period, parsed and used in this file only (ImportSalesOptions is shared by
// the parser and the command; the flag travels beside it).
bool allowOutsidePeriod = false;

} // namespace

QString CommandLine::commandIn(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a;
    }
    return QString();
}

bool CommandLine::isImportSales(const QStringList &arguments)
{
    return commandIn(arguments) == QLatin1String("import-sales");
}

QString CommandLine::templateError(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return tr("The template is written as .csv or .xlsx, not \"%1\".").arg(path);
    return QString();
}

QString CommandLine::readDataOptions(const QCommandLineParser &parser, Options *o)
{
    ImportSalesOptions &s = o->importSales;
    o->signInAs = parser.value(QStringLiteral("user")).trimmed();
    s.dryRun = parser.isSet(QStringLiteral("dry-run"));
    s.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    const QString sheet = QStringLiteral("sheet");
    const QString encoding = QStringLiteral("encoding");
    s.sheet = parser.value(sheet).trimmed();
    if (parser.isSet(sheet) && s.sheet.isEmpty())
        return tr("The option --sheet needs a sheet name or number.");
    s.encoding = parser.value(encoding).trimmed();
    if (parser.isSet(encoding) && !CsvReader::encodingFromName(s.encoding, nullptr))
        return tr("Unknown encoding \"%1\"; use utf-8 or gb18030.").arg(s.encoding);
    const bool workbook = TabularReader::isWorkbook(s.data);
    if (workbook && parser.isSet(encoding))
        return tr("The option --encoding applies to CSV files only.");
    if (!workbook && parser.isSet(sheet))
        return tr("The option --sheet applies to .xlsx files only.");
    bool waitOk = false;
    s.waitSeconds = parser.value(QStringLiteral("wait")).trimmed().toInt(&waitOk);
    if (!waitOk || s.waitSeconds < 0)
        return tr("The option --wait needs a number of seconds.");
    o->json = parser.isSet(QStringLiteral("json"));
    o->compact = parser.isSet(QStringLiteral("compact"));
    if (o->compact && !o->json)
        return tr("The option --compact needs --json.");
    return QString();
}

std::unique_ptr<TabularReader> Commands::openData(const ImportSalesOptions &s)
{
    std::unique_ptr<TabularReader> reader = TabularReader::forFile(s.data);
    if (auto *csv = dynamic_cast<CsvReader *>(reader.get()); csv && !s.encoding.isEmpty()) {
        CsvReader::Encoding e = CsvReader::Encoding::Auto;
        CsvReader::encodingFromName(s.encoding, &e);
        csv->setEncoding(e);
    }
    if (!reader->open(s.data) || (!s.sheet.isEmpty() && !reader->selectSheet(s.sheet))) {
        printError(reader->errorString());
        return nullptr;
    }
    return reader;
}

CommandLine::ImportOptionSet CommandLine::importOptions()
{
    return {
        QCommandLineOption(QStringLiteral("dry-run"), tr("Validate and report only; write nothing.")),
        QCommandLineOption(QStringLiteral("skip-invalid"), tr("Import the valid rows and skip the invalid ones.")),
        QCommandLineOption(
            QStringLiteral("sheet"), tr(".xlsx: the sheet, by name or number (default: the first)."), tr("sheet")),
        QCommandLineOption(
            QStringLiteral("encoding"), tr("CSV: utf-8 or gb18030 (default: detected)."), tr("encoding")),
        QCommandLineOption(QStringLiteral("wait"),
            tr("While another program writes the database, wait up to this many seconds (default: 30); then "
               "nothing is imported (exit code 3)."),
            tr("seconds"), QStringLiteral("30")),
        QCommandLineOption(QStringLiteral("compact"), tr("With --json, print on one line.")),
        QCommandLineOption(QStringLiteral("lang"),
            tr("Language of messages, and of the template: zh_CN or en (default: the system's)."), tr("language")),
        QCommandLineOption(QStringLiteral("user"),
            tr("When the database has accounts: the account to sign in as (its password from TONGXIN_PASSWORD, or "
               "asked)."),
            tr("name")),
    };
}

void Commands::printJson(const QJsonObject &report, bool compact)
{
    printJson(QJsonDocument(report), compact);
}

void Commands::printJson(const QJsonArray &list, bool compact)
{
    printJson(QJsonDocument(list), compact);
}

void Commands::printJson(const QJsonDocument &document, bool compact)
{
    QString text = QString::fromUtf8(document.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    printOut(text);
}

int Commands::writeNewTemplate(const QString &path, const std::function<bool(QString *why)> &write)
{
    if (QFileInfo::exists(path)) {
        printError(tr("The file %1 already exists; the template never replaces a file.").arg(path));
        return ExitUsage;
    }
    QString why;
    if (!write(&why)) {
        printError(why);
        return ExitWriteFailed;
    }
    printOut(tr("Import template written: %1").arg(path) + QLatin1Char('\n'));
    return ExitOk;
}

int CommandLine::parseImportSales(const QStringList &arguments, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports sales into the consumption-aid ledger from a CSV file (UTF-8 or GB18030) or an .xlsx "
           "workbook, or writes the import template.")
        + QLatin1String("\n\n") + tr("Usage:") + QLatin1Char('\n')
        + tr("  import-sales FILE DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid] [--overwrite]\n"
             "               [--sheet NAME|N] [--encoding utf-8|gb18030] [--wait SECONDS] [--json]")
        + QLatin1Char('\n') + tr("               [--allow-outside-period]")
        + QLatin1Char('\n') + tr("  import-sales --template OUT.csv|OUT.xlsx [--lang zh_CN|en]") + QLatin1String("\n\n")
        + tr("Files with the template's headers (Chinese or English, any column order) need no mapping. Every "
             "invalid row is reported with its row number, column and reason. Rows already in the ledger (same "
             "outlet, date, product, amount and source reference) are reported as duplicates and not added. The "
             "import is one transaction: when anything fails nothing is written.")
        + QLatin1String("\n\n") + tr("Exit codes:") + QLatin1Char('\n')
        + tr("  0  imported (or, with --dry-run, would be imported); with --skip-invalid, invalid rows were skipped")
        + QLatin1Char('\n') + tr("  1  invalid rows and no --skip-invalid: nothing was imported") + QLatin1Char('\n')
        + tr("  2  usage error, or a file that cannot be used (unreadable, unknown headers, not a Tongxin database)")
        + QLatin1Char('\n') + tr("  3  the database or the template could not be written"));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption templ(
        QStringLiteral("template"), tr("Write the import template (.csv or .xlsx) to this new file."), tr("file"));
    const ImportOptionSet common = importOptions();
    const QCommandLineOption &dryRun = common.dryRun;
    const QCommandLineOption &skipInvalid = common.skipInvalid;
    const QCommandLineOption outsidePeriod(QStringLiteral("allow-outside-period"),
        tr("Import rows dated outside the office's period too (they are reported as warnings); without it "
           "they are invalid rows."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
        tr("Replace the ledger rows whose source reference is the source reference of an imported row "
           "(default: add)."));
    const QCommandLineOption &sheet = common.sheet;
    const QCommandLineOption &encoding = common.encoding;
    const QCommandLineOption &wait = common.wait;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON (money in fen)."));
    const QCommandLineOption &compact = common.compact;
    const QCommandLineOption &lang = common.lang;
    const QList<QCommandLineOption> all = { help, templ, dryRun, skipInvalid, outsidePeriod, overwrite, sheet, encoding,
        wait, json, compact, lang, common.user };
    parser.addOptions(all.mid(1));
    parser.addPositionalArgument(QStringLiteral("import-sales"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The Tongxin database file."));
    parser.addPositionalArgument(QStringLiteral("data"), tr("The CSV or .xlsx file to import."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        printOut(CliHelp::parserHelp(parser.applicationDescription(), all)); // aligned in either language
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    Options o;
    o.command = QStringLiteral("import-sales");
    ImportSalesOptions &s = o.importSales;
    if (parser.isSet(templ)) {
        s.templateOut = parser.value(templ);
        if (args.size() != 1)
            return usageError(tr("With --template, import-sales takes no other file."));
        const QStringList others = { dryRun.names().constFirst(), skipInvalid.names().constFirst(),
            outsidePeriod.names().constFirst(),
            overwrite.names().constFirst(), sheet.names().constFirst(), encoding.names().constFirst(),
            wait.names().constFirst(), json.names().constFirst(), compact.names().constFirst(),
            common.user.names().constFirst() };
        for (const QString &name : others) {
            if (parser.isSet(name))
                return usageError(tr("The option --%1 does not apply to --template.").arg(name));
        }
        if (const QString why = templateError(s.templateOut); !why.isEmpty())
            return usageError(why);
        *options = o;
        return -1;
    }
    if (args.size() != 3)
        return usageError(tr("The command import-sales needs a database file and a CSV or .xlsx file."));
    o.file = args.at(1);
    s.data = args.at(2);
    allowOutsidePeriod = parser.isSet(outsidePeriod);
    s.overwrite = parser.isSet(overwrite);
    if (const QString why = readDataOptions(parser, &o); !why.isEmpty())
        return usageError(why);
    *options = o;
    return -1;
}

int Commands::importSales(const Options &o)
{
    const ImportSalesOptions &s = o.importSales;
    if (!s.templateOut.isEmpty())
        return writeNewTemplate(
            s.templateOut, [&s](QString *why) { return SalesTemplate::write(s.templateOut, Language::current(), why); });

    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    // Reading the database (or its -wal) as data would drop this process's locks on it.
    if (OpenFiles::contains(s.data)) {
        printError(SalesImport::notSales(s.data));
        return ExitUsage;
    }
    std::unique_ptr<TabularReader> reader = openData(s);
    if (!reader)
        return ExitUsage;
    auto *csv = dynamic_cast<CsvReader *>(reader.get());
    QString source;
    if (csv) {
        const QString delimiter = csv->delimiter() == QLatin1Char('\t') ? tr("tab") : QString(csv->delimiter());
        source = tr("%1: CSV, encoding %2%3, delimiter %4")
                     .arg(s.data, CsvReader::encodingName(csv->encoding()),
                         s.encoding.isEmpty() ? tr(" (detected)") : QString(), delimiter);
    } else {
        const auto *xlsx = static_cast<const XlsxReader *>(reader.get());
        source = tr("%1: sheet \"%2\"").arg(s.data, reader->sheetNames().value(xlsx->currentSheet()));
    }

    SalesImportOptions options;
    options.dryRun = s.dryRun;
    options.skipInvalid = s.skipInvalid;
    options.allowOutsidePeriod = allowOutsidePeriod;
    options.mode = s.overwrite ? SalesImportOptions::Mode::Overwrite : SalesImportOptions::Mode::Add;
    options.lockWaitMs = s.waitSeconds * 1000;
    bool toldWaiting = false;
    options.waiting = [&toldWaiting] {
        if (!toldWaiting)
            printError(tr("Waiting for another program to finish writing the database…"));
        toldWaiting = true;
    };
    const SalesImportResult result = SalesImport(db.db()).run(*reader, nullptr, options);

    if (o.json) {
        QJsonObject out = result.toJson();
        out.insert(QStringLiteral("file"), s.data);
        const int sheetIndex = csv ? 0 : static_cast<const XlsxReader *>(reader.get())->currentSheet();
        out.insert(QStringLiteral("sheet"), reader->sheetNames().value(sheetIndex));
        if (csv)
            out.insert(QStringLiteral("encoding"), CsvReader::encodingName(csv->encoding()));
        out.insert(QStringLiteral("mode"), s.overwrite ? QStringLiteral("overwrite") : QStringLiteral("add"));
        out.insert(QStringLiteral("dry_run"), s.dryRun);
        out.insert(QStringLiteral("skip_invalid"), s.skipInvalid);
        printJson(out, o.compact);
    } else {
        QString text = source + QLatin1Char('\n');
        for (const ImportIssue &issue : result.issues)
            text += issue.text() + QLatin1Char('\n');
        if (result.outsidePeriod > 0 && !allowOutsidePeriod) {
            int from = 0;
            int to = 0;
            SalesImport::period(db.db(), &from, &to);
            text += tr("%n row(s) dated outside the office's period %1–%2; if the dates are right, import them with "
                       "--allow-outside-period.",
                        nullptr, int(result.outsidePeriod))
                        .arg(from)
                        .arg(to)
                + QLatin1Char('\n');
        }
        printOut(text);
        if (result.status == SalesImportResult::Status::Failed)
            printError(result.summary());
        else
            printOut(result.summary() + QLatin1Char('\n'));
    }
    switch (result.status) {
    case SalesImportResult::Status::Imported:
    case SalesImportResult::Status::DryRun:
        return ExitOk;
    case SalesImportResult::Status::Rejected:
    case SalesImportResult::Status::Cancelled:
        return ExitImportRejected;
    case SalesImportResult::Status::Failed:
        break;
    }
    if (result.failure == SalesImportResult::Failure::Refused)
        return ExitRefused;
    return result.failure == SalesImportResult::Failure::Database ? ExitWriteFailed : ExitUsage;
}

} // namespace tongxin::cli

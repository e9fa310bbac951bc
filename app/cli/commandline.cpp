#include "commandline.h"

#include "exitcode.h"
#include "output.h"

#include "export/tables.h"

#include <QCommandLineParser>

namespace tongxin::cli {

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 2100;

const QStringList &commands()
{
    static const QStringList list { QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("summary"),
        QStringLiteral("projects"), QStringLiteral("coverage"), QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("check"),
        QStringLiteral("backup") };
    return list;
}

// "a, b, c" broken into lines that continue at column `indent` (the help's second column).
QString wrappedList(const QStringList &items, int indent, int width, int start)
{
    QString out;
    int column = start;
    for (int i = 0; i < items.size(); ++i) {
        const QString item = items[i] + (i + 1 < items.size() ? QStringLiteral(",") : QString());
        if (i > 0 && column + 1 + item.size() > width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (i > 0) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += item;
        column += int(item.size());
    }
    return out;
}

int usageError(const QString &message)
{
    printError(message);
    printError(CommandLine::tr("Run \"%1 --help\" for usage.").arg(QCoreApplication::applicationName()));
    return ExitUsage;
}

bool parseYear(const QString &text, int *year)
{
    bool ok = false;
    const int y = text.trimmed().toInt(&ok);
    if (!ok || y < MinYear || y > MaxYear)
        return false;
    *year = y;
    return true;
}

} // namespace

QString CommandLine::languageArgument(const QStringList &arguments)
{
    const QString prefix = QStringLiteral("--lang=");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(prefix))
            return a.mid(prefix.size());
    }
    return QString();
}

int CommandLine::parse(const QStringList &arguments, Options *options)
{
    if (isImportSales(arguments))
        return parseImportSales(arguments, options);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tongxin (同心) on the command line: create, check, back up and summarise a Tongxin database.")
        + QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n')
        + tr("  init FILE [--force]        create a new, empty database") + QLatin1Char('\n')
        + tr("  demo FILE [--force]        create a database filled with the demo data") + QLatin1Char('\n')
        + tr("  summary FILE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]\n"
             "                             print the headline figures")
        + QLatin1Char('\n')
        + tr("  projects FILE [--year Y] [--county NAME] [--category C] [--status S] [--paid-year Y] [--json]\n"
             "                             list the project ledger with budget, paid and % paid, and totals")
        + QLatin1Char('\n')
        + tr("  coverage FILE [--county NAME] [--date YYYY-MM-DD] [--json]\n"
             "                             poor villages with no pairing in force, with one kind only or with\n"
             "                             several kinds (community, enterprise, chamber ↔ village), and\n"
             "                             registered poor households without a cadre pair, per western unit.\n"
             "                             JSON: {\"date\", \"units\": [{\"id\", \"name\", \"name_en\",\n"
             "                             \"illustrative\", \"poor_villages\", \"uncovered\": [village],\n"
             "                             \"one_kind\": [village], \"several_kinds\": n, \"households\": n,\n"
             "                             \"households_without_cadre\": [household]}], \"totals\": {counts}};\n"
             "                             village = {\"id\", \"name\", \"town\", \"kinds\": [kind]},\n"
             "                             household = {\"id\", \"head\", \"members\", \"village\", \"town\",\n"
             "                             \"registered_year\", \"exit_year\" (null: not out of poverty)}")
        + QLatin1Char('\n')
        + tr("  import-sales FILE DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid] [--overwrite] [--json]\n"
             "                             import sales, with a validation report (see import-sales --help);\n"
             "  import-sales --template OUT.csv|OUT.xlsx [--lang zh_CN|en]   write the import template")
        + QLatin1Char('\n')
        + tr("  report FILE --kind yearly|county|roster|ledger|sales [--year Y | --from Y1 --to Y2]\n"
             "                             [--county NAME] [--lang zh_CN|en] -o OUT.pdf\n"
             "                             print a report to PDF")
        + QLatin1Char('\n')
        + tr("  export FILE --table NAME [--year Y | --from Y1 --to Y2] [--county NAME] -o OUT.xlsx|OUT.csv\n"
             "                             export a table: %1\n"
             "  export FILE --stats [--year Y | --from Y1 --to Y2] [--county NAME] -o OUT.xlsx\n"
             "                             the statistical tables: targets, actuals and completion")
              .arg(wrappedList(ExportTables::names(), 29, 100, 45))
        + QLatin1Char('\n') + tr("  check FILE                 verify the file's integrity and invariants")
        + QLatin1Char('\n') + tr("  backup FILE OUT            write a consistent copy of FILE to the new file OUT")
        + QLatin1String("\n\n") + tr("Exit codes:") + QLatin1Char('\n') + tr("  0  success") + QLatin1Char('\n')
        + tr("  1  check found problems") + QLatin1Char('\n')
        + tr("  2  usage error, or a file that cannot be used (missing, exists, not a Tongxin database, "
             "from a newer version)")
        + QLatin1Char('\n') + tr("  3  a file could not be written"));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption force(
        { QStringLiteral("f"), QStringLiteral("force") }, tr("init, demo: replace an existing Tongxin database."));
    const QCommandLineOption year(QStringLiteral("year"),
        tr("summary: only this calendar year (money paid, sales… dated in it). projects: only projects of this "
           "funding year (the year of their plan and budget); their paid column still counts every payment, "
           "whatever its date (see --paid-year)."),
        tr("year"));
    const QCommandLineOption from(QStringLiteral("from"), tr("summary: from this year on."), tr("year"));
    const QCommandLineOption to(QStringLiteral("to"), tr("summary: up to this year."), tr("year"));
    const QCommandLineOption county(QStringLiteral("county"),
        tr("summary, projects, coverage: one western unit, by Chinese or English name."), tr("name"));
    const QCommandLineOption json(QStringLiteral("json"), tr("summary, projects, coverage: print JSON (money in fen)."));
    const QCommandLineOption compact(
        QStringLiteral("compact"), tr("summary, projects, coverage: with --json, print on one line."));
    const QCommandLineOption category(QStringLiteral("category"),
        tr("projects: one category (code, English or Chinese name: industry, 产业…)."), tr("category"));
    const QCommandLineOption status(QStringLiteral("status"),
        tr("projects: one status (planned, under_construction, completed, accepted, cancelled, or its name)."),
        tr("status"));
    const QCommandLineOption paidYear(QStringLiteral("paid-year"),
        tr("projects: count as paid only payments dated in this calendar year; the paid total then equals "
           "summary's fiscal aid paid for the same --paid-year and --county."),
        tr("year"));
    const QCommandLineOption date(QStringLiteral("date"),
        tr("coverage: count pairings in force on this day (default: today)."), tr("YYYY-MM-DD"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Language of messages: zh_CN or en (default: the system's)."), tr("language"));
    parser.addOptions({ force, year, from, to, county, json, compact, category, status, paidYear, date, lang });
    const QCommandLineOption kind(QStringLiteral("kind"),
        tr("report: yearly, county, roster, ledger or sales."), tr("kind"));
    const QCommandLineOption table(QStringLiteral("table"), tr("export: the table to export."), tr("name"));
    const QCommandLineOption stats(QStringLiteral("stats"), tr("export: the statistical tables workbook."));
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("report, export: the file to write."), tr("file"));
    parser.addOptions({ kind, table, stats, output });
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, demo, summary, projects, coverage, check or backup."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The Tongxin database file."));
    parser.addPositionalArgument(QStringLiteral("out"), tr("backup: the new file to write."), QStringLiteral("[out]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(version)) {
        printOut(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
            + QLatin1Char('\n'));
        return ExitOk;
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("No command given."));
    Options o;
    o.command = args.first();
    if (!commands().contains(o.command))
        return usageError(
            tr("Unknown command \"%1\". Commands: %2.").arg(o.command, commands().join(QLatin1String(", "))));
    const int wanted = o.command == QLatin1String("backup") ? 2 : 1;
    if (args.size() - 1 != wanted) {
        return usageError(wanted == 2 ? tr("The command %1 needs a database file and an output file.").arg(o.command)
                                      : tr("The command %1 needs one database file.").arg(o.command));
    }
    o.file = args.at(1);
    if (wanted == 2)
        o.out = args.at(2);

    // Each option belongs to some commands; anything else is a mistake worth reporting.
    const bool isSummary = o.command == QLatin1String("summary");
    const bool creates = o.command == QLatin1String("init") || o.command == QLatin1String("demo");
    const bool isProjects = o.command == QLatin1String("projects");
    const bool isCoverage = o.command == QLatin1String("coverage");
    const bool isReport = o.command == QLatin1String("report");
    const bool isExport = o.command == QLatin1String("export");
    const bool takesPeriod = isReport || isExport;
    const QList<QPair<QCommandLineOption, bool>> applies = { { force, creates }, { year, isSummary || isProjects || takesPeriod },
        { from, isSummary || takesPeriod }, { to, isSummary || takesPeriod }, { county, isSummary || isProjects || isCoverage || takesPeriod },
        { json, isSummary || isProjects || isCoverage }, { compact, isSummary || isProjects || isCoverage },
        { date, isCoverage }, { category, isProjects }, { status, isProjects },
        { paidYear, isProjects }, { kind, isReport }, { table, isExport }, { stats, isExport },
        { output, takesPeriod } };
    for (const auto &a : applies) {
        if (parser.isSet(a.first) && !a.second)
            return usageError(
                tr("The option --%1 does not apply to the command %2.").arg(a.first.names().constLast(), o.command));
    }
    o.force = parser.isSet(force);
    o.json = parser.isSet(json);
    o.compact = parser.isSet(compact);
    if (o.compact && !o.json)
        return usageError(tr("The option --compact needs --json."));
    o.county = parser.value(county).trimmed();
    if (parser.isSet(county) && o.county.isEmpty())
        return usageError(tr("The option --county needs a name."));
    o.category = parser.value(category).trimmed();
    if (parser.isSet(date)) {
        o.date = QDate::fromString(parser.value(date).trimmed(), Qt::ISODate);
        if (!o.date.isValid())
            return usageError(tr("The option --date needs a day as YYYY-MM-DD, not \"%1\".").arg(parser.value(date)));
    }
    o.status = parser.value(status).trimmed();
    // report and export: the values are checked by their commands (report.cpp, export.cpp).
    o.kind = parser.value(kind).trimmed();
    o.table = parser.value(table).trimmed();
    o.stats = parser.isSet(stats);
    if (takesPeriod) {
        o.out = parser.value(output);
        if (o.out.isEmpty())
            return usageError(tr("The command %1 needs the file to write: -o FILE.").arg(o.command));
        if (isReport && o.kind.isEmpty())
            return usageError(tr("The command report needs --kind (yearly, county, roster, ledger or sales)."));
        if (isExport && o.table.isEmpty() == !o.stats)
            return usageError(tr("The command export needs either --table NAME or --stats."));
    }

    if (parser.isSet(year) && (parser.isSet(from) || parser.isSet(to)))
        return usageError(tr("Use either --year or --from/--to, not both."));
    const auto readYear = [&](const QCommandLineOption &option, int *target) {
        if (!parser.isSet(option))
            return true;
        if (parseYear(parser.value(option), target))
            return true;
        usageError(tr("The option --%1 needs a year between %2 and %3, not \"%4\".")
                       .arg(option.names().constLast())
                       .arg(MinYear)
                       .arg(MaxYear)
                       .arg(parser.value(option)));
        return false;
    };
    int y = 0;
    if (!readYear(year, &y) || !readYear(from, &o.fromYear) || !readYear(to, &o.toYear)
        || !readYear(paidYear, &o.paidYear))
        return ExitUsage;
    if (y > 0)
        o.fromYear = o.toYear = y;
    if (o.fromYear > 0 && o.toYear > 0 && o.fromYear > o.toYear)
        return usageError(tr("The year range %1–%2 is empty: --from is after --to.").arg(o.fromYear).arg(o.toYear));

    *options = o;
    return -1;
}

} // namespace tongxin::cli

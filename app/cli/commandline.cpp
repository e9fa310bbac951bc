#include "commandline.h"

#include "clihelp.h"
#include "exitcode.h"
#include "output.h"

#include "audit/auditlog.h"

#include <QCommandLineParser>

#include <limits>

namespace tongxin::cli {

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 2100;
constexpr int Proceed = -1; // parse(): go on and run the command

// The message, then where to find the usage: the command's own help when the command is known.
int usageError(const QString &message, const QString &command = QString())
{
    printError(message);
    const QString app = QCoreApplication::applicationName();
    printError(CliHelp::isCommand(command)
            ? CommandLine::tr("Run \"%1 %2 --help\" for its usage.").arg(app, command)
            : CommandLine::tr("Run \"%1 --help\" for usage.").arg(app));
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

// The command and its files; Proceed, or the exit code of a usage error.
int readCommand(const QStringList &args, bool definitions, Options *o)
{
    if (args.isEmpty())
        return usageError(CommandLine::tr("No command given."));
    o->command = args.first();
    if (!CliHelp::isCommand(o->command))
        return usageError(CliHelp::unknownCommand(o->command));
    const bool explain = o->command == QLatin1String("explain");
    if (explain && args.size() == 2)
        return usageError(CommandLine::tr("The command explain needs a database file and a figure, e.g. "
                                          "fiscal_aid_paid_fen (summary --definitions lists them)."),
            o->command);
    // tables lists the registers of the catalogue: no database.
    if (o->command == QLatin1String("tables")) {
        return args.size() == 1 ? Proceed
                                : usageError(CommandLine::tr("The command tables takes no database file."), o->command);
    }
    // user ACTION FILE [NAME]: list takes no name, the others one.
    if (o->command == QLatin1String("user")) {
        static const QStringList actions { QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("disable"),
            QStringLiteral("passwd") };
        o->action = args.value(1);
        if (!actions.contains(o->action))
            return usageError(CommandLine::tr("The command user needs one of: %1.").arg(actions.join(QLatin1String(", "))),
                o->command);
        const int wanted = o->action == QLatin1String("list") ? 3 : 4;
        if (args.size() != wanted)
            return usageError(wanted == 3 ? CommandLine::tr("The command user list needs one database file.")
                                          : CommandLine::tr("The command user %1 needs a database file and an account's name.")
                                                .arg(o->action),
                o->command);
        o->file = args.at(2);
        o->accountName = args.value(3).trimmed();
        return Proceed;
    }
    // summary --definitions prints what the figures mean: no database needed.
    if (definitions && o->command == QLatin1String("summary") && args.size() == 1)
        return Proceed;
    const int wanted = o->command == QLatin1String("backup") || explain ? 2 : 1;
    if (args.size() - 1 != wanted) {
        return usageError(explain ? CommandLine::tr("The command explain needs a database file and one figure.")
            : wanted == 2
                ? CommandLine::tr("The command %1 needs a database file and an output file.").arg(o->command)
                : CommandLine::tr("The command %1 needs one database file.").arg(o->command),
            o->command);
    }
    o->file = args.at(1);
    if (explain)
        o->figure = args.at(2);
    else if (wanted == 2)
        o->out = args.at(2);
    return Proceed;
}

// Each option belongs to some commands (CliHelp's table); anything else is a mistake worth reporting.
int checkOptionsApply(const QCommandLineParser &parser, const QString &command)
{
    for (const QString &name : parser.optionNames()) {
        if (!CliHelp::applies(name, command))
            return usageError(CommandLine::tr("The option --%1 does not apply to the command %2.")
                                  .arg(CliHelp::longName(name), command),
                command);
    }
    return Proceed;
}

// audit's filter: --by, --operation, --record (with --table), --since, --until, --limit.
int readAudit(const QCommandLineParser &parser, Options *o)
{
    const QString &c = o->command;
    o->user = parser.value(QStringLiteral("by")).trimmed();
    o->operation = parser.value(QStringLiteral("operation")).trimmed();
    if (!o->operation.isEmpty() && !AuditLog::operations().contains(o->operation))
        return usageError(CommandLine::tr("The option --operation needs one of: %1.")
                              .arg(AuditLog::operations().join(QLatin1String(", "))),
            c);
    const auto readDay = [&](const QString &option, QDate *day) {
        if (!parser.isSet(option))
            return true;
        *day = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
        if (day->isValid())
            return true;
        usageError(CommandLine::tr("The option --%1 needs a day as YYYY-MM-DD, not \"%2\".").arg(option, parser.value(option)), c);
        return false;
    };
    if (!readDay(QStringLiteral("since"), &o->since) || !readDay(QStringLiteral("until"), &o->until))
        return ExitUsage;
    const auto readCount = [&](const QString &option, qint64 *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *value = parser.value(option).trimmed().toLongLong(&ok);
        if (ok && *value > 0)
            return true;
        usageError(CommandLine::tr("The option --%1 needs a whole number above 0, not \"%2\".").arg(option, parser.value(option)), c);
        return false;
    };
    qint64 limit = 0;
    if (!readCount(QStringLiteral("record"), &o->record) || !readCount(QStringLiteral("limit"), &limit))
        return ExitUsage;
    o->limit = int(qMin<qint64>(limit, std::numeric_limits<int>::max()));
    if (o->record > 0 && o->table.isEmpty())
        return usageError(CommandLine::tr("The option --record needs --table: a record is a row of one table."), c);
    return Proceed;
}

// Options with values other than years; report's and export's are checked by their commands.
int readValues(const QCommandLineParser &parser, Options *o)
{
    const QString &c = o->command;
    o->force = parser.isSet(QStringLiteral("force"));
    o->forceNewer = parser.isSet(QStringLiteral("force-newer"));
    o->json = parser.isSet(QStringLiteral("json"));
    o->compact = parser.isSet(QStringLiteral("compact"));
    if (o->compact && !o->json)
        return usageError(CommandLine::tr("The option --compact needs --json."), c);
    o->county = parser.value(QStringLiteral("county")).trimmed();
    if (parser.isSet(QStringLiteral("county")) && o->county.isEmpty())
        return usageError(CommandLine::tr("The option --county needs a name."), c);
    o->category = parser.value(QStringLiteral("category")).trimmed();
    if (parser.isSet(QStringLiteral("date"))) {
        const QString text = parser.value(QStringLiteral("date"));
        o->date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!o->date.isValid())
            return usageError(CommandLine::tr("The option --date needs a day as YYYY-MM-DD, not \"%1\".").arg(text), c);
    }
    o->status = parser.value(QStringLiteral("status")).trimmed();
    o->kind = parser.value(QStringLiteral("kind")).trimmed();
    o->table = parser.value(QStringLiteral("table")).trimmed();
    o->stats = parser.isSet(QStringLiteral("stats"));
    o->workbook = parser.isSet(QStringLiteral("workbook"));
    o->definitions = parser.isSet(QStringLiteral("definitions"));
    o->reason = parser.value(QStringLiteral("reason")).trimmed();
    o->signInAs = parser.value(QStringLiteral("user")).trimmed();
    if (parser.isSet(QStringLiteral("user")) && o->signInAs.isEmpty())
        return usageError(CommandLine::tr("The option --user needs an account's name."), c);
    o->role = parser.value(QStringLiteral("role")).trimmed();
    for (const QString &unit : parser.values(QStringLiteral("unit")))
        o->units << unit.trimmed();
    if (c == QLatin1String("user")) {
        const bool adding = o->action == QLatin1String("add");
        if (adding && o->role.isEmpty())
            return usageError(CommandLine::tr("The command user add needs --role (administrator, office, county or viewer)."), c);
        if (!adding && (parser.isSet(QStringLiteral("role")) || !o->units.isEmpty()))
            return usageError(CommandLine::tr("The options --role and --unit apply to user add only."), c);
    }
    if (c == QLatin1String("unlock") && (!parser.isSet(QStringLiteral("year")) || o->reason.isEmpty()))
        return usageError(CommandLine::tr("The command unlock needs --year and --reason."), c);
    if (c == QLatin1String("lock") && !parser.isSet(QStringLiteral("year"))
        && (parser.isSet(QStringLiteral("county")) || parser.isSet(QStringLiteral("reason"))))
        return usageError(CommandLine::tr("The command lock needs --year to lock; without options it lists the locks."), c);
    if (c == QLatin1String("audit")) {
        if (const int code = readAudit(parser, o); code != Proceed)
            return code;
    }
    const bool isReport = c == QLatin1String("report");
    const bool isExport = c == QLatin1String("export");
    if (isReport || isExport) {
        o->out = parser.value(QStringLiteral("output"));
        if (o->out.isEmpty())
            return usageError(CommandLine::tr("The command %1 needs the file to write: -o FILE.").arg(c), c);
        if (isReport && o->kind.isEmpty())
            return usageError(
                CommandLine::tr("The command report needs --kind (yearly, county, roster, ledger or sales)."), c);
        if (isExport && int(!o->table.isEmpty()) + int(o->stats) + int(o->workbook) != 1)
            return usageError(CommandLine::tr("The command export needs one of --table NAME, --stats or --workbook."), c);
    }
    return Proceed;
}

// --year, or --from and --to; and projects' --paid-year.
int readYears(const QCommandLineParser &parser, Options *o)
{
    const QString year = QStringLiteral("year");
    const QString from = QStringLiteral("from");
    const QString to = QStringLiteral("to");
    if (parser.isSet(year) && (parser.isSet(from) || parser.isSet(to)))
        return usageError(CommandLine::tr("Use either --year or --from/--to, not both."), o->command);
    const auto readYear = [&](const QString &option, int *target) {
        if (!parser.isSet(option) || parseYear(parser.value(option), target))
            return true;
        usageError(CommandLine::tr("The option --%1 needs a year between %2 and %3, not \"%4\".")
                       .arg(option)
                       .arg(MinYear)
                       .arg(MaxYear)
                       .arg(parser.value(option)),
            o->command);
        return false;
    };
    int y = 0;
    if (!readYear(year, &y) || !readYear(from, &o->fromYear) || !readYear(to, &o->toYear)
        || !readYear(QStringLiteral("paid-year"), &o->paidYear))
        return ExitUsage;
    if (y > 0)
        o->fromYear = o->toYear = y;
    if (o->fromYear > 0 && o->toYear > 0 && o->fromYear > o->toYear)
        return usageError(
            CommandLine::tr("The year range %1–%2 is empty: --from is after --to.").arg(o->fromYear).arg(o->toYear),
            o->command);
    return Proceed;
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
    if (commandIn(arguments) == QLatin1String("import"))
        return parseImport(arguments, options);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(CliHelp::options());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        // "CMD --help" (with or without files): that command's help; else the whole program's.
        if (!args.isEmpty() && !CliHelp::isCommand(args.first()))
            return usageError(CliHelp::unknownCommand(args.first()));
        printOut(args.isEmpty() ? CliHelp::globalHelp() : CliHelp::commandHelp(args.first()));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
            + QLatin1Char('\n'));
        return ExitOk;
    }

    Options o;
    if (const int code = readCommand(args, parser.isSet(QStringLiteral("definitions")), &o); code != Proceed)
        return code;
    if (const int code = checkOptionsApply(parser, o.command); code != Proceed)
        return code;
    if (const int code = readValues(parser, &o); code != Proceed)
        return code;
    if (const int code = readYears(parser, &o); code != Proceed)
        return code;
    *options = o;
    return Proceed;
}

} // namespace tongxin::cli

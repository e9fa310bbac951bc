#include "commandline.h"

#include "exitcode.h"
#include "output.h"

#include <QCommandLineParser>

namespace tongxin::cli {

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 2100;

const QStringList &commands()
{
    static const QStringList list { QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("summary"),
        QStringLiteral("check"), QStringLiteral("backup") };
    return list;
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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tongxin (同心) on the command line: create, check, back up and summarise a Tongxin database.")
        + QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n')
        + tr("  init FILE [--force]        create a new, empty database") + QLatin1Char('\n')
        + tr("  demo FILE [--force]        create a database filled with the demo data") + QLatin1Char('\n')
        + tr("  summary FILE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]\n"
             "                             print the headline figures")
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
    const QCommandLineOption year(QStringLiteral("year"), tr("summary: only this calendar year."), tr("year"));
    const QCommandLineOption from(QStringLiteral("from"), tr("summary: from this year on."), tr("year"));
    const QCommandLineOption to(QStringLiteral("to"), tr("summary: up to this year."), tr("year"));
    const QCommandLineOption county(
        QStringLiteral("county"), tr("summary: one western unit, by Chinese or English name."), tr("name"));
    const QCommandLineOption json(QStringLiteral("json"), tr("summary: print JSON (money in fen)."));
    const QCommandLineOption compact(QStringLiteral("compact"), tr("summary: with --json, print on one line."));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Language of messages: zh_CN or en (default: the system's)."), tr("language"));
    parser.addOptions({ force, year, from, to, county, json, compact, lang });
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, demo, summary, check or backup."));
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
    const QList<QPair<QCommandLineOption, bool>> applies = { { force, creates }, { year, isSummary },
        { from, isSummary }, { to, isSummary }, { county, isSummary }, { json, isSummary }, { compact, isSummary } };
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
    if (!readYear(year, &y) || !readYear(from, &o.fromYear) || !readYear(to, &o.toYear))
        return ExitUsage;
    if (y > 0)
        o.fromYear = o.toYear = y;
    if (o.fromYear > 0 && o.toYear > 0 && o.fromYear > o.toYear)
        return usageError(tr("The year range %1–%2 is empty: --from is after --to.").arg(o.fromYear).arg(o.toYear));

    *options = o;
    return -1;
}

} // namespace tongxin::cli

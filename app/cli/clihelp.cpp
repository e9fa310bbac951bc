#include "clihelp.h"

#include "helplayout.h"

#include "export/tables.h"

namespace tongxin::cli {

namespace {

// One use of an option: the commands it applies to and what it does for them (English source,
// context "CommandLine"). An option that means different things for different commands has one
// use per meaning.
struct Use
{
    QStringList commands;
    const char *text;
};

struct OptionSpec
{
    QStringList names;
    const char *valueName; // nullptr: a flag
    QVector<Use> uses;
};

const QString Help = QStringLiteral("help");
const QString Version = QStringLiteral("version");
const QString Global = QStringLiteral("*"); // the program itself, before any command

const QVector<OptionSpec> &specs()
{
    const QString summary = QStringLiteral("summary");
    const QString explain = QStringLiteral("explain");
    const QString projects = QStringLiteral("projects");
    const QString coverage = QStringLiteral("coverage");
    const QString report = QStringLiteral("report");
    const QString exportCmd = QStringLiteral("export");
    const QString tables = QStringLiteral("tables");
    const QString audit = QStringLiteral("audit");
    const QString lock = QStringLiteral("lock");
    const QString unlock = QStringLiteral("unlock");
    const QString user = QStringLiteral("user");
    // Every command that opens a database signs in to it (when it has accounts).
    static const QStringList openers = [] {
        QStringList l = CliHelp::commandNames();
        for (const char *c : { "init", "demo", "tables" })
            l.removeAll(QLatin1String(c));
        return l;
    }();
    static const QStringList all = [] {
        QStringList l = CliHelp::commandNames();
        l.removeAll(QStringLiteral("import-sales")); // parsed by importsales.cpp
        l.removeAll(QStringLiteral("import")); // parsed by importregister.cpp
        return l;
    }();
    static const QVector<OptionSpec> list = {
        { { QStringLiteral("h"), Help }, nullptr,
            { { QStringList { Global } + all,
                QT_TRANSLATE_NOOP("CommandLine", "Show this help; after a command, that command's help.") } } },
        { { QStringLiteral("v"), Version }, nullptr,
            { { { Global }, QT_TRANSLATE_NOOP("CommandLine", "Show the version.") } } },
        { { QStringLiteral("f"), QStringLiteral("force") }, nullptr,
            { { { QStringLiteral("init"), QStringLiteral("demo") },
                QT_TRANSLATE_NOOP("CommandLine", "replace an existing Tongxin database (moved aside as FILE.replaced-DATE-TIME).") } } },
        { { QStringLiteral("force-newer") }, nullptr,
            { { { QStringLiteral("init"), QStringLiteral("demo") },
                QT_TRANSLATE_NOOP("CommandLine", "replace a database from a newer version of Tongxin too (moved aside).") } } },
        { { QStringLiteral("year") }, QT_TRANSLATE_NOOP("CommandLine", "year"),
            { { { summary, explain, report, exportCmd },
                  QT_TRANSLATE_NOOP("CommandLine", "only this calendar year (money paid, sales… dated in it).") },
                { { lock, unlock }, QT_TRANSLATE_NOOP("CommandLine", "the year to lock or unlock.") },
                { { projects },
                    QT_TRANSLATE_NOOP("CommandLine",
                        "only projects of this funding year (the year of their plan and budget); their paid "
                        "column still counts every payment, whatever its date (see --paid-year).") } } },
        { { QStringLiteral("from") }, QT_TRANSLATE_NOOP("CommandLine", "year"),
            { { { summary, explain, report, exportCmd }, QT_TRANSLATE_NOOP("CommandLine", "from this year on.") } } },
        { { QStringLiteral("to") }, QT_TRANSLATE_NOOP("CommandLine", "year"),
            { { { summary, explain, report, exportCmd }, QT_TRANSLATE_NOOP("CommandLine", "up to this year.") } } },
        { { QStringLiteral("county") }, QT_TRANSLATE_NOOP("CommandLine", "name"),
            { { { summary, explain, projects, coverage, report, exportCmd },
                QT_TRANSLATE_NOOP("CommandLine", "one western unit, by Chinese or English name.") },
                { { lock, unlock }, QT_TRANSLATE_NOOP("CommandLine", "the year of this western unit only (default: every unit).") } } },
        { { QStringLiteral("reason") }, QT_TRANSLATE_NOOP("CommandLine", "text"),
            { { { lock }, QT_TRANSLATE_NOOP("CommandLine", "why the year is locked (kept with the lock).") },
                { { unlock }, QT_TRANSLATE_NOOP("CommandLine", "why it is unlocked (required; kept with the lock).") } } },
        { { QStringLiteral("json") }, nullptr,
            { { { summary, explain, projects, coverage, tables, audit },
                QT_TRANSLATE_NOOP("CommandLine", "print JSON (money in fen).") } } },
        { { QStringLiteral("compact") }, nullptr,
            { { { summary, explain, projects, coverage, tables, audit },
                QT_TRANSLATE_NOOP("CommandLine", "with --json, print on one line.") } } },
        { { QStringLiteral("definitions") }, nullptr,
            { { { summary },
                QT_TRANSLATE_NOOP("CommandLine",
                    "print what each figure counts, which date decides its year, its scope, unit and target "
                    "(no FILE needed).") } } },
        { { QStringLiteral("category") }, QT_TRANSLATE_NOOP("CommandLine", "category"),
            { { { projects },
                QT_TRANSLATE_NOOP("CommandLine", "one category (code, English or Chinese name: industry, 产业…).") } } },
        { { QStringLiteral("status") }, QT_TRANSLATE_NOOP("CommandLine", "status"),
            { { { projects },
                QT_TRANSLATE_NOOP("CommandLine",
                    "one status (planned, under_construction, completed, accepted, cancelled, or its name).") } } },
        { { QStringLiteral("paid-year") }, QT_TRANSLATE_NOOP("CommandLine", "year"),
            { { { projects },
                QT_TRANSLATE_NOOP("CommandLine",
                    "count as paid only payments dated in this calendar year; the paid total then equals "
                    "summary's fiscal aid paid for the same --paid-year and --county.") } } },
        { { QStringLiteral("date") }, QT_TRANSLATE_NOOP("CommandLine", "YYYY-MM-DD"),
            { { { coverage }, QT_TRANSLATE_NOOP("CommandLine", "count pairings in force on this day (default: today).") } } },
        { { QStringLiteral("kind") }, QT_TRANSLATE_NOOP("CommandLine", "kind"),
            { { { report }, QT_TRANSLATE_NOOP("CommandLine", "yearly, county, roster, ledger or sales.") } } },
        { { QStringLiteral("table") }, QT_TRANSLATE_NOOP("CommandLine", "name"),
            { { { exportCmd }, QT_TRANSLATE_NOOP("CommandLine", "the table to export.") },
                { { audit }, QT_TRANSLATE_NOOP("CommandLine", "only the changes to this table (a register, or settings).") } } },
        { { QStringLiteral("record") }, QT_TRANSLATE_NOOP("CommandLine", "id"),
            { { { audit }, QT_TRANSLATE_NOOP("CommandLine", "with --table, one record's history.") } } },
        { { QStringLiteral("by") }, QT_TRANSLATE_NOOP("CommandLine", "name"),
            { { { audit }, QT_TRANSLATE_NOOP("CommandLine", "only the changes made by this user.") } } },
        { { QStringLiteral("role") }, QT_TRANSLATE_NOOP("CommandLine", "role"),
            { { { user }, QT_TRANSLATE_NOOP("CommandLine", "add: administrator, office, county or viewer.") } } },
        { { QStringLiteral("unit") }, QT_TRANSLATE_NOOP("CommandLine", "name"),
            { { { user },
                QT_TRANSLATE_NOOP("CommandLine", "add, with --role county: a western unit the group writes (repeat for several).") } } },
        { { QStringLiteral("user") }, QT_TRANSLATE_NOOP("CommandLine", "name"),
            { { openers,
                QT_TRANSLATE_NOOP("CommandLine",
                    "when the database has accounts, the account working (its password from TONGXIN_PASSWORD, or "
                    "asked on the terminal).") } } },
        { { QStringLiteral("operation") }, QT_TRANSLATE_NOOP("CommandLine", "operation"),
            { { { audit }, QT_TRANSLATE_NOOP("CommandLine", "only insert, update, delete or import.") } } },
        { { QStringLiteral("since") }, QT_TRANSLATE_NOOP("CommandLine", "YYYY-MM-DD"),
            { { { audit }, QT_TRANSLATE_NOOP("CommandLine", "only the changes made on this day or later.") } } },
        { { QStringLiteral("until") }, QT_TRANSLATE_NOOP("CommandLine", "YYYY-MM-DD"),
            { { { audit }, QT_TRANSLATE_NOOP("CommandLine", "only the changes made on this day or earlier.") } } },
        { { QStringLiteral("limit") }, QT_TRANSLATE_NOOP("CommandLine", "n"),
            { { { audit }, QT_TRANSLATE_NOOP("CommandLine", "only the newest n changes.") } } },
        { { QStringLiteral("stats") }, nullptr,
            { { { exportCmd }, QT_TRANSLATE_NOOP("CommandLine", "the statistical tables workbook.") } } },
        { { QStringLiteral("workbook") }, nullptr,
            { { { exportCmd },
                QT_TRANSLATE_NOOP("CommandLine", "the whole office, a sheet per register (import --workbook reads it).") } } },
        { { QStringLiteral("o"), QStringLiteral("output") }, QT_TRANSLATE_NOOP("CommandLine", "file"),
            { { { report }, QT_TRANSLATE_NOOP("CommandLine", "the PDF file to write (.pdf).") },
                { { exportCmd }, QT_TRANSLATE_NOOP("CommandLine", "the file to write (.xlsx or .csv).") } } },
        { { QStringLiteral("lang") }, QT_TRANSLATE_NOOP("CommandLine", "language"),
            { { QStringList { Global } + all,
                QT_TRANSLATE_NOOP("CommandLine",
                    "Language of messages (and of reports): zh_CN or en (default: the system's).") } } },
    };
    return list;
}

const OptionSpec *find(const QString &name)
{
    for (const OptionSpec &s : specs()) {
        if (s.names.contains(name))
            return &s;
    }
    return nullptr;
}

QString translated(const char *source)
{
    return QCoreApplication::translate("CommandLine", source);
}

// "-o, --output <file>"
QString term(const OptionSpec &s)
{
    QStringList names;
    for (const QString &n : s.names)
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString t = names.join(QLatin1String(", "));
    if (s.valueName)
        t += QStringLiteral(" <%1>").arg(translated(s.valueName));
    return t;
}

// "a, b, c" broken into lines that continue at column `indent` (the help's second column).
QString wrappedList(const QStringList &items, int indent, int width, int start)
{
    return HelpLayout::wrap(items.join(QLatin1String(", ")), width, indent, start);
}

// The synopsis and purpose of a command, as in the global help (pre-formatted by translators).
QString commandBlock(const QString &command)
{
    if (command == QLatin1String("init"))
        return CliHelp::tr("  init FILE [--force]        create a new, empty database");
    if (command == QLatin1String("demo"))
        return CliHelp::tr("  demo FILE [--force]        create a database filled with the demo data");
    if (command == QLatin1String("summary"))
        return CliHelp::tr("  summary FILE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]\n"
                           "                             print the headline figures\n"
                           "  summary --definitions [--json]\n"
                           "                             what each figure counts (指标说明)");
    if (command == QLatin1String("explain"))
        return CliHelp::tr("  explain FILE FIGURE [--year Y | --from Y1 --to Y2] [--county NAME] [--json]\n"
                           "                             list the records that make a figure (a summary --json key;\n"
                           "                             pairing_x.in_force_at_end for pairings on the last day) and\n"
                           "                             their total, which equals the figure. JSON: {\"figure\",\n"
                           "                             \"value\", \"records\": [{\"table\", \"id\", \"date\", \"unit\",\n"
                           "                             \"description\", \"value\"}], \"total\"}");
    if (command == QLatin1String("projects"))
        return CliHelp::tr(
            "  projects FILE [--year Y] [--county NAME] [--category C] [--status S] [--paid-year Y] [--json]\n"
            "                             list the project ledger with budget, paid and % paid, and totals");
    if (command == QLatin1String("coverage"))
        return CliHelp::tr("  coverage FILE [--county NAME] [--date YYYY-MM-DD] [--json]\n"
                           "                             poor villages with no pairing in force, with one kind only or with\n"
                           "                             several kinds (community, enterprise, chamber ↔ village), and\n"
                           "                             registered poor households without a cadre pair, per western unit.\n"
                           "                             JSON: {\"date\", \"units\": [{\"id\", \"name\", \"name_en\",\n"
                           "                             \"illustrative\", \"poor_villages\", \"uncovered\": [village],\n"
                           "                             \"one_kind\": [village], \"several_kinds\": n, \"households\": n,\n"
                           "                             \"households_without_cadre\": [household]}], \"totals\": {counts}};\n"
                           "                             village = {\"id\", \"name\", \"town\", \"kinds\": [kind]},\n"
                           "                             household = {\"id\", \"head\", \"members\", \"village\", \"town\",\n"
                           "                             \"registered_year\", \"exit_year\" (null: not out of poverty)}");
    if (command == QLatin1String("import"))
        return CliHelp::tr("  import FILE --table NAME DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid] [--json]\n"
                           "                             import the records of a register (see import --help);\n"
                           "  import FILE --workbook DATA.xlsx [--dry-run] [--skip-invalid] [--json]\n"
                           "                             a whole-office workbook, every sheet or nothing;\n"
                           "  import --template --table NAME OUT.csv|OUT.xlsx [--lang zh_CN|en]\n"
                           "                             write a register's empty import file");
    if (command == QLatin1String("import-sales"))
        return CliHelp::tr("  import-sales FILE DATA.csv|DATA.xlsx [--dry-run] [--skip-invalid] [--overwrite] [--json]\n"
                           "                             import sales, with a validation report (see import-sales --help);\n"
                           "  import-sales --template OUT.csv|OUT.xlsx [--lang zh_CN|en]   write the import template");
    if (command == QLatin1String("report"))
        return CliHelp::tr("  report FILE --kind yearly|county|roster|ledger|sales [--year Y | --from Y1 --to Y2]\n"
                           "                             [--county NAME] [--lang zh_CN|en] -o OUT.pdf\n"
                           "                             print a report to PDF");
    if (command == QLatin1String("export"))
        return CliHelp::tr(
            "  export FILE --table NAME [--year Y | --from Y1 --to Y2] [--county NAME] -o OUT.xlsx|OUT.csv\n"
            "                             export a table: %1\n"
            "  export FILE --stats [--year Y | --from Y1 --to Y2] [--county NAME] -o OUT.xlsx\n"
            "                             the statistical tables: targets, actuals and completion\n"
            "  export FILE --workbook -o OUT.xlsx\n"
            "                             the whole office, a sheet per register")
            .arg(wrappedList(ExportTables::names(), 29, HelpLayout::Width, 45));
    if (command == QLatin1String("check"))
        return CliHelp::tr("  check FILE                 verify the file's integrity and invariants");
    if (command == QLatin1String("audit"))
        return CliHelp::tr("  audit FILE [--table T [--record ID]] [--by USER] [--operation OP] [--since DAY]\n"
                           "             [--until DAY] [--limit N] [--json]\n"
                           "                             who changed what and when, newest first: every insert, update\n"
                           "                             and delete with the values before and after, and each import.\n"
                           "                             JSON: [{\"id\", \"at\", \"user\", \"program\", \"table\",\n"
                           "                             \"row_id\", \"operation\", \"old\", \"new\"}] (user and program\n"
                           "                             null: a change made by another program)");
    if (command == QLatin1String("lock"))
        return CliHelp::tr("  lock FILE --year Y [--county NAME] [--reason TEXT]\n"
                           "                             lock a year (of one western unit, or of all): its records can be\n"
                           "                             neither added, changed nor deleted until it is unlocked;\n"
                           "  lock FILE                  list the years locked");
    if (command == QLatin1String("unlock"))
        return CliHelp::tr("  unlock FILE --year Y [--county NAME] --reason TEXT\n"
                           "                             end a lock, keeping who unlocked it, when and why");
    if (command == QLatin1String("user"))
        return CliHelp::tr("  user add FILE NAME --role administrator|office|county|viewer [--unit NAME]…\n"
                           "                             add an account; the first, an administrator, enables accounts;\n"
                           "                             its password from TONGXIN_NEW_PASSWORD, or asked twice\n"
                           "  user list FILE             the accounts, their roles and units\n"
                           "  user disable FILE NAME     disable an account (accounts are never deleted)\n"
                           "  user passwd FILE NAME      set a new password (TONGXIN_NEW_PASSWORD, or asked twice)");
    if (command == QLatin1String("tables"))
        return CliHelp::tr("  tables [--json]            list every register (kind of record): its columns, what each\n"
                           "                             holds, which are required and what a reference points to");
    return CliHelp::tr("  backup FILE OUT            write a consistent copy of FILE to the new file OUT");
}

QString exitCodes()
{
    // Translations keep the "  2  usage error, …" form: the code, then its text in a column.
    QVector<QPair<QString, QString>> rows;
    for (const QString &line : { CliHelp::tr("  0  success"), CliHelp::tr("  1  check found problems; or a write refused (a locked year, the account's role)"),
             CliHelp::tr("  2  usage error, or a file that cannot be used (missing, exists, not a Tongxin database, "
                         "from a newer version)"),
             CliHelp::tr("  3  a file could not be written") }) {
        const QString text = line.trimmed();
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        rows.push_back({ text.left(space), space < 0 ? QString() : text.mid(space).trimmed() });
    }
    return CliHelp::tr("Exit codes:") + QLatin1Char('\n') + HelpLayout::columns(rows);
}

} // namespace

const QStringList &CliHelp::commandNames()
{
    static const QStringList list { QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("summary"),
        QStringLiteral("explain"), QStringLiteral("projects"), QStringLiteral("coverage"), QStringLiteral("import"), QStringLiteral("import-sales"),
        QStringLiteral("report"),
        QStringLiteral("export"), QStringLiteral("check"), QStringLiteral("audit"), QStringLiteral("lock"), QStringLiteral("unlock"),
        QStringLiteral("user"),
        QStringLiteral("backup"),
        QStringLiteral("tables") };
    return list;
}

QList<QCommandLineOption> CliHelp::options()
{
    QList<QCommandLineOption> out;
    for (const OptionSpec &s : specs()) {
        // The parser needs names and whether a value follows; the help is laid out here.
        out << (s.valueName ? QCommandLineOption(s.names, QString(), translated(s.valueName)) : QCommandLineOption(s.names));
    }
    return out;
}

QString CliHelp::longName(const QString &name)
{
    const OptionSpec *s = find(name);
    return s ? s->names.constLast() : QString();
}

bool CliHelp::applies(const QString &name, const QString &command)
{
    const OptionSpec *s = find(name);
    if (!s)
        return false;
    for (const Use &u : s->uses) {
        if (u.commands.contains(command))
            return true;
    }
    return false;
}

QString CliHelp::globalHelp()
{
    const QString app = QCoreApplication::applicationName();
    QString out = tr("Usage: %1 COMMAND FILE [options]").arg(app) + QLatin1Char('\n');
    out += HelpLayout::wrap(tr("Tongxin (同心) on the command line: create, check, back up and summarise a Tongxin "
                               "database."),
               HelpLayout::Width, 0)
        + QLatin1String("\n\n");
    out += tr("Commands:") + QLatin1Char('\n');
    for (const QString &c : commandNames())
        out += commandBlock(c) + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Options (each names the commands it applies to):") + QLatin1Char('\n');
    QVector<QPair<QString, QString>> rows;
    const QString listSeparator = tr(", ", "between command names");
    for (const OptionSpec &s : specs()) {
        QStringList parts;
        for (const Use &u : s.uses) {
            QStringList commands = u.commands;
            if (commands.removeAll(Global) > 0) { // the program's own options: no command list
                parts << translated(u.text);
                continue;
            }
            //: An option's use in the help: the commands it applies to, then what it does.
            parts << tr("%1: %2", "commands: what the option does").arg(commands.join(listSeparator), translated(u.text));
        }
        rows.push_back({ term(s), parts.join(QLatin1Char(' ')) });
    }
    out += HelpLayout::columns(rows) + QLatin1Char('\n');
    out += HelpLayout::wrap(tr("Run \"%1 COMMAND --help\" for the help of one command.").arg(app), HelpLayout::Width, 0)
        + QLatin1String("\n\n");
    out += exitCodes();
    return out;
}

QString CliHelp::commandHelp(const QString &command)
{
    QString out = tr("Usage:") + QLatin1Char('\n') + commandBlock(command) + QLatin1String("\n\n");
    out += tr("Options:") + QLatin1Char('\n');
    QVector<QPair<QString, QString>> rows;
    for (const OptionSpec &s : specs()) {
        for (const Use &u : s.uses) {
            if (u.commands.contains(command))
                rows.push_back({ term(s), translated(u.text) });
        }
    }
    out += HelpLayout::columns(rows) + QLatin1Char('\n');
    out += exitCodes();
    return out;
}

QString CliHelp::parserHelp(const QString &description, const QList<QCommandLineOption> &options)
{
    QVector<QPair<QString, QString>> rows;
    for (const QCommandLineOption &o : options) {
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString term = names.join(QLatin1String(", "));
        if (!o.valueName().isEmpty())
            term += QStringLiteral(" <%1>").arg(o.valueName());
        rows.push_back({ term, o.description() });
    }
    return HelpLayout::wrap(description, HelpLayout::Width, 0) + QLatin1String("\n\n") + tr("Options:")
        + QLatin1Char('\n') + HelpLayout::columns(rows);
}

QString CliHelp::unknownCommand(const QString &command)
{
    return tr("Unknown command \"%1\". Commands: %2.").arg(command, commandNames().join(QLatin1String(", ")));
}

} // namespace tongxin::cli

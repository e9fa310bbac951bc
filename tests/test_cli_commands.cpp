// tongxin-cli, run as a process (issue #10): each command's own --help, the global help and the
// "unknown command" message listing every command, help laid out in display columns in Chinese
// (aligned, wrapped between words or Chinese characters only), `report` refusing what is not a
// PDF, no Qt warning on stderr when XDG_RUNTIME_DIR is unset, and the labour and social-aid keys
// of `summary --json` against independent SQL on the demo database.

#include "clihelp.h"
#include "helplayout.h"
#include "summarytable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin::cli;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

// The environment of a user's shell: no XDG_RUNTIME_DIR (as under su, cron or a container) and
// no platform chosen by the test runner.
QProcessEnvironment plainEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

Result runCli(const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(plainEnvironment());
    p.start(QStringLiteral(TONGXIN_CLI), arguments);
    Result r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The lines of the option list of a help text: from the line after `heading` to the next blank line.
QStringList optionLines(const QString &help)
{
    const QStringList lines = help.split(QLatin1Char('\n'));
    QStringList out;
    bool inside = false;
    for (const QString &line : lines) {
        if (!inside) {
            inside = line == QLatin1String("Options:") || line == QLatin1String("Options (each names the commands it applies to):")
                || line.startsWith(QStringLiteral("选项"));
            continue;
        }
        if (line.isEmpty())
            break;
        out << line;
    }
    return out;
}

// Where the description column starts on an option line ("  --year <年份>  only …"), in display
// columns; -1 when the line holds the option alone.
int descriptionColumn(const QString &line)
{
    static const QRegularExpression gap(QStringLiteral("^(  -\\S.*?\\S)  +(\\S)"));
    const QRegularExpressionMatch m = gap.match(line);
    return m.hasMatch() ? SummaryTable::displayWidth(line.left(m.capturedStart(2))) : -1;
}

} // namespace

// One statement run on a copy of the demo, through a connection of the test's own, closed after.
static bool changeCopy(const QString &file, const char *sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QString::fromUtf8(sql));
            if (!ok)
                qWarning("%s: %s", sql, qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    return ok;
}

class TestCliCommands final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandHelp_data();
    void commandHelp();
    void globalHelpListsEverything();
    void chineseHelpAligned();
    void wrapKeepsWords();
    void unknownCommandListsAll();
    void reportOnlyPdf();
    void quietStderr();
    void summaryAreaFigures_data();
    void summaryAreaFigures();
    void yearsOutsideThePeriodAreNoted();
    void definitionsSayMoneyIsFenInJson();
    void tablesListsTheSchema();

private:
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    qint64 unitId(const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    const Result r = runCli({ QStringLiteral("demo"), m_demo, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("independent"));
    db.setDatabaseName(m_demo);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
}

void TestCliCommands::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("own"); // options of the command: all in its help
    QTest::addColumn<QStringList>("others"); // options of other commands: none in its help
    QTest::newRow("init") << "init" << QStringList { "--force", "--lang" } << QStringList { "--json", "--year" };
    QTest::newRow("demo") << "demo" << QStringList { "--force" } << QStringList { "--json", "--kind" };
    QTest::newRow("summary") << "summary" << QStringList { "--year", "--from", "--to", "--county", "--json", "--compact" }
                             << QStringList { "--force", "--kind", "--table", "--paid-year" };
    QTest::newRow("projects") << "projects" << QStringList { "--year", "--category", "--status", "--paid-year", "--json" }
                              << QStringList { "--kind", "--date", "--from" };
    QTest::newRow("coverage") << "coverage" << QStringList { "--county", "--date", "--json" }
                              << QStringList { "--year", "--kind" };
    QTest::newRow("import-sales") << "import-sales" << QStringList { "--dry-run", "--skip-invalid", "--template" }
                                  << QStringList { "--kind", "--county" };
    QTest::newRow("import") << "import" << QStringList { "--table", "--dry-run", "--skip-invalid", "--template" }
                            << QStringList { "--kind", "--county", "--overwrite" };
    QTest::newRow("report") << "report" << QStringList { "--kind", "-o, --output", "--year", "--from", "--county" }
                            << QStringList { "--table", "--json", "--stats" };
    QTest::newRow("export") << "export" << QStringList { "--table", "--stats", "-o, --output", "--year" }
                            << QStringList { "--kind", "--json" };
    QTest::newRow("check") << "check" << QStringList { "--lang" } << QStringList { "--json", "--force" };
    QTest::newRow("backup") << "backup" << QStringList { "--lang" } << QStringList { "--json", "--force" };
    QTest::newRow("tables") << "tables" << QStringList { "--json", "--compact" } << QStringList { "--year", "--force" };
}

void TestCliCommands::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, own);
    QFETCH(QStringList, others);
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        const Result r = runCli({ command, QStringLiteral("--help"), QStringLiteral("--lang"), language });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // Its own usage, not the program's.
        QVERIFY2(r.out.contains(QStringLiteral("  ") + command + QLatin1Char(' ')), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("  backup FILE OUT")) || command == QLatin1String("backup"),
            qPrintable(r.out));
        const QString options = optionLines(r.out).join(QLatin1Char('\n'));
        for (const QString &o : own)
            QVERIFY2(options.contains(o), qPrintable(language + QLatin1Char(' ') + o + QLatin1Char('\n') + r.out));
        for (const QString &o : others) {
            static const QRegularExpression word(QStringLiteral("(?<![\\w-])%1(?![\\w-])"));
            QVERIFY2(!QRegularExpression(word.pattern().arg(QRegularExpression::escape(o))).match(options).hasMatch(),
                qPrintable(language + QLatin1Char(' ') + o + QLatin1Char('\n') + r.out));
        }
    }
    // With a file too, and before the command: still that command's help.
    const Result withFile = runCli({ QStringLiteral("--help"), command, QStringLiteral("x.db"), QStringLiteral("--lang"),
        QStringLiteral("en") });
    QCOMPARE(withFile.code, 0);
    QVERIFY(optionLines(withFile.out).join(QLatin1Char('\n')).contains(own.first()));
}

void TestCliCommands::globalHelpListsEverything()
{
    const Result r = runCli({ QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    for (const QString &c : CliHelp::commandNames())
        QVERIFY2(r.out.contains(QStringLiteral("\n  ") + c + QLatin1Char(' ')), qPrintable(c));
    QCOMPARE(CliHelp::commandNames().size(), 17);
    // Each option names the commands it applies to.
    const QString options = optionLines(r.out).join(QLatin1Char(' ')).simplified();
    for (const char *text : { "--county <name> summary, explain, projects, coverage, report, export:",
             "--year <year> summary, explain, report, export:", "projects: only projects of this funding year",
             "-f, --force init, demo:", "--kind <kind> report:", "-o, --output <file> report:", "export: the file to write",
             "--date <YYYY-MM-DD> coverage:", "--json summary, explain, projects, coverage, tables, audit:", "--definitions summary:" })
        QVERIFY2(options.contains(QLatin1String(text)), text);
    QVERIFY(r.out.contains(QStringLiteral("COMMAND --help")));
}

// In Chinese the option descriptions line up (Chinese value names are two columns wide), no line
// passes 80 columns, and English words are never cut.
void TestCliCommands::chineseHelpAligned()
{
    for (const QStringList &args : QList<QStringList> { { "--help" }, { "summary", "--help" }, { "projects", "--help" },
             { "report", "--help" }, { "import-sales", "--help" }, { "import", "--help" } }) {
        const Result r = runCli(args + QStringList { QStringLiteral("--lang"), QStringLiteral("zh_CN") });
        QCOMPARE(r.code, 0);
        const QStringList lines = optionLines(r.out);
        QVERIFY2(lines.size() >= 4, qPrintable(r.out));
        int column = -1;
        for (const QString &line : lines) {
            QVERIFY2(SummaryTable::displayWidth(line) <= HelpLayout::Width, qPrintable(line));
            const int c = descriptionColumn(line);
            if (line.startsWith(QLatin1String("  -")) && c > 0) {
                if (column < 0)
                    column = c;
                QVERIFY2(c == column, qPrintable(QStringLiteral("%1 ≠ %2: %3").arg(c).arg(column).arg(line)));
            } else if (!line.startsWith(QLatin1String("  -"))) { // a continuation, under the descriptions
                QVERIFY2(column < 0 || line.startsWith(QString(column, QLatin1Char(' '))), qPrintable(line));
            }
        }
        // Words of the descriptions are whole: no line ends or starts inside one of these.
        const QString text = lines.join(QLatin1Char('\n'));
        for (const char *word : { "under_construction", "accepted", "--paid-year", "gb18030", "zh_CN" }) {
            if (text.contains(QLatin1String(word).left(4)))
                QVERIFY2(text.contains(QLatin1String(word)), word);
        }
    }
}

void TestCliCommands::wrapKeepsWords()
{
    const QString text = QStringLiteral("项目：仅此资金年度的项目（即项目计划和预算所属年度）；状态为 planned、under_construction、"
                                         "completed 或 accepted，详见 --paid-year 和 JSON 输出。");
    for (int width : { 24, 30, 47 }) {
        const QString wrapped = HelpLayout::wrap(text, width, 2);
        const QStringList lines = wrapped.split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 1);
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            QVERIFY2(SummaryTable::displayWidth(line) <= width, qPrintable(line));
            if (i > 0) {
                QVERIFY2(line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")), qPrintable(line));
                QVERIFY2(!QStringLiteral("，。、；：）").contains(line.trimmed().front()), qPrintable(line));
            }
        }
        // Nothing lost or added but line breaks, and every English word whole on one line.
        QString joined = wrapped;
        joined.remove(QRegularExpression(QStringLiteral("\n  ")));
        QCOMPARE(QString(joined).remove(QLatin1Char(' ')), QString(text).remove(QLatin1Char(' ')));
        for (const char *word : { "planned、", "under_construction、", "completed", "accepted，", "--paid-year", "JSON" })
            QVERIFY2(wrapped.contains(QString::fromUtf8(word)), word);
    }
}

void TestCliCommands::unknownCommandListsAll()
{
    for (const QStringList &args : QList<QStringList> { { "frobnicate", "x.db" }, { "frobnicate", "--help" } }) {
        const Result r = runCli(args + QStringList { QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
        for (const QString &c : CliHelp::commandNames())
            QVERIFY2(r.err.contains(c), qPrintable(c + QLatin1Char('\n') + r.err));
    }
}

void TestCliCommands::reportOnlyPdf()
{
    for (const QString &name : { QStringLiteral("x.docx"), QStringLiteral("x.xlsx"), QStringLiteral("x") }) {
        const QString out = m_dir.filePath(name);
        const Result r = runCli({ QStringLiteral("report"), m_demo, QStringLiteral("--kind"), QStringLiteral("yearly"),
            QStringLiteral("-o"), out, QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral(".pdf")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
}

// Normal runs print nothing on stderr, with XDG_RUNTIME_DIR unset (root under su, cron).
void TestCliCommands::quietStderr()
{
    const QList<QStringList> runs = {
        { "summary", m_demo },
        { "summary", m_demo, "--json", "--year", "2019" },
        { "report", m_demo, "--kind", "yearly", "--year", "2019", "-o", m_dir.filePath(QStringLiteral("r.pdf")) },
        { "export", m_demo, "--stats", "-o", m_dir.filePath(QStringLiteral("s.xlsx")) },
        { "export", m_demo, "--table", "donations", "-o", m_dir.filePath(QStringLiteral("d.csv")) },
    };
    for (const QStringList &args : runs) {
        const Result r = runCli(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    QVERIFY(QFile(m_dir.filePath(QStringLiteral("r.pdf"))).size() > 1000);
    // A real error is still shown.
    const Result bad = runCli({ QStringLiteral("summary"), m_dir.filePath(QStringLiteral("none.db")) });
    QCOMPARE(bad.code, 2);
    QVERIFY(!bad.err.isEmpty());
}

qint64 TestCliCommands::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("independent")));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 TestCliCommands::unitId(const QString &name)
{
    return scalar(QStringLiteral("SELECT id FROM places WHERE level = 'county' AND (name = ? OR name_en = ?)"),
        { name, name });
}

void TestCliCommands::summaryAreaFigures_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("fromYear"); // 0 = open
    QTest::addColumn<int>("toYear");
    QTest::addColumn<QString>("county"); // empty = all
    QTest::newRow("all") << QStringList {} << 0 << 0 << QString();
    QTest::newRow("2019") << QStringList { "--year", "2019" } << 2019 << 2019 << QString();
    QTest::newRow("2018 庄浪县") << QStringList { "--year", "2018", "--county", "庄浪县" } << 2018 << 2018
                                 << QStringLiteral("庄浪县");
    QTest::newRow("2017-2018 Kongtong") << QStringList { "--from", "2017", "--to", "2018", "--county", "Kongtong District" }
                                        << 2017 << 2018 << QStringLiteral("Kongtong District");
}

void TestCliCommands::summaryAreaFigures()
{
    QFETCH(QStringList, options);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    QFETCH(QString, county);
    const Result r = runCli(QStringList { QStringLiteral("summary"), m_demo, QStringLiteral("--json") } + options);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();

    // Independent SQL: placements by year, donations by date, one unit or all.
    const qint64 unit = county.isEmpty() ? 0 : unitId(county);
    QVERIFY(county.isEmpty() || unit > 0);
    const int y1 = fromYear > 0 ? fromYear : 1;
    const int y2 = toYear > 0 ? toYear : 9999;
    const QString d1 = QStringLiteral("%1-01-01").arg(y1, 4, 10, QLatin1Char('0'));
    const QString d2 = QStringLiteral("%1-12-31").arg(y2, 4, 10, QLatin1Char('0'));
    const QString unitOk = unit > 0 ? QStringLiteral(" AND county_id = %1").arg(unit) : QString();
    const QVariantList years { y1, y2 };
    const QVariantList days { d1, d2 };
    const struct
    {
        const char *key;
        QString sql;
        QVariantList values;
    } expected[] = {
        { "labour_persons_placed", "SELECT total(persons) FROM labour_placements WHERE year >= ? AND year <= ?" + unitOk,
            years },
        { "labour_poor_placed", "SELECT total(poor_persons) FROM labour_placements WHERE year >= ? AND year <= ?" + unitOk,
            years },
        { "donations_cash_fen", "SELECT total(cash_fen) FROM donations WHERE donation_date >= ? AND donation_date <= ?"
                + unitOk,
            days },
        { "donations_in_kind_fen",
            "SELECT total(goods_value_fen) FROM donations WHERE donation_date >= ? AND donation_date <= ?" + unitOk, days },
    };
    for (const auto &e : expected) {
        const QJsonValue v = o.value(QLatin1String(e.key));
        QVERIFY2(v.isDouble() && v.toDouble() == double(v.toInteger()), e.key);
        const qint64 sql = scalar(e.sql, e.values);
        QVERIFY2(sql > 0, e.key); // the demo has some in every selection here
        QVERIFY2(v.toInteger() == sql, qPrintable(QStringLiteral("%1: summary %2, SQL %3").arg(QLatin1String(e.key)).arg(v.toInteger()).arg(sql)));
    }
    QVERIFY(o.value(QStringLiteral("labour_poor_placed")).toInteger() <= o.value(QStringLiteral("labour_persons_placed")).toInteger());

    // The table shows them too, under their areas, in both languages.
    const Result en = runCli(QStringList { QStringLiteral("summary"), m_demo, QStringLiteral("--lang"), QStringLiteral("en") } + options);
    QCOMPARE(en.code, 0);
    const QLocale c(QLocale::English);
    for (const QString &text : { QStringLiteral("\nLabour\n"), QStringLiteral("\nSocial aid\n"),
             QStringLiteral("Rural workers placed in jobs"), QStringLiteral("Donations in kind (value)"),
             c.toString(o.value(QStringLiteral("labour_persons_placed")).toInteger()) + QStringLiteral(" persons") })
        QVERIFY2(en.out.contains(text), qPrintable(text + QLatin1Char('\n') + en.out));
    const Result zh = runCli(QStringList { QStringLiteral("summary"), m_demo, QStringLiteral("--lang"), QStringLiteral("zh_CN") } + options);
    QCOMPARE(zh.code, 0);
    QVERIFY2(zh.out.contains(QStringLiteral("\n劳务协作\n")) && zh.out.contains(QStringLiteral("\n社会帮扶\n")), qPrintable(zh.out));
    QVERIFY(zh.out.contains(c.toString(o.value(QStringLiteral("labour_persons_placed")).toInteger()) + QStringLiteral("人")));
}

// Found by a new user: `summary --year 2031` printed zeros and nothing else. The output stays
// (and the exit code), with a note on stderr naming the office's period and, where records are
// dated outside it, how to see them.
void TestCliCommands::yearsOutsideThePeriodAreNoted()
{
    const QString en = QStringLiteral("en");
    const auto notes = [](const Result &r) { return r.err.count(QStringLiteral("note: ")); };
    const Result inside = runCli({ "summary", m_demo, "--year", "2019", "--lang", en });
    QCOMPARE(inside.code, 0);
    QVERIFY2(inside.err.isEmpty(), qPrintable(inside.err));
    const Result whole = runCli({ "summary", m_demo, "--lang", en });
    QVERIFY2(whole.code == 0 && whole.err.isEmpty(), qPrintable(whole.err));

    // The demo: nothing dated after 2020.
    const Result after = runCli({ "summary", m_demo, "--year", "2031", "--lang", en });
    QCOMPARE(after.code, 0);
    QVERIFY2(after.out.contains(QStringLiteral("Headline figures: 2031, all western units")), qPrintable(after.out));
    QCOMPARE(notes(after), 1);
    QVERIFY2(after.err.contains(QStringLiteral("note: 2031 is outside the office's period 2017–2020")), qPrintable(after.err));
    QVERIFY2(!after.err.contains(QStringLiteral("tongxin-cli check")), qPrintable(after.err));
    const Result explained = runCli({ "explain", m_demo, "fiscal_aid_paid_fen", "--year", "2031", "--lang", en });
    QCOMPARE(explained.code, 0);
    QVERIFY(!explained.out.isEmpty());
    QCOMPARE(notes(explained), 1);
    QVERIFY2(explained.err.contains(QStringLiteral("2031 is outside the office's period 2017–2020")), qPrintable(explained.err));
    const Result json = runCli({ "summary", m_demo, "--json", "--from", "2015", "--to", "2020", "--lang", en });
    QCOMPARE(json.code, 0);
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isObject()); // stdout stays JSON only
    QVERIFY2(json.err.contains(QStringLiteral("note: 2015–2020 reaches outside the office's period 2017–2020")),
        qPrintable(json.err));

    // A copy with a placement dated 2021: the note says how to see it.
    const QString copy = m_dir.filePath(QStringLiteral("outside.db"));
    QVERIFY(QFile::copy(m_demo, copy));
    QVERIFY(changeCopy(copy, "INSERT INTO labour_placements (county_id, year, destination, persons, poor_persons) "
                             "SELECT county_id, 2021, destination, 7, 2 FROM labour_placements LIMIT 1"));
    const Result later = runCli({ "summary", copy, "--year", "2031", "--lang", en });
    QCOMPARE(later.code, 0);
    const QString shows = QStringLiteral("tongxin-cli summary %1 --from 2021").arg(copy);
    QVERIFY2(later.err.contains(shows), qPrintable(later.err));
    QVERIFY2(!later.err.contains(QStringLiteral("before the period")), qPrintable(later.err));
    QVERIFY2(later.err.contains(QStringLiteral("dated in 2031. Records are dated after")), qPrintable(later.err));
    // The command the note gives shows them.
    const Result shown = runCli({ "summary", copy, "--from", "2021", "--lang", en });
    QCOMPARE(shown.code, 0);
    QVERIFY2(shown.out.contains(QStringLiteral("7 persons")), qPrintable(shown.out));
    // In Chinese the sentences follow one another with no space after the full stop 。.
    const Result zh = runCli({ "summary", copy, "--year", "2031", "--lang", "zh_CN" });
    QCOMPARE(zh.code, 0);
    QVERIFY2(zh.err.contains(QStringLiteral("。有记录日期在协作期之后")), qPrintable(zh.err));
    QVERIFY2(!zh.err.contains(QStringLiteral("。 ")), qPrintable(zh.err));
    const Result apart = runCli({ "summary", copy, "--lang", en });
    QVERIFY2(apart.out.contains(QStringLiteral("Outside the period 2017–2020")), qPrintable(apart.out));

    // No period in the settings: the years of the records stand for it, and only years apart
    // from all of them are noted.
    const QString unset = m_dir.filePath(QStringLiteral("no-period.db"));
    QVERIFY(QFile::copy(m_demo, unset));
    QVERIFY(changeCopy(unset, "DELETE FROM settings WHERE key IN ('period_from', 'period_to')"));
    const Result none = runCli({ "summary", unset, "--year", "2031", "--lang", en });
    QCOMPARE(none.code, 0);
    QCOMPARE(notes(none), 1);
    QVERIFY2(none.err.contains(QStringLiteral("note: no record is dated in 2031; the records are dated ")), qPrintable(none.err));
    const Result overlapping = runCli({ "summary", unset, "--from", "2015", "--to", "2018", "--lang", en });
    QVERIFY2(overlapping.code == 0 && overlapping.err.isEmpty(), qPrintable(overlapping.err));
}

// `summary --definitions` (text and JSON) notes that its JSON gives money in fen; the statistics
// workbook, in yuan, does not (test_export_views).
void TestCliCommands::definitionsSayMoneyIsFenInJson()
{
    const Result text = runCli({ "summary", "--definitions", "--lang", "en" });
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("yuan (fen in JSON)")), qPrintable(text.out));
    const Result json = runCli({ "summary", "--definitions", "--json", "--lang", "en" });
    QCOMPARE(json.code, 0);
    for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("key")).toString() == QLatin1String("fiscal_aid_paid_fen"))
            QCOMPARE(d.value(QStringLiteral("unit")).toString(), QStringLiteral("yuan (fen in JSON)"));
    }
    QVERIFY(json.out.contains("fiscal_aid_paid_fen"));
}

// tables: every table of the demo's schema (read with SQLite's own PRAGMA) with its columns in
// order, their required flags and references; the text in Chinese names them in Chinese.
void TestCliCommands::tablesListsTheSchema()
{
    const Result json = runCli({ "tables", "--json", "--lang", "en" });
    QCOMPARE(json.code, 0);
    QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
    const QJsonArray registers = QJsonDocument::fromJson(json.out.toUtf8()).object().value("registers").toArray();
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("independent"));
    QSqlQuery tables(db);
    QVERIFY(tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' AND name NOT LIKE 'sales_fts%' AND name NOT LIKE 'audit_%' "
                                       "AND name NOT IN ('settings', 'sales_monthly', 'period_locks', 'accounts', 'account_units')")));
    QVERIFY(tables.next());
    QCOMPARE(registers.size(), tables.value(0).toInt());
    for (const QJsonValue &v : registers) {
        const QJsonObject r = v.toObject();
        const QString table = r.value("table").toString();
        QSqlQuery info(db);
        QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        const QJsonArray columns = r.value("columns").toArray();
        int i = 0;
        while (info.next()) {
            QVERIFY2(i < columns.size(), qPrintable(table));
            const QJsonObject c = columns.at(i++).toObject();
            QCOMPARE(c.value("name").toString(), info.value(1).toString());
            QCOMPARE(c.value("required").toBool(), info.value(3).toBool());
        }
        QCOMPARE(i, columns.size());
        QSqlQuery fk(db);
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)));
        int references = 0;
        for (const QJsonValue &c : columns)
            references += c.toObject().contains("references") ? 1 : 0;
        int keys = 0;
        while (fk.next())
            ++keys;
        QVERIFY2(references == keys, qPrintable(table));
    }
    QVERIFY(json.out.contains(QStringLiteral("\"label\": \"Head of household\"")));
    QVERIFY(json.out.contains(QStringLiteral("\"type\": \"money_fen\"")));

    const Result zh = runCli({ "tables", "--lang", "zh_CN" });
    QCOMPARE(zh.code, 0);
    QVERIFY2(zh.out.contains(QStringLiteral("households — 建档立卡贫困户")), qPrintable(zh.out));
    QVERIFY2(zh.out.contains(QStringLiteral("户主")), qPrintable(zh.out));
    QVERIFY2(zh.out.contains(QStringLiteral("village_id *")), qPrintable(zh.out));

    const Result withFile = runCli({ "tables", m_demo, "--lang", "en" });
    QCOMPARE(withFile.code, 2);
    QVERIFY2(withFile.err.contains(QStringLiteral("takes no database file")), qPrintable(withFile.err));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"

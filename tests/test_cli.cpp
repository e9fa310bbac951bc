// tongxin-cli, run as a process: commands, exit codes, messages, files left untouched, the
// JSON of `summary`, and the demo database against the seed article's figures.

#include "common/article.h"

#include "summarytable.h"

#include "db/database.h"
#include "db/schema.h"
#include "demo/demo.h"
#include "domain/labels.h"
#include "i18n/language.h"
#include "stats/figures.h"
#include "stats/headline.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments)
{
    QProcess p;
    p.setProgram(QStringLiteral(TONGXIN_CLI));
    p.setArguments(arguments);
    p.start();
    Result r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Plain SQLite, no Tongxin checks: how another tool could edit (or make) a file.
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-cli-test");
    bool ok = true;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        ok = d.open();
        for (const QString &sql : statements) {
            QSqlQuery q(d);
            ok = ok && q.exec(sql);
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A little of everything: two western units, pairings, a project with payments in two years.
const QStringList &fixture()
{
    static const QStringList sql = {
        "INSERT INTO places(id, side, level, parent_id, name) VALUES (1, 'east', 'district', NULL, '河西区')",
        "INSERT INTO places(id, side, level, parent_id, name) VALUES (2, 'east', 'street', 1, '大营门街道')",
        "INSERT INTO places(id, side, level, parent_id, name, name_en) "
        "VALUES (10, 'west', 'county', NULL, '庄浪县', 'Zhuanglang County')",
        "INSERT INTO places(id, side, level, parent_id, name, name_en) "
        "VALUES (13, 'west', 'county', NULL, '崆峒区', 'Kongtong District')",
        "INSERT INTO places(id, side, level, parent_id, name) VALUES (11, 'west', 'town', 10, '某镇')",
        "INSERT INTO places(id, side, level, parent_id, name) VALUES (14, 'west', 'town', 13, '另一镇')",
        "INSERT INTO pairings(kind, east_place_id, west_place_id, start_date) VALUES ('street_town', 2, 11, "
        "'2018-01-01')",
        "INSERT INTO pairings(kind, east_place_id, west_place_id, start_date) VALUES ('street_town', 2, 14, "
        "'2019-01-01')",
        "INSERT INTO projects(id, name, year, county_id, category, budget_fen) "
        "VALUES (50, '饮水工程', 2018, 10, 'drinking_water', 500000000)",
        "INSERT INTO project_payments(project_id, pay_date, amount_fen) VALUES (50, '2018-03-01', 123456789)",
        "INSERT INTO project_payments(project_id, pay_date, amount_fen) VALUES (50, '2019-03-01', 100000000)",
        "INSERT INTO working_groups(name, established_date) VALUES ('综合协调组', '2017-03-01')",
    };
    return sql;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshName(const QString &stem) { return path(QStringLiteral("%1-%2.db").arg(stem).arg(++m_serial)); }
    QString makeFixture();
    QJsonObject expected(const QString &file, const Filter &filter);

private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void initRefusesExisting();
    void neverReplacesForeignFiles();
    void openErrors_data();
    void openErrors();
    void summaryJson_data();
    void summaryJson();
    void summaryTable();
    void unknownCounty();
    void tableWidths();
    void check();
    void backup();
    void demoReconciles();
};

QString TestCli::makeFixture()
{
    const QString file = freshName(QStringLiteral("fixture"));
    Database db;
    if (!db.create(file))
        return QString();
    for (const QString &sql : fixture()) {
        QSqlQuery q(db.db());
        if (!q.exec(sql)) {
            qWarning() << q.lastError().text() << sql;
            return QString();
        }
    }
    return file;
}

QJsonObject TestCli::expected(const QString &file, const Filter &filter)
{
    Database db;
    HeadlineFigures figs;
    if (!db.open(file) || !Headline::compute(db.db(), filter, &figs))
        return QJsonObject();
    return figs.toJson();
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(TONGXIN_CLI)), TONGXIN_CLI);
}

void TestCli::helpAndVersion()
{
    const Result help = runCli({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    for (const char *word : { "init", "demo", "summary", "check", "backup", "--force", "--json", "--county", "--from",
             "--lang", "Exit codes" })
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
    // Every exit code is documented.
    for (const char *code : { "  0  ", "  1  ", "  2  ", "  3  " })
        QVERIFY2(help.out.contains(QLatin1String(code)), code);

    const Result zh = runCli({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help") });
    QCOMPARE(zh.code, 0);
    QVERIFY(zh.out.contains(QStringLiteral("--json")));

    const Result version = runCli({ QStringLiteral("--version") });
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("tongxin-cli ")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("unknown command") << QStringList { "frobnicate", "x.db" };
    QTest::newRow("no file") << QStringList { "check" };
    QTest::newRow("backup without out") << QStringList { "backup", "x.db" };
    QTest::newRow("extra argument") << QStringList { "check", "x.db", "y.db" };
    QTest::newRow("unknown option") << QStringList { "check", "x.db", "--bogus" };
    QTest::newRow("json on check") << QStringList { "check", "x.db", "--json" };
    QTest::newRow("force on summary") << QStringList { "summary", "x.db", "--force" };
    QTest::newRow("year and from") << QStringList { "summary", "x.db", "--year", "2019", "--from", "2018" };
    QTest::newRow("bad year") << QStringList { "summary", "x.db", "--year", "twenty" };
    QTest::newRow("reversed span") << QStringList { "summary", "x.db", "--from", "2020", "--to", "2017" };
    QTest::newRow("unknown language") << QStringList { "--lang", "fr", "check", "x.db" };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QString file = path(QStringLiteral("x.db"));
    for (QString &a : arguments) {
        if (a == QLatin1String("x.db"))
            a = file;
    }
    if (!arguments.contains(QStringLiteral("--lang")))
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
    const Result r = runCli(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(file));
}

void TestCli::initRefusesExisting()
{
    const QString file = freshName(QStringLiteral("init"));
    Result r = runCli({ QStringLiteral("init"), file, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 0);
    QVERIFY(!Database::probe(file));
    {
        Database db;
        QVERIFY(db.open(file));
        QVERIFY(db.setSetting(QStringLiteral("office"), QStringLiteral("河西区")));
    }
    const QByteArray before = fileHash(file);

    for (const QString &command : { QStringLiteral("init"), QStringLiteral("demo") }) {
        r = runCli({ command, file, QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(fileHash(file), before);
        r = runCli({ command, file, QStringLiteral("--lang"), QStringLiteral("zh_CN") });
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(fileHash(file), before);
    }

    r = runCli({ QStringLiteral("init"), file, QStringLiteral("--force") });
    QCOMPARE(r.code, 0);
    Database db;
    QVERIFY(db.open(file));
    QCOMPARE(db.setting(QStringLiteral("office"), QStringLiteral("none")), QStringLiteral("none"));
}

void TestCli::neverReplacesForeignFiles()
{
    const QString text = path(QStringLiteral("letter.txt"));
    QVERIFY(writeFile(text, "尊敬的领导：\nnot a database\n"));
    const QString other = path(QStringLiteral("other.sqlite"));
    QVERIFY(rawExec(other, { QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("INSERT INTO t VALUES (1)") }));
    for (const QString &file : { text, other }) {
        const QByteArray before = fileHash(file);
        for (const QString &command : { QStringLiteral("init"), QStringLiteral("demo") }) {
            const Result r
                = runCli({ command, file, QStringLiteral("--force"), QStringLiteral("--lang"), QStringLiteral("en") });
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("not a Tongxin database")), qPrintable(r.err));
            QCOMPARE(fileHash(file), before);
        }
    }
}

void TestCli::openErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("lang");
    for (const char *kind : { "missing", "text", "sqlite", "newer" }) {
        for (const char *command : { "summary", "check", "backup" }) {
            for (const char *lang : { "en", "zh_CN" })
                QTest::addRow("%s %s %s", kind, command, lang) << kind << command << lang;
        }
    }
}

void TestCli::openErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, command);
    QFETCH(QString, lang);
    const QString file = freshName(kind);
    QString englishText;
    if (kind == QLatin1String("missing")) {
        englishText = QStringLiteral("does not exist");
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(file, "id,name\n1,庄浪县\n"));
        englishText = QStringLiteral("not a Tongxin database");
    } else if (kind == QLatin1String("sqlite")) {
        QVERIFY(rawExec(file, { QStringLiteral("CREATE TABLE places(id, name)") }));
        englishText = QStringLiteral("not a Tongxin database");
    } else {
        {
            Database db;
            QVERIFY(db.create(file));
        }
        QVERIFY(rawExec(file, { QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version + 1) }));
        englishText = QStringLiteral("newer version");
    }
    const QByteArray before = fileHash(file);
    QStringList arguments { command, file };
    if (command == QLatin1String("backup"))
        arguments << path(QStringLiteral("never-written.db"));
    arguments << QStringLiteral("--lang") << lang;

    const Result r = runCli(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.err.contains(QFileInfo(file).fileName()));
    if (lang == QLatin1String("en"))
        QVERIFY2(r.err.contains(englishText), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileHash(file), before);
    QCOMPARE(QFile::exists(file), kind != QLatin1String("missing"));
    QVERIFY(!QFile::exists(path(QStringLiteral("never-written.db"))));
}

void TestCli::summaryJson_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::addColumn<qint64>("county");
    QTest::newRow("all") << QStringList {} << 0 << 0 << qint64(0);
    QTest::newRow("year") << QStringList { "--year", "2019" } << 2019 << 2019 << qint64(0);
    QTest::newRow("span") << QStringList { "--from", "2017", "--to", "2018" } << 2017 << 2018 << qint64(0);
    QTest::newRow("open span") << QStringList { "--from", "2019" } << 2019 << 0 << qint64(0);
    QTest::newRow("county zh") << QStringList { "--county", "庄浪县" } << 0 << 0 << qint64(10);
    QTest::newRow("county en") << QStringList { "--county", "kongtong district", "--year", "2019" } << 2019 << 2019
                               << qint64(13);
    QTest::newRow("compact") << QStringList { "--compact" } << 0 << 0 << qint64(0);
}

void TestCli::summaryJson()
{
    QFETCH(QStringList, options);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    QFETCH(qint64, county);
    const QString file = makeFixture();
    QVERIFY(!file.isEmpty());
    const Result r = runCli(QStringList { QStringLiteral("summary"), file, QStringLiteral("--json") } + options);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    if (options.contains(QStringLiteral("--compact")))
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();

    // Exactly the keys of Figures::all() and Figures::areaFigures() (labour, social aid and the
    // second readings), with the right types.
    QStringList keys { "labour_persons_placed", "labour_poor_placed", "donations_cash_fen", "donations_in_kind_fen",
        "cadres_in_post", "professionals_in_post", "enterprises_new", "enterprise_expansions" };
    for (const FigureInfo &info : Figures::all())
        keys << QString::fromLatin1(info.key);
    keys.sort();
    QCOMPARE(keys.size(), 33);
    QCOMPARE(o.keys(), keys);
    for (const FigureInfo &info : Figures::all()) {
        const QJsonValue v = o.value(QLatin1String(info.key));
        if (info.kind == FigureInfo::Kind::Pairing) {
            QVERIFY2(v.isObject(), info.key);
            const QJsonObject p = v.toObject();
            QCOMPARE(p.keys(), (QStringList { "east", "in_force_at_end", "pairs", "west" }));
            for (const QJsonValue &n : p)
                QVERIFY(n.isDouble() && n.toDouble() == double(n.toInteger()) && n.toInteger() >= 0);
        } else {
            QVERIFY2(v.isDouble(), info.key);
            QCOMPARE(v.toDouble(), double(v.toInteger())); // whole numbers; money in fen
            QVERIFY(v.toInteger() >= 0);
        }
    }
    // The same figures Headline::compute gives in-process.
    QCOMPARE(o, expected(file, Filter { fromYear, toYear, county }));
    if (options.isEmpty()) {
        QCOMPARE(o.value(QStringLiteral("fiscal_aid_paid_fen")).toInteger(), qint64(223456789));
        QCOMPARE(o.value(QStringLiteral("pairing_street_town")).toObject().value(QStringLiteral("west")).toInteger(),
            qint64(2));
        QCOMPARE(o.value(QStringLiteral("working_groups")).toInteger(), qint64(1));
    }
}

void TestCli::summaryTable()
{
    const QString file = makeFixture();
    QVERIFY(!file.isEmpty());
    const Result en = runCli({ QStringLiteral("summary"), file, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(en.code, 0);
    QVERIFY(en.out.contains(QStringLiteral("Fiscal aid paid")));
    QVERIFY(en.out.contains(QStringLiteral("2.23 million yuan")));
    QVERIFY(en.out.contains(QStringLiteral("1 ↔ 2 · 2 pairs")));
    QVERIFY(en.out.contains(QStringLiteral("\nFunds\n")));
    QVERIFY(en.out.contains(QStringLiteral("\nPairing\n")));

    // Money follows the language whether or not the translation is complete.
    const Result zh = runCli({ QStringLiteral("summary"), file, QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    QCOMPARE(zh.code, 0);
    QVERIFY2(zh.out.contains(QStringLiteral("223.46万元")), qPrintable(zh.out));
    QVERIFY(!zh.out.contains(QStringLiteral("yuan")));

    const Result county
        = runCli({ QStringLiteral("summary"), file, QStringLiteral("--county"), QStringLiteral("庄浪县"),
            QStringLiteral("--year"), QStringLiteral("2018"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(county.code, 0);
    QVERIFY(county.out.contains(QStringLiteral("Zhuanglang County")));
    QVERIFY(county.out.contains(QStringLiteral("2018")));
    QVERIFY(county.out.contains(QStringLiteral("1.23 million yuan")));

    // In every language the values start in one column, counting CJK characters as two.
    for (const Result *r : { &en, &zh }) {
        QSet<int> columns;
        const QRegularExpression gap(QStringLiteral("\\S {3,}(?=\\S)"));
        for (const QString &line : r->out.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QStringLiteral("  ")))
                continue;
            const QRegularExpressionMatch m = gap.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            columns.insert(cli::SummaryTable::displayWidth(line.left(m.capturedEnd())));
        }
        QCOMPARE(columns.size(), 1);
    }
}

void TestCli::unknownCounty()
{
    const QString file = makeFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileHash(file);
    const Result r = runCli({ QStringLiteral("summary"), file, QStringLiteral("--county"), QStringLiteral("Atlantis"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("Atlantis")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("庄浪县")));
    QVERIFY(r.err.contains(QStringLiteral("Zhuanglang County")));
    QVERIFY(r.err.contains(QStringLiteral("崆峒区")));
    QCOMPARE(fileHash(file), before);
}

void TestCli::tableWidths()
{
    using cli::SummaryTable;
    QCOMPARE(SummaryTable::displayWidth(QStringLiteral("abc")), 3);
    QCOMPARE(SummaryTable::displayWidth(QStringLiteral("同心")), 4);
    QCOMPARE(SummaryTable::displayWidth(QStringLiteral("3.09亿元")), 8);
    QCOMPARE(SummaryTable::displayWidth(QStringLiteral("（１）")), 6); // fullwidth forms
    QCOMPARE(SummaryTable::displayWidth(QStringLiteral("Streets ↔ towns")), 15);
    QCOMPARE(SummaryTable::displayWidth(QStringLiteral("e\u0301")), 1); // combining accent
    QCOMPARE(SummaryTable::padRight(QStringLiteral("资金"), 6), QStringLiteral("资金  "));
    QCOMPARE(SummaryTable::padRight(QStringLiteral("toolong"), 3), QStringLiteral("toolong"));

    SummaryTable t;
    QVERIFY(t.isEmpty());
    t.addSection(QStringLiteral("资金支持"));
    t.addRow(QStringLiteral("财政帮扶资金"), QStringLiteral("3.09亿元"));
    t.addRow(QStringLiteral("Projects"), QStringLiteral("130"));
    const QStringList lines = t.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("资金支持"));
    QCOMPARE(lines.at(1), QStringLiteral("  财政帮扶资金   3.09亿元"));
    QCOMPARE(lines.at(2), QStringLiteral("  Projects       130"));
}

void TestCli::check()
{
    const QString file = makeFixture();
    QVERIFY(!file.isEmpty());
    Result r = runCli({ QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("all checks passed")));

    const QString fresh = freshName(QStringLiteral("fresh"));
    QCOMPARE(runCli({ QStringLiteral("init"), fresh }).code, 0);
    QCOMPARE(runCli({ QStringLiteral("check"), fresh }).code, 0);

    // Edited outside Tongxin: a trigger dropped, then rows it would have refused.
    QVERIFY(rawExec(file,
        { QStringLiteral("DROP TRIGGER project_payments_budget_insert"),
            QStringLiteral("INSERT INTO project_payments(project_id, pay_date, amount_fen) "
                           "VALUES (50, '2019-09-01', 400000000)"),
            QStringLiteral("INSERT INTO fund_allocations(county_id, year, amount_fen) "
                           "VALUES (999, 2019, 1)") }));
    r = runCli({ QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("[payment_over_budget]")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("[foreign_key]")));
    QVERIFY(r.out.contains(QStringLiteral("[schema]")));
    QVERIFY(r.out.contains(QStringLiteral("project_payments_budget_insert")));
    r = runCli({ QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("[payment_over_budget]")));
}

void TestCli::backup()
{
    const QString file = makeFixture();
    QVERIFY(!file.isEmpty());
    const QString out = path(QStringLiteral("copy.db"));
    Result r = runCli({ QStringLiteral("backup"), file, out, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!Database::probe(out));
    QCOMPARE(runCli({ QStringLiteral("check"), out }).code, 0);
    QCOMPARE(expected(out, Filter {}), expected(file, Filter {}));

    // Never over an existing file, whatever it is.
    const QByteArray before = fileHash(out);
    r = runCli({ QStringLiteral("backup"), file, out, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    QCOMPARE(fileHash(out), before);

    // A directory that does not exist: a write failure.
    r = runCli({ QStringLiteral("backup"), file, path(QStringLiteral("no/such/dir/copy.db")) });
    QCOMPARE(r.code, 3);
    QVERIFY(!r.err.trimmed().isEmpty());
}

void TestCli::demoReconciles()
{
    {
        // The demo data may still be the stub; that is the only reason to skip.
        Database probe;
        QVERIFY(probe.create(freshName(QStringLiteral("demo-probe"))));
        QString why;
        if (!Demo::populate(probe, &why) && why == QLatin1String("not yet"))
            QSKIP("Demo::populate is still the stub (\"not yet\")");
    }
    const QString file = freshName(QStringLiteral("demo"));
    Result r = runCli({ QStringLiteral("demo"), file, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!Database::probe(file));

    r = runCli({ QStringLiteral("summary"), file, QStringLiteral("--json"), QStringLiteral("--from"),
        QStringLiteral("2017"), QStringLiteral("--to"), QStringLiteral("2020") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o, expected(file, Filter { 2017, 2020, 0 }));
    QStringList failures;
    for (const article::Expect &e : article::expectations()) {
        QJsonValue v = o.value(QLatin1String(e.key));
        if (*e.part)
            v = v.toObject().value(QLatin1String(e.part));
        const qint64 value = v.toInteger(-1);
        if (value < e.min || value > e.max)
            failures << QStringLiteral("%1%2%3 = %4, article \"%5\" allows %6..%7")
                            .arg(QLatin1String(e.key), *e.part ? QStringLiteral(".") : QString(), QLatin1String(e.part))
                            .arg(value)
                            .arg(QString::fromUtf8(e.wording))
                            .arg(e.min)
                            .arg(e.max);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    r = runCli({ QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.code == 0, qPrintable(r.out));

    // --force replaces a Tongxin database with the demo.
    const QString other = freshName(QStringLiteral("replace"));
    QCOMPARE(runCli({ QStringLiteral("init"), other }).code, 0);
    QCOMPARE(runCli({ QStringLiteral("demo"), other, QStringLiteral("--force") }).code, 0);
    QCOMPARE(expected(other, Filter { 2017, 2020, 0 }), o);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"

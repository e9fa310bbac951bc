// The database layer: creating and opening files, refusing what is not ours, the schema's
// constraints and triggers, transactions, backups, and the integrity checker.

#include "db/checker.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/schema.h"
#include "db/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// Runs statements on a plain SQLite connection: no foreign keys, no Tongxin checks, the way
// a file could be edited outside Tongxin.
bool rawExec(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    const QString name = QStringLiteral("raw-test");
    bool ok = true;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        ok = d.open();
        for (const QString &sql : statements) {
            QSqlQuery q(d);
            if (ok && !q.exec(sql)) {
                ok = false;
                if (error)
                    *error = q.lastError().text() + QStringLiteral(" in ") + sql;
            }
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A small, valid data set: both sides' places, organisations, a cadre, a household, a
// project and one pairing. Ids are fixed so that the cases below can refer to them.
const QStringList &fixture()
{
    static const QStringList sql = {
        "INSERT INTO places(id, side, level, parent_id, name) VALUES (1, 'east', 'district', NULL, '河西区')",
        "INSERT INTO places(id, side, level, parent_id, name) VALUES (2, 'east', 'street', 1, '大营门街道')",
        "INSERT INTO places(id, side, level, parent_id, name) VALUES (3, 'east', 'community', 2, '某社区')",
        "INSERT INTO places(id, side, level, parent_id, name, name_en, is_poor) "
        "VALUES (10, 'west', 'county', NULL, '庄浪县', 'Zhuanglang County', 1)",
        "INSERT INTO places(id, side, level, parent_id, name) VALUES (11, 'west', 'town', 10, '某镇')",
        "INSERT INTO places(id, side, level, parent_id, name, is_poor) VALUES (12, 'west', 'village', 11, '某村', 1)",
        "INSERT INTO organisations(id, side, kind, name, place_id) VALUES (20, 'east', 'school', '东校', 1)",
        "INSERT INTO organisations(id, side, kind, name, place_id) VALUES (21, 'west', 'school', '西校', 10)",
        "INSERT INTO organisations(id, side, kind, name, place_id) VALUES (22, 'west', 'hospital', '西院', 10)",
        "INSERT INTO people(id, side, name, role) VALUES (30, 'east', '王干部', 'cadre')",
        "INSERT INTO households(id, village_id, head_name, members, registered_year) VALUES (40, 12, '李四', 4, 2014)",
        "INSERT INTO projects(id, name, year, county_id, category, budget_fen) "
        "VALUES (50, '饮水工程', 2019, 10, 'drinking_water', 1000)",
        "INSERT INTO project_payments(project_id, pay_date, amount_fen) VALUES (50, '2019-03-01', 600)",
        "INSERT INTO pairings(id, kind, east_place_id, west_place_id, start_date) "
        "VALUES (60, 'street_town', 2, 11, '2018-01-01')",
        "INSERT INTO pairings(id, kind, east_org_id, west_org_id, start_date) VALUES (61, 'school', 20, 21, "
        "'2018-01-01')",
        "INSERT INTO pairings(id, kind, east_person_id, west_household_id, start_date) "
        "VALUES (62, 'cadre_household', 30, 40, '2018-01-01')",
    };
    return sql;
}

} // namespace

class TestSchema final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString createFixture(const QString &name);

private slots:
    void initTestCase();
    void createAndReopen();
    void refusesNewerVersion();
    void refusesTextFile();
    void refusesForeignSqlite();
    void refusesEmptyAndMissing();
    void createNeverReplacesForeignFile();
    void constraints_data();
    void constraints();
    void triggerMessagesAreDistinct();
    void transactionRollsBack();
    void backup();
    void splitKeepsTriggerBodies();
    void checkerPassesCleanFile();
    void checkerReportsBrokenFile_data();
    void checkerReportsBrokenFile();
};

QString TestSchema::createFixture(const QString &name)
{
    const QString file = path(name);
    Database db;
    OpenError e;
    if (!db.create(file, false, &e))
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

void TestSchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSchema::createAndReopen()
{
    const QString file = path(QStringLiteral("new.db"));
    {
        Database db;
        OpenError e;
        QVERIFY2(db.create(file, false, &e), qPrintable(e.message));
        QVERIFY(db.isOpen());
        QCOMPARE(scalar(db.db(), QStringLiteral("PRAGMA user_version")), qint64(Schema::Version));
        QCOMPARE(scalar(db.db(), QStringLiteral("PRAGMA application_id")), qint64(Schema::ApplicationId));
        QCOMPARE(scalar(db.db(), QStringLiteral("PRAGMA foreign_keys")), qint64(1));
        QVERIFY(db.setSetting(QStringLiteral("office"), QStringLiteral("河西区合作交流办")));
    }
    QVERIFY(!Database::probe(file));
    Database db;
    OpenError e;
    QVERIFY2(db.open(file, &e), qPrintable(e.message));
    QCOMPARE(db.setting(QStringLiteral("office")), QStringLiteral("河西区合作交流办"));
    for (const QString &table : Schema::tables())
        QVERIFY2(scalar(db.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)) >= 0, qPrintable(table));

    // create() refuses an existing file unless asked to overwrite.
    Database again;
    QVERIFY(!again.create(file, false, &e));
    QCOMPARE(e.code, OpenError::Exists);
}

void TestSchema::refusesNewerVersion()
{
    const QString file = path(QStringLiteral("newer.db"));
    {
        Database db;
        QVERIFY(db.create(file));
    }
    QVERIFY(rawExec(file, { QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version + 1) }));
    const QByteArray before = fileHash(file);
    QVERIFY(!before.isEmpty());

    QCOMPARE(Database::probe(file).code, OpenError::TooNew);
    Database db;
    OpenError e;
    QVERIFY(!db.open(file, &e));
    QCOMPARE(e.code, OpenError::TooNew);
    QVERIFY(e.message.contains(QStringLiteral("newer")));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(file), before);
    // Nothing is left beside the refused file either.
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
}

void TestSchema::refusesTextFile()
{
    const QString file = path(QStringLiteral("notes.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("这不是数据库\nnot a database\n");
    f.close();
    const QByteArray before = fileHash(file);
    Database db;
    OpenError e;
    QVERIFY(!db.open(file, &e));
    QCOMPARE(e.code, OpenError::NotTongxin);
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(fileHash(file), before);
}

void TestSchema::refusesForeignSqlite()
{
    const QString file = path(QStringLiteral("other.sqlite"));
    QVERIFY(rawExec(file, { QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("INSERT INTO t VALUES (42)") }));
    const QByteArray before = fileHash(file);
    Database db;
    OpenError e;
    QVERIFY(!db.open(file, &e));
    QCOMPARE(e.code, OpenError::NotTongxin);
    QCOMPARE(fileHash(file), before);
}

void TestSchema::refusesEmptyAndMissing()
{
    const QString empty = path(QStringLiteral("empty.db"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    Database db;
    OpenError e;
    QVERIFY(!db.open(empty, &e));
    QCOMPARE(e.code, OpenError::NotTongxin);
    QCOMPARE(QFileInfo(empty).size(), qint64(0));

    QVERIFY(!db.open(path(QStringLiteral("nowhere.db")), &e));
    QCOMPARE(e.code, OpenError::Missing);
    QVERIFY(!QFile::exists(path(QStringLiteral("nowhere.db"))));
}

void TestSchema::createNeverReplacesForeignFile()
{
    const QString text = path(QStringLiteral("keep.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const QString other = path(QStringLiteral("keep.sqlite"));
    QVERIFY(rawExec(other, { QStringLiteral("CREATE TABLE t(x)") }));

    for (const QString &file : { text, other }) {
        const QByteArray before = fileHash(file);
        Database db;
        OpenError e;
        QVERIFY(!db.create(file, true, &e));
        QCOMPARE(e.code, OpenError::NotTongxin);
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(file), before);
    }

    // A Tongxin file may be replaced when asked.
    const QString ours = path(QStringLiteral("ours.db"));
    QVERIFY(!createFixture(QStringLiteral("ours.db")).isEmpty());
    Database db;
    QVERIFY(db.create(ours, true));
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM places")), qint64(0));
}

void TestSchema::constraints_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("driverText"); // what SQLite names in its error
    QTest::addColumn<QString>("table"); // its row count must not change

    QTest::newRow("negative amount")
        << "INSERT INTO fund_allocations(county_id, year, amount_fen) VALUES (10, 2019, -1)"
        << "CHECK"
        << "fund_allocations";
    QTest::newRow("negative sale") << "INSERT INTO sales(sale_date, channel, county_id, product, amount_fen) "
                                      "VALUES ('2019-01-02', 'ecommerce', 10, '土豆', -500)"
                                   << "CHECK"
                                   << "sales";
    QTest::newRow("end before start") << "INSERT INTO events(name, start_date, end_date) "
                                         "VALUES ('电商节', '2020-05-01', '2020-04-30')"
                                      << "CHECK"
                                      << "events";
    QTest::newRow("pairing ends before start")
        << "INSERT INTO pairings(kind, east_org_id, west_org_id, start_date, end_date, status) "
           "VALUES ('school', 20, 21, '2019-05-01', '2019-01-01', 'ended')"
        << "CHECK"
        << "pairings";
    QTest::newRow("bad date text") << "INSERT INTO events(name, start_date, end_date) "
                                      "VALUES ('电商节', '2020-13-01', '2020-12-31')"
                                   << "CHECK"
                                   << "events";
    QTest::newRow("slashed date") << "INSERT INTO meetings(meeting_date, title) VALUES ('2020/05/01', '联席会议')"
                                  << "CHECK"
                                  << "meetings";
    QTest::newRow("both parties east") << "INSERT INTO pairings(kind, east_place_id, west_place_id, start_date) "
                                          "VALUES ('street_town', 2, 3, '2019-01-01')"
                                       << "pairing_sides"
                                       << "pairings";
    QTest::newRow("school with hospital") << "INSERT INTO pairings(kind, east_org_id, west_org_id, start_date) "
                                             "VALUES ('school', 20, 22, '2019-01-01')"
                                          << "pairing_kind_parties"
                                          << "pairings";
    QTest::newRow("duplicate active pairing") << "INSERT INTO pairings(kind, east_place_id, west_place_id, start_date) "
                                                 "VALUES ('street_town', 2, 11, '2020-01-01')"
                                              << "pairings_no_duplicate_active"
                                              << "pairings";
    QTest::newRow("payment over budget") << "INSERT INTO project_payments(project_id, pay_date, amount_fen) "
                                            "VALUES (50, '2019-06-01', 401)"
                                         << "payment_over_budget"
                                         << "project_payments";
    QTest::newRow("budget below payments") << "UPDATE projects SET budget_fen = 599 WHERE id = 50"
                                           << "payment_over_budget"
                                           << "projects";
    QTest::newRow("household in a town") << "INSERT INTO households(village_id, head_name, members, registered_year) "
                                            "VALUES (11, '张三', 3, 2015)"
                                         << "household_village"
                                         << "households";
    QTest::newRow("street under a county") << "INSERT INTO places(side, level, parent_id, name) "
                                              "VALUES ('east', 'street', 10, '错街道')"
                                           << "place_parent_level"
                                           << "places";
    QTest::newRow("east school in the west") << "INSERT INTO organisations(side, kind, name, place_id) "
                                                "VALUES ('east', 'school', '错校', 10)"
                                             << "organisation_side"
                                             << "organisations";
    QTest::newRow("missing county") << "INSERT INTO visits(direction, start_date, county_id) "
                                       "VALUES ('east_to_west', '2019-01-01', 999)"
                                    << "FOREIGN KEY"
                                    << "visits";
}

void TestSchema::constraints()
{
    QFETCH(QString, sql);
    QFETCH(QString, driverText);
    QFETCH(QString, table);
    const QString file = createFixture(QStringLiteral("constraints-%1.db").arg(QTest::currentDataTag()));
    QVERIFY(!file.isEmpty());
    Database db;
    QVERIFY(db.open(file));
    const QString countSql = QStringLiteral("SELECT count(*) FROM %1");
    QSqlQuery before(db.db());
    QVERIFY(before.exec(countSql.arg(table)) && before.next());

    QSqlQuery q(db.db());
    QVERIFY2(!q.exec(sql), "the database accepted a bad row");
    const QString text = q.lastError().text();
    QVERIFY2(text.contains(driverText), qPrintable(text));

    const QString message = DbError::describe(q.lastError());
    const QString generic = DbError::describe(QString()).trimmed();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.startsWith(generic), qPrintable(message));

    QSqlQuery after(db.db());
    QVERIFY(after.exec(countSql.arg(table)) && after.next());
    QCOMPARE(after.value(0).toString(), before.value(0).toString());
    // The rows the fixture wrote are untouched by a refused update.
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT budget_fen FROM projects WHERE id = 50")), qint64(1000));
}

void TestSchema::triggerMessagesAreDistinct()
{
    const QStringList raised = { "pairing_sides", "pairing_kind_parties", "payment_over_budget", "place_parent_level",
        "organisation_side", "household_village", "UNIQUE constraint failed: index 'pairings_no_duplicate_active'" };
    QSet<QString> messages;
    for (const QString &name : raised)
        messages.insert(DbError::describe(name + QStringLiteral(" Unable to fetch row")));
    QCOMPARE(messages.size(), raised.size());
    const QString generic = DbError::describe(QString()).trimmed();
    for (const QString &m : messages)
        QVERIFY2(!m.startsWith(generic), qPrintable(m));
}

void TestSchema::transactionRollsBack()
{
    const QString file = createFixture(QStringLiteral("tx.db"));
    QVERIFY(!file.isEmpty());
    Database db;
    QVERIFY(db.open(file));
    const qint64 before = scalar(db.db(), QStringLiteral("SELECT count(*) FROM working_groups"));
    {
        Transaction t(db.db());
        QVERIFY(t.isActive());
        QSqlQuery q(db.db());
        QVERIFY(q.exec("INSERT INTO working_groups(name, established_date) VALUES ('产业合作组', '2017-03-01')"));
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM working_groups")), before + 1);
    } // not committed
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM working_groups")), before);
    {
        Transaction t(db.db());
        QSqlQuery q(db.db());
        QVERIFY(q.exec("INSERT INTO working_groups(name, established_date) VALUES ('产业合作组', '2017-03-01')"));
        QVERIFY(t.commit());
        QVERIFY(!t.isActive());
    }
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM working_groups")), before + 1);
}

void TestSchema::backup()
{
    const QString file = createFixture(QStringLiteral("source.db"));
    QVERIFY(!file.isEmpty());
    const QString target = path(QStringLiteral("backup.db"));
    {
        Database db;
        QVERIFY(db.open(file));
        QString why;
        QVERIFY2(db.backupTo(target, &why), qPrintable(why));
        // Never over an existing file.
        const QByteArray written = fileHash(target);
        QVERIFY(!db.backupTo(target, &why));
        QVERIFY(!why.isEmpty());
        QCOMPARE(fileHash(target), written);
    }
    Database copy;
    OpenError e;
    QVERIFY2(copy.open(target, &e), qPrintable(e.message));
    QCOMPARE(scalar(copy.db(), QStringLiteral("SELECT count(*) FROM places")), qint64(6));
    QCOMPARE(scalar(copy.db(), QStringLiteral("SELECT count(*) FROM pairings")), qint64(3));
    QCOMPARE(scalar(copy.db(), QStringLiteral("PRAGMA application_id")), qint64(Schema::ApplicationId));
    QVERIFY(Checker::run(copy.db()).isEmpty());
}

void TestSchema::splitKeepsTriggerBodies()
{
    const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE a (x INTEGER);\n"
                                          "CREATE TRIGGER a_check BEFORE INSERT ON a\n"
                                          "BEGIN\n"
                                          "    SELECT RAISE(ABORT, 'one') WHERE NEW.x < 0;\n"
                                          "    SELECT RAISE(ABORT, 'two') WHERE NEW.x > 9;\n"
                                          "END;\n"
                                          "CREATE VIEW v AS\n"
                                          "SELECT x\n"
                                          "FROM a;\n");
    const QStringList parts = Schema::splitStatements(script);
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    QVERIFY(parts.at(1).startsWith(QStringLiteral("CREATE TRIGGER a_check")));
    QVERIFY(parts.at(1).contains(QStringLiteral("'one'")));
    QVERIFY(parts.at(1).contains(QStringLiteral("'two'")));
    QVERIFY(parts.at(1).endsWith(QStringLiteral("END;")));
    QVERIFY(parts.at(2).contains(QStringLiteral("FROM a;")));

    // The real schema: every trigger is one statement with its whole body.
    QFile f(QStringLiteral(":/sql/schema_v1.sql"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString schema = QString::fromUtf8(f.readAll());
    const QStringList statements = Schema::splitStatements(schema);
    const int triggers = schema.count(QStringLiteral("CREATE TRIGGER"));
    QVERIFY(triggers >= 10);
    int seen = 0;
    for (const QString &s : statements) {
        if (!s.startsWith(QStringLiteral("CREATE TRIGGER")))
            continue;
        ++seen;
        QVERIFY2(s.contains(QStringLiteral("BEGIN")) && s.endsWith(QStringLiteral("END;")), qPrintable(s));
        QCOMPARE(s.count(QStringLiteral("CREATE ")), 1);
    }
    QCOMPARE(seen, triggers);
}

void TestSchema::checkerPassesCleanFile()
{
    {
        Database db;
        QVERIFY(db.create(path(QStringLiteral("clean-empty.db"))));
        const QVector<CheckProblem> problems = Checker::run(db.db());
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
    }
    const QString file = createFixture(QStringLiteral("clean.db"));
    QVERIFY(!file.isEmpty());
    Database db;
    QVERIFY(db.open(file));
    const QVector<CheckProblem> problems = Checker::run(db.db());
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
    QVERIFY(Checker::rules().contains(QStringLiteral("pairing_kind_parties")));
}

void TestSchema::checkerReportsBrokenFile_data()
{
    QTest::addColumn<QStringList>("edits"); // run with foreign keys off, as another tool would
    QTest::addColumn<QString>("rule");
    QTest::addColumn<qint64>("rowId"); // 0: any

    QTest::newRow("dangling county") << QStringList { "INSERT INTO fund_allocations(id, county_id, year, amount_fen) "
                                                      "VALUES (70, 999, 2019, 100)" }
                                     << "foreign_key" << qint64(70);
    QTest::newRow("town as county") << QStringList { "INSERT INTO fund_allocations(id, county_id, year, amount_fen) "
                                                     "VALUES (71, 11, 2019, 100)" }
                                    << "county_reference" << qint64(71);
    QTest::newRow("negative amount") << QStringList { "PRAGMA ignore_check_constraints = ON",
        "INSERT INTO fund_allocations(county_id, year, amount_fen) "
        "VALUES (10, 2019, -5)" } << "integrity"
                                     << qint64(0);
    QTest::newRow("both sides east") << QStringList { "DROP TRIGGER pairings_parties_insert",
        "INSERT INTO pairings(id, kind, east_place_id, west_place_id, "
        "start_date) VALUES (72, 'street_town', 2, 3, '2019-01-01')" }
                                     << "pairing_sides" << qint64(72);
    QTest::newRow("school with hospital") << QStringList { "DROP TRIGGER pairings_parties_insert",
        "INSERT INTO pairings(id, kind, east_org_id, west_org_id, "
        "start_date) VALUES (73, 'school', 20, 22, '2019-01-01')" }
                                          << "pairing_kind_parties" << qint64(73);
    QTest::newRow("duplicate pairing") << QStringList { "DROP INDEX pairings_no_duplicate_active",
        "INSERT INTO pairings(id, kind, east_place_id, west_place_id, "
        "start_date) VALUES (74, 'street_town', 2, 11, '2020-01-01')" }
                                       << "pairing_duplicate" << qint64(60);
    QTest::newRow("over budget") << QStringList { "DROP TRIGGER project_payments_budget_insert",
        "INSERT INTO project_payments(project_id, pay_date, amount_fen) "
        "VALUES (50, '2019-07-01', 500)" }
                                 << "payment_over_budget" << qint64(50);
    QTest::newRow("household in town") << QStringList { "DROP TRIGGER households_village_insert",
        "INSERT INTO households(id, village_id, head_name, members, "
        "registered_year) VALUES (75, 11, '张三', 2, 2015)" }
                                       << "household_village" << qint64(75);
    QTest::newRow("street under county") << QStringList { "DROP TRIGGER places_parent_level_insert",
        "INSERT INTO places(id, side, level, parent_id, name) "
        "VALUES (76, 'east', 'street', 10, '错街道')" }
                                         << "place_parent_level" << qint64(76);
    QTest::newRow("organisation across") << QStringList { "DROP TRIGGER organisations_side_insert",
        "INSERT INTO organisations(id, side, kind, name, place_id) "
        "VALUES (77, 'east', 'school', '错校', 10)" }
                                         << "organisation_side" << qint64(77);
    QTest::newRow("trigger dropped") << QStringList { "DROP TRIGGER projects_budget_update" } << "schema" << qint64(0);
    QTest::newRow("view dropped") << QStringList { "DROP VIEW county_reference_errors" } << "schema" << qint64(0);
    // Every register with a western unit is checked, meetings too (the schema's view leaves them out).
    QTest::newRow("meeting in a town") << QStringList { "INSERT INTO meetings(id, meeting_date, title, county_id) "
                                                        "VALUES (78, '2019-05-01', '联席会议', 11)" }
                                       << "county_reference" << qint64(78);
    QTest::newRow("sales in a town") << QStringList { "INSERT INTO sales(id, sale_date, channel, county_id, product, amount_fen) "
                                                      "VALUES (79, '2019-05-01', 'outlet', 11, '苹果', 100)",
        "INSERT INTO sales(id, sale_date, channel, county_id, product, amount_fen) "
        "VALUES (80, '2019-05-02', 'outlet', 11, '苹果', 100)" }
                                     << "county_reference" << qint64(79);
}

void TestSchema::checkerReportsBrokenFile()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, rule);
    QFETCH(qint64, rowId);
    const QString file = createFixture(QStringLiteral("broken-%1.db").arg(QTest::currentDataTag()));
    QVERIFY(!file.isEmpty());
    QString why;
    QVERIFY2(rawExec(file, edits, &why), qPrintable(why));

    Database db;
    OpenError e;
    QVERIFY2(db.open(file, &e), qPrintable(e.message));
    const QVector<CheckProblem> problems = Checker::run(db.db());
    bool found = false;
    QStringList seen;
    for (const CheckProblem &p : problems) {
        seen << p.rule + QStringLiteral(": ") + p.message;
        QVERIFY(!p.message.isEmpty());
        if (p.rule == rule && (rowId == 0 || p.rowId == rowId))
            found = true;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1, got: %2").arg(rule, seen.join(QStringLiteral("; ")))));
    // Many rows of one wrong place are one problem, with their number and the first row.
    if (QByteArray(QTest::currentDataTag()) == "sales in a town")
        QVERIFY2(seen.contains(QStringLiteral("county_reference: 2 rows of table sales, the first row 79, name a "
                                              "western unit that is not a county-level place.")),
            qPrintable(seen.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "test_schema.moc"

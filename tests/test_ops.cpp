// The core operations that used to live in pages (End pairing, Pay, record progress, allocate,
// targets) and the one write path under them (RecordOps), with no widgets: each writes what it
// should, a refused one leaves the database byte for byte as it was (a hash of every table), and
// the same rules hold when a row is written the way the command line or an import writes it
// (RecordOps::save with raw values, no form in between).

#include "areas/areaops.h"
#include "db/database.h"
#include "db/schema.h"
#include "funds/fundsops.h"
#include "pairing/pairingops.h"
#include "records/recordops.h"
#include "records/recordstore.h"
#include "targets/targetops.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tongxin;

namespace {

const char *const Data[] = {
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (1, 'east', 'district', NULL, '河西区')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (2, 'east', 'street', 1, '越秀路街道')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (10, 'west', 'county', NULL, '庄浪县', 1)",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (11, 'west', 'town', 10, '南湖镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (12, 'west', 'village', 11, '杨河村', 1)",
    "INSERT INTO people (id, side, name, role) VALUES (1, 'east', '张伟', 'cadre')",
    "INSERT INTO pairings (id, kind, east_place_id, west_place_id, start_date, status) "
    "VALUES (1, 'street_town', 2, 11, '2018-03-01', 'active')",
    "INSERT INTO pairings (id, kind, east_place_id, west_place_id, start_date, end_date, status) "
    "VALUES (2, 'street_town', 2, 11, '2017-01-01', '2017-12-31', 'ended')",
    "INSERT INTO projects (id, name, year, county_id, category, budget_fen, beneficiaries, beneficiaries_poor) "
    "VALUES (1, '南湖镇饮水工程', 2019, 10, 'drinking_water', 100000000, 500, 120)",
    "INSERT INTO project_payments (id, project_id, pay_date, amount_fen) VALUES (1, 1, '2019-05-01', 60000000)",
    "INSERT INTO secondments (id, person_id, direction, county_id, start_date) "
    "VALUES (1, 1, 'east_to_west', 10, '2019-03-01')",
};

// Every row of every table, hashed: equal before and after means nothing was written.
QByteArray dump(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : Schema::tables()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
            continue;
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f' + QByteArray(q.value(i).isNull() ? "N" : "V"));
            hash.addData("\n");
        }
    }
    return hash.result();
}

QVariant value(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestOps final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void endPairing();
    void endPairingRefused_data();
    void endPairingRefused();
    void pay();
    void payRefused_data();
    void payRefused();
    void editPaymentKeepsTheBudget();
    void recordProgress();
    void progressRefused();
    void allocate();
    void allocateRefused();
    void targets();
    void targetsRefused();
    void endSecondment();
    void rawWritesMeetTheSameRules();
    void removeRefusedWhenUsed();

private:
    QSqlDatabase db() const { return m_db->db(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestOps::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->create(m_dir->filePath(QStringLiteral("ops.db"))));
    QSqlQuery q(db());
    for (const char *sql : Data)
        QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
}

void TestOps::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestOps::endPairing()
{
    RecordChange change;
    QString error;
    QVERIFY2(PairingOps::end(db(), 1, QDate(2020, 6, 30), &change, &error), qPrintable(error));
    QCOMPARE(value(db(), QStringLiteral("SELECT status || ' ' || end_date FROM pairings WHERE id = 1")).toString(),
        QStringLiteral("ended 2020-06-30"));
    // What undo needs: the row before and after.
    QCOMPARE(change.kind, RecordChange::Kind::Update);
    QCOMPARE(change.table, QStringLiteral("pairings"));
    QCOMPARE(change.id, 1);
    QCOMPARE(change.before.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(change.before.value(QStringLiteral("end_date")).isNull());
    QCOMPARE(change.after.value(QStringLiteral("end_date")).toString(), QStringLiteral("2020-06-30"));
    // Undo as the window does it: the row as it was, back through RecordStore.
    QVariantMap back = change.before;
    back.remove(QStringLiteral("id"));
    QVERIFY(RecordStore::update(db(), QStringLiteral("pairings"), 1, back, nullptr, &error));
    QCOMPARE(
        value(db(), QStringLiteral("SELECT status FROM pairings WHERE id = 1")).toString(), QStringLiteral("active"));
}

void TestOps::endPairingRefused_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("message");
    QTest::newRow("already ended") << qint64(2) << QDate(2020, 1, 1) << QStringLiteral("already ended");
    QTest::newRow("before its start") << qint64(1) << QDate(2018, 2, 28) << QStringLiteral("before");
    QTest::newRow("no date") << qint64(1) << QDate() << QStringLiteral("date");
    QTest::newRow("no such pairing") << qint64(99) << QDate(2020, 1, 1) << QStringLiteral("no longer exists");
}

void TestOps::endPairingRefused()
{
    QFETCH(qint64, id);
    QFETCH(QDate, end);
    QFETCH(QString, message);
    const QByteArray before = dump(db());
    RecordChange change;
    QString error;
    QVERIFY(!PairingOps::end(db(), id, end, &change, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(dump(db()), before);
    QCOMPARE(change.id, 0); // nothing to undo
}

void TestOps::pay()
{
    RecordChange change;
    QString error;
    QVERIFY2(
        FundsOps::pay(db(), 1, { QDate(2019, 9, 1), 40000000, QStringLiteral("记-17"), QString() }, &change, &error),
        qPrintable(error));
    QCOMPARE(change.kind, RecordChange::Kind::Insert);
    QCOMPARE(change.after.value(QStringLiteral("amount_fen")).toLongLong(), 40000000);
    QCOMPARE(change.after.value(QStringLiteral("voucher_no")).toString(), QStringLiteral("记-17"));
    QVERIFY(change.after.value(QStringLiteral("notes")).isNull());
    QCOMPARE(
        value(db(), QStringLiteral("SELECT sum(amount_fen) FROM project_payments WHERE project_id = 1")).toLongLong(),
        100000000); // paid in full, exactly the budget
}

void TestOps::payRefused_data()
{
    QTest::addColumn<qint64>("project");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("message");
    QTest::newRow("over the budget") << qint64(1) << QDate(2019, 9, 1) << qint64(40000001)
                                     << QStringLiteral("over its budget");
    QTest::newRow("zero") << qint64(1) << QDate(2019, 9, 1) << qint64(0) << QStringLiteral("more than zero");
    QTest::newRow("no date") << qint64(1) << QDate() << qint64(100) << QStringLiteral("date");
    QTest::newRow("no such project") << qint64(7) << QDate(2019, 9, 1) << qint64(100)
                                     << QStringLiteral("no project number 7");
}

void TestOps::payRefused()
{
    QFETCH(qint64, project);
    QFETCH(QDate, date);
    QFETCH(qint64, amount);
    QFETCH(QString, message);
    const QByteArray before = dump(db());
    QString error;
    QVERIFY(!FundsOps::pay(db(), project, { date, amount, QString(), QString() }, nullptr, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(dump(db()), before);
}

void TestOps::editPaymentKeepsTheBudget()
{
    QString error;
    const QByteArray before = dump(db());
    QVERIFY(!FundsOps::editPayment(db(), 1, { QDate(2019, 5, 1), 100000001, QString(), QString() }, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("over its budget")), qPrintable(error));
    QCOMPARE(dump(db()), before);
    // Up to the budget is fine: the payment edited does not count against itself.
    RecordChange change;
    QVERIFY2(FundsOps::editPayment(db(), 1, { QDate(2019, 5, 2), 100000000, QString(), QString() }, &change, &error),
        qPrintable(error));
    QCOMPARE(change.before.value(QStringLiteral("amount_fen")).toLongLong(), 60000000);
    QCOMPARE(change.after.value(QStringLiteral("amount_fen")).toLongLong(), 100000000);
}

void TestOps::recordProgress()
{
    RecordChange change;
    QString error;
    QVERIFY2(FundsOps::recordProgress(
                 db(), 1, { QDate(2019, 10, 1), QStringLiteral("主管道铺设完成"), 60 }, &change, &error),
        qPrintable(error));
    QCOMPARE(change.after.value(QStringLiteral("percent")).toInt(), 60);
    QVERIFY(
        FundsOps::recordProgress(db(), 1, { QDate(2019, 11, 1), QStringLiteral("验收"), QVariant() }, nullptr, &error));
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM project_updates")).toInt(), 2);
}

void TestOps::progressRefused()
{
    const QByteArray before = dump(db());
    QString error;
    QVERIFY(!FundsOps::recordProgress(db(), 1, { QDate(2019, 10, 1), QStringLiteral("x"), 101 }, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("100")), qPrintable(error));
    QVERIFY(!FundsOps::recordProgress(db(), 1, { QDate(2019, 10, 1), QStringLiteral("  "), 10 }, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("progress")), qPrintable(error));
    QVERIFY(!FundsOps::recordProgress(db(), 1, { QDate(), QStringLiteral("x"), 10 }, nullptr, &error));
    QVERIFY(!FundsOps::recordProgress(db(), 5, { QDate(2019, 10, 1), QStringLiteral("x"), 10 }, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("no project number 5")), qPrintable(error));
    QCOMPARE(dump(db()), before);
}

void TestOps::allocate()
{
    RecordChange change;
    QString error;
    FundsOps::Allocation a;
    a.countyId = 10;
    a.year = 2019;
    a.amountFen = 300000000;
    QVERIFY2(FundsOps::allocate(db(), a, &change, &error), qPrintable(error));
    QCOMPARE(change.after.value(QStringLiteral("source")).toString(), QStringLiteral("district"));
    QCOMPARE(value(db(), QStringLiteral("SELECT amount_fen FROM fund_allocations")).toLongLong(), 300000000);
}

void TestOps::allocateRefused()
{
    const QByteArray before = dump(db());
    QString error;
    FundsOps::Allocation a;
    a.countyId = 10;
    a.year = 2019;
    a.amountFen = -1;
    QVERIFY(!FundsOps::allocate(db(), a, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("negative")), qPrintable(error));
    a.amountFen = 100;
    a.countyId = 11; // a town, not a western unit
    QVERIFY(!FundsOps::allocate(db(), a, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("western unit")), qPrintable(error));
    a.countyId = 10;
    a.source = QStringLiteral("lottery");
    QVERIFY(!FundsOps::allocate(db(), a, nullptr, &error));
    a.source = QStringLiteral("city");
    a.year = 1989;
    QVERIFY(!FundsOps::allocate(db(), a, nullptr, &error));
    QCOMPARE(dump(db()), before);
}

void TestOps::targets()
{
    RecordChange change;
    QString error;
    QVERIFY2(TargetOps::set(db(), 0, 10, 2019, QStringLiteral("aid_projects"), 12, &change, &error), qPrintable(error));
    const qint64 id = change.id;
    QVERIFY(id > 0);
    // Changing a target's own value is not a second target.
    QVERIFY2(
        TargetOps::set(db(), id, 10, 2019, QStringLiteral("aid_projects"), 15, &change, &error), qPrintable(error));
    QCOMPARE(change.before.value(QStringLiteral("value")).toInt(), 12);
    QCOMPARE(value(db(), QStringLiteral("SELECT value FROM targets")).toInt(), 15);
}

void TestOps::targetsRefused()
{
    QString error;
    QVERIFY(TargetOps::set(db(), 0, 10, 2019, QStringLiteral("aid_projects"), 12, nullptr, &error));
    const QByteArray before = dump(db());
    QVERIFY(!TargetOps::set(db(), 0, 10, 2019, QStringLiteral("aid_projects"), 20, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("already has a target")), qPrintable(error));
    QVERIFY(!TargetOps::set(db(), 0, 10, 2020, QStringLiteral("aid_projects"), -1, nullptr, &error));
    QVERIFY(!TargetOps::set(db(), 0, 10, 2020, QStringLiteral("no_such_figure"), 1, nullptr, &error));
    QVERIFY(!TargetOps::set(db(), 0, 12, 2020, QStringLiteral("aid_projects"), 1, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("western unit")), qPrintable(error));
    QCOMPARE(dump(db()), before);
}

void TestOps::endSecondment()
{
    const QByteArray before = dump(db());
    QString error;
    QVERIFY(!AreaOps::endSecondment(db(), 1, QDate(2019, 2, 28), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("before the start")), qPrintable(error));
    QVERIFY(!AreaOps::endSecondment(db(), 1, QDate(), nullptr, &error));
    QVERIFY(!AreaOps::endSecondment(db(), 9, QDate(2021, 1, 1), nullptr, &error));
    QCOMPARE(dump(db()), before);
    RecordChange change;
    QVERIFY2(AreaOps::endSecondment(db(), 1, QDate(2021, 3, 1), &change, &error), qPrintable(error));
    QVERIFY(change.before.value(QStringLiteral("end_date")).isNull());
    QCOMPARE(change.after.value(QStringLiteral("end_date")).toString(), QStringLiteral("2021-03-01"));
    const QByteArray ended = dump(db());
    QVERIFY(!AreaOps::endSecondment(db(), 1, QDate(2021, 6, 1), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("2021-03-01")), qPrintable(error));
    QCOMPARE(dump(db()), ended);
}

// As the command line or an import writes: the table's rules run on the raw row, no form first.
void TestOps::rawWritesMeetTheSameRules()
{
    const QByteArray before = dump(db());
    QString error;
    QString viaOperation;
    FundsOps::pay(db(), 1, { QDate(2019, 9, 1), 50000000, QString(), QString() }, nullptr, &viaOperation);
    QVERIFY(!RecordOps::save(db(), QStringLiteral("project_payments"), 0,
        { { QStringLiteral("project_id"), 1 }, { QStringLiteral("pay_date"), QStringLiteral("2019-09-01") },
            { QStringLiteral("amount_fen"), 50000000 } },
        nullptr, &error));
    QCOMPARE(error, viaOperation); // one rule, one message
    // A pairing whose parties sit on one side (the schema alone would take it).
    QVERIFY(!RecordOps::save(db(), QStringLiteral("pairings"), 0,
        { { QStringLiteral("kind"), QStringLiteral("street_town") }, { QStringLiteral("east_place_id"), 11 },
            { QStringLiteral("west_place_id"), 11 }, { QStringLiteral("start_date"), QStringLiteral("2019-01-01") } },
        nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("same side")), qPrintable(error));
    // Ending a secondment before it started; a second one overlapping it.
    QVERIFY(!RecordOps::save(db(), QStringLiteral("secondments"), 1,
        { { QStringLiteral("end_date"), QStringLiteral("2019-01-01") } }, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("before the start")), qPrintable(error));
    QVERIFY(!RecordOps::save(db(), QStringLiteral("secondments"), 0,
        { { QStringLiteral("person_id"), 1 }, { QStringLiteral("direction"), QStringLiteral("east_to_west") },
            { QStringLiteral("county_id"), 10 }, { QStringLiteral("start_date"), QStringLiteral("2020-01-01") } },
        nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("already on secondment")), qPrintable(error));
    // More registered poor benefited than people benefited.
    QVERIFY(!RecordOps::save(
        db(), QStringLiteral("projects"), 1, { { QStringLiteral("beneficiaries_poor"), 501 } }, nullptr, &error));
    // A budget below what was paid.
    QVERIFY(!RecordOps::save(
        db(), QStringLiteral("projects"), 1, { { QStringLiteral("budget_fen"), 59999999 } }, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("already been paid")), qPrintable(error));
    QCOMPARE(dump(db()), before);
    // The secondment ended properly.
    RecordChange change;
    QVERIFY2(RecordOps::save(db(), QStringLiteral("secondments"), 1,
                 { { QStringLiteral("end_date"), QStringLiteral("2021-03-01") } }, &change, &error),
        qPrintable(error));
    QCOMPARE(change.after.value(QStringLiteral("end_date")).toString(), QStringLiteral("2021-03-01"));
}

void TestOps::removeRefusedWhenUsed()
{
    const QByteArray before = dump(db());
    QString error;
    QVERIFY(!RecordOps::remove(db(), QStringLiteral("places"), 10, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("other records use it")), qPrintable(error));
    QCOMPARE(dump(db()), before);
    RecordChange change;
    QVERIFY(RecordOps::remove(db(), QStringLiteral("project_payments"), 1, &change, &error));
    QCOMPARE(change.kind, RecordChange::Kind::Delete);
    QCOMPARE(change.before.value(QStringLiteral("amount_fen")).toLongLong(), 60000000);
}

QTEST_GUILESS_MAIN(TestOps)
#include "test_ops.moc"

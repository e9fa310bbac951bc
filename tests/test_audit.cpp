// The audit trail (issue #14): every insert, update and delete through core is recorded in its
// transaction with who, what and the values before and after; a refused write records nothing;
// the trail is append-only; `check` finds an entry changed or removed, a seal removed, the end
// cut off, and changes made with the plain sqlite3 shell; an import records its file; `audit`
// lists and filters the trail; a schema-4 file upgrades keeping every row.

#include "common/dbfilefixture.h"

#include "audit/auditlog.h"
#include "db/audittrail.h"
#include "db/database.h"
#include "db/periodlocks.h"
#include "db/schema.h"
#include "records/recordops.h"
#include "records/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;
using dbfiletest::fileHash;
using dbfiletest::Result;
using dbfiletest::runCli;
using dbfiletest::sqliteShell;

namespace {

QVector<AuditEntry> entries(const QSqlDatabase &db, const AuditFilter &filter = {})
{
    QVector<AuditEntry> out;
    QString why;
    if (!AuditLog::read(db, filter, &out, &why))
        qWarning() << why;
    return out;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsEveryWriteWithWhoAndValues();
    void refusedWriteRecordsNothing();
    void appendOnly();
    void checkFindsTampering_data();
    void checkFindsTampering();
    void sqliteShellChangesAreOutside();
    void importRecordsItsFile();
    void salesImportIsOneEntry();
    void auditCommandFilters();
    void schema4UpgradeKeepsEveryRow();

private:
    QString demoCopy(const QString &name);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestAudit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(), "the sqlite3 shell is needed");
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    const Result r = runCli({ QStringLiteral("demo"), m_demo });
    QCOMPARE(r.code, 0);
    // The demo is one entry; twenty edits of households 11–30 follow, each its own transaction.
    Database db;
    QVERIFY(db.open(m_demo));
    for (qint64 id = 11; id <= 30; ++id) {
        QVariantMap before;
        QString why;
        QVERIFY2(RecordStore::update(db.db(), QStringLiteral("households"), id,
                     { { QStringLiteral("notes"), QStringLiteral("核实 %1").arg(id) } }, &before, &why),
            qPrintable(why));
    }
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 21);
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM audit_seals")), 21);
}

QString TestAudit::demoCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        return {};
    return path;
}

void TestAudit::recordsEveryWriteWithWhoAndValues()
{
    Database db;
    QVERIFY(db.create(m_dir.filePath(QStringLiteral("writes.db"))));
    AuditTrail::setUser(db.db(), QStringLiteral("王敏"));
    qint64 id = 0;
    QString why;
    const QVariantMap place { { QStringLiteral("side"), QStringLiteral("west") },
        { QStringLiteral("level"), QStringLiteral("county") }, { QStringLiteral("name"), QStringLiteral("庄浪县") },
        { QStringLiteral("population"), 450000 } };
    QVERIFY2(RecordStore::insert(db.db(), QStringLiteral("places"), place, &id, &why), qPrintable(why));
    QVariantMap before;
    QVERIFY2(RecordStore::update(db.db(), QStringLiteral("places"), id,
                 { { QStringLiteral("population"), 451000 }, { QStringLiteral("name"), QStringLiteral("庄浪县") } },
                 &before, &why),
        qPrintable(why));
    QVERIFY2(RecordStore::remove(db.db(), QStringLiteral("places"), id, &before, &why), qPrintable(why));

    AuditFilter filter;
    filter.table = QStringLiteral("places");
    filter.rowId = id;
    const QVector<AuditEntry> list = entries(db.db(), filter);
    QCOMPARE(list.size(), 3); // newest first
    QCOMPARE(list.at(2).operation, QStringLiteral("insert"));
    QCOMPARE(list.at(2).newValues.value(QStringLiteral("name")).toString(), QStringLiteral("庄浪县"));
    QCOMPARE(list.at(2).newValues.value(QStringLiteral("population")).toInt(), 450000);
    QVERIFY(list.at(2).oldValues.isEmpty());
    // An update records the changed columns only.
    QCOMPARE(list.at(1).operation, QStringLiteral("update"));
    QCOMPARE(list.at(1).oldValues, (QJsonObject { { QStringLiteral("population"), 450000 } }));
    QCOMPARE(list.at(1).newValues, (QJsonObject { { QStringLiteral("population"), 451000 } }));
    QCOMPARE(list.at(0).operation, QStringLiteral("delete"));
    QCOMPARE(list.at(0).oldValues.value(QStringLiteral("population")).toInt(), 451000);
    for (const AuditEntry &e : list) {
        QCOMPARE(e.user, QStringLiteral("王敏"));
        QCOMPARE(e.program, QCoreApplication::applicationName());
        QVERIFY(qAbs(e.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    QVERIFY(list.at(1).changes(db.db()).contains(QStringLiteral("450000 → 451000")));
    // Sealed: the chain holds, nothing was written outside Tongxin.
    QVERIFY(AuditTrail::verify(db.db()).isEmpty());
    QVERIFY(AuditTrail::outsideChanges(db.db()).isEmpty());
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE id > "
                                           "(SELECT max(last_entry) FROM audit_seals)")),
        0);
    // Between transactions the context names no one.
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM audit_context WHERE user_name IS NULL")), 1);
}

void TestAudit::refusedWriteRecordsNothing()
{
    const QString path = demoCopy(QStringLiteral("refused.db"));
    Database db;
    QVERIFY(db.open(path));
    const qint64 before = count(db.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    // A household with more members than … none: a place that does not exist is refused by its rule.
    QString why;
    RecordChange change;
    const bool saved = RecordOps::save(db.db(), QStringLiteral("households"), 0,
        { { QStringLiteral("village_id"), 999999 }, { QStringLiteral("head_name"), QStringLiteral("张三") },
            { QStringLiteral("members"), 3 }, { QStringLiteral("registered_year"), 2015 } },
        &change, &why);
    QVERIFY(!saved);
    QVERIFY(!why.isEmpty());
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")), before);
}

void TestAudit::appendOnly()
{
    const QString path = demoCopy(QStringLiteral("appendonly.db"));
    const QByteArray hash = fileHash(path);
    for (const QString &sql : { QStringLiteral("DELETE FROM audit_log WHERE id = 5"),
             QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE id = 5"),
             QStringLiteral("DELETE FROM audit_seals"), QStringLiteral("UPDATE audit_seals SET hash = 'x'") }) {
        const Result r = sqliteShell(path, sql);
        QVERIFY2(r.code != 0, qPrintable(sql));
        QVERIFY2(r.err.contains(QStringLiteral("append-only")), qPrintable(r.err));
    }
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(runCli({ QStringLiteral("check"), path }).code, 0);
}

void TestAudit::checkFindsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("entry changed") << QStringLiteral(
        "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET new_values = replace(new_values, '核实', '删除') "
        "WHERE id = 5;") << QStringLiteral("entries 5 to 5");
    QTest::newRow("entry removed") << QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 7;")
                                   << QStringLiteral("entries 7 to 7");
    QTest::newRow("seal removed") << QStringLiteral(
        "DROP TRIGGER audit_seals_no_delete; DELETE FROM audit_seals WHERE id = (SELECT max(id) FROM audit_seals);")
                                  << QStringLiteral("was removed");
    QTest::newRow("end cut off") << QStringLiteral(
        "DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_seals_no_delete; DELETE FROM audit_log WHERE id > 10; "
        "DELETE FROM audit_seals WHERE last_entry > 10;")
                                 << QStringLiteral("were removed");
}

void TestAudit::checkFindsTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const QString path = demoCopy(QStringLiteral("tampered.db"));
    const Result edit = sqliteShell(path, sql);
    QVERIFY2(edit.code == 0, qPrintable(edit.err));
    const Result r = runCli({ QStringLiteral("check"), path, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("[audit_chain]")), qPrintable(r.out));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

void TestAudit::sqliteShellChangesAreOutside()
{
    const QString path = demoCopy(QStringLiteral("outside.db"));
    QVERIFY(sqliteShell(path, QStringLiteral("UPDATE households SET members = members + 1 WHERE id IN (1, 2, 3);")).code == 0);
    // Recorded, but by no one Tongxin knows: check warns and names them, and the file is sound.
    Result r = runCli({ QStringLiteral("check"), path, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("[audit_outside]")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("3 changes to the registered poor households were made by another program")),
        qPrintable(r.out));
    r = runCli({ QStringLiteral("audit"), path, QStringLiteral("--table"), QStringLiteral("households"),
        QStringLiteral("--record"), QStringLiteral("2"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1); // the demo's rows are its one entry
    const QJsonObject last = list.at(0).toObject();
    QCOMPARE(last.value(QStringLiteral("operation")).toString(), QStringLiteral("update"));
    QVERIFY(last.value(QStringLiteral("user")).isNull());
    QVERIFY(last.value(QStringLiteral("program")).isNull());
    QCOMPARE(last.value(QStringLiteral("new")).toObject().value(QStringLiteral("members")).toInt(),
        last.value(QStringLiteral("old")).toObject().value(QStringLiteral("members")).toInt() + 1);
    // A later write by Tongxin seals them with its own: the chain holds, and they stay reported.
    {
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE id > "
                                               "(SELECT max(last_entry) FROM audit_seals)")),
            3);
        QVERIFY(db.setSetting(QStringLiteral("office_name"), QStringLiteral("河西区合作交流办")));
        QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE id > "
                                               "(SELECT max(last_entry) FROM audit_seals)")),
            0);
        QVERIFY(AuditTrail::verify(db.db()).isEmpty());
        QCOMPARE(AuditTrail::outsideChanges(db.db()).size(), 1);
    }
    r = runCli({ QStringLiteral("check"), path, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("[audit_outside]")));
}

void TestAudit::importRecordsItsFile()
{
    const QString path = demoCopy(QStringLiteral("import.db"));
    const QString csv = m_dir.filePath(QStringLiteral("visits.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Direction,Start date,Western unit,Leader,Size,Purpose,Agreements signed\n"
                "east_to_west,2020-05-06,庄浪县,李四,6,考察产业项目,1\n");
    }
    Result r = runCli({ QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("visits"), csv });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    r = runCli({ QStringLiteral("audit"), path, QStringLiteral("--operation"), QStringLiteral("import"),
        QStringLiteral("--table"), QStringLiteral("visits"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject entry = list.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("table")).toString(), QStringLiteral("visits"));
    QCOMPARE(entry.value(QStringLiteral("program")).toString(), QStringLiteral("tongxin-cli"));
    const QJsonObject report = entry.value(QStringLiteral("new")).toObject();
    QCOMPARE(report.value(QStringLiteral("file")).toString(), QStringLiteral("visits.csv"));
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(fileHash(csv).toHex()));
    QCOMPARE(report.value(QStringLiteral("added")).toInt(), 1);
    // And the row it added, right before its own entry.
    r = runCli({ QStringLiteral("audit"), path, QStringLiteral("--table"), QStringLiteral("visits"), QStringLiteral("--limit"),
        QStringLiteral("2"), QStringLiteral("--json") });
    const QJsonArray two = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(1).toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("insert"));
    QCOMPARE(two.at(1).toObject().value(QStringLiteral("new")).toObject().value(QStringLiteral("leader")).toString(),
        QStringLiteral("李四"));
    QCOMPARE(runCli({ QStringLiteral("check"), path }).code, 0);
}

void TestAudit::salesImportIsOneEntry()
{
    const QString path = demoCopy(QStringLiteral("sales.db"));
    const QString csv = m_dir.filePath(QStringLiteral("sales.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("日期,渠道,销售网点,来源县区,品类,产品,数量,单位,金额（元）,购买方类型,以购代捐,来源单号\n"
                "2020-03-01,institutional,,庄浪县,蔬菜,马铃薯,100,箱,3000.00,government,0,AUDIT-1\n"
                "2020-03-02,institutional,,庄浪县,蔬菜,马铃薯,50,箱,1500.00,government,0,AUDIT-2\n");
    }
    const qint64 entriesBefore = runCli({ QStringLiteral("audit"), path, QStringLiteral("--json") }).out.count(
        QStringLiteral("\"operation\""));
    Result r = runCli({ QStringLiteral("import-sales"), path, csv });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    r = runCli({ QStringLiteral("audit"), path, QStringLiteral("--table"), QStringLiteral("sales"), QStringLiteral("--json") });
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1); // the import, not a row per sale
    const QJsonObject report = list.at(0).toObject().value(QStringLiteral("new")).toObject();
    QCOMPARE(report.value(QStringLiteral("added")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("last_id")).toInteger() - report.value(QStringLiteral("first_id")).toInteger(), 1);
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(fileHash(csv).toHex()));
    QCOMPARE(report.value(QStringLiteral("amount_fen")).toInteger(), 450000);
    QCOMPARE(runCli({ QStringLiteral("audit"), path, QStringLiteral("--json") }).out.count(QStringLiteral("\"operation\"")),
        entriesBefore + 1);
    // The insert trigger is back: a sale added by hand is recorded row by row.
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'audit_sales_insert'")), 1);
}

void TestAudit::auditCommandFilters()
{
    Result r = runCli({ QStringLiteral("audit"), m_demo, QStringLiteral("--table"), QStringLiteral("households"),
        QStringLiteral("--record"), QStringLiteral("12"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("changed registered poor households #12")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Notes: ")) && r.out.contains(QStringLiteral("→ 核实 12")), qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('#')), 2); // one entry: "#id … #12"
    r = runCli({ QStringLiteral("audit"), m_demo, QStringLiteral("--operation"), QStringLiteral("import"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.out.contains(QStringLiteral("imported the whole database")) && r.out.contains(QStringLiteral("sales records 22,753")),
        qPrintable(r.out));
    r = runCli({ QStringLiteral("audit"), m_demo, QStringLiteral("--by"), QStringLiteral("nobody-here") });
    QCOMPARE(r.code, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isNull());
    r = runCli({ QStringLiteral("audit"), m_demo, QStringLiteral("--since"), QStringLiteral("2999-01-01"),
        QStringLiteral("--json"), QStringLiteral("--compact") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("[]"));
    r = runCli({ QStringLiteral("audit"), m_demo, QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 5);
    // Usage errors name the mistake.
    r = runCli({ QStringLiteral("audit"), m_demo, QStringLiteral("--table"), QStringLiteral("nope"), QStringLiteral("--lang"),
        QStringLiteral("en") });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("No audited table")));
    r = runCli({ QStringLiteral("audit"), m_demo, QStringLiteral("--since"), QStringLiteral("yesterday") });
    QCOMPARE(r.code, 2);
    // Reading the trail never writes.
    const QByteArray hash = fileHash(m_demo);
    runCli({ QStringLiteral("audit"), m_demo });
    QCOMPARE(fileHash(m_demo), hash);
}

void TestAudit::schema4UpgradeKeepsEveryRow()
{
    // A schema-4 file: the demo without what versions 5, 6 and 7 add.
    const QString path = demoCopy(QStringLiteral("v4.db"));
    QStringList drop { QStringLiteral("DROP TABLE audit_log; DROP TABLE audit_seals; DROP TABLE audit_context;") };
    for (const QString &name : AuditTrail::triggerNames() + PeriodLocks::triggerNames())
        drop << QStringLiteral("DROP TRIGGER %1;").arg(name);
    drop << QStringLiteral("DROP TABLE period_locks; DROP TABLE account_units; DROP TABLE accounts;");
    drop << QStringLiteral("DELETE FROM sqlite_sequence WHERE name LIKE 'audit%'; PRAGMA user_version = 4;");
    QVERIFY(sqliteShell(path, drop.join(QLatin1Char(' '))).code == 0);
    QHash<QString, qint64> rows;
    for (const QString &table : AuditTrail::auditedTables())
        rows.insert(table, sqliteShell(path, QStringLiteral("SELECT count(*) FROM %1").arg(table)).out.toLongLong());
    QVERIFY(rows.value(QStringLiteral("sales")) > 0);

    Database db;
    QVERIFY(db.open(path));
    QVERIFY(!db.upgradeCopy().isEmpty());
    QCOMPARE(count(db.db(), QStringLiteral("PRAGMA user_version")), qint64(Schema::Version));
    for (const QString &table : AuditTrail::auditedTables())
        QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)), rows.value(table));
    // The trail starts empty and records from now on.
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    QString why;
    QVERIFY(db.setSetting(QStringLiteral("office_name"), QStringLiteral("河西区合作交流办")));
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'settings'")), 1);
    db.close();
    QCOMPARE(runCli({ QStringLiteral("check"), path }).code, 0);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"

// Period locks (issue #14): `tongxin-cli lock` a year of a western unit (or of all) and no dated
// record of it can be added, changed, moved in or deleted — through core (a message naming the
// lock), a register import, a sales import or the plain sqlite3 shell (the triggers), each
// refusal leaving the file byte-identical; unlocking needs a reason and keeps the lock's row;
// locks and unlocks are in the audit trail.

#include "common/dbfilefixture.h"

#include "db/database.h"
#include "db/periodlocks.h"
#include "records/recordops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;
using dbfiletest::fileHash;
using dbfiletest::Result;
using dbfiletest::runCli;
using dbfiletest::sqliteShell;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coreRefusesEveryWriteIntoALockedYear();
    void importsAndTheShellAreRefusedToo();
    void unlockNeedsAReasonAndKeepsTheLock();

private:
    dbfiletest::DemoCopies m_f;
};

void TestLocks::initTestCase()
{
    QVERIFY(m_f.setUp());
}

void TestLocks::coreRefusesEveryWriteIntoALockedYear()
{
    const QString path = m_f.copy(QStringLiteral("core.db"));
    Result r = runCli({ QStringLiteral("lock"), path, QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--county"),
        QStringLiteral("庄浪县"), QStringLiteral("--reason"), QStringLiteral("已报省审核"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Locking it again says who locked it.
    r = runCli({ QStringLiteral("lock"), path, QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--county"),
        QStringLiteral("庄浪县"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Already locked: 2019 · 庄浪县")), qPrintable(r.err));

    Database db;
    QVERIFY(db.open(path));
    const auto allocation = [&](int year, qint64 county) {
        return QVariantMap { { QStringLiteral("county_id"), county }, { QStringLiteral("year"), year },
            { QStringLiteral("amount_fen"), 100000 }, { QStringLiteral("source"), QStringLiteral("district") } };
    };
    QString why;
    RecordChange change;
    // Added into the locked year and unit: refused, naming the lock.
    QVERIFY(!RecordOps::save(db.db(), QStringLiteral("fund_allocations"), 0, allocation(2019, m_f.zhuanglang), &change, &why));
    QVERIFY2(why.contains(QStringLiteral("locked period")) && why.contains(QStringLiteral("已报省审核")), qPrintable(why));
    // Another unit, another year: written.
    QVERIFY2(RecordOps::save(db.db(), QStringLiteral("fund_allocations"), 0, allocation(2019, m_f.kongtong), &change, &why),
        qPrintable(why));
    QVERIFY2(RecordOps::save(db.db(), QStringLiteral("fund_allocations"), 0, allocation(2018, m_f.zhuanglang), &change, &why),
        qPrintable(why));
    const qint64 free = change.id;
    // Moved into the locked year: refused; a locked record changed or deleted: refused.
    why.clear();
    QVERIFY(!RecordOps::save(db.db(), QStringLiteral("fund_allocations"), free, { { QStringLiteral("year"), 2019 } }, &change, &why));
    QVERIFY(why.contains(QStringLiteral("locked period")));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM fund_allocations WHERE year = 2019 AND county_id = %1 LIMIT 1").arg(m_f.zhuanglang))
        && q.next());
    const qint64 locked = q.value(0).toLongLong();
    why.clear();
    QVERIFY(!RecordOps::save(db.db(), QStringLiteral("fund_allocations"), locked, { { QStringLiteral("notes"), QStringLiteral("x") } },
        &change, &why));
    QVERIFY(why.contains(QStringLiteral("locked period")));
    why.clear();
    QVERIFY(!RecordOps::remove(db.db(), QStringLiteral("fund_allocations"), locked, &change, &why));
    QVERIFY(why.contains(QStringLiteral("locked period")));
    // A dated record whose unit comes through another record: a payment of a 庄浪县 project.
    QVERIFY(q.exec(QStringLiteral("SELECT pp.id FROM project_payments pp JOIN projects p ON p.id = pp.project_id "
                                  "WHERE p.county_id = %1 AND pp.pay_date LIKE '2019%' LIMIT 1")
                       .arg(m_f.zhuanglang))
        && q.next());
    why.clear();
    QVERIFY(!RecordOps::remove(db.db(), QStringLiteral("project_payments"), q.value(0).toLongLong(), &change, &why));
    QVERIFY2(why.contains(QStringLiteral("locked period")), qPrintable(why));
    // Every unit's 2020, locked in core: any unit refused.
    QVERIFY2(PeriodLocks::lock(db.db(), 2020, 0, QString(), &why), qPrintable(why));
    why.clear();
    QVERIFY(!RecordOps::save(db.db(), QStringLiteral("fund_allocations"), 0, allocation(2020, m_f.kongtong), &change, &why));
    QVERIFY2(why.contains(QStringLiteral("every western unit")), qPrintable(why));
    QVector<PeriodLock> locks;
    QVERIFY(PeriodLocks::active(db.db(), &locks, &why));
    QCOMPARE(locks.size(), 2);
    db.close();
    r = runCli({ QStringLiteral("lock"), path, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2019 · 庄浪县, locked by")) && r.out.contains(QStringLiteral("2020 · every western unit")),
        qPrintable(r.out));
    QCOMPARE(runCli({ QStringLiteral("check"), path }).code, 0);
}

void TestLocks::importsAndTheShellAreRefusedToo()
{
    const QString path = m_f.copy(QStringLiteral("imports.db"));
    QCOMPARE(runCli({ QStringLiteral("lock"), path, QStringLiteral("--year"), QStringLiteral("2019") }).code, 0);
    const QByteArray before = fileHash(path);
    // The plain sqlite3 shell: the triggers refuse an insert, an update and a delete.
    for (const QString &sql :
        { QStringLiteral("INSERT INTO fund_allocations (county_id, year, amount_fen, source) VALUES (%1, 2019, 1, 'district')")
                .arg(m_f.zhuanglang),
            QStringLiteral("UPDATE sales SET amount_fen = amount_fen + 1 WHERE sale_date LIKE '2019-03%'"),
            QStringLiteral("DELETE FROM trainings WHERE train_date LIKE '2019%'"),
            QStringLiteral("DELETE FROM period_locks"), QStringLiteral("UPDATE period_locks SET year = 2018") }) {
        const Result r = sqliteShell(path, sql);
        QVERIFY2(r.code != 0, qPrintable(sql));
        QVERIFY2(r.err.contains(QStringLiteral("period_lock")), qPrintable(r.err));
    }
    QCOMPARE(fileHash(path), before);
    // A register import with a row of the locked year: refused, the row named, nothing written.
    const QString csv = m_f.dir.filePath(QStringLiteral("allocations.csv"));
    QVERIFY(writeFile(csv, "Western unit,Year,Amount,Source\n庄浪县,2018,10.00,district\n庄浪县,2019,10.00,district\n"));
    Result r = runCli({ QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("fund_allocations"), csv,
        QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 1);
    QVERIFY2((r.out + r.err).contains(QStringLiteral("locked period")), qPrintable(r.out + r.err));
    QCOMPARE(fileHash(path), before);
    // A sales import with a sale of the locked year: refused by the triggers, nothing written.
    const QString sales = m_f.dir.filePath(QStringLiteral("sales.csv"));
    QVERIFY(writeFile(sales, "日期,渠道,销售网点,来源县区,品类,产品,数量,单位,金额（元）,购买方类型,以购代捐,来源单号\n"
                             "2019-03-01,institutional,,庄浪县,蔬菜,马铃薯,100,箱,3000.00,government,0,LOCK-1\n"));
    r = runCli({ QStringLiteral("import-sales"), path, sales, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY(r.code != 0);
    QVERIFY2((r.out + r.err).contains(QStringLiteral("locked period: 2019 · every western unit")), qPrintable(r.out + r.err));
    QCOMPARE(fileHash(path), before);
}

void TestLocks::unlockNeedsAReasonAndKeepsTheLock()
{
    const QString path = m_f.copy(QStringLiteral("unlock.db"));
    QCOMPARE(runCli({ QStringLiteral("lock"), path, QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--county"),
                 QStringLiteral("庄浪县") })
                 .code,
        0);
    // No reason: a usage error; a year not locked: refused.
    QCOMPARE(runCli({ QStringLiteral("unlock"), path, QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--county"),
                 QStringLiteral("庄浪县") })
                 .code,
        2);
    QCOMPARE(runCli({ QStringLiteral("unlock"), path, QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--reason"),
                 QStringLiteral("x") })
                 .code,
        1);
    const Result r = runCli({ QStringLiteral("unlock"), path, QStringLiteral("--year"), QStringLiteral("2019"),
        QStringLiteral("--county"), QStringLiteral("庄浪县"), QStringLiteral("--reason"), QStringLiteral("省里退回修改") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Writable again; the lock's row kept with who unlocked it and why.
    QVERIFY(sqliteShell(path, QStringLiteral("UPDATE fund_allocations SET notes = 'ok' WHERE year = 2019")).code == 0);
    QCOMPARE(sqliteShell(path, QStringLiteral("SELECT count(*) || ' ' || unlock_reason FROM period_locks")).out,
        QStringLiteral("1 省里退回修改"));
    // Both acts are in the audit trail.
    const Result audit = runCli({ QStringLiteral("audit"), path, QStringLiteral("--table"), QStringLiteral("period_locks"),
        QStringLiteral("--json") });
    const QJsonArray list = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("update"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("new")).toObject().value(QStringLiteral("unlock_reason")).toString(),
        QStringLiteral("省里退回修改"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("insert"));
    // Locked again later: a new lock beside the old one.
    QCOMPARE(runCli({ QStringLiteral("lock"), path, QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--county"),
                 QStringLiteral("庄浪县") })
                 .code,
        0);
    QCOMPARE(sqliteShell(path, QStringLiteral("SELECT count(*) FROM period_locks")).out, QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestLocks)
#include "test_locks.moc"

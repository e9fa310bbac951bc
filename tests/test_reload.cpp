// Which tables a write changed (core: Database::takeChangedTables), and the window reloading
// after a write only the pages that show them: the page shown at once, the others when the
// user next chooses them from the sidebar.

#include "common/uifixture.h"
#include "common/userdriver2.h"
#include "consumption/salesledger.h"
#include "consumption/salesmodel.h"
#include "consumption/salespage.h"
#include "funds/fundspage.h"
#include "funds/projectediting.h"
#include "funds/projectledgerview.h"
#include "money/money.h"
#include "records/recordactions.h"
#include "records/recorddialog.h"

#include <QAbstractItemModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tongxin;
using uitest::valueText;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestReload final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.fresh()); }
    void cleanup() { m_f.tearDown(); }

    void committedWritesNameTheirTables();
    void hiddenPagesReloadWhenShown();

private:
    uitest::Fixture m_f;
};

void TestReload::committedWritesNameTheirTables()
{
    Database db;
    QVERIFY(db.open(m_f.path));
    QVERIFY(db.takeChangedTables().isEmpty()); // opening writes nothing
    QSqlQuery q(db.db());

    // A statement on its own commits by itself.
    QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = '和平区' WHERE key = 'office_name'")));
    QCOMPARE(db.takeChangedTables(), QSet<QString> { QStringLiteral("settings") });
    QVERIFY(db.takeChangedTables().isEmpty()); // taken once

    // A transaction rolled back changed nothing.
    QVERIFY(db.db().transaction());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM project_payments")));
    QVERIFY(db.db().rollback());
    QVERIFY(db.takeChangedTables().isEmpty());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM project_payments")), 2);

    // One committed: every table it wrote, once; nothing before the commit.
    QVERIFY(db.db().transaction());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO project_payments (project_id, pay_date, amount_fen) "
                                  "VALUES (1, '2018-07-01', 100)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE projects SET status = 'completed' WHERE id = 2")));
    QVERIFY(q.exec(QStringLiteral("UPDATE projects SET notes = 'x' WHERE id = 1")));
    QVERIFY(db.takeChangedTables().isEmpty());
    QVERIFY(db.db().commit());
    QCOMPARE(db.takeChangedTables(),
        (QSet<QString> { QStringLiteral("project_payments"), QStringLiteral("projects") }));

    // A statement that matched no row wrote nothing.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sales WHERE id = -1")));
    QVERIFY(db.takeChangedTables().isEmpty());
}

void TestReload::hiddenPagesReloadWhenShown()
{
    Database check; // a connection of the test's own, for counting rows
    QVERIFY(check.open(m_f.path, nullptr, Database::Access::ReadOnly));
    MainWindow w;
    // The sales ledger seen once (it reads its rows when first shown), then Funds.
    auto *sales = usertest::openAtPage<SalesPage>(w, m_f.path, QStringLiteral("consumption"));
    QVERIFY(sales);
    QTRY_COMPARE(sales->ledger()->model()->rowCount(), 1);
    QVERIFY(usertest::choosePage(w, QStringLiteral("funds")));
    auto *funds = qobject_cast<FundsPage *>(w.page(QStringLiteral("funds")));
    QVERIFY(funds);
    const QString paidBefore = valueText(w, "fiscal_aid_paid_fen");
    QCOMPARE(paidBefore, Money::format(uitest::Paid2018 + uitest::Paid2019));
    QSignalSpy salesReloaded(static_cast<QAbstractItemModel *>(sales->ledger()->model()), &QAbstractItemModel::modelReset);

    // A payment of 1,000 yuan to the first project, through Pay… and the form's Save.
    QVERIFY(usertest::clickRowWithId(funds->ledger()->list(), 1)); // its row clicked
    auto *pay = funds->editing()->findChild<QPushButton *>(QStringLiteral("payButton"));
    QVERIFY(pay);
    QTRY_VERIFY(pay->isEnabled());
    RecordActions::setDialogDriver(usertest::driver([](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("pay_date"), QStringLiteral("2018-09-01")));
        usertest::retype(d.editor(QStringLiteral("amount_fen")), QStringLiteral("1000"));
        usertest::clickSave(&d);
    }));
    QVERIFY(usertest::click(pay));
    RecordActions::setDialogDriver({});
    QCOMPARE(scalar(check, QStringLiteral("SELECT count(*) FROM project_payments")), 3);

    // The dashboard, hidden, still shows what it read; chosen from the sidebar, it reads again.
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), paidBefore);
    QVERIFY(usertest::choosePage(w, QStringLiteral("dashboard")));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(uitest::Paid2018 + uitest::Paid2019 + 100000));

    // The sales ledger shows no table the payment changed: not read again, even when shown.
    QVERIFY(usertest::choosePage(w, QStringLiteral("consumption")));
    QTest::qWait(50);
    QCOMPARE(salesReloaded.count(), 0);

    // Edit ▸ Undo: the page shown (the ledger) is not concerned, the dashboard is, when shown.
    QVERIFY(usertest::chooseUndo(&w));
    QCOMPARE(scalar(check, QStringLiteral("SELECT count(*) FROM project_payments")), 2);
    QCOMPARE(salesReloaded.count(), 0);
    QVERIFY(usertest::choosePage(w, QStringLiteral("dashboard")));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), paidBefore);
}

QTEST_MAIN(TestReload)
#include "test_reload.moc"

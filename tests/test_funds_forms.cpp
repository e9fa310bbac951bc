// The Funds page's writes: a project and its payments through the forms, with the charts
// following; a payment above the budget refused with the database unchanged; the budget warning;
// progress updates; attachments (20 MB limit); Edit ▸ Undo and Redo of the main window.

#include "common/userdriver2.h"
#include "db/database.h"
#include "funds/allocationsdialog.h"
#include "funds/fundschartswidget.h"
#include "funds/fundspage.h"
#include "funds/projectdetailwidget.h"
#include "funds/projectediting.h"
#include "funds/projectledgerview.h"
#include "money/money.h"
#include "records/lookupcombo.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "shell/filedialog.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "widgets/listview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tongxin;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The sum of the "paid" bars of the allocation chart, in its display unit.
double paidInChart(FundsPage &page)
{
    auto *bars = qobject_cast<QBarSeries *>(page.charts()->view(FundsChartsWidget::Allocation)->chart()->series().first());
    double sum = 0;
    const QBarSet *paid = bars->barSets().at(1);
    for (int i = 0; i < paid->count(); ++i)
        sum += paid->at(i);
    return sum;
}

void chooseUnit(RecordDialog &d)
{
    // Part of the name typed, the county picked from the names offered.
    QVERIFY(usertest::chooseName(d.findChild<LookupCombo *>(QStringLiteral("field_county_id")), QStringLiteral("庄浪")));
}

// The project's row of the ledger, clicked as a user picks it.
bool clickProject(FundsPage &page, qint64 project)
{
    return usertest::clickRowWithId(page.ledger()->list(), project) && page.detail()->projectId() == project;
}

// A button of the project's editing strip, pressed.
bool press(FundsPage &page, const char *name)
{
    auto *button = page.editing()->findChild<QPushButton *>(QLatin1String(name));
    return button && button->isEnabled() && usertest::click(button);
}

} // namespace

class TestFundsForms final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void projectPaymentsAndCharts();
    void allocationsFormAndTotals();

private:
    QTemporaryDir m_dir;
};

void TestFundsForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setRecordOnly(true);
}

void TestFundsForms::projectPaymentsAndCharts()
{
    Database db; // the test's own connection, for checks in SQL
    QVERIFY(db.create(m_dir.filePath(QStringLiteral("funds.db"))));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO places (id, side, level, name, is_poor) VALUES (10, 'west', 'county', '庄浪县', 1)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO fund_allocations (county_id, year, amount_fen) VALUES (10, 2020, 80000000)")));

    // In the main window, Funds chosen from its sidebar: the window reads its pages again after
    // every save, undo and redo, and Edit ▸ Undo / Redo are its menu's.
    MainWindow w;
    auto *funds = usertest::openAtPage<FundsPage>(w, db.path(), QStringLiteral("funds"));
    QVERIFY(funds);
    FundsPage &page = *funds;
    QCOMPARE(paidInChart(page), 0.0);

    // A project of 1,000,000 yuan: above the 800,000 allocated, so saved with a warning.
    RecordActions::setDialogDriver(usertest::driver([](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("name"), QStringLiteral("南湖镇人饮工程")));
        QVERIFY(usertest::enter(&d, QStringLiteral("year"), 2020));
        chooseUnit(d);
        QVERIFY(usertest::enter(&d, QStringLiteral("category"), QStringLiteral("drinking_water")));
        usertest::retype(d.editor(QStringLiteral("budget_fen")), QStringLiteral("1,000,000")); // typed
        QVERIFY(usertest::enter(&d, QStringLiteral("beneficiaries"), 900));
        QVERIFY(usertest::enter(&d, QStringLiteral("beneficiaries_poor"), 300));
        usertest::clickSave(&d);
    }));
    MessageBox::clearRecorded();
    QVERIFY(usertest::clickAction(&page, page.editing()->projectActions()->newAction())); // New…
    QCOMPARE(scalar(db, QStringLiteral("SELECT budget_fen FROM projects WHERE name = '南湖镇人饮工程'")), 100000000LL);
    QVERIFY(!MessageBox::recorded().isEmpty()); // the budget warning
    const qint64 project = scalar(db, QStringLiteral("SELECT id FROM projects"));
    QVERIFY(clickProject(page, project));
    QTRY_VERIFY(page.editing()->findChild<QPushButton *>(QStringLiteral("payButton"))->isEnabled());

    // A payment of 300,000 yuan: the chart's paid bar follows.
    auto pay = [](const QString &amount, QString *message) {
        return usertest::driver([=](RecordDialog &d) {
            QVERIFY(usertest::enter(&d, QStringLiteral("pay_date"), QStringLiteral("2020-06-01")));
            usertest::retype(d.editor(QStringLiteral("amount_fen")), amount); // typed
            usertest::clickSave(&d);
            if (message)
                *message = d.message();
            if (d.result() != QDialog::Accepted)
                usertest::clickCancel(&d);
        });
    };
    RecordActions::setDialogDriver(pay(QStringLiteral("300000"), nullptr));
    QVERIFY(press(page, "payButton")); // Pay…
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(amount_fen) FROM project_payments")), 30000000LL);
    QVERIFY(clickProject(page, project));
    QCOMPARE(paidInChart(page), 300.0); // thousand yuan: the test runs in English

    // 800,000 more would exceed the budget: refused, with the amounts, nothing written.
    QString message;
    RecordActions::setDialogDriver(pay(QStringLiteral("800000"), &message));
    QVERIFY(press(page, "payButton")); // refused in the form, then cancelled
    QVERIFY2(message.contains(QStringLiteral("budget")), qPrintable(message));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM project_payments")), 1);

    // Edit ▸ Undo takes the payment back; the chart follows. Edit ▸ Redo pays it again.
    MessageBox::clearRecorded();
    QVERIFY(usertest::chooseUndo(&w));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM project_payments")), 0);
    QCOMPARE(paidInChart(page), 0.0);
    QVERIFY(usertest::chooseRedo(&w));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM project_payments")), 1);
    QCOMPARE(paidInChart(page), 300.0);
    QVERIFY(MessageBox::recorded().isEmpty()); // no "Cannot Undo"

    // A progress update.
    QVERIFY(clickProject(page, project));
    RecordActions::setDialogDriver(usertest::driver([](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("update_date"), QStringLiteral("2020-07-01")));
        QVERIFY(usertest::enter(&d, QStringLiteral("text"), QStringLiteral("管网铺设完成一半")));
        QVERIFY(usertest::enter(&d, QStringLiteral("percent"), 50));
        usertest::clickSave(&d);
    }));
    QVERIFY(press(page, "progressButton")); // Record progress…
    QCOMPARE(scalar(db, QStringLiteral("SELECT percent FROM project_updates")), 50);

    // Attachments: a small file is kept byte for byte; one over 20 MB is refused.
    QVERIFY(clickProject(page, project));
    const QString small = m_dir.filePath(QStringLiteral("协议.pdf"));
    {
        QFile f(small);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 test");
    }
    {
        const auto chosen = usertest::whenFileDialog(small); // the file typed in the dialog, Return
        QVERIFY(press(page, "attachButton")); // Attach…
        QVERIFY(*chosen);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT size_bytes FROM project_attachments")), 13);
    const QString big = m_dir.filePath(QStringLiteral("big.jpg"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(20LL * 1024 * 1024 + 1));
    }
    MessageBox::clearRecorded();
    {
        const auto chosen = usertest::whenFileDialog(big);
        QVERIFY(press(page, "attachButton"));
        QVERIFY(*chosen);
    }
    QVERIFY(!MessageBox::recorded().isEmpty());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM project_attachments")), 1);

    RecordActions::setDialogDriver(nullptr);
    undoStack()->clear();
}

void TestFundsForms::allocationsFormAndTotals()
{
    Database db;
    QVERIFY(db.create(m_dir.filePath(QStringLiteral("alloc.db"))));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO places (id, side, level, name) VALUES (10, 'west', 'county', '庄浪县')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO fund_allocations (county_id, year, amount_fen) VALUES (10, 2019, 50000000)")));
    AllocationsDialog dialog(&db);
    QVERIFY(usertest::show(&dialog));
    QCOMPARE(dialog.list()->totalRowCount(), 1);
    RecordActions::setDialogDriver(usertest::driver([](RecordDialog &d) {
        chooseUnit(d);
        QVERIFY(usertest::enter(&d, QStringLiteral("year"), 2020));
        usertest::retype(d.editor(QStringLiteral("amount_fen")), QStringLiteral("1234567.8")); // typed
        QVERIFY(usertest::enter(&d, QStringLiteral("doc_no"), QStringLiteral("河西合发〔2020〕5号")));
        usertest::clickSave(&d);
    }));
    QVERIFY(usertest::clickAction(&dialog, dialog.actions()->newAction())); // New…
    QCOMPARE(scalar(db, QStringLiteral("SELECT amount_fen FROM fund_allocations WHERE year = 2020")), 123456780LL);
    QCOMPARE(dialog.list()->totalRowCount(), 2);
    // Totals: one unit row and the total row; columns 2019, 2020 and the total.
    QCOMPARE(dialog.totals()->rowCount(), 2);
    QCOMPARE(dialog.totals()->columnCount(), 3);
    // One unit for the whole table, named in every column header.
    const Money::Unit unit = Money::displayUnitOf(Money::currentStyle());
    QCOMPARE(dialog.totals()->item(1, 2)->text(), Money::amount(50000000LL + 123456780LL, unit));
    QVERIFY(dialog.totals()->horizontalHeaderItem(0)->text().contains(Money::unitName(unit)));
    QVERIFY(dialog.totals()->horizontalHeaderItem(2)->text().contains(Money::unitName(unit)));
    RecordActions::setDialogDriver(nullptr);
    undoStack()->clear();
}

QTEST_MAIN(TestFundsForms)
#include "test_funds_forms.moc"

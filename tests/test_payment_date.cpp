// The payment form's date (found by a new user): a payment of a 2017 project recorded in 2026
// starts dated in 2017, not today, and a date before the project's funding year or outside the
// office's cooperation period is warned about inside the form, while it can still be saved;
// the warning appearing does not move the fields.

#include "common/userdriver2.h"
#include "db/database.h"
#include "funds/fundspage.h"
#include "funds/fundsrules.h"
#include "funds/projectediting.h"
#include "funds/projectledgerview.h"
#include "records/recorddialog.h"
#include "shell/messagebox.h"

#include "widgets/datefield.h"
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tongxin;

class TestPaymentDate final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultDateInTheProjectsYear();
    void warnedOutsideThePeriod();

private:
    bool makeDatabase(Database &db, const QString &name);
    QTemporaryDir m_dir;
};

void TestPaymentDate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setRecordOnly(true);
}

bool TestPaymentDate::makeDatabase(Database &db, const QString &name)
{
    if (!db.create(m_dir.filePath(name)))
        return false;
    QSqlQuery q(db.db());
    return q.exec(QStringLiteral("INSERT INTO places (id, side, level, name, is_poor) VALUES (10, 'west', 'county', '庄浪县', 1)"))
        && q.exec(QStringLiteral("INSERT INTO projects (id, name, year, county_id, category, budget_fen, status) "
                                 "VALUES (7, '南湖镇人饮工程', 2017, 10, 'drinking_water', 100000000, 'planned')"))
        && q.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('period_from', '2017'), ('period_to', '2020')"));
}

void TestPaymentDate::defaultDateInTheProjectsYear()
{
    Database db;
    QVERIFY(makeDatabase(db, QStringLiteral("default.db")));
    // The same month and day in the funding year; 29 February becomes the 28th.
    QCOMPARE(FundsRules::defaultPaymentDate(db.db(), 7, QDate(2026, 12, 2)), QDate(2017, 12, 2));
    QCOMPARE(FundsRules::defaultPaymentDate(db.db(), 7, QDate(2028, 2, 29)), QDate(2017, 2, 28));
    QCOMPARE(FundsRules::defaultPaymentDate(db.db(), 7, QDate(2017, 3, 4)), QDate(2017, 3, 4));
    QCOMPARE(FundsRules::defaultPaymentDate(db.db(), 999, QDate(2026, 1, 5)), QDate(2026, 1, 5));
    QVERIFY(FundsRules::paymentDateWarning(db.db(), 7, QDate(2018, 5, 1)).isEmpty());
    // A project whose works started on 5 April 2017: a payment dated before is warned about
    // (a year typed wrong into the date), naming the start; one on or after it is not.
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("UPDATE projects SET start_date = '2017-04-05' WHERE id = 7")));
    const QString before = FundsRules::paymentDateWarning(db.db(), 7, QDate(2017, 3, 15));
    QVERIFY2(before.contains(QStringLiteral("2017-04-05")) && before.contains(QStringLiteral("2017-03-15")),
        qPrintable(before));
    QVERIFY(FundsRules::paymentDateWarning(db.db(), 7, QDate(2017, 4, 5)).isEmpty());
}

void TestPaymentDate::warnedOutsideThePeriod()
{
    Database db;
    QVERIFY(makeDatabase(db, QStringLiteral("warned.db")));
    FundsPage page;
    page.resize(1280, 800);
    page.setDatabase(&db);
    QVERIFY(usertest::show(&page));
    QVERIFY(usertest::clickRowWithId(page.ledger()->list(), 7)); // its row clicked
    auto *pay = page.editing()->findChild<QPushButton *>(QStringLiteral("payButton"));
    QTRY_VERIFY(pay->isEnabled());

    QDate shown;
    QStringList warnings;
    bool warningVisible = false;
    auto done = usertest::whenForm([&](RecordDialog &d) {
        auto *date = qobject_cast<DateField *>(d.editor(QStringLiteral("pay_date")));
        shown = date->date();
        auto *label = d.findChild<QLabel *>(QStringLiteral("formWarning"));
        warnings << d.warning(); // the default date: no warning
        // Where the fields are on the screen, under the user's mouse.
        const auto where = [&d] {
            QList<QRect> out;
            for (const char *column : { "amount_fen", "pay_date" }) {
                QWidget *editor = d.editor(QLatin1String(column));
                out << QRect(editor->mapToGlobal(QPoint(0, 0)), editor->size());
            }
            return out;
        };
        const QList<QRect> before = where();
        QVERIFY(usertest::typeDate(&d, QStringLiteral("pay_date"), QStringLiteral("2016-05-01")));
        warnings << d.warning(); // before the funding year
        warningVisible = label->isVisible();
        // The warning takes its room from the dialog: the fields do not move.
        QCOMPARE(where(), before);
        QVERIFY(!d.findChild<QScrollArea *>()->verticalScrollBar()->isVisible());
        if (qEnvironmentVariableIsSet("TONGXIN_SHOTS"))
            d.grab().save(qEnvironmentVariable("TONGXIN_SHOTS") + QStringLiteral("/payment_warning.png"));
        QVERIFY(usertest::fill(&d, QStringLiteral("amount_fen"), QStringLiteral("1000")));
        QVERIFY(usertest::typeDate(&d, QStringLiteral("pay_date"), QStringLiteral("2022-05-01")));
        warnings << d.warning(); // after the period
        // A warning, not a refusal: Save keeps the date the user typed.
        QVERIFY(usertest::clickSave(&d));
    });
    QTest::mouseClick(pay, Qt::LeftButton);
    QTRY_VERIFY(*done);

    QCOMPARE(shown.year(), 2017);
    QCOMPARE(shown.month(), QDate::currentDate().month());
    QCOMPARE(warnings.size(), 3);
    QVERIFY2(warnings.at(0).isEmpty(), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).contains(QStringLiteral("2016-05-01")) && warnings.at(1).contains(QStringLiteral("2017")),
             qPrintable(warnings.at(1)));
    QVERIFY(warningVisible);
    QVERIFY2(warnings.at(2).contains(QStringLiteral("2017–2020")), qPrintable(warnings.at(2)));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT pay_date, amount_fen FROM project_payments")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2022-05-01"));
    QCOMPARE(q.value(1).toLongLong(), 100000LL);
}

QTEST_MAIN(TestPaymentDate)
#include "test_payment_date.moc"

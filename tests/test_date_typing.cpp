// Dates typed as a user types them (found by a new user: 2018-03-15 typed over a date after
// Ctrl+A was saved as 2017-03-15, because Qt's section-by-section date editor kept the old
// year). Every date field of the app is a DateField: the whole text typed is the date, in the
// forms people write (2018-03-15, 2018/3/15, 2018.3.15, 2018年3月15日, 20180315); text that is
// not a date is refused with its reason and never saved; the calendar and the Up/Down keys work.

#include "common/userdriver2.h"
#include "db/database.h"
#include "domain/datetext.h"
#include "funds/fundspage.h"
#include "funds/projectediting.h"
#include "funds/projectledgerview.h"
#include "pairings/endpairingdialog.h"
#include "records/recorddialog.h"
#include "shell/messagebox.h"
#include "widgets/datefield.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tongxin;

class TestDateTyping final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsWhatPeopleType_data();
    void readsWhatPeopleType();
    void typedOverAnotherDate_data();
    void typedOverAnotherDate();
    void notADateIsNotTaken();
    void calendarAndKeys();
    void paymentFormSavesTheTypedDate();
    void endPairingRefusesADateBeforeTheStart();

private:
    QTemporaryDir m_dir;
};

void TestDateTyping::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setRecordOnly(true);
}

void TestDateTyping::readsWhatPeopleType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    const QDate d(2018, 3, 15);
    QTest::newRow("iso") << "2018-03-15" << d;
    QTest::newRow("short") << "2018-3-15" << d;
    QTest::newRow("slashes") << "2018/3/15" << d;
    QTest::newRow("dots") << "2018.03.15" << d;
    QTest::newRow("chinese") << "2018年3月15日" << d;
    QTest::newRow("spaced") << " 2018 - 3 - 15 " << d;
    QTest::newRow("compact") << "20180315" << d;
    QTest::newRow("time") << "2018-03-15 08:30" << d;
    QTest::newRow("no such day") << "2018-02-30" << QDate();
    QTest::newRow("month 13") << "2018-13-01" << QDate();
    QTest::newRow("two-digit year") << "18-3-15" << QDate();
    QTest::newRow("unfinished") << "2018-03" << QDate();
    QTest::newRow("before 1900") << "1899-12-31" << QDate();
    QTest::newRow("empty") << "" << QDate();
}

void TestDateTyping::readsWhatPeopleType()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(datetext::parse(text), date);
}

void TestDateTyping::typedOverAnotherDate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("iso") << "2018-03-15";
    QTest::newRow("slashes") << "2018/3/15";
    QTest::newRow("chinese") << "2018年3月15日";
    QTest::newRow("compact") << "20180315";
}

void TestDateTyping::typedOverAnotherDate()
{
    QFETCH(QString, typed);
    QWidget window;
    auto *field = new DateField(&window);
    auto *next = new QLineEdit(&window); // where Tab goes
    next->move(0, 40);
    field->setDate(QDate(2017, 6, 20));
    QSignalSpy changed(field, &DateField::dateChanged);
    QVERIFY(usertest::show(&window));
    // Clicked into, Ctrl+A, typed whole, Tab: the date typed, written back the one way.
    QVERIFY(usertest::typeDateText(field, typed));
    QCOMPARE(field->date(), QDate(2018, 3, 15));
    QCOMPARE(field->lineEdit()->text(), QStringLiteral("2018-03-15"));
    QVERIFY(field->isAcceptable());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toDate(), QDate(2018, 3, 15));
}

void TestDateTyping::notADateIsNotTaken()
{
    QWidget window;
    auto *field = new DateField(&window);
    (new QLineEdit(&window))->move(0, 40); // where Tab goes
    field->setDate(QDate(2017, 6, 20));
    QSignalSpy changed(field, &DateField::dateChanged);
    QVERIFY(usertest::show(&window));
    QVERIFY(usertest::typeDateText(field, QStringLiteral("2018-02-30")));
    // Left as typed, red, with its reason; the date held is still the last one that was.
    QCOMPARE(field->lineEdit()->text(), QStringLiteral("2018-02-30"));
    QVERIFY(!field->isAcceptable());
    QVERIFY2(field->problem().contains(QStringLiteral("2018-02-30")), qPrintable(field->problem()));
    QCOMPARE(field->lineEdit()->toolTip(), field->problem());
    QVERIFY(field->lineEdit()->palette().color(QPalette::Text) != window.palette().color(QPalette::Text));
    QCOMPARE(field->date(), QDate(2017, 6, 20));
    QCOMPARE(changed.count(), 0);
    // Letters are not taken at all: the text stays as it was.
    QVERIFY(usertest::typeDateText(field, QStringLiteral("abc")));
    QCOMPARE(field->lineEdit()->text(), QStringLiteral("2018-02-30"));
    // Outside the allowed range: refused with the limit.
    field->setDateRange(QDate(2019, 1, 1), QDate());
    QVERIFY(usertest::typeDateText(field, QStringLiteral("2018-12-31")));
    QVERIFY2(field->problem().contains(QStringLiteral("2019-01-01")), qPrintable(field->problem()));
    QVERIFY(usertest::typeDateText(field, QStringLiteral("2019-01-01")));
    QVERIFY(field->isAcceptable());
    QCOMPARE(field->date(), QDate(2019, 1, 1));
}

void TestDateTyping::calendarAndKeys()
{
    QWidget window;
    auto *field = new DateField(&window);
    field->setDate(QDate(2020, 5, 1));
    QVERIFY(usertest::show(&window));
    QLineEdit *edit = field->lineEdit();
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(edit->hasFocus());
    // Up and Down move the date by a day.
    QTest::keyClick(edit, Qt::Key_Up);
    QTest::keyClick(edit, Qt::Key_Up);
    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(field->date(), QDate(2020, 5, 2));
    QCOMPARE(edit->text(), QStringLiteral("2020-05-02"));
    // The arrow button opens the calendar on the date; a day chosen with the keys and Enter is
    // the date.
    QTest::mouseClick(field->calendarButton(), Qt::LeftButton);
    QTRY_VERIFY(field->calendar() != nullptr);
    QCalendarWidget *cal = field->calendar();
    QCOMPARE(cal->selectedDate(), QDate(2020, 5, 2));
    QTRY_VERIFY(cal->window()->isVisible());
    QWidget *grid = cal->focusWidget() ? cal->focusWidget() : cal;
    QTest::keyClick(grid, Qt::Key_Down); // a week later
    QTest::keyClick(grid, Qt::Key_Return);
    QTRY_VERIFY(field->calendar() == nullptr);
    QCOMPARE(field->date(), QDate(2020, 5, 9));
    QCOMPARE(edit->text(), QStringLiteral("2020-05-09"));
    // F4 opens it too; Esc closes it and changes nothing.
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_F4);
    QTRY_VERIFY(field->calendar() != nullptr);
    QWidget *popup = field->calendar()->window();
    QTest::keyClick(field->calendar()->focusWidget() ? field->calendar()->focusWidget() : popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(field->date(), QDate(2020, 5, 9));
}

namespace {

QString payments(Database &db)
{
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT group_concat(pay_date || ':' || amount_fen, ';') FROM project_payments"));
    return q.next() ? q.value(0).toString() : QStringLiteral("?");
}

} // namespace

void TestDateTyping::paymentFormSavesTheTypedDate()
{
    Database db;
    QVERIFY(db.create(m_dir.filePath(QStringLiteral("pay.db"))));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO places (id, side, level, name, is_poor) VALUES (10, 'west', 'county', '庄浪县', 1)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO projects (id, name, year, county_id, category, budget_fen, status) "
                                  "VALUES (7, '南湖镇人饮工程', 2017, 10, 'drinking_water', 100000000, 'planned')")));
    FundsPage page;
    page.resize(1280, 800);
    page.setDatabase(&db);
    QVERIFY(usertest::show(&page));
    QVERIFY(usertest::clickRowWithId(page.ledger()->list(), 7)); // the project's row clicked
    auto *pay = page.editing()->findChild<QPushButton *>(QStringLiteral("payButton"));
    QTRY_VERIFY(pay->isEnabled());

    // Not a date: Save refuses with the field's name and the reason, the form stays open with
    // what was typed, nothing is written; then Cancel.
    QString refused;
    QString kept;
    auto first = usertest::whenForm([&](RecordDialog &d) {
        QVERIFY(usertest::fill(&d, QStringLiteral("amount_fen"), QStringLiteral("1000")));
        QVERIFY(usertest::typeDateText(qobject_cast<DateField *>(d.editor(QStringLiteral("pay_date"))),
                                       QStringLiteral("2018-13-01")));
        QVERIFY(usertest::clickSave(&d));
        refused = d.message();
        kept = qobject_cast<DateField *>(d.editor(QStringLiteral("pay_date")))->lineEdit()->text();
        QVERIFY(d.isVisible());
        QVERIFY(usertest::clickCancel(&d));
    });
    QTest::mouseClick(pay, Qt::LeftButton);
    QTRY_VERIFY(*first);
    QVERIFY2(refused.contains(QStringLiteral("2018-13-01")), qPrintable(refused));
    QCOMPARE(kept, QStringLiteral("2018-13-01"));
    QCOMPARE(payments(db), QString());

    // Typed whole over the date offered (2017-…): the year typed is the year saved.
    auto second = usertest::whenForm([&](RecordDialog &d) {
        QVERIFY(usertest::fill(&d, QStringLiteral("amount_fen"), QStringLiteral("1000")));
        QVERIFY(usertest::typeDateText(qobject_cast<DateField *>(d.editor(QStringLiteral("pay_date"))),
                                       QStringLiteral("2018-03-15")));
        QVERIFY(usertest::clickSave(&d));
    });
    QTest::mouseClick(pay, Qt::LeftButton);
    QTRY_VERIFY(*second);
    QCOMPARE(payments(db), QStringLiteral("2018-03-15:100000"));
}

void TestDateTyping::endPairingRefusesADateBeforeTheStart()
{
    QString message;
    bool stayedOpen = false;
    QDate taken;
    EndPairingDialog::setDriver([&](EndPairingDialog &d) {
        usertest::show(&d);
        usertest::typeDateText(d.dateEdit(), QStringLiteral("2017-08-31"));
        usertest::clickSave(&d); // OK
        message = d.findChild<QLabel *>(QStringLiteral("message"))->text();
        stayedOpen = d.isVisible();
        usertest::typeDateText(d.dateEdit(), QStringLiteral("2021/6/30"));
        usertest::clickSave(&d);
        return d.result();
    });
    taken = EndPairingDialog::ask(nullptr, QStringLiteral("和平区 — 庄浪县"), QDate(2017, 9, 1));
    EndPairingDialog::setDriver({});
    QVERIFY(stayedOpen);
    QVERIFY2(message.contains(QStringLiteral("2017-09-01")), qPrintable(message));
    QCOMPARE(taken, QDate(2021, 6, 30));
}

QTEST_MAIN(TestDateTyping)
#include "test_date_typing.moc"

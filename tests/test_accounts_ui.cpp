// Accounts in the window (issue #14), used as a user uses them: Settings ▸ Accounts… ▸ Enable
// Accounts… creates the first administrator (two passwords that differ are refused, the form
// stays open; Cancel adds no one), and the title then names who works; a database with
// accounts asks who is working when File ▸ Open opens it (a wrong password is refused and asked
// again, Cancel leaves it unopened and unchanged); a viewer is not offered New, Edit, Delete or
// Import, the tooltip saying why; a county working group may not edit another unit's record.

#include "common/dbfilefixture.h"
#include "common/userdriver.h"

#include "accounts/accounts.h"
#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "shell/application.h"
#include "shell/filedialog.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "records/recordactions.h"
#include "records/recorddialog.h"
#include "registries/registriespage.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"
#include "stats/breakdowns.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;
using dbfiletest::fileHash;

namespace {

const QString AdminPassword = QStringLiteral("admin-pass-1");
const QString ViewerPassword = QStringLiteral("viewer-pass-1");
const QString CountyPassword = QStringLiteral("county-pass-1");

template <typename T>
T *child(QWidget *w, const char *name)
{
    T *found = w->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

} // namespace

class TestAccountsUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void enableAccountsThroughSettings();
    void signInWhenOpening();
    void cancelledSignInLeavesTheFileUnopened();
    void countyGroupEditsOnlyItsUnit();
    void locksFromSettings();

private:
    QString demoWithAccounts(const QString &name);
    bool openThroughMenu(MainWindow &w, const QString &path);
    /// File ▸ Open of `path`, signing in as `name` in the dialog it asks in (Sign In clicked).
    void openSignedIn(MainWindow &w, const QString &path, const QString &name, const QString &password);
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccountsUi::initTestCase()
{
    Application::configure();
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    MessageBox::setRecordOnly(false);
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestAccountsUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// The demo with an administrator, a viewer and 庄浪县's working group, made through core.
QString TestAccountsUi::demoWithAccounts(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QString why;
    if (!Demo::createFile(path, &why))
        return {};
    Database db;
    if (!db.open(path))
        return {};
    const qint64 zhuanglang = Breakdowns::findUnit(db.db(), QStringLiteral("庄浪县"));
    const bool made = Accounts::add(db.db(), QStringLiteral("王敏"), AccountRole::Administrator, {}, AdminPassword, &why)
        && Accounts::add(db.db(), QStringLiteral("访客"), AccountRole::Viewer, {}, ViewerPassword, &why)
        && Accounts::add(db.db(), QStringLiteral("庄浪组"), AccountRole::County, { zhuanglang }, CountyPassword, &why);
    if (!made)
        qWarning("%s", qPrintable(why));
    return made ? path : QString();
}

bool TestAccountsUi::openThroughMenu(MainWindow &w, const QString &path)
{
    FileDialog::setNextFileName(path);
    return usertest::chooseMenuItem(&w, QStringLiteral("menuFile"), QStringLiteral("actionOpen"));
}

void TestAccountsUi::openSignedIn(MainWindow &w, const QString &path, const QString &name, const QString &password)
{
    auto ran = usertest::whenModal([&](QWidget *dialog) {
        usertest::type(child<QLineEdit>(dialog, "signInName"), name);
        usertest::type(child<QLineEdit>(dialog, "signInPassword"), password);
        QVERIFY(usertest::click(child<QPushButton>(dialog, "signInButton")));
    });
    QVERIFY(openThroughMenu(w, path));
    QTRY_VERIFY(*ran);
    QVERIFY(w.database());
}

void TestAccountsUi::enableAccountsThroughSettings()
{
    const QString path = m_dir->filePath(QStringLiteral("plain.db"));
    QVERIFY(Demo::createFile(path));
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openThroughMenu(w, path)); // no accounts: no one asked
    QVERIFY(w.database());
    QVERIFY(!w.windowTitle().contains(QStringLiteral("administrator")));

    QString status;
    int rows = -1;
    QString formError;
    auto ran = usertest::whenModal([&](QWidget *dialog) {
        status = child<QLabel>(dialog, "accountsStatus")->text();
        auto *add = child<QPushButton>(dialog, "addAccount");
        QCOMPARE(add->text(), QStringLiteral("&Enable Accounts…"));
        // Enable Accounts…: the passwords differ first, then agree.
        auto form = usertest::whenModal([&](QWidget *f) {
            usertest::type(child<QLineEdit>(f, "accountName"), QStringLiteral("王敏"));
            usertest::type(child<QLineEdit>(f, "accountPassword"), AdminPassword);
            usertest::type(child<QLineEdit>(f, "accountPasswordAgain"), QStringLiteral("something-else"));
            QVERIFY(usertest::click(child<QPushButton>(f, "accountSave")));
            QVERIFY(f->isVisible());
            formError = child<QLabel>(f, "accountError")->text();
            usertest::retype(child<QLineEdit>(f, "accountPasswordAgain"), AdminPassword);
            QVERIFY(usertest::click(child<QPushButton>(f, "accountSave")));
        });
        QVERIFY(usertest::click(add));
        QVERIFY(*form);
        // Add Account…, then Cancel: no one added.
        QCOMPARE(add->text(), QStringLiteral("&Add Account…"));
        auto cancelled = usertest::whenModal([&](QWidget *f) {
            usertest::type(child<QLineEdit>(f, "accountName"), QStringLiteral("李芳"));
            QVERIFY(usertest::click(child<QPushButton>(f, "accountCancel")));
        });
        QVERIFY(usertest::click(add));
        QVERIFY(*cancelled);
        rows = child<QTableWidget>(dialog, "accountsTable")->rowCount();
        status = child<QLabel>(dialog, "accountsStatus")->text() + QLatin1Char('|') + status;
        QVERIFY(usertest::click(child<QPushButton>(dialog, "accountsClose")));
    });
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuSettings"), QStringLiteral("actionAccounts")));
    QTRY_VERIFY(*ran);
    QCOMPARE(formError, QStringLiteral("The two passwords differ."));
    QCOMPARE(rows, 1);
    QVERIFY2(status.startsWith(QStringLiteral("Signed in as 王敏 (administrator).|This database has no accounts")),
        qPrintable(status));
    QVERIFY2(w.windowTitle().contains(QStringLiteral("王敏 (administrator)")), qPrintable(w.windowTitle()));
    QVERIFY(Accounts::enabled(w.database()->db()));
    QSqlQuery q(w.database()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestAccountsUi::signInWhenOpening()
{
    const QString path = demoWithAccounts(QStringLiteral("accounts.db"));
    QVERIFY(!path.isEmpty());
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString refused;
    auto ran = usertest::whenModal([&](QWidget *dialog) {
        usertest::type(child<QLineEdit>(dialog, "signInName"), QStringLiteral("访客"));
        usertest::type(child<QLineEdit>(dialog, "signInPassword"), QStringLiteral("wrong-password"));
        QVERIFY(usertest::click(child<QPushButton>(dialog, "signInButton")));
        QVERIFY(dialog->isVisible());
        refused = child<QLabel>(dialog, "signInError")->text();
        // The password field is emptied for the next try; Enter signs in.
        QVERIFY(child<QLineEdit>(dialog, "signInPassword")->text().isEmpty());
        usertest::type(child<QLineEdit>(dialog, "signInPassword"), ViewerPassword);
        usertest::press(child<QLineEdit>(dialog, "signInPassword"), Qt::Key_Return);
    });
    QVERIFY(openThroughMenu(w, path));
    QTRY_VERIFY(*ran);
    QCOMPARE(refused, QStringLiteral("Wrong name or password."));
    QVERIFY(w.database());
    QVERIFY2(w.windowTitle().contains(QStringLiteral("访客 (viewer)")), qPrintable(w.windowTitle()));
    // A viewer is offered no write, and told why.
    for (const char *name : { "new_households", "import_households", "new_people", "delete_people" }) {
        auto *action = w.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(QStringLiteral("viewers read, export and print")), qPrintable(action->toolTip()));
    }
}

void TestAccountsUi::cancelledSignInLeavesTheFileUnopened()
{
    const QString path = demoWithAccounts(QStringLiteral("cancel.db"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileHash(path);
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto ran = usertest::whenModal([&](QWidget *dialog) {
        usertest::type(child<QLineEdit>(dialog, "signInName"), QStringLiteral("王敏"));
        QVERIFY(usertest::click(child<QPushButton>(dialog, "signInCancel")));
    });
    QVERIFY(openThroughMenu(w, path));
    QTRY_VERIFY(*ran);
    QVERIFY(!w.database());
    // Esc does the same.
    ran = usertest::whenModal([&](QWidget *dialog) { usertest::pressEscape(dialog); });
    QVERIFY(openThroughMenu(w, path));
    QTRY_VERIFY(*ran);
    QVERIFY(!w.database());
    QCOMPARE(fileHash(path), before);
}

void TestAccountsUi::countyGroupEditsOnlyItsUnit()
{
    const QString path = demoWithAccounts(QStringLiteral("county.db"));
    QVERIFY(!path.isEmpty());
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    openSignedIn(w, path, QStringLiteral("庄浪组"), CountyPassword);
    if (QTest::currentTestFailed())
        return;
    // The Registries page from the sidebar, its Households tab.
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    const int registries = w.pageIds().indexOf(QStringLiteral("registries"));
    QVERIFY(sidebar && registries >= 0);
    QVERIFY(usertest::clickIndex(sidebar, sidebar->model()->index(registries, 0)));
    auto *page = w.findChild<RegistriesPage *>();
    QVERIFY(page && page->isVisible());
    auto *tabs = page->findChild<QTabWidget *>();
    int tab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(page->list(RegistriesPage::Households))
            || tabs->widget(i) == page->list(RegistriesPage::Households))
            tab = i;
    }
    QVERIFY(usertest::clickTab(tabs, tab));
    ListView *list = page->list(RegistriesPage::Households);
    QTableView *table = list->tableView();
    // New is offered (whose a record is shows once it is filled in).
    auto *newHousehold = list->findChild<QAction *>(QStringLiteral("new_households"));
    auto *edit = list->findChild<QAction *>(QStringLiteral("edit_households"));
    auto *remove = list->findChild<QAction *>(QStringLiteral("delete_households"));
    QVERIFY(newHousehold && edit && remove);
    QVERIFY(newHousehold->isEnabled());
    // A household of each unit, by the rows' ids (rows of the view, as sorted, and of the list).
    const qint64 zhuanglang = Breakdowns::findUnit(w.database()->db(), QStringLiteral("庄浪县"));
    int own = -1;
    int other = -1;
    for (int row = 0; row < table->model()->rowCount() && (own < 0 || other < 0); ++row) {
        QSqlQuery q(w.database()->db());
        q.prepare(QStringLiteral("SELECT u.unit_id FROM households h JOIN place_units u ON u.place_id = h.village_id "
                                 "WHERE h.id = ?"));
        q.addBindValue(list->value(list->proxy()->mapToSource(table->model()->index(row, 0)).row(), QStringLiteral("id")));
        QVERIFY(q.exec() && q.next());
        (q.value(0).toLongLong() == zhuanglang ? own : other) = row;
    }
    QVERIFY(own >= 0 && other >= 0);
    int shown = 0; // a column the list shows
    while (table->isColumnHidden(shown))
        ++shown;
    QVERIFY(usertest::clickIndex(table, table->model()->index(other, shown)));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY2(edit->toolTip().contains(QStringLiteral("庄浪组 is a county working group (庄浪县)")), qPrintable(edit->toolTip()));
    // Its own unit's household: offered, and saved through its form.
    QVERIFY(usertest::clickIndex(table, table->model()->index(own, shown)));
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());
    const qint64 id = list->value(list->currentRow(), QStringLiteral("id")).toLongLong();
    RecordActions::setDialogDriver(usertest::driver([](RecordDialog &form) {
        usertest::retype(form.findChild<QWidget *>(QStringLiteral("field_head_name")), QStringLiteral("庄浪组改"));
        QVERIFY(usertest::clickSave(&form));
    }));
    QVERIFY(usertest::clickAction(list, edit));
    RecordActions::setDialogDriver({});
    QSqlQuery q(w.database()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT head_name FROM households WHERE id = %1").arg(id)) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("庄浪组改"));
    QVERIFY(q.exec(QStringLiteral("SELECT user_name FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("庄浪组"));
}

// Settings ▸ Period Locks…: an administrator locks 2019 of 庄浪县 (Lock a Year…, the year typed,
// the unit chosen, Lock), is refused a second lock of it (the form stays, Cancel), unlocks it
// (Unlock… refused without a reason, then given one); a viewer is offered neither.
void TestAccountsUi::locksFromSettings()
{
    const QString path = demoWithAccounts(QStringLiteral("locks.db"));
    QVERIFY(!path.isEmpty());
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    openSignedIn(w, path, QStringLiteral("王敏"), AdminPassword);
    if (QTest::currentTestFailed())
        return;

    const auto lockForm = [](const QString &reason, bool expectRefusal, QString *refusal) {
        return usertest::whenModal([=](QWidget *f) {
            auto *year = child<QSpinBox>(f, "lockYear");
            usertest::retype(year, QStringLiteral("2019"));
            QVERIFY(usertest::chooseItem(child<QComboBox>(f, "lockUnit"), QStringLiteral("Zhuanglang County")));
            usertest::type(child<QLineEdit>(f, "lockReason"), reason);
            QVERIFY(usertest::click(child<QPushButton>(f, "lockSave")));
            if (expectRefusal) {
                QVERIFY(f->isVisible());
                *refusal = child<QLabel>(f, "lockError")->text();
                QVERIFY(usertest::click(child<QPushButton>(f, "lockCancel")));
            }
        });
    };
    int rowsAfterLock = -1;
    QString again;
    QString noReason;
    int rowsAfterUnlock = -1;
    auto ran = usertest::whenModal([&](QWidget *dialog) {
        auto *table = child<QTableWidget>(dialog, "locksTable");
        QCOMPARE(table->rowCount(), 0);
        auto *lock = child<QPushButton>(dialog, "lockYearButton");
        auto *unlock = child<QPushButton>(dialog, "unlockButton");
        QVERIFY(!unlock->isEnabled()); // nothing selected
        auto form = lockForm(QStringLiteral("已报省审核"), false, nullptr);
        QVERIFY(usertest::click(lock));
        QVERIFY(*form);
        rowsAfterLock = table->rowCount();
        form = lockForm(QString(), true, &again);
        QVERIFY(usertest::click(lock));
        QVERIFY(*form);
        QVERIFY(usertest::clickIndex(table, table->model()->index(0, 0)));
        QVERIFY(unlock->isEnabled());
        auto unlockForm = usertest::whenModal([&](QWidget *f) {
            QVERIFY(usertest::click(child<QPushButton>(f, "lockSave")));
            QVERIFY(f->isVisible());
            noReason = child<QLabel>(f, "lockError")->text();
            usertest::type(child<QLineEdit>(f, "lockReason"), QStringLiteral("更正2019年数据"));
            QVERIFY(usertest::click(child<QPushButton>(f, "lockSave")));
        });
        QVERIFY(usertest::click(unlock));
        QVERIFY(*unlockForm);
        rowsAfterUnlock = table->rowCount();
        QVERIFY(usertest::click(child<QPushButton>(dialog, "locksClose")));
    });
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuSettings"), QStringLiteral("actionLocks")));
    QTRY_VERIFY(*ran);
    QCOMPARE(rowsAfterLock, 1);
    QVERIFY2(again.startsWith(QStringLiteral("Already locked: 2019 · 庄浪县, locked by 王敏")), qPrintable(again));
    QVERIFY2(noReason.startsWith(QStringLiteral("Unlocking needs a reason")), qPrintable(noReason));
    QCOMPARE(rowsAfterUnlock, 0);
    QSqlQuery q(w.database()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT locked_by || ' ' || reason || ' ' || unlocked_by || ' ' || unlock_reason FROM period_locks"))
        && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("王敏 已报省审核 王敏 更正2019年数据"));

    // A viewer sees the locks, and may not lock.
    QVERIFY(Accounts::signIn(w.database()->db(), QStringLiteral("访客"), ViewerPassword, nullptr));
    ran = usertest::whenModal([&](QWidget *dialog) {
        auto *lock = child<QPushButton>(dialog, "lockYearButton");
        QVERIFY(!lock->isEnabled());
        QVERIFY2(lock->toolTip().contains(QStringLiteral("Only an administrator may lock a year")), qPrintable(lock->toolTip()));
        QVERIFY(usertest::click(child<QPushButton>(dialog, "locksClose")));
    });
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuSettings"), QStringLiteral("actionLocks")));
    QTRY_VERIFY(*ran);
}

QTEST_MAIN(TestAccountsUi)
#include "test_accounts_ui.moc"

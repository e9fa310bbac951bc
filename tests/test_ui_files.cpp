// The File menu as a user meets it: New…, Open… and Backup copy… chosen with the mouse and
// answered in Qt's own file dialog by typing a name; files that are not ours refused by name;
// recent files remembered and the last one reopened; the demo opened or a reason given.

#include "common/uifixture.h"
#include "common/userdriver2.h"
#include "money/money.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace tongxin;
using namespace uitest;

class TestUiFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.fresh()); }
    void cleanup() { m_f.tearDown(); }

    void refusesFilesThatAreNotOurs();
    void fileMenuThroughTheFileDialog();
    void remembersFilesAndReopensLast();
    void demoOpensOrSaysWhy();

private:
    uitest::Fixture m_f;
};

void TestUiFiles::refusesFilesThatAreNotOurs()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_f.path));
    const QString before = valueText(w, "fiscal_aid_paid_fen");

    const QString text = m_f.dir->filePath(QStringLiteral("notes.db"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is not a database.\n");
    }
    const QString newer = m_f.makeDatabase(QStringLiteral("newer.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(newer);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QString missing = m_f.dir->filePath(QStringLiteral("missing.db"));

    for (const QString &path : { text, newer, missing }) {
        MessageBox::clearRecorded();
        const OpenError expected = Database::probe(path);
        QVERIFY(expected);
        QVERIFY(!w.openDatabase(path));
        QCOMPARE(MessageBox::recorded().size(), 1);
        QCOMPARE(MessageBox::recorded().first().kind, MessageBox::Kind::Critical);
        QCOMPARE(MessageBox::recorded().first().text, expected.message);
        // Nothing changed: the office database is still open and shown.
        QCOMPARE(w.database()->path(), QFileInfo(m_f.path).absoluteFilePath());
        QVERIFY(w.database()->isOpen());
        QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), before);
        QCOMPARE(w.windowTitle(), QStringLiteral("office.db — Tongxin"));
    }
    QVERIFY(MessageBox::recorded().first().text.contains(QStringLiteral("does not exist")));
    QVERIFY(!w.recentFiles().contains(missing));
    // The refused files are untouched.
    QCOMPARE(QFileInfo(text).size(), qint64(24));
    QCOMPARE(Database::probe(newer).code, OpenError::TooNew);
}

void TestUiFiles::fileMenuThroughTheFileDialog()
{
    // Each item is chosen from the File (or Help) menu with the mouse; in Qt's own file dialog
    // the name is typed and Return pressed (or Esc), and a question to replace is answered.
    MainWindow w;
    QVERIFY(w.openDatabase(m_f.path));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto choose = [&w](const char *menu, const char *item) {
        return usertest::chooseMenuItem(&w, QLatin1String(menu), QLatin1String(item));
    };

    // New…: an empty database replaces the open one.
    const QString fresh = m_f.dir->filePath(QStringLiteral("fresh")); // ".db" is added
    auto typed = usertest::whenFileDialog(fresh);
    QVERIFY(choose("menuFile", "actionNew"));
    QVERIFY(*typed);
    QCOMPARE(w.database()->path(), fresh + QStringLiteral(".db"));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(0));
    QCOMPARE(dash(w)->findChild<QComboBox *>(QStringLiteral("yearFilter"))->count(), 1);

    // Open…: back to the office.
    typed = usertest::whenFileDialog(m_f.path);
    QVERIFY(choose("menuFile", "actionOpen"));
    QVERIFY(*typed);
    QCOMPARE(w.database()->path(), m_f.path);

    // Open… cancelled with Esc: nothing happens.
    typed = usertest::whenFileDialogCancelled();
    QVERIFY(choose("menuFile", "actionOpen"));
    QVERIFY(*typed);
    QCOMPARE(w.database()->path(), m_f.path);
    QVERIFY(MessageBox::recorded().isEmpty());

    // Backup copy…: a consistent, openable copy with the same figures.
    const QString backup = m_f.dir->filePath(QStringLiteral("copy.db"));
    typed = usertest::whenFileDialog(backup);
    QVERIFY(choose("menuFile", "actionBackup"));
    QVERIFY(*typed);
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY(!Database::probe(backup));
    QVERIFY(MessageBox::recorded().isEmpty());
    // Again onto the same name: the dialog asks before replacing; "No" leaves the copy alone…
    const QDateTime written = QFileInfo(backup).lastModified();
    QTest::qWait(1100); // a new copy would have a later time
    typed = usertest::whenFileDialog(backup, false);
    QVERIFY(choose("menuFile", "actionBackup"));
    QVERIFY(*typed);
    QCOMPARE(QFileInfo(backup).lastModified(), written);
    // …"Yes" writes a new one in its place.
    typed = usertest::whenFileDialog(backup, true);
    QVERIFY(choose("menuFile", "actionBackup"));
    QVERIFY(*typed);
    QVERIFY(QFileInfo(backup).lastModified() > written);
    QVERIFY(!Database::probe(backup));
    QVERIFY(MessageBox::recorded().isEmpty());
    // Onto the open database itself: refused by the window, which changes nothing.
    typed = usertest::whenFileDialog(m_f.path, true);
    QVERIFY(choose("menuFile", "actionBackup"));
    QVERIFY(*typed);
    QCOMPARE(MessageBox::recorded().size(), 1);
    QCOMPARE(MessageBox::recorded().last().kind, MessageBox::Kind::Critical);
    QVERIFY(MessageBox::recorded().last().text.contains(QStringLiteral("open database")));
    QCOMPARE(w.database()->path(), m_f.path);
    QVERIFY(w.database()->isOpen());
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2018 + Paid2019));
    typed = usertest::whenFileDialog(backup);
    QVERIFY(choose("menuFile", "actionOpen"));
    QVERIFY(*typed);
    QCOMPARE(w.database()->path(), backup);
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2018 + Paid2019));

    // New… onto the open file is refused (after the dialog asked before replacing it).
    MessageBox::clearRecorded();
    typed = usertest::whenFileDialog(backup, true);
    QVERIFY(choose("menuFile", "actionNew"));
    QVERIFY(*typed);
    QCOMPARE(MessageBox::recorded().size(), 1);
    QCOMPARE(w.database()->path(), backup);
    QVERIFY(w.database()->isOpen());

    // About says which version this is.
    MessageBox::clearRecorded();
    QVERIFY(choose("menuHelp", "actionAbout"));
    QCOMPARE(MessageBox::recorded().size(), 1);
    QVERIFY(MessageBox::recorded().first().text.contains(Application::version()));
    QCOMPARE(w.findChild<QAction *>(QStringLiteral("actionQuit"))->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(w.findChild<QAction *>(QStringLiteral("actionNew"))->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(w.findChild<QAction *>(QStringLiteral("actionOpen"))->shortcut(), QKeySequence(QKeySequence::Open));
}

void TestUiFiles::remembersFilesAndReopensLast()
{
    QStringList paths;
    for (int i = 0; i < MainWindow::MaxRecentFiles + 2; ++i)
        paths << m_f.makeDatabase(QStringLiteral("f%1.db").arg(i));
    {
        MainWindow w;
        for (const QString &p : std::as_const(paths))
            QVERIFY(w.openDatabase(p));
        QCOMPARE(w.recentFiles().size(), MainWindow::MaxRecentFiles);
        QCOMPARE(w.recentFiles().first(), paths.last());
        QVERIFY(!w.recentFiles().contains(paths.first()));
        auto *recent = w.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QCOMPARE(recent->actions().size(), MainWindow::MaxRecentFiles + 2); // + separator, Clear List
        w.resize(1000, 700);
        w.close(); // saves geometry
    }
    MainWindow again;
    QVERIFY(again.isWelcomeShown());
    again.reopenLastFile();
    QVERIFY(!again.isWelcomeShown());
    QCOMPARE(again.database()->path(), paths.last());
    QCOMPARE(again.size(), QSize(1000, 700));

    // A last file that went away: the welcome page, quietly.
    QVERIFY(QFile::remove(paths.last()));
    MainWindow third;
    MessageBox::clearRecorded();
    third.reopenLastFile();
    QVERIFY(third.isWelcomeShown());
    QVERIFY(MessageBox::recorded().isEmpty());

    // The welcome page lists the recent files; a click opens one.
    auto *list = third.findChild<QListWidget *>(QStringLiteral("recentList"));
    QCOMPARE(list->count(), MainWindow::MaxRecentFiles);
    QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), paths.at(paths.size() - 2));
    third.resize(1280, 800);
    third.show();
    QVERIFY(QTest::qWaitForWindowExposed(&third));
    QVERIFY(usertest::clickIndex(list, list->model()->index(1, 0)));
    QVERIFY(!third.isWelcomeShown());
    QCOMPARE(third.database()->path(), paths.at(paths.size() - 2));
}

void TestUiFiles::demoOpensOrSaysWhy()
{
    const QString demo = MainWindow::demoPath();
    QFile::remove(demo);
    MainWindow w;
    QVERIFY(w.openDatabase(m_f.path));
    MessageBox::clearRecorded();
    if (w.openDemo()) {
        QCOMPARE(w.database()->path(), demo);
        QVERIFY(QFileInfo::exists(demo));
        QVERIFY(valueText(w, "fiscal_aid_paid_fen") != Money::format(0));
        const QDateTime built = QFileInfo(demo).lastModified();
        QVERIFY(w.openDemo()); // exists now: opened, not rebuilt
        QCOMPARE(QFileInfo(demo).lastModified(), built);
        // A damaged demo is rebuilt.
        QVERIFY(w.openDatabase(m_f.path));
        {
            QFile f(demo);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("damaged");
        }
        QVERIFY(w.openDemo());
        QVERIFY(!Database::probe(demo));
        QVERIFY(MessageBox::recorded().isEmpty());
    } else {
        // Demo data unavailable: a clear message, the office stays open, no half-built file.
        QCOMPARE(MessageBox::recorded().size(), 1);
        QVERIFY(
            MessageBox::recorded().first().text.startsWith(QStringLiteral("The demo database could not be created")));
        QCOMPARE(w.database()->path(), m_f.path);
        QVERIFY(!QFileInfo::exists(demo));
        QVERIFY(!QFileInfo::exists(demo + QStringLiteral(".part")));
    }
}

QTEST_MAIN(TestUiFiles)
#include "test_ui_files.moc"

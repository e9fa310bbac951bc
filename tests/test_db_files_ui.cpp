// The window and the database file (issue #17): File ▸ Open of an older file asks before
// upgrading (No leaves it unopened and byte for byte as it was; Yes keeps a copy and upgrades),
// and File ▸ New over an existing file moves it aside instead of deleting it, asking a second
// time for a file of a newer version. Menus are chosen and message buttons clicked as a user.

#include "common/dbfilefixture.h"
#include "common/userdriver.h"

#include "db/database.h"
#include "db/schema.h"
#include "i18n/language.h"
#include "shell/application.h"
#include "shell/filedialog.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;
using namespace dbfiletest;

namespace {

// Clicks the button `which` of the message box that opens next.
std::shared_ptr<bool> answer(QMessageBox::StandardButton which, QString *text)
{
    return usertest::whenModal([which, text](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        *text = box->text();
        QAbstractButton *button = box->button(which);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

} // namespace

class TestDbFilesUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void olderFileAskedBeforeUpgrade();
    void newOverExistingMovesAside();
    void damagedFileNamed();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDbFilesUi::initTestCase()
{
    Application::configure();
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    // Message boxes are shown, so that the test clicks their buttons.
    MessageBox::setRecordOnly(false);
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestDbFilesUi::init()
{
    QSettings().clear();
    MessageBox::clearRecorded();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDbFilesUi::olderFileAskedBeforeUpgrade()
{
    const QString file = m_dir->filePath(QStringLiteral("older.db"));
    QVERIFY(makeV1(file));
    const QByteArray before = fileHash(file);
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // No: not opened, not changed.
    QString asked;
    FileDialog::setNextFileName(file);
    auto ran = answer(QMessageBox::No, &asked);
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuFile"), QStringLiteral("actionOpen")));
    QTRY_VERIFY(*ran);
    QVERIFY2(asked.contains(QLatin1String("older version of Tongxin")), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("older.db.v1-")), qPrintable(asked));
    QVERIFY(!w.database());
    QCOMPARE(fileHash(file), before);
    QVERIFY(QDir(m_dir->path()).entryList({ QStringLiteral("older.db.v1-*") }).isEmpty());
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));

    // Yes: a copy kept, then upgraded and opened.
    FileDialog::setNextFileName(file);
    ran = answer(QMessageBox::Yes, &asked);
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuFile"), QStringLiteral("actionOpen")));
    QTRY_VERIFY(*ran);
    QVERIFY(w.database());
    QCOMPARE(w.database()->path(), file);
    QSqlQuery q(w.database()->db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Schema::Version);
    const QStringList copies = QDir(m_dir->path()).entryList({ QStringLiteral("older.db.v1-*.bak") });
    QCOMPARE(copies.size(), 1);
    // A consistent copy (VACUUM INTO) of the file as it was: still version 1.
    const OpenError copyProbe = [&] {
        int version = 0;
        const OpenError e = Database::probe(m_dir->filePath(copies.first()), &version);
        return version == 1 ? e : OpenError { OpenError::Failed, QStringLiteral("version %1").arg(version) };
    }();
    QVERIFY2(!copyProbe, qPrintable(copyProbe.message));
}

void TestDbFilesUi::newOverExistingMovesAside()
{
    const QString file = m_dir->filePath(QStringLiteral("office.db"));
    {
        Database db;
        QVERIFY(db.create(file));
        QVERIFY(db.setSetting(QStringLiteral("office"), QStringLiteral("kept")));
    }
    QVERIFY(rawExec(file, { QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }));
    const QByteArray before = fileHash(file);
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // The file dialog asked before replacing it; the old file is moved aside, not deleted.
    FileDialog::setNextFileName(file);
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuFile"), QStringLiteral("actionNew")));
    QVERIFY(w.database());
    QCOMPARE(w.database()->setting(QStringLiteral("office")), QString());
    const QStringList aside = QDir(m_dir->path()).entryList({ QStringLiteral("office.db.replaced-*") });
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileHash(m_dir->filePath(aside.first())), before);

    // A file of a newer version: asked a second time; No keeps it where it is.
    const QString newer = m_dir->filePath(QStringLiteral("newer.db"));
    {
        Database db;
        QVERIFY(db.create(newer));
    }
    QVERIFY(rawExec(newer,
        { QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
            QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version + 1) }));
    const QByteArray newerBefore = fileHash(newer);
    QString asked;
    FileDialog::setNextFileName(newer);
    auto ran = answer(QMessageBox::No, &asked);
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuFile"), QStringLiteral("actionNew")));
    QTRY_VERIFY(*ran);
    QVERIFY2(asked.contains(QLatin1String("newer version")), qPrintable(asked));
    QCOMPARE(fileHash(newer), newerBefore);
    QCOMPARE(w.database()->path(), file);

    // Yes: moved aside, and the new database opened.
    FileDialog::setNextFileName(newer);
    ran = answer(QMessageBox::Yes, &asked);
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuFile"), QStringLiteral("actionNew")));
    QTRY_VERIFY(*ran);
    QCOMPARE(w.database()->path(), newer);
    const QStringList newerAside = QDir(m_dir->path()).entryList({ QStringLiteral("newer.db.replaced-*") });
    QCOMPARE(newerAside.size(), 1);
    QCOMPARE(fileHash(m_dir->filePath(newerAside.first())), newerBefore);
}

void TestDbFilesUi::damagedFileNamed()
{
    // Opening a damaged file says so (it used to open with empty pages and no word).
    const QString file = m_dir->filePath(QStringLiteral("damaged.db"));
    {
        Database db;
        QVERIFY(db.create(file));
    }
    QVERIFY(rawExec(file, { QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(8 * 4096));
        f.write(QByteArray(8 * 4096, char(0x5a)));
    }
    const QByteArray before = fileHash(file);
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString said;
    FileDialog::setNextFileName(file);
    auto ran = answer(QMessageBox::Ok, &said);
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuFile"), QStringLiteral("actionOpen")));
    QTRY_VERIFY(*ran);
    QVERIFY2(said.contains(QLatin1String("damaged")), qPrintable(said));
    QVERIFY(!w.database());
    QCOMPARE(fileHash(file), before);
}

QTEST_MAIN(TestDbFilesUi)
#include "test_db_files_ui.moc"

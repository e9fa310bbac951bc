// Two programs on one database file (issue #10, defect 2). SQLite's locks are POSIX advisory
// locks, held per process: closing any descriptor of the file drops them all, and the next
// program may then delete the live -wal under the window. These tests open the file in this
// process, do what the window does (probe it, open it again, import in a worker) while
// `tongxin-cli` runs on the same file as a process, and check nothing was lost: the -wal is
// still there, the first connection still reads and writes, every committed row is seen by
// other programs, integrity_check is ok, the monthly summary equals the ledger, and two
// imports of the same file at once never add its rows twice.

#include "common/importfixture.h"
#include "common/userdriver.h"
#include "common/wizarddriver.h"

#include "consumption/importwizard.h"
#include "consumption/importwizardpages.h"
#include "consumption/importwizardrunner.h"
#include "consumption/salespage.h"
#include "consumption/salesledger.h"
#include "consumption/salessummary.h"
#include "db/dberror.h"
#include "db/openfiles.h"
#include "db/transaction.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "shell/filedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QJsonDocument>
#include <QLabel>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRadioButton>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>

#include <atomic>

using namespace tongxin;
using namespace tongxin::importtest;

namespace {

QString integrity(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out.join(QLatin1Char('\n'));
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// `rows` sales with their own source references (prefix), so two files never share a sale.
QList<QStringList> uniqueSales(int rows, int seed, const QString &prefix)
{
    QList<QStringList> out = generated(rows, seed);
    for (int i = 0; i < out.size(); ++i)
        out[i][11] = QStringLiteral("%1-%2").arg(prefix).arg(i);
    return out;
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace

class TestConcurrency final : public QObject, ImportFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { setUp(); }
    void cleanup();
    void probeAndSecondOpenKeepTheLocks();
    void fileDialogOverTheFolderKeepsTheLocks();
    void openFileIsNeitherReplacedNorReadAsData();
    void guiImportWhileCliImportsAndReads();
    void twoCliImportsOfOneFileNeverDouble();
    void importWaitsForAnotherWriter();
    void importGivesUpWithAClearMessage();

private:
    qint64 salesFen() const { return scalar(db(), QStringLiteral("SELECT ifnull(sum(amount_fen), 0) FROM sales")); }
    qint64 salesRows() const { return scalar(db(), QStringLiteral("SELECT count(*) FROM sales")); }
    // The ledger total another program sees.
    static qint64 cliSalesFen(const QString &file)
    {
        QString out;
        if (runCli({ QStringLiteral("summary"), file, QStringLiteral("--json") }, &out) != 0)
            return -1;
        return json(out).value(QStringLiteral("consumption_sales_fen")).toInteger(-1);
    }
    bool addSale(qint64 amountFen)
    {
        Transaction t(db());
        QSqlQuery q(db());
        return q.exec(QStringLiteral("INSERT INTO sales(sale_date, channel, county_id, product, amount_fen) "
                                     "VALUES('2020-03-03', 'ecommerce', %1, '土蜂蜜', %2)")
                          .arg(m_zhuanglang)
                          .arg(amountFen))
            && t.commit();
    }
    void checkConsistent(const QSqlDatabase &d)
    {
        QCOMPARE(integrity(d), QStringLiteral("ok"));
        QString difference;
        QVERIFY2(SalesSummary::matchesLedger(d, &difference), qPrintable(difference));
        QString out;
        QCOMPARE(runCli({ QStringLiteral("check"), m_file, QStringLiteral("--lang"), QStringLiteral("en") }, &out), 0);
        // The audit trail's seals hold (the fixture's own rows, written with plain SQL, are
        // "another program"'s; a Tongxin transaction committed without its seal would show here).
        QVERIFY2(!out.contains(QStringLiteral("[audit_chain]")), qPrintable(out));
    }
    // Another connection of this test holding the write lock, as another program would.
    struct Holder
    {
        QString name = QStringLiteral("holder");
        explicit Holder(const QString &file)
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            d.setDatabaseName(file);
            d.open();
        }
        ~Holder()
        {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        bool exec(const QString &sql)
        {
            QSqlQuery q(QSqlDatabase::database(name, false));
            return q.exec(sql);
        }
    };
};

void TestConcurrency::initTestCase()
{
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            previous(type, context, message);
    });
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setRecordOnly(true);
}

void TestConcurrency::cleanup()
{
    ImportWizardRunner::setProgressHook({});
    tearDown();
}

// The save dialog of an export opens, by default, on the database's own folder, where it lists
// the database and its -wal and -shm. Qt's file type lookup would open each to read its first
// bytes; closing that descriptor drops the process's locks. Listed by name only, the locks hold:
// another program leaves the -wal alone and the next save reaches the file.
void TestConcurrency::fileDialogOverTheFolderKeepsTheLocks()
{
    QVERIFY(addSale(1000));
    const QString wal = m_file + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    const QString folder = QFileInfo(m_file).absolutePath();
    MessageBox::setRecordOnly(false); // the real dialog, shown
    bool listed = false;
    const auto done = usertest::whenModal([&listed](QWidget *dialog) {
        auto *model = dialog->findChild<QFileSystemModel *>();
        // Let it list the folder and gather its files' icons and types (in its own thread), as
        // while a user looks for the place to save.
        listed = model && waitFor([model] { return model->index(model->rootPath()).isValid(); }, 10000);
        QTest::qWait(1500);
        usertest::pressEscape(dialog);
    });
    const QString chosen = FileDialog::saveFileName(nullptr, QStringLiteral("Export"),
        folder + QStringLiteral("/Sales ledger.xlsx"), QStringLiteral("Excel (*.xlsx)"));
    MessageBox::setRecordOnly(true);
    QVERIFY(*done);
    QVERIFY(listed);
    QVERIFY(chosen.isEmpty()); // Esc: cancelled

    // Another program that opens the file for writing (sqlite3, as an office's IT might): on
    // closing, the last connection it believes there is checkpoints and deletes the -wal.
    const qint64 before = salesFen();
    QProcess other;
    other.start(QStringLiteral("sqlite3"), { m_file, QStringLiteral("SELECT count(*) FROM sales;") });
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 0);
    QVERIFY2(QFileInfo::exists(wal), "another program deleted the -wal of an open database");
    QVERIFY(addSale(2345));
    QCOMPARE(cliSalesFen(m_file), before + 2345);
    checkConsistent(db());
}

// What File ▸ Open of the open file, the import wizard's worker and its check do — probe the
// file, open a second connection — and then any other program on the file (summary is enough):
// the first connection keeps its locks, so that program leaves the live -wal alone.
void TestConcurrency::probeAndSecondOpenKeepTheLocks()
{
    QVERIFY(addSale(1000));
    const QString wal = m_file + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    QVERIFY(OpenFiles::contains(m_file));
    QVERIFY(OpenFiles::contains(wal));

    const OpenError probed = Database::probe(m_file);
    QVERIFY2(!probed, qPrintable(probed.message));
    {
        Database second;
        OpenError e;
        QVERIFY2(second.open(m_file, &e), qPrintable(e.message));
        QCOMPARE(scalar(second.db(), QStringLiteral("SELECT count(*) FROM sales")), salesRows());
    }
    QVERIFY(OpenFiles::contains(m_file)); // the first is still registered

    const qint64 before = salesFen();
    QCOMPARE(cliSalesFen(m_file), before);
    QVERIFY2(QFileInfo::exists(wal), "another program deleted the -wal of an open database");

    // The first connection still reads and writes, and other programs see what it commits.
    QVERIFY(addSale(2345));
    QCOMPARE(salesFen(), before + 2345);
    QCOMPARE(cliSalesFen(m_file), before + 2345);
    QVERIFY(addSale(55));
    QCOMPARE(cliSalesFen(m_file), before + 2400);
    checkConsistent(db());
}

// Creating over the open file, or picking it as the sales file, never touches it.
void TestConcurrency::openFileIsNeitherReplacedNorReadAsData()
{
    const QStringList before = snapshot();
    Database other;
    OpenError e;
    QVERIFY(!other.create(m_file, true, &e));
    QCOMPARE(e.code, OpenError::Exists);
    QVERIFY(e.message.contains(QLatin1String("is open")));
    const SalesImportResult r = import(m_file);
    QCOMPARE(r.status, SalesImportResult::Status::Failed);
    QCOMPARE(r.failure, SalesImportResult::Failure::File);
    QVERIFY(r.error.contains(QLatin1String("database itself")));
    QCOMPARE(snapshot(), before);
    QCOMPARE(cliSalesFen(m_file), salesFen());
    QVERIFY(QFileInfo::exists(m_file + QStringLiteral("-wal")));
    checkConsistent(db());
}

// The window imports through the real wizard (held in the middle of its transaction) while
// `tongxin-cli import-sales` and `tongxin-cli summary` run on the same file.
void TestConcurrency::guiImportWhileCliImportsAndReads()
{
    constexpr qint64 GuiRows = 6000; // > 4096: the import reports progress (and is held) mid-way
    constexpr qint64 CliRows = 700;
    const QString guiCsv = writeCsv(QStringLiteral("gui.csv"), uniqueSales(int(GuiRows), 7, QStringLiteral("GUI")));
    const QString cliCsv = writeCsv(QStringLiteral("cli.csv"), uniqueSales(int(CliRows), 11, QStringLiteral("CLI")));
    const qint64 rowsBefore = salesRows();
    // The fixture's connection goes; the window's is the one that holds the file.
    delete m_db;
    m_db = nullptr;

    MainWindow w;
    w.setRememberSession(false);
    QVERIFY(w.openDatabase(m_file));
    w.resize(1200, 800);
    w.show();
    // File ▸ Open of the file already open, then another program on it.
    QVERIFY(w.openDatabase(m_file));
    QCOMPARE(cliSalesFen(m_file), scalar(w.database()->db(), QStringLiteral("SELECT sum(amount_fen) FROM sales")));
    QVERIFY(QFileInfo::exists(m_file + QStringLiteral("-wal")));
    // The Consumption aid page, clicked in the sidebar.
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    const int row = int(w.pageIds().indexOf(QStringLiteral("consumption")));
    QVERIFY(usertest::clickIndex(sidebar, sidebar->model()->index(row, 0)));
    QTRY_COMPARE(w.currentPageId(), QStringLiteral("consumption"));
    auto *page = qobject_cast<SalesPage *>(w.page(QStringLiteral("consumption")));
    QVERIFY(page);
    auto *importButton = page->ledger()->findChild<QToolButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton);

    // The real import stops at its first progress report until released.
    std::atomic_bool armed { false };
    std::atomic_bool held { false };
    QSemaphore release;
    ImportWizardRunner::setProgressHook([&](qint64, qint64) {
        if (armed.exchange(false)) {
            held = true;
            release.tryAcquire(1, 60000);
        }
    });

    std::unique_ptr<QProcess> cliImport;
    std::unique_ptr<QProcess> cliSummary;
    QString driverFailure = QStringLiteral("the wizard never opened");
    SalesImportResult guiResult;
    const auto fail = [&driverFailure](const QString &why) {
        driverFailure = why;
        if (QWidget *modal = QApplication::activeModalWidget())
            QTest::keyClick(modal, Qt::Key_Escape);
    };
    QTimer::singleShot(0, this, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return fail(QStringLiteral("no wizard"));
        // The button that goes on, as shown on each page: Next, then "Import" on the check.
        const auto canGoOn = [wizard] {
            QAbstractButton *next = usertest::nextButton(*wizard);
            return next && next->isEnabled();
        };
        QLineEdit *pathEdit = wizard->filePage()->pathEdit();
        QTest::mouseClick(pathEdit, Qt::LeftButton);
        QTest::keyClicks(pathEdit, guiCsv);
        if (!waitFor([&] { return wizard->hasFile() && canGoOn(); }, 5000))
            return fail(QStringLiteral("file not accepted: ") + wizard->fileError());
        for (int page : { ImportWizard::PreviewPageId, ImportWizard::MappingPageId, ImportWizard::ValidatePageId }) {
            if (!usertest::clickNext(*wizard))
                return fail(QStringLiteral("no Next to click: ") + usertest::wizardButtons(*wizard));
            if (!waitFor([&] { return wizard->currentId() == page; }, 5000))
                return fail(QStringLiteral("did not reach page %1").arg(page));
        }
        if (!waitFor([&] { return wizard->hasValidation() && !wizard->isBusy(); }, 30000))
            return fail(QStringLiteral("the check did not end"));
        // The check ran in a worker with a second connection: another program now.
        const int summaryCode = runCli({ QStringLiteral("summary"), m_file });
        if (summaryCode != 0 || !QFileInfo::exists(m_file + QStringLiteral("-wal")))
            return fail(QStringLiteral("summary after the check: exit %1, -wal %2")
                            .arg(summaryCode)
                            .arg(QFileInfo::exists(m_file + QStringLiteral("-wal"))));
        // "Add" is chosen from the start; pressing it again changes nothing.
        QRadioButton *add = wizard->validatePage()->addButton();
        if (!add->isChecked() || !usertest::clickIndicator(add))
            return fail(QStringLiteral("Add is not chosen or cannot be pressed"));
        if (!waitFor([&] { return wizard->hasValidation() && !wizard->isBusy() && canGoOn(); }, 30000))
            return fail(QStringLiteral("the add check did not end: mode %1, validation %2, busy %3; %4; %5")
                            .arg(wizard->hasMode())
                            .arg(wizard->hasValidation())
                            .arg(wizard->isBusy())
                            .arg(usertest::wizardButtons(*wizard), wizard->validatePage()->statusLabel()->text()));
        if (wizard->validation().accepted != GuiRows)
            return fail(QStringLiteral("accepted %1").arg(wizard->validation().accepted));
        armed = true;
        if (!usertest::clickNext(*wizard)) // "Import"
            return fail(QStringLiteral("no Import to click: ") + usertest::wizardButtons(*wizard));
        if (!waitFor([&] { return held.load(); }, 30000))
            return fail(QStringLiteral("the import never reported progress"));
        // The window's import holds the write lock: the other program's import waits for it,
        // its summary reads as usual.
        cliImport.reset(startCli({ QStringLiteral("import-sales"), m_file, cliCsv, QStringLiteral("--json"),
            QStringLiteral("--lang"), QStringLiteral("en") }));
        cliSummary.reset(startCli({ QStringLiteral("summary"), m_file, QStringLiteral("--json") }));
        if (!cliSummary->waitForFinished(30000) || cliSummary->exitCode() != 0)
            return fail(QStringLiteral("summary during the import failed: ")
                + QString::fromUtf8(cliSummary->readAllStandardError()));
        QTest::qWait(800);
        if (cliImport->state() == QProcess::NotRunning)
            return fail(QStringLiteral("the other import did not wait: ")
                + QString::fromUtf8(cliImport->readAllStandardOutput()));
        release.release();
        if (!waitFor([&] { return wizard->currentId() == ImportWizard::SummaryPageId; }, 60000))
            return fail(QStringLiteral("the import did not end"));
        guiResult = wizard->importResult();
        driverFailure.clear();
        if (!usertest::clickFinish(*wizard))
            fail(QStringLiteral("no Finish to click: ") + usertest::wizardButtons(*wizard));
    });
    QTest::mouseClick(importButton, Qt::LeftButton); // exec() until the driver presses Finish
    QVERIFY2(driverFailure.isEmpty(), qPrintable(driverFailure));
    QCOMPARE(guiResult.status, SalesImportResult::Status::Imported);
    QCOMPARE(guiResult.imported, GuiRows);

    QVERIFY(cliImport);
    QVERIFY(cliImport->waitForFinished(60000));
    const QString cliOut = QString::fromUtf8(cliImport->readAllStandardOutput());
    const QString cliErr = QString::fromUtf8(cliImport->readAllStandardError());
    QVERIFY2(cliErr.contains(QLatin1String("Waiting for another program")), qPrintable(cliErr));
    QSqlDatabase d = w.database()->db();
    const qint64 cliImported = cliImport->exitCode() == 0 ? CliRows : 0;
    if (cliImport->exitCode() == 0) {
        QCOMPARE(json(cliOut).value(QStringLiteral("imported")).toInteger(), CliRows);
    } else {
        // Refused cleanly: exit 3, the message, nothing of it written.
        QCOMPARE(cliImport->exitCode(), 3);
        QVERIFY2(cliErr.contains(QLatin1String("being written by another program")), qPrintable(cliErr));
    }
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sales WHERE source_ref LIKE 'GUI-%'")), GuiRows);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sales WHERE source_ref LIKE 'CLI-%'")), cliImported);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sales")), rowsBefore + GuiRows + cliImported);
    QVERIFY(QFileInfo::exists(m_file + QStringLiteral("-wal")));
    // Every program sees the same ledger; the window still writes.
    const qint64 total = scalar(d, QStringLiteral("SELECT sum(amount_fen) FROM sales"));
    QCOMPARE(cliSalesFen(m_file), total);
    {
        Transaction t(d);
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sales WHERE source_ref = 'GUI-0'")));
        QVERIFY(t.commit());
    }
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sales")), rowsBefore + GuiRows + cliImported - 1);
    checkConsistent(d);
}

// Two `import-sales` of the same file started at once, on fresh files: one adds the rows, the
// other finds them all as duplicates (or is refused cleanly); never twice.
void TestConcurrency::twoCliImportsOfOneFileNeverDouble()
{
    constexpr qint64 Rows = 1500;
    constexpr int Trials = 10;
    for (int trial = 0; trial < Trials; ++trial) {
        if (trial > 0) {
            tearDown();
            setUp();
        }
        const QString file = writeCsv(QStringLiteral("same.csv"), uniqueSales(int(Rows), 3 + trial, QStringLiteral("S")));
        const qint64 before = salesRows();
        const QStringList args { QStringLiteral("import-sales"), m_file, file, QStringLiteral("--json"),
            QStringLiteral("--compact"), QStringLiteral("--lang"), QStringLiteral("en") };
        std::unique_ptr<QProcess> a(startCli(args));
        std::unique_ptr<QProcess> b(startCli(args));
        QVERIFY(a->waitForFinished(60000));
        QVERIFY(b->waitForFinished(60000));
        qint64 imported = 0;
        for (QProcess *p : { a.get(), b.get() }) {
            const QJsonObject r = json(QString::fromUtf8(p->readAllStandardOutput()));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            if (p->exitCode() == 0) {
                const qint64 n = r.value(QStringLiteral("imported")).toInteger();
                QVERIFY2(n == Rows || (n == 0 && r.value(QStringLiteral("duplicates")).toInteger() == Rows),
                    qPrintable(QJsonDocument(r).toJson()));
                imported += n;
            } else {
                QCOMPARE(p->exitCode(), 3);
                QVERIFY2(err.contains(QLatin1String("being written by another program")), qPrintable(err));
            }
        }
        QCOMPARE(imported, Rows);
        QCOMPARE(salesRows(), before + Rows);
        checkConsistent(db());
    }
}

// Another program holds the write lock for 2 s: the import waits, says so, then imports.
void TestConcurrency::importWaitsForAnotherWriter()
{
    const QString file = writeCsv(QStringLiteral("wait.csv"), uniqueSales(40, 5, QStringLiteral("W")));
    const qint64 before = salesRows();
    Holder holder(m_file);
    QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
    std::unique_ptr<QProcess> p(startCli({ QStringLiteral("import-sales"), m_file, file, QStringLiteral("--json"),
        QStringLiteral("--lang"), QStringLiteral("en") }));
    QVERIFY(p->waitForStarted());
    QTest::qWait(2000);
    QCOMPARE(p->state(), QProcess::Running);
    QVERIFY(holder.exec(QStringLiteral("COMMIT")));
    QVERIFY(p->waitForFinished(30000));
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(p->exitCode(), 0);
    QVERIFY2(err.contains(QLatin1String("Waiting for another program")), qPrintable(err));
    QCOMPARE(json(QString::fromUtf8(p->readAllStandardOutput())).value(QStringLiteral("imported")).toInteger(), 40);
    QCOMPARE(salesRows(), before + 40);
    checkConsistent(db());
}

// A lock held longer than the import waits: exit 3, the clear message, the database unchanged.
// In this process too, a write that cannot get the lock says the same.
void TestConcurrency::importGivesUpWithAClearMessage()
{
    const QString file = writeCsv(QStringLiteral("late.csv"), uniqueSales(40, 9, QStringLiteral("L")));
    const QStringList before = snapshot();
    {
        Holder holder(m_file);
        QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(holder.exec(QStringLiteral("DELETE FROM sales"))); // never committed
        QString out;
        QString err;
        QElapsedTimer timer;
        timer.start();
        const int code = runCli({ QStringLiteral("import-sales"), m_file, file, QStringLiteral("--wait"),
                                    QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("en") },
            &out, &err);
        QCOMPARE(code, 3);
        QVERIFY(timer.elapsed() >= 1000);
        QVERIFY2(err.contains(QLatin1String(
                     "The database is being written by another program; try again in a moment.")),
            qPrintable(err));

        // The same through the core in this process, with a wait that gives up.
        SalesImportOptions options;
        options.lockWaitMs = 600;
        int waited = 0;
        options.waiting = [&waited] { ++waited; };
        const SalesImportResult r = import(file, options);
        QCOMPARE(r.status, SalesImportResult::Status::Failed);
        QCOMPARE(r.failure, SalesImportResult::Failure::Database);
        QCOMPARE(r.error, DbError::busyMessage());
        QVERIFY(waited >= 1);
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    }
    QCOMPARE(snapshot(), before);
    checkConsistent(db());
}

QTEST_MAIN(TestConcurrency)
#include "test_concurrency.moc"

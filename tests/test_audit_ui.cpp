// The audit trail in the window (issue #14), used as a user uses it: a household edited through
// its form's Save is in its History (Ctrl+H on the list, or the list's right-click menu) with the
// value before and after, and Close closes it; the Audit page lists every change, narrows to a
// register chosen with the keyboard, checks its seals with its button, and follows the language.

#include "areas_fixture.h"
#include "common/userdriver.h"

#include "audit/auditpage.h"
#include "audit/audittable.h"
#include "i18n/language.h"
#include "io/xlsxreader.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"
#include "records/recordactions.h"
#include "records/recordops.h"
#include "records/recorddialog.h"
#include "registries/registriespage.h"
#include "widgets/listview.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace tongxin;

namespace {

QString textOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestAuditUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.copy()); }
    void cleanup()
    {
        RecordActions::setDialogDriver({});
        m_f.tearDown();
    }

    void savedEditIsInTheRecordsHistory();
    void auditPageFiltersAndChecks();

private:
    areastest::Fixture m_f;
};

void TestAuditUi::savedEditIsInTheRecordsHistory()
{
    RegistriesPage page;
    page.setDatabase(m_f.db.get());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The Households tab, clicked.
    auto *tabs = page.findChild<QTabWidget *>();
    QVERIFY(tabs);
    int tab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(page.list(RegistriesPage::Households)) || tabs->widget(i) == page.list(RegistriesPage::Households))
            tab = i;
    }
    QVERIFY(tab >= 0);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
    QCOMPARE(tabs->currentIndex(), tab);
    ListView *list = page.list(RegistriesPage::Households);
    QTableView *table = list->tableView();
    QVERIFY(table->model()->rowCount() > 0);
    // Select the first household and edit its head's name through the form: Edit…, type, Save.
    table->setFocus();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 1)).center());
    const qint64 id = list->value(list->currentRow(), QStringLiteral("id")).toLongLong();
    QVERIFY(id > 0);
    const QString before = textOf(m_f.db->db(), QStringLiteral("SELECT head_name FROM households WHERE id = %1").arg(id));
    RecordActions::setDialogDriver(usertest::driver([](RecordDialog &form) {
        usertest::retype(form.findChild<QWidget *>(QStringLiteral("field_head_name")), QStringLiteral("Audit Test"));
        QVERIFY(usertest::clickSave(&form));
    }));
    QVERIFY(usertest::clickAction(list, list->findChild<QAction *>(QStringLiteral("edit_households"))));
    QCOMPARE(textOf(m_f.db->db(), QStringLiteral("SELECT head_name FROM households WHERE id = %1").arg(id)),
        QStringLiteral("Audit Test"));

    // History is in the table's right-click menu, and Ctrl+H opens it.
    QAction *history = nullptr;
    for (QAction *a : table->actions()) {
        if (a->objectName() == QLatin1String("history_households"))
            history = a;
    }
    QVERIFY(history);
    QVERIFY(history->isEnabled());
    QCOMPARE(history->text(), QStringLiteral("History…"));
    QString summary;
    QString changes;
    QString who;
    auto ran = usertest::whenModal([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("historyDialog"));
        summary = dialog->findChild<QLabel *>(QStringLiteral("historySummary"))->text();
        auto *entries = dialog->findChild<QTableWidget *>(QStringLiteral("auditTable"));
        QVERIFY(entries->rowCount() >= 1);
        who = entries->item(0, 2)->text();
        changes = entries->item(0, 5)->text();
        QVERIFY(usertest::clickCancel(dialog)); // Close
    });
    // Back in the list after the form: the record clicked again, then Ctrl+H.
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->currentIndex()).center());
    QCOMPARE(list->value(list->currentRow(), QStringLiteral("id")).toLongLong(), id);
    usertest::press(table, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(*ran);
    QCOMPARE(summary, QStringLiteral("One change is recorded."));
    QCOMPARE(changes, QStringLiteral("Head of household: %1 → Audit Test").arg(before));
    QVERIFY2(who.endsWith(QStringLiteral("(%1)").arg(QCoreApplication::applicationName())), qPrintable(who));
}

void TestAuditUi::auditPageFiltersAndChecks()
{
    // Two writes: a household's members and a place's population.
    QString why;
    RecordChange change;
    QVERIFY2(RecordOps::save(m_f.db->db(), QStringLiteral("households"), 1, { { QStringLiteral("members"), 7 } }, &change, &why),
        qPrintable(why));
    QVERIFY2(RecordOps::save(m_f.db->db(), QStringLiteral("places"), 1, { { QStringLiteral("population"), 822701 } }, &change,
                 &why),
        qPrintable(why));
    AuditPage page;
    page.setDatabase(m_f.db.get());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *entries = page.findChild<QTableWidget *>(QStringLiteral("auditTable"));
    auto *count = page.findChild<QLabel *>(QStringLiteral("auditCount"));
    // The demo's one entry and the two writes, newest first.
    QCOMPARE(entries->rowCount(), 3);
    QCOMPARE(count->text(), QStringLiteral("3 changes match, newest first."));
    QVERIFY(entries->item(0, 5)->text().contains(QStringLiteral("822,700 → 822,701"))
        || entries->item(0, 5)->text().contains(QStringLiteral("822700 → 822701")));
    // Narrow to the households with the keyboard: the register combo, Down until it is chosen.
    auto *registers = page.findChild<QComboBox *>(QStringLiteral("auditTableFilter"));
    registers->setFocus();
    while (registers->currentData().toString() != QLatin1String("households")
        && registers->currentIndex() < registers->count() - 1)
        usertest::press(registers, Qt::Key_Down);
    QCOMPARE(registers->currentData().toString(), QStringLiteral("households"));
    QCOMPARE(entries->rowCount(), 1);
    QCOMPARE(entries->item(0, 4)->text(), QStringLiteral("registered poor households #1"));
    QVERIFY(entries->item(0, 5)->text().contains(QStringLiteral("→ 7")));
    // The seals, checked with the button.
    auto *check = page.findChild<QPushButton *>(QStringLiteral("auditCheck"));
    QVERIFY(usertest::click(check));
    QVERIFY2(page.findChild<QLabel *>(QStringLiteral("auditSealState"))->text().startsWith(QStringLiteral("The seals hold")),
        qPrintable(page.findChild<QLabel *>(QStringLiteral("auditSealState"))->text()));
    // Export…: the households' entries to a workbook, read back.
    const QString file = QDir(QDir::tempPath()).filePath(QStringLiteral("tongxin-audit-export-%1.xlsx").arg(QCoreApplication::applicationPid()));
    QFile::remove(file);
    FileDialog::setNextFileName(file);
    MessageBox::clearRecorded();
    QVERIFY(usertest::click(page.findChild<QPushButton *>(QStringLiteral("auditExport"))));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    QVERIFY(!MessageBox::recorded().isEmpty());
    QVERIFY(MessageBox::recorded().constLast().text.contains(QFileInfo(file).fileName()));
    XlsxReader reader;
    QVERIFY(reader.open(file));
    QStringList cells;
    QStringList rows;
    while (reader.readRow(&cells))
        rows << cells.join(QLatin1Char('|'));
    QFile::remove(file);
    const int header = int(rows.indexOf(QStringLiteral("No.|Time|Who|Done|Record|Changes")));
    QVERIFY2(header >= 0, qPrintable(rows.join(QLatin1Char('\n'))));
    QCOMPARE(rows.size() - header - 1, 1);
    QVERIFY2(rows.at(header + 1).contains(QStringLiteral("|changed|registered poor households #1|")), qPrintable(rows.at(header + 1)));
    // In Chinese, live.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    QCOMPARE(page.title(), QStringLiteral("审计日志"));
    QCOMPARE(entries->item(0, 3)->text(), QStringLiteral("修改"));
    QCOMPARE(check->text(), QStringLiteral("核验封存"));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestAuditUi)
#include "test_audit_ui.moc"

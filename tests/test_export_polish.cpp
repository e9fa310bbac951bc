// Exports ready to use (issue #10): spreadsheets open ready to print (landscape when wide, a
// page wide, the header row on every page), a totals row equal to the column sums, flags as
// 是/否 or Yes/No, the file mode of any new file (0644), a default file name of the list's
// title and today's date, and a message saying where the file went with a button that opens
// its folder. Workbooks are read back with openpyxl (/usr/bin/python3).

#include "common/spreadsheet.h"
#include "common/userdriver.h"

#include "db/database.h"
#include "demo/demo.h"
#include "export/tables.h"
#include "export/xlsxexporter.h"
#include "i18n/language.h"
#include "registries/registriespage.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"
#include "shell/page.h"
#include "widgets/listexport.h"
#include "widgets/listview.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QtTest>

#include <sys/stat.h>

using namespace tongxin;
using namespace spreadsheet;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QJsonObject firstSheet(const QJsonObject &book)
{
    return book.value(QStringLiteral("sheets")).toArray().at(0).toObject();
}

ListSpec projectsList()
{
    using C = ListColumn;
    return { QStringLiteral("test/polishprojects"), "TestPolishList",
        QStringLiteral("SELECT p.id, p.name, p.year, p.budget_fen, p.beneficiaries FROM projects p ORDER BY p.id"),
        { C::id(QStringLiteral("id")), C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("TestPolishList", "Project")),
            C::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("TestPolishList", "Year")),
            C::money(QStringLiteral("budget_fen"), QT_TRANSLATE_NOOP("TestPolishList", "Budget")),
            C::integer(QStringLiteral("beneficiaries"), QT_TRANSLATE_NOOP("TestPolishList", "Beneficiaries")) } };
}

// A page titled "Pairings" whose list sits in a tab of the same name, as on the Pairings page.
class TestPage final : public Page
{
public:
    TestPage()
    {
        auto *tabs = new QTabWidget(this);
        list = new ListView(projectsList());
        tabs->addTab(list, QStringLiteral("Pairings"));
        tabs->addTab(new QWidget, QStringLiteral("Coverage"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(tabs);
    }
    QString pageId() const override { return QStringLiteral("test"); }
    QString title() const override { return QStringLiteral("Pairings"); }
    void setDatabase(Database *) override { }
    ListView *list = nullptr;
};

// Receives the URLs QDesktopServices::openUrl would hand to the desktop.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

class TestExportPolish final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void readyToPrint();
    void totalsRowEqualsColumnSums();
    void flagsInBothLanguages();
    void fileModeAsForCsv();
    void defaultFileName();
    void messageOpensFolder();
    void listsOfPeopleArePrivate();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    Database m_db;
};

void TestExportPolish::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QSettings().clear();
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
    OpenError error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("demo.tongxin")), false, &error), qPrintable(error.message));
    QString why;
    QVERIFY2(Demo::populate(m_db, &why), qPrintable(why));
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/python3")), "openpyxl is read through /usr/bin/python3");
}

void TestExportPolish::init()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    MessageBox::setRecordOnly(true);
    MessageBox::clearRecorded();
}

void TestExportPolish::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
}

void TestExportPolish::readyToPrint()
{
    // 16 columns: landscape; 6 columns: portrait. Both a page wide, headers on every page.
    for (const QString &name : { QStringLiteral("projects"), QStringLiteral("allocations") }) {
        const auto source = ExportTables::source(m_db.db(), name, Filter {});
        const QString path = m_dir.filePath(name + QStringLiteral(".xlsx"));
        XlsxExporter exporter;
        QVERIFY2(exporter.write(*source, path), qPrintable(exporter.errorString()));
        const QJsonObject sheet = firstSheet(readXlsx(path));
        const bool wide = source->columns().size() > 6;
        QCOMPARE(sheet.value(QStringLiteral("orientation")).toString(),
            wide ? QStringLiteral("landscape") : QStringLiteral("portrait"));
        QVERIFY(sheet.value(QStringLiteral("fitToPage")).toBool());
        QCOMPARE(sheet.value(QStringLiteral("fitToWidth")).toInt(), 1);
        QCOMPARE(sheet.value(QStringLiteral("fitToHeight")).toInt(), 0);
        QCOMPARE(sheet.value(QStringLiteral("printTitleRows")).toString(), QStringLiteral("$2:$2")); // the headers
        QCOMPARE(cellAt(sheet.value(QStringLiteral("rows")).toArray(), 1, 0).value(QStringLiteral("b")).toBool(), true);
    }
}

void TestExportPolish::totalsRowEqualsColumnSums()
{
    const auto source = ExportTables::source(m_db.db(), QStringLiteral("projects"), Filter {});
    const QString path = m_dir.filePath(QStringLiteral("totals.xlsx"));
    XlsxExporter exporter;
    QVERIFY2(exporter.write(*source, path), qPrintable(exporter.errorString()));
    const QJsonArray rows = rowsOf(readXlsx(path));
    const qint64 count = scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM projects"));
    QCOMPARE(rows.size(), int(count) + 3); // title, headers, rows, totals
    const int last = int(rows.size()) - 1;
    QCOMPARE(cellAt(rows, last, 0).value(QStringLiteral("v")).toString(), QStringLiteral("Total"));
    QVERIFY(cellAt(rows, last, 0).value(QStringLiteral("b")).toBool());
    // Year (1), Percent (11): no total. Budget (9), Paid (10): money; Beneficiaries (14, 15): integers.
    QCOMPARE(cellAt(rows, last, 1).value(QStringLiteral("t")).toString(), QStringLiteral("empty"));
    QCOMPARE(cellAt(rows, last, 11).value(QStringLiteral("t")).toString(), QStringLiteral("empty"));
    const auto number = [&](int column) {
        const QJsonObject c = cellAt(rows, last, column);
        return c.value(QStringLiteral("t")).toString() == QLatin1String("n") ? c.value(QStringLiteral("v")).toDouble()
                                                                             : -1.0;
    };
    QCOMPARE(qRound64(number(9) * 100), scalar(m_db.db(), QStringLiteral("SELECT sum(budget_fen) FROM projects")));
    QCOMPARE(qRound64(number(10) * 100),
        scalar(m_db.db(), QStringLiteral("SELECT ifnull(sum(amount_fen), 0) FROM project_payments")));
    QCOMPARE(cellAt(rows, last, 9).value(QStringLiteral("f")).toString(), QStringLiteral("¥#,##0.00"));
    QCOMPARE(qRound64(number(14)), scalar(m_db.db(), QStringLiteral("SELECT ifnull(sum(beneficiaries), 0) FROM projects")));
    QCOMPARE(qRound64(number(15)),
        scalar(m_db.db(), QStringLiteral("SELECT ifnull(sum(beneficiaries_poor), 0) FROM projects")));
    // The column sums as openpyxl adds the cells up.
    for (const int column : { 9, 14 }) {
        double sum = 0;
        for (int r = 2; r < last; ++r)
            sum += cellAt(rows, r, column).value(QStringLiteral("v")).toDouble();
        QVERIFY(qAbs(sum - number(column)) < 0.005);
    }

    // A list's export: the same, below the rows shown.
    ListView view(projectsList());
    QVERIFY(view.load(m_db.db()));
    const QString listPath = m_dir.filePath(QStringLiteral("list-totals.xlsx"));
    QString why;
    QVERIFY2(ListExport::write(&view, listPath, &why), qPrintable(why));
    const QJsonArray listRows = rowsOf(readXlsx(listPath));
    QCOMPARE(listRows.size(), view.visibleRowCount() + 3);
    const int listLast = int(listRows.size()) - 1;
    QCOMPARE(cellAt(listRows, listLast, 0).value(QStringLiteral("v")).toString(), QStringLiteral("Total"));
    QCOMPARE(cellAt(listRows, listLast, 1).value(QStringLiteral("t")).toString(), QStringLiteral("empty")); // year
    QCOMPARE(qRound64(cellAt(listRows, listLast, 2).value(QStringLiteral("v")).toDouble() * 100),
        scalar(m_db.db(), QStringLiteral("SELECT sum(budget_fen) FROM projects")));
    QCOMPARE(qRound64(cellAt(listRows, listLast, 3).value(QStringLiteral("v")).toDouble()),
        scalar(m_db.db(), QStringLiteral("SELECT ifnull(sum(beneficiaries), 0) FROM projects")));
}

void TestExportPolish::flagsInBothLanguages()
{
    // Places: "Poor" (column 8) is a flag; every row says yes or no.
    const qint64 poor = scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM places p "
                                                         "LEFT JOIN place_units pu ON pu.place_id = p.id WHERE p.is_poor = 1"));
    QVERIFY(poor > 0);
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        QVERIFY(Language::apply(language));
        const QString yes = language == QLatin1String("en") ? QStringLiteral("Yes") : QStringLiteral("是");
        const QString no = language == QLatin1String("en") ? QStringLiteral("No") : QStringLiteral("否");
        const auto source = ExportTables::source(m_db.db(), QStringLiteral("places"), Filter {});
        const QString path = m_dir.filePath(QStringLiteral("places-%1.xlsx").arg(language));
        XlsxExporter exporter;
        QVERIFY2(exporter.write(*source, path), qPrintable(exporter.errorString()));
        const QJsonArray rows = rowsOf(readXlsx(path, QStringLiteral("values")));
        qint64 yeses = 0;
        for (int r = 2; r < rows.size() - 1; ++r) { // the last row is the totals row
            const QString v = cellAt(rows, r, 8).value(QStringLiteral("v")).toString();
            QVERIFY2(v == yes || v == no, qPrintable(QStringLiteral("row %1: %2").arg(r).arg(v)));
            yeses += v == yes;
        }
        QCOMPARE(yeses, poor);
    }
}

void TestExportPolish::fileModeAsForCsv()
{
    const mode_t old = ::umask(022);
    const auto source = ExportTables::source(m_db.db(), QStringLiteral("allocations"), Filter {});
    const QString path = m_dir.filePath(QStringLiteral("mode.xlsx"));
    XlsxExporter exporter;
    const bool ok = exporter.write(*source, path);
    ::umask(old);
    QVERIFY2(ok, qPrintable(exporter.errorString()));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 07777), 0644);
}

void TestExportPolish::listsOfPeopleArePrivate()
{
    // The registries' lists exported through their Export… buttons: people and households 0600,
    // places with the usual mode.
    const mode_t old = ::umask(022);
    RegistriesPage page;
    page.setDatabase(&m_db);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const struct {
        RegistriesPage::Tab tab;
        const char *file;
        int mode;
    } cases[] = { { RegistriesPage::People, "people.xlsx", 0600 }, { RegistriesPage::Households, "households.csv", 0600 },
        { RegistriesPage::Places, "places.xlsx", 0644 } };
    for (const auto &c : cases) {
        QVERIFY(usertest::clickTab(page.tabs(), int(c.tab)));
        ListView *list = page.list(c.tab);
        const QString path = m_dir.filePath(QLatin1String(c.file));
        FileDialog::setNextFileName(path);
        QVERIFY(usertest::clickAction(list, list->exportAction()));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), c.mode);
    }
    ::umask(old);
    MessageBox::clearRecorded();
}

void TestExportPolish::defaultFileName()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(ListExport::defaultFileName(QStringLiteral("结对帮扶")), QStringLiteral("结对帮扶 %1.xlsx").arg(today));
    QCOMPARE(ListExport::defaultFileName(QStringLiteral("a/b: c")), QStringLiteral("a-b- c %1.xlsx").arg(today));

    // What the save dialog offers for a list in a tab named as its page.
    TestPage page;
    QVERIFY(page.list->load(m_db.db()));
    page.resize(800, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(ListExport::titleOf(page.list), QStringLiteral("Pairings"));
    MessageBox::setRecordOnly(false);
    QString offered;
    QTimer::singleShot(0, this, [&offered] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            offered = edit->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(usertest::clickAction(page.list, page.list->exportAction())); // the list's Export… button
    MessageBox::setRecordOnly(true);
    QCOMPARE(offered, QStringLiteral("Pairings %1.xlsx").arg(today));
    QVERIFY(MessageBox::recorded().isEmpty()); // cancelled: nothing said
}

void TestExportPolish::messageOpensFolder()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    ListView view(projectsList());
    QVERIFY(view.load(m_db.db()));
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QDir(m_dir.path()).mkpath(QStringLiteral("out"));
    const QString path = m_dir.filePath(QStringLiteral("out/projects.xlsx"));
    FileDialog::setNextFileName(path);
    MessageBox::setRecordOnly(false);
    QString text;
    bool clicked = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        text = box->text();
        auto *open = box->findChild<QPushButton *>(QStringLiteral("messageAction"));
        if (!open)
            return;
        QCOMPARE(open->text(), QStringLiteral("Open Folder"));
        QTest::mouseClick(open, Qt::LeftButton);
        clicked = true;
    });
    QVERIFY(usertest::clickAction(&view, view.exportAction())); // the list's Export… button
    MessageBox::setRecordOnly(true);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY2(text.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())), qPrintable(text));
    QVERIFY(clicked);
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first(), QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

QTEST_MAIN(TestExportPolish)
#include "test_export_polish.moc"

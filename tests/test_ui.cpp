// The main window and the dashboard, driven through their widgets: opening files (and refusing
// files that are not ours), the figure tiles and filters, the charts, switching language at
// run time, the File menu through the dialog seams, and `tongxin --screenshots` as a process.

#include "common/userdriver.h"
#include "dashboard/dashboardpage.h"
#include "db/database.h"
#include "db/transaction.h"
#include "i18n/language.h"
#include "money/money.h"
#include "shell/application.h"
#include "shell/filedialog.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "shell/page.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace tongxin;

namespace {

constexpr qint64 Paid2018 = 12345600; // 123,456.00 yuan, county 10
constexpr qint64 Paid2019 = 500000000; // 5,000,000.00 yuan, county 20
constexpr qint64 Sales2018 = 8800000; // 88,000.00 yuan

const char *const Rows[] = {
    "INSERT INTO settings (key, value) VALUES ('office_name', '河西区合作交流办公室')",
    "INSERT INTO places (id, side, level, name, name_en, is_poor) VALUES "
    "(10, 'west', 'county', '庄浪县', 'Zhuanglang County', 1)",
    "INSERT INTO places (id, side, level, name, name_en, is_poor) VALUES "
    "(20, 'west', 'county', '崆峒区', 'Kongtong District', 1)",
    "INSERT INTO projects (id, name, year, county_id, category, budget_fen, status) VALUES "
    "(1, '马铃薯加工车间', 2018, 10, 'industry', 20000000, 'completed')",
    "INSERT INTO project_payments (project_id, pay_date, amount_fen) VALUES (1, '2018-06-01', 12345600)",
    "INSERT INTO projects (id, name, year, county_id, category, budget_fen, status) VALUES "
    "(2, '安全饮水工程', 2019, 20, 'drinking_water', 600000000, 'under_construction')",
    "INSERT INTO project_payments (project_id, pay_date, amount_fen) VALUES (2, '2019-03-01', 500000000)",
    "INSERT INTO sales (sale_date, channel, county_id, product, amount_fen) VALUES "
    "('2018-07-15', 'outlet', 10, '庄浪苹果', 8800000)",
};

/// Wraps every translated string in ‹›: proves that each widget retranslates on
/// QEvent::LanguageChange, whatever the state of the real translations.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return source && *source ? QStringLiteral("‹%1›").arg(QString::fromUtf8(source)) : QString();
    }
};

Page *dash(const MainWindow &w)
{
    return w.page(QStringLiteral("dashboard"));
}

QString marked(const char *source)
{
    return QStringLiteral("‹%1›").arg(QString::fromUtf8(source));
}

} // namespace

class TestUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeFirst();
    void tilesShowHeadlineFigures();
    void filtersChangeFiguresAndCharts();
    void everyWidgetRetranslates();
    void switchesToChineseAndBack();
    void refusesFilesThatAreNotOurs();
    void fileMenuThroughSeams();
    void remembersFilesAndReopensLast();
    void demoOpensOrSaysWhy();
    void screenshotsAsProcess();
    void screenshotsNeverBlock();

private:
    QString makeDatabase(const QString &name);
    static QString valueText(const MainWindow &w, const char *key);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestUi::initTestCase()
{
    Application::configure();
    // Settings and the demo file in a home of our own: QStandardPaths' test mode would share
    // ~/.qttest with every other Tongxin test running at the same time.
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QVERIFY(MainWindow::demoPath().startsWith(m_home.path()));
    QSettings().clear();
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestUi::init()
{
    QSettings().clear();
    MessageBox::clearRecorded();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = makeDatabase(QStringLiteral("office.db"));
    QVERIFY(!m_path.isEmpty());
}

void TestUi::cleanup()
{
    Language::apply(QStringLiteral("en"));
    m_dir.reset();
}

QString TestUi::makeDatabase(const QString &name)
{
    const QString path = m_dir->filePath(name);
    Database db;
    OpenError error;
    if (!db.create(path, false, &error)) {
        qWarning() << error.message;
        return {};
    }
    Transaction t(db.db());
    QSqlQuery q(db.db());
    for (const char *sql : Rows) {
        if (!q.exec(QString::fromUtf8(sql))) {
            qWarning() << sql << q.lastError().text();
            return {};
        }
    }
    return t.commit() ? path : QString();
}

QString TestUi::valueText(const MainWindow &w, const char *key)
{
    const auto *label
        = w.page(QStringLiteral("dashboard"))->findChild<QLabel *>(QStringLiteral("value_") + QLatin1String(key));
    return label ? label->text() : QStringLiteral("<no tile %1>").arg(QLatin1String(key));
}

void TestUi::welcomeFirst()
{
    MainWindow w;
    QVERIFY(w.isWelcomeShown());
    QVERIFY(!w.database());
    QCOMPARE(w.windowTitle(), QStringLiteral("Tongxin"));
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("newButton")));
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("openButton")));
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("demoButton")));
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionBackup"))->isEnabled());
    const QStringList ids = w.pageIds();
    QCOMPARE(ids.first(), QStringLiteral("dashboard"));
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // each page once
    QCOMPARE(w.findChild<QListWidget *>(QStringLiteral("sidebar"))->count(), ids.size());
    // Nothing remembered: reopening the last file leaves the welcome page.
    w.reopenLastFile();
    QVERIFY(w.isWelcomeShown());
    QVERIFY(MessageBox::recorded().isEmpty());
}

void TestUi::tilesShowHeadlineFigures()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    QVERIFY(!w.isWelcomeShown());
    QVERIFY(w.database());
    QCOMPARE(w.windowTitle(), QStringLiteral("office.db — Tongxin"));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionBackup"))->isEnabled());

    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2018 + Paid2019));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), QStringLiteral("5.12 million yuan"));
    QCOMPARE(
        dash(w)->findChild<QLabel *>(QStringLiteral("officeLabel"))->text(), QStringLiteral("河西区合作交流办公室"));
    QCOMPARE(valueText(w, "consumption_sales_fen"), Money::format(Sales2018));
    QCOMPARE(valueText(w, "aid_projects"), QStringLiteral("2 projects"));
    QCOMPARE(valueText(w, "pairing_school"), QStringLiteral("0 ↔ 0 · 0 pairs"));
    // Every figure has a tile; labour and social aid have a tile for their area figures
    // (test_dashboard_areas checks them).
    for (const FigureInfo &info : Figures::all())
        QVERIFY2(w.findChild<QFrame *>(QStringLiteral("tile_") + QLatin1String(info.key)), info.key);
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("group_funds")));
    QVERIFY(w.findChild<QFrame *>(QStringLiteral("tile_labour_persons_placed")));
    QCOMPARE(valueText(w, "labour_persons_placed"), QStringLiteral("0 persons"));
    QCOMPARE(valueText(w, "donations_cash_fen"), Money::format(0));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("group_consumption"))->text(), QStringLiteral("Consumption aid"));

    // The charts: one bar set per western unit with payments, years as categories.
    auto *aid = w.findChild<QChartView *>(QStringLiteral("fiscalAidChart"));
    QVERIFY(aid && aid->chart());
    QCOMPARE(aid->chart()->title(), QStringLiteral("Fiscal aid paid by western unit and year"));
    QCOMPARE(aid->chart()->series().size(), 1);
    auto *bars = qobject_cast<QStackedBarSeries *>(aid->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Zhuanglang County"));
    auto *years = qobject_cast<QBarCategoryAxis *>(aid->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(years->categories(), QStringList({ QStringLiteral("2018"), QStringLiteral("2019") }));
    QCOMPARE(bars->barSets().at(0)->at(0), Money::inDisplayUnit(Paid2018));
    QCOMPARE(bars->barSets().at(1)->at(1), Money::inDisplayUnit(Paid2019));

    auto *sales = w.findChild<QChartView *>(QStringLiteral("salesChart"));
    QCOMPARE(sales->chart()->series().size(), 1);
    auto *line = qobject_cast<QLineSeries *>(sales->chart()->series().first());
    QCOMPARE(line->name(), QStringLiteral("Showrooms, counters and shops"));
    QCOMPARE(line->count(), 1);
    QCOMPARE(line->at(0).y(), Money::inDisplayUnit(Sales2018));
}

void TestUi::filtersChangeFiguresAndCharts()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    auto *year = dash(w)->findChild<QComboBox *>(QStringLiteral("yearFilter"));
    auto *unit = dash(w)->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    QVERIFY(year && unit);
    QCOMPARE(year->itemText(0), QStringLiteral("All years"));
    QCOMPARE(year->count(), 3); // all, 2018, 2019
    QCOMPARE(unit->count(), 3); // all, two counties
    QCOMPARE(unit->itemText(unit->findData(20)), QStringLiteral("Kongtong District"));

    year->setCurrentIndex(year->findData(2018));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2018));
    QCOMPARE(valueText(w, "aid_projects"), QStringLiteral("1 project"));
    auto *aid = w.findChild<QChartView *>(QStringLiteral("fiscalAidChart"));
    auto *axis = qobject_cast<QBarCategoryAxis *>(aid->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axis->categories(), QStringList { QStringLiteral("2018") });

    year->setCurrentIndex(year->findData(2019));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2019));
    QCOMPARE(valueText(w, "consumption_sales_fen"), Money::format(0));
    // No sales in 2019: the chart gives way to a note.
    QVERIFY(w.findChild<QChartView *>(QStringLiteral("salesChart"))->isHidden());
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("salesChartEmpty"))->isHidden());

    year->setCurrentIndex(0);
    unit->setCurrentIndex(unit->findData(10));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2018));
    QCOMPARE(valueText(w, "consumption_sales_fen"), Money::format(Sales2018));
    auto *bars = qobject_cast<QStackedBarSeries *>(aid->chart()->series().first());
    QCOMPARE(bars->count(), 1);
}

void TestUi::everyWidgetRetranslates()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    auto *file = w.findChild<QMenu *>(QStringLiteral("menuFile"));
    auto *label = w.findChild<QLabel *>(QStringLiteral("label_fiscal_aid_paid_fen"));
    auto *group = w.findChild<QLabel *>(QStringLiteral("group_funds"));
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    auto *year = dash(w)->findChild<QComboBox *>(QStringLiteral("yearFilter"));
    auto *aid = w.findChild<QChartView *>(QStringLiteral("fiscalAidChart"));
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(label->text(), QStringLiteral("Fiscal aid paid"));

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(file->title(), marked("&File"));
    QCOMPARE(label->text(), marked("Fiscal aid paid"));
    QCOMPARE(group->text(), marked("Funds"));
    QCOMPARE(sidebar->item(0)->text(), marked("Dashboard"));
    QCOMPARE(year->itemText(0), marked("All years"));
    QCOMPARE(aid->chart()->title(), marked("Fiscal aid paid by western unit and year"));
    QCOMPARE(w.findChild<QAction *>(QStringLiteral("actionOpen"))->text(), marked("&Open…"));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("yearLabel"))->text(), marked("&Year:"));
    QCOMPARE(w.windowTitle(), marked("%1 — Tongxin").arg(QStringLiteral("office.db")));

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(label->text(), QStringLiteral("Fiscal aid paid"));
    QCOMPARE(year->itemText(0), QStringLiteral("All years"));
    QCOMPARE(aid->chart()->title(), QStringLiteral("Fiscal aid paid by western unit and year"));
}

void TestUi::switchesToChineseAndBack()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    auto *file = w.findChild<QMenu *>(QStringLiteral("menuFile"));
    auto *label = w.findChild<QLabel *>(QStringLiteral("label_fiscal_aid_paid_fen"));
    auto *unit = dash(w)->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    auto *zh = w.findChild<QAction *>(QStringLiteral("actionLanguageZh"));
    auto *en = w.findChild<QAction *>(QStringLiteral("actionLanguageEn"));
    QVERIFY(en->isChecked() && !zh->isChecked());
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // Language ▸ 中文, chosen from the menu bar with the mouse.
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuLanguage"), QStringLiteral("actionLanguageZh")));
    QCOMPARE(Language::current(), QStringLiteral("zh_CN"));
    QVERIFY(zh->isChecked() && !en->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    // Money and place names follow the language whatever the translation holds.
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), QStringLiteral("512.35万元"));
    QCOMPARE(unit->itemText(unit->findData(20)), QStringLiteral("崆峒区"));
    // Texts are Chinese where the translation has them (then they differ from the English).
    const QString zhFile = QCoreApplication::translate("tongxin::MainWindow", "&File");
    const QString zhLabel = QCoreApplication::translate("Figures", "Fiscal aid paid");
    QTRY_COMPARE(file->title(), zhFile);
    QCOMPARE(label->text(), zhLabel);
    if (zhLabel != QLatin1String("Fiscal aid paid"))
        QVERIFY(zhLabel.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));

    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuLanguage"), QStringLiteral("actionLanguageEn")));
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(label->text(), QStringLiteral("Fiscal aid paid"));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), QStringLiteral("5.12 million yuan"));
    QCOMPARE(unit->itemText(unit->findData(20)), QStringLiteral("Kongtong District"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    // No menu item offers another language: the refusal is asked of the window directly.
    QVERIFY(!w.setLanguage(QStringLiteral("fr")));
    QVERIFY(en->isChecked());
}

void TestUi::refusesFilesThatAreNotOurs()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    const QString before = valueText(w, "fiscal_aid_paid_fen");

    const QString text = m_dir->filePath(QStringLiteral("notes.db"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is not a database.\n");
    }
    const QString newer = makeDatabase(QStringLiteral("newer.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(newer);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QString missing = m_dir->filePath(QStringLiteral("missing.db"));

    for (const QString &path : { text, newer, missing }) {
        MessageBox::clearRecorded();
        const OpenError expected = Database::probe(path);
        QVERIFY(expected);
        QVERIFY(!w.openDatabase(path));
        QCOMPARE(MessageBox::recorded().size(), 1);
        QCOMPARE(MessageBox::recorded().first().kind, MessageBox::Kind::Critical);
        QCOMPARE(MessageBox::recorded().first().text, expected.message);
        // Nothing changed: the office database is still open and shown.
        QCOMPARE(w.database()->path(), QFileInfo(m_path).absoluteFilePath());
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

void TestUi::fileMenuThroughSeams()
{
    // Each item is chosen from the File (or Help) menu with the mouse; the file dialog is the
    // FileDialog seam, given the name a user would pick.
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto choose = [&w](const char *menu, const char *item) {
        return usertest::chooseMenuItem(&w, QLatin1String(menu), QLatin1String(item));
    };

    // New…: an empty database replaces the open one.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh")); // ".db" is added
    FileDialog::setNextFileName(fresh);
    QVERIFY(choose("menuFile", "actionNew"));
    QCOMPARE(w.database()->path(), fresh + QStringLiteral(".db"));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(0));
    QCOMPARE(dash(w)->findChild<QComboBox *>(QStringLiteral("yearFilter"))->count(), 1);

    // Open…: back to the office.
    FileDialog::setNextFileName(m_path);
    QVERIFY(choose("menuFile", "actionOpen"));
    QCOMPARE(w.database()->path(), m_path);

    // Open… cancelled: nothing happens.
    FileDialog::setNextFileName(QString());
    QVERIFY(choose("menuFile", "actionOpen"));
    QCOMPARE(w.database()->path(), m_path);

    // Backup copy…: a consistent, openable copy with the same figures.
    const QString backup = m_dir->filePath(QStringLiteral("copy.db"));
    FileDialog::setNextFileName(backup);
    QVERIFY(choose("menuFile", "actionBackup"));
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY(!Database::probe(backup));
    // A second copy onto an existing file is refused by the window (the menu path deletes the
    // file first, after the file dialog asked before replacing it, so only this call reaches it)…
    QVERIFY(w.backupTo(backup) == false);
    QCOMPARE(MessageBox::recorded().last().kind, MessageBox::Kind::Critical);
    QCOMPARE(w.database()->path(), m_path); // …and changes nothing
    QVERIFY(w.openDatabase(backup));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2018 + Paid2019));

    // New… onto the open file is refused.
    MessageBox::clearRecorded();
    FileDialog::setNextFileName(backup);
    QVERIFY(choose("menuFile", "actionNew"));
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

void TestUi::remembersFilesAndReopensLast()
{
    QStringList paths;
    for (int i = 0; i < MainWindow::MaxRecentFiles + 2; ++i)
        paths << makeDatabase(QStringLiteral("f%1.db").arg(i));
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
    emit list->itemClicked(list->item(1));
    QVERIFY(!third.isWelcomeShown());
    QCOMPARE(third.database()->path(), paths.at(paths.size() - 2));
}

void TestUi::demoOpensOrSaysWhy()
{
    const QString demo = MainWindow::demoPath();
    QFile::remove(demo);
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    MessageBox::clearRecorded();
    if (w.openDemo()) {
        QCOMPARE(w.database()->path(), demo);
        QVERIFY(QFileInfo::exists(demo));
        QVERIFY(valueText(w, "fiscal_aid_paid_fen") != Money::format(0));
        const QDateTime built = QFileInfo(demo).lastModified();
        QVERIFY(w.openDemo()); // exists now: opened, not rebuilt
        QCOMPARE(QFileInfo(demo).lastModified(), built);
        // A damaged demo is rebuilt.
        QVERIFY(w.openDatabase(m_path));
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
        QCOMPARE(w.database()->path(), m_path);
        QVERIFY(!QFileInfo::exists(demo));
        QVERIFY(!QFileInfo::exists(demo + QStringLiteral(".part")));
    }
}

void TestUi::screenshotsAsProcess()
{
    const QString shots = m_dir->filePath(QStringLiteral("shots"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TONGXIN_GUI),
        { QStringLiteral("--db"), m_path, QStringLiteral("--lang"), QStringLiteral("en"),
            QStringLiteral("--screenshots"), shots });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    MainWindow w;
    for (const QString &id : w.pageIds()) {
        const QImage image(QDir(shots).filePath(id + QStringLiteral(".png")));
        QVERIFY2(!image.isNull(), qPrintable(id));
        QCOMPARE(image.size(), QSize(1280, 800));
        QSet<QRgb> colours; // a rendered window, not a blank canvas
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(id));
    }
    // Headless runs leave the session alone (pages may keep their own view settings).
    const QSettings written(m_dir->filePath(QStringLiteral("config/Tongxin/tongxin.conf")), QSettings::IniFormat);
    for (const char *key : { "lastFile", "recentFiles", "language", "window/geometry" })
        QVERIFY2(!written.contains(QLatin1String(key)), key);
}

void TestUi::screenshotsNeverBlock()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    const QString bad = m_dir->filePath(QStringLiteral("bad.db"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nope");
    }
    // A file that is not ours: the reason on stderr and a failing exit, never a dialog.
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TONGXIN_GUI),
        { QStringLiteral("--db"), bad, QStringLiteral("--screenshots"), m_dir->filePath(QStringLiteral("s1")) });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("not a Tongxin database")));

    // No database: the welcome page.
    QProcess q;
    q.setProcessEnvironment(env);
    q.start(QStringLiteral(TONGXIN_GUI),
        { QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--screenshots"),
            m_dir->filePath(QStringLiteral("s2")) });
    QVERIFY(q.waitForFinished(60000));
    QCOMPARE(q.exitCode(), 0);
    QCOMPARE(QImage(m_dir->filePath(QStringLiteral("s2/welcome.png"))).size(), QSize(1280, 800));
}

QTEST_MAIN(TestUi)
#include "test_ui.moc"

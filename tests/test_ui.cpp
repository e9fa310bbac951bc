// The main window and the dashboard, driven through their widgets: the welcome page, the
// figure tiles and filters, the charts, switching language at run time from the Language menu,
// and `tongxin --screenshots` as a process. The File menu and the files it opens are in
// test_ui_files.

#include "common/uifixture.h"
#include "common/userdriver2.h"
#include "dashboard/dashboardpage.h"
#include "money/money.h"
#include "stats/figures.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedBarSeries>
#include <QTest>
#include <QTranslator>

using namespace tongxin;
using namespace uitest;

namespace {

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

QString marked(const char *source)
{
    return QStringLiteral("‹%1›").arg(QString::fromUtf8(source));
}

} // namespace

class TestUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.fresh()); }
    void cleanup() { m_f.tearDown(); }

    void welcomeFirst();
    void tilesShowHeadlineFigures();
    void filtersChangeFiguresAndCharts();
    void everyWidgetRetranslates();
    void switchesToChineseAndBack();
    void screenshotsAsProcess();
    void screenshotsNeverBlock();

private:
    uitest::Fixture m_f;
};

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
    QVERIFY(w.openDatabase(m_f.path));
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
    QVERIFY(w.openDatabase(m_f.path));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *year = dash(w)->findChild<QComboBox *>(QStringLiteral("yearFilter"));
    auto *unit = dash(w)->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    QVERIFY(year && unit);
    QCOMPARE(year->itemText(0), QStringLiteral("All years"));
    QCOMPARE(year->count(), 3); // all, 2018, 2019
    QCOMPARE(unit->count(), 3); // all, two counties
    QCOMPARE(unit->itemText(unit->findData(20)), QStringLiteral("Kongtong District"));

    // Each filter is chosen with the keyboard, as a user moves through a combo box.
    QVERIFY(usertest::chooseData(year, 2018));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2018));
    QCOMPARE(valueText(w, "aid_projects"), QStringLiteral("1 project"));
    auto *aid = w.findChild<QChartView *>(QStringLiteral("fiscalAidChart"));
    auto *axis = qobject_cast<QBarCategoryAxis *>(aid->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axis->categories(), QStringList { QStringLiteral("2018") });

    QVERIFY(usertest::chooseData(year, 2019));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2019));
    QCOMPARE(valueText(w, "consumption_sales_fen"), Money::format(0));
    // No sales in 2019: the chart gives way to a note.
    QVERIFY(w.findChild<QChartView *>(QStringLiteral("salesChart"))->isHidden());
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("salesChartEmpty"))->isHidden());

    QVERIFY(usertest::chooseItem(year, QStringLiteral("All years")));
    QVERIFY(usertest::chooseData(unit, 10));
    QCOMPARE(valueText(w, "fiscal_aid_paid_fen"), Money::format(Paid2018));
    QCOMPARE(valueText(w, "consumption_sales_fen"), Money::format(Sales2018));
    auto *bars = qobject_cast<QStackedBarSeries *>(aid->chart()->series().first());
    QCOMPARE(bars->count(), 1);
}

void TestUi::everyWidgetRetranslates()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_f.path));
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
    QVERIFY(w.openDatabase(m_f.path));
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
    // No menu item offers another language; `tongxin --lang fr` is refused (screenshotsNeverBlock).
    QCOMPARE(w.findChild<QMenu *>(QStringLiteral("menuLanguage"))->actions().size(), 2);
    QVERIFY(en->isChecked());
}

void TestUi::screenshotsAsProcess()
{
    const QString shots = m_f.dir->filePath(QStringLiteral("shots"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_f.dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_f.dir->filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TONGXIN_GUI),
        { QStringLiteral("--db"), m_f.path, QStringLiteral("--lang"), QStringLiteral("en"),
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
    const QSettings written(m_f.dir->filePath(QStringLiteral("config/Tongxin/tongxin.conf")), QSettings::IniFormat);
    for (const char *key : { "lastFile", "recentFiles", "language", "window/geometry" })
        QVERIFY2(!written.contains(QLatin1String(key)), key);
}

void TestUi::screenshotsNeverBlock()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_f.dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_f.dir->filePath(QStringLiteral("data")));
    const QString bad = m_f.dir->filePath(QStringLiteral("bad.db"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nope");
    }
    // A file that is not ours: the reason on stderr and a failing exit, never a dialog.
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TONGXIN_GUI),
        { QStringLiteral("--db"), bad, QStringLiteral("--screenshots"), m_f.dir->filePath(QStringLiteral("s1")) });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("not a Tongxin database")));

    // No database: the welcome page.
    QProcess q;
    q.setProcessEnvironment(env);
    q.start(QStringLiteral(TONGXIN_GUI),
        { QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--screenshots"),
            m_f.dir->filePath(QStringLiteral("s2")) });
    QVERIFY(q.waitForFinished(60000));
    QCOMPARE(q.exitCode(), 0);
    QCOMPARE(QImage(m_f.dir->filePath(QStringLiteral("s2/welcome.png"))).size(), QSize(1280, 800));

    // A language the window does not offer, asked for on the command line: refused by name.
    QProcess r;
    r.setProcessEnvironment(env);
    r.start(QStringLiteral(TONGXIN_GUI),
        { QStringLiteral("--db"), m_f.path, QStringLiteral("--lang"), QStringLiteral("fr"),
            QStringLiteral("--screenshots"), m_f.dir->filePath(QStringLiteral("s3")) });
    QVERIFY(r.waitForFinished(60000));
    QCOMPARE(r.exitCode(), 2);
    QVERIFY(QString::fromUtf8(r.readAllStandardError()).contains(QStringLiteral("unknown language fr")));
    QVERIFY(!QFileInfo::exists(m_f.dir->filePath(QStringLiteral("s3"))));
}

QTEST_MAIN(TestUi)
#include "test_ui.moc"

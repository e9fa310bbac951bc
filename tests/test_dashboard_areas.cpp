// The dashboard's labour and social-aid tiles (issue #10): their values against independent SQL
// and Headline, the year and unit filters chosen from the keyboard, the tooltips, both languages,
// and a layout that neither cuts nor crowds them at the screenshot size (1280×800).
// Set TONGXIN_SHOTS=DIR to keep a picture of the tiles of each language for a look.

#include "common/userdriver.h"
#include "db/database.h"
#include "db/transaction.h"
#include "i18n/language.h"
#include "money/money.h"
#include "report/indicators.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "shell/page.h"
#include "stats/definitions.h"
#include "stats/headline.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongxin;

namespace {

const char *const Rows[] = {
    "INSERT INTO places (id, side, level, name, name_en, is_poor) VALUES "
    "(10, 'west', 'county', '庄浪县', 'Zhuanglang County', 1)",
    "INSERT INTO places (id, side, level, name, name_en, is_poor) VALUES "
    "(20, 'west', 'county', '崆峒区', 'Kongtong District', 1)",
    "INSERT INTO labour_placements (county_id, year, destination, persons, poor_persons) VALUES "
    "(10, 2018, 'tianjin', 1200, 500)",
    "INSERT INTO labour_placements (county_id, year, month, destination, persons, poor_persons) VALUES "
    "(20, 2019, 3, 'in_province', 34, 7)",
    "INSERT INTO labour_placements (county_id, year, destination, persons, poor_persons) VALUES "
    "(10, 2019, 'elsewhere', 1, 1)",
    "INSERT INTO donations (donation_date, donor_type, donor_name, county_id, cash_fen, goods_value_fen) VALUES "
    "('2018-05-01', 'enterprise', '某企业', 10, 12345600, 0)",
    "INSERT INTO donations (donation_date, donor_type, donor_name, county_id, cash_fen, goods_value_fen, goods_desc) "
    "VALUES ('2019-02-01', 'social', '某基金会', 20, 0, 50000000, '衣物')",
    "INSERT INTO donations (donation_date, donor_type, donor_name, county_id, cash_fen, goods_value_fen, goods_desc) "
    "VALUES ('2019-09-09', 'individual', '张三', 10, 100, 200, '书')",
};

QString tileText(const MainWindow &w, const QString &key)
{
    const auto *label = w.page(QStringLiteral("dashboard"))->findChild<QLabel *>(QStringLiteral("value_") + key);
    return label ? label->text() : QStringLiteral("<no label value_%1>").arg(key);
}

QString trTile(const char *source)
{
    return QCoreApplication::translate("tongxin::FigureTile", source);
}

} // namespace

class TestDashboardAreas final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tilesShowLabourAndDonations();
    void filtersFromTheKeyboard();
    void bothLanguagesFitTheTiles();

private:
    qint64 sql(const QString &query) const;
    void chooseYear(MainWindow &w, const QString &text);
    void checkNotCut(MainWindow &w, const QString &language);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDashboardAreas::initTestCase()
{
    Application::configure();
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QSettings().clear();
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestDashboardAreas::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("office.db"));
    Database db;
    OpenError error;
    QVERIFY2(db.create(m_path, false, &error), qPrintable(error.message));
    Transaction t(db.db());
    QSqlQuery q(db.db());
    for (const char *row : Rows)
        QVERIFY2(q.exec(QString::fromUtf8(row)), qPrintable(q.lastError().text() + QLatin1Char(' ') + row));
    QVERIFY(t.commit());
}

void TestDashboardAreas::cleanup()
{
    Language::apply(QStringLiteral("en"));
    m_dir.reset();
}

// Plain SQL on the file, written here apart from Headline.
qint64 TestDashboardAreas::sql(const QString &query) const
{
    Database db;
    if (!db.open(m_path))
        return -1;
    QSqlQuery q(db.db());
    return q.exec(query) && q.next() ? q.value(0).toLongLong() : -1;
}

// Picks a year in the dashboard's year box as a user does: focus it and type the year.
void TestDashboardAreas::chooseYear(MainWindow &w, const QString &text)
{
    auto *year = w.page(QStringLiteral("dashboard"))->findChild<QComboBox *>(QStringLiteral("yearFilter"));
    QVERIFY(year);
    year->setFocus();
    QTest::keyClicks(year, text);
    QCOMPARE(year->currentText(), text);
}

void TestDashboardAreas::tilesShowLabourAndDonations()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    Page *dash = w.page(QStringLiteral("dashboard"));
    // One tile per area, under its area's heading.
    for (const char *name : { "tile_labour_persons_placed", "tile_donations_cash_fen" })
        QVERIFY2(dash->findChild<QFrame *>(QLatin1String(name)), name);
    QCOMPARE(dash->findChild<QLabel *>(QStringLiteral("group_labour"))->text(), QStringLiteral("Labour"));
    QCOMPARE(dash->findChild<QLabel *>(QStringLiteral("group_social"))->text(), QStringLiteral("Social aid"));
    QCOMPARE(dash->findChild<QLabel *>(QStringLiteral("label_labour_persons_placed"))->text(),
        QStringLiteral("Rural workers placed in jobs"));
    QCOMPARE(dash->findChild<QLabel *>(QStringLiteral("label_donations_cash_fen"))->text(),
        QStringLiteral("Donations in cash"));

    const qint64 persons = sql(QStringLiteral("SELECT sum(persons) FROM labour_placements"));
    const qint64 poor = sql(QStringLiteral("SELECT sum(poor_persons) FROM labour_placements"));
    const qint64 cash = sql(QStringLiteral("SELECT sum(cash_fen) FROM donations"));
    const qint64 goods = sql(QStringLiteral("SELECT sum(goods_value_fen) FROM donations"));
    QCOMPARE(persons, qint64(1235));
    QCOMPARE(tileText(w, QStringLiteral("labour_persons_placed")), QStringLiteral("1,235 persons"));
    QCOMPARE(tileText(w, QStringLiteral("labour_poor_placed")), QStringLiteral("of whom registered poor: 508 persons"));
    QCOMPARE(poor, qint64(508));
    QCOMPARE(tileText(w, QStringLiteral("donations_cash_fen")), Money::format(cash));
    QCOMPARE(tileText(w, QStringLiteral("donations_cash_fen")), QStringLiteral("123.46 thousand yuan"));
    QCOMPARE(tileText(w, QStringLiteral("donations_in_kind_fen")),
        QStringLiteral("and in kind, valued at %1").arg(Money::format(goods)));

    // The tooltips say what is counted.
    const QString labourTip = dash->findChild<QFrame *>(QStringLiteral("tile_labour_persons_placed"))->toolTip();
    QVERIFY2(labourTip.contains(QStringLiteral("rural workers"), Qt::CaseInsensitive)
            && labourTip.contains(QStringLiteral("registered poor")) && labourTip.contains(QStringLiteral("year of placement")),
        qPrintable(labourTip));
    const QString socialTip = dash->findChild<QFrame *>(QStringLiteral("tile_donations_cash_fen"))->toolTip();
    QVERIFY2(socialTip.contains(QStringLiteral("cash")) && socialTip.contains(QStringLiteral("goods"))
            && socialTip.contains(QStringLiteral("donation date")) && socialTip.contains(QStringLiteral("Double-click")),
        qPrintable(socialTip));

    // The same figures Headline gives, which the yearly report's indicators are.
    Database db;
    QVERIFY(db.open(m_path));
    HeadlineFigures figs;
    QVERIFY(Headline::compute(db.db(), Filter {}, &figs));
    QCOMPARE(figs.value(AreaFigure::LabourPersonsPlaced), persons);
    QCOMPARE(figs.value(AreaFigure::LabourPoorPlaced), poor);
    QCOMPARE(figs.value(AreaFigure::DonationsCash), cash);
    QCOMPARE(figs.value(AreaFigure::DonationsInKind), goods);
    IndicatorValues indicators;
    QVERIFY(Indicators::compute(db.db(), Filter::year(2019, 20), &indicators));
    QVERIFY(Headline::compute(db.db(), Filter::year(2019, 20), &figs));
    QCOMPARE(figs.value(AreaFigure::LabourPersonsPlaced), qint64(34));
    for (const auto &[key, figure] : { std::pair { "labour_placed", AreaFigure::LabourPersonsPlaced },
             std::pair { "labour_placed_poor", AreaFigure::LabourPoorPlaced },
             std::pair { "donations_cash_fen", AreaFigure::DonationsCash },
             std::pair { "donations_goods_fen", AreaFigure::DonationsInKind } })
        QCOMPARE(indicators.value(*Indicators::byKey(QLatin1String(key))), figs.value(figure));
}

void TestDashboardAreas::filtersFromTheKeyboard()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    chooseYear(w, QStringLiteral("2019"));
    QCOMPARE(tileText(w, QStringLiteral("labour_persons_placed")), QStringLiteral("35 persons"));
    QCOMPARE(tileText(w, QStringLiteral("labour_poor_placed")), QStringLiteral("of whom registered poor: 8 persons"));
    QCOMPARE(tileText(w, QStringLiteral("donations_cash_fen")),
        Money::format(sql(QStringLiteral("SELECT sum(cash_fen) FROM donations WHERE donation_date LIKE '2019-%'"))));
    QCOMPARE(tileText(w, QStringLiteral("donations_in_kind_fen")),
        QStringLiteral("and in kind, valued at %1")
            .arg(Money::format(sql(
                QStringLiteral("SELECT sum(goods_value_fen) FROM donations WHERE donation_date LIKE '2019-%'")))));

    // And one western unit, typed into the unit box.
    auto *unit = w.page(QStringLiteral("dashboard"))->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    unit->setFocus();
    QTest::keyClicks(unit, QStringLiteral("Zhuang"));
    QCOMPARE(unit->currentData().toLongLong(), qint64(10));
    QCOMPARE(tileText(w, QStringLiteral("labour_persons_placed")), QStringLiteral("1 person"));
    QCOMPARE(tileText(w, QStringLiteral("labour_poor_placed")), QStringLiteral("of whom registered poor: 1 person"));
    QCOMPARE(tileText(w, QStringLiteral("donations_cash_fen")), Money::format(100));
    QCOMPARE(tileText(w, QStringLiteral("donations_in_kind_fen")),
        QStringLiteral("and in kind, valued at %1").arg(Money::format(200)));
}

// Every text of the two tiles fits inside its tile, on one line for the values, at the size the
// screenshots use; the tiles do not overlap their neighbours.
void TestDashboardAreas::checkNotCut(MainWindow &w, const QString &language)
{
    Page *dash = w.page(QStringLiteral("dashboard"));
    for (const char *key : { "labour_persons_placed", "donations_cash_fen" }) {
        auto *tile = dash->findChild<QFrame *>(QStringLiteral("tile_") + QLatin1String(key));
        QVERIFY(tile);
        const auto labels = tile->findChildren<QLabel *>();
        QCOMPARE(labels.size(), 3); // label, value, the second figure
        for (const QLabel *label : labels) {
            const QString what = QStringLiteral("%1 %2: \"%3\"").arg(language, label->objectName(), label->text());
            QVERIFY2(tile->rect().contains(label->geometry()), qPrintable(what));
            const int needed = label->fontMetrics().horizontalAdvance(label->text());
            QVERIFY2(needed <= label->contentsRect().width(), qPrintable(what + QStringLiteral(" is cut")));
            QVERIFY2(label->height() >= label->fontMetrics().height(), qPrintable(what + QStringLiteral(" is squeezed")));
        }
        // The value and the line under it do not touch.
        const QLabel *value = tile->findChild<QLabel *>(QStringLiteral("value_") + QLatin1String(key));
        for (const QLabel *label : labels) {
            if (label != value)
                QVERIFY(!label->geometry().intersects(value->geometry()));
        }
        for (const QFrame *other : dash->findChildren<QFrame *>()) {
            if (other != tile && other->objectName().startsWith(QLatin1String("tile_")))
                QVERIFY2(!other->geometry().intersects(tile->geometry()), qPrintable(other->objectName()));
        }
    }
    const QByteArray shots = qgetenv("TONGXIN_SHOTS");
    if (!shots.isEmpty()) {
        auto *scroll = dash->findChild<QScrollArea *>(QStringLiteral("tileScroll"));
        QVERIFY(scroll && scroll->widget());
        QDir().mkpath(QString::fromLocal8Bit(shots));
        QVERIFY(scroll->widget()->grab().save(
            QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("dashboard_tiles_%1.png").arg(language))));
    }
}

void TestDashboardAreas::bothLanguagesFitTheTiles()
{
    MainWindow w;
    QVERIFY(w.openDatabase(m_path));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCoreApplication::processEvents();
    checkNotCut(w, QStringLiteral("en"));

    // Chinese, from the Language menu: the values in Chinese units, the labels from the translation.
    QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuLanguage"), QStringLiteral("actionLanguageZh")));
    QCOMPARE(Language::current(), QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    Page *dash = w.page(QStringLiteral("dashboard"));
    QCOMPARE(tileText(w, QStringLiteral("labour_persons_placed")), QStringLiteral("1,235人"));
    QCOMPARE(tileText(w, QStringLiteral("labour_poor_placed")),
        trTile("of whom registered poor: %1").arg(QStringLiteral("508人")));
    QCOMPARE(tileText(w, QStringLiteral("donations_cash_fen")), QStringLiteral("12.35万元"));
    QCOMPARE(tileText(w, QStringLiteral("donations_in_kind_fen")),
        trTile("and in kind, valued at %1").arg(QStringLiteral("50.00万元")));
    QCOMPARE(dash->findChild<QLabel *>(QStringLiteral("label_labour_persons_placed"))->text(),
        QCoreApplication::translate("Figures", "Rural workers placed in jobs"));
    QCOMPARE(dash->findChild<QLabel *>(QStringLiteral("group_labour"))->text(), QStringLiteral("劳务协作"));
    QCOMPARE(dash->findChild<QLabel *>(QStringLiteral("group_social"))->text(), QStringLiteral("社会帮扶"));
    // The tooltip is the figure's definition, in Chinese.
    const QString tip = dash->findChild<QFrame *>(QStringLiteral("tile_donations_cash_fen"))->toolTip();
    QVERIFY2(tip.contains(Definitions::of(QStringLiteral("donations_cash_fen")).counted.toHtmlEscaped()), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("现金")), qPrintable(tip));
    checkNotCut(w, QStringLiteral("zh_CN"));
}

QTEST_MAIN(TestDashboardAreas)
#include "test_dashboard_areas.moc"

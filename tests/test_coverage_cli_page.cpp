// `tongxin-cli coverage` run as a process (JSON, table, refused arguments, the demo database) and
// the coverage page driven as a user: its date typed, its unit chosen, gaps opened as pairings.

#include "coverage_fixture.h"

#include "common/markingtranslator.h"
#include "common/userdriver2.h"
#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "pairing/coverage.h"
#include "pairings/coveragepage.h"
#include "widgets/listmodel.h"
#include "widgets/listview.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include "widgets/datefield.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;
using coveragetest::AsOf;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QString err;
};

Result runCli(const QStringList &arguments)
{
    QProcess p;
    p.setProgram(QStringLiteral(TONGXIN_CLI));
    p.setArguments(arguments);
    p.start();
    Result r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCoverageCliPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    Database m_db;
    QSqlDatabase db() const { return m_db.db(); }

private slots:
    void initTestCase();
    void cliJson();
    void cliTable();
    void cliErrors();
    void page();
    void demoCli();
};

void TestCoverageCliPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(Language::apply(QStringLiteral("en")));
    m_file = m_dir.filePath(QStringLiteral("coverage.db"));
    QString error;
    QVERIFY2(coveragetest::create(m_db, m_file, &error), qPrintable(error));
}

void TestCoverageCliPage::cliJson()
{
    for (qint64 unit : { qint64(0), qint64(10) }) {
        QStringList args { QStringLiteral("coverage"), m_file, QStringLiteral("--json"), QStringLiteral("--date"),
            QStringLiteral("2020-06-01"), QStringLiteral("--lang"), QStringLiteral("en") };
        if (unit)
            args << QStringLiteral("--county") << QStringLiteral("Zhuanglang County");
        const Result r = runCli(args);
        QCOMPARE(r.code, 0);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        CoverageReport expected;
        QVERIFY(Coverage::compute(db(), AsOf, unit, &expected));
        QCOMPARE(doc.object(), expected.toJson());
        const QJsonObject totals = doc.object().value("totals").toObject();
        QCOMPARE(totals.value("uncovered").toInt(), 2);
        QCOMPARE(totals.value("one_kind").toInt(), unit ? 2 : 3);
        QCOMPARE(totals.value("several_kinds").toInt(), 1);
        QCOMPARE(totals.value("households_without_cadre").toInt(), 2);
        QCOMPARE(doc.object().value("units").toArray().size(), unit ? 1 : 2);
    }
    // Compact JSON is one line; the Chinese county name works too.
    const Result r = runCli({ QStringLiteral("coverage"), m_file, QStringLiteral("--json"), QStringLiteral("--compact"),
        QStringLiteral("--county"), QStringLiteral("崆峒区"), QStringLiteral("--date"), QStringLiteral("2020-06-01") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonArray units = QJsonDocument::fromJson(r.out).object().value("units").toArray();
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.at(0).toObject().value("id").toInt(), 20);
    // Without --date: today.
    const Result today = runCli({ QStringLiteral("coverage"), m_file, QStringLiteral("--json") });
    QCOMPARE(today.code, 0);
    QCOMPARE(QJsonDocument::fromJson(today.out).object().value("date").toString(),
        QDate::currentDate().toString(Qt::ISODate));
}

void TestCoverageCliPage::cliTable()
{
    const Result r = runCli({ QStringLiteral("coverage"), m_file, QStringLiteral("--date"),
        QStringLiteral("2020-06-01"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char *text :
        { "Zhuanglang County", "Kongtong District", "2020-06-01", "Poor villages with no village pairing in force (2)",
            "Poor villages with one kind of pairing only (2)", "Registered poor households without a cadre pair (2)",
            "All western units", "Enterprise ↔ village", "陈家沟村", "峡家村", "李根生", "王秀英" })
        QVERIFY2(out.contains(QString::fromUtf8(text)), text);
    // Villages with several kinds and households with a cadre are not gaps.
    QVERIFY(!out.contains(QStringLiteral("后家岔村")));
    QVERIFY(!out.contains(QStringLiteral("张有福")));

    const Result zh = runCli({ QStringLiteral("coverage"), m_file, QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    QCOMPARE(zh.code, 0);
    QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("陈家沟村")));

    const Result help = runCli({ QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en") });
    for (const char *text : { "coverage FILE", "--date", "households_without_cadre", "several_kinds" })
        QVERIFY2(QString::fromUtf8(help.out).contains(QLatin1String(text)), text);
}

void TestCoverageCliPage::cliErrors()
{
    const QList<QStringList> bad = {
        { "coverage", m_file, "--date", "2020-02-30" },
        { "coverage", m_file, "--date", "yesterday" },
        { "coverage", m_file, "--county", "Nowhere County" },
        { "coverage", m_file, "--year", "2019" },
        { "summary", m_file, "--date", "2020-01-01" },
        { "coverage", m_dir.filePath(QStringLiteral("missing.db")) },
    };
    for (QStringList args : bad) {
        args << QStringLiteral("--lang") << QStringLiteral("en");
        const Result r = runCli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
}

void TestCoverageCliPage::page()
{
    CoveragePage page;
    page.resize(1100, 700);
    page.setDatabase(&m_db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *date = page.findChild<DateField *>(QStringLiteral("dateEdit"));
    QVERIFY(usertest::typeDate(date, AsOf)); // the date typed
    auto *unitCombo = page.findChild<QComboBox *>(QStringLiteral("unitCombo"));
    QVERIFY(usertest::chooseData(unitCombo, 10)); // the unit chosen with the keyboard
    QCOMPARE(page.unitId(), 10);
    QCOMPARE(page.report().units.size(), 1);
    QCOMPARE(page.tileText(CoveragePage::PoorVillages), QStringLiteral("5"));
    QCOMPARE(page.tileText(CoveragePage::Uncovered), QStringLiteral("2"));
    QCOMPARE(page.tileText(CoveragePage::OneKind), QStringLiteral("2"));
    QCOMPARE(page.tileText(CoveragePage::SeveralKinds), QStringLiteral("1"));
    QCOMPARE(page.tileText(CoveragePage::HouseholdsWithoutCadre), QStringLiteral("2"));
    ListView *uncovered = page.list(CoveragePage::UncoveredList);
    ListView *oneKind = page.list(CoveragePage::OneKindList);
    ListView *households = page.list(CoveragePage::HouseholdList);
    QCOMPARE(uncovered->totalRowCount(), 2);
    QCOMPARE(oneKind->totalRowCount(), 2);
    QCOMPARE(households->totalRowCount(), 2);
    QCOMPARE(uncovered->value(1, QStringLiteral("village")).toString(), QStringLiteral("峡家村"));
    const int kindColumn = oneKind->model()->columnIndex(QStringLiteral("kinds"));
    QCOMPARE(oneKind->model()->displayText(1, kindColumn), QStringLiteral("Enterprise ↔ village"));
    // One unit: the unit column is hidden; all units: shown.
    const int unitColumn = uncovered->model()->columnIndex(QStringLiteral("unit_id"));
    QVERIFY(uncovered->tableView()->isColumnHidden(unitColumn));
    QVERIFY(usertest::chooseData(unitCombo, 0)); // all units
    QVERIFY(!uncovered->tableView()->isColumnHidden(unitColumn));
    QCOMPARE(oneKind->totalRowCount(), 3);
    QCOMPARE(oneKind->model()->displayText(2, oneKind->model()->columnIndex(QStringLiteral("unit_id"))),
        QStringLiteral("Kongtong District"));
    QCOMPARE(page.tileText(CoveragePage::PoorVillages), QStringLiteral("6"));

    // The date changes the picture.
    const QString uncoveredOnTheDate = page.tileText(CoveragePage::Uncovered);
    QVERIFY(usertest::typeDate(date, QDate(2017, 1, 1)));
    QCOMPARE(page.tileText(CoveragePage::Uncovered), QStringLiteral("6"));
    QCOMPARE(uncovered->totalRowCount(), 6);
    // Clicked into, the whole date typed over the old one as written on paper, and Enter.
    QTest::mouseClick(date->lineEdit(), Qt::LeftButton);
    QTest::keyClick(date->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date->lineEdit(), AsOf.toString(QStringLiteral("yyyy/M/d")));
    QTest::keyClick(date->lineEdit(), Qt::Key_Return);
    QCOMPARE(date->date(), AsOf);
    QCOMPARE(page.tileText(CoveragePage::Uncovered), uncoveredOnTheDate);

    // Enter on a gap asks for a pairing with that party.
    QSignalSpy spy(&page, &Page::pageRequested);
    QTableView *table = uncovered->tableView();
    QVERIFY(usertest::clickIndex(table, table->model()->index(1, uncovered->model()->columnIndex(QStringLiteral("village")))));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("pairings"));
    QCOMPARE(spy.at(0).at(1).toMap(), (QVariantMap { { QStringLiteral("kind"), QStringLiteral("community_village") },
                                          { QStringLiteral("west_place_id"), 102 } }));
    QTableView *houses = households->tableView();
    QVERIFY(usertest::clickIndex(houses, houses->model()->index(0, households->model()->columnIndex(QStringLiteral("head")))));
    QTest::keyClick(houses, Qt::Key_Enter);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("pairings"));
    QCOMPARE(spy.at(1).at(1).toMap(), (QVariantMap { { QStringLiteral("kind"), QStringLiteral("cadre_household") },
                                          { QStringLiteral("west_household_id"), 1002 } }));
    // Double-click too.
    const QModelIndex second = houses->model()->index(1, households->model()->columnIndex(QStringLiteral("village")));
    const QPoint centre = houses->visualRect(second).center();
    QVERIFY(!centre.isNull());
    // As a window system delivers it: press, release, then the double click.
    QTest::mousePress(houses->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(houses->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(houses->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(1).toMap().value(QStringLiteral("west_household_id")).toLongLong(), 1003);

    // A language change reaches every text: heading, tiles, list titles and headers, units.
    {
        usertest::MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        auto *heading = page.findChild<QLabel *>(QStringLiteral("heading"));
        QTRY_COMPARE(heading->text(), QStringLiteral("‹Coverage›"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("uncoveredListTitle"))->text().startsWith(QStringLiteral("‹")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("explanation"))->text().startsWith(QStringLiteral("‹")));
        QCOMPARE(uncovered->model()
                     ->headerData(uncovered->model()->columnIndex(QStringLiteral("village")), Qt::Horizontal)
                     .toString(),
            QStringLiteral("‹Village›"));
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("unitCombo"))->itemText(0),
            QStringLiteral("‹All western units›"));
        QCOMPARE(page.tileText(CoveragePage::PoorVillages), QStringLiteral("6")); // still the figures
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(heading->text(), QStringLiteral("Coverage"));
    }

    // No database: dashes, empty lists, a message.
    page.setDatabase(nullptr);
    QCOMPARE(page.tileText(CoveragePage::PoorVillages), QStringLiteral("–"));
    QCOMPARE(uncovered->totalRowCount(), 0);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("status"))->isVisible());
}

void TestCoverageCliPage::demoCli()
{
    const QString file = m_dir.filePath(QStringLiteral("demo.db"));
    {
        Database demo;
        QVERIFY(demo.create(file));
        QString error;
        QVERIFY2(Demo::populate(demo, &error), qPrintable(error));
    }
    const Result r = runCli({ QStringLiteral("coverage"), file, QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    Database demo;
    QVERIFY(demo.open(file));
    CoverageReport expected;
    QVERIFY(Coverage::compute(demo.db(), QDate::currentDate(), 0, &expected));
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), expected.toJson());
}

QTEST_MAIN(TestCoverageCliPage)
#include "test_coverage_cli_page.moc"

// The statistics workbook (a sheet per area, unit rows plus the unassigned row, same-basis
// rates, the definitions sheet) equal to the headline figures, and a list's export: exactly the
// rows and columns it shows, from its Export action, headers in the UI language. Files are read
// back with openpyxl (/usr/bin/python3).

#include "common/spreadsheet.h"
#include "common/userdriver2.h"
#include "export_fixture.h"

#include "db/database.h"
#include "demo/demo.h"
#include "domain/labels.h"
#include "export/csvexporter.h"
#include "export/statsworkbook.h"
#include "export/tables.h"
#include "export/xlsxexporter.h"
#include "i18n/language.h"
#include "money/money.h"
#include "report/indicators.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"
#include "widgets/listexport.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QAction>
#include <QBuffer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace tongxin;
using namespace spreadsheet;

class TestExportViews final : public ExportTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpDemo(); }
    void cleanup() { reset(); }
    void statsWorkbookEqualsHeadline();
    void listExportsWhatItShows();
    void listExportActionAndHeadersInUiLanguage();
    void ctrlEExportsFromTheSearchBox();
};

void TestExportViews::statsWorkbookEqualsHeadline()
{
    const QString path = m_dir.filePath(QStringLiteral("stats.xlsx"));
    QString why;
    QVERIFY2(StatsWorkbook::write(m_db.db(), Filter { 2017, 2020, 0 }, path, &why), qPrintable(why));
    const QJsonObject book = readXlsx(path);
    const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
    const QStringList areas = Indicators::areas();
    // A sheet per area, then the definitions of every indicator (指标说明), one row each.
    QCOMPARE(sheets.size(), areas.size() + 1);
    const QJsonArray definitions = sheets.last().toObject().value(QStringLiteral("rows")).toArray();
    QStringList defined;
    for (const QJsonValue &row : definitions)
        defined << row.toArray().at(1).toObject().value(QStringLiteral("v")).toString();
    for (const QString &key : { QStringLiteral("fiscal_aid_paid_fen"), QStringLiteral("cadres_in_post"),
             QStringLiteral("enterprises_new"), QStringLiteral("pairing_school") })
        QVERIFY2(defined.contains(key), qPrintable(key));
    // Found by a new user: the unit of money said "yuan (fen in JSON)"; the workbook has no JSON,
    // its amounts are in yuan (¥#,##0.00, checked below), and so is the unit of the definitions.
    const QString unitHeading = QCoreApplication::translate("Definitions", "Unit");
    int unitColumn = -1;
    for (int r = 0; r < definitions.size() && unitColumn < 0; ++r) {
        const QJsonArray row = definitions.at(r).toArray();
        for (int c = 0; c < row.size(); ++c) {
            if (row.at(c).toObject().value(QStringLiteral("v")).toString() == unitHeading)
                unitColumn = c;
        }
    }
    QCOMPARE(unitColumn, 5);
    int moneyUnits = 0;
    for (const QJsonValue &row : definitions) {
        const QString key = row.toArray().at(1).toObject().value(QStringLiteral("v")).toString();
        const QString unit = row.toArray().at(unitColumn).toObject().value(QStringLiteral("v")).toString();
        QVERIFY2(!unit.contains(QStringLiteral("fen")) && !unit.contains(QStringLiteral("JSON")), qPrintable(key + ": " + unit));
        if (key.endsWith(QLatin1String("_fen"))) {
            QCOMPARE(unit, QStringLiteral("yuan"));
            ++moneyUnits;
        }
    }
    QVERIFY(moneyUnits >= 5);

    QMap<QString, qint64> unitIds;
    for (const Unit &u : Breakdowns::westernUnits(m_db.db()))
        unitIds.insert(u.displayName(), u.id);
    unitIds.insert(QStringLiteral("All western units"), 0);
    unitIds.insert(QStringLiteral("Not assigned to a unit"), Filter::Unassigned);
    int checked = 0;
    for (int s = 0; s < areas.size(); ++s) {
        const QJsonObject sheet = sheets.at(s).toObject();
        QCOMPARE(sheet.value(QStringLiteral("title")).toString(), Labels::text(Labels::Domain::Area, areas[s]));
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A4"));
        const QVector<IndicatorInfo> indicators = Indicators::ofArea(areas[s]);
        QCOMPARE(sheet.value(QStringLiteral("merged")).toArray().size(), indicators.size());
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        // Title, groups, headers; 3 units and all, 4 years; records with no unit (a 2020 training).
        const bool unassigned = areas[s] == QLatin1String("talent");
        QCOMPARE(rows.size(), 3 + 4 * 4 + (unassigned ? 4 : 0));
        for (int i = 0; i < indicators.size(); ++i)
            QVERIFY(cellAt(rows, 1, 2 + 3 * i).value(QStringLiteral("v")).toString().startsWith(indicators[i].label()));
        for (int r = 3; r < rows.size(); ++r) {
            const QString unit = cellAt(rows, r, 0).value(QStringLiteral("v")).toString();
            QVERIFY2(unitIds.contains(unit), qPrintable(unit));
            const int year = cellAt(rows, r, 1).value(QStringLiteral("v")).toInt();
            const Filter f = Filter::year(year, unitIds.value(unit));
            HeadlineFigures figures;
            QVERIFY(Headline::compute(m_db.db(), f, &figures));
            for (int i = 0; i < indicators.size(); ++i) {
                const IndicatorInfo &info = indicators[i];
                const QJsonObject target = cellAt(rows, r, 2 + 3 * i);
                const QJsonObject actual = cellAt(rows, r, 3 + 3 * i);
                const QJsonObject done = cellAt(rows, r, 4 + 3 * i);
                // Office-wide figures are in the all-units rows only.
                if (info.officeWide && f.countyId != 0) {
                    QCOMPARE(actual.value(QStringLiteral("t")).toString(), QStringLiteral("empty"));
                    continue;
                }
                // Actuals: the headline figures; the others by SQL of this test.
                qint64 expected = 0;
                if (info.headline) {
                    expected = figures.value(info.figure);
                } else if (info.key == QLatin1String("labour_placed") || info.key == QLatin1String("labour_placed_poor")) {
                    expected = scalar(m_db.db(),
                        QStringLiteral("SELECT ifnull(sum(%1), 0) FROM labour_placements WHERE year = ? "
                                       "AND (? = 0 OR county_id = ?)")
                            .arg(info.key == QLatin1String("labour_placed") ? QStringLiteral("persons")
                                                                           : QStringLiteral("poor_persons")),
                        { year, f.countyId, f.countyId });
                } else {
                    expected = scalar(m_db.db(),
                        QStringLiteral("SELECT ifnull(sum(%1), 0) FROM donations WHERE substr(donation_date, 1, 4) = ? "
                                       "AND (? = 0 OR county_id = ?)")
                            .arg(info.key == QLatin1String("donations_cash_fen") ? QStringLiteral("cash_fen")
                                                                                : QStringLiteral("goods_value_fen")),
                        { QString::number(year), f.countyId, f.countyId });
                }
                const double shown = actual.value(QStringLiteral("v")).toDouble();
                QCOMPARE(info.money ? qRound64(shown * 100) : qint64(shown), expected);
                if (info.money)
                    QCOMPARE(actual.value(QStringLiteral("f")).toString(), QStringLiteral("¥#,##0.00"));
                const qint64 wanted = scalar(m_db.db(),
                    QStringLiteral("SELECT ifnull(sum(value), -1) FROM targets WHERE year = ? AND indicator = ? "
                                   "AND (? = 0 OR county_id = ?)"),
                    { year, info.key, f.countyId, f.countyId });
                if (wanted < 0) {
                    QCOMPARE(target.value(QStringLiteral("t")).toString(), QStringLiteral("empty"));
                    QCOMPARE(done.value(QStringLiteral("t")).toString(), QStringLiteral("empty"));
                    continue;
                }
                const double t = target.value(QStringLiteral("v")).toDouble();
                QCOMPARE(info.money ? qRound64(t * 100) : qint64(t), wanted);
                QCOMPARE(done.value(QStringLiteral("f")).toString(), QStringLiteral("0.0%"));
                // All units: on the targets' basis (test_completion checks it independently).
                QHash<QString, Completion> basis;
                QVERIFY(Indicators::completions(m_db.db(), f, &basis));
                QVERIFY(qAbs(done.value(QStringLiteral("v")).toDouble() - basis.value(info.key).rate()) < 1e-9);
                if (f.countyId != 0)
                    QVERIFY(qAbs(done.value(QStringLiteral("v")).toDouble() - double(expected) / wanted) < 1e-9);
                ++checked;
            }
        }
    }
    QVERIFY(checked > 50); // the demo's targets were compared
}

namespace {
ListSpec projectsList()
{
    using C = ListColumn;
    return { QStringLiteral("test/exportprojects"), "TestExportList",
        QStringLiteral("SELECT p.id, p.name, p.year, u.name AS unit, p.budget_fen, p.start_date, p.status, "
                       "p.beneficiaries FROM projects p JOIN places u ON u.id = p.county_id ORDER BY p.id"),
        { C::id(QStringLiteral("id")), C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("TestExportList", "Project")),
            C::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("TestExportList", "Year")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("TestExportList", "Western unit")),
            C::money(QStringLiteral("budget_fen"), QT_TRANSLATE_NOOP("TestExportList", "Budget")),
            C::text(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("TestExportList", "Start date")),
            C::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("TestExportList", "Status"),
                Labels::Domain::ProjectStatus),
            C::integer(QStringLiteral("beneficiaries"), QT_TRANSLATE_NOOP("TestExportList", "Beneficiaries")) } };
}
} // namespace

void TestExportViews::listExportsWhatItShows()
{
    ListView view(projectsList());
    QVERIFY(view.load(m_db.db()));
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Search, sort by budget descending, hide the year, move the status first.
    view.setSearchText(QStringLiteral("庄浪"));
    QHeaderView *header = view.tableView()->horizontalHeader();
    header->setSortIndicator(4, Qt::DescendingOrder);
    view.tableView()->setColumnHidden(2, true);
    header->moveSection(header->visualIndex(6), 2); // after the project (visual 0 is the hidden id)
    QVERIFY(view.visibleRowCount() > 5);
    QVERIFY(view.visibleRowCount() < view.totalRowCount());

    const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
    QString why;
    QVERIFY2(ListExport::write(&view, path, &why), qPrintable(why));
    const QJsonArray rows = rowsOf(readXlsx(path));
    QCOMPARE(rows.size(), view.visibleRowCount() + 3); // title, headers, rows, totals
    QVERIFY(cellAt(rows, 0, 0).value(QStringLiteral("v")).toString().contains(QStringLiteral("庄浪")));
    const QStringList headers { QStringLiteral("Project"), QStringLiteral("Status"), QStringLiteral("Western unit"),
        view.model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Start date"),
        QStringLiteral("Beneficiaries") };
    QCOMPARE(rows.at(1).toArray().size(), headers.size());
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(cellAt(rows, 1, c).value(QStringLiteral("v")).toString(), headers[c]);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < view.visibleRowCount(); ++r) {
        const int source = view.proxy()->mapToSource(view.proxy()->index(r, 0)).row();
        const QJsonArray row = rows.at(r + 2).toArray();
        QCOMPARE(row.at(0).toObject().value(QStringLiteral("v")).toString(), view.value(source, QStringLiteral("name")).toString());
        QCOMPARE(row.at(1).toObject().value(QStringLiteral("v")).toString(),
            Labels::text(Labels::Domain::ProjectStatus, view.value(source, QStringLiteral("status")).toString()));
        QCOMPARE(row.at(2).toObject().value(QStringLiteral("v")).toString(), QStringLiteral("庄浪县"));
        const qint64 fen = qRound64(row.at(3).toObject().value(QStringLiteral("v")).toDouble() * 100);
        QCOMPARE(fen, view.value(source, QStringLiteral("budget_fen")).toLongLong());
        QCOMPARE(row.at(3).toObject().value(QStringLiteral("f")).toString(), QStringLiteral("¥#,##0.00"));
        QVERIFY(fen <= previous); // the list's order
        previous = fen;
        const QJsonObject date = row.at(4).toObject();
        if (view.value(source, QStringLiteral("start_date")).isValid()) {
            QCOMPARE(date.value(QStringLiteral("t")).toString(), QStringLiteral("date"));
            QCOMPARE(date.value(QStringLiteral("v")).toString(), view.value(source, QStringLiteral("start_date")).toString());
        }
        QCOMPARE(row.at(5).toObject().value(QStringLiteral("t")).toString(), QStringLiteral("n"));
    }

    // CSV: the same rows, as shown.
    const QString csvPath = m_dir.filePath(QStringLiteral("list.csv"));
    QVERIFY2(ListExport::write(&view, csvPath, &why), qPrintable(why));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    bool bom = false;
    bool crlf = false;
    const QVector<QStringList> records = parseCsvBytes(csv.readAll(), &bom, &crlf);
    QVERIFY(bom && crlf);
    QCOMPARE(records.first(), headers);
    QCOMPARE(records.size(), view.visibleRowCount() + 1);
    const int first = view.proxy()->mapToSource(view.proxy()->index(0, 0)).row();
    QCOMPARE(records.at(1).at(3), Money::yuan(view.value(first, QStringLiteral("budget_fen")).toLongLong()));
}

void TestExportViews::listExportActionAndHeadersInUiLanguage()
{
    ListView view(projectsList());
    QVERIFY(view.load(m_db.db()));
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *button = view.findChild<QToolButton *>(QStringLiteral("export"));
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), view.exportAction());
    QCOMPARE(view.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(view.tableView()->actions().contains(view.exportAction()));

    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QTRY_COMPARE(view.exportAction()->text(), QCoreApplication::translate("tongxin::ListView", "Export…"));
    const QString path = m_dir.filePath(QStringLiteral("action.csv"));
    FileDialog::setNextFileName(path);
    QTest::keyClick(view.tableView(), Qt::Key_E, Qt::ControlModifier); // Ctrl+E in the list
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    bool bom = false;
    bool crlf = false;
    const QVector<QStringList> records = parseCsvBytes(csv.readAll(), &bom, &crlf);
    QCOMPARE(records.size(), view.totalRowCount() + 1);
    QCOMPARE(records.first().at(0), view.model()->headerData(1, Qt::Horizontal).toString());
    // Codes as the UI shows them in Chinese.
    QCOMPARE(records.at(1).at(5), Labels::text(Labels::Domain::ProjectStatus, view.value(0, QStringLiteral("status")).toString()));
    // Where it went, with a button to open the folder.
    QCOMPARE(MessageBox::recorded().size(), 1);
    QVERIFY(MessageBox::recorded().first().text.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!MessageBox::recorded().first().action.isEmpty());
    MessageBox::clearRecorded();

    // Cancelled file dialog: nothing written, no message.
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(button, Qt::LeftButton); // the list's Export… button
    QVERIFY(MessageBox::recorded().isEmpty());
}

namespace {
// A line edit as on X11 (and KDE, GNOME): Ctrl+E is its "end of line", claimed through
// ShortcutOverride before the window's shortcuts are looked up. Other platforms (the offscreen
// one of the tests) leave Ctrl+E alone, so this gives the search box the X11 binding there.
class X11LineEditKeys final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_E || key->modifiers() != Qt::ControlModifier)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            // The event marked as the line edit's own ("mine"), as Qt's X11 line edit does: then
            // it comes as a key press, not as a shortcut. (An event's flag, not a dialog's.)
            key->setAccepted(true);
            return false; // the line edit and its filters see it too
        }
        static_cast<QLineEdit *>(watched)->end(false);
        return true;
    }
};
} // namespace

// Found by a new user: Ctrl+E did nothing while the search box had the focus (the line edit took
// it as "end of line"); the export's save dialog opens from the search box as from the table.
void TestExportViews::ctrlEExportsFromTheSearchBox()
{
    ListView view(projectsList());
    QVERIFY(view.load(m_db.db()));
    view.resize(1000, 600);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QLineEdit *search = view.searchBox();
    const bool x11 = QKeySequence::keyBindings(QKeySequence::MoveToEndOfLine).contains(QKeySequence(Qt::CTRL | Qt::Key_E));
    X11LineEditKeys keys;
    if (!x11)
        search->installEventFilter(&keys); // called before the list's own filter
    QTest::mouseClick(search, Qt::LeftButton);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Jing"));
    QTest::keyClick(search, Qt::Key_Home);
    const auto cancelled = usertest::whenFileDialogCancelled();
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(*cancelled, "Ctrl+E in the search box opened no save dialog");
    QCOMPARE(search->text(), QStringLiteral("Jing"));
    QVERIFY(MessageBox::recorded().isEmpty()); // cancelled: nothing written, nothing said

    // Other keys with Ctrl stay the line edit's: Ctrl+A selects what was typed.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(search->selectedText(), QStringLiteral("Jing"));
}

QTEST_MAIN(TestExportViews)
#include "test_export_views.moc"

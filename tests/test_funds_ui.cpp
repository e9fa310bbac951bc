// Funds and projects, widgets (ui/funds): the charts' series against FundsQuery's results,
// hover texts, saving as PNG through the dialog seam, retranslation; the ledger with its
// totals, search and "% paid" bars; the project detail with "Open" through a URL seam; the
// Funds page's filters and budget warning, hosted by the main window.

#include "common/fundsfixture.h"
#include "common/userdriver2.h"

#include "domain/labels.h"
#include "funds/attachments.h"
#include "funds/fundschartswidget.h"
#include "funds/fundspage.h"
#include "funds/fundsquery.h"
#include "funds/fundsrules.h"
#include "funds/projectdetailwidget.h"
#include "funds/projectledgerview.h"
#include "i18n/language.h"
#include "money/money.h"
#include "shell/application.h"
#include "shell/filedialog.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QValueAxis>

using namespace tongxin;
using namespace tongxin::testing;

namespace {

/// Wraps every translated string in ‹›: proves that widgets retranslate on LanguageChange.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return source && *source ? QStringLiteral("‹%1›").arg(QString::fromUtf8(source)) : QString();
    }
};

} // namespace

class TestFundsUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chartsShowQueryValues();
    void chartsHoverSaveAndRetranslate();
    void ledgerViewTotalsAndSearch();
    void detailWidgetShowsAndOpens();
    void pageFiltersWarningsAndMainWindow();

private:
    QSqlDatabase db() const { return m_db->db(); }

    DemoCopies m_demo;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestFundsUi::initTestCase()
{
    Application::configure();
    QString why;
    QVERIFY2(m_demo.setUp(&why), qPrintable(why)); // also gives settings a home of their own
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestFundsUi::init()
{
    MessageBox::clearRecorded();
    QString why;
    m_db = m_demo.copy(&m_path, &why);
    QVERIFY2(m_db, qPrintable(why));
}

void TestFundsUi::cleanup()
{
    Language::apply(QStringLiteral("en"));
    m_db.reset();
}

void TestFundsUi::chartsShowQueryValues()
{
    FundsChartsWidget charts;
    charts.resize(1100, 300);
    FundsFilter f;
    charts.load(db(), f);

    // Allocation vs paid: one series, two sets per unit (allocated, paid), years as categories.
    QChart *chart = charts.view(FundsChartsWidget::Allocation)->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(bars);
    const QVector<Unit> units = Breakdowns::westernUnits(db());
    QCOMPARE(bars->count(), 2 * int(units.size()));
    const QStringList years = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first())->categories();
    QCOMPARE(years, QStringList({ QStringLiteral("2017"), QStringLiteral("2018"), QStringLiteral("2019"), QStringLiteral("2020") }));
    const QVector<Cell> allocated = FundsQuery::allocatedByUnitYear(db(), Filter {});
    const QVector<Cell> paid = FundsQuery::paidByUnitYear(db(), Filter {});
    for (QBarSet *set : bars->barSets()) {
        const QString unit = set->property("unitId").toString();
        const bool isPaid = set->property("kind").toString() == QLatin1String("paid");
        QVERIFY(!unit.isEmpty());
        for (int i = 0; i < years.size(); ++i)
            QCOMPARE(set->at(i), Money::inDisplayUnit(sumCells(isPaid ? paid : allocated, unit, years.at(i))));
    }
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Zhuanglang County, allocated"));
    QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("Zhuanglang County, paid"));

    // Budget by category: one slice per category with a budget, its share as the label.
    auto *pie = qobject_cast<QPieSeries *>(charts.view(FundsChartsWidget::Category)->chart()->series().first());
    QVERIFY(pie);
    QVERIFY(pie->holeSize() > 0); // a donut
    const QVector<Cell> budget = FundsQuery::budgetByCategory(db(), f);
    QCOMPARE(pie->count(), int(budget.size()));
    const qint64 total = sumCells(budget, QString(), QString());
    for (int i = 0; i < budget.size(); ++i) {
        QPieSlice *slice = pie->slices().at(i);
        QCOMPARE(slice->property("code").toString(), budget.at(i).row);
        QCOMPARE(slice->value(), Money::inDisplayUnit(budget.at(i).value));
        QCOMPARE(slice->label(), QStringLiteral("%1%").arg(qRound(100.0 * double(budget.at(i).value) / double(total))));
    }
    // The legend's names are kept whole (word joiners between their letters).
    QVERIFY(charts.findChild<QLabel *>(QStringLiteral("categoryChartLegend"))
                ->text()
                .remove(QChar(0x2060))
                .contains(QStringLiteral("Industry")));

    // Cumulative payments: a point per month from the first payment to the last.
    QChart *line = charts.view(FundsChartsWidget::Payments)->chart();
    auto *cumulative = qobject_cast<QLineSeries *>(line->series().first());
    QVERIFY(cumulative);
    const QVector<MonthAmount> months = FundsQuery::paymentsByMonth(db(), f);
    const QDate first = QDate::fromString(months.first().month + QStringLiteral("-01"), Qt::ISODate);
    for (const MonthAmount &m : months) {
        const QDate d = QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate);
        const int index = (d.year() - first.year()) * 12 + d.month() - first.month();
        QCOMPARE(cumulative->at(index).y(), Money::inDisplayUnit(m.cumulativeFen));
    }
    QCOMPARE(cumulative->points().last().y(), Money::inDisplayUnit(FundsQuery::ledgerTotals(db(), f).paidFen));
    auto *budgetLine = qobject_cast<QLineSeries *>(line->series().at(1));
    QCOMPARE(budgetLine->at(0).y(), Money::inDisplayUnit(FundsQuery::ledgerTotals(db(), f).budgetFen));

    // Projects by status, first status on top (a horizontal chart lists from the bottom).
    QChart *status = charts.view(FundsChartsWidget::Status)->chart();
    auto *hbars = qobject_cast<QHorizontalBarSeries *>(status->series().first());
    QVERIFY(hbars);
    const QStringList names = qobject_cast<QBarCategoryAxis *>(status->axes(Qt::Vertical).first())->categories();
    const QVector<Cell> counts = FundsQuery::projectsByStatus(db(), f);
    QCOMPARE(names.size(), counts.size());
    for (int i = 0; i < counts.size(); ++i) {
        const int at = int(names.indexOf(
            Labels::text(Labels::Domain::ProjectStatus, counts.at(i).row).replace(QStringLiteral(" construction"), QStringLiteral("<br>construction"))));
        QCOMPARE(at, int(counts.size()) - 1 - i);
        QCOMPARE(hbars->barSets().first()->at(at), double(counts.at(i).value));
    }

    // A filter changes every chart: one unit, one year.
    f.year = 2019;
    f.countyId = units.first().id;
    f.category = QStringLiteral("industry");
    charts.load(db(), f);
    bars = qobject_cast<QBarSeries *>(charts.view(FundsChartsWidget::Allocation)->chart()->series().first());
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(1)->at(0),
        Money::inDisplayUnit(sumCells(FundsQuery::paidByUnitYear(db(), Filter::year(2019, f.countyId)), QString(), QString())));
    pie = qobject_cast<QPieSeries *>(charts.view(FundsChartsWidget::Category)->chart()->series().first());
    QCOMPARE(pie->count(), 1);
    QCOMPARE(pie->slices().first()->value(), Money::inDisplayUnit(FundsQuery::ledgerTotals(db(), f).budgetFen));

    // Nothing selected: each card says so instead of an empty chart.
    f.status = QStringLiteral("cancelled");
    f.year = 2017;
    charts.load(db(), f);
    QVERIFY(charts.view(FundsChartsWidget::Category)->isHidden());
    QVERIFY(charts.findChild<QLabel *>(QStringLiteral("categoryChartEmpty"))->text().contains(QStringLiteral("No records")));
}

void TestFundsUi::chartsHoverSaveAndRetranslate()
{
    FundsChartsWidget charts;
    charts.resize(1100, 300);
    charts.load(db(), FundsFilter {});

    auto *bars = qobject_cast<QBarSeries *>(charts.view(FundsChartsWidget::Allocation)->chart()->series().first());
    QBarSet *paid = bars->barSets().at(1);
    emit paid->hovered(true, 1);
    const QString hover = charts.hoverText(FundsChartsWidget::Allocation);
    const qint64 unit = paid->property("unitId").toLongLong();
    QVERIFY2(hover.contains(QStringLiteral("Zhuanglang County, 2018")), qPrintable(hover));
    QVERIFY(hover.contains(Money::format(sumCells(FundsQuery::paidByUnitYear(db(), Filter::year(2018, unit)), QString(), QString()))));
    QVERIFY(hover.contains(Money::format(FundsQuery::allocatedOfUnitYear(db(), unit, 2018))));
    emit paid->hovered(false, 1);
    QVERIFY(charts.hoverText(FundsChartsWidget::Allocation).isEmpty());

    auto *pie = qobject_cast<QPieSeries *>(charts.view(FundsChartsWidget::Category)->chart()->series().first());
    emit pie->slices().first()->hovered(true);
    QVERIFY(pie->slices().first()->isExploded());
    QVERIFY(charts.hoverText(FundsChartsWidget::Category).contains(Money::format(FundsQuery::budgetByCategory(db(), {}).first().value)));
    auto *line = qobject_cast<QLineSeries *>(charts.view(FundsChartsWidget::Payments)->chart()->series().first());
    emit line->hovered(QPointF(line->count() - 1, 0), true);
    QVERIFY(charts.hoverText(FundsChartsWidget::Payments).contains(Money::format(FundsQuery::ledgerTotals(db(), {}).paidFen)));
    auto *status = qobject_cast<QHorizontalBarSeries *>(charts.view(FundsChartsWidget::Status)->chart()->series().first());
    emit status->barSets().first()->hovered(true, int(status->barSets().first()->count()) - 1); // the top bar: planned
    QVERIFY2(charts.hoverText(FundsChartsWidget::Status).contains(QStringLiteral("Planned")),
        qPrintable(charts.hoverText(FundsChartsWidget::Status)));

    // Save as PNG through the dialog seam.
    const QString png = m_demo.filePath(QStringLiteral("chart"));
    FileDialog::setNextFileName(png);
    charts.show();
    charts.saveWithDialog(FundsChartsWidget::Category);
    QImage image(png + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    FileDialog::setNextFileName(QString()); // cancelled: nothing written, nothing said
    charts.saveWithDialog(FundsChartsWidget::Status);
    QVERIFY(MessageBox::recorded().isEmpty());
    QVERIFY(!charts.savePng(FundsChartsWidget::Status, m_demo.filePath(QStringLiteral("no/such/dir/x.png"))));
    QCOMPARE(MessageBox::recorded().size(), 1);

    // Titles, axes and legends follow the language.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(charts.view(FundsChartsWidget::Allocation)->chart()->title(),
        QStringLiteral("‹Allocated and paid, by year›"));
    QCOMPARE(charts.view(FundsChartsWidget::Status)->chart()->title(), QStringLiteral("‹Projects by status›"));
    QVERIFY(charts.findChild<QLabel *>(QStringLiteral("allocationChartLegend"))->text().contains(QStringLiteral("‹allocated")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(charts.view(FundsChartsWidget::Status)->chart()->title(), QStringLiteral("Projects by status"));
    // Money in the display unit of the language: 万元 in Chinese.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QTRY_COMPARE(qobject_cast<QValueAxis *>(charts.view(FundsChartsWidget::Allocation)->chart()->axes(Qt::Vertical).first())->titleText(),
        QStringLiteral("万元"));
    bars = qobject_cast<QBarSeries *>(charts.view(FundsChartsWidget::Allocation)->chart()->series().first());
    QCOMPARE(bars->barSets().at(1)->at(1),
        Money::inDisplayUnit(sumCells(FundsQuery::paidByUnitYear(db(), Filter::year(2018, unit)), QString(), QString())));
}

void TestFundsUi::ledgerViewTotalsAndSearch()
{
    ProjectLedgerView ledger;
    QSignalSpy activated(&ledger, &ProjectLedgerView::projectActivated);
    ledger.setDatabase(m_db.get());
    FundsFilter f;
    f.year = 2019;
    ledger.setFilter(f);
    const LedgerTotals core = FundsQuery::ledgerTotals(db(), f);
    QCOMPARE(qint64(ledger.list()->visibleRowCount()), core.projects);
    const LedgerTotals shown = ledger.visibleTotals();
    QCOMPARE(shown.budgetFen, core.budgetFen);
    QCOMPARE(shown.paidFen, core.paidFen);
    QVERIFY2(ledger.totalsLabel()->text().contains(Money::format(core.budgetFen)), qPrintable(ledger.totalsLabel()->text()));
    QVERIFY(ledger.totalsLabel()->text().contains(Money::format(core.paidFen)));
    QVERIFY(ledger.totalsLabel()->text().contains(FundsQuery::percentText(core.paidFen, core.budgetFen)));

    // The search box narrows the rows and the totals follow.
    f.search = QStringLiteral("两癌");
    ledger.setFilter(f);
    const LedgerTotals searched = ledger.visibleTotals();
    QVERIFY(searched.projects > 0 && searched.projects < core.projects);
    QVector<LedgerRow> rows;
    QVERIFY(FundsQuery::ledger(db(), f, &rows));
    QCOMPARE(searched.projects, qint64(rows.size()));
    QCOMPARE(searched.budgetFen, FundsQuery::totals(rows).budgetFen);
    QVERIFY(ledger.totalsLabel()->text().contains(Money::format(searched.budgetFen)));

    // The "% paid" column: raw hundredths of a percent, drawn by the bar delegate.
    const int column = ledger.list()->model()->columnIndex(QStringLiteral("percent_paid_bp"));
    QVERIFY(qobject_cast<PercentBarDelegate *>(ledger.list()->tableView()->itemDelegateForColumn(column)));
    const qint64 id = rows.first().id;
    ledger.resize(1100, 600);
    QVERIFY(usertest::show(&ledger));
    QVERIFY(usertest::clickRowWithId(ledger.list(), id)); // its row clicked
    QCOMPARE(ledger.currentProjectId(), id);
    const int row = ledger.list()->currentRow();
    QCOMPARE(ledger.list()->value(row, QStringLiteral("percent_paid_bp")).toLongLong(),
        rows.first().paidFen * 10000 / rows.first().budgetFen);
    QCOMPARE(PercentBarDelegate::text(ledger.list()->value(row, QStringLiteral("percent_paid_bp"))),
        FundsQuery::percentText(rows.first().paidFen, rows.first().budgetFen));
    QCOMPARE(ledger.list()->model()->displayText(row, column), FundsQuery::percentText(rows.first().paidFen, rows.first().budgetFen));
    // Sorting by "% paid" orders by the figure (100.0% after 97.7%), not by the text.
    ledger.list()->tableView()->sortByColumn(column, Qt::AscendingOrder);
    qint64 previous = -1;
    for (int r = 0; r < ledger.list()->proxy()->rowCount(); ++r) {
        const qint64 bp = ledger.list()->proxy()->index(r, column).data(ListModel::RawRole).toLongLong() / 10;
        QVERIFY2(bp >= previous, qPrintable(QString::number(bp)));
        previous = bp;
    }
    emit ledger.list()->activated(row);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), id);

    // The list shows English unit names in English, and the place of the project.
    const int unitColumn = ledger.list()->model()->columnIndex(QStringLiteral("county"));
    QCOMPARE(ledger.list()->model()->displayText(row, unitColumn), rows.first().countyEn);
    QVERIFY(rows.first().countyEn.endsWith(QStringLiteral("County")) || rows.first().countyEn.endsWith(QStringLiteral("District")));
    ledger.setDatabase(nullptr);
    QCOMPARE(ledger.list()->totalRowCount(), 0);
}

void TestFundsUi::detailWidgetShowsAndOpens()
{
    const qint64 project = scalar(db(), QStringLiteral("SELECT project_id FROM project_attachments ORDER BY id LIMIT 1"));
    const QByteArray bytes("验收意见：合格\n");
    QString why;
    const qint64 attachment = Attachments::addData(db(), project, QStringLiteral("意见.txt"), bytes, QString(), 0, &why);
    QVERIFY2(attachment > 0, qPrintable(why));

    ProjectDetailWidget detail;
    detail.setDatabase(m_db.get());
    detail.showProject(project);
    QCOMPARE(detail.projectId(), project);
    QCOMPARE(qint64(detail.paymentsList()->topLevelItemCount()),
        scalar(db(), QStringLiteral("SELECT count(*) FROM project_payments WHERE project_id = ?"), { project }));
    QCOMPARE(qint64(detail.updatesList()->topLevelItemCount()),
        scalar(db(), QStringLiteral("SELECT count(*) FROM project_updates WHERE project_id = ?"), { project }));
    QTreeWidget *files = detail.attachmentsList();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < files->topLevelItemCount(); ++i) {
        if (files->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == attachment)
            item = files->topLevelItem(i);
    }
    QVERIFY(item);
    QCOMPARE(item->text(0), QStringLiteral("意见.txt"));
    QCOMPARE(item->text(2), Attachments::sizeText(bytes.size()));
    QCOMPARE(item->toolTip(1), QStringLiteral("text/plain"));
    QVERIFY(detail.tabs()->tabText(ProjectDetailWidget::Files).contains(QString::number(files->topLevelItemCount())));
    const QString percent = scalar(db(), QStringLiteral("SELECT percent FROM project_updates WHERE project_id = ? ORDER BY update_date, id LIMIT 1"), { project }) >= 0
        ? QStringLiteral("%1%").arg(scalar(db(), QStringLiteral("SELECT percent FROM project_updates WHERE project_id = ? ORDER BY update_date, id LIMIT 1"), { project }))
        : QString();
    QCOMPARE(detail.updatesList()->topLevelItem(0)->text(1), percent);

    // "Open": the bytes go to a temporary file handed to the viewer.
    QUrl opened;
    ProjectDetailWidget::setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    files->setCurrentItem(item);
    QVERIFY(detail.openCurrentAttachment());
    ProjectDetailWidget::setUrlOpener({});
    QVERIFY(opened.isLocalFile());
    QFile f(opened.toLocalFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    QCOMPARE(QFileInfo(f).fileName(), QStringLiteral("意见.txt"));

    detail.showProject(0);
    QCOMPARE(detail.projectId(), qint64(0));
}

void TestFundsUi::pageFiltersWarningsAndMainWindow()
{
    FundsPage page;
    page.resize(1280, 800);
    page.setDatabase(m_db.get());
    QCOMPARE(page.pageId(), QStringLiteral("funds"));
    auto *year = page.findChild<QComboBox *>(QStringLiteral("yearFilter"));
    auto *unit = page.findChild<QComboBox *>(QStringLiteral("unitFilter"));
    auto *category = page.findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(year && unit && category && status);
    QCOMPARE(qint64(page.ledger()->list()->visibleRowCount()), scalar(db(), QStringLiteral("SELECT count(*) FROM projects")));
    QVERIFY(page.detail()->projectId() > 0); // the first project is shown
    QVERIFY(page.warningLabel()->isHidden());

    // The filters chosen with the keyboard.
    QVERIFY(usertest::chooseData(year, 2020));
    QVERIFY(usertest::chooseData(unit, Breakdowns::findUnit(db(), QStringLiteral("示例县"))));
    QVERIFY(usertest::chooseData(category, QStringLiteral("health")));
    const FundsFilter f = page.filter();
    QCOMPARE(f.year, 2020);
    QCOMPARE(f.category, QStringLiteral("health"));
    QCOMPARE(qint64(page.ledger()->list()->visibleRowCount()), FundsQuery::ledgerTotals(db(), f).projects);
    QCOMPARE(page.charts()->data().filter.category, QStringLiteral("health"));
    auto *pie = qobject_cast<QPieSeries *>(page.charts()->view(FundsChartsWidget::Category)->chart()->series().first());
    QCOMPARE(pie->sum(), Money::inDisplayUnit(FundsQuery::ledgerTotals(db(), f).budgetFen));
    QVERIFY(usertest::chooseData(status, QStringLiteral("accepted")));
    QCOMPARE(qint64(page.ledger()->list()->visibleRowCount()), FundsQuery::ledgerTotals(db(), page.filter()).projects);

    // Budgets over the allocation: a visible warning under the filters.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO projects (name, year, county_id, category, budget_fen) VALUES ('追加', 2020, ?, 'health', 1000000000)"));
    q.addBindValue(f.countyId);
    QVERIFY(q.exec());
    page.setDatabase(m_db.get()); // as the main window does after a write
    QCOMPARE(page.filter().year, 2020); // the same file keeps its filters
    QVERIFY(!page.warningLabel()->isHidden());
    QVERIFY(page.warningLabel()->text().contains(FundsRules::budgetWarning(db(), f.countyId, 2020).toHtmlEscaped()));

    // The main window hosts the page.
    MainWindow w;
    w.setRememberSession(false);
    QVERIFY(w.openDatabase(m_path));
    QVERIFY(w.pageIds().contains(QStringLiteral("funds")));
    auto *hosted = qobject_cast<FundsPage *>(w.page(QStringLiteral("funds")));
    QVERIFY(hosted);
    QCOMPARE(hosted->title(), QStringLiteral("Funds"));
    QVERIFY(!hosted->icon().isNull());
}

QTEST_MAIN(TestFundsUi)
#include "test_funds_ui.moc"

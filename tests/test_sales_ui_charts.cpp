// The Consumption aid page's charts on the demo: their series against SalesQuery's aggregates
// for a filter set in the filter bar (the charts do not follow the ledger's search), hover texts,
// saving a chart as PNG and retranslation.

#include "sales_ui_fixture.h"

#include "consumption/saleschartswidget.h"
#include "domain/labels.h"
#include "money/money.h"
#include "shell/filedialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTabWidget>
#include <QToolButton>
#include <QtMath>

#include <cmath>

using namespace tongxin;
using namespace tongxin::testing;

class TestSalesUiCharts final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fx.initTestCase(); }
    void init() { m_fx.init(); }
    void cleanup() { m_fx.cleanup(); }

    void chartsEqualCoreAggregates();
    void chartsHoverSaveAndRetranslate();

private:
    QSqlDatabase db() const { return m_fx.db->db(); }
    void showPage(SalesPage &page) { m_fx.showPage(page); }

    SalesUiFixture m_fx;
};

void TestSalesUiCharts::chartsEqualCoreAggregates()
{
    SalesPage page;
    showPage(page);
    SalesFilter f;
    f.from = QDate(2018, 4, 10); // partly covered months come from the ledger
    f.to = QDate(2020, 3, 31);
    f.buyerType = QStringLiteral("individual");
    QVERIFY(applyFilter(page, f));
    QVERIFY(usertest::search(page.ledger(), QStringLiteral("苹果"))); // the charts do not follow the search
    QVERIFY(usertest::clickTab(page.tabs(), int(SalesPage::Charts)));
    QVERIFY(page.channelFilter()->isVisible());
    SalesChartsWidget *charts = page.charts();
    QCOMPARE(charts->data().filter, f);
    const SalesQuery query(db());

    // By month: one line per channel, every month between the first and the last.
    const QVector<Cell> months = query.byMonthChannel(f);
    QVERIFY(!months.isEmpty());
    const QList<QAbstractSeries *> lines = charts->view(SalesChartsWidget::Months)->chart()->series();
    QSet<QString> channels;
    for (const Cell &c : months)
        channels.insert(c.column);
    QCOMPARE(lines.size(), channels.size());
    qint64 fenSeen = 0;
    for (QAbstractSeries *s : lines) {
        auto *line = qobject_cast<QLineSeries *>(s);
        QVERIFY(line);
        const QString channel = line->property("channel").toString();
        QCOMPARE(line->name(), Labels::text(Labels::Domain::Channel, channel));
        QCOMPARE(line->count(), 24); // 2018-04 … 2020-03
        for (int i = 0; i < line->count(); ++i) {
            const QString month = QDate(2018, 4, 1).addMonths(i).toString(QStringLiteral("yyyy-MM"));
            const qint64 fen = cellValue(months, month, channel);
            QCOMPARE(line->at(i).y(), Money::inDisplayUnit(fen));
            fenSeen += fen;
        }
    }
    SalesFilter noSearch = f;
    QCOMPARE(fenSeen, expected(db(), noSearch).fen);

    // By western unit.
    const QVector<Cell> counties = query.byCounty(f);
    auto *bars = qobject_cast<QBarSeries *>(charts->view(SalesChartsWidget::Counties)->chart()->series().first());
    QVERIFY(bars);
    QBarSet *set = bars->barSets().first();
    QCOMPARE(set->count(), counties.size());
    for (int i = 0; i < counties.size(); ++i)
        QCOMPARE(set->at(i), Money::inDisplayUnit(counties.at(i).value));

    // Top products, the largest on top (the last bar of a horizontal series).
    const QVector<Cell> products = query.topProducts(f, SalesChartData::TopProducts);
    auto *top
        = qobject_cast<QHorizontalBarSeries *>(charts->view(SalesChartsWidget::Products)->chart()->series().first());
    QVERIFY(top);
    QCOMPARE(top->barSets().first()->count(), qMin(10, int(products.size())));
    for (int i = 0; i < products.size(); ++i)
        QCOMPARE(top->barSets().first()->at(int(products.size()) - 1 - i), Money::inDisplayUnit(products.at(i).value));

    // By buyer type: one buyer type is filtered, so one slice.
    const QVector<Cell> buyers = query.byBuyerType(f);
    auto *pie = qobject_cast<QPieSeries *>(charts->view(SalesChartsWidget::Buyers)->chart()->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 1);
    QCOMPARE(pie->slices().first()->property("code").toString(), QStringLiteral("individual"));
    QCOMPARE(pie->slices().first()->value(), Money::inDisplayUnit(cellValue(buyers, QStringLiteral("individual"))));

    // All buyer types: the slices are the aggregate's.
    QVERIFY(usertest::chooseItem(page.buyerFilter(), page.buyerFilter()->itemText(0)));
    pie = qobject_cast<QPieSeries *>(charts->view(SalesChartsWidget::Buyers)->chart()->series().first());
    SalesFilter all = f;
    all.buyerType.clear();
    const QVector<Cell> everyBuyer = query.byBuyerType(all);
    for (QPieSlice *slice : pie->slices())
        QCOMPARE(slice->value(), Money::inDisplayUnit(cellValue(everyBuyer, slice->property("code").toString())));
    QVERIFY(pie->count() >= 3);
}

void TestSalesUiCharts::chartsHoverSaveAndRetranslate()
{
    SalesChartsWidget charts;
    charts.resize(1000, 620);
    charts.load(db(), SalesFilter());
    const SalesQuery query(db());

    QVERIFY(usertest::show(&charts));
    // The pointer moved over a value of a series, and off the chart.
    const auto pointAt = [&charts](SalesChartsWidget::Chart which, QAbstractSeries *series, const QPointF &value) {
        QChartView *view = charts.view(which);
        const QPointF inChart = view->chart()->mapToPosition(value, series);
        usertest::hover(view->viewport(), view->mapFromScene(view->chart()->mapToScene(inChart)));
    };
    const auto away
        = [&charts](SalesChartsWidget::Chart which) { usertest::hover(charts.view(which)->viewport(), QPoint(1, 1)); };

    auto *bars = qobject_cast<QBarSeries *>(charts.view(SalesChartsWidget::Counties)->chart()->series().first());
    pointAt(SalesChartsWidget::Counties, bars, QPointF(0, bars->barSets().first()->at(0) / 2)); // the first bar
    const Cell first = query.byCounty(SalesFilter()).first();
    QVERIFY2(charts.hoverText(SalesChartsWidget::Counties).contains(Money::format(first.value)),
        qPrintable(charts.hoverText(SalesChartsWidget::Counties)));
    away(SalesChartsWidget::Counties);
    QVERIFY(charts.hoverText(SalesChartsWidget::Counties).isEmpty());

    auto *pie = qobject_cast<QPieSeries *>(charts.view(SalesChartsWidget::Buyers)->chart()->series().first());
    QPieSlice *enterprise = nullptr; // private enterprises buy instead of donating in the demo
    for (QPieSlice *slice : pie->slices()) {
        if (slice->property("code").toString() == QLatin1String("private_enterprise"))
            enterprise = slice;
    }
    QVERIFY(enterprise);
    {
        // Along the middle of the slice (angles run clockwise from 12 o'clock).
        QChartView *view = charts.view(SalesChartsWidget::Buyers);
        const QRectF plot = view->chart()->plotArea();
        // Halfway between the hole (of a doughnut) and the rim; sizes are parts of the plot area.
        const qreal radius = (pie->holeSize() + pie->pieSize()) / 2 * qMin(plot.width(), plot.height()) / 2;
        const qreal angle = qDegreesToRadians(enterprise->startAngle() + enterprise->angleSpan() / 2);
        const QPointF centre(plot.left() + plot.width() * pie->horizontalPosition(),
            plot.top() + plot.height() * pie->verticalPosition());
        const QPointF inChart = centre + QPointF(std::sin(angle), -std::cos(angle)) * radius;
        usertest::hover(view->viewport(), view->mapFromScene(view->chart()->mapToScene(inChart)));
    }
    QVERIFY(enterprise->isExploded());
    const QVector<Cell> buyers = query.byBuyerType(SalesFilter());
    const QString hover = charts.hoverText(SalesChartsWidget::Buyers);
    const qint64 part = cellValue(buyers, QStringLiteral("private_enterprise"), QStringLiteral("1"));
    QVERIFY(part > 0);
    QVERIFY2(hover.contains(Money::format(cellValue(buyers, QStringLiteral("private_enterprise")))), qPrintable(hover));
    QVERIFY2(hover.contains(Money::format(part)), qPrintable(hover));

    auto *line = qobject_cast<QLineSeries *>(charts.view(SalesChartsWidget::Months)->chart()->series().first());
    pointAt(SalesChartsWidget::Months, line, line->at(0)); // the first month's point
    QVERIFY2(charts.hoverText(SalesChartsWidget::Months).contains(QStringLiteral("2017-01")),
        qPrintable(charts.hoverText(SalesChartsWidget::Months)));
    auto *top
        = qobject_cast<QHorizontalBarSeries *>(charts.view(SalesChartsWidget::Products)->chart()->series().first());
    QBarSet *largest = top->barSets().first();
    pointAt(SalesChartsWidget::Products, top, QPointF(largest->at(largest->count() - 1) / 2, largest->count() - 1));
    QVERIFY2(charts.hoverText(SalesChartsWidget::Products).contains(query.topProducts(SalesFilter(), 1).first().row),
        qPrintable(charts.hoverText(SalesChartsWidget::Products)));

    // Save as PNG through the dialog seam.
    const QString png = m_fx.dir.filePath(QStringLiteral("sales-chart"));
    FileDialog::setNextFileName(png);
    QVERIFY(usertest::click(charts.findChild<QToolButton *>(QStringLiteral("monthsChartSave")))); // its Save button
    const QImage image(png + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 150);
    FileDialog::setNextFileName(QString()); // cancelled: nothing written, nothing said
    QVERIFY(usertest::click(charts.findChild<QToolButton *>(QStringLiteral("buyersChartSave"))));
    QVERIFY(MessageBox::recorded().isEmpty());

    // Titles and legends follow the language; money in its display unit.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(
        charts.view(SalesChartsWidget::Months)->chart()->title(), QStringLiteral("‹Sales by month and channel›"));
    QVERIFY(charts.noteLabel()->text().startsWith(QStringLiteral("‹")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(
        charts.view(SalesChartsWidget::Months)->chart()->title(), QStringLiteral("Sales by month and channel"));
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QTRY_COMPARE(qobject_cast<QBarSeries *>(charts.view(SalesChartsWidget::Counties)->chart()->series().first())
                     ->barSets()
                     .first()
                     ->at(0),
        Money::inDisplayUnit(first.value));
    QCOMPARE(Money::displayUnit(), QStringLiteral("万元"));
    auto *x = qobject_cast<QBarCategoryAxis *>(
        charts.view(SalesChartsWidget::Counties)->chart()->axes(Qt::Horizontal).first());
    QVERIFY(x);
    QVERIFY2(x->categories().contains(QStringLiteral("庄浪县")), qPrintable(x->categories().join(',')));
}

QTEST_MAIN(TestSalesUiCharts)
#include "test_sales_ui_charts.moc"

// The records behind the dashboard's figures, as a user keeps them open and narrows them
// ("Figures you can sign", "User paths"): a search typed in the list says how many of the records
// are shown and their total beside the figure's; a list opened from a tile follows the
// dashboard's year and unit and is retitled; office-wide figures never claim the unit chosen;
// the line of the records outside the office's period and a month of the sales chart list
// their records too; the chart legend keeps each name on one line; the events chart names the
// sessions of no western unit.

#include "common/uifixture.h"
#include "common/userdriver.h"
#include "common/userdriver2.h"
#include "consumption/eventschart.h"
#include "widgets/chartkit.h"
#include "dashboard/explaindialog.h"
#include "explain_driver.h"
#include "demo/demo.h"
#include "money/money.h"
#include "stats/breakdowns.h"
#include "stats/explain.h"
#include "stats/period.h"
#include "widgets/listview.h"

#include <QAbstractTextDocumentLayout>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QLineSeries>
#include <QMenu>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace tongxin;

class TestExplainFollow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void searchSaysWhatIsShown();
    void followsTheDashboard();
    void officeWideNeverClaimsTheUnit();
    void outsideThePeriod();
    void monthOfTheSalesChart();
    void legendNamesOnOneLine();
    void eventsChartNamesNoUnit();

private:
    void openWindow(const QString &path);
    Explanation core(
        const QString &path, const QString &figure, const Filter &filter, Explain::Span span = Explain::Span::Inside);
    QString totalLine(ExplainDialog *dialog) const;

    uitest::Fixture m_fx;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void TestExplainFollow::initTestCase()
{
    QVERIFY(m_fx.setUp());
    QVERIFY(m_fx.fresh());
    m_demo = m_fx.dir->filePath(QStringLiteral("demo.db"));
    QString error;
    QVERIFY2(Demo::createFile(m_demo, &error), qPrintable(error));
}

void TestExplainFollow::openWindow(const QString &path)
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(path));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExplainFollow::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("explainDialog"))
            delete w;
    }
    m_window.reset();
    Language::apply(QStringLiteral("en"));
}

Explanation TestExplainFollow::core(
    const QString &path, const QString &figure, const Filter &filter, Explain::Span span)
{
    Database db;
    Explanation e;
    if (!db.open(path, nullptr, Database::Access::ReadOnly)
        || !Explain::explain(db.db(), figure, filter, &e, nullptr, span))
        qWarning("explain %s failed", qPrintable(figure));
    return e;
}

QString TestExplainFollow::totalLine(ExplainDialog *dialog) const
{
    return dialog->findChild<QLabel *>(QStringLiteral("explainTotal"))->text();
}

void TestExplainFollow::searchSaysWhatIsShown()
{
    openWindow(m_demo);
    auto *tile = uitest::dash(*m_window)->findChild<QFrame *>(QStringLiteral("tile_fiscal_aid_paid_fen"));
    ExplainDialog *dialog = explaintest::doubleClick(
        tile, tile->findChild<QLabel *>(QStringLiteral("value_fiscal_aid_paid_fen"))->geometry().center());
    QVERIFY(dialog);
    const Filter period = dialog->filter();
    const Explanation all = core(m_demo, QStringLiteral("fiscal_aid_paid_fen"), period);
    QVERIFY(all.records.size() > 10);
    // One project's payments: its name, as the list describes its payments.
    const QString project = all.records.at(all.records.size() / 2).description.section(QStringLiteral(" · "), 0, 0);
    int n = 0;
    qint64 fen = 0;
    for (const ExplainRecord &r : all.records) {
        if (r.description.contains(project, Qt::CaseInsensitive)) {
            ++n;
            fen += r.value;
        }
    }
    QVERIFY(n > 0 && n < all.records.size());
    auto *list = dialog->findChild<ListView *>(QStringLiteral("explainList"));
    QVERIFY(usertest::search(list, project));
    const QString expected
        = QStringLiteral("Search: %1 of %2 records shown, totalling %3. All %2 records: %4 = the figure.")
              .arg(QLocale().toString(n), QLocale().toString(int(all.records.size())), Money::format(fen),
                  Money::format(all.value));
    QTRY_COMPARE(totalLine(dialog), expected);
    QCOMPARE(dialog->shownTotal(), fen);
    // The definition's date reads on after "Year: " (no stray capital).
    const QString definition = dialog->findChild<QLabel *>(QStringLiteral("explainDefinition"))->text();
    QVERIFY2(definition.contains(QStringLiteral(" Year: the ")), qPrintable(definition));
    // The search emptied: all the records again.
    QVERIFY(usertest::search(list, QString()));
    QTRY_VERIFY2(
        totalLine(dialog).endsWith(QStringLiteral("adding up to %1: the figure shown.").arg(Money::format(all.value))),
        qPrintable(totalLine(dialog)));
}

void TestExplainFollow::followsTheDashboard()
{
    openWindow(m_demo);
    Page *dash = uitest::dash(*m_window);
    auto *tile = dash->findChild<QFrame *>(QStringLiteral("tile_cadres_seconded"));
    QPointer<ExplainDialog> dialog
        = explaintest::doubleClick(tile, tile->findChild<QLabel *>(QStringLiteral("value_cadres_seconded"))->geometry().center());
    QVERIFY(dialog);
    // The year chosen while the list is open: the same list now shows 2020 and says so.
    auto *year = dash->findChild<QComboBox *>(QStringLiteral("yearFilter"));
    QVERIFY(usertest::chooseData(year, 2020));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("2020")), qPrintable(dialog->windowTitle()));
    Explanation e = core(m_demo, QStringLiteral("cadres_seconded"), Filter::year(2020));
    QCOMPARE(dialog->value(), e.value);
    QCOMPARE(dialog->findChild<ListView *>(QStringLiteral("explainList"))->totalRowCount(), int(e.records.size()));
    // Then a unit: its name in the title, its records in the list.
    auto *unit = dash->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    QVERIFY(usertest::chooseIndex(unit, 1));
    const qint64 unitId = unit->currentData().toLongLong();
    QVERIFY2(dialog->windowTitle().contains(unit->currentText()), qPrintable(dialog->windowTitle()));
    e = core(m_demo, QStringLiteral("cadres_seconded"), Filter::year(2020, unitId));
    QCOMPARE(dialog->filter().countyId, unitId);
    QCOMPARE(dialog->value(), e.value);
    QCOMPARE(dialog->total(), e.value);
    QCOMPARE(dialog->findChild<ListView *>(QStringLiteral("explainList"))->totalRowCount(), int(e.records.size()));
    // All years again: the office's period.
    QVERIFY(usertest::chooseIndex(year, 0));
    Database db;
    QVERIFY(db.open(m_demo, nullptr, Database::Access::ReadOnly));
    const OfficePeriod period = OfficePeriod::of(db.db());
    QCOMPARE(dialog->filter().fromYear, period.from);
    QCOMPARE(dialog->filter().toYear, period.to);
    QVERIFY2(dialog->windowTitle().contains(period.text()), qPrintable(dialog->windowTitle()));
}

void TestExplainFollow::officeWideNeverClaimsTheUnit()
{
    openWindow(m_demo);
    Page *dash = uitest::dash(*m_window);
    auto *unit = dash->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    auto *label = dash->findChild<QLabel *>(QStringLiteral("label_working_groups"));
    QVERIFY(!label->text().contains(QStringLiteral("office-wide")));
    QVERIFY(usertest::chooseIndex(unit, 2));
    const QString unitName = unit->currentText();
    QCOMPARE(QString(label->text()).remove(QChar(0x2060)),
        QStringLiteral("%1 (office-wide)").arg(Figures::label(Figure::WorkingGroups)));
    // The suffix is one unbreakable piece, in both languages, at any width: no line starts
    // inside "(office-wide)" / "（全办）".
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        QVERIFY(Language::apply(lang));
        const QString suffix = lang == QLatin1String("en") ? QStringLiteral("(office-wide)") : QStringLiteral("（全办）");
        QTRY_VERIFY2(QString(label->text()).remove(QChar(0x2060)).endsWith(suffix), qPrintable(label->text()));
        const QString text = label->text();
        const int start = text.lastIndexOf(suffix.at(0));
        for (int width = 20; width <= label->width(); width += 2) {
            QTextLayout layout(text, label->font());
            QTextOption option;
            option.setWrapMode(QTextOption::WordWrap);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                QVERIFY2(line.textStart() <= start || line.textStart() >= text.size(),
                    qPrintable(QStringLiteral("%1, width %2: a line starts at \"%3\"")
                                   .arg(lang).arg(width).arg(text.mid(line.textStart()))));
            }
            layout.endLayout();
        }
    }
    // A unit's own figure does not say so.
    QVERIFY(!dash->findChild<QLabel *>(QStringLiteral("label_delegation_trips"))
                 ->text()
                 .contains(QStringLiteral("office")));
    auto *tile = dash->findChild<QFrame *>(QStringLiteral("tile_working_groups"));
    ExplainDialog *dialog = explaintest::doubleClick(tile, label->geometry().center());
    QVERIFY(dialog);
    const QString heading = dialog->findChild<QLabel *>(QStringLiteral("explainHeading"))->text();
    QVERIFY2(heading.contains(QStringLiteral("Office-wide")) && !heading.contains(unitName), qPrintable(heading));
    QVERIFY(!dialog->windowTitle().contains(unitName));
    const Explanation e = core(m_demo, QStringLiteral("working_groups"), dialog->filter());
    QVERIFY(e.value > 0);
    QCOMPARE(dialog->value(), e.value);
    // Choosing "All western units" again: the label is the figure's own.
    QVERIFY(usertest::chooseIndex(unit, 0));
    QCOMPARE(label->text(), Figures::label(Figure::WorkingGroups));
}

void TestExplainFollow::outsideThePeriod()
{
    // The demo and three records dated outside its period: payments before and after it, a
    // training after it that names no unit.
    const QString path = m_fx.dir->filePath(QStringLiteral("outside.db"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    qint64 unitId = 0;
    OfficePeriod period;
    {
        Database db;
        QVERIFY(db.open(path));
        period = OfficePeriod::of(db.db());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, county_id FROM projects p WHERE budget_fen - (SELECT ifnull(sum(amount_fen), 0) FROM "
                                     "project_payments WHERE project_id = p.id) > 200000 ORDER BY id LIMIT 1")) && q.next());
        const qint64 project = q.value(0).toLongLong();
        unitId = q.value(1).toLongLong();
        Transaction t(db.db());
        for (const QString &sql : { QStringLiteral("INSERT INTO project_payments (project_id, pay_date, amount_fen, "
                                                   "voucher_no) VALUES (%1, '%2-06-01', 123400, 'OUT-1')")
                                        .arg(project)
                                        .arg(period.from - 1),
                 QStringLiteral("INSERT INTO project_payments (project_id, pay_date, amount_fen, voucher_no) VALUES "
                                "(%1, '%2-02-01', 5600, 'OUT-2')")
                     .arg(project)
                     .arg(period.to + 1),
                 QStringLiteral(
                     "INSERT INTO trainings (title, train_date, person_times) VALUES ('Out of period', '%1-03-01', 30)")
                     .arg(period.to + 1) })
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY(t.commit());
    }
    openWindow(path);
    Page *dash = uitest::dash(*m_window);
    auto *line = dash->findChild<QLabel *>(QStringLiteral("outsidePeriodLabel"));
    QVERIFY(line && line->isVisible());
    QVERIFY(line->toolTip().contains(QStringLiteral("Double-click")));
    // Several figures on the line: a double-click offers them, the user picks fiscal aid.
    QTest::mouseDClick(line, Qt::LeftButton, {}, line->rect().center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *aid = menu->findChild<QAction *>(QStringLiteral("outside_fiscal_aid_paid_fen"));
    QVERIFY(aid);
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("outside_training_person_times")));
    QSet<QWidget *> before;
    for (QWidget *w : QApplication::topLevelWidgets())
        before.insert(w);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(aid).center());
    QPointer<ExplainDialog> dialog;
    QTRY_VERIFY([&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!before.contains(w) && w->isVisible() && qobject_cast<ExplainDialog *>(w))
                dialog = qobject_cast<ExplainDialog *>(w);
        }
        return !dialog.isNull();
    }());
    // Before plus after, as the line adds them up; the records are the ones outside.
    OutsidePeriod outside;
    {
        Database db;
        QVERIFY(db.open(path, nullptr, Database::Access::ReadOnly));
        QVERIFY(OutsidePeriod::compute(db.db(), period.from, period.to, 0, &outside));
    }
    const Explanation e = core(path, QStringLiteral("fiscal_aid_paid_fen"), period.filter(), Explain::Span::Outside);
    QCOMPARE(dialog->value(), outside.figures.value(Figure::FiscalAidPaid));
    QCOMPARE(dialog->total(), dialog->value());
    QCOMPARE(e.total, dialog->value());
    auto *list = dialog->findChild<ListView *>(QStringLiteral("explainList"));
    QCOMPARE(list->totalRowCount(), int(e.records.size()));
    QStringList dates;
    for (int r = 0; r < list->totalRowCount(); ++r) {
        const QString date = list->value(r, QStringLiteral("date")).toString();
        QVERIFY2(date.left(4).toInt() < period.from || date.left(4).toInt() > period.to, qPrintable(date));
        dates << date;
    }
    QVERIFY(dates.contains(QStringLiteral("%1-06-01").arg(period.from - 1)));
    QVERIFY(dates.contains(QStringLiteral("%1-02-01").arg(period.to + 1)));
    const QString heading = dialog->findChild<QLabel *>(QStringLiteral("explainHeading"))->text();
    QVERIFY2(heading.contains(QStringLiteral("outside %1").arg(period.text())), qPrintable(heading));
    QVERIFY2(totalLine(dialog).contains(QStringLiteral("the figure shown")), qPrintable(totalLine(dialog)));
    // The project's unit chosen on the dashboard: the list follows it.
    QVERIFY(usertest::chooseData(dash->findChild<QComboBox *>(QStringLiteral("unitFilter")), unitId));
    QVERIFY(dialog);
    QCOMPARE(dialog->filter().countyId, unitId);
    QCOMPARE(dialog->value(),
        core(path, QStringLiteral("fiscal_aid_paid_fen"), period.filter(unitId), Explain::Span::Outside).value);
}

void TestExplainFollow::monthOfTheSalesChart()
{
    openWindow(m_demo);
    auto *view = uitest::dash(*m_window)->findChild<QChartView *>(QStringLiteral("salesChart"));
    QVERIFY(view && view->isVisible());
    QChart *chart = view->chart();
    // The highest point of all the lines: no other line passes there.
    QLineSeries *line = nullptr;
    int index = -1;
    for (QAbstractSeries *s : chart->series()) {
        auto *l = qobject_cast<QLineSeries *>(s);
        for (int i = 0; l && i < l->count(); ++i) {
            if (!line || l->at(i).y() > line->at(index).y()) {
                line = l;
                index = i;
            }
        }
    }
    QVERIFY(line);
    const QPoint at = view->mapFromScene(chart->mapToScene(chart->mapToPosition(line->at(index), line)));
    ExplainDialog *dialog = explaintest::doubleClick(view->viewport(), at);
    QVERIFY(dialog);
    const QString channel = line->property("channel").toString();
    const QDate month = line->property("firstMonth").toDate().addMonths(index);
    QCOMPARE(dialog->filter().firstDay(), month.toString(Qt::ISODate));
    QCOMPARE(dialog->filter().lastDay(), month.addMonths(1).addDays(-1).toString(Qt::ISODate));
    // The channel's sales that month, as the chart adds them up.
    Database db;
    QVERIFY(db.open(m_demo, nullptr, Database::Access::ReadOnly));
    qint64 fen = -1;
    for (const Cell &c : Breakdowns::salesByMonthChannel(db.db(), dialog->filter())) {
        if (c.row == month.toString(QStringLiteral("yyyy-MM")) && c.column == channel)
            fen = c.value;
    }
    QVERIFY(fen > 0);
    // The list holds that channel's records only (read as such, nothing hidden): as many rows as
    // the channel's sales that month, adding up to the point's value, which is the figure shown.
    QSqlQuery q(db.db());
    QVERIFY(q.prepare(QStringLiteral("SELECT count(*), sum(amount_fen) FROM sales "
                                     "WHERE channel = ? AND sale_date BETWEEN ? AND ?")));
    q.addBindValue(channel);
    q.addBindValue(dialog->filter().firstDay());
    q.addBindValue(dialog->filter().lastDay());
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(1).toLongLong(), fen);
    auto *list = dialog->findChild<ListView *>(QStringLiteral("explainList"));
    QCOMPARE(list->totalRowCount(), q.value(0).toInt());
    QCOMPARE(list->visibleRowCount(), list->totalRowCount());
    QVERIFY(list->totalRowCount() < core(m_demo, QStringLiteral("consumption_sales_fen"), dialog->filter()).records.size());
    QCOMPARE(dialog->shownTotal(), fen);
    QCOMPARE(dialog->total(), fen);
    QCOMPARE(dialog->value(), fen);
    for (int r = 0; r < list->totalRowCount(); ++r) {
        QVERIFY(
            list->value(r, QStringLiteral("date")).toString().startsWith(month.toString(QStringLiteral("yyyy-MM"))));
        QCOMPARE(list->value(r, QStringLiteral("channel")).toString(), channel);
    }
    const QString heading = dialog->findChild<QLabel *>(QStringLiteral("explainHeading"))->text();
    QVERIFY2(heading.contains(month.toString(QStringLiteral("yyyy-MM"))) && heading.contains(line->name()),
        qPrintable(heading));
    QVERIFY2(totalLine(dialog).endsWith(QStringLiteral("adding up to %1: the figure shown.").arg(Money::format(fen))),
        qPrintable(totalLine(dialog)));
}

void TestExplainFollow::legendNamesOnOneLine()
{
    openWindow(m_demo);
    auto *legend = uitest::dash(*m_window)->findChild<QLabel *>(QStringLiteral("salesChartLegend"));
    QVERIFY(legend && legend->isVisible());
    QVERIFY(QString(legend->text()).remove(QChar(0x2060)).contains(QStringLiteral("E-commerce")));
    // At the width it has and at any narrower one, lines break only between entries (at a
    // plain space), never inside a name such as "E-commerce".
    QVector<int> widths { legend->contentsRect().width() };
    for (int w = 60; w < legend->contentsRect().width(); w += 3)
        widths << w;
    for (const int width : std::as_const(widths)) {
        QTextDocument doc;
        doc.setDefaultFont(legend->font());
        doc.setDocumentMargin(0);
        doc.setHtml(legend->text());
        doc.setTextWidth(width);
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            QTextLayout *layout = b.layout();
            const QString text = b.text();
            for (int i = 1; i < layout->lineCount(); ++i) {
                const int start = layout->lineAt(i).textStart();
                QVERIFY2(text.at(start - 1) == QLatin1Char(' '),
                    qPrintable(
                        QStringLiteral("width %1: a line starts at \"%2\"").arg(width).arg(text.mid(start, 12))));
            }
        }
    }
}

void TestExplainFollow::eventsChartNamesNoUnit()
{
    const QDate day(2020, 11, 1);
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        QVERIFY(Language::apply(lang));
        std::unique_ptr<QChart> chart(
            EventsChart::salesByDay({ Cell { day.toString(Qt::ISODate), QStringLiteral("崆峒区"), 20000 },
                                        Cell { day.toString(Qt::ISODate), QString(), 10000 } },
                day, day.addDays(2)));
        QVERIFY(chart);
        auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
        QVERIFY(bars && bars->count() == 2);
        const QString name = bars->barSets().at(1)->label();
        QCOMPARE(name, EventsChart::tr("Not assigned to a unit"));
        QVERIFY(!name.trimmed().isEmpty());
        // In the legend whole: no-break spaces, word joiners between its letters.
        QVERIFY(EventsChart::legendHtml(chart.get()).contains(chartkit::legendEntry(bars->barSets().at(1)->color(), name)));
        QVERIFY(chartkit::unbreakable(name).contains(QChar(0x2060)));
    }
    Language::apply(QStringLiteral("en"));
    std::unique_ptr<QChart> chart(
        EventsChart::salesByDay({ Cell { day.toString(Qt::ISODate), QString(), 1 } }, day, day));
    QCOMPARE(qobject_cast<QStackedBarSeries *>(chart->series().value(0))->barSets().at(0)->label(),
        QStringLiteral("Not assigned to a unit"));
}

QTEST_MAIN(TestExplainFollow)
#include "test_explain_follow.moc"

// The records behind a figure, as a user reaches them (issue #11): double-click a dashboard
// tile, the second-reading line under it, or a bar of the fiscal aid chart, and a list opens
// with exactly the records that make that figure under the same year and unit, their total
// equal to the figure; the tile's tooltip says what it counts; the list follows a language
// switch and closes with its Close button.

#include "common/uifixture.h"
#include "common/userdriver.h"
#include "dashboard/explaindialog.h"
#include "explain_driver.h"
#include "demo/demo.h"
#include "stats/explain.h"
#include "stats/headline.h"
#include "widgets/listmodel.h"
#include "widgets/listview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace tongxin;

class TestExplainUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tileListsItsRecords_data();
    void tileListsItsRecords();
    void secondReadingLine();
    void yearChosenFirst();
    void chartBar();
    void followsLanguage();
    void descriptionTakesTheWidth();

private:
    void checkAgainstCore(ExplainDialog *dialog, const QString &figure, const Filter &filter);

    uitest::Fixture m_fx;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void TestExplainUi::initTestCase()
{
    QVERIFY(m_fx.setUp());
    QVERIFY(m_fx.fresh());
    m_demo = m_fx.dir->filePath(QStringLiteral("demo.db"));
    QString error;
    QVERIFY2(Demo::createFile(m_demo, &error), qPrintable(error));
}

void TestExplainUi::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_demo));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExplainUi::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("explainDialog"))
            delete w;
    }
    m_window.reset();
    Language::apply(QStringLiteral("en"));
}

void TestExplainUi::checkAgainstCore(ExplainDialog *dialog, const QString &figure, const Filter &filter)
{
    QVERIFY(dialog);
    Database db;
    QVERIFY(db.open(m_demo, nullptr, Database::Access::ReadOnly));
    Explanation e;
    QVERIFY(Explain::explain(db.db(), figure, filter, &e));
    QCOMPARE(dialog->value(), e.value);
    QCOMPARE(dialog->total(), e.value);
    auto *list = dialog->findChild<ListView *>(QStringLiteral("explainList"));
    QVERIFY(list);
    QCOMPARE(list->totalRowCount(), int(e.records.size()));
    // The rows are the records: their values add up to the figure.
    qint64 sum = 0;
    for (int r = 0; r < list->totalRowCount(); ++r)
        sum += list->value(r, QStringLiteral("value")).toLongLong();
    QCOMPARE(sum, e.value);
    const QString total = dialog->findChild<QLabel *>(QStringLiteral("explainTotal"))->text();
    QVERIFY2(total.contains(QStringLiteral("the figure shown")), qPrintable(total));
}

void TestExplainUi::tileListsItsRecords_data()
{
    QTest::addColumn<QString>("figure");
    for (const char *key : {"fiscal_aid_paid_fen", "cadres_seconded", "pairing_cadre_household", "training_activities",
                            "labour_persons_placed", "consumption_outlets"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestExplainUi::tileListsItsRecords()
{
    QFETCH(QString, figure);
    auto *tile = uitest::dash(*m_window)->findChild<QFrame *>(QStringLiteral("tile_") + figure);
    QVERIFY(tile);
    // The tooltip says what the figure counts and how to see its records.
    QVERIFY2(tile->toolTip().contains(QStringLiteral("Double-click")), qPrintable(tile->toolTip()));
    QVERIFY(tile->toolTip().contains(QStringLiteral("Year:")));
    // On the number itself, where a user double-clicks first.
    auto *value = tile->findChild<QLabel *>(QStringLiteral("value_") + figure);
    ExplainDialog *dialog = explaintest::doubleClick(tile, value->geometry().center());
    checkAgainstCore(dialog, figure, Filter{});
    QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("Records of: ")));
    // Close, as a user does.
    QPointer<ExplainDialog> guard(dialog);
    QVERIFY(usertest::click(usertest::buttonWithRole(dialog, QDialogButtonBox::RejectRole)));
    QTRY_VERIFY(guard.isNull());
}

void TestExplainUi::secondReadingLine()
{
    Page *dash = uitest::dash(*m_window);
    auto *tile = dash->findChild<QFrame *>(QStringLiteral("tile_cadres_seconded"));
    auto *line = tile->findChild<QLabel *>(QStringLiteral("value_cadres_in_post"));
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("in post: 10 persons"));
    ExplainDialog *dialog = explaintest::doubleClick(tile, line->geometry().center());
    checkAgainstCore(dialog, QStringLiteral("cadres_in_post"), Filter{});
    auto *pairs = dash->findChild<QLabel *>(QStringLiteral("value_pairing_cadre_household.in_force_at_end"));
    QVERIFY(pairs);
    QCOMPARE(pairs->text(), QStringLiteral("in force at end: 110"));
    auto *settled = dash->findChild<QLabel *>(QStringLiteral("value_enterprises_new"));
    QVERIFY(settled);
    QCOMPARE(settled->text(), QStringLiteral("new: 18 enterprises"));
}

void TestExplainUi::yearChosenFirst()
{
    // The list follows the dashboard's filters: 2020 and one unit, chosen from the keyboard.
    Page *dash = uitest::dash(*m_window);
    auto *year = dash->findChild<QComboBox *>(QStringLiteral("yearFilter"));
    year->setFocus();
    QTest::keyClicks(year, QStringLiteral("2020"));
    QCOMPARE(year->currentText(), QStringLiteral("2020"));
    auto *unit = dash->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    unit->setFocus();
    QTest::keyClicks(unit, QStringLiteral("K")); // Kongtong District
    QVERIFY(unit->currentText().startsWith(QLatin1Char('K')));
    const qint64 unitId = unit->currentData().toLongLong();
    auto *tile = dash->findChild<QFrame *>(QStringLiteral("tile_professionals_dispatched"));
    ExplainDialog *dialog = explaintest::doubleClick(tile->findChild<QLabel *>(QStringLiteral("label_professionals_dispatched")));
    checkAgainstCore(dialog, QStringLiteral("professionals_dispatched"), Filter::year(2020, unitId));
    const QString heading = dialog->findChild<QLabel *>(QStringLiteral("explainHeading"))->text();
    QVERIFY2(heading.contains(QStringLiteral("2020")) && heading.contains(unit->currentText()), qPrintable(heading));
}

void TestExplainUi::chartBar()
{
    auto *view = uitest::dash(*m_window)->findChild<QChartView *>(QStringLiteral("fiscalAidChart"));
    QVERIFY(view && view->isVisible());
    QChart *chart = view->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    // The middle of the first unit's bar in the third year.
    QBarSet *set = series->barSets().first();
    const int index = 2;
    const QPointF inChart = chart->mapToPosition(QPointF(index, set->at(index) / 2), series);
    const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
    ExplainDialog *dialog = explaintest::doubleClick(view->viewport(), at);
    QVERIFY(dialog);
    const int year = QStringLiteral("2019").toInt(); // categories 2017, 2018, 2019, 2020
    checkAgainstCore(dialog, QStringLiteral("fiscal_aid_paid_fen"), Filter::year(year, set->property("unitId").toLongLong()));
}

void TestExplainUi::followsLanguage()
{
    auto *tile = uitest::dash(*m_window)->findChild<QFrame *>(QStringLiteral("tile_fiscal_aid_paid_fen"));
    ExplainDialog *dialog = explaintest::doubleClick(tile->findChild<QLabel *>(QStringLiteral("label_fiscal_aid_paid_fen")));
    QVERIFY(dialog);
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QTRY_VERIFY(dialog->windowTitle().contains(QStringLiteral("财政")));
    const QString total = dialog->findChild<QLabel *>(QStringLiteral("explainTotal"))->text();
    QVERIFY2(!total.contains(QStringLiteral("record")), qPrintable(total));
}

// The "Record" column takes the width the others leave: not cut off ("…") beside blank space.
void TestExplainUi::descriptionTakesTheWidth()
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(Language::apply(lang));
        auto *tile = uitest::dash(*m_window)->findChild<QFrame *>(QStringLiteral("tile_fiscal_aid_paid_fen"));
        ExplainDialog *dialog = explaintest::doubleClick(tile->findChild<QLabel *>(QStringLiteral("value_fiscal_aid_paid_fen")));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTableView *table = dialog->findChild<ListView *>(QStringLiteral("explainList"))->tableView();
        QTRY_VERIFY(table->model()->rowCount() > 10);
        QHeaderView *header = table->horizontalHeader();
        const int description = dialog->findChild<ListView *>(QStringLiteral("explainList"))
                                    ->model()->columnIndex(QStringLiteral("description"));
        QCOMPARE(header->sectionResizeMode(description), QHeaderView::Stretch);
        int others = 0;
        for (int i = 0; i < header->count(); ++i) {
            if (i != description && !header->isSectionHidden(i))
                others += header->sectionSize(i);
        }
        const int room = table->viewport()->width();
        const int needed = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(description);
        // The columns fill the table, and the descriptions get all the width they need that is left.
        QTRY_COMPARE(others + header->sectionSize(description), room);
        QVERIFY2(header->sectionSize(description) >= qMin(needed, room - others),
            qPrintable(QStringLiteral("%1: %2 < %3").arg(lang).arg(header->sectionSize(description)).arg(needed)));
        delete dialog;
    }
}

QTEST_MAIN(TestExplainUi)
#include "test_explain_ui.moc"

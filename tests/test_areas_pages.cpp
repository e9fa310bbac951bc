// The pages of talent, labour, industry, social aid and organisation, driven offscreen on the
// demo data: lists and totals count the same rows (also while searching), a record added through
// each page's form changes its totals (after a refused attempt shows the rule's message), a used
// training cannot be deleted, filters reload list, totals and chart, and unit names follow the
// language. With TONGXIN_AREAS_SHOTS=<dir> every tab and its form are also rendered at 1280×800
// in English and Chinese.

#include "common/userdriver2.h"
#include "areas_fixture.h"

#include "areas/areapage.h"
#include "areas/areaquery.h"
#include "industry/industrypage.h"
#include "labour/labourpage.h"
#include "money/money.h"
#include "organisation/organisationpage.h"
#include "records/recordactions.h"
#include "records/recorddialog.h"
#include "shell/mainwindow.h"
#include "social/socialpage.h"
#include "stats/headline.h"
#include "talent/talentpage.h"
#include "widgets/listview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include "widgets/datefield.h"
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace tongxin;
using areastest::scalar;

namespace {

/// Shows a page on its own at the screenshot size, so its buttons can be clicked.
bool showPage(QWidget &page)
{
    page.resize(1280, 800);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

/// Clicks the page's tab `index` (already current: nothing to click; a lone tab has no tab bar).
bool clickPageTab(QWidget &page, int index)
{
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("tabs"), Qt::FindDirectChildrenOnly);
    if (!tabs)
        return false;
    return tabs->currentIndex() == index || usertest::clickTab(tabs, index);
}

/// Clicks the New… button of a tab's list.
bool clickNew(AreaTab *tab)
{
    return usertest::clickAction(tab, tab->actions()->newAction());
}

} // namespace

class TestAreaPages final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.copy()); }
    void cleanup() { m_f.tearDown(); }

    void listsSearchWhatTheTotalsSearch();
    void talentFormAddsSecondment();
    void labourFormRefusesThenAdds();
    void industryFormAddsEnterprise();
    void industryFormRefusesTheSameSettlementTwice();
    void socialFormNeedsAnAmount();
    void organisationFormAddsTrip();
    void usedTrainingCannotBeDeleted();
    void filtersReloadListTotalsAndChart();
    void unitNamesFollowTheLanguage();
    void screenshots();

private:
    areastest::Fixture m_f;
};

void TestAreaPages::listsSearchWhatTheTotalsSearch()
{
    // Each list searches exactly the columns its totals search, so both count the same rows.
    const QVector<AreaTabSpec> specs = { TalentPage::secondmentsSpec(), TalentPage::dispatchesSpec(),
        TalentPage::trainingsSpec(), TalentPage::visitorsSpec(), LabourPage::placementsSpec(),
        IndustryPage::settlementsSpec(), SocialPage::donationsSpec({}), OrganisationPage::workingGroupsSpec(),
        OrganisationPage::visitsSpec(), OrganisationPage::meetingsSpec() };
    QCOMPARE(specs.size(), AreaTableCount);
    for (const AreaTabSpec &spec : specs) {
        QStringList searched;
        for (const ListColumn &c : spec.list.columns) {
            if (c.searchable)
                searched << c.name;
        }
        QStringList expected = AreaQuery::searchColumns(spec.table);
        searched.sort();
        expected.sort();
        QCOMPARE(searched, expected);
        QCOMPARE(spec.form.table, AreaQuery::tableName(spec.table));
    }
    // And the list shows what the totals count, also while searching.
    TalentPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    QVERIFY(clickPageTab(page, TalentPage::Trainings));
    AreaTab *tab = page.tab(TalentPage::Trainings);
    QCOMPARE(tab->list()->visibleRowCount(), int(tab->totals().rows));
    QCOMPARE(tab->totals().rows, 168);
    QVERIFY(usertest::search(tab->list(), QStringLiteral("电商 sample"))); // typed into the search box
    QTRY_COMPARE(int(tab->totals().rows), tab->list()->visibleRowCount());
    QVERIFY(tab->list()->visibleRowCount() > 0 && tab->list()->visibleRowCount() < 168);
    QVERIFY(tab->totalsLabel()->text().contains(QStringLiteral("rows shown")));
    QVERIFY(usertest::search(tab->list(), QString())); // the search box emptied
    QTRY_COMPARE(tab->totals().rows, 168);
}

void TestAreaPages::talentFormAddsSecondment()
{
    // In the main window, Talent chosen from its sidebar (Edit ▸ Undo at the end is the window's).
    MainWindow w;
    auto *talent = usertest::openAtPage<TalentPage>(w, m_f.db->db().databaseName(), QStringLiteral("talent"));
    QVERIFY(talent);
    TalentPage &page = *talent;
    AreaTab *tab = page.tab(TalentPage::Secondments);
    QCOMPARE(tab->totals().value(QStringLiteral("cadres_to_west")), 10);
    const qint64 cadre = scalar(m_f.db->db(),
        QStringLiteral("SELECT id FROM people WHERE side = 'east' AND role = 'cadre' "
                       "AND id NOT IN (SELECT person_id FROM secondments) LIMIT 1"));
    const qint64 seconded
        = scalar(m_f.db->db(), QStringLiteral("SELECT person_id FROM secondments WHERE end_date IS NULL LIMIT 1"));
    // The same cadre twice at the same time: the rule's message stays in the dialog.
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("direction"), QStringLiteral("east_to_west")));
        QVERIFY(usertest::enter(&d, QStringLiteral("person_id"), seconded));
        QVERIFY(usertest::enter(&d, QStringLiteral("county_id"), m_f.units[2]));
        QVERIFY(usertest::enter(&d, QStringLiteral("start_date"), QStringLiteral("2021-03-01")));
        usertest::clickSave(&d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    const qint64 secondments = scalar(m_f.db->db(), QStringLiteral("SELECT count(*) FROM secondments"));
    QVERIFY(clickNew(tab));
    QVERIFY2(shown.contains(QStringLiteral("already on secondment")), qPrintable(shown));
    QCOMPARE(scalar(m_f.db->db(), QStringLiteral("SELECT count(*) FROM secondments")), secondments);
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("direction"), QStringLiteral("east_to_west")));
        QVERIFY(usertest::enter(&d, QStringLiteral("person_id"), cadre));
        QVERIFY(usertest::enter(&d, QStringLiteral("county_id"), m_f.units[0]));
        QVERIFY(usertest::enter(&d, QStringLiteral("position"), QStringLiteral("挂职副县长")));
        QVERIFY(usertest::enter(&d, QStringLiteral("start_date"), QStringLiteral("2020-07-01")));
        usertest::clickSave(&d);
    }));
    QVERIFY(clickNew(tab));
    QCOMPARE(tab->totals().value(QStringLiteral("secondments")), 37);
    QCOMPARE(tab->totals().value(QStringLiteral("cadres_to_west")), 11);
    QCOMPARE(tab->list()->visibleRowCount(), 37);
    HeadlineFigures figures;
    QVERIFY(Headline::compute(m_f.db->db(), Filter {}, &figures));
    QCOMPARE(figures.value(Figure::CadresSeconded), 11);
    // The trainings tab adds a session and its person-times.
    QVERIFY(clickPageTab(page, TalentPage::Trainings));
    AreaTab *trainings = page.tab(TalentPage::Trainings);
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("title"), QStringLiteral("直播带货提升班")));
        QVERIFY(usertest::enter(&d, QStringLiteral("train_date"), QStringLiteral("2020-11-02")));
        QVERIFY(usertest::enter(&d, QStringLiteral("field"), QStringLiteral("ecommerce")));
        QVERIFY(usertest::enter(&d, QStringLiteral("person_times"), 120));
        usertest::clickSave(&d);
    }));
    QVERIFY(clickNew(trainings));
    QCOMPARE(trainings->totals().value(QStringLiteral("sessions")), 169);
    QCOMPARE(trainings->totals().value(QStringLiteral("person_times")), 22086 + 120);
    QVERIFY(usertest::chooseUndo(&w)); // Edit ▸ Undo; the window reloads its pages
    QCOMPARE(trainings->totals().value(QStringLiteral("person_times")), 22086);
    QCOMPARE(scalar(m_f.db->db(), QStringLiteral("SELECT count(*) FROM trainings")), 168);
}

void TestAreaPages::labourFormRefusesThenAdds()
{
    LabourPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    QVERIFY(usertest::chooseData(page.unitFilter(), m_f.units[1]));
    QVERIFY(usertest::chooseData(page.yearFilter(), 2020));
    AreaTab *tab = page.tab(0);
    const AreaTotals before = tab->totals();
    QCOMPARE(before.value(QStringLiteral("persons")),
        scalar(m_f.db->db(),
            QStringLiteral("SELECT total(persons) FROM labour_placements WHERE year = 2020 AND county_id = %1")
                .arg(m_f.units[1])));
    QString shown;
    QVariantMap prefilled;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        prefilled = d.values();
        QVERIFY(usertest::enter(&d, QStringLiteral("persons"), 50));
        QVERIFY(usertest::enter(&d, QStringLiteral("poor_persons"), 60));
        usertest::clickSave(&d);
        shown = d.message();
        if (d.result() == QDialog::Accepted)
            return;
        QVERIFY(usertest::enter(&d, QStringLiteral("poor_persons"), 20));
        QVERIFY(usertest::enter(&d, QStringLiteral("employer"), QStringLiteral("天津某物流企业")));
        usertest::clickSave(&d);
    }));
    QVERIFY(clickNew(tab));
    QVERIFY2(shown.contains(QStringLiteral("cannot be more than")), qPrintable(shown));
    // The new record started with the page's unit and year.
    QCOMPARE(prefilled.value(QStringLiteral("county_id")).toLongLong(), m_f.units[1]);
    QCOMPARE(prefilled.value(QStringLiteral("year")).toInt(), 2020);
    QCOMPARE(tab->totals().value(QStringLiteral("persons")), before.value(QStringLiteral("persons")) + 50);
    QCOMPARE(tab->totals().value(QStringLiteral("poor_persons")), before.value(QStringLiteral("poor_persons")) + 20);
    QVERIFY(tab->sideTable()->rowCount() == 1);
    QCOMPARE(tab->sideTable()->item(0, 1)->text(), QStringLiteral("2020"));
}

void TestAreaPages::industryFormAddsEnterprise()
{
    IndustryPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    AreaTab *tab = page.tab(0);
    QCOMPARE(tab->totals().value(QStringLiteral("enterprises")), 18);
    const qint64 enterprise = scalar(m_f.db->db(),
        QStringLiteral("SELECT id FROM organisations WHERE side = 'east' AND kind = 'enterprise' "
                       "AND id NOT IN (SELECT org_id FROM enterprise_settlements) LIMIT 1"));
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("org_id"), enterprise));
        QVERIFY(usertest::enter(&d, QStringLiteral("county_id"), m_f.units[2]));
        QVERIFY(usertest::enter(&d, QStringLiteral("year"), 2020));
        QVERIFY(usertest::enter(&d, QStringLiteral("investment_fen"), 250000000)); // 2.5 million yuan
        QVERIFY(usertest::enter(&d, QStringLiteral("jobs"), 40));
        QVERIFY(usertest::enter(&d, QStringLiteral("poor_employed"), 41));
        usertest::clickSave(&d);
        shown = d.message();
        QVERIFY(usertest::enter(&d, QStringLiteral("poor_employed"), 25));
        usertest::clickSave(&d);
    }));
    const qint64 investment = tab->totals().value(QStringLiteral("investment"));
    QVERIFY(clickNew(tab));
    QVERIFY2(shown.contains(QStringLiteral("cannot be more than the jobs")), qPrintable(shown));
    QCOMPARE(tab->totals().value(QStringLiteral("enterprises")), 19);
    QCOMPARE(tab->totals().value(QStringLiteral("investment")), investment + 250000000);
    HeadlineFigures figures;
    QVERIFY(Headline::compute(m_f.db->db(), Filter {}, &figures));
    QCOMPARE(tab->totals().value(QStringLiteral("enterprises")), figures.value(Figure::EnterprisesSettled));
    QCOMPARE(tab->totals().value(QStringLiteral("investment")), figures.value(Figure::EnterpriseInvestment));
    // The chart names the units and the new year's investment shows.
    QVERIFY(tab->chartView()->isVisibleTo(tab));
    QVERIFY(!tab->chartView()->chart()->series().isEmpty());
}

// Found by a new user: a second New of the same enterprise, western unit, year and kind was
// saved, counting the enterprise and its investment twice; and the year offered was the
// calendar year, after the office's period 2017–2020.
void TestAreaPages::industryFormRefusesTheSameSettlementTwice()
{
    IndustryPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    AreaTab *tab = page.tab(0);
    const qint64 enterprise = scalar(m_f.db->db(),
        QStringLiteral("SELECT id FROM organisations WHERE side = 'east' AND kind = 'enterprise' "
                       "AND id NOT IN (SELECT org_id FROM enterprise_settlements) LIMIT 1"));
    const auto settlements = [&] {
        return scalar(m_f.db->db(), QStringLiteral("SELECT count(*) FROM enterprise_settlements"));
    };
    const qint64 before = settlements();
    int offeredYear = 0;
    const auto fill = [&](RecordDialog &d) {
        auto *year = d.findChild<QSpinBox *>(QStringLiteral("field_year"));
        offeredYear = year ? year->value() : 0;
        QVERIFY(usertest::enter(&d, QStringLiteral("org_id"), enterprise));
        QVERIFY(usertest::enter(&d, QStringLiteral("county_id"), m_f.units[1]));
        QVERIFY(usertest::enter(&d, QStringLiteral("investment_fen"), 100000000));
        QVERIFY(usertest::enter(&d, QStringLiteral("jobs"), 30));
        usertest::clickSave(&d);
    };
    RecordActions::setDialogDriver(usertest::driver(fill));
    QVERIFY(clickNew(tab));
    // The office's period ends in 2020: its last year is offered, not the calendar year.
    QCOMPARE(offeredYear, 2020);
    QCOMPARE(settlements(), before + 1);
    const qint64 first = scalar(m_f.db->db(), QStringLiteral("SELECT max(id) FROM enterprise_settlements"));
    const qint64 investment = tab->totals().value(QStringLiteral("investment"));

    // The same again: refused, naming the record there is; Cancel leaves the figures as they were.
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        fill(d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(clickNew(tab));
    QVERIFY2(shown.contains(QStringLiteral("already has a settlement")), qPrintable(shown));
    QVERIFY2(shown.contains(QString::number(first)), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("2020")), qPrintable(shown));
    QCOMPARE(settlements(), before + 1);
    QCOMPARE(tab->totals().value(QStringLiteral("investment")), investment);

    // Another kind (an expansion) or another year is a record of its own.
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("kind"), QStringLiteral("expansion")));
        fill(d);
    }));
    QVERIFY(clickNew(tab));
    QCOMPARE(settlements(), before + 2);

    // Settled first again in another year (2019): refused, naming the first record and its year,
    // or the enterprise would count as new in both years.
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("year"), 2019));
        fill(d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(clickNew(tab));
    QVERIFY2(shown.contains(QStringLiteral("already settled first")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("no. %1").arg(first)), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("2020")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("expansion"), Qt::CaseInsensitive), qPrintable(shown));
    QCOMPARE(settlements(), before + 2);
    QCOMPARE(scalar(m_f.db->db(),
                 QStringLiteral("SELECT count(*) FROM enterprise_settlements WHERE org_id = %1 AND kind = 'new'")
                     .arg(enterprise)),
        qint64(1));

    // Expansions may repeat in other years: one in 2019 is saved.
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("kind"), QStringLiteral("expansion")));
        QVERIFY(usertest::enter(&d, QStringLiteral("year"), 2019));
        fill(d);
    }));
    QVERIFY(clickNew(tab));
    QCOMPARE(settlements(), before + 3);
}

void TestAreaPages::socialFormNeedsAnAmount()
{
    SocialPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    AreaTab *tab = page.tab(0);
    const qint64 cash = tab->totals().value(QStringLiteral("cash"));
    const qint64 donor = scalar(m_f.db->db(),
        QStringLiteral("SELECT id FROM organisations WHERE side = 'east' AND kind = 'enterprise' LIMIT 1"));
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("donor_type"), QStringLiteral("enterprise")));
        QVERIFY(usertest::enter(&d, QStringLiteral("donor_org_id"), donor));
        QVERIFY(usertest::enter(&d, QStringLiteral("county_id"), m_f.units[0]));
        QVERIFY(usertest::enter(&d, QStringLiteral("donation_date"), QStringLiteral("2020-12-01")));
        usertest::clickSave(&d); // no cash and no goods
        shown = d.message();
        QVERIFY(usertest::enter(&d, QStringLiteral("cash_fen"), 500000)); // 5,000 yuan
        QVERIFY(usertest::enter(&d, QStringLiteral("purpose"), QStringLiteral("助学")));
        usertest::clickSave(&d);
    }));
    QVERIFY(clickNew(tab));
    QVERIFY2(shown.contains(QStringLiteral("both are zero")), qPrintable(shown));
    QCOMPARE(tab->totals().value(QStringLiteral("cash")), cash + 500000);
    // The donor is named after the organisation chosen.
    QCOMPARE(
        scalar(m_f.db->db(),
            QStringLiteral("SELECT count(*) FROM donations d JOIN organisations o ON o.id = d.donor_org_id "
                           "WHERE d.donor_name = o.name AND d.cash_fen = 500000 AND d.donation_date = '2020-12-01'")),
        1);
    QVERIFY(tab->sideTable()->rowCount() >= 4);
}

void TestAreaPages::organisationFormAddsTrip()
{
    OrganisationPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    QVERIFY(clickPageTab(page, OrganisationPage::Visits));
    QVERIFY(page.unitFilter()->isEnabled());
    AreaTab *tab = page.tab(OrganisationPage::Visits);
    QCOMPARE(tab->totals().value(QStringLiteral("trips_to_west")), 45);
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("county_id"), m_f.units[0]));
        QVERIFY(usertest::enter(&d, QStringLiteral("start_date"), QStringLiteral("2020-11-10")));
        QVERIFY(usertest::enter(&d, QStringLiteral("end_date"), QStringLiteral("2020-11-08")));
        usertest::clickSave(&d);
        shown = d.message();
        QVERIFY(usertest::enter(&d, QStringLiteral("end_date"), QStringLiteral("2020-11-13")));
        QVERIFY(usertest::enter(&d, QStringLiteral("size"), 12));
        usertest::clickSave(&d);
    }));
    QVERIFY(clickNew(tab));
    QVERIFY2(shown.contains(QStringLiteral("cannot be before")), qPrintable(shown));
    QCOMPARE(tab->totals().value(QStringLiteral("trips_to_west")), 46);
    HeadlineFigures figures;
    QVERIFY(Headline::compute(m_f.db->db(), Filter {}, &figures));
    QCOMPARE(figures.value(Figure::DelegationTrips), 46);
    // Working groups belong to the whole office: no unit filter there.
    QVERIFY(clickPageTab(page, OrganisationPage::WorkingGroups));
    QVERIFY(!page.unitFilter()->isEnabled());
    QCOMPARE(page.tab(OrganisationPage::WorkingGroups)->totals().value(QStringLiteral("working_groups")), 11);
}

void TestAreaPages::usedTrainingCannotBeDeleted()
{
    TalentPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    QVERIFY(clickPageTab(page, TalentPage::Trainings));
    ListView *list = page.tab(TalentPage::Trainings)->list();
    QSqlQuery q(m_f.db->db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT t.id, t.title FROM trainings t WHERE t.id IN (SELECT training_id FROM labour_placements) LIMIT 1")));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    // The title typed into the list's search box; then each row clicked until it is the one.
    auto *search = list->findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    usertest::retype(search, q.value(1).toString());
    QTRY_VERIFY(list->visibleRowCount() >= 1 && list->visibleRowCount() < 168);
    int column = 0;
    while (list->tableView()->isColumnHidden(column))
        ++column;
    int row = -1;
    for (int r = 0; r < list->visibleRowCount(); ++r) {
        const QModelIndex index = list->tableView()->model()->index(r, column);
        QVERIFY(usertest::clickIndex(list->tableView(), index));
        if (page.tab(TalentPage::Trainings)->actions()->currentId() == id) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    AreaTab *trainings = page.tab(TalentPage::Trainings);
    QVERIFY(usertest::clickAction(trainings, trainings->actions()->deleteAction())); // Delete
    QVERIFY(!MessageBox::recorded().isEmpty());
    QVERIFY2(MessageBox::recorded().constLast().text.contains(QStringLiteral("labour placements")),
        qPrintable(MessageBox::recorded().constLast().text));
    QCOMPARE(scalar(m_f.db->db(), QStringLiteral("SELECT count(*) FROM trainings WHERE id = %1").arg(id)), 1);
}

void TestAreaPages::filtersReloadListTotalsAndChart()
{
    TalentPage page;
    page.setDatabase(m_f.db.get());
    QVERIFY(showPage(page));
    AreaTab *tab = page.tab(TalentPage::Secondments);
    QVERIFY(tab->chartView()->isVisibleTo(tab));
    // Currently on secondment at a date: the box ticked, the date typed.
    QVERIFY(usertest::clickIndicator(tab->onDateCheck()));
    QVERIFY(usertest::typeDate(tab->onDateEdit(), QDate(2019, 6, 1)));
    const qint64 onDuty = scalar(m_f.db->db(),
        QStringLiteral("SELECT count(*) FROM secondments WHERE start_date <= '2019-06-01' "
                       "AND (end_date IS NULL OR end_date >= '2019-06-01')"));
    QCOMPARE(tab->list()->visibleRowCount(), int(onDuty));
    QCOMPARE(tab->totals().rows, onDuty);
    QVERIFY(usertest::clickIndicator(tab->onDateCheck()));
    QVERIFY(!tab->onDateCheck()->isChecked());
    // Direction and the page's year.
    QComboBox *direction = tab->codeFilter(QStringLiteral("direction"));
    QVERIFY(usertest::chooseData(direction, QStringLiteral("west_to_east")));
    QVERIFY(usertest::chooseData(page.yearFilter(), 2019));
    const qint64 west2019 = scalar(m_f.db->db(),
        QStringLiteral("SELECT count(*) FROM secondments WHERE direction = 'west_to_east' "
                       "AND start_date LIKE '2019-%'"));
    QCOMPARE(tab->list()->visibleRowCount(), int(west2019));
    QCOMPARE(tab->totals().value(QStringLiteral("cadres_to_west")), 0);
    // A year without records: the chart says so.
    QVERIFY(usertest::chooseData(page.yearFilter(), 2018));
    QVERIFY(usertest::chooseData(page.unitFilter(), m_f.units[2]));
    QVERIFY(usertest::chooseData(direction, QStringLiteral("east_to_west")));
    QCOMPARE(tab->totals().rows, 0);
    QCOMPARE(tab->list()->visibleRowCount(), 0);
    QVERIFY(!tab->chartView()->isVisibleTo(tab));
    QVERIFY(tab->findChild<QLabel *>(QStringLiteral("chartEmpty"))->isVisibleTo(tab));
    // Hidden tabs follow the page's filter when shown.
    QVERIFY(clickPageTab(page, TalentPage::Visitors));
    AreaTab *visitors = page.tab(TalentPage::Visitors);
    QCOMPARE(visitors->totals().value(QStringLiteral("visitors")),
        scalar(m_f.db->db(),
            QStringLiteral("SELECT total(persons) FROM visitors_received WHERE start_date LIKE '2018-%' "
                           "AND county_id = %1")
                .arg(m_f.units[2])));
}

void TestAreaPages::unitNamesFollowTheLanguage()
{
    IndustryPage page;
    page.setDatabase(m_f.db.get());
    ListView *list = page.tab(0)->list();
    auto units = [list] {
        QSet<QString> names;
        for (int r = 0; r < list->totalRowCount(); ++r)
            names << list->value(r, QStringLiteral("unit")).toString();
        return names;
    };
    QVERIFY(units().contains(QStringLiteral("Zhuanglang County")));
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QTRY_VERIFY(units().contains(QStringLiteral("庄浪县")));
    QVERIFY(page.tab(0)->totals().text().contains(
        Money::format(page.tab(0)->totals().value(QStringLiteral("investment")))));
}

void TestAreaPages::screenshots()
{
    const QByteArray dir = qgetenv("TONGXIN_AREAS_SHOTS");
    if (dir.isEmpty())
        QSKIP("Set TONGXIN_AREAS_SHOTS=<dir> to render every tab at 1280×800.");
    const QString path = m_f.db->db().databaseName();
    m_f.db.reset();
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        MainWindow w;
        w.setRememberSession(false);
        QVERIFY(w.setLanguage(lang));
        QVERIFY(w.openDatabase(path));
        w.resize(1280, 800);
        w.show();
        for (const char *id : { "talent", "labour", "industry", "social", "organisation" }) {
            QVERIFY(w.showPage(QLatin1String(id)));
            auto *page = qobject_cast<AreaPage *>(w.page(QLatin1String(id)));
            QVERIFY(page);
            for (int t = 0; t < page->tabCount(); ++t) {
                QVERIFY(clickPageTab(*page, t));
                QCoreApplication::processEvents();
                const QString file
                    = QDir(QString::fromLocal8Bit(dir))
                          .filePath(QStringLiteral("%1-%2-%3.png").arg(QLatin1String(id)).arg(t).arg(lang));
                QVERIFY(w.grab().save(file));
                // And its form for a new record.
                RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
                    QCoreApplication::processEvents();
                    d.grab().save(QString(file).replace(QStringLiteral(".png"), QStringLiteral("-form.png")));
                    usertest::clickCancel(&d);
                }));
                QVERIFY(clickNew(page->tab(t)));
            }
        }
    }
}

QTEST_MAIN(TestAreaPages)
#include "test_areas_pages.moc"

// The Pairings page on the small database of pairings_fixture.h, used as a user uses it: the
// list and its filters, "End pairing…" and Edit ▸ Undo / Redo, deleting, the party detail, a gap
// on the coverage page double-clicked into a pre-filled form, the counts tab against Headline,
// and a pairing created through the form in the main window changing the dashboard's tile until
// Edit ▸ Undo. The form itself: test_pairings_forms.

#include "pairings_fixture.h"
#include "common/userdriver2.h"
#include "explain_driver.h"

#include "pairing/pairingquery.h"
#include "pairings/coveragepage.h"
#include "pairings/pairingspage.h"
#include "pairings/partydetail.h"
#include "shell/mainwindow.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"

#include <QAbstractItemModelTester>
#include <QCommandLinkButton>
#include "widgets/datefield.h"
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTreeWidget>

using namespace tongxin;
using namespace tongxin::testing;

class TestPairings final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fx.initTestCase(); }
    void init() { m_fx.init(); }
    void cleanup() { m_fx.cleanup(); }

    void listShowsPartiesWithWhereTheyBelong();
    void listFilters();
    void endPairingAndUndo();
    void startPairingPrefills();
    void deleteAskedByNameAndUndone();
    void detailListsEverythingOfAParty();
    void countsEqualHeadline();
    void countsTab();
    void countsListTheirPairings();
    void formChangesDashboardAndUndoRestores();

private:
    PairingsFixture m_fx;
};

void TestPairings::listShowsPartiesWithWhereTheyBelong()
{
    PairingsPage page;
    page.setDatabase(m_fx.db.get());
    ListView *list = page.list();
    QCOMPARE(list->totalRowCount(), 9);
    QHash<qint64, int> rowOf;
    for (int r = 0; r < list->totalRowCount(); ++r)
        rowOf.insert(list->value(r, QStringLiteral("id")).toLongLong(), r);
    auto text
        = [&](qint64 id, const char *column) { return list->value(rowOf.value(id), QLatin1String(column)).toString(); };
    QCOMPARE(text(1, "east_party"), QStringLiteral("越秀路街道（河西区）"));
    QCOMPARE(text(1, "west_party"), QStringLiteral("南湖镇（庄浪县）"));
    QCOMPARE(text(2, "east_party"), QStringLiteral("平山道社区（越秀路街道）"));
    QCOMPARE(text(2, "west_party"), QStringLiteral("杨河村（南湖镇）"));
    QCOMPARE(text(4, "east_party"), QStringLiteral("天津一中（越秀路街道）"));
    QCOMPARE(text(4, "west_party"), QStringLiteral("崆峒一中")); // placed in the unit itself
    QCOMPARE(text(6, "east_party"), QStringLiteral("河西区工商联"));
    QCOMPARE(text(7, "east_party"), QStringLiteral("张伟（河西区）"));
    QCOMPARE(text(7, "west_party"), QStringLiteral("王强（杨河村）"));
    QCOMPARE(text(5, "unit"), QStringLiteral("崆峒区"));
    QCOMPARE(text(7, "unit"), QStringLiteral("庄浪县"));
    QCOMPARE(text(3, "end_date"), QStringLiteral("2018-08-31"));
    QCOMPARE(text(1, "agreement_no"), QStringLiteral("河西携手〔2017〕001号"));
    // Kinds in the article's order: street ↔ town first, cadre ↔ household last.
    QCOMPARE(list->value(0, QStringLiteral("kind")).toString(), QStringLiteral("street_town"));
    QCOMPARE(list->value(8, QStringLiteral("kind")).toString(), QStringLiteral("cadre_household"));
    // The kind and status are shown in words.
    const QModelIndex kindCell
        = list->tableView()->model()->index(0, list->model()->columnIndex(QStringLiteral("kind")));
    QCOMPARE(kindCell.data().toString(), QStringLiteral("Street ↔ town"));
}

void TestPairings::listFilters()
{
    PairingsPage page;
    page.setDatabase(m_fx.db.get());
    QVERIFY(showPage(page));
    ListView *list = page.list();
    const QList<qint64> all = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    QCOMPARE(shownIds(list), all);

    QVERIFY(usertest::clickItemFor(page.kindFilter(), QStringLiteral("community_village")));
    QCOMPARE(shownIds(list), (QList<qint64> { 2, 8 }));
    QVERIFY(usertest::clickItemFor(page.kindFilter(), QStringLiteral("school")));
    QCOMPARE(shownIds(list), (QList<qint64> { 3, 4, 9 }));
    QVERIFY(usertest::clickItemFor(page.statusFilter(), QStringLiteral("active")));
    QCOMPARE(shownIds(list), (QList<qint64> { 4, 9 }));
    QVERIFY(usertest::clickItem(page.kindFilter(), 0));
    QVERIFY(usertest::clickItemFor(page.statusFilter(), QStringLiteral("ended")));
    QCOMPARE(shownIds(list), (QList<qint64> { 3, 7 }));
    QVERIFY(usertest::clickItem(page.statusFilter(), 0));
    QCOMPARE(shownIds(list), all);

    // A year shows what was in force at any time in it (Headline::pairings' rule).
    QVERIFY(usertest::clickItemFor(page.yearFilter(), 2017));
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 3 }));
    QVERIFY(usertest::clickItemFor(page.yearFilter(), 2019));
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 4, 5, 6, 7, 9 }));
    QVERIFY(usertest::clickItemFor(page.yearFilter(), 2020));
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 4, 5, 6, 7, 8, 9 }));
    QVERIFY(usertest::clickItem(page.yearFilter(), 0));
    QCOMPARE(shownIds(list), all);

    // Western unit, through the western party (village, town, school or household).
    QVERIFY(usertest::clickItemFor(page.westUnitFilter(), 20));
    QCOMPARE(shownIds(list), (QList<qint64> { 4, 5, 8 }));
    QVERIFY(usertest::clickItemFor(page.westUnitFilter(), 10));
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 3, 6, 7, 9 }));
    QVERIFY(usertest::clickItem(page.westUnitFilter(), 0));

    // Eastern unit: a district or one of its streets, through the eastern party's place.
    QCOMPARE(page.eastUnitFilter()->itemText(page.eastUnitFilter()->findData(4)).trimmed(), QStringLiteral("马场街道"));
    QVERIFY(usertest::clickItemFor(page.eastUnitFilter(), 4));
    QCOMPARE(shownIds(list), (QList<qint64> { 5, 8 }));
    QVERIFY(usertest::clickItemFor(page.eastUnitFilter(), 2));
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 3, 4 }));
    QVERIFY(usertest::clickItemFor(page.eastUnitFilter(), 6));
    QCOMPARE(shownIds(list), (QList<qint64> { 9 }));
    QVERIFY(usertest::clickItemFor(page.eastUnitFilter(), 1));
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8 }));

    // Search, on top of the filters.
    QVERIFY(usertest::clickItem(page.eastUnitFilter(), 0));
    QVERIFY(usertest::search(list, QStringLiteral("杨河")));
    QCOMPARE(shownIds(list), (QList<qint64> { 2, 7 }));
    QVERIFY(usertest::search(list, QStringLiteral("崆峒")));
    QCOMPARE(shownIds(list), (QList<qint64> { 4, 5, 8 }));
    QVERIFY(usertest::clickItemFor(page.kindFilter(), QStringLiteral("school")));
    QCOMPARE(shownIds(list), (QList<qint64> { 4 }));
    QVERIFY(usertest::search(list, QStringLiteral("调整")));
    QCOMPARE(shownIds(list), (QList<qint64> { 3 }));
    QCOMPARE(list->countLabel()->text(), QStringLiteral("1 of 9 rows"));

    // Filters survive a reload (the main window reloads pages after every save).
    page.setDatabase(m_fx.db.get());
    QCOMPARE(shownIds(list), (QList<qint64> { 3 }));
}

void TestPairings::endPairingAndUndo()
{
    MainWindow w; // Edit ▸ Undo and Redo are the window's
    auto *pairings = usertest::openAtPage<PairingsPage>(w, m_fx.path, QStringLiteral("pairings"));
    QVERIFY(pairings);
    PairingsPage &page = *pairings;
    QVERIFY(!page.endAction()->isEnabled()); // nothing selected
    QVERIFY(clickPairing(page.list(), 3));
    QCOMPARE(page.currentPairing(), 3);
    QVERIFY(!page.endAction()->isEnabled()); // already ended
    QVERIFY(clickPairing(page.list(), 2));
    QCOMPARE(page.currentPairing(), 2);
    QVERIFY(page.endAction()->isEnabled());
    QCOMPARE(page.endAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    // Cancelled: nothing written.
    QDate offered;
    QDate minimum;
    EndPairingDialog::setDriver([&](EndPairingDialog &d) {
        offered = d.date();
        minimum = d.dateEdit()->minimumDate();
        usertest::show(&d);
        usertest::clickCancel(&d); // its Cancel button
        return d.result();
    });
    QVERIFY(usertest::clickAction(&page, page.endAction())); // End pairing…
    QCOMPARE(offered, QDate::currentDate());
    QCOMPARE(minimum, QDate(2017, 9, 1)); // never before the start
    QCOMPARE(scalar(*m_fx.db, QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND status = 'active'")), 1);
    QCOMPARE(undoStack()->count(), 0);

    bool typed = false;
    EndPairingDialog::setDriver([&typed](EndPairingDialog &d) {
        usertest::show(&d);
        typed = usertest::typeDate(d.dateEdit(), QDate(2021, 6, 30));
        usertest::clickSave(&d); // its OK button
        return d.result();
    });
    QVERIFY(usertest::clickAction(&page, page.endAction()));
    QVERIFY(typed);
    QCOMPARE(scalar(*m_fx.db,
                 QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND status = 'ended' "
                                "AND end_date = '2021-06-30'")),
        1);
    QCOMPARE(page.currentPairing(), 2);
    QVERIFY(!page.endAction()->isEnabled());
    QCOMPARE(undoStack()->count(), 1);
    QVERIFY(MessageBox::recorded().isEmpty());

    QVERIFY(usertest::chooseUndo(&w)); // Edit ▸ Undo
    QCOMPARE(scalar(*m_fx.db,
                 QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND status = 'active' "
                                "AND end_date IS NULL")),
        1);
    QVERIFY(usertest::chooseRedo(&w)); // Edit ▸ Redo
    QCOMPARE(scalar(*m_fx.db, QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND status = 'ended'")), 1);
}

/// Double-clicks the row of coverage list `which` whose `column` is `id` (on its first column shown).
static bool doubleClickGap(CoveragePage *page, CoveragePage::List which, const char *column, qint64 id)
{
    ListView *list = page->list(which);
    QTableView *table = list->tableView();
    for (int row = 0; row < list->totalRowCount(); ++row) {
        if (list->value(row, QLatin1String(column)).toLongLong() != id)
            continue;
        const QModelIndex shown = list->proxy()->mapFromSource(list->model()->index(row, 0));
        for (int c = 0; shown.isValid() && c < table->model()->columnCount(); ++c) {
            if (!table->isColumnHidden(c))
                return usertest::doubleClickIndex(table, table->model()->index(shown.row(), c));
        }
    }
    return false;
}

void TestPairings::startPairingPrefills()
{
    // On the coverage page, a gap double-clicked opens the pairing form pre-filled with it.
    MainWindow w;
    auto *coverage = usertest::openAtPage<CoveragePage>(w, m_fx.path, QStringLiteral("coverage"));
    QVERIFY(coverage);
    auto *page = qobject_cast<PairingsPage *>(w.page(QStringLiteral("pairings")));
    QVERIFY(page);
    QVariantMap seen;
    QString westText;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        seen = d.values();
        westText = lookup(d, "west_place_id")->currentText();
        usertest::clickCancel(&d);
    }));
    // 赵墩村 has one kind of pairing (a chamber): a community is offered for it.
    QVERIFY(doubleClickGap(coverage, CoveragePage::OneKindList, "village_id", 13));
    QCOMPARE(seen.value(QStringLiteral("kind")).toString(), QStringLiteral("community_village"));
    QCOMPARE(seen.value(QStringLiteral("west_place_id")).toLongLong(), 13);
    QCOMPARE(westText, QStringLiteral("赵墩村（南湖镇，庄浪县） · poor village"));
    QVERIFY(seen.value(QStringLiteral("east_place_id")).isNull());
    QVERIFY(seen.value(QStringLiteral("east_org_id")).isNull());
    QCOMPARE(w.currentPageId(), QStringLiteral("pairings"));
    QCOMPARE(scalar(*m_fx.db, QStringLiteral("SELECT count(*) FROM pairings")), 9); // cancelled

    // 刘芳's household has no cadre.
    QVERIFY(usertest::choosePage(w, QStringLiteral("coverage")));
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        seen = d.values();
        usertest::clickCancel(&d);
    }));
    QVERIFY(doubleClickGap(coverage, CoveragePage::HouseholdList, "household_id", 2));
    QCOMPARE(seen.value(QStringLiteral("kind")).toString(), QStringLiteral("cadre_household"));
    QCOMPARE(seen.value(QStringLiteral("west_household_id")).toLongLong(), 2);
    QVERIFY(seen.value(QStringLiteral("west_place_id")).isNull());

    // Saved from the pre-filled form: the new pairing is written and selected.
    QVERIFY(usertest::choosePage(w, QStringLiteral("coverage")));
    bool filled = false;
    RecordActions::setDialogDriver(usertest::driver([&filled](RecordDialog &d) {
        filled = usertest::fill(&d, QStringLiteral("east_person_id"), QStringLiteral("张伟"));
        if (filled)
            usertest::clickSave(&d);
        else
            usertest::clickCancel(&d);
    }));
    QVERIFY(doubleClickGap(coverage, CoveragePage::HouseholdList, "household_id", 2));
    QVERIFY(filled);
    const qint64 id = scalar(*m_fx.db,
        QStringLiteral("SELECT id FROM pairings WHERE kind = 'cadre_household' AND "
                       "east_person_id = 1 AND west_household_id = 2 AND status = 'active'"));
    QVERIFY(id > 9);
    QCOMPARE(page->currentPairing(), id);
}

void TestPairings::deleteAskedByNameAndUndone()
{
    MainWindow w; // Edit ▸ Undo is the window's
    auto *pairings = usertest::openAtPage<PairingsPage>(w, m_fx.path, QStringLiteral("pairings"));
    QVERIFY(pairings);
    PairingsPage &page = *pairings;
    QVERIFY(clickPairing(page.list(), 2));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(usertest::clickAction(&page, page.actions()->deleteAction())); // Delete
    QVERIFY(!MessageBox::recorded().isEmpty());
    QCOMPARE(MessageBox::recorded().constFirst().text,
        QStringLiteral("Delete “平山道社区（越秀路街道） ↔ 杨河村（南湖镇）”?"));
    QCOMPARE(scalar(*m_fx.db, QStringLiteral("SELECT count(*) FROM pairings")), 8);
    QVERIFY(usertest::chooseUndo(&w)); // Edit ▸ Undo
    QCOMPARE(scalar(*m_fx.db,
                 QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND east_place_id = 3 "
                                "AND west_place_id = 12 AND status = 'active'")),
        1);
}

void TestPairings::detailListsEverythingOfAParty()
{
    PairingsPage page;
    page.setDatabase(m_fx.db.get());
    QVERIFY(showPage(page));
    PartyDetail *detail = page.detail();
    QVERIFY(clickPairing(page.list(), 4));
    QCOMPARE(detail->currentPairing(), 4);
    QCOMPARE(detail->eastButton()->text(), QStringLiteral("天津一中（越秀路街道）"));
    QCOMPARE(detail->westButton()->text(), QStringLiteral("崆峒一中"));
    // The western party first: 崆峒一中 has one pairing.
    QCOMPARE(detail->listedPairings(), (QVector<qint64> { 4 }));
    QVERIFY(detail->westButton()->isChecked());

    // The eastern school: both its pairings, the ended one too, with dates and status.
    QVERIFY(detail->eastButton()->isVisible() && detail->eastButton()->isEnabled());
    QTest::mouseClick(detail->eastButton(), Qt::LeftButton);
    QCOMPARE(detail->currentParty(), (PairingParty { PairingParty::Type::Organisation, 1 }));
    QCOMPARE(detail->listedPairings(), (QVector<qint64> { 3, 4 }));
    QTreeWidget *tree = detail->pairingsTree();
    QCOMPARE(tree->topLevelItemCount(), 1); // one group per kind
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("School ↔ school (2)"));
    const QTreeWidgetItem *ended = tree->topLevelItem(0)->child(0);
    QCOMPARE(ended->text(0), QStringLiteral("庄浪一中 · 庄浪县")); // an eastern party's partners name their unit
    QCOMPARE(ended->text(1), QStringLiteral("2017-09-01 – 2018-08-31"));
    QCOMPARE(ended->text(2), QStringLiteral("Ended"));
    const QTreeWidgetItem *current = tree->topLevelItem(0)->child(1);
    QCOMPARE(current->text(0), QStringLiteral("崆峒一中 · 崆峒区"));
    QCOMPARE(current->text(1), QStringLiteral("since 2018-09-01"));
    QCOMPARE(current->text(2), QStringLiteral("Active"));
    QCOMPARE(detail->partyTitle()->text(), QStringLiteral("天津一中（越秀路街道）"));
    // A reload (after any save) keeps the pairing and the party chosen.
    page.setDatabase(m_fx.db.get());
    QCOMPARE(page.currentPairing(), 4);
    QCOMPARE(detail->currentParty(), (PairingParty { PairingParty::Type::Organisation, 1 }));
    QVERIFY(detail->eastButton()->isChecked());

    // Any party, chosen by name: the household 王强 and the village 大寨村 (two kinds).
    LookupCombo *chooser = detail->partyChooser();
    const qint64 household = PairingParty { PairingParty::Type::Household, 1 }.key();
    QVERIFY(usertest::chooseNameFor(chooser, QStringLiteral("王强"), household));
    QCOMPARE(detail->listedPairings(), (QVector<qint64> { 7 }));
    const qint64 village = PairingParty { PairingParty::Type::Place, 22 }.key();
    QVERIFY(usertest::chooseNameFor(chooser, QStringLiteral("大寨村"), village));
    QCOMPARE(detail->listedPairings(), (QVector<qint64> { 5, 8 }));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("友谊里社区（马场街道）"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Enterprise ↔ village (1)"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("津丰食品公司（马场街道）"));
    // A party without pairings says so.
    QVERIFY(usertest::chooseNameFor(
        chooser, QStringLiteral("新庄村"), PairingParty { PairingParty::Type::Place, 23 }.key()));
    QVERIFY(detail->listedPairings().isEmpty());
    QVERIFY(
        detail->findChild<QLabel *>(QStringLiteral("partySummary"))->text().contains(QStringLiteral("no pairings")));

    // Activating a listed pairing selects it in the list.
    QVERIFY(usertest::chooseNameFor(chooser, QStringLiteral("大寨村"), village));
    QAbstractItemModel *items = tree->model();
    QVERIFY(usertest::doubleClickIndex(tree, items->index(0, 0, items->index(1, 0)))); // 津丰食品公司
    QCOMPARE(page.currentPairing(), 5);
    const qint64 before = page.currentPairing();
    QVERIFY(usertest::doubleClickIndex(tree, items->index(0, 0))); // a kind's heading selects nothing
    QCOMPARE(page.currentPairing(), before);
}

void TestPairings::countsEqualHeadline()
{
    const QSqlDatabase db = m_fx.db->db();
    const QVector<Unit> units = Breakdowns::westernUnits(db);
    QCOMPARE(units.size(), 2);
    for (int year : { 0, 2017, 2018, 2019, 2020, 2021 }) {
        QString error;
        const QVector<PairingCountRow> rows = PairingQuery::countsByUnit(db, year, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 7 * (units.size() + 1));
        for (const PairingCountRow &r : rows) {
            HeadlineFigures figs;
            QVERIFY(Headline::compute(db, year ? Filter::year(year, r.unitId) : Filter { 0, 0, r.unitId }, &figs));
            const QJsonObject o = figs.toJson().value(QStringLiteral("pairing_") + r.kind).toObject();
            QVERIFY2(!o.isEmpty(), qPrintable(r.kind));
            QCOMPARE(r.count.pairs, o.value(QStringLiteral("pairs")).toInteger());
            QCOMPARE(r.count.east, o.value(QStringLiteral("east")).toInteger());
            QCOMPARE(r.count.west, o.value(QStringLiteral("west")).toInteger());
        }
        // The all-units row closes each kind.
        QCOMPARE(rows.at(units.size()).unitId, 0);
        QCOMPARE(rows.at(0).kind, QStringLiteral("street_town"));
    }
    // Known values: schools in 2019 (3 ended in 2018): 天津一中 ↔ 崆峒一中, 南开中学 ↔ 庄浪一中.
    const QVector<PairingCountRow> y2019 = PairingQuery::countsByUnit(db, 2019);
    auto find = [&y2019](const QString &kind, qint64 unit) {
        for (const PairingCountRow &r : y2019) {
            if (r.kind == kind && r.unitId == unit)
                return r.count;
        }
        return PairCount { -1, -1, -1 };
    };
    QCOMPARE(find(QStringLiteral("school"), 0).pairs, 2);
    QCOMPARE(find(QStringLiteral("school"), 10).pairs, 1);
    QCOMPARE(find(QStringLiteral("school"), 20).east, 1);
    // All years: 天津一中 is paired in both units but counts once among eastern parties.
    const QVector<PairingCountRow> all = PairingQuery::countsByUnit(db, 0);
    for (const PairingCountRow &r : all) {
        if (r.kind == QLatin1String("school") && r.unitId == 0) {
            QCOMPARE(r.count.pairs, 3);
            QCOMPARE(r.count.east, 2);
            QCOMPARE(r.count.west, 2);
        }
    }
}

void TestPairings::countsTab()
{
    PairingsPage page;
    page.setDatabase(m_fx.db.get());
    PairingCountsModel *model = page.countsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showPage(page));
    QCOMPARE(model->rowCount(), 0); // computed when the tab is shown
    QVERIFY(usertest::clickTab(page.tabs(), PairingsPage::CountsTab));
    QCOMPARE(model->rowCount(), 21);
    for (int year : { 0, 2018, 2020 }) {
        QVERIFY(usertest::clickItemFor(page.countsYear(), year ? QVariant(year) : QVariant()));
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString kind = model->index(r, 0).data(PairingCountsModel::KindRole).toString();
            const qint64 unit = model->index(r, 0).data(PairingCountsModel::UnitRole).toLongLong();
            const PairCount c
                = Headline::pairings(m_fx.db->db(), kind, year ? Filter::year(year, unit) : Filter { 0, 0, unit });
            QCOMPARE(model->index(r, PairingCountsModel::PairsColumn).data().toString(), QString::number(c.pairs));
            QCOMPARE(model->index(r, PairingCountsModel::EastColumn).data().toString(), QString::number(c.east));
            QCOMPARE(model->index(r, PairingCountsModel::WestColumn).data().toString(), QString::number(c.west));
        }
    }
    QCOMPARE(model->index(0, PairingCountsModel::KindColumn).data().toString(), QStringLiteral("Street ↔ town"));
    QCOMPARE(model->index(1, PairingCountsModel::KindColumn).data().toString(), QString()); // once per kind
    QCOMPARE(model->index(2, PairingCountsModel::UnitColumn).data().toString(), QStringLiteral("All western units"));
    QCOMPARE(model->index(0, PairingCountsModel::UnitColumn).data().toString(), QStringLiteral("Zhuanglang County"));
    QVERIFY(model->index(2, 0).data(Qt::FontRole).value<QFont>().bold());
}

// A number of pairs double-clicked lists exactly the pairings it counts; the other columns
// (distinct parties) open nothing.
void TestPairings::countsListTheirPairings()
{
    PairingsPage page;
    page.setDatabase(m_fx.db.get());
    QVERIFY(showPage(page));
    QVERIFY(usertest::clickTab(page.tabs(), PairingsPage::CountsTab));
    QVERIFY(usertest::clickItemFor(page.countsYear(), QVariant(2020)));
    PairingCountsModel *model = page.countsModel();
    QTableView *view = page.countsView();
    int opened = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex pairs = model->index(r, PairingCountsModel::PairsColumn);
        if (pairs.data().toString() == QLatin1String("0"))
            continue;
        const qint64 shown = pairs.data().toString().toLongLong();
        ExplainDialog *dialog = explaintest::opened([&] { usertest::doubleClickIndex(view, pairs); });
        QVERIFY(dialog);
        QCOMPARE(dialog->value(), shown);
        QCOMPARE(dialog->total(), shown);
        QTRY_COMPARE(qint64(explaintest::listRows(dialog)), shown);
        delete dialog;
        if (++opened == 4)
            break;
    }
    QCOMPARE(opened, 4);
    const QModelIndex east = model->index(0, PairingCountsModel::EastColumn);
    QVERIFY(!explaintest::opened([&] { usertest::doubleClickIndex(view, east); }));
}

void TestPairings::formChangesDashboardAndUndoRestores()
{
    m_fx.db.reset(); // the main window opens the file itself
    MainWindow w;
    w.setRememberSession(false);
    QVERIFY(w.openDatabase(m_fx.path));
    auto tile = [&w] {
        auto *label = w.page(QStringLiteral("dashboard"))
                          ->findChild<QLabel *>(QStringLiteral("value_pairing_community_village"));
        return label ? label->text() : QStringLiteral("<no tile>");
    };
    QCOMPARE(tile(), QStringLiteral("2 ↔ 2 · 2 pairs"));
    QVERIFY(w.pageIds().contains(QStringLiteral("pairings")));
    QCOMPARE(w.pageIds().indexOf(QStringLiteral("pairings")), w.pageIds().indexOf(QStringLiteral("registries")) + 1);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The Pairings line of the sidebar, clicked (its rows are the pages in pageIds() order).
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QVERIFY(usertest::clickIndex(
        sidebar, sidebar->model()->index(int(w.pageIds().indexOf(QStringLiteral("pairings"))), 0)));
    QCOMPARE(w.currentPageId(), QStringLiteral("pairings"));
    auto *page = qobject_cast<PairingsPage *>(w.page(QStringLiteral("pairings")));
    QVERIFY(page);
    QCOMPARE(page->list()->totalRowCount(), 9);

    // 平山道社区 also takes 赵墩村, chosen in the lookups by name.
    bool filled = false;
    RecordActions::setDialogDriver(usertest::driver([&filled](RecordDialog &d) {
        filled = chooseKind(d, "community_village")
            && usertest::fill(&d, QStringLiteral("east_place_id"), QStringLiteral("平山道社区"))
            && usertest::fill(&d, QStringLiteral("west_place_id"), QStringLiteral("赵墩村"))
            && usertest::fill(&d, QStringLiteral("start_date"), QStringLiteral("2021-03-01"))
            && usertest::fill(&d, QStringLiteral("agreement_no"), QStringLiteral("河西携手〔2021〕001号"));
        usertest::clickSave(&d);
    }));
    QVERIFY(usertest::clickAction(page, page->actions()->newAction())); // New…
    QVERIFY(filled);
    QCOMPARE(page->list()->totalRowCount(), 10);
    // The dashboard, hidden meanwhile, reads again when chosen from the sidebar.
    QCOMPARE(tile(), QStringLiteral("2 ↔ 2 · 2 pairs"));
    QVERIFY(usertest::choosePage(w, QStringLiteral("dashboard")));
    QCOMPARE(tile(), QStringLiteral("2 ↔ 3 · 3 pairs"));
    QVERIFY(usertest::choosePage(w, QStringLiteral("pairings")));
    const qint64 id = page->currentPairing();
    QVERIFY(id > 9);
    QCOMPARE(w.database()->db().isOpen(), true);
    {
        QSqlQuery q(w.database()->db());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, east_place_id, west_place_id, east_org_id, west_org_id, "
                                      "east_person_id, west_household_id, status, end_date FROM pairings WHERE id = %1")
                           .arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("community_village"));
        QCOMPARE(q.value(1).toLongLong(), 3);
        QCOMPARE(q.value(2).toLongLong(), 13);
        for (int c : { 3, 4, 5, 6, 8 })
            QVERIFY(q.value(c).isNull());
        QCOMPARE(q.value(7).toString(), QStringLiteral("active"));
    }
    // The counts tab agrees with the tile.
    QVERIFY(usertest::clickTab(page->tabs(), PairingsPage::CountsTab));
    bool found = false;
    for (const PairingCountRow &r : page->countsModel()->rows()) {
        if (r.kind == QLatin1String("community_village") && r.unitId == 0) {
            QCOMPARE(r.count.pairs, 3);
            QCOMPARE(r.count.west, 3);
            found = true;
        }
    }
    QVERIFY(found);

    // Edit ▸ Undo: the pairing is gone, the tile and the list are as before.
    QVERIFY(usertest::chooseUndo(&w));
    QCOMPARE(page->list()->totalRowCount(), 9);
    QVERIFY(usertest::choosePage(w, QStringLiteral("dashboard")));
    QCOMPARE(tile(), QStringLiteral("2 ↔ 2 · 2 pairs"));
    QVERIFY(MessageBox::recorded().isEmpty());
}

QTEST_MAIN(TestPairings)
// The form on the demo: a community ↔ village pairing offers only communities and villages,
// and its labels follow the language. With TONGXIN_SHOTS=DIR it also saves the form as
// DIR/pairing-form_<lang>.png (the README's screenshots).

#include "test_pairings.moc"

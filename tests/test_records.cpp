// The records framework: generic writes with references refused, undo and redo, the rules of
// each record with their messages, and forms driven through RecordActions on the Registries page;
// undo and redo chosen from the main window's Edit menu.

#include "common/userdriver2.h"
#include "db/database.h"
#include "i18n/language.h"
#include "pairings/pairingspage.h"
#include "records/lookupcombo.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "records/recordstore.h"
#include "records/rules.h"
#include "registries/registriespage.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "widgets/listview.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tongxin;

namespace {

const char *const Data[] = {
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (1, 'east', 'district', NULL, '河西区')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (2, 'east', 'street', 1, '越秀路街道')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (3, 'east', 'community', 2, '平山道社区')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (10, 'west', 'county', NULL, '庄浪县', 1)",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (11, 'west', 'town', 10, '南湖镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (12, 'west', 'village', 11, '杨河村', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (1, 'east', 'school', '天津一中', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (2, 'west', 'school', '庄浪一中', 10)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (3, 'west', 'hospital', '庄浪县医院', 10)",
    "INSERT INTO people (id, side, name, role) VALUES (1, 'east', '张伟', 'cadre')",
    "INSERT INTO people (id, side, name, role, field) VALUES (2, 'east', '李娜', 'professional', 'medical')",
    "INSERT INTO households (id, village_id, head_name, members, registered_year) VALUES (1, 12, '王强', 4, 2015)",
};

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QVariantMap pairing(const QString &kind, const QString &eastCol, qint64 east, const QString &westCol, qint64 west)
{
    return {{QStringLiteral("kind"), kind},       {eastCol, east},
            {westCol, west},                      {QStringLiteral("start_date"), QStringLiteral("2018-03-01")},
            {QStringLiteral("status"), QStringLiteral("active")}};
}

} // namespace

class TestRecords final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void storeWritesAndRefusesUsedRecords();
    void undoAndRedo();
    void pairingRules_data();
    void pairingRules();
    void registryRules();
    void formCreatesHouseholdAndUndoRemovesIt();
    void formShowsProblemsAndCancelWritesNothing();
    void deleteInUseIsRefusedWithNames();
    void rulesMessagesTranslated();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setRecordOnly(true);
}

void TestRecords::init()
{
    undoStack()->clear();
    m_db = std::make_unique<Database>();
    const QString file = m_dir.filePath(QStringLiteral("records-%1.db").arg(QTest::currentTestFunction()));
    QFile::remove(file);
    QVERIFY(m_db->create(file));
    QSqlQuery q(m_db->db());
    for (const char *sql : Data)
        QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
    MessageBox::clearRecorded();
}

void TestRecords::cleanup()
{
    RecordActions::setDialogDriver(nullptr);
    undoStack()->clear();
    m_db.reset();
    Language::apply(QStringLiteral("en"));
}

void TestRecords::storeWritesAndRefusesUsedRecords()
{
    const QSqlDatabase db = m_db->db();
    qint64 id = 0;
    QString error;
    QVERIFY(RecordStore::insert(db, QStringLiteral("places"),
                                {{QStringLiteral("side"), QStringLiteral("west")},
                                 {QStringLiteral("level"), QStringLiteral("village")},
                                 {QStringLiteral("parent_id"), 11},
                                 {QStringLiteral("name"), QStringLiteral("赵墩村")}},
                                &id, &error));
    QVERIFY(id > 12);
    QCOMPARE(RecordStore::fetch(db, QStringLiteral("places"), id).value(QStringLiteral("name")).toString(),
             QStringLiteral("赵墩村"));
    QVariantMap before;
    QVERIFY(RecordStore::update(db, QStringLiteral("places"), id, {{QStringLiteral("population"), 900}}, &before, &error));
    QVERIFY(before.value(QStringLiteral("population")).isNull());
    // A column that is not in the table is refused before any SQL runs.
    QVERIFY(!RecordStore::update(db, QStringLiteral("places"), id, {{QStringLiteral("nope; DROP"), 1}}, nullptr, &error));
    // The constraints stay the last guard, with a readable message.
    QVERIFY(!RecordStore::update(db, QStringLiteral("places"), id, {{QStringLiteral("population"), -5}}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("out of range")), qPrintable(error));
    // The village 12 has a household: refused, and the users are named.
    QVERIFY(!RecordStore::remove(db, QStringLiteral("places"), 12, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("1 registered poor households")), qPrintable(error));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM places WHERE id = 12")), 1);
    QVERIFY(RecordStore::remove(db, QStringLiteral("places"), id, &before, &error));
    QCOMPARE(before.value(QStringLiteral("population")).toInt(), 900);
    QVERIFY(RecordStore::fetch(db, QStringLiteral("places"), id).isEmpty());
}

void TestRecords::undoAndRedo()
{
    // The writes go through the records framework on the main window's database; Edit ▸ Undo
    // and Edit ▸ Redo are chosen from the window's menu bar, and its Pairings page follows.
    MainWindow w;
    auto *pairings = usertest::openAtPage<PairingsPage>(w, m_db->path(), QStringLiteral("pairings"));
    QVERIFY(pairings);
    ListView *list = pairings->list();
    QCOMPARE(list->totalRowCount(), 0);
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionUndo"))->isEnabled()); // nothing to undo
    qint64 id = 0;
    QString error;
    const QVariantMap values = pairing(QStringLiteral("school"), QStringLiteral("east_org_id"), 1,
                                       QStringLiteral("west_org_id"), 2);
    QVERIFY2(saveRecord(w.database(), QStringLiteral("pairings"), 0, values, QStringLiteral("pairing"), &id, &error),
             qPrintable(error));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM pairings")), 1);
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(list->totalRowCount(), 1);
    QVERIFY(usertest::chooseUndo(&w)); // Edit ▸ Undo
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM pairings")), 0);
    QCOMPARE(list->totalRowCount(), 0);
    QVERIFY(usertest::chooseRedo(&w)); // Edit ▸ Redo
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM pairings WHERE id = %1").arg(id)), 1);
    QCOMPARE(list->totalRowCount(), 1);

    // Edit, then undo restores the previous values.
    QVERIFY(saveRecord(w.database(), QStringLiteral("pairings"), id,
                       {{QStringLiteral("agreement_no"), QStringLiteral("津甘协〔2018〕3号")}}, QStringLiteral("pairing"),
                       nullptr, &error));
    QVERIFY(usertest::chooseUndo(&w));
    QVERIFY(RecordStore::fetch(m_db->db(), QStringLiteral("pairings"), id).value(QStringLiteral("agreement_no")).isNull());
    QVERIFY(usertest::chooseRedo(&w));
    QCOMPARE(RecordStore::fetch(m_db->db(), QStringLiteral("pairings"), id).value(QStringLiteral("agreement_no")).toString(),
             QStringLiteral("津甘协〔2018〕3号"));

    // Delete, then undo puts back the very same row.
    const QVariantMap row = RecordStore::fetch(m_db->db(), QStringLiteral("pairings"), id);
    QVERIFY(deleteRecord(w.database(), QStringLiteral("pairings"), id, QStringLiteral("pairing"), &error));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM pairings")), 0);
    QCOMPARE(list->totalRowCount(), 0);
    QVERIFY(usertest::chooseUndo(&w));
    QCOMPARE(RecordStore::fetch(m_db->db(), QStringLiteral("pairings"), id), row);
    QCOMPARE(list->totalRowCount(), 1);
    QVERIFY(MessageBox::recorded().isEmpty()); // no "Cannot Undo"
}

void TestRecords::pairingRules_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("expected");
    const QString eo = QStringLiteral("east_org_id"), wo = QStringLiteral("west_org_id");
    const QString ep = QStringLiteral("east_place_id"), wp = QStringLiteral("west_place_id");
    QTest::newRow("ok") << pairing(QStringLiteral("school"), eo, 1, wo, 2) << QString();
    QTest::newRow("school with hospital") << pairing(QStringLiteral("school"), eo, 1, wo, 3) << QStringLiteral("do not fit");
    QTest::newRow("both east") << pairing(QStringLiteral("school"), eo, 1, wo, 1) << QStringLiteral("same side");
    QTest::newRow("street with village")
        << pairing(QStringLiteral("street_town"), ep, 2, wp, 12) << QStringLiteral("do not fit");
    QTest::newRow("professional with household")
        << pairing(QStringLiteral("cadre_household"), QStringLiteral("east_person_id"), 2,
                   QStringLiteral("west_household_id"), 1)
        << QStringLiteral("do not fit");
    QVariantMap reversed = pairing(QStringLiteral("community_village"), ep, 3, wp, 12);
    reversed.insert(QStringLiteral("end_date"), QStringLiteral("2017-01-01"));
    QTest::newRow("end before start") << reversed << QStringLiteral("before the start");
    QVariantMap ended = pairing(QStringLiteral("community_village"), ep, 3, wp, 12);
    ended.insert(QStringLiteral("status"), QStringLiteral("ended"));
    QTest::newRow("ended without end") << ended << QStringLiteral("needs its end date");
    QVariantMap noEast = pairing(QStringLiteral("community_village"), ep, 3, wp, 12);
    noEast.remove(ep);
    QTest::newRow("no east party") << noEast << QStringLiteral("eastern party");
    QTest::newRow("duplicate") << pairing(QStringLiteral("community_village"), ep, 3, wp, 12)
                               << QStringLiteral("already have an active pairing");
}

void TestRecords::pairingRules()
{
    QFETCH(QVariantMap, values);
    QFETCH(QString, expected);
    if (QByteArray(QTest::currentDataTag()) == "duplicate") {
        QVERIFY(RecordStore::insert(m_db->db(), QStringLiteral("pairings"), values, nullptr, nullptr));
    }
    const QString message = Rules::pairing(m_db->db(), values, 0);
    if (expected.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestRecords::registryRules()
{
    const QSqlDatabase db = m_db->db();
    auto place = [](const QString &level, const QVariant &parent) {
        return QVariantMap{{QStringLiteral("level"), level}, {QStringLiteral("parent_id"), parent},
                           {QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("is_poor"), 0}};
    };
    QVERIFY(Rules::place(db, place(QStringLiteral("village"), 11), 0).isEmpty());
    QVERIFY(Rules::place(db, place(QStringLiteral("village"), 10), 0).contains(QStringLiteral("not to a")));
    QVERIFY(Rules::place(db, place(QStringLiteral("town"), QVariant()), 0).contains(QStringLiteral("choose it")));
    QVariantMap poorTown = place(QStringLiteral("town"), 10);
    poorTown.insert(QStringLiteral("is_poor"), 1);
    QVERIFY(Rules::place(db, poorTown, 0).contains(QStringLiteral("Only a county or a village")));
    QVERIFY(Rules::organisation(db, {{QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("side"), QStringLiteral("east")},
                                     {QStringLiteral("place_id"), 12}}, 0)
                .contains(QStringLiteral("own side")));
    QVERIFY(Rules::household(db, {{QStringLiteral("head_name"), QStringLiteral("A")}, {QStringLiteral("village_id"), 11},
                                  {QStringLiteral("members"), 2}}, 0)
                .contains(QStringLiteral("village")));
    QVERIFY(Rules::household(db, {{QStringLiteral("head_name"), QStringLiteral("A")}, {QStringLiteral("village_id"), 12},
                                  {QStringLiteral("members"), 2}, {QStringLiteral("registered_year"), 2016},
                                  {QStringLiteral("exit_year"), 2014}}, 0)
                .contains(QStringLiteral("before the year")));
}

void TestRecords::formCreatesHouseholdAndUndoRemovesIt()
{
    // In the main window, Registries chosen from its sidebar: the window reads its pages again
    // after every save, undo and redo, and Edit ▸ Undo is its menu's.
    MainWindow w;
    auto *registries = usertest::openAtPage<RegistriesPage>(w, m_db->path(), QStringLiteral("registries"));
    QVERIFY(registries);
    RegistriesPage &page = *registries;
    ListView *list = page.list(RegistriesPage::Households);
    QCOMPARE(list->totalRowCount(), 1);
    bool filled = false;
    RecordActions::setDialogDriver(usertest::driver([&filled](RecordDialog &d) {
        filled = usertest::fill(&d, QStringLiteral("village_id"), QStringLiteral("杨河村"))
            && usertest::fill(&d, QStringLiteral("head_name"), QStringLiteral("刘芳"))
            && usertest::fill(&d, QStringLiteral("members"), QStringLiteral("3"))
            && usertest::fill(&d, QStringLiteral("registered_year"), QStringLiteral("2016"));
        usertest::clickSave(&d);
    }));
    QVERIFY(usertest::clickTab(page.tabs(), RegistriesPage::Households));
    QVERIFY(usertest::clickAction(&page, page.actions(RegistriesPage::Households)->newAction())); // New…
    QVERIFY(filled);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM households WHERE head_name = '刘芳' AND village_id = 12 "
                                          "AND members = 3 AND registered_year = 2016 AND exit_year IS NULL")),
             1);
    QCOMPARE(list->totalRowCount(), 2);
    QVERIFY(usertest::chooseUndo(&w)); // Edit ▸ Undo
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM households")), 1);
    QCOMPARE(list->totalRowCount(), 1);
    QVERIFY(usertest::chooseRedo(&w)); // Edit ▸ Redo
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM households WHERE head_name = '刘芳'")), 1);
    QCOMPARE(list->totalRowCount(), 2);
}

void TestRecords::formShowsProblemsAndCancelWritesNothing()
{
    RegistriesPage page;
    page.setDatabase(m_db.get());
    page.resize(1280, 800);
    QVERIFY(usertest::show(&page));
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&shown](RecordDialog &d) {
        usertest::clickSave(&d); // no village, no head: refused, the dialog stays open with the reason
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(usertest::clickTab(page.tabs(), RegistriesPage::Households));
    QVERIFY(usertest::clickAction(&page, page.actions(RegistriesPage::Households)->newAction())); // New…
    QVERIFY2(shown.contains(QStringLiteral("required")), qPrintable(shown));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM households")), 1);
    QCOMPARE(undoStack()->count(), 0);

    // A place whose level does not fit its parent: the rule's message, nothing written.
    bool filled = false;
    RecordActions::setDialogDriver(usertest::driver([&shown, &filled](RecordDialog &d) {
        filled = usertest::chooseCode(&d, QStringLiteral("level"), QStringLiteral("village"))
            && usertest::fill(&d, QStringLiteral("name"), QStringLiteral("新村"));
        usertest::clickSave(&d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(usertest::clickTab(page.tabs(), RegistriesPage::Places));
    QVERIFY(usertest::clickAction(&page, page.actions(RegistriesPage::Places)->newAction())); // New…
    QVERIFY(filled);
    QVERIFY2(shown.contains(QStringLiteral("required")) || shown.contains(QStringLiteral("choose")), qPrintable(shown));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM places")), 6);
}

void TestRecords::deleteInUseIsRefusedWithNames()
{
    RegistriesPage page;
    page.setDatabase(m_db.get());
    page.resize(1280, 800);
    QVERIFY(usertest::show(&page));
    ListView *places = page.list(RegistriesPage::Places);
    QVERIFY(usertest::search(places, QStringLiteral("杨河村")));
    QCOMPARE(places->visibleRowCount(), 1);
    QTableView *table = places->tableView();
    int shown = 0;
    while (shown < table->model()->columnCount() && table->isColumnHidden(shown))
        ++shown;
    QVERIFY(usertest::clickIndex(table, table->model()->index(0, shown))); // the row, clicked
    QCOMPARE(table->currentIndex().row(), 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(usertest::clickAction(&page, page.actions(RegistriesPage::Places)->deleteAction())); // Delete
    QVERIFY(!MessageBox::recorded().isEmpty());
    QVERIFY2(MessageBox::recorded().constLast().text.contains(QStringLiteral("registered poor households")),
             qPrintable(MessageBox::recorded().constLast().text));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM places WHERE id = 12")), 1);
}

void TestRecords::rulesMessagesTranslated()
{
    // Every rule message exists in both languages.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    const QString zh = Rules::pairing(m_db->db(), pairing(QStringLiteral("school"), QStringLiteral("east_org_id"), 1,
                                                          QStringLiteral("west_org_id"), 3), 0);
    QVERIFY2(zh.contains(QStringLiteral("不符合")), qPrintable(zh));
    QVERIFY(Language::apply(QStringLiteral("en")));
    const QString en = Rules::pairing(m_db->db(), pairing(QStringLiteral("school"), QStringLiteral("east_org_id"), 1,
                                                          QStringLiteral("west_org_id"), 3), 0);
    QVERIFY2(en.contains(QStringLiteral("do not fit")), qPrintable(en));
}

QTEST_MAIN(TestRecords)
#include "test_records.moc"

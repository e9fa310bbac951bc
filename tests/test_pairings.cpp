// The Pairings page on a small hand-made database: the list and its filters, the pairing form
// (parties by kind, every rule's message in the dialog), "End pairing…" and undo, the party
// detail, startPairing(), the counts tab against Headline, and a pairing created through the
// form in the main window changing the dashboard's tile until Ctrl+Z.

#include "common/userdriver.h"
#include "db/database.h"
#include "db/transaction.h"
#include "demo/demo.h"
#include "domain/labels.h"
#include "i18n/language.h"
#include "pairing/pairingquery.h"
#include "pairings/pairingforms.h"
#include "pairings/pairingspage.h"
#include "pairings/partydetail.h"
#include "records/lookupcombo.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "records/rules.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tongxin;

namespace {

// East: 河西区 (1) > 越秀路街道 (2) > 平山道社区 (3); 河西区 > 马场街道 (4) > 友谊里社区 (5);
// 南开区 (6) > 学府街道 (7). West: 庄浪县 (10) > 南湖镇 (11) > 杨河村 (12), 赵墩村 (13);
// 崆峒区 (20) > 崆峒镇 (21) > 大寨村 (22).
const char *const Data[] = {
    "INSERT INTO places (id, side, level, parent_id, name, name_en) VALUES (1, 'east', 'district', NULL, '河西区', "
    "'Hexi District')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (2, 'east', 'street', 1, '越秀路街道')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (3, 'east', 'community', 2, '平山道社区')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (4, 'east', 'street', 1, '马场街道')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (5, 'east', 'community', 4, '友谊里社区')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (6, 'east', 'district', NULL, '南开区')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (7, 'east', 'street', 6, '学府街道')",
    "INSERT INTO places (id, side, level, parent_id, name, name_en, is_poor) VALUES "
    "(10, 'west', 'county', NULL, '庄浪县', 'Zhuanglang County', 1)",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (11, 'west', 'town', 10, '南湖镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (12, 'west', 'village', 11, '杨河村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (13, 'west', 'village', 11, '赵墩村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, name_en, is_poor) VALUES "
    "(20, 'west', 'county', NULL, '崆峒区', 'Kongtong District', 1)",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (21, 'west', 'town', 20, '崆峒镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (22, 'west', 'village', 21, '大寨村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (23, 'west', 'village', 21, '新庄村')",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (1, 'east', 'school', '天津一中', 2)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (2, 'west', 'school', '庄浪一中', 10)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (3, 'east', 'enterprise', '津丰食品公司', 4)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (4, 'east', 'chamber', '河西区工商联', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (5, 'west', 'school', '崆峒一中', 20)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (6, 'east', 'school', '南开中学', 7)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (7, 'west', 'hospital', '庄浪县医院', 10)",
    "INSERT INTO people (id, side, name, role, place_id) VALUES (1, 'east', '张伟', 'cadre', 1)",
    "INSERT INTO people (id, side, name, role, field) VALUES (2, 'east', '李娜', 'professional', 'medical')",
    "INSERT INTO households (id, village_id, head_name, members, registered_year) VALUES (1, 12, '王强', 4, 2015)",
    "INSERT INTO households (id, village_id, head_name, members, registered_year) VALUES (2, 22, '刘芳', 3, 2016)",
    // 1 street ↔ town; 2 and 8 community ↔ village; 3 (ended), 4 and 9 schools; 5 enterprise;
    // 6 chamber; 7 cadre ↔ household (ended).
    "INSERT INTO pairings (id, kind, east_place_id, west_place_id, start_date, agreement_no) VALUES "
    "(1, 'street_town', 2, 11, '2017-05-18', '河西携手〔2017〕001号')",
    "INSERT INTO pairings (id, kind, east_place_id, west_place_id, start_date) VALUES "
    "(2, 'community_village', 3, 12, '2017-09-01')",
    "INSERT INTO pairings (id, kind, east_org_id, west_org_id, start_date, end_date, status, notes) VALUES "
    "(3, 'school', 1, 2, '2017-09-01', '2018-08-31', 'ended', '调整结对学校')",
    "INSERT INTO pairings (id, kind, east_org_id, west_org_id, start_date) VALUES (4, 'school', 1, 5, '2018-09-01')",
    "INSERT INTO pairings (id, kind, east_org_id, west_place_id, start_date) VALUES "
    "(5, 'enterprise_village', 3, 22, '2019-03-01')",
    "INSERT INTO pairings (id, kind, east_org_id, west_place_id, start_date) VALUES "
    "(6, 'chamber_village', 4, 13, '2018-10-17')",
    "INSERT INTO pairings (id, kind, east_person_id, west_household_id, start_date, end_date, status) VALUES "
    "(7, 'cadre_household', 1, 1, '2018-01-01', '2020-12-31', 'ended')",
    "INSERT INTO pairings (id, kind, east_place_id, west_place_id, start_date) VALUES "
    "(8, 'community_village', 5, 22, '2020-06-01')",
    "INSERT INTO pairings (id, kind, east_org_id, west_org_id, start_date) VALUES (9, 'school', 6, 2, '2019-09-01')",
};

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The pairing ids shown by the list, in order.
QList<qint64> shownIds(ListView *list)
{
    QList<qint64> ids;
    QAbstractItemModel *proxy = list->tableView()->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex source = list->proxy()->mapToSource(proxy->index(r, 0));
        ids << list->value(source.row(), QStringLiteral("id")).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int at = combo->findData(data);
    QVERIFY2(at >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(at);
}

LookupCombo *lookup(RecordDialog &d, const char *column)
{
    return qobject_cast<LookupCombo *>(d.editor(QLatin1String(column)));
}

QStringList itemTexts(QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemText(i).isEmpty())
            out << combo->itemText(i);
    }
    return out;
}

/// Shows a page on its own at the screenshot size, so its buttons can be clicked.
bool showPage(QWidget &page)
{
    page.resize(1280, 800);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

} // namespace

class TestPairings final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsPartiesWithWhereTheyBelong();
    void listFilters();
    void formOffersPartiesByKind();
    void formEditsExistingPairing();
    void formShowsEachRule();
    void endPairingAndUndo();
    void startPairingPrefills();
    void deleteAskedByNameAndUndone();
    void detailListsEverythingOfAParty();
    void countsEqualHeadline();
    void countsTab();
    void formChangesDashboardAndUndoRestores();
    void formOnTheDemoInBothLanguages();

private:
    QString m_path;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPairings::initTestCase()
{
    Application::configure();
    // Settings in a home of our own (other Tongxin tests run at the same time).
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QSettings().clear();
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestPairings::init()
{
    undoStack()->clear();
    MessageBox::clearRecorded();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("pairings.db"));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->create(m_path));
    Transaction t(m_db->db());
    QSqlQuery q(m_db->db());
    for (const char *sql : Data)
        QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(QString::fromUtf8(sql) + q.lastError().text()));
    QVERIFY(t.commit());
}

void TestPairings::cleanup()
{
    RecordActions::setDialogDriver(nullptr);
    EndPairingDialog::setDriver(nullptr);
    undoStack()->clear();
    m_db.reset();
    m_dir.reset();
    Language::apply(QStringLiteral("en"));
}

void TestPairings::listShowsPartiesWithWhereTheyBelong()
{
    PairingsPage page;
    page.setDatabase(m_db.get());
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
    page.setDatabase(m_db.get());
    ListView *list = page.list();
    const QList<qint64> all = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    QCOMPARE(shownIds(list), all);

    choose(page.kindFilter(), QStringLiteral("community_village"));
    QCOMPARE(shownIds(list), (QList<qint64> { 2, 8 }));
    choose(page.kindFilter(), QStringLiteral("school"));
    QCOMPARE(shownIds(list), (QList<qint64> { 3, 4, 9 }));
    choose(page.statusFilter(), QStringLiteral("active"));
    QCOMPARE(shownIds(list), (QList<qint64> { 4, 9 }));
    page.kindFilter()->setCurrentIndex(0);
    choose(page.statusFilter(), QStringLiteral("ended"));
    QCOMPARE(shownIds(list), (QList<qint64> { 3, 7 }));
    page.statusFilter()->setCurrentIndex(0);
    QCOMPARE(shownIds(list), all);

    // A year shows what was in force at any time in it (Headline::pairings' rule).
    choose(page.yearFilter(), 2017);
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 3 }));
    choose(page.yearFilter(), 2019);
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 4, 5, 6, 7, 9 }));
    choose(page.yearFilter(), 2020);
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 4, 5, 6, 7, 8, 9 }));
    page.yearFilter()->setCurrentIndex(0);
    QCOMPARE(shownIds(list), all);

    // Western unit, through the western party (village, town, school or household).
    choose(page.westUnitFilter(), 20);
    QCOMPARE(shownIds(list), (QList<qint64> { 4, 5, 8 }));
    choose(page.westUnitFilter(), 10);
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 3, 6, 7, 9 }));
    page.westUnitFilter()->setCurrentIndex(0);

    // Eastern unit: a district or one of its streets, through the eastern party's place.
    QCOMPARE(page.eastUnitFilter()->itemText(page.eastUnitFilter()->findData(4)).trimmed(), QStringLiteral("马场街道"));
    choose(page.eastUnitFilter(), 4);
    QCOMPARE(shownIds(list), (QList<qint64> { 5, 8 }));
    choose(page.eastUnitFilter(), 2);
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 3, 4 }));
    choose(page.eastUnitFilter(), 6);
    QCOMPARE(shownIds(list), (QList<qint64> { 9 }));
    choose(page.eastUnitFilter(), 1);
    QCOMPARE(shownIds(list), (QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8 }));

    // Search, on top of the filters.
    page.eastUnitFilter()->setCurrentIndex(0);
    list->setSearchText(QStringLiteral("杨河"));
    QCOMPARE(shownIds(list), (QList<qint64> { 2, 7 }));
    list->setSearchText(QStringLiteral("崆峒"));
    QCOMPARE(shownIds(list), (QList<qint64> { 4, 5, 8 }));
    choose(page.kindFilter(), QStringLiteral("school"));
    QCOMPARE(shownIds(list), (QList<qint64> { 4 }));
    list->setSearchText(QStringLiteral("调整"));
    QCOMPARE(shownIds(list), (QList<qint64> { 3 }));
    QCOMPARE(list->countLabel()->text(), QStringLiteral("1 of 9 rows"));

    // Filters survive a reload (the main window reloads pages after every save).
    page.setDatabase(m_db.get());
    QCOMPARE(shownIds(list), (QList<qint64> { 3 }));
}

void TestPairings::formOffersPartiesByKind()
{
    RecordDialog d(m_db.get(), PairingForms::pairing(), 0);
    QCOMPARE(d.values().value(QStringLiteral("kind")).toString(), QStringLiteral("community_village"));
    // Community ↔ village: eastern communities with their street and district; western villages
    // with town and unit, the poor ones marked.
    QVERIFY(lookup(d, "east_place_id")->isVisibleTo(&d));
    QVERIFY(!lookup(d, "east_org_id")->isVisibleTo(&d));
    QVERIFY(!lookup(d, "west_household_id")->isVisibleTo(&d));
    QCOMPARE(itemTexts(lookup(d, "east_place_id")),
        (QStringList {
            QStringLiteral("平山道社区（越秀路街道，河西区）"), QStringLiteral("友谊里社区（马场街道，河西区）") }));
    const QStringList villages = itemTexts(lookup(d, "west_place_id"));
    QCOMPARE(villages.size(), 4);
    QVERIFY(villages.contains(QStringLiteral("杨河村（南湖镇，庄浪县） · poor village")));
    QVERIFY(villages.contains(QStringLiteral("新庄村（崆峒镇，崆峒区）")));

    // Street ↔ town: the same columns offer streets and towns, and the old choice is gone.
    lookup(d, "east_place_id")->setCurrentId(3);
    d.setValue(QStringLiteral("kind"), QStringLiteral("street_town"));
    QCOMPARE(itemTexts(lookup(d, "east_place_id")),
        (QStringList { QStringLiteral("越秀路街道（河西区）"), QStringLiteral("马场街道（河西区）"),
            QStringLiteral("学府街道（南开区）") }));
    QCOMPARE(itemTexts(lookup(d, "west_place_id")),
        (QStringList { QStringLiteral("南湖镇（庄浪县）"), QStringLiteral("崆峒镇（崆峒区）") }));
    QVERIFY(d.values().value(QStringLiteral("east_place_id")).isNull());

    // Schools: organisations of that kind on each side; the place columns are hidden and NULL.
    d.setValue(QStringLiteral("east_place_id"), 2);
    d.setValue(QStringLiteral("kind"), QStringLiteral("school"));
    QVERIFY(!lookup(d, "east_place_id")->isVisibleTo(&d));
    QVERIFY(lookup(d, "east_org_id")->isVisibleTo(&d));
    QVERIFY(lookup(d, "west_org_id")->isVisibleTo(&d));
    QCOMPARE(itemTexts(lookup(d, "east_org_id")),
        (QStringList {
            QStringLiteral("南开中学（学府街道，南开区）"), QStringLiteral("天津一中（越秀路街道，河西区）") }));
    QCOMPARE(itemTexts(lookup(d, "west_org_id")),
        (QStringList { QStringLiteral("庄浪一中（庄浪县）"), QStringLiteral("崆峒一中（崆峒区）") }));
    d.setValue(QStringLiteral("east_org_id"), 1);
    d.setValue(QStringLiteral("west_org_id"), 5);
    QVariantMap v = d.values();
    QVERIFY(v.value(QStringLiteral("east_place_id")).isNull());
    QCOMPARE(v.value(QStringLiteral("east_org_id")).toLongLong(), 1);
    QVERIFY(v.value(QStringLiteral("west_place_id")).isNull());

    // Hospitals, enterprises, the chamber, cadres and households.
    d.setValue(QStringLiteral("kind"), QStringLiteral("hospital"));
    QCOMPARE(itemTexts(lookup(d, "west_org_id")), QStringList { QStringLiteral("庄浪县医院（庄浪县）") });
    QVERIFY(itemTexts(lookup(d, "east_org_id")).isEmpty());
    d.setValue(QStringLiteral("kind"), QStringLiteral("enterprise_village"));
    QCOMPARE(itemTexts(lookup(d, "east_org_id")), QStringList { QStringLiteral("津丰食品公司（马场街道，河西区）") });
    QCOMPARE(itemTexts(lookup(d, "west_place_id")).size(), 4);
    d.setValue(QStringLiteral("kind"), QStringLiteral("chamber_village"));
    QCOMPARE(itemTexts(lookup(d, "east_org_id")), QStringList { QStringLiteral("河西区工商联（河西区）") });
    d.setValue(QStringLiteral("kind"), QStringLiteral("cadre_household"));
    QVERIFY(lookup(d, "east_person_id")->isVisibleTo(&d));
    QVERIFY(lookup(d, "west_household_id")->isVisibleTo(&d));
    QVERIFY(!lookup(d, "west_place_id")->isVisibleTo(&d));
    QCOMPARE(
        itemTexts(lookup(d, "east_person_id")), QStringList { QStringLiteral("张伟（河西区）") }); // no professional
    QCOMPARE(itemTexts(lookup(d, "west_household_id")),
        (QStringList {
            QStringLiteral("王强（杨河村，南湖镇，庄浪县）"), QStringLiteral("刘芳（大寨村，崆峒镇，崆峒区）") }));
    d.setValue(QStringLiteral("east_person_id"), 1);
    d.setValue(QStringLiteral("west_household_id"), 2);
    v = d.values();
    for (const char *unused : { "east_place_id", "east_org_id", "west_place_id", "west_org_id" })
        QVERIFY2(v.value(QLatin1String(unused)).isNull(), unused);
    QCOMPARE(v.value(QStringLiteral("west_household_id")).toLongLong(), 2);
    QVERIFY2(d.check().isEmpty(), qPrintable(d.check()));
}

void TestPairings::formEditsExistingPairing()
{
    PairingsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(showPage(page));
    QVariantMap seen;
    RecordActions::setDialogDriver(usertest::driver([&seen](RecordDialog &d) {
        seen = d.values();
        d.setValue(QStringLiteral("agreement_no"), QStringLiteral("河西携手〔2019〕009号"));
        usertest::clickSave(&d);
    }));
    QVERIFY(page.selectPairing(9));
    QVERIFY(usertest::clickAction(&page, page.actions()->editAction())); // Edit…
    QCOMPARE(seen.value(QStringLiteral("kind")).toString(), QStringLiteral("school"));
    QCOMPARE(seen.value(QStringLiteral("east_org_id")).toLongLong(), 6);
    QCOMPARE(seen.value(QStringLiteral("west_org_id")).toLongLong(), 2);
    QCOMPARE(seen.value(QStringLiteral("start_date")).toString(), QStringLiteral("2019-09-01"));
    QVERIFY(seen.value(QStringLiteral("end_date")).isNull());
    QCOMPARE(scalar(*m_db,
                 QStringLiteral("SELECT count(*) FROM pairings WHERE id = 9 AND east_org_id = 6 AND "
                                "west_org_id = 2 AND agreement_no = '河西携手〔2019〕009号'")),
        1);
    QCOMPARE(page.currentPairing(), 9); // the saved row is selected
}

void TestPairings::formShowsEachRule()
{
    struct Case
    {
        const char *name;
        std::function<void(RecordDialog &)> fill;
        QString expected;
    };
    auto offer = [](RecordDialog &d, const char *column, qint64 id) {
        // A party the lookup does not offer (chosen before the data changed elsewhere).
        LookupCombo *c = lookup(d, column);
        c->addItem(QStringLiteral("?"), id);
        c->setCurrentIndex(c->count() - 1);
    };
    const QVector<Case> cases = {
        { "no party", [](RecordDialog &d) { d.setValue(QStringLiteral("kind"), QStringLiteral("community_village")); },
            QStringLiteral("“Eastern party” is required.") },
        { "kind mismatch",
            [&offer](RecordDialog &d) {
                d.setValue(QStringLiteral("kind"), QStringLiteral("street_town"));
                offer(d, "east_place_id", 3); // a community
                d.setValue(QStringLiteral("west_place_id"), 11);
            },
            QStringLiteral("The two parties do not fit a pairing of the kind “Street ↔ town”.") },
        { "same side",
            [&offer](RecordDialog &d) {
                d.setValue(QStringLiteral("kind"), QStringLiteral("community_village"));
                offer(d, "east_place_id", 13); // a western village
                d.setValue(QStringLiteral("west_place_id"), 12);
            },
            QStringLiteral(
                "A pairing links one eastern party with one western party; both cannot be on the same side.") },
        { "end before start",
            [](RecordDialog &d) {
                d.setValue(QStringLiteral("kind"), QStringLiteral("community_village"));
                d.setValue(QStringLiteral("east_place_id"), 3);
                d.setValue(QStringLiteral("west_place_id"), 13);
                d.setValue(QStringLiteral("start_date"), QStringLiteral("2020-05-01"));
                d.setValue(QStringLiteral("end_date"), QStringLiteral("2019-05-01"));
            },
            QStringLiteral("“End date” cannot be before “Start date”.") },
        { "ended without end date",
            [](RecordDialog &d) {
                d.setValue(QStringLiteral("kind"), QStringLiteral("community_village"));
                d.setValue(QStringLiteral("east_place_id"), 3);
                d.setValue(QStringLiteral("west_place_id"), 13);
                d.setValue(QStringLiteral("status"), QStringLiteral("ended"));
            },
            QStringLiteral("An ended pairing needs its end date.") },
        { "duplicate active",
            [](RecordDialog &d) {
                d.setValue(QStringLiteral("kind"), QStringLiteral("community_village"));
                d.setValue(QStringLiteral("east_place_id"), 3);
                d.setValue(QStringLiteral("west_place_id"), 12); // pairing 2
            },
            QStringLiteral("These two parties already have an active pairing of the kind “Community ↔ village”.") },
    };
    PairingsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(showPage(page));
    for (const Case &c : cases) {
        QString shown;
        bool open = false;
        RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
            c.fill(d);
            usertest::clickSave(&d);
            shown = d.message();
            open = d.isVisible() || d.result() != QDialog::Accepted;
            usertest::clickCancel(&d);
        }));
        QVERIFY2(usertest::clickAction(&page, page.actions()->newAction()), c.name); // New…
        QVERIFY2(open, c.name);
        QVERIFY2(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")) == 9, c.name);
        QCOMPARE(shown, c.expected);
    }
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")), 9);
    QCOMPARE(undoStack()->count(), 0);
    // The rule itself also refuses an end before the start (the form checks the order first).
    QVariantMap reversed { { QStringLiteral("kind"), QStringLiteral("community_village") },
        { QStringLiteral("east_place_id"), 3 }, { QStringLiteral("west_place_id"), 13 },
        { QStringLiteral("start_date"), QStringLiteral("2020-05-01") },
        { QStringLiteral("end_date"), QStringLiteral("2019-05-01") },
        { QStringLiteral("status"), QStringLiteral("active") } };
    QCOMPARE(Rules::pairing(m_db->db(), reversed, 0), QStringLiteral("The end date cannot be before the start date."));
    // An ended pairing of the same parties is no duplicate; the same edit of pairing 2 itself neither.
    reversed.insert(QStringLiteral("west_place_id"), 12);
    reversed.insert(QStringLiteral("end_date"), QVariant());
    QVERIFY(Rules::pairing(m_db->db(), reversed, 2).isEmpty());

    // The messages are in the user's language.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        cases.at(1).fill(d);
        usertest::clickSave(&d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(usertest::clickAction(&page, page.actions()->newAction()));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")), 9);
    QVERIFY2(!shown.isEmpty() && shown != cases.at(1).expected, qPrintable(shown));
    // The kind is named in Chinese (the sentence itself is translated by the lead's lupdate pass).
    QVERIFY2(
        shown.contains(Labels::text(Labels::Domain::PairingKind, QStringLiteral("street_town"))), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("街道")), qPrintable(shown));
}

void TestPairings::endPairingAndUndo()
{
    PairingsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(showPage(page));
    QVERIFY(!page.endAction()->isEnabled()); // nothing selected
    QVERIFY(page.selectPairing(3));
    QVERIFY(!page.endAction()->isEnabled()); // already ended
    QVERIFY(page.selectPairing(2));
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
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND status = 'active'")), 1);
    QCOMPARE(undoStack()->count(), 0);

    EndPairingDialog::setDriver([](EndPairingDialog &d) {
        d.setDate(QDate(2021, 6, 30));
        usertest::show(&d);
        usertest::clickSave(&d); // its OK button
        return d.result();
    });
    QVERIFY(usertest::clickAction(&page, page.endAction()));
    QCOMPARE(scalar(*m_db,
                 QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND status = 'ended' "
                                "AND end_date = '2021-06-30'")),
        1);
    QCOMPARE(page.currentPairing(), 2);
    QVERIFY(!page.endAction()->isEnabled());
    QCOMPARE(undoStack()->count(), 1);
    QVERIFY(MessageBox::recorded().isEmpty());

    undoStack()->undo();
    QCOMPARE(scalar(*m_db,
                 QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND status = 'active' "
                                "AND end_date IS NULL")),
        1);
    undoStack()->redo();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND status = 'ended'")), 1);
}

void TestPairings::startPairingPrefills()
{
    PairingsPage page;
    page.setDatabase(m_db.get());
    QVariantMap seen;
    QString westText;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        seen = d.values();
        westText = lookup(d, "west_place_id")->currentText();
        usertest::clickCancel(&d);
    }));
    QVERIFY(!page.startPairing(QStringLiteral("enterprise_village"), 23, 0));
    QCOMPARE(seen.value(QStringLiteral("kind")).toString(), QStringLiteral("enterprise_village"));
    QCOMPARE(seen.value(QStringLiteral("west_place_id")).toLongLong(), 23);
    QCOMPARE(westText, QStringLiteral("新庄村（崆峒镇，崆峒区）"));
    QVERIFY(seen.value(QStringLiteral("east_org_id")).isNull());

    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        seen = d.values();
        usertest::clickCancel(&d);
    }));
    QVERIFY(!page.startPairing(QStringLiteral("cadre_household"), 0, 2));
    QCOMPARE(seen.value(QStringLiteral("kind")).toString(), QStringLiteral("cadre_household"));
    QCOMPARE(seen.value(QStringLiteral("west_household_id")).toLongLong(), 2);
    QVERIFY(seen.value(QStringLiteral("west_place_id")).isNull());

    // Saved from the pre-filled form: the new pairing is written and selected.
    RecordActions::setDialogDriver(usertest::driver([](RecordDialog &d) {
        d.setValue(QStringLiteral("east_person_id"), 1);
        usertest::clickSave(&d);
    }));
    QVERIFY(page.startPairing(QStringLiteral("cadre_household"), 0, 2));
    const qint64 id = scalar(*m_db,
        QStringLiteral("SELECT id FROM pairings WHERE kind = 'cadre_household' AND "
                       "east_person_id = 1 AND west_household_id = 2 AND status = 'active'"));
    QVERIFY(id > 9);
    QCOMPARE(page.currentPairing(), id);
}

void TestPairings::deleteAskedByNameAndUndone()
{
    PairingsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(showPage(page));
    QVERIFY(page.selectPairing(2));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(usertest::clickAction(&page, page.actions()->deleteAction())); // Delete
    QVERIFY(!MessageBox::recorded().isEmpty());
    QCOMPARE(MessageBox::recorded().constFirst().text,
        QStringLiteral("Delete “平山道社区（越秀路街道） ↔ 杨河村（南湖镇）”?"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")), 8);
    undoStack()->undo();
    QCOMPARE(scalar(*m_db,
                 QStringLiteral("SELECT count(*) FROM pairings WHERE id = 2 AND east_place_id = 3 "
                                "AND west_place_id = 12 AND status = 'active'")),
        1);
}

void TestPairings::detailListsEverythingOfAParty()
{
    PairingsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(showPage(page));
    PartyDetail *detail = page.detail();
    QVERIFY(page.selectPairing(4));
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
    page.setDatabase(m_db.get());
    QCOMPARE(page.currentPairing(), 4);
    QCOMPARE(detail->currentParty(), (PairingParty { PairingParty::Type::Organisation, 1 }));
    QVERIFY(detail->eastButton()->isChecked());

    // Any party, chosen by name: the household 王强 and the village 大寨村 (two kinds).
    LookupCombo *chooser = detail->partyChooser();
    const qint64 household = PairingParty { PairingParty::Type::Household, 1 }.key();
    QVERIFY(chooser->findData(household) >= 0);
    chooser->setCurrentId(household);
    QCOMPARE(detail->listedPairings(), (QVector<qint64> { 7 }));
    chooser->setCurrentId(PairingParty { PairingParty::Type::Place, 22 }.key());
    QCOMPARE(detail->listedPairings(), (QVector<qint64> { 5, 8 }));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("友谊里社区（马场街道）"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Enterprise ↔ village (1)"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("津丰食品公司（马场街道）"));
    // A party without pairings says so.
    chooser->setCurrentId(PairingParty { PairingParty::Type::Place, 23 }.key());
    QVERIFY(detail->listedPairings().isEmpty());
    QVERIFY(
        detail->findChild<QLabel *>(QStringLiteral("partySummary"))->text().contains(QStringLiteral("no pairings")));

    // Activating a listed pairing selects it in the list.
    chooser->setCurrentId(PairingParty { PairingParty::Type::Place, 22 }.key());
    emit tree->itemActivated(tree->topLevelItem(1)->child(0), 0);
    QCOMPARE(page.currentPairing(), 5);
    emit tree->itemActivated(tree->topLevelItem(0), 0); // a kind's heading selects nothing
    QCOMPARE(page.currentPairing(), 5);
}

void TestPairings::countsEqualHeadline()
{
    const QSqlDatabase db = m_db->db();
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
    page.setDatabase(m_db.get());
    PairingCountsModel *model = page.countsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0); // computed when the tab is shown
    page.tabs()->setCurrentIndex(PairingsPage::CountsTab);
    QCOMPARE(model->rowCount(), 21);
    for (int year : { 0, 2018, 2020 }) {
        choose(page.countsYear(), year ? QVariant(year) : QVariant());
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString kind = model->index(r, 0).data(PairingCountsModel::KindRole).toString();
            const qint64 unit = model->index(r, 0).data(PairingCountsModel::UnitRole).toLongLong();
            const PairCount c
                = Headline::pairings(m_db->db(), kind, year ? Filter::year(year, unit) : Filter { 0, 0, unit });
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

void TestPairings::formChangesDashboardAndUndoRestores()
{
    m_db.reset(); // the main window opens the file itself
    MainWindow w;
    w.setRememberSession(false);
    QVERIFY(w.openDatabase(m_path));
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
    RecordActions::setDialogDriver(usertest::driver([](RecordDialog &d) {
        d.setValue(QStringLiteral("kind"), QStringLiteral("community_village"));
        LookupCombo *east = lookup(d, "east_place_id");
        east->setCurrentIndex(east->findText(QStringLiteral("平山道社区"), Qt::MatchStartsWith));
        LookupCombo *west = lookup(d, "west_place_id");
        west->setCurrentIndex(west->findText(QStringLiteral("赵墩村"), Qt::MatchStartsWith));
        d.setValue(QStringLiteral("start_date"), QStringLiteral("2021-03-01"));
        d.setValue(QStringLiteral("agreement_no"), QStringLiteral("河西携手〔2021〕001号"));
        usertest::clickSave(&d);
    }));
    QVERIFY(usertest::clickAction(page, page->actions()->newAction())); // New…
    QCOMPARE(page->list()->totalRowCount(), 10);
    QCOMPARE(tile(), QStringLiteral("2 ↔ 3 · 3 pairs"));
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
    page->tabs()->setCurrentIndex(PairingsPage::CountsTab);
    bool found = false;
    for (const PairingCountRow &r : page->countsModel()->rows()) {
        if (r.kind == QLatin1String("community_village") && r.unitId == 0) {
            QCOMPARE(r.count.pairs, 3);
            QCOMPARE(r.count.west, 3);
            found = true;
        }
    }
    QVERIFY(found);

    // Ctrl+Z: the pairing is gone, the tile and the list are as before.
    undoStack()->undo();
    QCOMPARE(tile(), QStringLiteral("2 ↔ 2 · 2 pairs"));
    QCOMPARE(page->list()->totalRowCount(), 9);
    QVERIFY(MessageBox::recorded().isEmpty());
}

QTEST_MAIN(TestPairings)
// The form on the demo: a community ↔ village pairing offers only communities and villages,
// and its labels follow the language. With TONGXIN_SHOTS=DIR it also saves the form as
// DIR/pairing-form_<lang>.png (the README's screenshots).
void TestPairings::formOnTheDemoInBothLanguages()
{
    QTemporaryDir dir;
    Database demo;
    QVERIFY(demo.create(dir.filePath(QStringLiteral("demo.db"))));
    QVERIFY(Demo::populate(demo));
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        QVERIFY(Language::apply(lang));
        QApplication::processEvents();
        RecordDialog d(&demo, PairingForms::pairing(), 0);
        d.setValue(QStringLiteral("kind"), QStringLiteral("community_village"));
        LookupCombo *east = lookup(d, "east_place_id");
        LookupCombo *west = lookup(d, "west_place_id");
        QVERIFY(east->isVisibleTo(&d) && west->isVisibleTo(&d));
        QVERIFY(!lookup(d, "east_org_id")->isVisibleTo(&d));
        QVERIFY(east->count() > 27 && west->count() > 27);
        east->setCurrentIndex(1);
        west->setCurrentIndex(1);
        d.setValue(QStringLiteral("agreement_no"), QStringLiteral("河西协〔2018〕12号"));
        d.resize(560, 420);
        const QImage image = d.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(d.windowTitle(), QCoreApplication::translate("PairingForms", "New pairing"));
        const QString shots = qEnvironmentVariable("TONGXIN_SHOTS");
        if (!shots.isEmpty())
            image.save(QDir(shots).filePath(QStringLiteral("pairing-form_%1.png").arg(lang)));
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

#include "test_pairings.moc"

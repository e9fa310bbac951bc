#pragma once

// The small hand-made database of the Pairings tests (test_pairings, test_pairings_forms), a
// fixture that gives each test a fresh copy of it with settings in a home of its own, and the
// helpers both files read the page and the form with.

#include "common/userdriver.h"
#include "db/database.h"
#include "db/transaction.h"
#include "i18n/language.h"
#include "pairings/endpairingdialog.h"
#include "registers/pairings.h"
#include "records/lookupcombo.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "shell/application.h"
#include "shell/messagebox.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QComboBox>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace tongxin::testing {

// East: 河西区 (1) > 越秀路街道 (2) > 平山道社区 (3); 河西区 > 马场街道 (4) > 友谊里社区 (5);
// 南开区 (6) > 学府街道 (7). West: 庄浪县 (10) > 南湖镇 (11) > 杨河村 (12), 赵墩村 (13);
// 崆峒区 (20) > 崆峒镇 (21) > 大寨村 (22).
inline const char *const Data[] = {
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

inline qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The pairing ids shown by the list, in order.
inline QList<qint64> shownIds(ListView *list)
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

inline LookupCombo *lookup(RecordDialog &d, const char *column)
{
    return qobject_cast<LookupCombo *>(d.editor(QLatin1String(column)));
}

inline QStringList itemTexts(QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemText(i).isEmpty())
            out << combo->itemText(i);
    }
    return out;
}

/// Shows a page on its own at the screenshot size, so its buttons can be clicked.
inline bool showPage(QWidget &page)
{
    page.resize(1280, 800);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

/// Clicks the row of the pairing `id` in the list (on its first column shown).
inline bool clickPairing(ListView *list, qint64 id)
{
    const ListModel *model = list->model();
    const int idColumn = model->columnIndex(QStringLiteral("id"));
    QTableView *table = list->tableView();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->raw(row, idColumn).toLongLong() != id)
            continue;
        const QModelIndex shown = list->proxy()->mapFromSource(model->index(row, 0));
        for (int c = 0; shown.isValid() && c < table->model()->columnCount(); ++c) {
            if (!table->isColumnHidden(c))
                return usertest::clickIndex(table, table->model()->index(shown.row(), c));
        }
        return false;
    }
    return false;
}

/// Chooses the kind of pairing in the form by clicking it in the list of kinds.
inline bool chooseKind(RecordDialog &d, const char *kind)
{
    return usertest::clickItemFor(usertest::editor<QComboBox>(&d, QStringLiteral("kind")), QString::fromLatin1(kind));
}

/// Each test's own copy of Data in a temporary folder; the test case's settings in a home of its
/// own (other Tongxin tests run at the same time). Call its functions from the test class's
/// initTestCase(), init() and cleanup().
struct PairingsFixture
{
    QString path;
    QTemporaryDir home;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;

    void initTestCase()
    {
        Application::configure();
        QVERIFY(home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
        QSettings().clear();
        MessageBox::setRecordOnly(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void init()
    {
        undoStack()->clear();
        MessageBox::clearRecorded();
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
        path = dir->filePath(QStringLiteral("pairings.db"));
        db = std::make_unique<Database>();
        QVERIFY(db->create(path));
        Transaction t(db->db());
        QSqlQuery q(db->db());
        for (const char *sql : Data)
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(QString::fromUtf8(sql) + q.lastError().text()));
        QVERIFY(t.commit());
    }

    void cleanup()
    {
        RecordActions::setDialogDriver(nullptr);
        EndPairingDialog::setDriver(nullptr);
        undoStack()->clear();
        db.reset();
        dir.reset();
        Language::apply(QStringLiteral("en"));
    }
};

} // namespace tongxin::testing

// The new place form's level (found by a new user): on an empty database it starts at county,
// not at village (which could not be saved without a town); then at the lowest level that has
// a parent to go under; with a place chosen in the list, at the level below it, under it.

#include "common/userdriver.h"
#include "db/database.h"
#include "records/recorddialog.h"
#include "records/rules.h"
#include "registries/registriespage.h"
#include "shell/messagebox.h"
#include "widgets/listview.h"

#include <QComboBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tongxin;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QToolButton *newButton(ListView *list)
{
    for (QToolButton *b : list->findChildren<QToolButton *>()) {
        if (b->defaultAction() && b->defaultAction()->objectName() == QLatin1String("new_places"))
            return b;
    }
    return nullptr;
}

} // namespace

class TestPlaceLevel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setRecordOnly(true);
    }
    void startsAtALevelThatCanBeSaved();

private:
    QTemporaryDir m_dir;
};

void TestPlaceLevel::startsAtALevelThatCanBeSaved()
{
    Database db;
    QVERIFY(db.create(m_dir.filePath(QStringLiteral("places.db"))));
    RegistriesPage page;
    page.resize(1200, 800);
    page.setDatabase(&db);
    QVERIFY(usertest::show(&page));
    ListView *list = page.list(RegistriesPage::Places);
    QToolButton *add = newButton(list);
    QVERIFY(add);

    // An empty database: a county, saved with only its name typed.
    QString level;
    QString parent;
    auto newPlace = [&](const QString &name) {
        return usertest::whenForm([&, name](RecordDialog &form) {
            level = usertest::editor<QComboBox>(&form, QStringLiteral("level"))->currentData().toString();
            parent = form.values().value(QStringLiteral("parent_id")).toString();
            QVERIFY(usertest::fill(&form, QStringLiteral("name"), name));
            QVERIFY(usertest::clickSave(&form));
            QVERIFY2(!form.isVisible(), qPrintable(form.message()));
        });
    };
    auto ran = newPlace(QStringLiteral("Zhuanglang"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(*ran);
    QCOMPARE(level, QStringLiteral("county"));
    const qint64 county = scalar(db.db(), QStringLiteral("SELECT id FROM places WHERE level = 'county'"));
    QVERIFY(county > 0);

    // The county chosen in the list: a town under it.
    page.setDatabase(&db);
    QTableView *table = list->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    int shown = 0;
    while (table->isColumnHidden(shown))
        ++shown;
    QVERIFY(usertest::clickIndex(table, table->model()->index(0, shown)));
    ran = newPlace(QStringLiteral("Nanhu"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(*ran);
    QCOMPARE(level, QStringLiteral("town"));
    QCOMPARE(parent, QString::number(county));
    const qint64 town = scalar(db.db(), QStringLiteral("SELECT id FROM places WHERE level = 'town'"));
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT parent_id FROM places WHERE level = 'town'")), county);

    // The rule itself: nothing chosen, a town exists: a village; a village chosen: its sibling.
    QCOMPARE(Rules::newPlace(db.db()).value(QStringLiteral("level")).toString(), QStringLiteral("village"));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO places (id, side, level, parent_id, name) VALUES (99, 'west', 'village', %1, 'V')")
                       .arg(town)));
    const QVariantMap sibling = Rules::newPlace(db.db(), 99);
    QCOMPARE(sibling.value(QStringLiteral("level")).toString(), QStringLiteral("village"));
    QCOMPARE(sibling.value(QStringLiteral("parent_id")).toLongLong(), town);
    Database empty;
    QVERIFY(empty.create(m_dir.filePath(QStringLiteral("empty.db"))));
    QCOMPARE(Rules::newPlace(empty.db()).value(QStringLiteral("level")).toString(), QStringLiteral("county"));
}

QTEST_MAIN(TestPlaceLevel)
#include "test_place_level.moc"

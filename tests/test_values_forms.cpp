// Implausible values typed into a form (issue #17): an allocation above 100亿元 is refused on
// Save with the bound in the message and the database unchanged; the bound itself is saved.

#include "common/userdriver.h"
#include "db/database.h"
#include "funds/allocationsdialog.h"
#include "i18n/language.h"
#include "money/bounds.h"
#include "money/money.h"
#include "records/lookupcombo.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "shell/messagebox.h"
#include "widgets/listview.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tongxin;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestValuesForms final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setRecordOnly(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }
    void allocationAbove100Yi();
};

void TestValuesForms::allocationAbove100Yi()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("alloc.db"))));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO places (id, side, level, name) VALUES (10, 'west', 'county', '庄浪县')")));
    AllocationsDialog dialog(&db);
    QVERIFY(usertest::show(&dialog));

    QString refused;
    RecordActions::setDialogDriver(usertest::driver([&refused](RecordDialog &d) {
        QVERIFY(usertest::chooseName(d.findChild<LookupCombo *>(QStringLiteral("field_county_id")), QStringLiteral("庄浪")));
        usertest::retype(d.editor(QStringLiteral("amount_fen")), QStringLiteral("20000000000")); // 200亿元
        usertest::clickSave(&d);
        refused = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(usertest::clickAction(&dialog, dialog.actions()->newAction()));
    QCOMPARE(refused, QStringLiteral("An allocation cannot be more than %1.").arg(Money::format(Bounds::MaxAmountFen)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM fund_allocations")), 0);

    RecordActions::setDialogDriver(usertest::driver([](RecordDialog &d) {
        QVERIFY(usertest::chooseName(d.findChild<LookupCombo *>(QStringLiteral("field_county_id")), QStringLiteral("庄浪")));
        usertest::retype(d.editor(QStringLiteral("amount_fen")), QStringLiteral("10000000000")); // exactly 100亿元
        usertest::clickSave(&d);
    }));
    QVERIFY(usertest::clickAction(&dialog, dialog.actions()->newAction()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT amount_fen FROM fund_allocations")), Bounds::MaxAmountFen);
    RecordActions::setDialogDriver(nullptr);
    undoStack()->clear();
}

QTEST_MAIN(TestValuesForms)
#include "test_values_forms.moc"

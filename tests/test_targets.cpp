// The yearly targets form (Reports ▸ Yearly targets…): money typed in yuan and kept in fen,
// counts as whole numbers, one target per unit, year and indicator, and the reports read them.

#include "common/userdriver.h"
#include "db/database.h"
#include "records/lookupcombo.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "report/indicators.h"
#include "reports/targetsdialog.h"
#include "shell/messagebox.h"
#include "stats/filter.h"
#include "widgets/listview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tongxin;

class TestTargets final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void moneyInYuanCountsAsNumbers();
};

void TestTargets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setRecordOnly(true);
}

void TestTargets::moneyInYuanCountsAsNumbers()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("t.db"))));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO places (id, side, level, name) VALUES (10, 'west', 'county', '庄浪县')")));

    TargetsDialog dialog(&db);
    QVERIFY(usertest::show(&dialog));
    int filled = 0; // forms filled in full
    auto fill = [&filled](const QString &indicator, const QString &amount, int count) {
        return usertest::driver([=, &filled](RecordDialog &d) {
            bool ok = usertest::chooseCode(&d, QStringLiteral("indicator"), indicator)
                && usertest::fill(&d, QStringLiteral("county_id"), QStringLiteral("庄浪县"))
                && usertest::fill(&d, QStringLiteral("year"), QStringLiteral("2019"));
            if (!amount.isEmpty())
                usertest::retype(d.editor(QStringLiteral("value_money")), amount); // typed
            else
                ok = ok && usertest::fill(&d, QStringLiteral("value_count"), QString::number(count));
            filled += ok ? 1 : 0;
            usertest::clickSave(&d);
            if (d.result() != QDialog::Accepted) {
                qWarning("refused: %s", qPrintable(d.message()));
                usertest::clickCancel(&d);
            }
        });
    };
    RecordActions::setDialogDriver(fill(QStringLiteral("fiscal_aid_paid_fen"), QStringLiteral("12,345,678.90"), 0));
    QVERIFY(usertest::clickAction(&dialog, dialog.actions()->newAction())); // New…
    RecordActions::setDialogDriver(fill(QStringLiteral("aid_projects"), QString(), 12));
    QVERIFY(usertest::clickAction(&dialog, dialog.actions()->newAction())); // New…
    QTRY_COMPARE(dialog.list()->totalRowCount(), 2);
    QCOMPARE(filled, 2);

    QVERIFY(q.exec(QStringLiteral("SELECT indicator, value FROM targets ORDER BY indicator")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("aid_projects"));
    QCOMPARE(q.value(1).toLongLong(), 12);
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toLongLong(), 1234567890LL); // fen

    // The same unit, year and indicator again is refused with a message.
    QString message;
    bool typed = false;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        typed = usertest::chooseCode(&d, QStringLiteral("indicator"), QStringLiteral("aid_projects"))
            && usertest::fill(&d, QStringLiteral("county_id"), QStringLiteral("庄浪县"))
            && usertest::fill(&d, QStringLiteral("year"), QStringLiteral("2019"))
            && usertest::fill(&d, QStringLiteral("value_count"), QStringLiteral("3"));
        usertest::clickSave(&d);
        message = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(usertest::clickAction(&dialog, dialog.actions()->newAction())); // New…
    QVERIFY(typed);
    QVERIFY2(message.contains(QStringLiteral("already has a target")), qPrintable(message));
    QCOMPARE(dialog.list()->totalRowCount(), 2);

    // Editing shows the money target in yuan again.
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM targets WHERE indicator = 'fiscal_aid_paid_fen'")) && q.next());
    QString shown;
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        shown = qobject_cast<QLineEdit *>(d.editor(QStringLiteral("value_money")))->text();
        usertest::clickCancel(&d);
    }));
    // Its row clicked in the list, then Edit….
    const qint64 id = q.value(0).toLongLong();
    QTableView *table = dialog.list()->tableView();
    int column = 0;
    while (column < table->model()->columnCount() && table->isColumnHidden(column))
        ++column;
    for (int r = 0; r < table->model()->rowCount() && dialog.actions()->currentId() != id; ++r)
        QVERIFY(usertest::clickIndex(table, table->model()->index(r, column)));
    QCOMPARE(dialog.actions()->currentId(), id);
    QVERIFY(usertest::clickAction(&dialog, dialog.actions()->editAction()));
    QCOMPARE(shown, QStringLiteral("12345678.90"));

    // The reports read the same targets.
    const QHash<QString, qint64> targets = Indicators::targets(db.db(), Filter::year(2019, 10));
    QCOMPARE(targets.value(QStringLiteral("fiscal_aid_paid_fen")), 1234567890LL);
    QCOMPARE(targets.value(QStringLiteral("aid_projects")), 12);
    RecordActions::setDialogDriver(nullptr);
    undoStack()->clear();
}

QTEST_MAIN(TestTargets)
#include "test_targets.moc"

// The import wizard and dates outside the office's period (issue #17): the check lists them as
// warnings, the import waits for a tick that names them, and rows are written only after it.

#include "common/smallledger.h"
#include "common/userdriver.h"
#include "common/wizarddriver.h"
#include "consumption/importwizard.h"
#include "consumption/importwizardissues.h"
#include "consumption/importwizardpages.h"
#include "consumption/salesfields.h"
#include "db/database.h"
#include "i18n/language.h"
#include "shell/messagebox.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tongxin;

namespace {

QStringList sale(const QString &date, const QString &product, const QString &amount)
{
    return { date, QStringLiteral("电商"), QStringLiteral("津甘优品网店"), QStringLiteral("庄浪县"), QStringLiteral("水果"),
        product, QStringLiteral("2"), QStringLiteral("箱"), amount, QStringLiteral("个人"), QStringLiteral("否"),
        QString() };
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestImportPeriodUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("propagateSizeHints")))
                previous(type, context, message);
        });
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setRecordOnly(true);
    }
    void outsidePeriodNeedsTheTick();
};

void TestImportPeriodUi::outsidePeriodNeedsTheTick()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTemporaryDir dir;
    Database db;
    QString why;
    QVERIFY2(smallledger::create(db, dir.filePath(QStringLiteral("ledger.tongxin")), &why), qPrintable(why));
    const QString file = dir.filePath(QStringLiteral("far.csv"));
    QVERIFY(smallledger::writeCsv(file, { SalesFields::headers(QStringLiteral("zh_CN")),
             sale(QStringLiteral("2020-09-15"), QStringLiteral("庄浪苹果"), QStringLiteral("100")),
             sale(QStringLiteral("2099-01-01"), QStringLiteral("土蜂蜜"), QStringLiteral("80")),
             sale(QStringLiteral("2010-06-30"), QStringLiteral("小杂粮"), QStringLiteral("12.5")) }));

    ImportWizard w(&db);
    w.show();
    QLineEdit *edit = w.filePage()->pathEdit();
    QTest::mouseClick(edit, Qt::LeftButton);
    usertest::clear(edit);
    usertest::type(edit, file);
    QVERIFY2(w.hasFile(), qPrintable(w.fileError()));
    QVERIFY(usertest::clickNext(w)); // preview
    QVERIFY(usertest::clickNext(w)); // mapping
    QVERIFY(usertest::clickNext(w)); // check
    QCOMPARE(w.currentId(), int(ImportWizard::ValidatePageId));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());

    // Listed as warnings, the rows still counted as valid; the import waits for the tick.
    const SalesImportResult &v = w.validation();
    QCOMPARE(v.rowsInvalid, 0);
    QCOMPARE(v.outsidePeriod, 2);
    ImportWizardIssues *issues = w.validatePage()->issues();
    QCOMPARE(issues->rowCount(), 2);
    QVERIFY2(issues->index(0, 2).data().toString().contains(QStringLiteral("outside the office's period 2017–2020")),
        qPrintable(issues->index(0, 2).data().toString()));
    QCheckBox *tick = w.validatePage()->outsidePeriodCheck();
    QVERIFY(tick->isVisibleTo(&w));
    QCOMPARE(tick->text(), QStringLiteral("Import 2 rows dated outside the period 2017–2020"));
    QVERIFY(!w.validatePage()->isComplete());
    QVERIFY(!usertest::nextButton(w)->isEnabled());
    QVERIFY2(w.validatePage()->statusLabel()->text().contains(QStringLiteral("outside the office's period")),
        qPrintable(w.validatePage()->statusLabel()->text()));
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM sales")), 0);

    QVERIFY(usertest::clickIndicator(tick));
    QVERIFY(tick->isChecked());
    QVERIFY(w.allowOutsidePeriod());
    QVERIFY2(w.validatePage()->isComplete(), qPrintable(w.validatePage()->statusLabel()->text()));
    QVERIFY(usertest::clickNext(w)); // Import
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(w.importResult().imported, 3);
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM sales WHERE sale_date IN ('2099-01-01', "
                                            "'2010-06-30')")),
        2);
}

QTEST_MAIN(TestImportPeriodUi)
#include "test_import_period_ui.moc"

// The sales import as a new user met it: buyer types written as people write them (单位, 国企,
// 民企, English names, full-width letters) are taken; an unknown one is refused with every
// allowed name in the window's language, whole in the problem list; a date outside the
// office's period says "imported as asked" only once the box to import such rows is ticked.

#include "common/smallledger.h"
#include "common/userdriver.h"
#include "common/wizarddriver.h"
#include "consumption/importwizard.h"
#include "consumption/importwizardissues.h"
#include "consumption/importwizardpages.h"
#include "consumption/salesfields.h"
#include "db/database.h"
#include "domain/labels.h"
#include "i18n/language.h"
#include "shell/messagebox.h"

#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tongxin;

namespace {

QStringList sale(const QString &date, const QString &product, const QString &buyer)
{
    return { date, QStringLiteral("电商"), QStringLiteral("津甘优品网店"), QStringLiteral("庄浪县"), QStringLiteral("水果"),
        product, QStringLiteral("2"), QStringLiteral("箱"), QStringLiteral("100"), buyer, QStringLiteral("否"), QString() };
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestImportWordsUi final : public QObject
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
    void cleanupTestCase() { Language::apply(QStringLiteral("en")); }
    void buyerTypeWords_data();
    void buyerTypeWords();
    void wizardInChinese();

private:
    QTemporaryDir m_dir;
};

void TestImportWordsUi::buyerTypeWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("code");
    for (const auto &[word, code] : std::initializer_list<std::pair<const char *, const char *>> {
             { "单位", "government" }, { "机关单位", "government" }, { "事业单位", "government" },
             { "Government unit", "government" }, { "government", "government" }, { "国企", "state_enterprise" },
             { "国有企业", "state_enterprise" }, { "State-owned enterprise", "state_enterprise" },
             { "state_enterprise", "state_enterprise" }, { "民企", "private_enterprise" },
             { "私营企业", "private_enterprise" }, { " Private enterprise ", "private_enterprise" },
             { "个人", "individual" }, { "散客", "individual" }, { "ＩＮＤＩＶＩＤＵＡＬ", "individual" },
             { "外星人", "" } })
        QTest::newRow(word) << QString::fromUtf8(word) << QString::fromLatin1(code);
}

void TestImportWordsUi::buyerTypeWords()
{
    QFETCH(QString, word);
    QFETCH(QString, code);
    QCOMPARE(Labels::codeFor(Labels::Domain::BuyerType, word), code);
}

void TestImportWordsUi::wizardInChinese()
{
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    Database db;
    QString why;
    QVERIFY2(smallledger::create(db, m_dir.filePath(QStringLiteral("ledger.tongxin")), &why), qPrintable(why));
    const QString file = m_dir.filePath(QStringLiteral("words.csv"));
    QVERIFY(smallledger::writeCsv(file, { SalesFields::headers(QStringLiteral("zh_CN")),
             sale(QStringLiteral("2020-09-15"), QStringLiteral("庄浪苹果"), QStringLiteral("单位")),
             sale(QStringLiteral("2020-09-16"), QStringLiteral("土蜂蜜"), QStringLiteral("国企")),
             sale(QStringLiteral("2020-09-17"), QStringLiteral("小杂粮"), QStringLiteral("民企")),
             sale(QStringLiteral("2020-09-18"), QStringLiteral("核桃"), QStringLiteral("外星人")),
             sale(QStringLiteral("2010-06-30"), QStringLiteral("粉条"), QStringLiteral("个人")) }));

    ImportWizard w(&db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QLineEdit *edit = w.filePage()->pathEdit();
    QTest::mouseClick(edit, Qt::LeftButton);
    usertest::clear(edit);
    usertest::type(edit, file);
    QVERIFY2(w.hasFile(), qPrintable(w.fileError()));
    QVERIFY(usertest::clickNext(w)); // preview
    QVERIFY(usertest::clickNext(w)); // mapping
    QVERIFY(usertest::clickNext(w)); // check
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());

    // 单位, 国企 and 民企 are taken; 外星人 is refused, naming every buyer type in Chinese.
    const SalesImportResult &v = w.validation();
    QCOMPARE(v.rowsInvalid, 1);
    QCOMPARE(v.outsidePeriod, 1);
    ImportWizardIssues *issues = w.validatePage()->issues();
    QCOMPARE(issues->rowCount(), 2);
    int unknown = -1;
    int outside = -1;
    for (int r = 0; r < issues->rowCount(); ++r)
        (issues->issues().at(r).kind == ImportIssue::Kind::UnknownBuyerType ? unknown : outside) = r;
    QVERIFY(unknown >= 0 && outside >= 0);
    const QString refusal = issues->index(unknown, ImportWizardIssues::Problem).data().toString();
    for (const char *name : { "个人", "机关单位", "国有企业", "民营企业" })
        QVERIFY2(refusal.contains(QString::fromUtf8(name)), qPrintable(refusal));
    QVERIFY2(!refusal.contains(QLatin1String("Individual")), qPrintable(refusal));
    // Shown whole: the row is as high as the wrapped reason needs.
    auto *view = w.findChild<QTableView *>(QStringLiteral("issuesView"));
    QVERIFY(view);
    const QRect cell = view->visualRect(issues->index(unknown, ImportWizardIssues::Problem));
    const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap, refusal);
    QVERIFY2(cell.height() >= needed.height(),
             qPrintable(QStringLiteral("%1 < %2").arg(cell.height()).arg(needed.height())));
    w.grab().save(m_dir.filePath(QStringLiteral("wizard.png")));
    if (qEnvironmentVariableIsSet("TONGXIN_SHOTS"))
        w.grab().save(qEnvironmentVariable("TONGXIN_SHOTS") + QStringLiteral("/import_words_zh.png"));

    // Not "imported as asked" before the box is ticked; after, it is.
    const QString asked = QStringLiteral("已按要求导入");
    QVERIFY2(!issues->index(outside, ImportWizardIssues::Problem).data().toString().contains(asked),
             qPrintable(issues->index(outside, ImportWizardIssues::Problem).data().toString()));
    QVERIFY(!issues->index(outside, ImportWizardIssues::Problem).data(Qt::ToolTipRole).toString().contains(asked));
    QCheckBox *tick = w.validatePage()->outsidePeriodCheck();
    QVERIFY(usertest::clickIndicator(tick));
    QVERIFY(tick->isChecked());
    QVERIFY2(issues->index(outside, ImportWizardIssues::Problem).data().toString().contains(asked),
             qPrintable(issues->index(outside, ImportWizardIssues::Problem).data().toString()));
    QVERIFY(usertest::clickIndicator(tick));
    QVERIFY(!issues->index(outside, ImportWizardIssues::Problem).data().toString().contains(asked));

    // Importing the valid rows writes the codes.
    QVERIFY(usertest::clickIndicator(tick));
    QVERIFY(usertest::clickIndicator(w.validatePage()->findChild<QCheckBox *>(QStringLiteral("skipInvalid"))));
    QVERIFY2(w.validatePage()->isComplete(), qPrintable(w.validatePage()->statusLabel()->text()));
    QVERIFY(usertest::clickNext(w)); // Import
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM sales WHERE buyer_type = 'government'")), 1);
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM sales WHERE buyer_type = 'state_enterprise'")), 1);
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM sales WHERE buyer_type = 'private_enterprise'")), 1);
}

QTEST_MAIN(TestImportWordsUi)
#include "test_import_words_ui.moc"

// The sales import wizard driven as a user drives it (see test_import_ui): Add vs Overwrite,
// importing only the valid rows, Cancel in the middle of an import leaving every row as it was,
// the template saved from the wizard, Chinese and a live language switch, and the demo ledger's
// own rows found as duplicates.
//
// With TONGXIN_SHOTS=<dir> in the environment, each page is also grabbed to a PNG there.

#include "import_ui_fixture.h"

using namespace tongxin;
using namespace tongxin::testing;

class TestImportUiModes final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fx.initTestCase(); }
    void init() { m_fx.init(); }
    void cleanup() { m_fx.cleanup(); }
    void addVersusOverwrite();
    void cancelMidImportLeavesEveryRow();
    void saveTemplateFromWizard();
    void chineseUiAndLiveLanguageSwitch();
    void demoLedgerRowsAreDuplicates();

private:
    QSqlDatabase db() const { return m_fx.db(); }
    QString path(const QString &name) const { return m_fx.path(name); }

    ImportUiFixture m_fx;
};

void TestImportUiModes::addVersusOverwrite()
{
    // R-1 is in the ledger at 136.00; the source sends a corrected file with 163.00.
    const QList<QStringList> rows { SalesFields::headers(QStringLiteral("en")),
        sale(QStringLiteral("2019-05-01"), QStringLiteral("庄浪苹果"), QStringLiteral("163"), QStringLiteral("R-1")),
        sale(QStringLiteral("2019-05-03"), QStringLiteral("庄浪苹果"), QStringLiteral("50"), QStringLiteral("R-2")) };
    const QString file = m_fx.writeCsv(QStringLiteral("corrected.csv"), rows);
    {
        ImportWizard w(m_fx.database.get());
        w.show();
        m_fx.toValidation(w, file);
        QVERIFY(usertest::clickIndicator(w.validatePage()->overwriteButton()));
        QTRY_VERIFY(w.hasValidation() && !w.isBusy());
        QCOMPARE(w.validation().replaced, 1);
        QVERIFY(w.validatePage()->statusLabel()->text().contains(QLatin1String("Replaced: 1 row now in the ledger")));
        m_fx.shot(w, QStringLiteral("4-validate-overwrite"));
        QVERIFY(usertest::clickNext(w));
        QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
        QCOMPARE(w.importResult().replaced, 1);
    }
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE source_ref = 'R-1'")), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_fen FROM sales WHERE source_ref = 'R-1'")), 16300);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), 3);

    // The same file added: both rows are now in the ledger as they are, so nothing is added.
    {
        ImportWizard w(m_fx.database.get());
        w.show();
        m_fx.toValidation(w, file);
        QVERIFY(usertest::clickIndicator(w.validatePage()->addButton()));
        QTRY_VERIFY(w.hasValidation() && !w.isBusy());
        QCOMPARE(w.validation().duplicates, 2);
        QCOMPARE(w.validation().accepted, 0);
        QVERIFY(!w.validatePage()->isComplete());
        QVERIFY(!usertest::nextButton(w)->isEnabled());
        QVERIFY(w.validatePage()->statusLabel()->text().contains(QLatin1String("Nothing to import")));
    }
    // A file with R-1 at yet another amount, added: a second R-1 row (Add never replaces).
    const QString third = m_fx.writeCsv(QStringLiteral("third.csv"),
        { rows.first(),
            sale(QStringLiteral("2019-05-01"), QStringLiteral("庄浪苹果"), QStringLiteral("170"),
                QStringLiteral("R-1")) });
    ImportWizard w(m_fx.database.get());
    w.show();
    m_fx.toValidation(w, third);
    m_fx.importWith(w, SalesImportOptions::Mode::Add);
    QCOMPARE(w.importResult().imported, 1);
    QCOMPARE(w.importResult().replaced, 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE source_ref = 'R-1'")), 2);
}

void TestImportUiModes::cancelMidImportLeavesEveryRow()
{
    QList<QStringList> rows { SalesFields::headers(QStringLiteral("zh_CN")) };
    for (int i = 0; i < 10000; ++i)
        rows << sale(QDate(2020, 1, 1).addDays(i % 300).toString(Qt::ISODate), QStringLiteral("庄浪苹果%1").arg(i),
            QStringLiteral("%1.5").arg(10 + i % 90), QStringLiteral("C-%1").arg(i));
    const QString file = m_fx.writeCsv(QStringLiteral("big.csv"), rows);
    const QStringList before = m_fx.snapshot();
    QVERIFY(before.size() > 5);

    // Hold the worker at its first progress report of the import (not of the check), press
    // Cancel on the page, then let it go on.
    std::atomic_bool armed { false };
    std::atomic_int held { 0 };
    QSemaphore reached;
    QSemaphore proceed;
    ImportWizardRunner::setProgressHook([&](qint64 done, qint64) {
        if (armed.load() && done < 10000 && held.fetch_add(1) == 0) {
            reached.release();
            proceed.acquire();
        }
    });
    ImportWizard w(m_fx.database.get());
    // Declared after the wizard: whatever fails, the worker is let go before the wizard waits for it.
    struct Release
    {
        QSemaphore &s;
        ~Release() { s.release(); }
    } release { proceed };
    w.show();
    m_fx.toValidation(w, file);
    QCOMPARE(w.validation().rowsRead, 10000);
    QCOMPARE(w.validation().accepted, 10000);
    QVERIFY(usertest::clickIndicator(w.validatePage()->addButton()));
    QTRY_VERIFY(w.validatePage()->isComplete());
    armed = true;
    QVERIFY(usertest::clickNext(w));
    QCOMPARE(w.currentId(), int(ImportWizard::ImportPageId));
    QTRY_VERIFY(reached.available() > 0); // QTRY evaluates more than once: no tryAcquire() here
    QVERIFY(w.isBusy());
    QPushButton *cancel = w.runPage()->cancelButton();
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    m_fx.shot(w, QStringLiteral("5-import-cancelling"));
    proceed.release();
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(w.importResult().status, SalesImportResult::Status::Cancelled);
    QCOMPARE(w.importResult().imported, 0);
    QVERIFY(w.summaryPage()->headlineLabel()->text().contains(QLatin1String("cancelled")));
    m_fx.shot(w, QStringLiteral("6-summary-cancelled"));
    QCOMPARE(m_fx.snapshot(), before);
    QCOMPARE(held.load(), 1);
}

void TestImportUiModes::saveTemplateFromWizard()
{
    ImportWizard w(m_fx.database.get());
    w.show();
    // .xlsx through the file dialog seam, in the UI language (English here).
    const QString xlsx = path(QStringLiteral("template.xlsx"));
    FileDialog::setNextFileName(xlsx);
    QTest::mouseClick(w.filePage()->templateButton(), Qt::LeftButton);
    QVERIFY(QFileInfo(xlsx).size() > 0);
    QVERIFY(MessageBox::recorded().isEmpty());
    // The saved template reads back with every header recognised.
    QVERIFY(typePath(w, xlsx));
    QVERIFY(w.hasFile());
    QCOMPARE(w.headers().mid(0, 12), SalesFields::headers(QStringLiteral("en")));
    QVERIFY(w.mapping().isComplete());
    // A name without a suffix gets .xlsx; .csv gives the CSV template (BOM, header row).
    FileDialog::setNextFileName(path(QStringLiteral("plain")));
    QTest::mouseClick(w.filePage()->templateButton(), Qt::LeftButton);
    QVERIFY(QFileInfo::exists(path(QStringLiteral("plain.xlsx"))));
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    const QString csv = path(QStringLiteral("template.csv"));
    FileDialog::setNextFileName(csv);
    QTest::mouseClick(w.filePage()->templateButton(), Qt::LeftButton);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)).trimmed(), SalesFields::headers(QStringLiteral("zh_CN")).join(u','));
    // A refused suffix of a directory that does not exist: a warning through the seam.
    const QString missing = path(QStringLiteral("missing-dir/template.xlsx"));
    FileDialog::setNextFileName(missing);
    QTest::mouseClick(w.filePage()->templateButton(), Qt::LeftButton);
    QCOMPARE(MessageBox::recorded().size(), 1);
    QVERIFY(!QFileInfo::exists(missing));
}

void TestImportUiModes::chineseUiAndLiveLanguageSwitch()
{
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    const QString dateZh = SalesFields::label(SalesField::Date);
    QVERIFY(dateZh != QLatin1String("Date"));
    const QList<QStringList> rows { SalesFields::headers(QStringLiteral("zh_CN")),
        sale(QStringLiteral("2020-09-15"), QStringLiteral("庄浪苹果"), QStringLiteral("-1"), QStringLiteral("Z-1")),
        sale(QStringLiteral("2020-09-16"), QStringLiteral("庄浪苹果"), QStringLiteral("10"), QStringLiteral("Z-2")) };
    const QString file = m_fx.writeCsv(QStringLiteral("zh.csv"), rows);

    ImportWizard w(m_fx.database.get());
    w.show();
    QCOMPARE(w.windowTitle(), QCoreApplication::translate("tongxin::ImportWizard", "Import sales"));
    m_fx.toValidation(w, file);
    // Reasons in Chinese.
    const QString reason = w.validatePage()->issues()->index(0, ImportWizardIssues::Problem).data().toString();
    QCOMPARE(reason, w.validation().issues.first().reason());
    QVERIFY2(reason != QLatin1String("the amount -1 is negative"), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("-1")), qPrintable(reason));
    m_fx.shot(w, QStringLiteral("4-validate-zh"));

    // Switched to English while open: reasons and headers follow at once.
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTRY_COMPARE(w.validatePage()->issues()->index(0, ImportWizardIssues::Problem).data().toString(),
        QStringLiteral("the amount -1 is negative"));
    QTRY_COMPARE(w.validatePage()->issues()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Row"));
    QVERIFY(usertest::clickBack(w));
    QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
    // The mapping page's field labels are SalesFields::label() in the language shown.
    QTRY_VERIFY([&] {
        for (QLabel *l : w.mappingPage()->findChildren<QLabel *>()) {
            if (l->buddy() == w.mappingPage()->combo(SalesField::Date))
                return l->text().contains(QLatin1String("Date"));
        }
        return false;
    }());
    // And back to Chinese for the import itself.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    bool chinese = false;
    QTRY_VERIFY([&] {
        for (QLabel *l : w.mappingPage()->findChildren<QLabel *>()) {
            if (l->buddy() == w.mappingPage()->combo(SalesField::Date))
                chinese = l->text().contains(dateZh);
        }
        return chinese;
    }());
    QVERIFY(usertest::clickNext(w));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QVERIFY(usertest::clickIndicator(w.validatePage()->skipInvalidCheck()));
    m_fx.importWith(w, SalesImportOptions::Mode::Add);
    QCOMPARE(w.importResult().imported, 1);
    QCOMPARE(w.summaryPage()->detailsLabel()->text().contains(w.importResult().summary().toHtmlEscaped()), true);
}

void TestImportUiModes::demoLedgerRowsAreDuplicates()
{
    m_fx.database.reset();
    m_fx.database = std::make_unique<Database>();
    QVERIFY(m_fx.database->create(path(QStringLiteral("demo.tongxin"))));
    QString error;
    QVERIFY2(Demo::populate(*m_fx.database, &error), qPrintable(error));
    QList<QStringList> rows { SalesFields::headers(QStringLiteral("en")) };
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT s.sale_date, s.channel, ifnull(o.name, ''), p.name, ifnull(s.category, ''), s.product, "
        "ifnull(s.quantity, ''), ifnull(s.unit, ''), s.amount_fen, s.buyer_type, s.purchase_for_donation, "
        "ifnull(s.source_ref, '') FROM sales s LEFT JOIN outlets o ON o.id = s.outlet_id "
        "JOIN places p ON p.id = s.county_id WHERE s.sale_date >= '2020-10-01' ORDER BY s.id LIMIT 240")));
    while (q.next()) {
        QStringList r;
        for (int c = 0; c < 12; ++c)
            r << (c == 8 ? Money::yuan(q.value(c).toLongLong()) : q.value(c).toString());
        rows << r;
    }
    QCOMPARE(rows.size(), 241);
    const qint64 ledgerBefore = scalar(db(), QStringLiteral("SELECT count(*) FROM sales"));
    const qint64 fenBefore = scalar(db(), QStringLiteral("SELECT sum(amount_fen) FROM sales"));
    rows << QStringList { QStringLiteral("2021-01-05"), QStringLiteral("Livestream"), QString(),
        QStringLiteral("庄浪县"), QStringLiteral("水果"), QStringLiteral("庄浪苹果（新年礼盒）"), QStringLiteral("50"),
        QStringLiteral("箱"), QStringLiteral("4,990.00"), QStringLiteral("Individual"), QStringLiteral("no"),
        QStringLiteral("NY-1") };
    rows << QStringList { QStringLiteral("2021-01-05"), QStringLiteral("Livestream"), QString(),
        QStringLiteral("平凉市"), QStringLiteral("水果"), QStringLiteral("静宁苹果"), QStringLiteral("5"),
        QStringLiteral("箱"), QStringLiteral("499"), QStringLiteral("Individual"), QStringLiteral("no"),
        QStringLiteral("NY-2") };
    const QString file = m_fx.writeCsv(QStringLiteral("demo-export.csv"), rows);

    ImportWizard w(m_fx.database.get());
    w.show();
    m_fx.toValidation(w, file);
    QCOMPARE(w.validation().rowsRead, 242);
    QCOMPARE(w.validation().duplicates, 240);
    QCOMPARE(w.validation().rowsInvalid, 1);
    QCOMPARE(w.validation().accepted, 1);
    QVERIFY(w.validatePage()->addButton()->isChecked());
    QVERIFY(usertest::clickIndicator(w.validatePage()->skipInvalidCheck()));
    // 2021 is after the demo's cooperation period (2017–2020): a warning, imported once ticked.
    QVERIFY(!w.validatePage()->isComplete());
    QVERIFY(usertest::clickIndicator(w.validatePage()->outsidePeriodCheck()));
    QVERIFY(w.validatePage()->isComplete());
    w.validatePage()->issuesView()->scrollToBottom(); // for the picture only
    m_fx.shot(w, QStringLiteral("demo-4-validate"));
    QVERIFY(usertest::clickBack(w));
    QVERIFY(usertest::clickBack(w));
    QCOMPARE(w.currentId(), int(ImportWizard::PreviewPageId));
    m_fx.shot(w, QStringLiteral("demo-2-preview"));
    QVERIFY(usertest::clickBack(w));
    QCOMPARE(w.currentId(), int(ImportWizard::FilePageId));
    m_fx.shot(w, QStringLiteral("demo-1-file"));
    QVERIFY(usertest::clickNext(w));
    QVERIFY(usertest::clickNext(w));
    QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
    m_fx.shot(w, QStringLiteral("demo-3-mapping"));
    QVERIFY(usertest::clickNext(w));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QVERIFY(w.validatePage()->isComplete());
    QVERIFY(usertest::clickNext(w));
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    m_fx.shot(w, QStringLiteral("demo-6-summary"));
    QCOMPARE(w.importResult().imported, 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), ledgerBefore + 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT sum(amount_fen) FROM sales")), fenBefore + 499000);
}

QTEST_MAIN(TestImportUiModes)
#include "test_import_ui_modes.moc"

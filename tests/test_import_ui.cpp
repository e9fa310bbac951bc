// The sales import wizard (ui/consumption/importwizard*), driven offscreen without exec() as a
// user drives it: the path typed, choices made with the keyboard, Next / Back / Import clicked
// with the mouse (common/wizarddriver.h): UTF-8 and GB18030 CSV and an .xlsx with Chinese text,
// the mapping of template headers and of a source's own headers (remembered), and the validation
// page's problems with row, column and reason. Add vs Overwrite, Cancel, the template, both
// languages and the demo's rows: test_import_ui_modes.
//
// With TONGXIN_SHOTS=<dir> in the environment, each page is also grabbed to a PNG there.

#include "import_ui_fixture.h"

using namespace tongxin;
using namespace tongxin::testing;

class TestImportUi final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fx.initTestCase(); }
    void init() { m_fx.init(); }
    void cleanup() { m_fx.cleanup(); }
    void utf8CsvWithTemplateHeadersNeedsNoMapping();
    void gb18030CsvDetectedAndSelectable();
    void xlsxWithChosenSheetAndHeaderRow();
    void ownHeadersAreMappedAndRemembered();
    void validationListsEveryProblem();

private:
    QSqlDatabase db() const { return m_fx.db(); }
    QString path(const QString &name) const { return m_fx.path(name); }

    ImportUiFixture m_fx;
};

void TestImportUi::utf8CsvWithTemplateHeadersNeedsNoMapping()
{
    // Chinese template headers, in another order; a quoted cell with a comma.
    QList<QStringList> rows { SalesFields::headers(QStringLiteral("zh_CN")),
        sale(QStringLiteral("2020-09-15"), QStringLiteral("静宁苹果，礼盒装"), QStringLiteral("1,280.50"),
            QStringLiteral("U-1")),
        sale(QStringLiteral("2020/9/16"), QStringLiteral("庄浪土豆粉"), QStringLiteral("36"), QStringLiteral("U-2")),
        sale(QStringLiteral("2020年9月17日"), QStringLiteral("崆峒红牛肉"), QStringLiteral("99.9"),
            QStringLiteral("U-3"), QStringLiteral("崆峒区")) };
    const QVector<int> order { 5, 8, 0, 3, 1, 11, 2, 4, 6, 7, 9, 10 };
    const QString file = m_fx.writeCsv(QStringLiteral("utf8.csv"), reordered(rows, order));

    ImportWizard w(m_fx.database.get());
    w.show();
    m_fx.shot(w, QStringLiteral("1-file-empty"));
    QVERIFY(typePath(w, file));
    QCOMPARE(w.detectedEncoding(), CsvReader::Encoding::Utf8);
    QVERIFY(w.filePage()->infoLabel()->text().contains(QLatin1String("UTF-8")));
    m_fx.shot(w, QStringLiteral("1-file"));
    QVERIFY(usertest::clickNext(w));
    // The preview shows the rows as read, Chinese intact, the header row found.
    QTableWidget *table = w.previewPage()->table();
    QCOMPARE(w.headerRow(), 1);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("静宁苹果，礼盒装"));
    QVERIFY(!w.previewPage()->sheetCombo()->isVisibleTo(&w));
    QVERIFY(w.previewPage()->encodingCombo()->isVisibleTo(&w));
    m_fx.shot(w, QStringLiteral("2-preview"));
    QVERIFY(usertest::clickNext(w));
    // Every field recognised from the headers, in their order.
    QCOMPARE(w.mappingSource(), ImportWizard::MappingSource::Headers);
    QVERIFY(w.mapping().isComplete());
    QCOMPARE(w.mapping().column(SalesField::Product), 0);
    QCOMPARE(w.mapping().column(SalesField::Amount), 1);
    QCOMPARE(w.mapping().column(SalesField::BuyerType), 10);
    QCOMPARE(w.mappingPage()->combo(SalesField::Date)->currentData().toInt(), 2);
    QVERIFY(!w.mappingPage()->missingLabel()->isVisibleTo(&w));
    m_fx.shot(w, QStringLiteral("3-mapping"));
    QVERIFY(usertest::clickNext(w));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QCOMPARE(w.validation().rowsRead, 3);
    QCOMPARE(w.validation().rowsInvalid, 0);
    QCOMPARE(w.validatePage()->countLabel(QStringLiteral("accepted"))->text(), QStringLiteral("3"));
    QVERIFY(!w.validatePage()->skipInvalidCheck()->isVisibleTo(&w));
    // "Add" is chosen when the wizard starts (issue #10): nothing to press before importing.
    QVERIFY(w.hasMode());
    QCOMPARE(w.mode(), SalesImportOptions::Mode::Add);
    QVERIFY(w.validatePage()->addButton()->isChecked());
    QVERIFY2(w.validatePage()->isComplete(), qPrintable(w.validatePage()->statusLabel()->text()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), 2); // the dry run wrote nothing
    // Overwrite, then Add again, with the mouse: the mode follows, and each change checks again.
    QVERIFY(usertest::clickIndicator(w.validatePage()->overwriteButton()));
    QCOMPARE(w.mode(), SalesImportOptions::Mode::Overwrite);
    QVERIFY(w.validatePage()->overwriteButton()->isChecked());
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QVERIFY(usertest::clickIndicator(w.validatePage()->addButton()));
    QCOMPARE(w.mode(), SalesImportOptions::Mode::Add);
    QVERIFY(w.validatePage()->addButton()->isChecked());
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QVERIFY(w.validatePage()->isComplete());
    // The page commits the import: the wizard shows "Import" in place of Next.
    QCOMPARE(usertest::nextButton(w), w.button(QWizard::CommitButton));
    QCOMPARE(usertest::nextButton(w)->text(), QStringLiteral("&Import"));
    m_fx.shot(w, QStringLiteral("4-validate-ok"));
    qint64 importedSignal = -1;
    connect(&w, &ImportWizard::imported, this, [&importedSignal](qint64 n) { importedSignal = n; });
    QVERIFY(usertest::clickNext(w));
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    m_fx.shot(w, QStringLiteral("6-summary"));
    QCOMPARE(w.importResult().status, SalesImportResult::Status::Imported);
    QCOMPARE(w.importResult().imported, 3);
    QCOMPARE(importedSignal, 3);
    QVERIFY(w.summaryPage()->headlineLabel()->text().contains(QLatin1String("3 rows imported")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), 5);
    QCOMPARE(text(db(), QStringLiteral("SELECT product FROM sales WHERE source_ref = 'U-1'")),
        QStringLiteral("静宁苹果，礼盒装"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_fen FROM sales WHERE source_ref = 'U-1'")), 128050);
    QCOMPARE(text(db(), QStringLiteral("SELECT sale_date FROM sales WHERE source_ref = 'U-3'")),
        QStringLiteral("2020-09-17"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT county_id FROM sales WHERE source_ref = 'U-3'")), 2);
}

void TestImportUi::gb18030CsvDetectedAndSelectable()
{
    const QList<QStringList> rows { SalesFields::headers(QStringLiteral("zh_CN")),
        sale(QStringLiteral("2020-10-01"), QStringLiteral("庄浪县高原夏菜"), QStringLiteral("520"),
            QStringLiteral("G-1")),
        sale(QStringLiteral("2020-10-02"), QStringLiteral("崆峒区胡麻油"), QStringLiteral("88.8"),
            QStringLiteral("G-2"), QStringLiteral("崆峒区")) };
    const QString file = m_fx.writeCsv(QStringLiteral("excel-gbk.csv"), rows, "GB18030");
    QVERIFY(!file.isEmpty());

    ImportWizard w(m_fx.database.get());
    w.show();
    QVERIFY(typePath(w, file));
    QCOMPARE(w.detectedEncoding(), CsvReader::Encoding::Gb18030);
    QCOMPARE(w.encoding(), CsvReader::Encoding::Gb18030);
    QVERIFY(w.filePage()->infoLabel()->text().contains(QLatin1String("GB18030")));
    QVERIFY(usertest::clickNext(w));
    QTableWidget *table = w.previewPage()->table();
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("庄浪县高原夏菜"));
    QComboBox *encoding = w.previewPage()->encodingCombo();
    QCOMPARE(encoding->currentText(), QStringLiteral("GB18030"));
    // Read as UTF-8 the same bytes are garbled, and the headers no longer name the fields.
    QVERIFY(usertest::chooseItem(encoding, QStringLiteral("UTF-8")));
    QCOMPARE(w.encoding(), CsvReader::Encoding::Utf8);
    QVERIFY(table->item(1, 5)->text() != QStringLiteral("庄浪县高原夏菜"));
    QVERIFY(!w.mapping().isComplete());
    m_fx.shot(w, QStringLiteral("2-preview-garbled"));
    QVERIFY(usertest::chooseItem(encoding, QStringLiteral("GB18030")));
    QCOMPARE(w.encoding(), CsvReader::Encoding::Gb18030);
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("庄浪县高原夏菜"));
    QVERIFY(w.mapping().isComplete());
    QVERIFY(usertest::clickNext(w));
    QVERIFY(usertest::clickNext(w));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QCOMPARE(w.validation().rowsRead, 2);
    m_fx.importWith(w, SalesImportOptions::Mode::Add);
    QCOMPARE(w.importResult().imported, 2);
    QCOMPARE(text(db(), QStringLiteral("SELECT product FROM sales WHERE source_ref = 'G-2'")),
        QStringLiteral("崆峒区胡麻油"));
}

void TestImportUi::xlsxWithChosenSheetAndHeaderRow()
{
    // A workbook whose first sheet is notes and whose second has a title row above English
    // headers in another order.
    const QString file = path(QStringLiteral("shop.xlsx"));
    lxw_workbook *book = workbook_new(file.toUtf8().constData());
    lxw_worksheet *notes = workbook_add_worksheet(book, "说明");
    worksheet_write_string(notes, 0, 0, "本表为河西区消费帮扶馆九月销售", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "九月销售");
    worksheet_write_string(sheet, 0, 0, "2020年9月 消费帮扶馆销售台账", nullptr);
    QStringList headers = SalesFields::headers(QStringLiteral("en"));
    const QVector<int> order { 0, 5, 8, 3, 1, 2, 4, 6, 7, 9, 10, 11 };
    const QList<QStringList> rows = reordered(
        { headers,
            { QStringLiteral("2020-09-20"), QStringLiteral("帮扶馆、专柜和专店"), QStringLiteral("河西区消费扶贫馆"),
                QStringLiteral("崆峒区"), QStringLiteral("肉类"), QStringLiteral("平凉红牛，雪花牛排"),
                QStringLiteral("3"), QStringLiteral("盒"), QStringLiteral("597"), QStringLiteral("机关单位"),
                QStringLiteral("是"), QStringLiteral("X-1") } },
        order);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString v = rows.at(r).at(c);
            if (r > 0 && (order.at(c) == 8 || order.at(c) == 6))
                worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), v.toDouble(), nullptr);
            else
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), v.toUtf8().constData(), nullptr);
        }
    }
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    ImportWizard w(m_fx.database.get());
    w.show();
    QVERIFY(typePath(w, file));
    QVERIFY(w.isWorkbook());
    QCOMPARE(w.sheetNames(), (QStringList { QStringLiteral("说明"), QStringLiteral("九月销售") }));
    QVERIFY(usertest::clickNext(w));
    QVERIFY(w.previewPage()->sheetCombo()->isVisibleTo(&w));
    QVERIFY(!w.previewPage()->encodingCombo()->isVisibleTo(&w));
    QVERIFY(!w.mapping().isComplete()); // the notes sheet has no sales headers
    QVERIFY(usertest::chooseItem(w.previewPage()->sheetCombo(), QStringLiteral("九月销售")));
    QCOMPARE(w.sheet(), 1);
    QCOMPARE(w.headerRow(), 2); // below the title row
    QCOMPARE(w.previewPage()->headerRowSpin()->value(), 2);
    QVERIFY(w.mapping().isComplete());
    QCOMPARE(w.previewPage()->table()->item(2, 1)->text(), QStringLiteral("平凉红牛，雪花牛排"));
    m_fx.shot(w, QStringLiteral("2-preview-xlsx"));
    QVERIFY(usertest::clickNext(w));
    QCOMPARE(w.mappingSource(), ImportWizard::MappingSource::Headers);
    QVERIFY(usertest::clickNext(w));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QCOMPARE(w.validation().rowsRead, 1);
    QCOMPARE(w.validation().rowsInvalid, 0);
    m_fx.importWith(w, SalesImportOptions::Mode::Add);
    QCOMPARE(w.importResult().imported, 1);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT product, amount_fen, channel, buyer_type, purchase_for_donation, outlet_id, "
                                  "county_id, quantity FROM sales WHERE source_ref = 'X-1'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("平凉红牛，雪花牛排"));
    QCOMPARE(q.value(1).toLongLong(), 59700);
    QCOMPARE(q.value(2).toString(), QStringLiteral("outlet"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("government"));
    QCOMPARE(q.value(4).toInt(), 1);
    QCOMPARE(q.value(5).toLongLong(), 1);
    QCOMPARE(q.value(6).toLongLong(), 2);
    QCOMPARE(q.value(7).toDouble(), 3.0);
}

void TestImportUi::ownHeadersAreMappedAndRemembered()
{
    // A platform's export with its own headers: nothing is recognised but the mapping.
    const QList<QStringList> rows { { QStringLiteral("订单号"), QStringLiteral("下单时间"), QStringLiteral("商品名称"),
                                        QStringLiteral("实付"), QStringLiteral("产地"), QStringLiteral("销售方式") },
        { QStringLiteral("DY-1"), QStringLiteral("2020-09-18"), QStringLiteral("庄浪苹果"), QStringLiteral("59.9"),
            QStringLiteral("庄浪县"), QStringLiteral("直播") },
        { QStringLiteral("DY-2"), QStringLiteral("2020-09-18"), QStringLiteral("崆峒胡麻油"), QStringLiteral("45"),
            QStringLiteral("崆峒区"), QStringLiteral("直播") } };
    const QString file = m_fx.writeCsv(QStringLiteral("douyin.csv"), rows);
    {
        ImportWizard w(m_fx.database.get());
        w.show();
        QVERIFY(typePath(w, file));
        QVERIFY(usertest::clickNext(w));
        QCOMPARE(w.headerRow(), 1);
        QVERIFY(usertest::clickNext(w));
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY(!w.mappingPage()->isComplete());
        QVERIFY(w.mappingPage()->missingLabel()->isVisibleTo(&w));
        QVERIFY(w.mappingPage()->missingLabel()->text().contains(SalesFields::label(SalesField::Date)));
        m_fx.shot(w, QStringLiteral("3-mapping-own"));
        const auto choose = [&w](SalesField f, int column) { return chooseData(w.mappingPage()->combo(f), column); };
        QVERIFY(choose(SalesField::SourceRef, 0));
        QVERIFY(choose(SalesField::Date, 1));
        QVERIFY(choose(SalesField::Product, 2));
        QVERIFY(choose(SalesField::Amount, 3));
        QVERIFY(choose(SalesField::County, 4));
        QVERIFY(!w.mappingPage()->isComplete()); // the channel is still missing
        QVERIFY(choose(SalesField::Channel, 5));
        QVERIFY(w.mappingPage()->isComplete());
        QCOMPARE(w.mappingSource(), ImportWizard::MappingSource::User);
        QVERIFY(!w.mappingPage()->missingLabel()->isVisibleTo(&w));
        QVERIFY(usertest::clickNext(w)); // remembers the mapping for this source
        QTRY_VERIFY(w.hasValidation() && !w.isBusy());
        QCOMPARE(w.validation().rowsInvalid, 0);
        m_fx.importWith(w, SalesImportOptions::Mode::Add);
        QCOMPARE(w.importResult().imported, 2);
        QCOMPARE(text(db(), QStringLiteral("SELECT channel FROM sales WHERE source_ref = 'DY-2'")),
            QStringLiteral("livestream"));
    }
    // Next month's file from the same platform: the columns come back by themselves.
    const QString next = m_fx.writeCsv(QStringLiteral("douyin-10.csv"),
        { rows.first(),
            { QStringLiteral("DY-3"), QStringLiteral("2020-10-03"), QStringLiteral("庄浪苹果"), QStringLiteral("59.9"),
                QStringLiteral("庄浪县"), QStringLiteral("直播") } });
    ImportWizard w(m_fx.database.get());
    w.show();
    m_fx.toValidation(w, next);
    QCOMPARE(w.mappingSource(), ImportWizard::MappingSource::Remembered);
    QCOMPARE(w.mapping().column(SalesField::Channel), 5);
    QCOMPARE(w.validation().rowsRead, 1);
    QCOMPARE(w.validation().rowsInvalid, 0);
}

void TestImportUi::validationListsEveryProblem()
{
    const QList<QStringList> rows { SalesFields::headers(QStringLiteral("zh_CN")),
        sale(QStringLiteral("2020-09-15"), QStringLiteral("庄浪苹果"), QStringLiteral("100"), QStringLiteral("V-1")),
        sale(QStringLiteral("2020-09-15"), QStringLiteral("庄浪苹果"), QStringLiteral("-3"), QStringLiteral("V-2")),
        sale(QStringLiteral("2020-09-16"), QStringLiteral("土蜂蜜"), QStringLiteral("80"), QStringLiteral("V-3"),
            QStringLiteral("不存在县")),
        sale(QStringLiteral("2020-13-40"), QStringLiteral("土蜂蜜"), QStringLiteral("abc"), QStringLiteral("V-4")),
        sale(QStringLiteral("2020-09-15"), QStringLiteral("庄浪苹果"), QStringLiteral("100"), QStringLiteral("V-1")),
        sale(QStringLiteral("2020-09-17"), QStringLiteral("小杂粮"), QStringLiteral("12.5"), QStringLiteral("V-6")) };
    const QString file = m_fx.writeCsv(QStringLiteral("bad.csv"), rows);
    const QStringList before = m_fx.snapshot();

    ImportWizard w(m_fx.database.get());
    w.show();
    m_fx.toValidation(w, file);
    const SalesImportResult &v = w.validation();
    QCOMPARE(v.rowsRead, 6);
    QCOMPARE(v.rowsInvalid, 3);
    QCOMPARE(v.duplicates, 1);
    QCOMPARE(v.accepted, 2);
    QCOMPARE(w.validatePage()->countLabel(QStringLiteral("invalid"))->text(), QStringLiteral("3"));
    QCOMPARE(w.validatePage()->countLabel(QStringLiteral("duplicates"))->text(), QStringLiteral("1"));

    // Every problem in the table with its row, column (letter and header) and reason.
    ImportWizardIssues *issues = w.validatePage()->issues();
    QCOMPARE(w.validatePage()->issuesView()->model(), issues);
    QStringList lines;
    for (int r = 0; r < issues->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < issues->columnCount(); ++c)
            cells << issues->index(r, c).data().toString();
        lines << cells.join(QLatin1String(" | "));
    }
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 5, qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("3 | I · 金额（元） | the amount -3 is negative")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("4 | D · 来源县区 | unknown origin county \"不存在县\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("5 | A · 日期 | \"2020-13-40\" is not a date")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("5 | I · 金额（元） | \"abc\" is not a number of yuan")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("6 | whole row | duplicate of row 2 of this file")), qPrintable(all));
    QCOMPARE(issues->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Row"));

    // Invalid rows: importing is refused until "only the valid rows" is checked.
    QCheckBox *skip = w.validatePage()->skipInvalidCheck();
    QVERIFY(skip->isVisibleTo(&w));
    QVERIFY(w.validatePage()->addButton()->isChecked()); // "add" is chosen from the start
    QVERIFY(!w.validatePage()->isComplete());
    QVERIFY(w.validatePage()->statusLabel()->text().contains(QLatin1String("Problems in 3 rows")));
    QVERIFY(!usertest::nextButton(w)->isEnabled());
    m_fx.shot(w, QStringLiteral("4-validate-problems"));
    QCOMPARE(m_fx.snapshot(), before);
    QVERIFY(usertest::clickIndicator(skip));
    QVERIFY(skip->isChecked());
    QVERIFY(w.skipInvalid());
    QVERIFY(w.validatePage()->isComplete());
    QVERIFY(usertest::clickNext(w));
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(w.importResult().imported, 2);
    QVERIFY(w.summaryPage()->detailsLabel()->text().contains(QLatin1String("Skipped, with problems")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE source_ref IN ('V-1', 'V-6')")), 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE source_ref IN ('V-2', 'V-3', 'V-4')")), 0);
}

QTEST_MAIN(TestImportUi)
#include "test_import_ui.moc"

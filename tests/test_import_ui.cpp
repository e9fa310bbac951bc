// The sales import wizard (ui/consumption/importwizard*), driven offscreen without exec() as a
// user drives it: the path typed, choices made with the keyboard, Next / Back / Import clicked
// with the mouse (common/wizarddriver.h):
// UTF-8 and GB18030 CSV and an .xlsx with Chinese text, the mapping of template headers and of
// a source's own headers (remembered), the validation page's problems with row, column and
// reason, Add vs Overwrite, importing only the valid rows, Cancel in the middle of an import
// leaving every row as it was, the template saved from the wizard, and both languages.
//
// With TONGXIN_SHOTS=<dir> in the environment, each page is also grabbed to a PNG there.

#include "common/userdriver.h"
#include "common/wizarddriver.h"
#include "consumption/importwizard.h"
#include "consumption/importwizardissues.h"
#include "consumption/importwizardpages.h"
#include "consumption/importwizardrunner.h"
#include "consumption/salesfields.h"
#include "db/database.h"
#include "db/schema.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "money/money.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

#include <atomic>

using namespace tongxin;

namespace {

QString csvText(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &r : rows) {
        QStringList cells;
        for (QString c : r) {
            if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')))
                c = QLatin1Char('"') + c.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
            cells << c;
        }
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A sale in template order: date, channel, outlet, county, category, product, quantity, unit,
// amount, buyer type, 以购代捐, source reference.
QStringList sale(const QString &date, const QString &product, const QString &amount, const QString &ref = {},
    const QString &county = QStringLiteral("庄浪县"))
{
    return { date, QStringLiteral("电商"), QStringLiteral("津甘优品网店"), county, QStringLiteral("水果"), product,
        QStringLiteral("2"), QStringLiteral("箱"), amount, QStringLiteral("个人"), QStringLiteral("否"), ref };
}

// Reorders the columns of rows (header included) by `order` (indexes of the template order).
QList<QStringList> reordered(const QList<QStringList> &rows, const QVector<int> &order)
{
    QList<QStringList> out;
    for (const QStringList &r : rows) {
        QStringList o;
        for (int i : order)
            o << r.value(i);
        out << o;
    }
    return out;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

// Clicks into the file page's path box and types the path, as a user does (no Browse dialog).
bool typePath(ImportWizard &w, const QString &file)
{
    QLineEdit *edit = w.filePage()->pathEdit();
    if (!edit->isVisible())
        return false;
    QTest::mouseClick(edit, Qt::LeftButton);
    usertest::clear(edit);
    usertest::type(edit, file);
    return edit->text() == file;
}

// Chooses the item of a combo box whose data is `data` with the keyboard.
bool chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    return index >= 0 && usertest::chooseItem(combo, combo->itemText(index));
}

} // namespace

class TestImportUi final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void utf8CsvWithTemplateHeadersNeedsNoMapping();
    void gb18030CsvDetectedAndSelectable();
    void xlsxWithChosenSheetAndHeaderRow();
    void ownHeadersAreMappedAndRemembered();
    void validationListsEveryProblem();
    void addVersusOverwrite();
    void cancelMidImportLeavesEveryRow();
    void saveTemplateFromWizard();
    void chineseUiAndLiveLanguageSwitch();
    void demoLedgerRowsAreDuplicates();

private:
    QSqlDatabase db() const { return m_db->db(); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString writeCsv(const QString &name, const QList<QStringList> &rows, const char *encoding = "UTF-8");
    QStringList snapshot() const;
    // Drives a wizard from the file to the validation page and waits for the check.
    void toValidation(ImportWizard &w, const QString &file);
    // Chooses a mode, imports and waits for the summary.
    void importWith(ImportWizard &w, SalesImportOptions::Mode mode);
    void shot(ImportWizard &w, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportUi::initTestCase()
{
    // The offscreen platform says this for every window resized: not ours to hear.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            previous(type, context, message);
    });
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setRecordOnly(true);
}

void TestImportUi::init()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    MessageBox::clearRecorded();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    OpenError e;
    QVERIFY2(m_db->create(path(QStringLiteral("ledger.tongxin")), false, &e), qPrintable(e.message));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO places(id, side, level, name, name_en, is_poor) VALUES"
                                  "(1, 'west', 'county', '庄浪县', 'Zhuanglang County', 1),"
                                  "(2, 'west', 'county', '崆峒区', 'Kongtong District', 0),"
                                  "(3, 'east', 'district', '河西区', 'Hexi District', 0)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO outlets(id, name, kind) VALUES(1, '河西区消费扶贫馆', 'showroom'), "
                                  "(2, '津甘优品网店', 'online')")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO sales(sale_date, channel, outlet_id, county_id, product, amount_fen, "
                                   "source_ref) VALUES ('2019-05-01', 'ecommerce', 2, 1, '庄浪苹果', 13600, 'R-1'), "
                                   "('2019-05-02', 'outlet', 1, 2, '平凉红牛牛肉', 8800, NULL)")),
        qPrintable(q.lastError().text()));
}

void TestImportUi::cleanup()
{
    ImportWizardRunner::setProgressHook({});
    m_db.reset();
    m_dir.reset();
    Language::apply(QStringLiteral("en"));
}

QString TestImportUi::writeCsv(const QString &name, const QList<QStringList> &rows, const char *encoding)
{
    const QString p = path(name);
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(csvText(rows));
    return writeBytes(p, bytes) ? p : QString();
}

QStringList TestImportUi::snapshot() const
{
    QStringList out;
    QStringList tables = Schema::tables();
    if (scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sales_monthly'")) == 1)
        tables << QStringLiteral("sales_monthly");
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return { QStringLiteral("error: ") + q.lastError().text() };
        while (q.next()) {
            QStringList cells { table };
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            out << cells.join(QLatin1Char('|'));
        }
    }
    out.sort();
    return out;
}

void TestImportUi::shot(ImportWizard &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TONGXIN_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestImportUi::toValidation(ImportWizard &w, const QString &file)
{
    QCOMPARE(w.currentId(), int(ImportWizard::FilePageId));
    QVERIFY(typePath(w, file));
    QVERIFY2(w.hasFile(), qPrintable(w.fileError()));
    QVERIFY(w.filePage()->isComplete());
    QVERIFY(usertest::clickNext(w));
    QCOMPARE(w.currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(w.previewPage()->isComplete());
    QVERIFY(usertest::clickNext(w));
    QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(w.mappingPage()->isComplete());
    QVERIFY(usertest::clickNext(w));
    QCOMPARE(w.currentId(), int(ImportWizard::ValidatePageId));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
}

void TestImportUi::importWith(ImportWizard &w, SalesImportOptions::Mode mode)
{
    QRadioButton *button
        = mode == SalesImportOptions::Mode::Add ? w.validatePage()->addButton() : w.validatePage()->overwriteButton();
    QVERIFY(usertest::clickIndicator(button));
    QVERIFY(button->isChecked());
    QCOMPARE(w.mode(), mode);
    QTRY_VERIFY(w.hasValidation() && !w.isBusy()); // the check runs again when the mode changed
    QVERIFY2(w.validatePage()->isComplete(), qPrintable(w.validatePage()->statusLabel()->text()));
    QVERIFY(usertest::clickNext(w)); // "Import" (the validation page is the commit page)
    QCOMPARE(w.currentId(), int(ImportWizard::ImportPageId));
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
}

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
    const QString file = writeCsv(QStringLiteral("utf8.csv"), reordered(rows, order));

    ImportWizard w(m_db.get());
    w.show();
    shot(w, QStringLiteral("1-file-empty"));
    QVERIFY(typePath(w, file));
    QCOMPARE(w.detectedEncoding(), CsvReader::Encoding::Utf8);
    QVERIFY(w.filePage()->infoLabel()->text().contains(QLatin1String("UTF-8")));
    shot(w, QStringLiteral("1-file"));
    QVERIFY(usertest::clickNext(w));
    // The preview shows the rows as read, Chinese intact, the header row found.
    QTableWidget *table = w.previewPage()->table();
    QCOMPARE(w.headerRow(), 1);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("静宁苹果，礼盒装"));
    QVERIFY(!w.previewPage()->sheetCombo()->isVisibleTo(&w));
    QVERIFY(w.previewPage()->encodingCombo()->isVisibleTo(&w));
    shot(w, QStringLiteral("2-preview"));
    QVERIFY(usertest::clickNext(w));
    // Every field recognised from the headers, in their order.
    QCOMPARE(w.mappingSource(), ImportWizard::MappingSource::Headers);
    QVERIFY(w.mapping().isComplete());
    QCOMPARE(w.mapping().column(SalesField::Product), 0);
    QCOMPARE(w.mapping().column(SalesField::Amount), 1);
    QCOMPARE(w.mapping().column(SalesField::BuyerType), 10);
    QCOMPARE(w.mappingPage()->combo(SalesField::Date)->currentData().toInt(), 2);
    QVERIFY(!w.mappingPage()->missingLabel()->isVisibleTo(&w));
    shot(w, QStringLiteral("3-mapping"));
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
    shot(w, QStringLiteral("4-validate-ok"));
    qint64 importedSignal = -1;
    connect(&w, &ImportWizard::imported, this, [&importedSignal](qint64 n) { importedSignal = n; });
    QVERIFY(usertest::clickNext(w));
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    shot(w, QStringLiteral("6-summary"));
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
    const QString file = writeCsv(QStringLiteral("excel-gbk.csv"), rows, "GB18030");
    QVERIFY(!file.isEmpty());

    ImportWizard w(m_db.get());
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
    shot(w, QStringLiteral("2-preview-garbled"));
    QVERIFY(usertest::chooseItem(encoding, QStringLiteral("GB18030")));
    QCOMPARE(w.encoding(), CsvReader::Encoding::Gb18030);
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("庄浪县高原夏菜"));
    QVERIFY(w.mapping().isComplete());
    QVERIFY(usertest::clickNext(w));
    QVERIFY(usertest::clickNext(w));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QCOMPARE(w.validation().rowsRead, 2);
    importWith(w, SalesImportOptions::Mode::Add);
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

    ImportWizard w(m_db.get());
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
    shot(w, QStringLiteral("2-preview-xlsx"));
    QVERIFY(usertest::clickNext(w));
    QCOMPARE(w.mappingSource(), ImportWizard::MappingSource::Headers);
    QVERIFY(usertest::clickNext(w));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QCOMPARE(w.validation().rowsRead, 1);
    QCOMPARE(w.validation().rowsInvalid, 0);
    importWith(w, SalesImportOptions::Mode::Add);
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
    const QString file = writeCsv(QStringLiteral("douyin.csv"), rows);
    {
        ImportWizard w(m_db.get());
        w.show();
        QVERIFY(typePath(w, file));
        QVERIFY(usertest::clickNext(w));
        QCOMPARE(w.headerRow(), 1);
        QVERIFY(usertest::clickNext(w));
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY(!w.mappingPage()->isComplete());
        QVERIFY(w.mappingPage()->missingLabel()->isVisibleTo(&w));
        QVERIFY(w.mappingPage()->missingLabel()->text().contains(SalesFields::label(SalesField::Date)));
        shot(w, QStringLiteral("3-mapping-own"));
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
        importWith(w, SalesImportOptions::Mode::Add);
        QCOMPARE(w.importResult().imported, 2);
        QCOMPARE(text(db(), QStringLiteral("SELECT channel FROM sales WHERE source_ref = 'DY-2'")),
            QStringLiteral("livestream"));
    }
    // Next month's file from the same platform: the columns come back by themselves.
    const QString next = writeCsv(QStringLiteral("douyin-10.csv"),
        { rows.first(),
            { QStringLiteral("DY-3"), QStringLiteral("2020-10-03"), QStringLiteral("庄浪苹果"), QStringLiteral("59.9"),
                QStringLiteral("庄浪县"), QStringLiteral("直播") } });
    ImportWizard w(m_db.get());
    w.show();
    toValidation(w, next);
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
    const QString file = writeCsv(QStringLiteral("bad.csv"), rows);
    const QStringList before = snapshot();

    ImportWizard w(m_db.get());
    w.show();
    toValidation(w, file);
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
    shot(w, QStringLiteral("4-validate-problems"));
    QCOMPARE(snapshot(), before);
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

void TestImportUi::addVersusOverwrite()
{
    // R-1 is in the ledger at 136.00; the source sends a corrected file with 163.00.
    const QList<QStringList> rows { SalesFields::headers(QStringLiteral("en")),
        sale(QStringLiteral("2019-05-01"), QStringLiteral("庄浪苹果"), QStringLiteral("163"), QStringLiteral("R-1")),
        sale(QStringLiteral("2019-05-03"), QStringLiteral("庄浪苹果"), QStringLiteral("50"), QStringLiteral("R-2")) };
    const QString file = writeCsv(QStringLiteral("corrected.csv"), rows);
    {
        ImportWizard w(m_db.get());
        w.show();
        toValidation(w, file);
        QVERIFY(usertest::clickIndicator(w.validatePage()->overwriteButton()));
        QTRY_VERIFY(w.hasValidation() && !w.isBusy());
        QCOMPARE(w.validation().replaced, 1);
        QVERIFY(w.validatePage()->statusLabel()->text().contains(QLatin1String("Replaced: 1 row now in the ledger")));
        shot(w, QStringLiteral("4-validate-overwrite"));
        QVERIFY(usertest::clickNext(w));
        QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
        QCOMPARE(w.importResult().replaced, 1);
    }
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE source_ref = 'R-1'")), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_fen FROM sales WHERE source_ref = 'R-1'")), 16300);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), 3);

    // The same file added: both rows are now in the ledger as they are, so nothing is added.
    {
        ImportWizard w(m_db.get());
        w.show();
        toValidation(w, file);
        QVERIFY(usertest::clickIndicator(w.validatePage()->addButton()));
        QTRY_VERIFY(w.hasValidation() && !w.isBusy());
        QCOMPARE(w.validation().duplicates, 2);
        QCOMPARE(w.validation().accepted, 0);
        QVERIFY(!w.validatePage()->isComplete());
        QVERIFY(!usertest::nextButton(w)->isEnabled());
        QVERIFY(w.validatePage()->statusLabel()->text().contains(QLatin1String("Nothing to import")));
    }
    // A file with R-1 at yet another amount, added: a second R-1 row (Add never replaces).
    const QString third = writeCsv(QStringLiteral("third.csv"),
        { rows.first(),
            sale(QStringLiteral("2019-05-01"), QStringLiteral("庄浪苹果"), QStringLiteral("170"),
                QStringLiteral("R-1")) });
    ImportWizard w(m_db.get());
    w.show();
    toValidation(w, third);
    importWith(w, SalesImportOptions::Mode::Add);
    QCOMPARE(w.importResult().imported, 1);
    QCOMPARE(w.importResult().replaced, 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales WHERE source_ref = 'R-1'")), 2);
}

void TestImportUi::cancelMidImportLeavesEveryRow()
{
    QList<QStringList> rows { SalesFields::headers(QStringLiteral("zh_CN")) };
    for (int i = 0; i < 10000; ++i)
        rows << sale(QDate(2020, 1, 1).addDays(i % 300).toString(Qt::ISODate), QStringLiteral("庄浪苹果%1").arg(i),
            QStringLiteral("%1.5").arg(10 + i % 90), QStringLiteral("C-%1").arg(i));
    const QString file = writeCsv(QStringLiteral("big.csv"), rows);
    const QStringList before = snapshot();
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
    ImportWizard w(m_db.get());
    // Declared after the wizard: whatever fails, the worker is let go before the wizard waits for it.
    struct Release
    {
        QSemaphore &s;
        ~Release() { s.release(); }
    } release { proceed };
    w.show();
    toValidation(w, file);
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
    shot(w, QStringLiteral("5-import-cancelling"));
    proceed.release();
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(w.importResult().status, SalesImportResult::Status::Cancelled);
    QCOMPARE(w.importResult().imported, 0);
    QVERIFY(w.summaryPage()->headlineLabel()->text().contains(QLatin1String("cancelled")));
    shot(w, QStringLiteral("6-summary-cancelled"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(held.load(), 1);
}

void TestImportUi::saveTemplateFromWizard()
{
    ImportWizard w(m_db.get());
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

void TestImportUi::chineseUiAndLiveLanguageSwitch()
{
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    const QString dateZh = SalesFields::label(SalesField::Date);
    QVERIFY(dateZh != QLatin1String("Date"));
    const QList<QStringList> rows { SalesFields::headers(QStringLiteral("zh_CN")),
        sale(QStringLiteral("2020-09-15"), QStringLiteral("庄浪苹果"), QStringLiteral("-1"), QStringLiteral("Z-1")),
        sale(QStringLiteral("2020-09-16"), QStringLiteral("庄浪苹果"), QStringLiteral("10"), QStringLiteral("Z-2")) };
    const QString file = writeCsv(QStringLiteral("zh.csv"), rows);

    ImportWizard w(m_db.get());
    w.show();
    QCOMPARE(w.windowTitle(), QCoreApplication::translate("tongxin::ImportWizard", "Import sales"));
    toValidation(w, file);
    // Reasons in Chinese.
    const QString reason = w.validatePage()->issues()->index(0, ImportWizardIssues::Problem).data().toString();
    QCOMPARE(reason, w.validation().issues.first().reason());
    QVERIFY2(reason != QLatin1String("the amount -1 is negative"), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("-1")), qPrintable(reason));
    shot(w, QStringLiteral("4-validate-zh"));

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
    importWith(w, SalesImportOptions::Mode::Add);
    QCOMPARE(w.importResult().imported, 1);
    QCOMPARE(w.summaryPage()->detailsLabel()->text().contains(w.importResult().summary().toHtmlEscaped()), true);
}

// On the demo: rows exported from its ledger come back as duplicates, new rows are added, a bad
// row is listed; the pages are grabbed here for the README (TONGXIN_SHOTS).
void TestImportUi::demoLedgerRowsAreDuplicates()
{
    m_db.reset();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->create(path(QStringLiteral("demo.tongxin"))));
    QString error;
    QVERIFY2(Demo::populate(*m_db, &error), qPrintable(error));
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
    const QString file = writeCsv(QStringLiteral("demo-export.csv"), rows);

    ImportWizard w(m_db.get());
    w.show();
    toValidation(w, file);
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
    shot(w, QStringLiteral("demo-4-validate"));
    QVERIFY(usertest::clickBack(w));
    QVERIFY(usertest::clickBack(w));
    QCOMPARE(w.currentId(), int(ImportWizard::PreviewPageId));
    shot(w, QStringLiteral("demo-2-preview"));
    QVERIFY(usertest::clickBack(w));
    QCOMPARE(w.currentId(), int(ImportWizard::FilePageId));
    shot(w, QStringLiteral("demo-1-file"));
    QVERIFY(usertest::clickNext(w));
    QVERIFY(usertest::clickNext(w));
    QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
    shot(w, QStringLiteral("demo-3-mapping"));
    QVERIFY(usertest::clickNext(w));
    QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    QVERIFY(w.validatePage()->isComplete());
    QVERIFY(usertest::clickNext(w));
    QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    shot(w, QStringLiteral("demo-6-summary"));
    QCOMPARE(w.importResult().imported, 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), ledgerBefore + 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT sum(amount_fen) FROM sales")), fenBefore + 499000);
}

QTEST_MAIN(TestImportUi)
#include "test_import_ui.moc"

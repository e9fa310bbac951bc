// The report builders (app/core/report), without a window: the yearly report of the demo
// 2017–2020 must state every figure of the seed article as the dashboard shows it, in both
// languages, on A4 pages with headers and "page n of m" footers; the other reports build,
// keep their table headers on every page and refuse options that do not fit.
//
// Set TONGXIN_KEEP_REPORTS=DIR to keep the PDFs for a look (pdftoppm -png -r 60 …).

#include "common/article.h"
#include "common/userdriver2.h"

#include "db/database.h"
#include "domain/labels.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "report/barchart.h"
#include "report/indicators.h"
#include "report/reportbuilder.h"
#include "reports/reportspage.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QComboBox>
#include <QProcess>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextCursor>
#include <QTextTable>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

const QDate PrintedOn(2024, 3, 15);

QString squeeze(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

struct PdfText
{
    QStringList pages; // pdftotext output split at form feeds
    int pageCount = 0;
    int imageCount = 0;
};

PdfText readPdf(const QString &path)
{
    PdfText out;
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        return out;
    out.pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!out.pages.isEmpty() && out.pages.last().trimmed().isEmpty())
        out.pages.removeLast();
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { path });
    info.waitForFinished(30000);
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
    out.pageCount = m.hasMatch() ? m.captured(1).toInt() : -1;
    QProcess images;
    images.start(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
    images.waitForFinished(30000);
    const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    out.imageCount = qMax(0, int(lines.size()) - 2); // two header lines
    return out;
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void yearlyReportStatesArticleFigures_data();
    void yearlyReportStatesArticleFigures();
    void otherReportsBuild_data();
    void otherReportsBuild();
    void tablesRepeatHeaderRows();
    void refusesOptionsThatDoNotFit();
    void languageIsRestored();
    void chartIsDrawnAtPrintResolution();
    void pdfToDevice();
    void reportsPage();
    void commandLine();
    void spanHasTableByUnit();

private:
    QString writeReport(const ReportOptions &options, const QString &name, ReportDocument **kept = nullptr);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ReportDocument> m_last;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QSettings().clear();
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
    OpenError error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("demo.tongxin")), false, &error), qPrintable(error.message));
    QString why;
    QVERIFY2(Demo::populate(m_db, &why), qPrintable(why));
    for (const QString &tool : { QStringLiteral("pdftotext"), QStringLiteral("pdfinfo") })
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + QStringLiteral(" is missing")));
}

void TestReport::cleanup()
{
    Language::apply(QStringLiteral("en"));
}

QString TestReport::writeReport(const ReportOptions &options, const QString &name, ReportDocument **kept)
{
    QString why;
    m_last = ReportBuilder::build(m_db.db(), options, &why);
    if (!m_last) {
        qWarning() << "build failed:" << why;
        return QString();
    }
    const QString keep = qEnvironmentVariable("TONGXIN_KEEP_REPORTS");
    const QString path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    if (!m_last->writePdf(path, &why)) {
        qWarning() << "write failed:" << why;
        return QString();
    }
    if (kept)
        *kept = m_last.get();
    return path;
}

void TestReport::yearlyReportStatesArticleFigures_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    QTest::newRow("English") << QStringLiteral("en");
}

void TestReport::yearlyReportStatesArticleFigures()
{
    QFETCH(QString, language);
    ReportOptions options;
    options.kind = ReportKind::Yearly;
    options.fromYear = 2017;
    options.toYear = 2020;
    options.language = language;
    options.printedOn = PrintedOn;
    ReportDocument *doc = nullptr;
    const QString path = writeReport(options, QStringLiteral("yearly-%1.pdf").arg(language), &doc);
    QVERIFY(!path.isEmpty());
    const PdfText pdf = readPdf(path);
    QVERIFY2(pdf.pageCount > 1, qPrintable(QString::number(pdf.pageCount)));
    QCOMPARE(pdf.pages.size(), pdf.pageCount);
    QVERIFY2(pdf.imageCount >= 6, qPrintable(QString::number(pdf.imageCount))); // charts
    const QString all = squeeze(pdf.pages.join(QString()));

    // Every figure of the article, as the dashboard shows it (HeadlineFigures::text in the
    // report's language), and each within the article's wording.
    Language::apply(language);
    HeadlineFigures figures;
    QVERIFY(Headline::compute(m_db.db(), Filter { 2017, 2020, 0 }, &figures));
    for (const article::Expect &e : article::expectations()) {
        const FigureInfo *info = Figures::byKey(QString::fromLatin1(e.key));
        QVERIFY(info);
        qint64 value = figures.value(info->id);
        if (QByteArray(e.part) == "east")
            value = figures.pairing(info->id).east;
        else if (QByteArray(e.part) == "west")
            value = figures.pairing(info->id).west;
        QVERIFY2(value >= e.min && value <= e.max, e.wording);
        const QString shown = figures.text(info->id);
        QVERIFY2(all.contains(squeeze(shown)),
            qPrintable(QStringLiteral("%1: \"%2\" is not in the report").arg(QString::fromUtf8(e.wording), shown)));
    }
    if (language == QLatin1String("zh_CN")) {
        QVERIFY(all.contains(QStringLiteral("3.09亿元")));
        QVERIFY(all.contains(QStringLiteral("1,037.00万元")));
    }

    // Every page: the header (title, unit, period) and the footer (page n of m, date printed).
    const QString title = squeeze(ReportBuilder::kindTitle(ReportKind::Yearly));
    const QString units = squeeze(QCoreApplication::translate("ReportBuilder", "All western units"));
    for (int i = 0; i < pdf.pages.size(); ++i) {
        const QString page = squeeze(pdf.pages[i]);
        QVERIFY2(page.contains(title), qPrintable(QStringLiteral("page %1 has no title").arg(i + 1)));
        QVERIFY2(page.contains(units + QStringLiteral("·2017–2020")), qPrintable(QStringLiteral("page %1").arg(i + 1)));
        const QString footer
            = QCoreApplication::translate("ReportDocument", "Page %1 of %2").arg(i + 1).arg(pdf.pageCount);
        QVERIFY2(page.contains(squeeze(footer)), qPrintable(QStringLiteral("page %1: no \"%2\"").arg(i + 1).arg(footer)));
        QVERIFY(page.contains(squeeze(QCoreApplication::translate("ReportDocument", "Printed %1").arg(QStringLiteral("2024-03-15")))));
    }
    // The sections come in the assessment's order.
    int at = -1;
    for (const QString &area : Indicators::areas()) {
        const int next = all.indexOf(squeeze(Labels::text(Labels::Domain::Area, area)), at + 1);
        QVERIFY2(next > at, qPrintable(area));
        at = next;
    }
    QVERIFY(doc->document()->toPlainText().contains(ReportBuilder::kindTitle(ReportKind::Yearly)));
}

void TestReport::otherReportsBuild_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // a text the report must contain
    QTest::newRow("county zh") << int(ReportKind::County) << QStringLiteral("zh_CN") << QStringLiteral("庄浪县");
    QTest::newRow("county en") << int(ReportKind::County) << QStringLiteral("en") << QStringLiteral("Zhuanglang");
    QTest::newRow("roster en") << int(ReportKind::Roster) << QStringLiteral("en") << QString();
    QTest::newRow("ledger zh") << int(ReportKind::Ledger) << QStringLiteral("zh_CN") << QString();
    QTest::newRow("sales en") << int(ReportKind::Sales) << QStringLiteral("en") << QString();
}

void TestReport::otherReportsBuild()
{
    QFETCH(int, kind);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    ReportOptions options;
    options.kind = ReportKind(kind);
    options.language = language;
    options.printedOn = PrintedOn;
    if (options.kind == ReportKind::County) {
        options.fromYear = options.toYear = 2019;
        options.countyId = Breakdowns::findUnit(m_db.db(), QStringLiteral("庄浪县"));
        QVERIFY(options.countyId > 0);
    }
    const QString path = writeReport(
        options, QStringLiteral("%1-%2.pdf").arg(ReportBuilder::kindCode(options.kind), language));
    QVERIFY(!path.isEmpty());
    const PdfText pdf = readPdf(path);
    QVERIFY(pdf.pageCount >= 1);
    const QString all = squeeze(pdf.pages.join(QString()));
    Language::apply(language);
    QVERIFY(all.contains(squeeze(ReportBuilder::kindTitle(options.kind))));
    if (!expected.isEmpty())
        QVERIFY(all.contains(expected));
    if (options.kind == ReportKind::Sales) {
        // The statement's total is the headline figure.
        HeadlineFigures figures;
        QVERIFY(Headline::compute(m_db.db(), Filter { 2017, 2020, 0 }, &figures));
        QVERIFY(all.contains(squeeze(figures.text(Figure::ConsumptionSales))));
        QVERIFY(pdf.imageCount >= 1);
    }
}

void TestReport::tablesRepeatHeaderRows()
{
    // The project ledger runs over many pages: every page after the first that continues a
    // table starts with its header row.
    ReportOptions options;
    options.kind = ReportKind::Ledger;
    options.language = QStringLiteral("en");
    options.printedOn = PrintedOn;
    const QString path = writeReport(options, QStringLiteral("ledger-en.pdf"));
    QVERIFY(!path.isEmpty());
    const PdfText pdf = readPdf(path);
    QVERIFY2(pdf.pageCount >= 4, qPrintable(QString::number(pdf.pageCount)));
    for (int i = 1; i < pdf.pages.size(); ++i) {
        const QString page = squeeze(pdf.pages[i]);
        QVERIFY2(page.contains(QStringLiteral("Payments")) && page.contains(QStringLiteral("Category")),
            qPrintable(QStringLiteral("page %1 has no table header").arg(i + 1)));
    }
}

void TestReport::refusesOptionsThatDoNotFit()
{
    QString why;
    ReportOptions county;
    county.kind = ReportKind::County;
    county.fromYear = county.toYear = 2019;
    QVERIFY(!ReportBuilder::build(m_db.db(), county, &why));
    QVERIFY(!why.isEmpty());
    county.countyId = Breakdowns::findUnit(m_db.db(), QStringLiteral("Zhuanglang County"));
    county.fromYear = 2018;
    why.clear();
    QVERIFY(!ReportBuilder::build(m_db.db(), county, &why));
    QVERIFY(!why.isEmpty());
    ReportOptions unknown;
    unknown.countyId = 999999;
    why.clear();
    QVERIFY(!ReportBuilder::build(m_db.db(), unknown, &why));
    QVERIFY(!why.isEmpty());
    ReportOptions cancelled;
    why = QStringLiteral("x");
    QVERIFY(!ReportBuilder::build(m_db.db(), cancelled, &why, [](int, int) { return false; }));
    QVERIFY(why.isEmpty());
}

void TestReport::languageIsRestored()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    ReportOptions options;
    options.kind = ReportKind::Sales;
    options.language = QStringLiteral("zh_CN");
    const auto doc = ReportBuilder::build(m_db.db(), options);
    QVERIFY(doc);
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QVERIFY(doc->document()->toPlainText().contains(QStringLiteral("万元")));
}

void TestReport::chartIsDrawnAtPrintResolution()
{
    BarChart chart;
    chart.title = QStringLiteral("财政帮扶资金");
    chart.categories = { QStringLiteral("2017"), QStringLiteral("2018") };
    chart.series = { { QStringLiteral("庄浪县"), { 100, 250 } }, { QStringLiteral("崆峒区"), { 80, 120 } } };
    chart.stacked = true;
    const QImage image = chart.render(QSizeF(165, 60), 300);
    QCOMPARE(image.width(), qRound(165 / 25.4 * 300));
    QCOMPARE(image.height(), qRound(60 / 25.4 * 300));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    // The first series' colour is there: bars were drawn.
    bool red = false;
    for (int y = 0; y < image.height() && !red; y += 4) {
        for (int x = 0; x < image.width() && !red; x += 4)
            red = image.pixelColor(x, y) == BarChart::colour(0);
    }
    QVERIFY(red);
    QVERIFY(!chart.isEmpty());
}

void TestReport::pdfToDevice()
{
    ReportOptions options;
    options.kind = ReportKind::Sales;
    options.fromYear = options.toYear = 2019;
    const auto doc = ReportBuilder::build(m_db.db(), options);
    QVERIFY(doc);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(doc->writePdf(&buffer));
    QVERIFY(buffer.data().startsWith("%PDF"));
    QPdfWriter writer(m_dir.filePath(QStringLiteral("pages.pdf")));
    writer.setResolution(300);
    ReportDocument::setupPage(&writer);
    QVERIFY(doc->pageCount(&writer) >= 1);
    QCOMPARE(writer.pageLayout().pageSize().id(), QPageSize::A4);
}

void TestReport::reportsPage()
{
    ReportsPage page;
    page.resize(1280, 820);
    page.setDatabase(&m_db);
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("kind"));
    auto *from = page.findChild<QSpinBox *>(QStringLiteral("fromYear"));
    auto *to = page.findChild<QSpinBox *>(QStringLiteral("toYear"));
    auto *unit = page.findChild<QComboBox *>(QStringLiteral("unit"));
    auto *language = page.findChild<QComboBox *>(QStringLiteral("language"));
    auto *previewButton = page.findChild<QPushButton *>(QStringLiteral("previewButton"));
    auto *saveButton = page.findChild<QPushButton *>(QStringLiteral("savePdfButton"));
    QVERIFY(kind && from && to && unit && language && previewButton && saveButton);
    // The cooperation period of the settings is the default.
    QCOMPARE(from->value(), 2017);
    QCOMPARE(to->value(), 2020);
    QCOMPARE(unit->currentData().toLongLong(), 0);

    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The report in Chinese, chosen with the keyboard, then Preview clicked.
    QVERIFY(usertest::chooseData(language, QStringLiteral("zh_CN")));
    QTest::mouseClick(previewButton, Qt::LeftButton);
    QVERIFY(page.report());
    QCOMPARE(page.options().language, QStringLiteral("zh_CN"));
    QTRY_VERIFY(page.previewWidget()->pageCount() > 1);
    QPdfWriter probe(m_dir.filePath(QStringLiteral("probe.pdf")));
    probe.setResolution(300);
    ReportDocument::setupPage(&probe);
    QCOMPARE(Language::current(), QStringLiteral("en")); // the page's language stays
    const QString keep = qEnvironmentVariable("TONGXIN_KEEP_REPORTS");
    if (!keep.isEmpty())
        page.grab().save(QDir(keep).filePath(QStringLiteral("reports-page.png")));

    // Save as PDF…: the name typed into the file dialog.
    const QString pdf = m_dir.filePath(QStringLiteral("page.pdf"));
    auto typed = usertest::whenFileDialog(pdf);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(*typed);
    QVERIFY(QFileInfo::exists(pdf));
    const PdfText text = readPdf(pdf);
    QCOMPARE(text.pageCount, page.previewWidget()->pageCount());
    QVERIFY(squeeze(text.pages.join(QString())).contains(QStringLiteral("3.09亿元")));
    // Where it went, with a button to open the folder.
    QCOMPARE(MessageBox::recorded().size(), 1);
    QVERIFY(MessageBox::recorded().first().text.contains(QDir::toNativeSeparators(pdf)));
    MessageBox::clearRecorded();

    // The county report: one unit (not "all"), one year typed into the from year.
    QVERIFY(usertest::chooseData(kind, QStringLiteral("county")));
    QVERIFY(unit->currentData().toLongLong() != 0);
    QVERIFY(!to->isEnabled());
    usertest::retype(from, QStringLiteral("2019"));
    QCOMPARE(from->value(), 2019);
    QCOMPARE(to->value(), 2019);
    QCOMPARE(page.options().kind, ReportKind::County);
    QCOMPARE(page.options().toYear, 2019);
    QTest::mouseClick(previewButton, Qt::LeftButton);
    QVERIFY(page.report());
    // The window speaks English, the report Chinese: the unit under its Chinese name, and the
    // window's unit box still in English.
    for (const Unit &u : Breakdowns::westernUnits(m_db.db())) {
        if (u.id == unit->currentData().toLongLong()) {
            QVERIFY(page.report()->document()->toPlainText().contains(u.name));
            QCOMPARE(unit->currentText(), u.displayName());
        }
    }

    // The file dialog cancelled with Esc: nothing written, nothing said.
    const QStringList pdfs = QDir(m_dir.path()).entryList({ QStringLiteral("*.pdf") });
    typed = usertest::whenFileDialogCancelled();
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(*typed);
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("*.pdf") }), pdfs);
    QVERIFY(MessageBox::recorded().isEmpty());

    // No database: nothing to do.
    page.setDatabase(nullptr);
    QVERIFY(!previewButton->isEnabled());
    QVERIFY(!saveButton->isEnabled());
}

void TestReport::commandLine()
{
    const QString cli = QStringLiteral(TONGXIN_CLI);
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(cli, args);
        p.waitForFinished(180000);
        return p.exitCode();
    };
    const QString pdf = m_dir.filePath(QStringLiteral("cli-yearly.pdf"));
    QCOMPARE(run({ QStringLiteral("report"), m_db.path(), QStringLiteral("--kind"), QStringLiteral("yearly"),
                 QStringLiteral("--from"), QStringLiteral("2017"), QStringLiteral("--to"), QStringLiteral("2020"),
                 QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("-o"), pdf }),
        0);
    const PdfText text = readPdf(pdf);
    QVERIFY(text.pageCount > 1);
    QVERIFY(squeeze(text.pages.join(QString())).contains(QStringLiteral("3.09亿元")));
    const QString county = m_dir.filePath(QStringLiteral("cli-county.pdf"));
    QCOMPARE(run({ QStringLiteral("report"), m_db.path(), QStringLiteral("--kind"), QStringLiteral("county"),
                 QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--county"),
                 QStringLiteral("Kongtong District"), QStringLiteral("--lang"), QStringLiteral("en"),
                 QStringLiteral("-o"), county }),
        0);
    QVERIFY(squeeze(readPdf(county).pages.join(QString())).contains(QStringLiteral("KongtongDistrict")));
    const QString bad = m_dir.filePath(QStringLiteral("bad.pdf"));
    QCOMPARE(run({ QStringLiteral("report"), m_db.path(), QStringLiteral("--kind"), QStringLiteral("nope"),
                 QStringLiteral("-o"), bad }),
        2);
    QCOMPARE(run({ QStringLiteral("report"), m_db.path(), QStringLiteral("--kind"), QStringLiteral("county"),
                 QStringLiteral("-o"), bad }),
        2);
    QCOMPARE(run({ QStringLiteral("report"), m_db.path(), QStringLiteral("--kind"), QStringLiteral("yearly") }), 2);
    QVERIFY(!QFileInfo::exists(bad));
}

namespace {
// The text of a table cell, its lines joined by spaces.
QString cellText(const QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' ')).replace(QChar::LineSeparator, QLatin1Char(' ')).trimmed();
}

// The number a figure's cell starts with ("2,687 person-times", "3,016.25 thousand yuan").
double leadingNumber(const QString &text, bool *ok)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9][0-9,]*(\\.[0-9]+)?"));
    const QRegularExpressionMatch m = number.match(text);
    *ok = m.hasMatch();
    return m.hasMatch() ? m.captured(0).remove(QLatin1Char(',')).toDouble() : 0;
}
} // namespace

// Found by a new user: the report of a span (2017–2020) had tables by year only, while the report
// of a year has one by western unit. Now both: the span's figures per unit, with the records that
// name no unit in a column of their own, adding up to the report's total.
void TestReport::spanHasTableByUnit()
{
    ReportOptions options;
    options.kind = ReportKind::Yearly;
    options.fromYear = 2017;
    options.toYear = 2020;
    options.language = QStringLiteral("en");
    options.printedOn = PrintedOn;
    QString why;
    const auto doc = ReportBuilder::build(m_db.db(), options, &why);
    QVERIFY2(doc, qPrintable(why));
    const QString byUnit = QCoreApplication::translate("YearlyReport", "By western unit");
    const QString byYear = QCoreApplication::translate("YearlyReport", "By year");
    const QString unassigned = QCoreApplication::translate("YearlyReport", "Not assigned to a unit");
    const QString actual = QCoreApplication::translate("YearlyReport", "Actual, %1").arg(QStringLiteral("2017–2020"));
    // Flows: each record in one unit's column or in the unassigned one.
    QStringList additive;
    for (const char *key : { "training_person_times", "western_visitors_received", "aid_projects", "labour_placed",
             "labour_placed_poor", "delegation_trips" })
        additive << Indicators::byKey(QString::fromLatin1(key))->label();
    const int units = int(Breakdowns::westernUnits(m_db.db()).size());
    QHash<QString, QString> totals; // indicator → the total in the figures table of its area
    QString lastHeading;
    int unitTables = 0;
    int yearTables = 0;
    int checked = 0;
    bool unassignedShown = false;
    for (QTextFrame::iterator it = doc->document()->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid()) {
            if (!it.currentBlock().text().trimmed().isEmpty())
                lastHeading = it.currentBlock().text().trimmed();
            continue;
        }
        const auto *table = qobject_cast<QTextTable *>(it.currentFrame());
        if (!table)
            continue;
        if (cellText(table, 0, 1) == actual) {
            for (int r = 1; r < table->rows(); ++r)
                totals.insert(cellText(table, r, 0), cellText(table, r, 1));
        } else if (lastHeading == byYear) {
            ++yearTables;
        } else if (lastHeading == byUnit) {
            ++unitTables;
            QVERIFY(table->columns() >= 1 + units);
            unassignedShown = unassignedShown || cellText(table, 0, table->columns() - 1) == unassigned;
            for (int r = 1; r < table->rows(); ++r) {
                const QString label = cellText(table, r, 0);
                QVERIFY2(totals.contains(label), qPrintable(label));
                bool ok = false;
                const double total = leadingNumber(totals.value(label), &ok);
                if (!ok)
                    continue;
                double sum = 0;
                for (int c = 1; c < table->columns(); ++c) {
                    bool number = false;
                    sum += leadingNumber(cellText(table, r, c), &number);
                    ok = ok && number;
                }
                if (!ok) // office-wide: no unit's figure
                    continue;
                const bool money = totals.value(label).contains(QStringLiteral("yuan"));
                if (additive.contains(label))
                    QCOMPARE(sum, total);
                else if (money) // each column rounded to two decimals
                    QVERIFY2(qAbs(sum - total) <= 0.005 * (table->columns() - 1) + 1e-9,
                        qPrintable(QStringLiteral("%1: %2 ≠ %3").arg(label).arg(sum).arg(total)));
                else // a person or an enterprise counted once in each unit
                    QVERIFY2(sum >= total, qPrintable(label));
                ++checked;
            }
        }
    }
    QCOMPARE(unitTables, Indicators::areas().size());
    QCOMPARE(yearTables, Indicators::areas().size());
    QVERIFY(unassignedShown); // the 2020 training of no unit
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
}

QTEST_MAIN(TestReport)
#include "test_report.moc"

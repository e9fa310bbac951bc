// A report's table rows are never split across pages (found by a new user: a row's last line
// printed alone at the top of the next page). Rows of one to six lines, many pages: every row's
// words are on one page of the PDF (read back with pdftotext), in both page layouts (PDF and a
// second layout on another device after it).

#include "report/reportdocument.h"

#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tongxin;

namespace {

ReportDocument::Table table(int rows)
{
    ReportDocument::Table t;
    t.headers = { QStringLiteral("No."), QStringLiteral("Unit"), QStringLiteral("What was done") };
    t.widths = { 10, 20, 70 };
    for (int r = 0; r < rows; ++r) {
        const QString id = QStringLiteral("R%1").arg(r, 3, 10, QLatin1Char('0'));
        QStringList words;
        for (int w = 0; w < (r % 6) * 12 + 4; ++w)
            words << id + QStringLiteral("w%1").arg(w, 2, 10, QLatin1Char('0'));
        t.rows << QStringList { id, QStringLiteral("庄浪县"), words.join(QLatin1Char(' ')) };
    }
    return t;
}

// Pages (1-based) on which each row's words were printed, by row id.
QHash<QString, QSet<int>> pagesOfRows(const QString &pdf, int pages)
{
    QHash<QString, QSet<int>> out;
    static const QRegularExpression word(QStringLiteral("(R\\d{3})w\\d\\d"));
    for (int p = 1; p <= pages; ++p) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                                  QString::number(p), pdf, QStringLiteral("-") });
        text.waitForFinished(30000);
        const QString page = QString::fromUtf8(text.readAllStandardOutput());
        for (auto it = word.globalMatch(page); it.hasNext();)
            out[it.next().captured(1)].insert(p);
    }
    return out;
}

int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { pdf });
    info.waitForFinished(30000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

class TestReportRows final : public QObject
{
    Q_OBJECT
private slots:
    void rowsAreNeverSplit_data();
    void rowsAreNeverSplit();
};

void TestReportRows::rowsAreNeverSplit_data()
{
    QTest::addColumn<int>("before"); // paragraphs before the table: the page breaks fall elsewhere
    for (int n : { 0, 1, 3, 7 })
        QTest::newRow(qPrintable(QString::number(n))) << n;
}

void TestReportRows::rowsAreNeverSplit()
{
    QFETCH(int, before);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    ReportDocument doc;
    doc.setHeader(QStringLiteral("Rows"), QString(), QStringLiteral("2020"));
    doc.setPrintedOn(QDate(2026, 12, 2));
    doc.addTitle(QStringLiteral("Rows kept whole"), QString());
    for (int i = 0; i < before; ++i)
        doc.addParagraph(QStringLiteral("A paragraph before the table, long enough to take a line or two of the page. ")
                             .repeated(3));
    doc.addHeading(QStringLiteral("1. The table"));
    doc.addTable(table(90));
    doc.addHeading(QStringLiteral("2. After the table"));
    doc.addParagraph(QStringLiteral("Between the tables."));

    // Another layout first (a printer's resolution), then the PDF: moves of one are not kept.
    {
        QPdfWriter other(dir.filePath(QStringLiteral("other.pdf")));
        other.setResolution(96);
        ReportDocument::setupPage(&other);
        QVERIFY(doc.pageCount(&other) > 3);
    }
    const QString pdf = dir.filePath(QStringLiteral("rows.pdf"));
    QString why;
    QVERIFY2(doc.writePdf(pdf, &why), qPrintable(why));
    const int pages = pdfPages(pdf);
    QVERIFY(pages > 3);
    const QHash<QString, QSet<int>> seen = pagesOfRows(pdf, pages);
    QCOMPARE(seen.size(), 90);
    QStringList split;
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
        if (it.value().size() > 1)
            split << it.key();
    }
    split.sort();
    QVERIFY2(split.isEmpty(), qPrintable(QStringLiteral("rows split across pages: ") + split.join(QLatin1Char(' '))));
    if (qEnvironmentVariableIsSet("TONGXIN_SHOTS"))
        QFile::copy(pdf, qEnvironmentVariable("TONGXIN_SHOTS") + QStringLiteral("/rows_%1.pdf").arg(before));
}

QTEST_MAIN(TestReportRows)
#include "test_report_rows.moc"

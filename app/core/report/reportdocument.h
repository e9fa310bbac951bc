#pragma once

#include <QTextFormat>

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QTextCursor;
class QTextDocument;

namespace tongxin {

/// A printable report: a QTextDocument built from data, laid out on A4 pages with a page
/// header (report title, unit, period) and footer (page n of m, date printed). The same
/// render() draws into a QPdfWriter for PDF and into the QPrinter the UI passes for printing
/// and print preview. GUI-free: QtGui only.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    /// A table cell's alignment and emphasis.
    enum class Align { Left, Right, Center };
    struct Table
    {
        QStringList headers;
        QVector<QStringList> rows;
        QVector<Align> align; ///< per column; left when missing
        QVector<double> widths; ///< per column, percent of the page width; even when empty
        QVector<int> boldRows; ///< totals and group rows
        QVector<int> shadedRows; ///< group rows
    };

    ReportDocument();
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    /// Page header texts. The header and footer formats are taken in the language applied
    /// now, so build and set these in the report's language.
    void setHeader(const QString &title, const QString &unit, const QString &period);
    QString title() const { return m_title; }
    QString unit() const { return m_unit; }
    QString period() const { return m_period; }
    /// The date printed in the footer (today by default; fixed in tests).
    void setPrintedOn(const QDate &date) { m_printedOn = date; }

    // Building, in reading order.
    void addTitle(const QString &title, const QString &subtitle);
    /// A numbered section heading (level 1) or a sub-heading (level 2).
    void addHeading(const QString &text, int level = 1);
    void addParagraph(const QString &text, bool small = false);
    void addTable(const Table &table);
    /// An image (a chart rendered at print resolution) `widthMm` wide, centred.
    void addImage(const QImage &image, double widthMm);
    /// Starts the next content on a new page.
    void addPageBreak();
    /// The block an office signs: each label with its value, or a line to write on. Kept on
    /// one page: moved whole to the next page when it does not fit at the foot of one.
    void addSignOff(const QVector<QPair<QString, QString>> &fields);

    /// Column widths (percent) from the preferred ones such that the longest word of every
    /// column fits whole: columns with room give it up to those without.
    static QVector<double> fitWidths(const Table &table);

    QTextDocument *document() const { return m_doc.get(); }

    /// The resolution of the PDF, in dots per inch. A preview laid out at another one breaks
    /// lines and pages elsewhere (text is measured at the device's resolution): a printer
    /// previewing a report is set to it too.
    static constexpr int Resolution = 300;
    /// A4 portrait with the report's margins.
    static void setupPage(QPagedPaintDevice *device);
    /// Lays the document out for the device and returns the number of pages.
    int pageCount(QPagedPaintDevice *device);
    /// Draws every page (or the device's page ranges) onto the device.
    bool render(QPagedPaintDevice *device);
    /// Writes a PDF (A4, 300 dpi) to a file, atomically, or to an open device.
    bool writePdf(const QString &path, QString *error = nullptr);
    bool writePdf(QIODevice *device, QString *error = nullptr);

    /// The font of reports: WenQuanYi Micro Hei, whose PDF text layer is correct.
    static QFont font(double points, bool bold = false);

private:
    // Block properties: a heading, a page break put before it by keepHeadingsWithNext(), and
    // the empty line keepRowsWhole() puts at the top of a table cell.
    static constexpr int HeadingProperty = QTextFormat::UserProperty + 1;
    static constexpr int MovedProperty = QTextFormat::UserProperty + 2;
    static constexpr int GuardProperty = QTextFormat::UserProperty + 3;
    // The block before a table kept on one page (the sign-off): moved with the table.
    static constexpr int TogetherProperty = QTextFormat::UserProperty + 4;

    struct Layout
    {
        double header = 0; // device pixels
        double footer = 0;
        double width = 0;
        double bodyHeight = 0;
        QVector<double> contentBottom; // per page, in document coordinates (pageContentBottoms())
    };
    Layout layout(QPagedPaintDevice *device);
    /// Moves a heading that would end a page to the next one, with what it heads; and a table
    /// kept together (the sign-off) that would be split across pages to the next one, whole.
    void keepHeadingsWithNext(double pageHeight);
    /// Moves a table row that would be split across pages to the next page whole (under the
    /// repeated header row; a first row with its table), as Qt moves a row none of whose
    /// first lines fits.
    void keepRowsWhole(double pageHeight);
    /// Where each page's slice of the document ends: the page's foot, or above a block whose
    /// first line the layout pushed onto a later page.
    QVector<double> pageContentBottoms(double pageHeight) const;
    void drawPage(QPainter &painter, const Layout &l, int page, int pages);
    QTextCursor cursor();

    std::unique_ptr<QTextDocument> m_doc;
    QString m_title;
    QString m_unit;
    QString m_period;
    QString m_pageFormat; // "Page %1 of %2" in the report's language
    QString m_printedFormat;
    QDate m_printedOn;
    int m_images = 0;
    bool m_pageBreak = false;
};

} // namespace tongxin

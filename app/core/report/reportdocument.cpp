#include "report/reportdocument.h"

#include "report/barchart.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace tongxin {

namespace {

constexpr double MmPerInch = 25.4;
constexpr double CssDpi = 96.0; // lengths in text formats are in 96-dpi pixels, scaled by the layout
constexpr double HeaderMm = 11;
constexpr double FooterMm = 9;
constexpr double BodyPoints = 10;
constexpr double TablePoints = 8.5;

const QColor Accent(0xB7, 0x1C, 0x1C); // Tongxin red, a little darker for print
const QColor Ink(0x21, 0x21, 0x21);
const QColor Muted(0x61, 0x61, 0x61);
const QColor Rule(0xBD, 0xBD, 0xBD);
const QColor HeaderFill(0xEE, 0xEE, 0xEE);
const QColor GroupFill(0xF7, 0xF3, 0xE8);


constexpr double BodyWidthMm = 210 - 2 * 18; // A4 less the margins of setupPage()
constexpr double CellPaddingMm = 1.1;

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF)
        || (u >= 0x3000 && u <= 0x303F);
}

// The widest piece of a text that a line may not be broken in, in mm. Latin words and numbers
// are whole; Chinese breaks between characters, except in a header line (short, read whole:
// "（万元）" is not split).
double longestPieceMm(const QString &text, const QFontMetricsF &metrics, double mmPerPx, bool header)
{
    double widest = 0;
    QString t = text;
    t.replace(QChar::LineSeparator, QLatin1Char('\n'));
    for (const QString &line : t.split(QLatin1Char('\n'))) {
        bool cjk = false;
        for (const QChar c : line)
            cjk = cjk || isCjk(c);
        if (header && cjk) {
            widest = qMax(widest, metrics.horizontalAdvance(line.trimmed()));
            continue;
        }
        QString piece;
        const auto flush = [&] {
            if (!piece.isEmpty())
                widest = qMax(widest, metrics.horizontalAdvance(piece));
            piece.clear();
        };
        for (const QChar c : line) {
            if (c.isSpace() && c != QChar::Nbsp) {
                flush();
            } else if (isCjk(c)) {
                flush();
                widest = qMax(widest, metrics.horizontalAdvance(c));
            } else {
                piece += c;
            }
        }
        flush();
    }
    return widest * mmPerPx;
}

double css(double mm)
{
    return mm / MmPerInch * CssDpi;
}

QTextCharFormat charFormat(double points, bool bold = false, const QColor &colour = Ink)
{
    QTextCharFormat f;
    f.setFont(ReportDocument::font(points, bold), QTextCharFormat::FontPropertiesAll);
    f.setForeground(colour);
    return f;
}

Qt::Alignment alignment(ReportDocument::Align a)
{
    switch (a) {
    case ReportDocument::Align::Right:
        return Qt::AlignRight | Qt::AlignVCenter;
    case ReportDocument::Align::Center:
        return Qt::AlignHCenter | Qt::AlignVCenter;
    case ReportDocument::Align::Left:
        break;
    }
    return Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace

ReportDocument::ReportDocument()
    : m_doc(std::make_unique<QTextDocument>())
    , m_printedOn(QDate::currentDate())
{
    m_doc->setDefaultFont(font(BodyPoints));
    m_doc->setDocumentMargin(0);
    m_doc->setUndoRedoEnabled(false);
    //: Page footer: page number and page count.
    m_pageFormat = tr("Page %1 of %2");
    //: Page footer: the date the report was printed.
    m_printedFormat = tr("Printed %1");
}

ReportDocument::~ReportDocument() = default;

QFont ReportDocument::font(double points, bool bold)
{
    QFont f;
    f.setFamilies(BarChart::fontFamilies());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

void ReportDocument::setHeader(const QString &title, const QString &unit, const QString &period)
{
    m_title = title;
    m_unit = unit;
    m_period = period;
    m_doc->setMetaInformation(QTextDocument::DocumentTitle, title);
}

// The cursor at the start of a new block with these formats (the empty block left after a
// table or at the very start is reused).
QTextCursor ReportDocument::cursor()
{
    QTextCursor c(m_doc.get());
    c.movePosition(QTextCursor::End);
    return c;
}

namespace {
QTextCursor newBlock(QTextCursor c, bool reuse, QTextBlockFormat block, const QTextCharFormat &chars, bool pageBreak)
{
    if (pageBreak)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (reuse) {
        c.setBlockFormat(block);
        c.setBlockCharFormat(chars);
        c.setCharFormat(chars);
    } else {
        c.insertBlock(block, chars);
    }
    return c;
}
} // namespace

void ReportDocument::addTitle(const QString &title, const QString &subtitle)
{
    QTextCursor c = cursor();
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(css(6));
    block.setBottomMargin(css(2));
    const bool reuse = c.block().text().isEmpty() && !c.currentTable();
    c = newBlock(c, reuse, block, charFormat(18, true, Accent), m_pageBreak);
    m_pageBreak = false;
    c.insertText(title);
    if (!subtitle.isEmpty()) {
        block.setTopMargin(0);
        block.setBottomMargin(css(6));
        c = newBlock(c, false, block, charFormat(10.5, false, Muted), false);
        QString text = subtitle;
        c.insertText(text.replace(QLatin1Char('\n'), QChar::LineSeparator));
    }
}

void ReportDocument::addHeading(const QString &text, int level)
{
    QTextCursor c = cursor();
    QTextBlockFormat block;
    block.setTopMargin(css(level == 1 ? 6 : 3.5));
    block.setBottomMargin(css(level == 1 ? 2.5 : 1.5));
    const bool reuse = c.block().text().isEmpty() && !c.currentTable();
    block.setProperty(HeadingProperty, true);
    c = newBlock(c, reuse, block, level == 1 ? charFormat(13.5, true, Accent) : charFormat(11, true, Ink), m_pageBreak);
    m_pageBreak = false;
    c.insertText(text);
}

void ReportDocument::addParagraph(const QString &text, bool small)
{
    QTextCursor c = cursor();
    QTextBlockFormat block;
    block.setTopMargin(css(1));
    block.setBottomMargin(css(1.5));
    block.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    const bool reuse = c.block().text().isEmpty() && !c.currentTable();
    c = newBlock(c, reuse, block, small ? charFormat(8.5, false, Muted) : charFormat(BodyPoints), m_pageBreak);
    m_pageBreak = false;
    QString t = text;
    c.insertText(t.replace(QLatin1Char('\n'), QChar::LineSeparator));
}

void ReportDocument::addTable(const Table &t)
{
    const int columns = int(t.headers.size());
    if (columns == 0)
        return;
    QTextCursor c = cursor();
    const bool reuse = c.block().text().isEmpty() && !c.currentTable();
    QTextBlockFormat spacer;
    spacer.setTopMargin(css(1));
    spacer.setLineHeight(20, QTextBlockFormat::ProportionalHeight);
    c = newBlock(c, reuse, spacer, charFormat(4), false);

    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1);
    format.setCellPadding(css(CellPaddingMm));
    format.setCellSpacing(0);
    format.setBorder(0.6);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Rule);
    format.setBorderCollapse(true);
    format.setTopMargin(css(1));
    format.setBottomMargin(css(2));
    if (m_pageBreak)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_pageBreak = false;
    QVector<QTextLength> widths;
    for (const double w : fitWidths(t))
        widths << QTextLength(QTextLength::PercentageLength, w);
    format.setColumnWidthConstraints(widths);
    QTextTable *table = c.insertTable(int(t.rows.size()) + 1, columns, format);

    const QTextCharFormat headerChars = charFormat(TablePoints, true);
    const QTextCharFormat cellChars = charFormat(TablePoints);
    const QTextCharFormat boldChars = charFormat(TablePoints, true);
    QTextTableCellFormat headerCell;
    headerCell.setBackground(HeaderFill);
    QTextTableCellFormat groupCell;
    groupCell.setBackground(GroupFill);

    const auto fill = [&](int row, int column, QString text, const QTextCharFormat &chars) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextCursor cc = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(alignment(column < t.align.size() ? t.align[column] : Align::Left));
        cc.setBlockFormat(block);
        cc.insertText(text.replace(QLatin1Char('\n'), QChar::LineSeparator), chars);
    };
    for (int col = 0; col < columns; ++col) {
        table->cellAt(0, col).setFormat(headerCell);
        fill(0, col, t.headers[col], headerChars);
    }
    for (int r = 0; r < t.rows.size(); ++r) {
        const bool bold = t.boldRows.contains(r);
        const bool shaded = t.shadedRows.contains(r);
        const QStringList &row = t.rows[r];
        for (int col = 0; col < columns; ++col) {
            if (shaded)
                table->cellAt(r + 1, col).setFormat(groupCell);
            fill(r + 1, col, col < row.size() ? row[col] : QString(), bold ? boldChars : cellChars);
        }
    }
}

void ReportDocument::addImage(const QImage &image, double widthMm)
{
    if (image.isNull())
        return;
    const QUrl url(QStringLiteral("tongxin-image://%1").arg(++m_images));
    m_doc->addResource(QTextDocument::ImageResource, url, image);
    QTextCursor c = cursor();
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(css(1.5));
    block.setBottomMargin(css(2.5));
    const bool reuse = c.block().text().isEmpty() && !c.currentTable();
    c = newBlock(c, reuse, block, charFormat(BodyPoints), m_pageBreak);
    m_pageBreak = false;
    QTextImageFormat f;
    f.setName(url.toString());
    f.setWidth(css(widthMm));
    f.setHeight(css(widthMm) * image.height() / image.width());
    c.insertImage(f);
}

void ReportDocument::addPageBreak()
{
    m_pageBreak = true;
}

QVector<double> ReportDocument::fitWidths(const Table &t)
{
    const int columns = int(t.headers.size());
    QVector<double> wanted;
    double sum = 0;
    for (int i = 0; i < columns; ++i) {
        wanted << (i < t.widths.size() && t.widths[i] > 0 ? t.widths[i] : 100.0 / columns);
        sum += wanted.back();
    }
    for (double &w : wanted)
        w = w * 100.0 / sum;

    // Measured at print resolution; a little room for hinting and the cell's border.
    QImage probe(1, 1, QImage::Format_RGB32);
    probe.setDotsPerMeterX(qRound(300 / 0.0254));
    probe.setDotsPerMeterY(qRound(300 / 0.0254));
    const double mmPerPx = MmPerInch / 300.0;
    const QFontMetricsF plain(font(TablePoints), &probe);
    const QFontMetricsF bold(font(TablePoints, true), &probe);
    QVector<double> least(columns, 0.0);
    for (int c = 0; c < columns; ++c) {
        double mm = longestPieceMm(t.headers[c], bold, mmPerPx, true);
        for (int r = 0; r < t.rows.size(); ++r) {
            if (c < t.rows[r].size())
                mm = qMax(mm, longestPieceMm(t.rows[r][c], t.boldRows.contains(r) ? bold : plain, mmPerPx, false));
        }
        least[c] = (mm * 1.04 + 2 * CellPaddingMm + 0.6) * 100.0 / BodyWidthMm;
    }
    double need = 0;
    for (const double l : std::as_const(least))
        need += l;
    if (need >= 100) { // cannot all fit: share the page in proportion to what each needs
        for (double &w : least)
            w = w * 100.0 / need;
        return least;
    }
    // Widen the columns that need it; take it from the others in proportion to their slack.
    QVector<double> out = wanted;
    double deficit = 0;
    double slack = 0;
    for (int c = 0; c < columns; ++c) {
        if (out[c] < least[c]) {
            deficit += least[c] - out[c];
            out[c] = least[c];
        } else {
            slack += out[c] - least[c];
        }
    }
    if (deficit > 0 && slack > 0) {
        for (int c = 0; c < columns; ++c) {
            if (out[c] > least[c] && wanted[c] >= least[c])
                out[c] -= (out[c] - least[c]) * deficit / slack;
        }
    }
    return out;
}

void ReportDocument::addSignOff(const QVector<QPair<QString, QString>> &fields)
{
    if (fields.isEmpty())
        return;
    QTextCursor c = cursor();
    const bool reuse = c.block().text().isEmpty() && !c.currentTable();
    QTextBlockFormat spacer;
    spacer.setTopMargin(css(6));
    spacer.setProperty(TogetherProperty, true);
    c = newBlock(c, reuse, spacer, charFormat(4), m_pageBreak);
    m_pageBreak = false;
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(css(1.6));
    format.setCellSpacing(0);
    format.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 20),
        QTextLength(QTextLength::PercentageLength, 30), QTextLength(QTextLength::PercentageLength, 20),
        QTextLength(QTextLength::PercentageLength, 30) });
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    const int rows = int(fields.size() + 1) / 2;
    QTextTable *table = c.insertTable(rows, 4, format);
    const QTextCharFormat label = charFormat(BodyPoints, true);
    const QTextCharFormat value = charFormat(BodyPoints);
    // Blank: a line to write on.
    const QString line(24, QLatin1Char('_'));
    const QTextCharFormat underlined = value;
    for (int i = 0; i < fields.size(); ++i) {
        const int row = i / 2;
        const int col = (i % 2) * 2;
        table->cellAt(row, col).firstCursorPosition().insertText(fields[i].first, label);
        QTextCursor v = table->cellAt(row, col + 1).firstCursorPosition();
        if (fields[i].second.trimmed().isEmpty())
            v.insertText(line, underlined);
        else
            v.insertText(fields[i].second, value);
    }
}

void ReportDocument::setupPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
}

ReportDocument::Layout ReportDocument::layout(QPagedPaintDevice *device)
{
    const double px = device->logicalDpiY() / MmPerInch;
    Layout l;
    l.header = HeaderMm * px;
    l.footer = FooterMm * px;
    l.width = device->width();
    l.bodyHeight = qMax(1.0, device->height() - l.header - l.footer);
    m_doc->documentLayout()->setPaintDevice(device);
    m_doc->setPageSize(QSizeF(l.width, l.bodyHeight));
    // Rows whole, then headings with what they head; a heading moved shifts the tables after
    // it, so rows are checked once more.
    keepRowsWhole(l.bodyHeight);
    keepHeadingsWithNext(l.bodyHeight);
    keepRowsWhole(l.bodyHeight);
    l.contentBottom = pageContentBottoms(l.bodyHeight);
    return l;
}

int ReportDocument::pageCount(QPagedPaintDevice *device)
{
    layout(device);
    return m_doc->pageCount();
}

void ReportDocument::drawPage(QPainter &painter, const Layout &l, int page, int pages)
{
    const double px = painter.device()->logicalDpiY() / MmPerInch;
    const QFont small = font(7.5);
    const QFont smallBold = font(7.5, true);

    // Header: the report's title on the left, unit and period on the right, a rule below.
    painter.save();
    const QRectF headerText(0, 0, l.width, l.header - 3 * px);
    painter.setPen(Accent);
    painter.setFont(smallBold);
    painter.drawText(headerText, Qt::AlignLeft | Qt::AlignBottom, m_title);
    painter.setPen(Muted);
    painter.setFont(small);
    QStringList right;
    if (!m_unit.isEmpty())
        right << m_unit;
    if (!m_period.isEmpty())
        right << m_period;
    painter.drawText(headerText, Qt::AlignRight | Qt::AlignBottom, right.join(QStringLiteral("  ·  ")));
    painter.setPen(QPen(Rule, 0.25 * px));
    painter.drawLine(QPointF(0, l.header - 1.8 * px), QPointF(l.width, l.header - 1.8 * px));

    // Body: this page's slice of the document.
    painter.save();
    painter.translate(0, l.header);
    painter.setClipRect(QRectF(0, 0, l.width, l.bodyHeight));
    painter.translate(0, -page * l.bodyHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    const double bottom = page < l.contentBottom.size() ? l.contentBottom.at(page) : (page + 1) * l.bodyHeight;
    context.clip = QRectF(0, page * l.bodyHeight, l.width, bottom - page * l.bodyHeight);
    context.palette.setColor(QPalette::Text, Ink);
    m_doc->documentLayout()->draw(&painter, context);
    painter.restore();

    // Footer: a rule, the date printed on the left, the page on the right.
    const double top = l.header + l.bodyHeight;
    painter.setPen(QPen(Rule, 0.25 * px));
    painter.drawLine(QPointF(0, top + 1.8 * px), QPointF(l.width, top + 1.8 * px));
    painter.setPen(Muted);
    painter.setFont(small);
    const QRectF footerText(0, top + 3 * px, l.width, l.footer - 3 * px);
    painter.drawText(footerText, Qt::AlignLeft | Qt::AlignTop, m_printedFormat.arg(m_printedOn.toString(Qt::ISODate)));
    painter.drawText(footerText, Qt::AlignRight | Qt::AlignTop, m_pageFormat.arg(page + 1).arg(pages));
    painter.restore();
}

bool ReportDocument::render(QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::LosslessImageRendering); // charts: no JPEG artefacts around lines and text
    const Layout l = layout(device);
    const int pages = m_doc->pageCount();
    const QPageRanges ranges = device->pageRanges();
    bool first = true;
    for (int page = 0; page < pages; ++page) {
        if (!ranges.isEmpty() && !ranges.contains(page + 1))
            continue;
        if (!first && !device->newPage())
            return false;
        first = false;
        drawPage(painter, l, page, pages);
    }
    return painter.end();
}

bool ReportDocument::writePdf(QIODevice *out, QString *error)
{
    QPdfWriter writer(out);
    writer.setResolution(Resolution);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Tongxin"));
    setupPage(&writer);
    if (!render(&writer)) {
        if (error)
            *error = tr("The PDF could not be written.");
        return false;
    }
    return true;
}

bool ReportDocument::writePdf(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!writePdf(&file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace tongxin

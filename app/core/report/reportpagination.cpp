#include "report/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

// ReportDocument's pagination: headings kept with what they head, table rows kept whole, and
// where each page's slice of the document ends.

namespace tongxin {

namespace {

// The pages a table row's lines start on: first and last (-1, -1 for a row with no lines).
QPair<int, int> rowPages(const QAbstractTextDocumentLayout *layout, const QTextTable *table, int row, double pageHeight)
{
    int first = -1;
    int last = -1;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue;
        for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock b = it.currentBlock();
            const QTextLayout *tl = b.isValid() ? b.layout() : nullptr;
            if (!tl)
                continue;
            const double top = layout->blockBoundingRect(b).top();
            for (int i = 0; i < tl->lineCount(); ++i) {
                const int page = int((top + tl->lineAt(i).y() + 0.5) / pageHeight);
                first = first < 0 ? page : qMin(first, page);
                last = qMax(last, page);
            }
        }
    }
    return {first, last};
}

// The height of a row's text: its tallest cell's lines, in device pixels.
double rowHeight(const QTextTable *table, int row)
{
    double tallest = 0;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        double h = 0;
        for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
            const QTextLayout *tl = it.currentBlock().isValid() ? it.currentBlock().layout() : nullptr;
            for (int i = 0; tl && i < tl->lineCount(); ++i)
                h += tl->lineAt(i).height();
        }
        tallest = qMax(tallest, h);
    }
    return tallest;
}

} // namespace

void ReportDocument::keepRowsWhole(double pageHeight)
{
    // Qt moves a row to the next page only when no cell's first line fits on this one; a row
    // whose first lines fit is split. So a split row gets, at the top of each cell, an empty
    // line as tall as the row's text that advances by nothing (0 % line height): where the row
    // does not fit, that line does not fit either, so the row moves whole; where it fits, the
    // line takes no room. Such a guard stays right for any later layout, so it is never removed.
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    QPaintDevice *device = layout->paintDevice();
    const double pxPerPoint = QFontMetricsF(font(100), device).height() / 100;
    const QList<QTextFrame *> frames = m_doc->rootFrame()->childFrames();
    for (QTextFrame *f : frames) {
        auto *table = qobject_cast<QTextTable *>(f);
        if (!table)
            continue;
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            const QPair<int, int> pages = rowPages(layout, table, r, pageHeight);
            if (pages.first < 0 || pages.first == pages.second)
                continue;
            const double height = rowHeight(table, r);
            if (height > pageHeight * 0.8 || table->cellAt(r, 0).firstCursorPosition().blockFormat().boolProperty(GuardProperty))
                continue; // taller than a page: split wherever it falls
            QTextBlockFormat guard;
            guard.setLineHeight(0, QTextBlockFormat::ProportionalHeight);
            guard.setProperty(GuardProperty, true);
            const QTextCharFormat guardChars = [&] {
                QTextCharFormat cf;
                cf.setFont(font(height / pxPerPoint + 1));
                return cf;
            }();
            for (int c = 0; c < table->columns(); ++c) {
                QTextCursor at = table->cellAt(r, c).firstCursorPosition();
                at.insertBlock(at.blockFormat(), at.charFormat()); // the cell's text moves down a block
                at.movePosition(QTextCursor::PreviousBlock);
                at.setBlockFormat(guard);
                at.setBlockCharFormat(guardChars);
            }
            m_doc->pageCount(); // lays out again from here
        }
    }
}

void ReportDocument::keepHeadingsWithNext(double pageHeight)
{
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    // Forget the breaks of an earlier layout (another device).
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().boolProperty(MovedProperty)) {
            QTextCursor c(b);
            QTextBlockFormat f = b.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            f.clearProperty(MovedProperty);
            c.setBlockFormat(f);
        }
    }
    const auto pageOf = [&](const QTextBlock &b) {
        const QRectF r = layout->blockBoundingRect(b);
        const QTextLayout *l = b.layout();
        const double top = r.top() + (l && l->lineCount() > 0 ? l->lineAt(0).rect().bottom() : 0);
        return int(top / pageHeight);
    };
    // The page a table ends on: the last line of its last row.
    const auto lastPageOf = [&](const QTextTable *table) {
        return rowPages(layout, table, table->rows() - 1, pageHeight).second;
    };
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const bool together = b.blockFormat().boolProperty(TogetherProperty);
        if (!together && !b.blockFormat().boolProperty(HeadingProperty))
            continue;
        int there = -1;
        if (together) {
            // The block before a table kept whole: the table's end is on its page, or both move.
            if (const QTextTable *table = QTextCursor(b.next()).currentTable())
                there = lastPageOf(table);
        } else {
            // What the heading heads: the next text, or the first body row of a table.
            QTextBlock next = b.next();
            for (; next.isValid(); next = next.next()) {
                if (next.text().trimmed().isEmpty())
                    continue;
                const QTextCursor at(next);
                if (const QTextTable *table = at.currentTable()) {
                    if (table->cellAt(at).row() < table->format().headerRowCount() && table->rows() > table->format().headerRowCount())
                        continue;
                }
                break;
            }
            if (!next.isValid())
                break;
            there = pageOf(next);
        }
        const int here = pageOf(b);
        if (there > here && b.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto) {
            QTextCursor c(b);
            QTextBlockFormat f = b.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            f.setProperty(MovedProperty, true);
            c.setBlockFormat(f);
            m_doc->pageCount(); // lays out again from here
        }
    }
    // Lay the whole document out again: a block moved to the next page shifts everything after
    // it, and text laid out before the move must not keep its old place.
    m_doc->markContentsDirty(0, m_doc->characterCount());
    m_doc->pageCount();
}

QVector<double> ReportDocument::pageContentBottoms(double pageHeight) const
{
    // A block whose first line does not fit at the foot of a page is pushed to the next one, but
    // its bounding rectangle still starts on this page. Drawn with this page's slice it would be
    // clipped from view yet written into the PDF's text layer (a heading found twice by
    // pdftotext): end each slice just above such a block.
    const int pages = m_doc->pageCount();
    QVector<double> bottom(pages);
    for (int p = 0; p < pages; ++p)
        bottom[p] = (p + 1) * pageHeight;
    const QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const QTextLayout *tl = b.layout();
        if (!tl || tl->lineCount() == 0)
            continue;
        // Only blocks of the document's own flow: a table cell's rectangle is not in page
        // coordinates (tables page their rows themselves).
        if (QTextCursor(b).currentFrame() != m_doc->rootFrame())
            continue;
        const QRectF r = layout->blockBoundingRect(b);
        const int page = int(r.top() / pageHeight);
        if (page < 0 || page >= pages)
            continue;
        // (A line pushed down starts exactly at the next page's top: compare with a margin.)
        if (r.top() + tl->lineAt(0).y() >= (page + 1) * pageHeight - 0.5)
            bottom[page] = qMin(bottom[page], r.top() - 0.5);
    }
    return bottom;
}

} // namespace tongxin

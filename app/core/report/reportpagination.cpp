#include "report/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

// ReportDocument's pagination: headings kept with what they head, and where each page's slice
// of the document ends.

namespace tongxin {

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
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        if (!b.blockFormat().boolProperty(HeadingProperty))
            continue;
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
        const int here = pageOf(b);
        if (pageOf(next) > here && b.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto) {
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

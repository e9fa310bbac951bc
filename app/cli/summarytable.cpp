#include "summarytable.h"

#include <QChar>

#include <algorithm>

namespace tongxin::cli {

namespace {

constexpr int Indent = 2; // rows sit under their section title
constexpr int Gap = 3; // columns between label and value

// East Asian Width W or F (Unicode UAX #11), by block: enough for Chinese text, CJK
// punctuation, fullwidth forms and emoji-free office data.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int SummaryTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Other_Format || c == 0x200B)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString SummaryTable::padRight(const QString &text, int width)
{
    const int w = displayWidth(text);
    return w >= width ? text : text + QString(width - w, QLatin1Char(' '));
}

void SummaryTable::addSection(const QString &title)
{
    m_rows.push_back(Row { true, title, QString() });
}

void SummaryTable::addRow(const QString &label, const QString &value)
{
    m_rows.push_back(Row { false, label, value });
}

QString SummaryTable::render() const
{
    int labelWidth = 0;
    for (const Row &r : m_rows) {
        if (!r.section)
            labelWidth = std::max(labelWidth, displayWidth(r.label));
    }
    QString out;
    for (const Row &r : m_rows) {
        if (r.section) {
            out += r.label + QLatin1Char('\n');
            continue;
        }
        out += QString(Indent, QLatin1Char(' ')) + padRight(r.label, labelWidth + Gap) + r.value;
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace tongxin::cli

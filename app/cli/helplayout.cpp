#include "helplayout.h"

#include "summarytable.h"

#include <QVector>

#include <algorithm>

namespace tongxin::cli {

namespace {

// Punctuation that must not begin a line (closing) or end one (opening), Chinese and Latin.
bool isClosing(char32_t c)
{
    static const QString set = QStringLiteral("，。、；：？！）》」』】〕,.;:?!)]}%");
    return c < 0x10000 && set.contains(QChar(char16_t(c)));
}

bool isOpening(char32_t c)
{
    static const QString set = QStringLiteral("（《「『【〔([{");
    return c < 0x10000 && set.contains(QChar(char16_t(c)));
}

bool isWide(char32_t c)
{
    return SummaryTable::displayWidth(QString::fromUcs4(&c, 1)) == 2;
}

struct Token
{
    QString text;
    bool spaceBefore = false;
};

// Units that may not be split: an English word (with the punctuation around it) or one Chinese
// character (with the punctuation that must stay with it). A line may break at a space, or
// between two units where one is Chinese.
QVector<Token> tokens(const QString &line)
{
    QVector<Token> out;
    bool space = false;
    bool lastWide = false;
    bool lastOpening = false;
    for (const char32_t c : line.toUcs4()) {
        if (c == U' ' || c == U'\t') {
            space = true;
            continue;
        }
        const bool wide = isWide(c);
        const QString ch = QString::fromUcs4(&c, 1);
        const bool join = !out.isEmpty() && !space
            && (isClosing(c) || lastOpening || (!wide && !lastWide));
        if (join)
            out.last().text += ch;
        else
            out.push_back(Token { ch, space && !out.isEmpty() });
        space = false;
        lastWide = wide;
        lastOpening = isOpening(c);
    }
    return out;
}

} // namespace

QString HelpLayout::wrap(const QString &text, int width, int indent, int start)
{
    QString out;
    int column = start;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int l = 0; l < lines.size(); ++l) {
        const QString &line = lines.at(l);
        if (l > 0) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        }
        // A line that fits, or that starts with a space (laid out by its author: a usage
        // synopsis, a list), is kept as written; other lines are paragraphs to wrap.
        if (column + SummaryTable::displayWidth(line) <= width || line.startsWith(QLatin1Char(' '))) {
            out += line;
            column += SummaryTable::displayWidth(line);
            continue;
        }
        const QString pad(indent, QLatin1Char(' '));
        bool lineStart = true;
        for (const Token &t : tokens(line)) {
            const int w = SummaryTable::displayWidth(t.text);
            const int gap = !lineStart && t.spaceBefore ? 1 : 0;
            if (!lineStart && column + gap + w > width) {
                out += QLatin1Char('\n') + pad;
                column = int(pad.size());
            } else if (gap) {
                out += QLatin1Char(' ');
                ++column;
            }
            out += t.text;
            column += w;
            lineStart = false;
        }
    }
    return out;
}

QString HelpLayout::columns(const QVector<QPair<QString, QString>> &rows, int indent, int maxTerm, int width)
{
    int termWidth = 0;
    for (const auto &r : rows) {
        const int w = SummaryTable::displayWidth(r.first);
        if (w <= maxTerm)
            termWidth = std::max(termWidth, w);
    }
    const int column = indent + termWidth + 2;
    QString out;
    for (const auto &r : rows) {
        QString line = QString(indent, QLatin1Char(' ')) + r.first;
        const int used = indent + SummaryTable::displayWidth(r.first);
        if (used + 2 > column) // too wide: the description starts on the next line
            line += QLatin1Char('\n') + QString(column, QLatin1Char(' '));
        else
            line = SummaryTable::padRight(line, column);
        out += line + wrap(r.second, width, column, column) + QLatin1Char('\n');
    }
    return out;
}

} // namespace tongxin::cli

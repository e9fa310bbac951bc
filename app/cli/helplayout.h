#pragma once

#include <QString>
#include <QStringList>

namespace tongxin::cli {

/// Help text laid out for a terminal, counting display columns (a Chinese character takes
/// two): paragraphs wrapped at spaces or between Chinese characters, never inside an English
/// word, and two-column lists whose second column lines up whatever the language.
class HelpLayout final
{
public:
    static constexpr int Width = 80; ///< columns of a terminal

    /// `text` wrapped to `width` columns; the first line starts at column `start`, the others are
    /// indented by `indent` spaces. Explicit line breaks in `text` are kept, and so is a line
    /// that fits or starts with a space (laid out by its author).
    static QString wrap(const QString &text, int width, int indent, int start = 0);

    /// Rows of "term  description", the descriptions aligned in one column and wrapped under
    /// themselves; a term wider than `maxTerm` columns puts its description on the next line.
    static QString columns(const QVector<QPair<QString, QString>> &rows, int indent = 2, int maxTerm = 26,
        int width = Width);
};

} // namespace tongxin::cli

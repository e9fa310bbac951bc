#pragma once

#include <QString>
#include <QVector>

namespace tongxin::cli {

/// A plain-text table of labelled values in titled sections, aligned for a terminal.
/// Widths are counted in terminal columns: East Asian wide and fullwidth characters
/// (Chinese, fullwidth punctuation) take two columns, combining marks none.
class SummaryTable final
{
public:
    void addSection(const QString &title);
    void addRow(const QString &label, const QString &value);
    bool isEmpty() const { return m_rows.isEmpty(); }
    /// The table, one line per section title and row, each line ending in '\n'.
    QString render() const;

    /// Terminal columns taken by `text`.
    static int displayWidth(const QString &text);
    /// `text` followed by spaces up to `width` columns (unchanged when already wider).
    static QString padRight(const QString &text, int width);

private:
    struct Row
    {
        bool section = false;
        QString label;
        QString value;
    };
    QVector<Row> m_rows;
};

} // namespace tongxin::cli

#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

namespace tongxin {

/// How an exported cell is written. Spreadsheets get typed cells; CSV gets plain text.
enum class CellType {
    Text, ///< QString
    Integer, ///< qint64, grouped digits
    Year, ///< qint64, no grouping
    Decimal, ///< double (quantities)
    Money, ///< qint64 fen, written as a number of yuan
    Date, ///< QDate or an ISO "YYYY-MM-DD" string, written as a real date
    Percent, ///< double, 1.0 = 100 %
};

/// One exported column: its header (already in the user's language) and its type.
struct ExportColumn
{
    QString header;
    CellType type = CellType::Text;
};

/// A header cell spanning several columns above the column headers (e.g. an indicator over
/// its target, actual and completion columns).
struct HeaderGroup
{
    int firstColumn = 0;
    int span = 1;
    QString text;
};

/// One row: a value per column (see CellType for the C++ type); an invalid QVariant is an
/// empty cell.
using ExportRow = QVector<QVariant>;

/// Called now and then while exporting: rows done and rows expected (-1 when unknown).
/// Returning false cancels the export.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

/// A table to export, read row by row so that a million rows never sit in memory.
/// Exporters call start() once, then next() until it returns false.
class TableSource
{
public:
    virtual ~TableSource() = default;
    /// What the table is ("Consumption-aid sales"), in the user's language.
    virtual QString title() const = 0;
    /// The filter that chose the rows ("2019 · 庄浪县"), or empty for all rows.
    virtual QString filterDescription() const { return {}; }
    /// Name of the worksheet (at most 31 characters are used); the title by default.
    virtual QString sheetName() const { return title(); }
    virtual QVector<ExportColumn> columns() const = 0;
    virtual QVector<HeaderGroup> headerGroups() const { return {}; }
    /// Rows expected, for progress; -1 when unknown.
    virtual qint64 rowCountHint() const { return -1; }
    /// Whether a spreadsheet gets a totals row (合计 / Total) under the rows: the sum of every
    /// Money and Integer column (not years, percentages or decimals), added up while writing.
    /// Lists and tables say yes; computed sheets (statistics) no.
    virtual bool totalsRow() const { return false; }
    /// Starts reading; false with errorString() when the rows cannot be read.
    virtual bool start() = 0;
    /// Fills `row` with the next row (one value per column); false at the end or on error.
    virtual bool next(ExportRow &row) = 0;
    /// Why start() or next() failed; empty when they did not.
    virtual QString errorString() const { return {}; }
};

/// A small table held in memory (statistics sheets, tests).
class TableData final : public TableSource
{
public:
    TableData() = default;
    TableData(QString title, QVector<ExportColumn> columns)
        : m_title(std::move(title))
        , m_columns(std::move(columns))
    { }

    void setTitle(const QString &title) { m_title = title; }
    void setFilterDescription(const QString &text) { m_filter = text; }
    void setSheetName(const QString &name) { m_sheet = name; }
    void setColumns(const QVector<ExportColumn> &columns) { m_columns = columns; }
    void setHeaderGroups(const QVector<HeaderGroup> &groups) { m_groups = groups; }
    void addRow(const ExportRow &row) { m_rows.push_back(row); }
    void setTotalsRow(bool on) { m_totals = on; }
    const QVector<ExportRow> &rows() const { return m_rows; }

    QString title() const override { return m_title; }
    QString filterDescription() const override { return m_filter; }
    QString sheetName() const override { return m_sheet.isEmpty() ? m_title : m_sheet; }
    QVector<ExportColumn> columns() const override { return m_columns; }
    QVector<HeaderGroup> headerGroups() const override { return m_groups; }
    qint64 rowCountHint() const override { return m_rows.size(); }
    bool totalsRow() const override { return m_totals; }
    bool start() override
    {
        m_next = 0;
        return true;
    }
    bool next(ExportRow &row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row = m_rows.at(m_next++);
        return true;
    }

private:
    QString m_title;
    QString m_filter;
    QString m_sheet;
    QVector<ExportColumn> m_columns;
    QVector<HeaderGroup> m_groups;
    QVector<ExportRow> m_rows;
    int m_next = 0;
    bool m_totals = false;
};

} // namespace tongxin

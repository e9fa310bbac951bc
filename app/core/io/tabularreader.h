#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace tongxin {

/// A source of rows of text cells, read one row at a time (streaming): a CSV file or one sheet
/// of an .xlsx workbook. Cells come back as the text a spreadsheet shows for them, except
/// numbers, which are given as plain decimals (dates stored as numbers come back as their
/// serial number, see date1904()).
///
/// Typical use:
/// \code
///   auto reader = TabularReader::forFile(path);
///   if (!reader->open(path)) fail(reader->errorString());
///   QStringList cells;
///   while (reader->readRow(&cells)) use(reader->rowNumber(), cells);
///   if (reader->hasError()) fail(reader->errorString());
/// \endcode
class TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(TabularReader)
public:
    virtual ~TabularReader();

    /// Opens `path` and selects the first sheet. False with errorString() on failure.
    virtual bool open(const QString &path) = 0;
    /// The file open() was given.
    virtual QString path() const = 0;
    /// The sheet names in workbook order; a CSV file has one sheet named after the file.
    virtual QStringList sheetNames() const = 0;
    /// Selects the sheet at `index` (0-based) and restarts reading at its first row.
    virtual bool selectSheet(int index) = 0;
    /// Restarts reading at the first row of the current sheet.
    virtual bool rewind() = 0;
    /// Reads the next row into `cells` (trailing empty cells trimmed; a blank row is an
    /// empty list). False at the end of the sheet or on an error (see hasError()).
    virtual bool readRow(QStringList *cells) = 0;
    /// The 1-based row number, as a spreadsheet shows it, of the row last read. For CSV, the
    /// record number (a quoted cell may span lines); for .xlsx, the row's own number, so
    /// rows missing from the file leave gaps.
    virtual int rowNumber() const = 0;
    /// How far reading has got, in bytes of the (uncompressed) data: position() of size().
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    /// True when numbers that are dates count days from 1904 (old Mac workbooks), not 1900.
    virtual bool date1904() const { return false; }
    /// True when the cell at `column` (0-based) of the row last read was stored as a number: a
    /// workbook's number cell (a date typed in Excel is one, its serial day). False for text
    /// cells and for every cell of a text file, where "2020" is text, not a day (issue #17).
    virtual bool isNumberCell(int column) const
    {
        Q_UNUSED(column);
        return false;
    }
    /// The number of physical lines of a text file (a quoted cell may span several); -1 for a
    /// workbook. Known once open() succeeded.
    virtual qint64 lineCount() const { return -1; }

    /// The longest cell text read (characters): a longer cell is an error naming its row and
    /// column, not text to import.
    static constexpr int MaxFieldLength = 2000;
    /// The most cells a row may have (XFD, as in Excel).
    static constexpr int MaxColumns = 16384;
    /// "3 (C)": a 0-based column as its number and its spreadsheet letters.
    static QString columnLabel(int column);

    /// Selects a sheet by name or by 1-based number given as text ("2"). False when none.
    bool selectSheet(const QString &nameOrNumber);
    bool hasError() const { return !m_error.isEmpty(); }
    /// Why opening or reading failed, in the user's language.
    QString errorString() const { return m_error; }

    /// A reader for the file's type, chosen by its suffix (.xlsx or anything else as CSV).
    static std::unique_ptr<TabularReader> forFile(const QString &path);
    /// True for the suffixes forFile() reads as a workbook.
    static bool isWorkbook(const QString &path);
    /// Reads up to `maxRows` rows from the start of the current sheet, for previews, and
    /// rewinds. Blank rows are kept (as empty lists) so row numbers stay aligned.
    static QVector<QStringList> preview(TabularReader &reader, int maxRows, QVector<int> *rowNumbers = nullptr);

protected:
    void setError(const QString &message) { m_error = message; }
    void clearError() { m_error.clear(); }
    /// Checks a cell about to be returned (length, NUL characters); false with the error set,
    /// naming the row (and, when `line` > 0, the line) and the column.
    bool checkCell(const QString &cell, int row, int column, qint64 line = 0);

private:
    QString m_error;
};

} // namespace tongxin

#pragma once

#include "consumption/salesfields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace tongxin {

class TabularReader;

/// One problem found in one row of an imported file.
struct ImportIssue
{
    enum class Kind {
        Missing, ///< a required value is empty
        BadDate, ///< not a date in a recognised form
        NotANumber, ///< quantity that is not a number
        NotAnAmount, ///< amount that is not yuan with at most two decimals
        NegativeAmount,
        NegativeQuantity,
        UnknownChannel,
        UnknownBuyerType,
        UnknownCounty, ///< no western unit of that name
        UnknownOutlet, ///< no outlet of that name
        BadYesNo, ///< purchase-instead-of-donation neither yes nor no
        DuplicateInLedger, ///< the ledger already has this sale
        DuplicateInFile, ///< an earlier row of the same file is the same sale
        AmountTooLarge, ///< an amount above Bounds::MaxSaleFen (1亿元)
        QuantityTooLarge, ///< a quantity above Bounds::MaxQuantity
        NumberNotADate, ///< a bare number in the date column of a text file (not an Excel serial)
        OutsidePeriod, ///< a date outside the office's period: a warning with allowOutsidePeriod, else an error
    };
    Kind kind = Kind::Missing;
    int row = 0; ///< 1-based row of the file, as a spreadsheet numbers it (header row included)
    int column = -1; ///< 0-based column of the file; -1 when the issue is about the whole row
    QString columnName; ///< the column's header text (empty for whole-row issues)
    SalesField field = SalesField::Count;
    QString value; ///< the offending cell text
    int otherRow = 0; ///< DuplicateInFile: the earlier row
    int periodFrom = 0; ///< OutsidePeriod: the office's period, in years
    int periodTo = 0;
    bool warning = false; ///< OutsidePeriod allowed: the row is imported all the same

    bool isDuplicate() const { return kind == Kind::DuplicateInLedger || kind == Kind::DuplicateInFile; }
    /// The reason, in the language applied when called (so it follows a language switch).
    QString reason() const;
    /// "Row 7, column 金额（元）: the amount -3.00 is negative" in the current language.
    QString text() const;
    /// A stable code for JSON: "missing", "bad_date", "unknown_county", "duplicate_in_file"…
    QString kindCode() const;
    /// {"row", "column" (header text), "column_index", "field", "kind", "value", "reason"}.
    QJsonObject toJson() const;
};

/// How an import runs.
struct SalesImportOptions
{
    enum class Mode {
        /// Adds the file's rows to the ledger (duplicates of ledger rows are not added).
        Add,
        /// Replaces, in the ledger, every row whose source reference is also the source
        /// reference of an imported row of the file, then adds the file's rows: re-importing a
        /// corrected file from the same source replaces what that file put there before.
        /// Ledger rows without a source reference are never replaced.
        Overwrite,
    };
    Mode mode = Mode::Add;
    /// Validate and count only; nothing is written (duplicates are still detected).
    bool dryRun = false;
    /// Import the valid rows and skip the invalid ones. Without it, any invalid row means
    /// nothing is imported.
    bool skipInvalid = false;
    /// Import rows dated outside the office's period (SalesImport::period()); each is still
    /// reported, as a warning. Without it they are invalid rows whose message names the period.
    bool allowOutsidePeriod = false;
    /// The 1-based row holding the headers; 0: the first of the first 20 rows whose headers
    /// name every required field, else (with an explicit mapping) the first non-blank row.
    int headerRow = 0;
    /// Called now and then with rows done and an estimate of all rows (from the file's size).
    /// Runs on the importing thread.
    std::function<void(qint64 done, qint64 total)> progress;
    /// Set (from any thread) to stop: the import ends as Cancelled and changes nothing.
    const std::atomic_bool *cancel = nullptr;
    /// How long to wait for the write lock while another program writes the database, in
    /// milliseconds; after that the import fails with DbError::busyMessage(), nothing written.
    int lockWaitMs = 30000;
    /// Called on the importing thread about every quarter of a second while it waits for
    /// another program to finish writing.
    std::function<void()> waiting;
};

/// What an import did or, for a dry run, would do.
struct SalesImportResult
{
    enum class Status {
        Imported, ///< committed (possibly zero rows)
        DryRun, ///< validated only
        Rejected, ///< invalid rows and skipInvalid not set: nothing written
        Cancelled, ///< stopped by the cancel flag: nothing written
        Failed, ///< the file could not be read, the mapping is incomplete or the database refused: nothing written
    };
    /// For Failed: what failed, so a caller can point at the file, the mapping or the database.
    enum class Failure { None, File, Mapping, Database, Refused }; ///< Refused: by a lock or the account's role
    Status status = Status::Failed;
    Failure failure = Failure::None;
    QStringList headers; ///< the header row as read
    int headerRow = 0; ///< its 1-based row number
    SalesMapping mapping; ///< the mapping used
    qint64 rowsRead = 0; ///< data rows (blank rows not counted)
    qint64 fileLines = -1; ///< physical lines of a text (CSV) file; -1 for a workbook
    qint64 rowsInvalid = 0; ///< rows with at least one validation issue
    qint64 rowsValid = 0; ///< rowsRead − rowsInvalid (duplicates included)
    qint64 duplicates = 0; ///< valid rows that duplicate the ledger or an earlier row
    qint64 accepted = 0; ///< rowsValid − duplicates: the rows imported (or, dry run, to import)
    qint64 imported = 0; ///< rows written (0 unless status is Imported)
    qint64 replaced = 0; ///< Overwrite: ledger rows replaced (dry run: that would be)
    qint64 acceptedAmountFen = 0; ///< total amount of the accepted rows
    qint64 outsidePeriod = 0; ///< rows dated outside the office's period (warnings or errors)
    QVector<ImportIssue> issues; ///< every issue of every invalid row, and every duplicate, in row order
    QString error; ///< why, for Failed (translated)

    bool ok() const { return status == Status::Imported || status == Status::DryRun; }
    /// "imported", "dry_run", "rejected", "cancelled" or "failed".
    QString statusCode() const;
    /// One translated sentence summing up the counts.
    QString summary() const;
    /// Counts, status, error and issues; money in fen.
    QJsonObject toJson() const;
};

/// Imports sales-ledger rows from a CSV file or a sheet into the `sales` table.
///
/// Each row is validated (dates, numbers, amounts, channel and buyer type by code, English or
/// Chinese name, origin county by name among the western units, outlet by name among the
/// outlets), checked for duplicates on (outlet, date, product, amount, source reference; no
/// outlet equals no outlet, no reference equals no reference) — against the ledger and against
/// earlier rows of the file — and written by prepared INSERTs of 64 rows with named binds; the
/// monthly summary (SalesSummary) gets the sums at the end. The whole import is one
/// transaction: a cancel, an error or a killed process leaves the database exactly as it was.
/// It takes the write lock (BEGIN IMMEDIATE) before it reads the ledger for duplicates, so two
/// programs importing the same file at once never both add its rows: the second waits, then
/// finds them as duplicates.
///
/// A wizard: TabularReader::preview() for the first rows; SalesMapping::fromHeaders() to
/// prefill the mapping, SalesMapping::sourceSignature() / recall() / remember() to reuse the one
/// chosen for the same source; run() with dryRun for the validation report; run() again to
/// import, with progress and cancel.
///
/// The database connection belongs to the thread that opened it: to import in a worker
/// thread, open a Database in that thread. Readers see the new rows when the import commits.
class SalesImport final
{
    Q_DECLARE_TR_FUNCTIONS(SalesImport)
public:
    explicit SalesImport(QSqlDatabase db);

    /// Reads `reader` (opened, sheet selected) from its first row. With `mapping` null, the
    /// headers must name every required field (SalesMapping::fromHeaders()).
    SalesImportResult run(TabularReader &reader, const SalesMapping *mapping, const SalesImportOptions &options);

    /// Opens `path` (CSV or .xlsx; `sheet` by name or 1-based number, empty = first; for CSV
    /// `encoding` as CsvReader::encodingFromName, empty = detect) and runs.
    SalesImportResult runFile(const QString &path, const QString &sheet, const QString &encoding,
        const SalesMapping *mapping, const SalesImportOptions &options);

    /// Refusal for a data file that is a database open in this process (OpenFiles): reading
    /// it as a spreadsheet would drop the process's SQLite locks on it.
    static QString notSales(const QString &path);

    /// The office's period, in years, that sale dates are expected in: the settings
    /// `period_from` / `period_to` (the cooperation period), else 2000 to next year.
    static void period(const QSqlDatabase &db, int *from, int *to);

private:
    QSqlDatabase m_db;
};

} // namespace tongxin

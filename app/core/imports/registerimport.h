#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace tongxin {

class TabularReader;

/// One problem of an import: the row (as the spreadsheet numbers it, 0 for the file as a whole),
/// the column's header as the file writes it, the cell's text and why it cannot be imported.
struct RegisterImportError final
{
    int row = 0;
    QString column;
    QString value;
    QString message;

    /// "Row 12, column 村 (\"新庄\"): …" in the user's language.
    QString text() const;
};

struct RegisterImportOptions final
{
    bool dryRun = false; ///< check every row, write nothing
    bool skipInvalid = false; ///< write the valid rows, leave out the invalid ones
    int lockWaitMs = 30000; ///< how long to wait while another program writes the database
    std::function<void()> waiting; ///< called once when the wait begins
};

struct RegisterImportResult final
{
    enum class Status {
        Imported, ///< written (with --skip-invalid, invalid rows left out)
        DryRun, ///< checked, nothing written
        Rejected, ///< invalid rows and no skipInvalid: nothing written
        Failed, ///< the file cannot be used, or the database could not be written
    };
    Status status = Status::Failed;
    bool databaseFailure = false; ///< Failed because of the database (not the file)
    bool refused = false; ///< Failed because the account working may not write this register (Access)
    bool dryRun = false; ///< checked only: nothing was (or would have been) written
    QString table;
    qint64 rows = 0; ///< data rows read (blank and totals rows not counted)
    qint64 valid = 0; ///< rows that can be (or were) written or are already present
    qint64 added = 0; ///< rows written (with dryRun: that would be written)
    qint64 duplicates = 0; ///< rows already in the register (or earlier in the file), not added again
    qint64 invalid = 0; ///< rows with at least one error
    QStringList ignoredColumns; ///< headers naming no column of the register
    QVector<RegisterImportError> errors; ///< the first MaxErrors problems
    QString failure; ///< why the import failed as a whole (status Failed)

    static constexpr int MaxErrors = 1000;

    /// {"table", "rows", "valid", "added", "updated", "duplicates", "invalid", "ignored_columns",
    ///  "errors": [{"row", "column", "value", "message"}], "status"}.
    QJsonObject toJson() const;
    /// "imported", "dry_run", "rejected" or "failed", as JSON reports say it.
    static QString statusCode(Status status);
    /// One sentence: "12 rows read: 10 added, 2 already present." in the user's language.
    QString summary() const;
};

/// The import of any register (except the sales ledger, which has its own importer) from a CSV
/// file or a workbook sheet, driven by the register catalogue: headers are the columns' labels in
/// either language (or their schema names); codes by code or name in either language; flags
/// 是/否, yes/no, 1/0; money in yuan; dates as text or a workbook's date cells; a reference by the
/// name of the record it points to (a place also as a path "县/乡镇/村" where names repeat).
/// Every row goes through the register's rules, as a form's save does. The import is one
/// transaction: with any invalid row (and no skipInvalid) nothing is written. A row equal, column
/// for column, to a record already there is reported as present and not added again, so a
/// register's own export imports back as all present.
class RegisterImport final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
public:
    /// The registers this import writes, in the catalogue's order (every exported register but
    /// the sales ledger).
    static QStringList tables();
    static bool isImportable(const QString &table);

    static RegisterImportResult run(
        const QSqlDatabase &db, const QString &table, TabularReader &reader, const RegisterImportOptions &options);

    /// Writes an empty file for a register (.csv or .xlsx): its header row in the language of
    /// this thread, every importable column. False with *error when it cannot be written.
    static bool writeTemplate(const QString &table, const QString &path, QString *error);
};

} // namespace tongxin

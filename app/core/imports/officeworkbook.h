#pragma once

#include "imports/registerimport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tongxin {

/// A whole office in one .xlsx workbook: a sheet per register (its export table: places,
/// organisations, people, households, pairings, projects, payments … and the sales ledger), and
/// back. The import takes the sheets in the order records refer to each other (places before
/// households before pairings …), whatever their order in the file, sheet names in either
/// language, and is one transaction: every sheet is written, or nothing.
class OfficeWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(OfficeWorkbook)
public:
    /// Writes every register's export table as a sheet of `path` (.xlsx), in the catalogue's
    /// order. *rows gets the rows written. False with *error when it cannot be written.
    static bool write(const QSqlDatabase &db, const QString &path, QString *error, qint64 *rows = nullptr);

    /// What one sheet's import did.
    struct Sheet
    {
        QString name; ///< as the workbook names it
        QString table; ///< the register it went to
        RegisterImportResult result; ///< counts and errors (the sales ledger's too)
    };
    struct Result
    {
        RegisterImportResult::Status status = RegisterImportResult::Status::Failed;
        bool databaseFailure = false;
        QVector<Sheet> sheets; ///< in the order they were imported
        QStringList unknownSheets; ///< sheets naming no register, left out
        QString failure; ///< why the workbook failed as a whole

        /// {"status", "sheets": [{"sheet", "table", "rows", "valid", "added", "duplicates",
        ///  "invalid", "errors"}], "unknown_sheets", "failure"}.
        QJsonObject toJson() const;
        QString summary() const;
    };

    /// Imports every sheet naming a register (dryRun: checks them all, each seeing the rows of
    /// the sheets before it, then writes nothing; skipInvalid: leaves out invalid rows).
    static Result import(const QSqlDatabase &db, const QString &path, const RegisterImportOptions &options);
};

} // namespace tongxin

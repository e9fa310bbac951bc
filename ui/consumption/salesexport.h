#pragma once

#include "consumption/salesmodel.h"
#include "export/tabledata.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <memory>

namespace tongxin {

/// The sales ledger as the page shows it, for the exporters of app/core/export: the rows of the
/// page's filter in its order (their ids, from SalesModel) and the columns shown, headers in the
/// user's language. Rows are read in batches by SalesQuery::records, so a million rows stream
/// through in constant memory. Dates go out as dates, quantities as numbers, amounts as yuan
/// (CellType::Money), codes as the text shown.
class SalesExport final
{
    Q_DECLARE_TR_FUNCTIONS(SalesExport)
public:
    /// The rows `ids` (in this order) with `columns`. `description` names the filter.
    static std::unique_ptr<TableSource> source(const QSqlDatabase &db, const QVector<qint64> &ids,
        const QVector<SalesModel::Column> &columns, const QString &title, const QString &description);
    /// Writes a source as .xlsx or .csv, by the suffix of `path`, atomically (nothing is left
    /// behind on failure or cancel). `progress` returning false cancels.
    static bool write(TableSource &source, const QString &path, QString *error = nullptr,
        const ExportProgress &progress = {}, bool *cancelled = nullptr);
    /// The type a column is written as.
    static CellType cellType(SalesModel::Column column);
    /// The value written for a record in a column.
    static QVariant value(const SalesRecord &record, SalesModel::Column column);
};

} // namespace tongxin

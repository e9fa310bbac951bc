#include "imports/officeworkbook.h"

#include "consumption/salesimport.h"
#include "db/dberror.h"
#include "db/transaction.h"
#include "export/tables.h"
#include "export/xlsxexporter.h"
#include "imports/registercells_p.h"
#include "io/tabularreader.h"
#include "registers/catalogue.h"

#include <QJsonArray>

#include <algorithm>

namespace tongxin {

namespace {

const QString Sales = QStringLiteral("sales");

// The export table of a register ("allocations" for fund_allocations), empty when it has none.
QString exportName(const QString &table)
{
    for (const QString &name : ExportTables::names()) {
        if (ExportTables::spec(name)->from.section(QLatin1Char(' '), 0, 0) == table)
            return name;
    }
    return QString();
}

// A sheet name as a workbook keeps it: at most 31 characters, compared without case or spaces.
QString sheetKey(const QString &name)
{
    const QList<uint> ucs = name.trimmed().toUcs4();
    const QString clipped = ucs.size() <= 31 ? name.trimmed()
                                             : QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), 31);
    return clipped.toCaseFolded().remove(QLatin1Char(' '));
}

// The register a sheet holds, by its export table's title in either language (or the table's
// own name); empty when none.
QString tableOfSheet(const QString &sheet)
{
    const QString key = sheetKey(sheet);
    for (const Register &r : Catalogue::all()) {
        const QString name = exportName(r.table);
        if (!r.exported || name.isEmpty())
            continue;
        const TableSpec *spec = ExportTables::spec(name);
        for (const QString &title : { QString::fromLatin1(spec->title), RegisterCells::inChinese(spec->context, spec->title),
                 QCoreApplication::translate(spec->context, spec->title), r.table, name }) {
            if (!title.isEmpty() && sheetKey(title) == key)
                return r.table;
        }
    }
    return QString();
}

// A sales import's outcome told as a register import's.
RegisterImportResult fromSales(const SalesImportResult &s)
{
    using S = RegisterImportResult::Status;
    RegisterImportResult r;
    r.table = Sales;
    switch (s.status) {
    case SalesImportResult::Status::Imported: r.status = S::Imported; break;
    case SalesImportResult::Status::DryRun: r.status = S::DryRun; break;
    case SalesImportResult::Status::Rejected:
    case SalesImportResult::Status::Cancelled: r.status = S::Rejected; break;
    case SalesImportResult::Status::Failed: r.status = S::Failed; break;
    }
    r.databaseFailure = s.failure == SalesImportResult::Failure::Database;
    r.rows = s.rowsRead;
    r.valid = s.rowsValid;
    r.added = s.imported;
    r.duplicates = s.duplicates;
    r.invalid = s.rowsInvalid;
    r.failure = s.error;
    for (const ImportIssue &issue : s.issues) {
        if (issue.isDuplicate() || issue.warning || r.errors.size() >= RegisterImportResult::MaxErrors)
            continue;
        r.errors.push_back({ issue.row, issue.columnName, issue.value, issue.reason() });
    }
    return r;
}

} // namespace

bool OfficeWorkbook::write(const QSqlDatabase &db, const QString &path, QString *error, qint64 *rows)
{
    std::vector<std::unique_ptr<SqlTableSource>> owned;
    QVector<TableSource *> sources;
    for (const Register &r : Catalogue::all()) {
        const QString name = exportName(r.table);
        if (!r.exported || name.isEmpty())
            continue;
        owned.push_back(ExportTables::source(db, name, Filter()));
        sources << owned.back().get();
    }
    qint64 done = 0;
    qint64 before = 0; // rows of the sheets already written
    qint64 last = 0;
    XlsxExporter exporter;
    exporter.setPrivate(true); // people, households and their heads
    exporter.setProgress([&](qint64 n, qint64) {
        if (n < last) // a new sheet counts from 0 again
            before += last;
        last = n;
        done = before + n;
        return true;
    });
    if (!exporter.write(sources, path)) {
        *error = exporter.errorString();
        return false;
    }
    if (rows)
        *rows = done;
    return true;
}

OfficeWorkbook::Result OfficeWorkbook::import(const QSqlDatabase &db, const QString &path, const RegisterImportOptions &options)
{
    Result result;
    const std::unique_ptr<TabularReader> reader = TabularReader::forFile(path);
    if (!TabularReader::isWorkbook(path)) {
        result.failure = tr("An office workbook is an .xlsx file, not \"%1\".").arg(path);
        return result;
    }
    if (!reader->open(path)) {
        result.failure = reader->errorString();
        return result;
    }
    // The sheets in the catalogue's order: each after the registers its rows refer to.
    QVector<QPair<int, int>> plan; // catalogue position, sheet index
    const QStringList tables = Catalogue::tables();
    const QStringList sheets = reader->sheetNames();
    for (int i = 0; i < sheets.size(); ++i) {
        const QString table = tableOfSheet(sheets.at(i));
        if (table.isEmpty())
            result.unknownSheets << sheets.at(i);
        else
            plan.push_back({ int(tables.indexOf(table)), i });
    }
    std::stable_sort(plan.begin(), plan.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (plan.isEmpty()) {
        result.failure = tr("No sheet of %1 is named after a register (places, households, pairings …).").arg(path);
        return result;
    }

    std::optional<Transaction> t;
    if (!beginImport(&t, db, options, &result.failure)) {
        result.databaseFailure = true;
        return result;
    }
    // Each sheet is written (a savepoint inside this transaction) so that the next ones find its
    // rows; a dry run rolls the whole back at the end.
    bool rejected = false;
    for (const auto &[position, index] : plan) {
        Sheet sheet { sheets.at(index), tables.at(position), {} };
        if (!reader->selectSheet(index)) {
            result.failure = reader->errorString();
            return result;
        }
        if (sheet.table == Sales) {
            SalesImportOptions sales;
            sales.skipInvalid = options.skipInvalid;
            sheet.result = fromSales(SalesImport(db).run(*reader, nullptr, sales));
        } else {
            RegisterImportOptions each = options;
            each.dryRun = false;
            sheet.result = RegisterImport::run(db, sheet.table, *reader, each);
        }
        result.sheets << sheet;
        if (sheet.result.status == RegisterImportResult::Status::Failed) {
            result.failure = tr("Sheet \"%1\": %2").arg(sheet.name, sheet.result.failure);
            result.databaseFailure = sheet.result.databaseFailure;
            return result; // rolled back
        }
        rejected = rejected || sheet.result.status == RegisterImportResult::Status::Rejected;
    }
    if (rejected) {
        result.status = RegisterImportResult::Status::Rejected;
    } else if (options.dryRun) {
        result.status = RegisterImportResult::Status::DryRun;
    } else if (!t->commit()) {
        result.failure = DbError::describe(t->lastSqlError());
        result.databaseFailure = true;
    } else {
        result.status = RegisterImportResult::Status::Imported;
    }
    return result;
}

QJsonObject OfficeWorkbook::Result::toJson() const
{
    QJsonArray list;
    for (const Sheet &s : sheets) {
        QJsonObject o = s.result.toJson();
        o.remove(QStringLiteral("status"));
        o.insert(QStringLiteral("sheet"), s.name);
        o.insert(QStringLiteral("table"), s.table);
        list.append(o);
    }
    QJsonObject o { { QStringLiteral("status"), RegisterImportResult::statusCode(status) },
        { QStringLiteral("sheets"), list }, { QStringLiteral("unknown_sheets"), QJsonArray::fromStringList(unknownSheets) } };
    if (!failure.isEmpty())
        o.insert(QStringLiteral("failure"), failure);
    return o;
}

QString OfficeWorkbook::Result::summary() const
{
    using S = RegisterImportResult::Status;
    if (status == S::Failed)
        return failure;
    qint64 added = 0;
    qint64 present = 0;
    qint64 invalid = 0;
    for (const Sheet &s : sheets) {
        added += s.result.added;
        present += s.result.duplicates;
        invalid += s.result.invalid;
    }
    QString text = tr("Sheets: %1. Records added: %2, already present: %3, invalid rows: %4.")
                       .arg(sheets.size())
                       .arg(added)
                       .arg(present)
                       .arg(invalid);
    if (status == S::Rejected)
        text += QLatin1Char(' ') + tr("Nothing was imported because of the invalid rows.");
    else if (status == S::DryRun)
        text += QLatin1Char(' ') + tr("Dry run: nothing was written.");
    return text;
}

} // namespace tongxin

#include "imports/registerimport.h"

#include "accounts/access.h"
#include "accounts/accounts.h"
#include "db/audittrail.h"
#include "db/dberror.h"
#include "db/periodlocks.h"
#include "db/transaction.h"
#include "export/csvexporter.h"
#include "export/tabledata.h"
#include "export/xlsxexporter.h"
#include "imports/registercells_p.h"
#include "io/tabularreader.h"
#include "records/recordops.h"
#include "registers/catalogue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace tongxin {

namespace {

using T = RegisterColumn::Type;

// The import's own entry in the audit trail: its file and what it did.
bool noteImport(QSqlDatabase db, const RegisterImportResult &r, const TabularReader &reader, QString *why)
{
    const QJsonObject report { { QStringLiteral("rows"), r.rows }, { QStringLiteral("added"), r.added },
        { QStringLiteral("duplicates"), r.duplicates }, { QStringLiteral("invalid_skipped"), r.invalid } };
    return AuditTrail::noteImport(db, r.table, reader.path(), report, why);
}

// How many rows at the top of a sheet may come before its header row (an export's title).
constexpr int HeaderSearchRows = 10;

struct Row
{
    int number = 0;
    QStringList cells;
};

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

// A row's values on the imported columns, as one text: equal texts, equal records.
QString keyOf(const QVector<const RegisterColumn *> &columns, const QVariantMap &values)
{
    QString key;
    for (const RegisterColumn *c : columns) {
        const QVariant v = values.value(c->name);
        key += v.isNull() ? QStringLiteral("\x01") : v.toString();
        key += QChar(0x1f);
    }
    return key;
}

} // namespace

QString RegisterImportError::text() const
{
    if (row <= 0)
        return message;
    if (column.isEmpty())
        return RegisterImport::tr("Row %1: %2").arg(row).arg(message);
    return RegisterImport::tr("Row %1, column %2 (\"%3\"): %4").arg(row).arg(column, value, message);
}

QString RegisterImportResult::statusCode(Status status)
{
    static const char *const codes[] = { "imported", "dry_run", "rejected", "failed" };
    return QLatin1String(codes[int(status)]);
}

QJsonObject RegisterImportResult::toJson() const
{
    QJsonArray list;
    for (const RegisterImportError &e : errors) {
        list.append(QJsonObject { { QStringLiteral("row"), e.row }, { QStringLiteral("column"), e.column },
            { QStringLiteral("value"), e.value }, { QStringLiteral("message"), e.message } });
    }
    QJsonObject o { { QStringLiteral("table"), table }, { QStringLiteral("status"), statusCode(status) },
        { QStringLiteral("rows"), rows }, { QStringLiteral("valid"), valid }, { QStringLiteral("added"), added },
        { QStringLiteral("updated"), 0 }, { QStringLiteral("duplicates"), duplicates },
        { QStringLiteral("invalid"), invalid }, { QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignoredColumns) },
        { QStringLiteral("errors"), list } };
    if (!failure.isEmpty())
        o.insert(QStringLiteral("failure"), failure);
    return o;
}

QString RegisterImportResult::summary() const
{
    if (status == Status::Failed)
        return failure;
    QString text = (rows == 1 ? RegisterImport::tr("1 row read: ") : RegisterImport::tr("%1 rows read: ").arg(rows))
        + RegisterImport::tr("%1 added, %2 already present, %3 invalid.").arg(added).arg(duplicates).arg(invalid);
    switch (status) {
    case Status::DryRun:
        text += QLatin1Char(' ') + RegisterImport::tr("Dry run: nothing was written.");
        break;
    case Status::Rejected:
        text += QLatin1Char(' ')
            + (dryRun ? RegisterImport::tr("Dry run: nothing was written; as it is, the import would be refused because "
                                           "of the invalid rows.")
                      : RegisterImport::tr("Nothing was imported because of the invalid rows."));
        break;
    case Status::Imported:
        if (invalid > 0)
            text += QLatin1Char(' ') + RegisterImport::tr("The invalid rows were left out.");
        break;
    case Status::Failed:
        break;
    }
    return text;
}

bool beginImport(
    std::optional<Transaction> *t, const QSqlDatabase &db, const RegisterImportOptions &options, QString *failure)
{
    t->emplace(db, options.lockWaitMs, [&options, told = false]() mutable {
        if (!told && options.waiting)
            options.waiting();
        told = true;
        return true;
    });
    if ((*t)->isActive())
        return true;
    *failure = (*t)->isBusy() ? DbError::busyMessage() : DbError::describe((*t)->lastSqlError());
    return false;
}

QStringList RegisterImport::tables()
{
    QStringList out;
    for (const Register &r : Catalogue::all()) {
        if (r.exported && r.table != QLatin1String("sales"))
            out << r.table;
    }
    return out;
}

bool RegisterImport::isImportable(const QString &table)
{
    return tables().contains(table);
}

RegisterImportResult RegisterImport::run(
    const QSqlDatabase &db, const QString &table, TabularReader &reader, const RegisterImportOptions &options)
{
    RegisterImportResult result;
    result.table = table;
    result.dryRun = options.dryRun;
    const Register *reg = Catalogue::find(table);
    if (!reg || !isImportable(table)) {
        result.failure = tr("The register \"%1\" cannot be imported this way.").arg(table);
        return result;
    }
    const QString title = QCoreApplication::translate("Catalogue", reg->title);

    // The header row: of the first rows, the one naming most of the register's columns.
    QVector<Row> top;
    QStringList cells;
    while (top.size() < HeaderSearchRows && reader.readRow(&cells)) {
        if (!isBlank(cells))
            top.push_back({ reader.rowNumber(), cells });
    }
    int headerAt = -1;
    int best = 0;
    for (int i = 0; i < top.size(); ++i) {
        int named = 0;
        for (const QString &cell : top.at(i).cells)
            named += RegisterCells::columnsOf(*reg, cell).isEmpty() ? 0 : 1;
        if (named > best) {
            best = named;
            headerAt = i;
        }
    }
    if (reader.hasError()) {
        result.failure = reader.errorString();
        return result;
    }
    if (headerAt < 0) {
        QStringList headers;
        for (const RegisterColumn &c : reg->columns) {
            if (c.type != T::Id && c.type != T::Blob)
                headers << RegisterCells::header(*reg, c);
        }
        result.failure = tr("No header row: none of the first rows names a column of %1. Its columns are: %2.")
                             .arg(title, headers.join(QStringLiteral(", ")));
        return result;
    }
    const QStringList headerCells = top.at(headerAt).cells;
    QVector<QVector<const RegisterColumn *>> byFileColumn(headerCells.size());
    QVector<const RegisterColumn *> mapped;
    for (int i = 0; i < headerCells.size(); ++i) {
        const QString header = headerCells.at(i).trimmed();
        const QVector<const RegisterColumn *> columns = RegisterCells::columnsOf(*reg, header);
        if (columns.isEmpty() && !header.isEmpty())
            result.ignoredColumns << header;
        for (const RegisterColumn *c : columns) {
            if (mapped.contains(c)) {
                result.failure = tr("Two columns of the file are %1; keep one.").arg(RegisterCells::header(*reg, *c));
                return result;
            }
        }
        byFileColumn[i] = columns;
        mapped += columns;
    }

    // Columns naming the places above a row's places (an export's 西部县区 and 乡镇 beside its 村),
    // county first: where a place's name is used in several places, it is looked for under them.
    QVector<int> contextColumns;
    for (int rank : { 0, 1 }) {
        for (int i = 0; i < headerCells.size(); ++i) {
            const QVector<const RegisterColumn *> &c = byFileColumn.at(i);
            if ((c.isEmpty() || (c.size() == 1 && c.constFirst()->references == QLatin1String("places")))
                && RegisterCells::placeContextRank(headerCells.at(i).trimmed()) == rank)
                contextColumns << i;
        }
    }

    std::optional<Transaction> t;
    if (!beginImport(&t, db, options, &result.failure)) {
        result.databaseFailure = true;
        return result;
    }
    if (const QString refused = Access::tableRefusal(db, table); !refused.isEmpty()) {
        result.failure = refused;
        result.refused = true;
        return result;
    }
    // A county working group adds only records of its units; which unit a record is of shows
    // once it is stored, so each row is written in a savepoint of its own, undone if refused.
    const std::optional<Account> account = Accounts::current(db);
    const bool checkEachRow = Accounts::enabled(db) && account && account->role == AccountRole::County;

    // The records already there, on the imported columns.
    QSet<QString> present;
    {
        QStringList names;
        for (const RegisterColumn *c : mapped)
            names << c->name;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table))) {
            result.failure = DbError::describe(q.lastError());
            result.databaseFailure = true;
            return result;
        }
        while (q.next()) {
            QVariantMap values;
            for (int i = 0; i < mapped.size(); ++i)
                values.insert(mapped.at(i)->name, q.value(i));
            present.insert(keyOf(mapped, values));
        }
    }

    // One INSERT statement prepared per set of columns, not one per row: compiling it (with the
    // register's triggers and checks) was most of an import's time.
    QHash<QString, std::shared_ptr<QSqlQuery>> inserts;
    const auto insert = [&](const QVariantMap &values, qint64 *id, QString *message) {
        const QStringList names = values.keys();
        std::shared_ptr<QSqlQuery> &q = inserts[names.join(QLatin1Char(','))];
        if (!q) {
            q = std::make_shared<QSqlQuery>(db);
            const QString sql = names.isEmpty()
                ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table)
                : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, names.join(QStringLiteral(", ")),
                          QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
            if (!q->prepare(sql)) {
                *message = DbError::describe(q->lastError());
                q.reset();
                return false;
            }
        }
        int i = 0;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            q->bindValue(i++, it.value());
        if (!q->exec()) {
            *message = DbError::describe(q->lastError());
            return false;
        }
        *id = q->lastInsertId().toLongLong();
        return true;
    };
    RegisterCells convert(db, *reg);
    const RecordOps::Rule rule = RecordOps::ruleOf(table);
    const auto addError = [&result](int row, const QString &column, const QString &value, const QString &message) {
        if (result.errors.size() < RegisterImportResult::MaxErrors)
            result.errors.push_back({ row, column, value, message });
    };
    const auto importRow = [&](int number, const QStringList &row) {
        if (isBlank(row) || RegisterCells::isTotalsLabel(row.value(0)))
            return;
        ++result.rows;
        QVariantMap values;
        bool ok = true;
        QStringList context;
        for (int i : contextColumns)
            context << row.value(i).trimmed();
        convert.setPlaceContext(context);
        for (int i = 0; i < byFileColumn.size(); ++i) {
            const QVector<const RegisterColumn *> &columns = byFileColumn.at(i);
            QString text = row.value(i).trimmed();
            if (columns.isEmpty() || text.isEmpty())
                continue; // an empty cell: no value (the schema's default where it has one)
            QString message;
            if (columns.size() > 1) {
                if (!convert.choose(columns, text, &values, &message)) {
                    addError(number, headerCells.at(i).trimmed(), text, message);
                    ok = false;
                }
                continue;
            }
            const RegisterColumn *c = columns.constFirst();
            if (c->type == T::Text)
                text = CsvExporter::restore(text);
            QVariant value;
            if (convert.convert(*c, text, reader.isNumberCell(i), reader.date1904(), &value, &message)) {
                values.insert(c->name, value);
            } else {
                addError(number, headerCells.at(i).trimmed(), text, message);
                ok = false;
            }
        }
        if (ok) {
            const QString key = keyOf(mapped, values);
            if (present.contains(key)) {
                ++result.duplicates;
                ++result.valid;
                return;
            }
            QString message = PeriodLocks::refusal(db, table, values);
            if (message.isEmpty() && rule)
                message = rule(db, values, 0);
            qint64 id = 0;
            std::optional<Transaction> row;
            if (checkEachRow)
                row.emplace(db);
            if (message.isEmpty() && insert(values, &id, &message) && checkEachRow)
                message = Access::recordRefusal(db, table, id);
            if (row && !message.isEmpty())
                row->rollback();
            else if (row && !row->commit())
                message = row->lastError();
            if (message.isEmpty()) {
                present.insert(key);
                convert.added(id, values);
                ++result.added;
                ++result.valid;
                return;
            }
            addError(number, QString(), QString(), message);
        }
        ++result.invalid;
    };
    // From the row after the header, read again: a workbook says which cells of the row last read
    // are numbers (dates), so rows are taken as they are read.
    if (!reader.rewind()) {
        result.failure = reader.errorString();
        return result;
    }
    bool after = false;
    while (reader.readRow(&cells)) {
        if (after)
            importRow(reader.rowNumber(), cells);
        else
            after = reader.rowNumber() == top.at(headerAt).number;
    }
    if (reader.hasError()) {
        result.failure = reader.errorString();
        return result; // rolled back
    }

    if (result.invalid > 0 && !options.skipInvalid) {
        result.status = RegisterImportResult::Status::Rejected;
    } else if (options.dryRun) {
        result.status = RegisterImportResult::Status::DryRun;
    } else if (QString why; result.added > 0 && !noteImport(db, result, reader, &why)) {
        result.failure = why;
        result.databaseFailure = true;
        return result;
    } else if (!t->commit()) {
        result.failure = DbError::describe(t->lastSqlError());
        result.databaseFailure = true;
        return result;
    } else {
        result.status = RegisterImportResult::Status::Imported;
    }
    return result; // anything not committed is rolled back
}

bool RegisterImport::writeTemplate(const QString &table, const QString &path, QString *error)
{
    const Register *reg = Catalogue::find(table);
    if (!reg || !isImportable(table)) {
        *error = tr("The register \"%1\" cannot be imported this way.").arg(table);
        return false;
    }
    QVector<ExportColumn> columns;
    for (const RegisterColumn &c : reg->columns) {
        if (c.type != T::Id && c.type != T::Blob)
            columns.push_back({ RegisterCells::header(*reg, c), CellType::Text });
    }
    TableData data(QCoreApplication::translate("Catalogue", reg->title), columns);
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        XlsxExporter x;
        if (x.write(data, path))
            return true;
        *error = x.errorString();
        return false;
    }
    CsvExporter c;
    if (c.write(data, path))
        return true;
    *error = c.errorString();
    return false;
}

} // namespace tongxin

#include "consumption/salesimport.h"

#include "consumption/salessummary.h"

#include "db/dberror.h"
#include "db/openfiles.h"
#include "db/transaction.h"
#include "domain/labels.h"
#include "io/csvreader.h"
#include "io/tabularreader.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace tongxin {

namespace {

constexpr int HeaderSearchRows = 20;
constexpr qint64 ProgressEvery = 4096;
// Rows per INSERT statement. One statement per row pays, on every row, the statement's fixed
// costs: Qt's exec, SQLite's statement journal, and the ephemeral index SQLite builds for the
// schema's CHECK (channel IN (…)) lists. 64 rows × 12 values stays far below SQLite's limit
// of 32766 parameters.
constexpr int BatchRows = 64;
constexpr int Columns = 12;

// The duplicate key of a sale, hashed twice with independent seeds: 128 bits make a false
// match between two different sales practically impossible without keeping their text.
struct SaleKey
{
    quint64 a = 0;
    quint64 b = 0;
    bool operator==(const SaleKey &o) const { return a == o.a && b == o.b; }
};
size_t qHash(const SaleKey &k, size_t seed = 0) noexcept
{
    return size_t(k.a) ^ seed;
}

struct Row
{
    QString date;
    QString channel;
    qint64 outletId = 0;
    qint64 countyId = 0;
    QString category;
    QString product;
    bool hasQuantity = false;
    double quantity = 0;
    QString unit;
    qint64 amountFen = 0;
    QString buyerType;
    bool forDonation = false;
    QString sourceRef;
};

QString folded(const QString &s)
{
    return s.trimmed().toCaseFolded();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Runs one import; SalesImport::run() is a thin wrapper around it.
class Importer
{
public:
    Importer(QSqlDatabase db, TabularReader &reader, const SalesImportOptions &options, SalesImportResult &result)
        : m_db(db)
        , m_reader(reader)
        , m_options(options)
        , m_result(result)
    { }

    void run(const SalesMapping *mapping);

private:
    bool findHeader(const SalesMapping *mapping);
    bool loadLookups();
    bool validate(const QStringList &cells, Row *row);
    void addIssue(ImportIssue::Kind kind, SalesField field, const QString &value, int otherRow = 0);
    QString cell(const QStringList &cells, SalesField f) const
    {
        const int c = m_result.mapping.column(f);
        return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
    }
    SaleKey keyOf(const Row &r);
    bool inLedger(const Row &r, const SaleKey &key);
    bool prepareInserts();
    void bindRow(QSqlQuery &q, const Row &r, int slot);
    bool queue(const Row &r);
    bool flush();
    bool replaceOld(bool execute);
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }
    void fail(const QString &why, SalesImportResult::Failure failure = SalesImportResult::Failure::Database)
    {
        m_result.status = SalesImportResult::Status::Failed;
        m_result.failure = failure;
        m_result.error = why;
    }

    QSqlDatabase m_db;
    TabularReader &m_reader;
    const SalesImportOptions &m_options;
    SalesImportResult &m_result;

    QHash<QString, qint64> m_counties;
    QHash<QString, qint64> m_outlets;
    QHash<QString, QString> m_channels;
    QHash<QString, QString> m_buyers;
    QHash<QString, QString> m_dates;
    QSet<QString> m_ledgerDates;
    qint64 m_maxId = 0;
    // The file's accepted sales so far, by date (part of the key): ledgers come in date
    // order, so the set being probed stays small and in cache. Value: the file row.
    QHash<QString, QHash<SaleKey, int>> m_seen;
    QString m_seenDate;
    QHash<SaleKey, int> *m_seenOfDate = nullptr;
    QSet<QString> m_refs;
    QString m_keyBuffer;
    QSqlQuery m_insert; // one row
    QSqlQuery m_insertBatch; // BatchRows rows
    QVector<QString> m_placeholders; // ":d0", ":c0" … per slot, built once
    QVector<Row> m_batch;
    QVector<int> m_batchRowNumbers;
    bool m_summary = false; // the database has sales_monthly: keep it current
    QStringList m_suspendedTriggers;
    SalesSummary::Accumulator m_sums;
    QSqlQuery m_lookup;
    // Keys of the ledger's rows on a day, loaded with one query the first time a row of the
    // file has that day (the duplicate check is then a hash lookup, whatever the ledger's size).
    QHash<QString, QSet<SaleKey>> m_ledgerKeys;
    bool m_rowInvalid = false;
};

bool Importer::findHeader(const SalesMapping *mapping)
{
    QStringList cells;
    QStringList firstNonBlank;
    int firstRow = 0;
    while (m_reader.readRow(&cells)) {
        const int row = m_reader.rowNumber();
        if (m_options.headerRow > 0) {
            if (row < m_options.headerRow)
                continue;
            if (row > m_options.headerRow || cells.isEmpty()) {
                fail(SalesImport::tr("Row %1, the header row, is empty.").arg(m_options.headerRow),
                    SalesImportResult::Failure::Mapping);
                return false;
            }
            m_result.headers = cells;
            m_result.headerRow = row;
            break;
        }
        if (cells.isEmpty())
            continue;
        if (firstNonBlank.isEmpty()) {
            firstNonBlank = cells;
            firstRow = row;
            if (mapping) {
                m_result.headers = cells;
                m_result.headerRow = row;
                break;
            }
        }
        if (SalesMapping::fromHeaders(cells).isComplete()) {
            m_result.headers = cells;
            m_result.headerRow = row;
            break;
        }
        if (row >= firstRow + HeaderSearchRows)
            break;
    }
    if (m_reader.hasError()) {
        fail(m_reader.errorString(), SalesImportResult::Failure::File);
        return false;
    }
    if (m_result.headerRow == 0) {
        if (firstNonBlank.isEmpty()) {
            fail(SalesImport::tr("The file has no rows."), SalesImportResult::Failure::File);
            return false;
        }
        // No row names the required fields: report what the first row lacks.
        m_result.headers = firstNonBlank;
        m_result.headerRow = firstRow;
    }
    m_result.mapping = mapping ? *mapping : SalesMapping::fromHeaders(m_result.headers);
    const QVector<SalesField> missing = m_result.mapping.missingRequired();
    if (!missing.isEmpty()) {
        QStringList names;
        for (SalesField f : missing)
            names << SalesFields::label(f);
        fail(SalesImport::tr("No column is mapped to the required fields: %1. Use the template's headers or map "
                             "the columns.")
                 .arg(names.join(QLatin1String(", "))),
            SalesImportResult::Failure::Mapping);
        return false;
    }
    return true;
}

bool Importer::loadLookups()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, name_en, code FROM places WHERE side = 'west' AND level = 'county' "
                               "ORDER BY id"))) {
        fail(DbError::describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        for (int c = 1; c <= 3; ++c) {
            const QString key = folded(q.value(c).toString());
            if (!key.isEmpty() && !m_counties.contains(key))
                m_counties.insert(key, q.value(0).toLongLong());
        }
    }
    if (!q.exec(QStringLiteral("SELECT id, name FROM outlets ORDER BY id"))) {
        fail(DbError::describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        const QString key = folded(q.value(1).toString());
        if (!m_outlets.contains(key))
            m_outlets.insert(key, q.value(0).toLongLong());
    }
    // Only rows dated on a day the ledger already has can be duplicates of the ledger: for
    // the usual import of a new month this makes the duplicate check free.
    if (!q.exec(QStringLiteral("SELECT DISTINCT sale_date FROM sales"))) {
        fail(DbError::describe(q.lastError()));
        return false;
    }
    while (q.next())
        m_ledgerDates.insert(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM sales")) || !q.next()) {
        fail(DbError::describe(q.lastError()));
        return false;
    }
    m_maxId = q.value(0).toLongLong();

    m_lookup = QSqlQuery(m_db);
    m_lookup.setForwardOnly(true);
    if (!m_lookup.prepare(QStringLiteral("SELECT product, amount_fen, ifnull(outlet_id, 0), ifnull(source_ref, '') "
                                         "FROM sales WHERE sale_date = :d AND id <= :max"))) {
        fail(DbError::describe(m_lookup.lastError()));
        return false;
    }
    return prepareInserts();
}

bool Importer::prepareInserts()
{
    static const char *const names[Columns] = { "d", "c", "o", "k", "cat", "p", "q", "u", "a", "b", "f", "r" };
    m_placeholders.clear();
    m_placeholders.reserve(BatchRows * Columns);
    QStringList tuples;
    for (int slot = 0; slot < BatchRows; ++slot) {
        QStringList values;
        for (const char *name : names) {
            m_placeholders << QStringLiteral(":%1%2").arg(QLatin1String(name)).arg(slot);
            values << m_placeholders.constLast();
        }
        tuples << QLatin1Char('(') + values.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    const QString insert = QStringLiteral(
        "INSERT INTO sales(sale_date, channel, outlet_id, county_id, category, product, quantity, unit, "
        "amount_fen, buyer_type, purchase_for_donation, source_ref) VALUES");
    m_insert = QSqlQuery(m_db);
    m_insertBatch = QSqlQuery(m_db);
    if (!m_insert.prepare(insert + tuples.first())
        || !m_insertBatch.prepare(insert + tuples.join(QLatin1String(", ")))) {
        fail(DbError::describe(m_insert.lastError().isValid() ? m_insert.lastError() : m_insertBatch.lastError()));
        return false;
    }
    m_batch.reserve(BatchRows);
    m_batchRowNumbers.reserve(BatchRows);
    return true;
}

void Importer::addIssue(ImportIssue::Kind kind, SalesField field, const QString &value, int otherRow)
{
    ImportIssue issue;
    issue.kind = kind;
    issue.row = m_reader.rowNumber();
    issue.field = field;
    issue.column = field == SalesField::Count ? -1 : m_result.mapping.column(field);
    if (issue.column >= 0 && issue.column < m_result.headers.size())
        issue.columnName = m_result.headers.at(issue.column);
    issue.value = value;
    issue.otherRow = otherRow;
    m_result.issues.push_back(issue);
    if (!issue.isDuplicate())
        m_rowInvalid = true;
}

bool Importer::validate(const QStringList &cells, Row *r)
{
    using K = ImportIssue::Kind;
    m_rowInvalid = false;
    const auto required = [&](SalesField f, QString *out) {
        *out = cell(cells, f);
        if (out->isEmpty())
            addIssue(K::Missing, f, QString());
        return !out->isEmpty();
    };

    QString text;
    if (required(SalesField::Date, &text)) {
        auto it = m_dates.constFind(text);
        if (it == m_dates.constEnd()) {
            const QDate d = SalesFields::parseDate(text, m_reader.date1904());
            it = m_dates.insert(text, d.isValid() ? d.toString(Qt::ISODate) : QString());
        }
        if (it->isEmpty())
            addIssue(K::BadDate, SalesField::Date, text);
        else
            r->date = *it;
    }
    if (required(SalesField::Channel, &text)) {
        auto it = m_channels.constFind(text);
        if (it == m_channels.constEnd())
            it = m_channels.insert(text, Labels::codeFor(Labels::Domain::Channel, text));
        if (it->isEmpty())
            addIssue(K::UnknownChannel, SalesField::Channel, text);
        else
            r->channel = *it;
    }
    text = cell(cells, SalesField::Outlet);
    r->outletId = 0;
    if (!text.isEmpty()) {
        const auto it = m_outlets.constFind(folded(text));
        if (it == m_outlets.constEnd())
            addIssue(K::UnknownOutlet, SalesField::Outlet, text);
        else
            r->outletId = *it;
    }
    if (required(SalesField::County, &text)) {
        const auto it = m_counties.constFind(folded(text));
        if (it == m_counties.constEnd())
            addIssue(K::UnknownCounty, SalesField::County, text);
        else
            r->countyId = *it;
    }
    r->category = cell(cells, SalesField::Category);
    required(SalesField::Product, &r->product);
    text = cell(cells, SalesField::Quantity);
    r->hasQuantity = !text.isEmpty();
    if (r->hasQuantity) {
        if (!SalesFields::parseNumber(text, &r->quantity))
            addIssue(K::NotANumber, SalesField::Quantity, text);
        else if (r->quantity < 0)
            addIssue(K::NegativeQuantity, SalesField::Quantity, text);
    }
    r->unit = cell(cells, SalesField::Unit);
    if (required(SalesField::Amount, &text)) {
        if (!SalesFields::parseAmount(text, &r->amountFen))
            addIssue(K::NotAnAmount, SalesField::Amount, text);
        else if (r->amountFen < 0)
            addIssue(K::NegativeAmount, SalesField::Amount, text);
    }
    text = cell(cells, SalesField::BuyerType);
    r->buyerType = QStringLiteral("individual");
    if (!text.isEmpty()) {
        auto it = m_buyers.constFind(text);
        if (it == m_buyers.constEnd())
            it = m_buyers.insert(text, Labels::codeFor(Labels::Domain::BuyerType, text));
        if (it->isEmpty())
            addIssue(K::UnknownBuyerType, SalesField::BuyerType, text);
        else
            r->buyerType = *it;
    }
    text = cell(cells, SalesField::PurchaseForDonation);
    if (!SalesFields::parseYesNo(text, &r->forDonation))
        addIssue(K::BadYesNo, SalesField::PurchaseForDonation, text);
    r->sourceRef = cell(cells, SalesField::SourceRef);
    return !m_rowInvalid;
}

SaleKey Importer::keyOf(const Row &r)
{
    QString &k = m_keyBuffer;
    k.clear();
    k += r.date;
    k += QChar(0x1F);
    k += r.product;
    k += QChar(0x1F);
    k += r.sourceRef;
    k += QChar(0x1F);
    for (const qint64 v : { r.outletId, r.amountFen }) {
        for (int shift = 0; shift < 64; shift += 16)
            k += QChar(char16_t((quint64(v) >> shift) & 0xFFFF));
    }
    return SaleKey { quint64(qHash(QStringView(k), size_t(0x9E3779B97F4A7C15ULL))),
        quint64(qHash(QStringView(k), size_t(0xC2B2AE3D27D4EB4FULL))) };
}

bool Importer::inLedger(const Row &r, const SaleKey &key)
{
    if (!m_ledgerDates.contains(r.date))
        return false;
    // Overwrite replaces every ledger row with this row's source reference: none is a duplicate.
    if (m_options.mode == SalesImportOptions::Mode::Overwrite && !r.sourceRef.isEmpty())
        return false;
    auto it = m_ledgerKeys.find(r.date);
    if (it == m_ledgerKeys.end()) {
        QSet<SaleKey> keys;
        m_lookup.bindValue(QStringLiteral(":d"), r.date);
        m_lookup.bindValue(QStringLiteral(":max"), m_maxId);
        if (m_lookup.exec()) {
            Row ledger;
            ledger.date = r.date;
            while (m_lookup.next()) {
                ledger.product = m_lookup.value(0).toString();
                ledger.amountFen = m_lookup.value(1).toLongLong();
                ledger.outletId = m_lookup.value(2).toLongLong();
                ledger.sourceRef = m_lookup.value(3).toString();
                keys.insert(keyOf(ledger));
            }
        }
        m_lookup.finish();
        it = m_ledgerKeys.insert(r.date, keys);
    }
    return it->contains(key);
}

// Named binds (Qt binds a name through one hash lookup; binding "by position" formats the
// position as a name first, which costs more).
void Importer::bindRow(QSqlQuery &q, const Row &r, int slot)
{
    const QString *name = m_placeholders.constData() + slot * Columns;
    q.bindValue(name[0], r.date);
    q.bindValue(name[1], r.channel);
    q.bindValue(name[2], r.outletId > 0 ? QVariant(r.outletId) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(name[3], r.countyId);
    q.bindValue(name[4], textOrNull(r.category));
    q.bindValue(name[5], r.product);
    q.bindValue(name[6], r.hasQuantity ? QVariant(r.quantity) : QVariant(QMetaType::fromType<double>()));
    q.bindValue(name[7], textOrNull(r.unit));
    q.bindValue(name[8], r.amountFen);
    q.bindValue(name[9], r.buyerType);
    q.bindValue(name[10], r.forDonation ? 1 : 0);
    q.bindValue(name[11], textOrNull(r.sourceRef));
}

bool Importer::queue(const Row &r)
{
    if (m_summary)
        m_sums.add(
            r.date, r.countyId, r.channel, r.outletId, r.category, r.product, r.buyerType, r.forDonation, r.amountFen);
    m_batch.push_back(r);
    m_batchRowNumbers.push_back(m_reader.rowNumber());
    return m_batch.size() < BatchRows || flush();
}

// Writes the queued rows: a full batch in one statement, a partial one row by row. When a
// batch fails, its rows are written one by one to name the row the database refused.
bool Importer::flush()
{
    if (m_batch.size() == BatchRows) {
        for (int slot = 0; slot < BatchRows; ++slot)
            bindRow(m_insertBatch, m_batch.at(slot), slot);
        if (m_insertBatch.exec()) {
            m_batch.clear();
            m_batchRowNumbers.clear();
            return true;
        }
    }
    for (int i = 0; i < m_batch.size(); ++i) {
        bindRow(m_insert, m_batch.at(i), 0);
        if (!m_insert.exec()) {
            fail(SalesImport::tr("Row %1 could not be written: %2")
                     .arg(m_batchRowNumbers.at(i))
                     .arg(DbError::describe(m_insert.lastError())));
            return false;
        }
    }
    m_batch.clear();
    m_batchRowNumbers.clear();
    return true;
}

// Overwrite: counts (and with `execute` deletes) the rows that were in the ledger before this
// import and carry a source reference of an imported row.
bool Importer::replaceOld(bool execute)
{
    if (m_refs.isEmpty())
        return true;
    QSqlQuery q(m_db);
    const auto failed = [&] {
        fail(DbError::describe(q.lastError()));
        q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.tongxin_import_refs"));
        return false;
    };
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS tongxin_import_refs(ref TEXT PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.tongxin_import_refs"))
        || !q.prepare(QStringLiteral("INSERT INTO temp.tongxin_import_refs(ref) VALUES(?)")))
        return failed();
    for (const QString &ref : std::as_const(m_refs)) {
        q.bindValue(0, ref);
        if (!q.exec())
            return failed();
    }
    const QString where = QStringLiteral(" FROM sales WHERE id <= %1 AND source_ref IN "
                                         "(SELECT ref FROM temp.tongxin_import_refs)")
                              .arg(m_maxId);
    if (execute) {
        // The delete trigger is suspended: take the rows out of the summary first.
        QString why;
        if (m_summary && !SalesSummary::subtract(m_db, where, &why)) {
            fail(why);
            return false;
        }
        if (!q.exec(QStringLiteral("DELETE") + where))
            return failed();
        m_result.replaced = q.numRowsAffected();
    } else {
        if (!q.exec(QStringLiteral("SELECT count(*)") + where) || !q.next())
            return failed();
        m_result.replaced = q.value(0).toLongLong();
    }
    q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.tongxin_import_refs"));
    return true;
}

void Importer::run(const SalesMapping *mapping)
{
    using Status = SalesImportResult::Status;
    if (!m_reader.rewind()) {
        fail(m_reader.hasError() ? m_reader.errorString() : SalesImport::tr("The file cannot be read."),
            SalesImportResult::Failure::File);
        return;
    }
    if (!findHeader(mapping))
        return;

    // The write lock first, the ledger's duplicates second: read before the lock, they could
    // miss the rows another program is importing at this moment.
    std::optional<Transaction> transaction;
    if (!m_options.dryRun) {
        transaction.emplace(m_db, m_options.lockWaitMs, [this] {
            if (cancelled())
                return false;
            if (m_options.waiting)
                m_options.waiting();
            return true;
        });
        if (!transaction->isActive()) {
            if (cancelled())
                m_result.status = Status::Cancelled;
            else if (transaction->isBusy())
                fail(DbError::busyMessage());
            else
                fail(SalesImport::tr("The database cannot start a transaction: %1").arg(transaction->lastError()));
            return;
        }
    }
    if (!loadLookups())
        return;
    if (transaction) {
        // The summary triggers would cost a summary update per row: suspend them (inside the
        // transaction, so any way out but commit brings them back) and add the sums at the end.
        m_summary = SalesSummary::exists(m_db);
        QString why;
        if (m_summary && !SalesSummary::suspendTriggers(m_db, &m_suspendedTriggers, &why)) {
            fail(why);
            return;
        }
    }
    const bool overwrite = m_options.mode == SalesImportOptions::Mode::Overwrite;
    const qint64 fileSize = qMax<qint64>(1, m_reader.size());
    QStringList cells;
    Row row;
    while (m_reader.readRow(&cells)) {
        if (cancelled()) {
            m_result.status = Status::Cancelled;
            return; // the transaction rolls back
        }
        if (cells.isEmpty() || isSalesTotalsRow(cells, m_result.mapping)) // an export's 合计 / Total row
            continue;
        ++m_result.rowsRead;
        if (m_options.progress && m_result.rowsRead % ProgressEvery == 0) {
            const qint64 pos = qMax<qint64>(1, m_reader.position());
            m_options.progress(m_result.rowsRead, qMax(m_result.rowsRead, m_result.rowsRead * fileSize / pos));
        }
        if (!validate(cells, &row)) {
            ++m_result.rowsInvalid;
            continue;
        }
        ++m_result.rowsValid;
        const SaleKey key = keyOf(row);
        if (!m_seenOfDate || row.date != m_seenDate) {
            m_seenDate = row.date;
            m_seenOfDate = &m_seen[row.date];
        }
        const auto seen = m_seenOfDate->constFind(key);
        if (seen != m_seenOfDate->constEnd()) {
            ++m_result.duplicates;
            addIssue(ImportIssue::Kind::DuplicateInFile, SalesField::Count, QString(), *seen);
            continue;
        }
        m_seenOfDate->insert(key, m_reader.rowNumber());
        if (inLedger(row, key)) {
            ++m_result.duplicates;
            addIssue(ImportIssue::Kind::DuplicateInLedger, SalesField::Count, QString());
            continue;
        }
        ++m_result.accepted;
        m_result.acceptedAmountFen += row.amountFen;
        if (overwrite && !row.sourceRef.isEmpty())
            m_refs.insert(row.sourceRef);
        // Without skipInvalid one invalid row rejects the file: stop writing, keep validating.
        if (transaction && (m_options.skipInvalid || m_result.rowsInvalid == 0) && !queue(row))
            return;
    }
    if (m_reader.hasError()) {
        fail(m_reader.errorString(), SalesImportResult::Failure::File);
        return;
    }
    if (cancelled()) {
        m_result.status = Status::Cancelled;
        return;
    }
    if (m_options.progress)
        m_options.progress(m_result.rowsRead, m_result.rowsRead);
    if (m_result.rowsInvalid > 0 && !m_options.skipInvalid) {
        m_result.status = Status::Rejected;
        return;
    }
    if (transaction && !flush())
        return;
    if (!replaceOld(!m_options.dryRun))
        return;
    if (m_options.dryRun) {
        m_result.status = Status::DryRun;
        return;
    }
    QString why;
    if (m_summary
        && (!m_sums.apply(m_db, &why) || !SalesSummary::removeEmpty(m_db, &why)
            || !SalesSummary::resumeTriggers(m_db, m_suspendedTriggers, &why))) {
        fail(why);
        return;
    }
    m_insert.finish();
    m_insertBatch.finish();
    if (!transaction->commit()) {
        fail(SalesImport::tr("The import could not be saved: %1").arg(DbError::describe(transaction->lastSqlError())));
        return;
    }
    m_result.imported = m_result.accepted;
    m_result.status = Status::Imported;
}

} // namespace

SalesImport::SalesImport(QSqlDatabase db)
    : m_db(db)
{ }

SalesImportResult SalesImport::run(
    TabularReader &reader, const SalesMapping *mapping, const SalesImportOptions &options)
{
    SalesImportResult result;
    Importer(m_db, reader, options, result).run(mapping);
    if (!result.ok())
        result.imported = 0;
    if (result.status == SalesImportResult::Status::Failed || result.status == SalesImportResult::Status::Cancelled)
        result.replaced = 0;
    return result;
}

QString SalesImport::notSales(const QString &path)
{
    return tr("The file %1 is the database itself, not sales to import.").arg(path);
}

SalesImportResult SalesImport::runFile(const QString &path, const QString &sheet, const QString &encoding,
    const SalesMapping *mapping, const SalesImportOptions &options)
{
    SalesImportResult result;
    if (OpenFiles::contains(path)) {
        result.error = notSales(path);
        result.failure = SalesImportResult::Failure::File;
        return result;
    }
    std::unique_ptr<TabularReader> reader = TabularReader::forFile(path);
    if (auto *csv = dynamic_cast<CsvReader *>(reader.get())) {
        CsvReader::Encoding e = CsvReader::Encoding::Auto;
        if (!encoding.isEmpty() && !CsvReader::encodingFromName(encoding, &e)) {
            result.error = tr("Unknown encoding \"%1\"; use utf-8 or gb18030.").arg(encoding);
            result.failure = SalesImportResult::Failure::File;
            return result;
        }
        csv->setEncoding(e);
    }
    if (!reader->open(path) || (!sheet.isEmpty() && !reader->selectSheet(sheet))) {
        result.error = reader->errorString();
        result.failure = SalesImportResult::Failure::File;
        return result;
    }
    return run(*reader, mapping, options);
}

} // namespace tongxin

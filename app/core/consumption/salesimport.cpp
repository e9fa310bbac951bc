#include "consumption/salesimport.h"

#include "consumption/salesimporter.h"
#include "consumption/salessearch.h"
#include "consumption/salessummary.h"

#include "accounts/access.h"
#include "db/audittrail.h"
#include "db/dberror.h"
#include "db/periodlocks.h"
#include "db/openfiles.h"
#include "db/transaction.h"
#include "io/csvreader.h"
#include "io/tabularreader.h"
#include "money/bounds.h"
#include "stats/period.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace tongxin {

namespace salesimportdetail {

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
    if (transaction) {
        if (const QString refused = Access::tableRefusal(m_db, QStringLiteral("sales")); !refused.isEmpty()) {
            fail(refused, SalesImportResult::Failure::Refused);
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
        // Likewise the text index (schema 4): its rows are added in one statement at the end.
        m_searchIndex = SalesSearch::exists(m_db);
        if (m_searchIndex && !SalesSearch::suspendTrigger(m_db, &m_suspendedSearch, &why)) {
            fail(why);
            return;
        }
        // And the audit trail: one entry for the import, naming the rows it added; and the
        // period locks: its rows checked once, at the end.
        if (!AuditTrail::suspendInserts(m_db, { QStringLiteral("sales") }, &why)
            || !PeriodLocks::suspendInsert(m_db, QStringLiteral("sales"), &why)) {
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
        // Checked: the per-row bound keeps real files far from the limit, but a sum that
        // wrapped would be a negative total printed as if true (issue #17).
        if (!Bounds::add(&m_result.acceptedAmountFen, row.amountFen)) {
            fail(SalesImport::tr("Row %1: the total of the amounts is too large to be added up.").arg(m_reader.rowNumber()),
                SalesImportResult::Failure::File);
            return;
        }
        ++m_result.accepted;
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
    if (m_result.accepted == 0 && m_result.replaced == 0) {
        // Nothing to add (every row invalid and skipped, or a duplicate): roll back, so not a
        // byte of the file changes — the summary triggers suspended above included (issue #17).
        m_result.status = Status::Imported;
        return;
    }
    QString why;
    if (m_summary
        && (!m_sums.apply(m_db, &why) || !SalesSummary::removeEmpty(m_db, &why)
            || !SalesSummary::resumeTriggers(m_db, m_suspendedTriggers, &why))) {
        fail(why);
        return;
    }
    // The rows this import added are those above the ledger's largest id before it.
    if (m_searchIndex
        && (!SalesSearch::indexRowsAfter(m_db, m_maxId, &why)
            || !SalesSearch::resumeTrigger(m_db, m_suspendedSearch, &why))) {
        fail(why);
        return;
    }
    m_insert.finish();
    m_insertBatch.finish();
    if (const QString locked = PeriodLocks::refusalAfter(m_db, QStringLiteral("sales"), m_maxId, &why); !locked.isEmpty()) {
        fail(locked, SalesImportResult::Failure::Refused);
        return;
    }
    if (const QString refused = Access::refusalAfter(m_db, QStringLiteral("sales"), m_maxId); !refused.isEmpty()) {
        fail(refused, SalesImportResult::Failure::Refused);
        return;
    }
    if (!why.isEmpty() || !PeriodLocks::resumeInsert(m_db, QStringLiteral("sales"), &why)) {
        fail(why);
        return;
    }
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT min(id), max(id) FROM sales WHERE id > %1").arg(m_maxId)) || !last.next()) {
        fail(last.lastError().text());
        return;
    }
    const QJsonObject report { { QStringLiteral("rows"), m_result.rowsRead }, { QStringLiteral("added"), m_result.accepted },
        { QStringLiteral("first_id"), last.value(0).toLongLong() }, { QStringLiteral("last_id"), last.value(1).toLongLong() },
        { QStringLiteral("replaced"), m_result.replaced }, { QStringLiteral("duplicates"), m_result.duplicates },
        { QStringLiteral("invalid_skipped"), m_result.rowsInvalid },
        { QStringLiteral("amount_fen"), m_result.acceptedAmountFen } };
    if (!AuditTrail::resumeInserts(m_db, { QStringLiteral("sales") }, &why)
        || !AuditTrail::noteImport(m_db, QStringLiteral("sales"), m_reader.path(), report, &why)) {
        fail(why);
        return;
    }
    if (!transaction->commit()) {
        fail(SalesImport::tr("The import could not be saved: %1").arg(DbError::describe(transaction->lastSqlError())));
        return;
    }
    m_result.imported = m_result.accepted;
    m_result.status = Status::Imported;
}

} // namespace salesimportdetail

using salesimportdetail::Importer;

SalesImport::SalesImport(QSqlDatabase db)
    : m_db(db)
{ }

SalesImportResult SalesImport::run(
    TabularReader &reader, const SalesMapping *mapping, const SalesImportOptions &options)
{
    SalesImportResult result;
    Importer(m_db, reader, options, result).run(mapping);
    result.fileLines = reader.lineCount();
    if (!result.ok())
        result.imported = 0;
    if (result.status == SalesImportResult::Status::Failed || result.status == SalesImportResult::Status::Cancelled)
        result.replaced = 0;
    return result;
}

void SalesImport::period(const QSqlDatabase &db, int *from, int *to)
{
    // One definition of the office's period (stats/period.h).
    const OfficePeriod p = OfficePeriod::fromSettings(db);
    *from = p.from;
    *to = p.to;
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

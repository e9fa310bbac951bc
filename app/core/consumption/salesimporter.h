#pragma once

// The sales import's worker, private to app/core/consumption (salesimport.cpp runs and writes,
// salesimportrows.cpp finds the header, loads the lookups and validates each row).

#include "consumption/salesimport.h"
#include "consumption/salessummary.h"

#include "export/csvexporter.h"
#include "io/tabularreader.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace tongxin::salesimportdetail {

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
inline size_t qHash(const SaleKey &k, size_t seed = 0) noexcept
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

inline QString folded(const QString &s)
{
    return s.trimmed().toCaseFolded();
}

inline QVariant textOrNull(const QString &s)
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
        if (c < 0 || c >= cells.size())
            return QString();
        // A CSV export protects text that a spreadsheet would run as a formula with one leading
        // apostrophe (CsvExporter::neutralise): take it off, so names come back as they were.
        return m_textFile ? CsvExporter::restore(cells.at(c).trimmed()) : cells.at(c).trimmed();
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
    bool m_searchIndex = false; // the database has the text index sales_fts: keep it current
    QStringList m_suspendedSearch;
    QSqlQuery m_lookup;
    // Keys of the ledger's rows on a day, loaded with one query the first time a row of the
    // file has that day (the duplicate check is then a hash lookup, whatever the ledger's size).
    QHash<QString, QSet<SaleKey>> m_ledgerKeys;
    bool m_rowInvalid = false;
    // A text file (CSV): the exporter's apostrophe before a formula character is taken off.
    bool m_textFile = false;
    // The office's period (years) and the dates outside it, by ISO date text.
    int m_periodFrom = 0;
    int m_periodTo = 0;
};

} // namespace tongxin::salesimportdetail

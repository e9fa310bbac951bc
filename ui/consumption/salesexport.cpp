#include "consumption/salesexport.h"

#include "consumption/salesfields.h"
#include "export/csvexporter.h"
#include "export/xlsxexporter.h"

#include <QFileInfo>

namespace tongxin {

namespace {

constexpr int Batch = 2000;

class SalesSource final : public TableSource
{
public:
    SalesSource(const QSqlDatabase &db, const QVector<qint64> &ids, const QVector<SalesModel::Column> &columns,
        const QString &title, const QString &description)
        : m_db(db)
        , m_ids(ids)
        , m_columns(columns)
        , m_title(title)
        , m_description(description)
    { }

    QString title() const override { return m_title; }
    QString filterDescription() const override { return m_description; }
    QVector<ExportColumn> columns() const override
    {
        QVector<ExportColumn> out;
        for (const SalesModel::Column c : m_columns)
            out.push_back({ SalesModel::header(c), SalesExport::cellType(c) });
        return out;
    }
    qint64 rowCountHint() const override { return m_ids.size(); }
    bool totalsRow() const override { return true; }
    bool start() override
    {
        m_next = 0;
        m_batch.clear();
        m_batchAt = 0;
        m_error.clear();
        return true;
    }
    bool next(ExportRow &row) override
    {
        // (A batch comes back short, or empty, when rows were deleted meanwhile.)
        while (m_batchAt >= m_batch.size()) {
            if (m_next >= m_ids.size())
                return false;
            const QVector<qint64> slice = m_ids.mid(m_next, Batch);
            m_next += slice.size();
            SalesQuery query(m_db);
            m_batch = query.records(slice);
            m_batchAt = 0;
            if (!query.lastError().isEmpty()) {
                m_error = query.lastError();
                return false;
            }
        }
        const SalesRecord &r = m_batch.at(m_batchAt++);
        row.resize(m_columns.size());
        for (int i = 0; i < m_columns.size(); ++i)
            row[i] = SalesExport::value(r, m_columns.at(i));
        return true;
    }
    QString errorString() const override { return m_error; }

private:
    QSqlDatabase m_db;
    QVector<qint64> m_ids;
    QVector<SalesModel::Column> m_columns;
    QString m_title;
    QString m_description;
    QVector<SalesRecord> m_batch;
    int m_batchAt = 0;
    qint64 m_next = 0;
    QString m_error;
};

} // namespace

std::unique_ptr<TableSource> SalesExport::source(const QSqlDatabase &db, const QVector<qint64> &ids,
    const QVector<SalesModel::Column> &columns, const QString &title, const QString &description)
{
    return std::make_unique<SalesSource>(db, ids, columns, title, description);
}

CellType SalesExport::cellType(SalesModel::Column column)
{
    switch (column) {
    case SalesModel::Date:
        return CellType::Date;
    case SalesModel::Quantity:
        return CellType::Decimal;
    case SalesModel::Amount:
        return CellType::Money;
    default:
        return CellType::Text;
    }
}

QVariant SalesExport::value(const SalesRecord &r, SalesModel::Column column)
{
    switch (column) {
    case SalesModel::Date:
        return r.date;
    case SalesModel::Quantity:
        return r.hasQuantity ? QVariant(r.quantity) : QVariant();
    case SalesModel::Amount:
        return r.amountFen;
    case SalesModel::ForDonation: // 是/否 or Yes/No, which the importer reads back
        return SalesFields::yesNo(r.forDonation);
    default: {
        const QString text = SalesModel::displayText(r, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

bool SalesExport::write(
    TableSource &source, const QString &path, QString *error, const ExportProgress &progress, bool *cancelled)
{
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    bool ok = false;
    QString why;
    bool stopped = false;
    if (csv) {
        CsvExporter exporter;
        exporter.setProgress(progress);
        ok = exporter.write(source, path);
        why = exporter.errorString();
        stopped = exporter.wasCancelled();
    } else {
        XlsxExporter exporter;
        exporter.setProgress(progress);
        ok = exporter.write(source, path);
        why = exporter.errorString();
        stopped = exporter.wasCancelled();
    }
    if (error)
        *error = why;
    if (cancelled)
        *cancelled = stopped;
    return ok;
}

} // namespace tongxin

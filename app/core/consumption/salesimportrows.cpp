// The sales import, reading side: the header row, the lookups (western units, outlets, the
// ledger's days), the validation of each row and the duplicate check against the ledger.

#include "consumption/salesimporter.h"

#include "db/dberror.h"
#include "domain/labels.h"
#include "io/csvreader.h"
#include "money/bounds.h"

#include <QRegularExpression>
#include <QSqlError>

namespace tongxin::salesimportdetail {

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
    // Two columns for one field: which one is meant cannot be guessed (issue #17).
    for (int c = 0; !mapping && c < m_result.headers.size(); ++c) {
        const SalesField f = SalesFields::fromHeader(m_result.headers.at(c));
        const int first = f == SalesField::Count ? -1 : m_result.mapping.column(f);
        if (first >= 0 && first != c) {
            fail(SalesImport::tr("Columns %1 and %2 (row %3) are both headed \"%4\" (%5): keep one, or rename the "
                                 "other.")
                     .arg(TabularReader::columnLabel(first), TabularReader::columnLabel(c))
                     .arg(m_result.headerRow)
                     .arg(m_result.headers.at(c).trimmed(), SalesFields::label(f)),
                SalesImportResult::Failure::Mapping);
            return false;
        }
    }
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
    m_textFile = dynamic_cast<CsvReader *>(&m_reader) != nullptr;
    SalesImport::period(m_db, &m_periodFrom, &m_periodTo);
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
    // An outside-period date is invalid or a warning as the options say (validate()).
    if (!issue.isDuplicate() && kind != ImportIssue::Kind::OutsidePeriod)
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
        // A spreadsheet's serial day number comes from a number cell of a workbook; in a text
        // file or a text cell "2020" is a year or a typo, not 12 July 1905 (issue #17).
        static const QRegularExpression bareNumber(QStringLiteral("^\\d{1,6}(?:\\.\\d+)?$"));
        const bool serialText = bareNumber.match(text).hasMatch();
        const bool serial = serialText && m_reader.isNumberCell(m_result.mapping.column(SalesField::Date));
        auto it = m_dates.constFind(text);
        if (serialText && !serial) {
            it = m_dates.constEnd();
        } else if (it == m_dates.constEnd()) {
            const QDate d = SalesFields::parseDate(text, m_reader.date1904());
            it = m_dates.insert(text, d.isValid() ? d.toString(Qt::ISODate) : QString());
        }
        if (it == m_dates.constEnd() || it->isEmpty()) {
            addIssue(serialText && !serial ? K::NumberNotADate : K::BadDate, SalesField::Date, text);
        } else {
            r->date = *it;
            const int year = QStringView(*it).left(4).toInt();
            if (year < m_periodFrom || year > m_periodTo) {
                ++m_result.outsidePeriod;
                addIssue(K::OutsidePeriod, SalesField::Date, *it);
                ImportIssue &issue = m_result.issues.last();
                issue.periodFrom = m_periodFrom;
                issue.periodTo = m_periodTo;
                if (m_options.allowOutsidePeriod)
                    issue.warning = true;
                else
                    m_rowInvalid = true;
            }
        }
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
        else if (r->quantity > Bounds::MaxQuantity)
            addIssue(K::QuantityTooLarge, SalesField::Quantity, text);
    }
    r->unit = cell(cells, SalesField::Unit);
    if (required(SalesField::Amount, &text)) {
        if (!SalesFields::parseAmount(text, &r->amountFen))
            addIssue(K::NotAnAmount, SalesField::Amount, text);
        else if (r->amountFen < 0)
            addIssue(K::NegativeAmount, SalesField::Amount, text);
        else if (r->amountFen > Bounds::MaxSaleFen)
            addIssue(K::AmountTooLarge, SalesField::Amount, text);
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

} // namespace tongxin::salesimportdetail

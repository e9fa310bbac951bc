#include "consumption/salesquery.h"

#include "consumption/salessearch.h"
#include "consumption/saleswhere_p.h"
#include "consumption/salessummary.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tongxin {

using salesdetail::Where;
using salesdetail::whereOf;

namespace {

constexpr int IdBatch = 500;


QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Conditions on everything but the date, for the ledger (alias s) or its monthly summary
// (alias m, where no outlet is 0 and no category ''). `suffix` keeps placeholder names unique
// when one statement reads both.
void addDimensions(const SalesFilter &f, bool summary, const QString &suffix, Where *w, const SalesSearch::Plan &plan)
{
    const QString a = summary ? QStringLiteral("m.") : QStringLiteral("s.");
    const auto add = [&](const QString &column, const QString &name, const QVariant &value) {
        const QString placeholder = QLatin1Char(':') + name + suffix;
        w->sql += QStringLiteral(" AND ") + a + column + QStringLiteral(" = ") + placeholder;
        w->binds.push_back({ placeholder, value });
    };
    if (!f.channel.isEmpty())
        add(QStringLiteral("channel"), QStringLiteral("channel"), f.channel);
    if (f.outletId == SalesFilter::NoOutlet)
        w->sql += summary ? QStringLiteral(" AND m.outlet_id = 0") : QStringLiteral(" AND s.outlet_id IS NULL");
    else if (f.outletId > 0)
        add(QStringLiteral("outlet_id"), QStringLiteral("outlet"), f.outletId);
    if (f.countyId > 0)
        add(QStringLiteral("county_id"), QStringLiteral("county"), f.countyId);
    if (!f.category.isEmpty())
        add(QStringLiteral("category"), QStringLiteral("category"), f.category);
    if (!f.buyerType.isEmpty())
        add(QStringLiteral("buyer_type"), QStringLiteral("buyer"), f.buyerType);
    if (f.forDonation >= 0)
        add(QStringLiteral("purchase_for_donation"), QStringLiteral("donation"), f.forDonation > 0 ? 1 : 0);
    const QString search = f.search.trimmed();
    if (!summary && !search.isEmpty()) {
        const QString pattern = likePattern(search);
        // With the text index: only the rows it gives (and those of outlets whose name
        // matches) are read; the LIKE below still decides, so the rows are those of a scan.
        using Kind = SalesSearch::Plan::Kind;
        // The outlets' ids are known in advance when the plan looked them up: a list of ids
        // reads the outlet index, where a subquery lets the planner scan the whole ledger.
        QString outlets; // empty: no outlet's name has the text
        if (plan.outletsKnown) {
            QStringList ids;
            for (const qint64 id : plan.outletIds)
                ids << QString::number(id);
            outlets = ids.join(QLatin1Char(','));
        } else if (plan.kind != Kind::Scan) {
            outlets = QStringLiteral("SELECT id FROM outlets WHERE name LIKE :s6%1 ESCAPE '\\'").arg(suffix);
            w->binds.push_back({ QStringLiteral(":s6") + suffix, pattern });
        }
        if (plan.kind == Kind::Match) {
            const QString byOutlet = outlets.isEmpty()
                ? QString()
                : QStringLiteral(" UNION ALL SELECT id FROM sales WHERE outlet_id IN (%1)").arg(outlets);
            w->sql += QStringLiteral(" AND s.id IN (SELECT rowid FROM sales_fts WHERE sales_fts MATCH :sm%1%2)")
                          .arg(suffix, byOutlet);
            w->binds.push_back({ QStringLiteral(":sm") + suffix, plan.match });
        } else if (plan.kind == Kind::None) {
            // No ledger text has it: only the rows of outlets whose name has it can match.
            w->sql += outlets.isEmpty() ? QStringLiteral(" AND 0") : QStringLiteral(" AND s.outlet_id IN (%1)").arg(outlets);
        }
        // Distinct placeholder names: one value bound to each use.
        w->sql += QStringLiteral(" AND (s.product LIKE :s1%1 ESCAPE '\\' OR s.category LIKE :s2%1 ESCAPE '\\'"
                                 " OR s.unit LIKE :s3%1 ESCAPE '\\' OR s.source_ref LIKE :s4%1 ESCAPE '\\'"
                                 " OR s.outlet_id IN (SELECT id FROM outlets WHERE name LIKE :s5%1 ESCAPE '\\'))")
                      .arg(suffix);
        for (int i = 1; i <= 5; ++i)
            w->binds.push_back({ QStringLiteral(":s%1%2").arg(i).arg(suffix), pattern });
    }
}

// `byIndex`: the rows come from the text index; "+" keeps the planner from reading the date
// index instead (every row of the range, each checked against the search).
void addDays(const QString &from, const QString &to, const QString &suffix, Where *w, bool byIndex = false)
{
    w->sql += QStringLiteral("%2s.sale_date BETWEEN :from%1 AND :to%1")
                  .arg(suffix, byIndex ? QStringLiteral("+") : QString());
    w->binds.push_back({ QStringLiteral(":from") + suffix, from });
    w->binds.push_back({ QStringLiteral(":to") + suffix, to });
}

// The ledger rows of a filter. The date range is always there: it is the leading column of the
// date index. Only the other filters that are set become conditions, so SQLite can pick the
// index that fits ("(:x = 0 OR col = :x)" would hide the column from the planner).
bool byIndex(const SalesFilter &f, const SalesSearch::Plan &plan)
{
    return !f.search.trimmed().isEmpty() && plan.kind != SalesSearch::Plan::Kind::Scan;
}

} // namespace

Where salesdetail::whereOf(const SalesFilter &f, const SalesSearch::Plan &plan)
{
    Where w;
    addDays(f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"),
        f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"), QString(), &w,
        byIndex(f, plan));
    addDimensions(f, false, QString(), &w, plan);
    return w;
}

namespace {

using Keys = QVector<QPair<QString, QString>>; // {expression on m (summary), expression on s (ledger)}

QString keyColumns(const Keys &keys, bool summary)
{
    QStringList out;
    for (int i = 0; i < keys.size(); ++i)
        out << (summary ? keys.at(i).first : keys.at(i).second) + QStringLiteral(" AS k%1").arg(i);
    return out.isEmpty() ? QString() : out.join(QLatin1String(", ")) + QLatin1String(", ");
}

QString groupBy(const Keys &keys)
{
    QStringList out;
    for (int i = 0; i < keys.size(); ++i)
        out << QString::number(i + 1);
    return out.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + out.join(QLatin1String(", "));
}

// A subquery "(…)" with columns k0…kN (the keys), n (rows) and v (amount, fen) for a filter.
// Whole months come from the summary when there is one and no text is searched; the days of
// a partly covered first or last month come from the ledger, through the date index.
QString aggregateSource(
    bool summary, const SalesFilter &f, const SalesSearch::Plan &plan, const Keys &keys, Where *w)
{
    const auto ledger = [&](const QString &from, const QString &to, const QString &suffix) {
        Where part;
        addDays(from, to, suffix, &part, byIndex(f, plan));
        addDimensions(f, false, suffix, &part, plan);
        w->binds += part.binds;
        return QStringLiteral("SELECT ") + keyColumns(keys, false)
            + QStringLiteral("count(*) AS n, sum(s.amount_fen) AS v FROM sales s WHERE ") + part.sql + groupBy(keys);
    };
    const QString open1 = QStringLiteral("0000-01-01");
    const QString open2 = QStringLiteral("9999-12-31");
    const QDate from = f.from;
    const QDate to = f.to;
    const QDate firstFull = !from.isValid() ? QDate()
        : from.day() == 1                   ? from
                                            : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastFull = !to.isValid() ? QDate()
        : to.day() == to.daysInMonth()   ? to
                                         : QDate(to.year(), to.month(), 1).addDays(-1);
    const bool wholeMonths = !(firstFull.isValid() && lastFull.isValid() && firstFull > lastFull);
    if (!summary || !f.search.trimmed().isEmpty() || !wholeMonths) {
        return QLatin1Char('(')
            + ledger(from.isValid() ? from.toString(Qt::ISODate) : open1,
                to.isValid() ? to.toString(Qt::ISODate) : open2, QString())
            + QLatin1Char(')');
    }
    QStringList parts;
    {
        Where part;
        part.sql = QStringLiteral("m.month BETWEEN :m1 AND :m2");
        part.binds.push_back({ QStringLiteral(":m1"),
            firstFull.isValid() ? firstFull.toString(QStringLiteral("yyyy-MM")) : QStringLiteral("0000-00") });
        part.binds.push_back({ QStringLiteral(":m2"),
            lastFull.isValid() ? lastFull.toString(QStringLiteral("yyyy-MM")) : QStringLiteral("9999-99") });
        addDimensions(f, true, QStringLiteral("_m"), &part, plan);
        w->binds += part.binds;
        parts << QStringLiteral("SELECT ") + keyColumns(keys, true)
                + QStringLiteral("sum(m.rows) AS n, sum(m.amount_fen) AS v FROM sales_monthly m WHERE ") + part.sql
                + groupBy(keys);
    }
    if (from.isValid() && from.day() != 1)
        parts << ledger(from.toString(Qt::ISODate),
            QDate(from.year(), from.month(), from.daysInMonth()).toString(Qt::ISODate), QStringLiteral("_a"));
    if (to.isValid() && to.day() != to.daysInMonth())
        parts << ledger(
            QDate(to.year(), to.month(), 1).toString(Qt::ISODate), to.toString(Qt::ISODate), QStringLiteral("_b"));
    return QLatin1Char('(') + parts.join(QLatin1String(" UNION ALL ")) + QLatin1Char(')');
}

const QString &recordColumns()
{
    static const QString sql = QStringLiteral(
        "SELECT s.id, s.sale_date, s.channel, s.outlet_id, o.name, s.county_id, p.name, p.name_en, s.category, "
        "s.product, s.quantity, s.unit, s.amount_fen, s.buyer_type, s.purchase_for_donation, s.source_ref "
        "FROM sales s LEFT JOIN outlets o ON o.id = s.outlet_id LEFT JOIN places p ON p.id = s.county_id ");
    return sql;
}

SalesRecord recordFrom(const QSqlQuery &q)
{
    SalesRecord r;
    r.id = q.value(0).toLongLong();
    r.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    r.channel = q.value(2).toString();
    r.outletId = q.value(3).toLongLong();
    r.outletName = q.value(4).toString();
    r.countyId = q.value(5).toLongLong();
    r.countyName = q.value(6).toString();
    r.countyNameEn = q.value(7).toString();
    r.category = q.value(8).toString();
    r.product = q.value(9).toString();
    r.hasQuantity = !q.value(10).isNull();
    r.quantity = q.value(10).toDouble();
    r.unit = q.value(11).toString();
    r.amountFen = q.value(12).toLongLong();
    r.buyerType = q.value(13).toString();
    r.forDonation = q.value(14).toInt() != 0;
    r.sourceRef = q.value(15).toString();
    return r;
}

QString orderBy(SalesQuery::Order order)
{
    return order == SalesQuery::Order::NewestFirst ? QStringLiteral(" ORDER BY s.sale_date DESC, s.id DESC")
                                                   : QStringLiteral(" ORDER BY s.sale_date, s.id");
}

} // namespace

SalesFilter SalesFilter::fromFilter(const Filter &filter)
{
    SalesFilter f;
    if (filter.fromYear > 0)
        f.from = QDate(filter.fromYear, 1, 1);
    if (filter.toYear > 0)
        f.to = QDate(filter.toYear, 12, 31);
    f.countyId = filter.countyId;
    return f;
}

bool SalesFilter::operator==(const SalesFilter &o) const
{
    return from == o.from && to == o.to && channel == o.channel && outletId == o.outletId && countyId == o.countyId
        && category == o.category && buyerType == o.buyerType && forDonation == o.forDonation && search == o.search;
}

SalesQuery::SalesQuery(QSqlDatabase db)
    : m_db(db)
    , m_summary(SalesSummary::exists(db))
    , m_index(SalesSearch::exists(db))
{ }

SalesSearch::Plan SalesQuery::searchPlan(const SalesFilter &filter) const
{
    if (!m_index || filter.search.trimmed().isEmpty())
        return {};
    SalesSearch::Plan plan = SalesSearch::plan(m_db, filter.search);
    if (plan.kind == SalesSearch::Plan::Kind::Scan)
        return plan;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.prepare(QStringLiteral("SELECT id FROM outlets WHERE name LIKE :p ESCAPE '\\'"))) {
        q.bindValue(QStringLiteral(":p"), likePattern(filter.search.trimmed()));
        if (q.exec()) {
            while (q.next())
                plan.outletIds << q.value(0).toLongLong();
            plan.outletsKnown = true;
        }
    }
    if (!plan.outletsKnown)
        plan.outletIds.clear(); // a failed look-up leaves the subquery to the ledger query
    return plan;
}

namespace {

bool run(QSqlQuery &q, const QString &sql, const Where &w, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const auto &b : w.binds)
        q.bindValue(b.first, b.second);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    error->clear();
    return true;
}

QVector<Cell> cells(QSqlQuery &q)
{
    QVector<Cell> out;
    while (q.next())
        out.push_back(Cell { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    return out;
}

} // namespace

SalesTotals SalesQuery::totals(const SalesFilter &filter) const
{
    SalesTotals t;
    Where w;
    const QString from = aggregateSource(m_summary, filter, searchPlan(filter), {}, &w);
    QSqlQuery q(m_db);
    if (run(q, QStringLiteral("SELECT ifnull(sum(n), 0), ifnull(sum(v), 0) FROM ") + from, w, &m_error) && q.next()) {
        t.rows = q.value(0).toLongLong();
        t.amountFen = q.value(1).toLongLong();
    }
    return t;
}

QVector<SalesRecord> SalesQuery::page(const SalesFilter &filter, int limit, const SalesCursor &after, Order order) const
{
    QVector<SalesRecord> out;
    Where w = whereOf(filter, searchPlan(filter));
    if (!after.isNull()) {
        w.sql += order == Order::NewestFirst ? QStringLiteral(" AND (s.sale_date, s.id) < (:cd, :cid)")
                                             : QStringLiteral(" AND (s.sale_date, s.id) > (:cd, :cid)");
        w.binds.push_back({ QStringLiteral(":cd"), after.date });
        w.binds.push_back({ QStringLiteral(":cid"), after.id });
    }
    w.binds.push_back({ QStringLiteral(":limit"), qMax(0, limit) });
    QSqlQuery q(m_db);
    if (!run(q, recordColumns() + QStringLiteral("WHERE ") + w.sql + orderBy(order) + QStringLiteral(" LIMIT :limit"),
            w, &m_error))
        return out;
    out.reserve(limit);
    while (q.next())
        out.push_back(recordFrom(q));
    return out;
}

QVector<SalesRecord> SalesQuery::pageAt(const SalesFilter &filter, qint64 offset, int limit, Order order) const
{
    QVector<SalesRecord> out;
    Where w = whereOf(filter, searchPlan(filter));
    w.binds.push_back({ QStringLiteral(":limit"), qMax(0, limit) });
    w.binds.push_back({ QStringLiteral(":offset"), qMax<qint64>(0, offset) });
    QSqlQuery q(m_db);
    if (!run(q,
            recordColumns() + QStringLiteral("WHERE ") + w.sql + orderBy(order)
                + QStringLiteral(" LIMIT :limit OFFSET :offset"),
            w, &m_error))
        return out;
    while (q.next())
        out.push_back(recordFrom(q));
    return out;
}

QVector<qint64> SalesQuery::ids(const SalesFilter &filter, Order order) const
{
    QVector<qint64> out;
    const Where w = whereOf(filter, searchPlan(filter));
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT s.id FROM sales s WHERE ") + w.sql + orderBy(order), w, &m_error))
        return out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

bool SalesQuery::matches(const SalesFilter &filter, Order order, Matches *out) const
{
    Matches m;
    const Where w = whereOf(filter, searchPlan(filter));
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT s.id, s.amount_fen, s.purchase_for_donation FROM sales s WHERE ") + w.sql
                + orderBy(order),
            w, &m_error))
        return false;
    while (q.next()) {
        const qint64 fen = q.value(1).toLongLong();
        m.ids.push_back(q.value(0).toLongLong());
        ++m.all.rows;
        m.all.amountFen += fen;
        if (q.value(2).toInt() != 0) {
            ++m.donation.rows;
            m.donation.amountFen += fen;
        }
    }
    m_error.clear();
    if (out)
        *out = std::move(m);
    return true;
}

QVector<SalesRecord> SalesQuery::records(const QVector<qint64> &ids) const
{
    QHash<qint64, SalesRecord> found;
    for (int from = 0; from < ids.size(); from += IdBatch) {
        QStringList list;
        for (int i = from; i < qMin(ids.size(), from + IdBatch); ++i)
            list << QString::number(ids.at(i));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Integers only, so they can be part of the statement.
        if (!q.exec(
                recordColumns() + QStringLiteral("WHERE s.id IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')'))) {
            m_error = q.lastError().text();
            return {};
        }
        while (q.next()) {
            const SalesRecord r = recordFrom(q);
            found.insert(r.id, r);
        }
    }
    m_error.clear();
    QVector<SalesRecord> out;
    out.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            out.push_back(*it);
    }
    return out;
}

SalesRecord SalesQuery::record(qint64 id) const
{
    const QVector<SalesRecord> one = records({ id });
    return one.isEmpty() ? SalesRecord() : one.first();
}

QVector<Cell> SalesQuery::byMonthChannel(const SalesFilter &filter) const
{
    Where w;
    const QString from = aggregateSource(m_summary, filter, searchPlan(filter),
        { { QStringLiteral("m.month"), QStringLiteral("substr(s.sale_date, 1, 7)") },
            { QStringLiteral("m.channel"), QStringLiteral("s.channel") } },
        &w);
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT k0, k1, sum(v) FROM ") + from + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"),
            w, &m_error))
        return {};
    return cells(q);
}

QVector<Cell> SalesQuery::byCounty(const SalesFilter &filter) const
{
    Where w;
    const QString from
        = aggregateSource(m_summary, filter, searchPlan(filter), { { QStringLiteral("m.county_id"), QStringLiteral("s.county_id") } }, &w);
    QSqlQuery q(m_db);
    // Sum first, then name the few groups: no join per ledger row.
    if (!run(q,
            QStringLiteral("SELECT g.k0, p.name, p.name_en, p.illustrative, g.amount FROM "
                           "(SELECT k0, sum(v) AS amount FROM ")
                + from + QStringLiteral(" GROUP BY k0) g JOIN places p ON p.id = g.k0 ORDER BY g.amount DESC, p.name"),
            w, &m_error))
        return {};
    QVector<Cell> out;
    while (q.next()) {
        Unit u;
        u.id = q.value(0).toLongLong();
        u.name = q.value(1).toString();
        u.nameEn = q.value(2).toString();
        u.illustrative = q.value(3).toInt() != 0;
        out.push_back(Cell { QString::number(u.id), u.displayName(), q.value(4).toLongLong() });
    }
    return out;
}

QVector<Cell> SalesQuery::topProducts(const SalesFilter &filter, int count) const
{
    Where w;
    const QString from = aggregateSource(m_summary, filter, searchPlan(filter),
        { { QStringLiteral("m.product"), QStringLiteral("s.product") },
            { QStringLiteral("m.category"), QStringLiteral("ifnull(s.category, '')") } },
        &w);
    w.binds.push_back({ QStringLiteral(":count"), qMax(0, count) });
    QSqlQuery q(m_db);
    if (!run(q,
            QStringLiteral("SELECT k0, min(k1), sum(v) AS amount FROM ") + from
                + QStringLiteral(" GROUP BY k0 ORDER BY amount DESC, k0 LIMIT :count"),
            w, &m_error))
        return {};
    return cells(q);
}

QVector<Cell> SalesQuery::byBuyerType(const SalesFilter &filter) const
{
    Where w;
    const QString from = aggregateSource(m_summary, filter, searchPlan(filter),
        { { QStringLiteral("m.buyer_type"), QStringLiteral("s.buyer_type") },
            { QStringLiteral("m.purchase_for_donation"), QStringLiteral("s.purchase_for_donation") } },
        &w);
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT k0, k1, sum(v) FROM ") + from + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"),
            w, &m_error))
        return {};
    return cells(q);
}

QStringList SalesQuery::categories() const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The summary has every category of the ledger ('' for none) in far fewer rows.
    const QString sql = m_summary
        ? QStringLiteral("SELECT DISTINCT category FROM sales_monthly WHERE category <> '' ORDER BY 1")
        : QStringLiteral("SELECT DISTINCT category FROM sales WHERE category IS NOT NULL ORDER BY 1");
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    m_error.clear();
    return out;
}

QVector<QPair<qint64, QString>> SalesQuery::outlets() const
{
    QVector<QPair<qint64, QString>> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM outlets ORDER BY CASE kind WHEN 'showroom' THEN 0 WHEN 'counter' "
                               "THEN 1 WHEN 'shop' THEN 2 WHEN 'supermarket' THEN 3 WHEN 'online' THEN 4 ELSE 5 END, "
                               "name"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString() });
    m_error.clear();
    return out;
}

QPair<QDate, QDate> SalesQuery::dateSpan() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT min(sale_date), max(sale_date) FROM sales")) || !q.next()) {
        m_error = q.lastError().text();
        return {};
    }
    m_error.clear();
    return { QDate::fromString(q.value(0).toString(), Qt::ISODate),
        QDate::fromString(q.value(1).toString(), Qt::ISODate) };
}

} // namespace tongxin

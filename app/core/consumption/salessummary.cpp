#include "consumption/salessummary.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tongxin {

namespace {

const QLatin1String Keys("month, county_id, channel, outlet_id, category, product, buyer_type, purchase_for_donation");

// The summary key of ledger rows, as SELECT expressions over `sales`.
const QLatin1String KeyOfSales(
    "substr(sale_date, 1, 7), county_id, channel, ifnull(outlet_id, 0), ifnull(category, ''), "
    "product, buyer_type, purchase_for_donation");

const QLatin1String KeyOfSalesNamed(
    "substr(sale_date, 1, 7) AS month, county_id, channel, ifnull(outlet_id, 0) AS outlet_id, "
    "ifnull(category, '') AS category, product, buyer_type, purchase_for_donation");

QString upsertTail()
{
    return QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET rows = rows + excluded.rows, "
                          "amount_fen = amount_fen + excluded.amount_fen")
        .arg(Keys);
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

void SalesSummary::Accumulator::add(const QString &date, qint64 countyId, const QString &channel, qint64 outletId,
    const QString &category, const QString &product, const QString &buyerType, bool forDonation, qint64 amountFen)
{
    const QStringView month = QStringView(date).left(7);
    // The key: the texts separated by U+001F, the numbers as raw 16-bit units (no formatting).
    QString &k = m_key;
    k.clear();
    k += month;
    for (const qint64 v : { countyId, outletId }) {
        for (int shift = 0; shift < 64; shift += 16)
            k += QChar(char16_t((quint64(v) >> shift) & 0xFFFF));
    }
    k += channel;
    k += QChar(0x1F);
    k += category;
    k += QChar(0x1F);
    k += product;
    k += QChar(0x1F);
    k += buyerType;
    k += forDonation ? QLatin1Char('1') : QLatin1Char('0');
    auto it = m_sums.find(k);
    if (it == m_sums.end())
        it = m_sums.insert(k,
            Sum { month.toString(), countyId, channel, outletId,
                category.isNull() ? QString(QLatin1String("")) : category, product, buyerType, forDonation ? 1 : 0, 0,
                0 }); // '' (not NULL) for no category, as in the table
    ++it->rows;
    it->amountFen += amountFen;
}

bool SalesSummary::Accumulator::apply(QSqlDatabase db, QString *error) const
{
    if (m_sums.isEmpty())
        return true;
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO sales_monthly(%1, rows, amount_fen) "
                                  "VALUES(:m, :k, :c, :o, :cat, :p, :b, :f, :n, :a)")
                       .arg(Keys)
            + upsertTail())) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const Sum &s : m_sums) {
        q.bindValue(QStringLiteral(":m"), s.month);
        q.bindValue(QStringLiteral(":k"), s.countyId);
        q.bindValue(QStringLiteral(":c"), s.channel);
        q.bindValue(QStringLiteral(":o"), s.outletId);
        q.bindValue(QStringLiteral(":cat"), s.category);
        q.bindValue(QStringLiteral(":p"), s.product);
        q.bindValue(QStringLiteral(":b"), s.buyerType);
        q.bindValue(QStringLiteral(":f"), s.forDonation);
        q.bindValue(QStringLiteral(":n"), s.rows);
        q.bindValue(QStringLiteral(":a"), s.amountFen);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool SalesSummary::exists(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sales_monthly'"))
        && q.next();
}

bool SalesSummary::suspendTriggers(QSqlDatabase db, QStringList *saved, QString *error)
{
    saved->clear();
    QSqlQuery q(db);
    if (!exec(q,
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name IN ('sales_monthly_insert', 'sales_monthly_delete') ORDER BY name"),
            error))
        return false;
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        *saved << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : names) {
        if (!exec(q, QStringLiteral("DROP TRIGGER %1").arg(name), error))
            return false;
    }
    return true;
}

bool SalesSummary::resumeTriggers(QSqlDatabase db, const QStringList &saved, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : saved) {
        if (!exec(q, sql, error))
            return false;
    }
    return true;
}

bool SalesSummary::subtract(QSqlDatabase db, const QString &fromWhere, QString *error)
{
    QSqlQuery q(db);
    return exec(q,
        QStringLiteral("INSERT INTO sales_monthly(%1, rows, amount_fen) SELECT %2, -count(*), -sum(amount_fen) ")
                .arg(Keys, KeyOfSales)
            + fromWhere + QStringLiteral(" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8") + upsertTail(),
        error);
}

bool SalesSummary::removeEmpty(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("DELETE FROM sales_monthly WHERE rows <= 0"), error);
}

bool SalesSummary::rebuild(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("DELETE FROM sales_monthly"), error)
        && exec(q,
            QStringLiteral("INSERT INTO sales_monthly(%1, rows, amount_fen) SELECT %2, count(*), sum(amount_fen) "
                           "FROM sales GROUP BY 1, 2, 3, 4, 5, 6, 7, 8")
                .arg(Keys, KeyOfSales),
            error);
}

bool SalesSummary::matchesLedger(const QSqlDatabase &db, QString *difference)
{
    QSqlQuery q(db);
    // Keys whose sums differ, in either direction.
    const QString sql
        = QStringLiteral("SELECT %1, sum(n), sum(a) FROM ("
                         " SELECT %2, count(*) AS n, sum(amount_fen) AS a FROM sales GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
                         " UNION ALL SELECT %1, -rows, -amount_fen FROM sales_monthly"
                         ") GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(n) <> 0 OR sum(a) <> 0 LIMIT 1")
              .arg(Keys, KeyOfSalesNamed);
    if (!q.exec(sql)) {
        if (difference)
            *difference = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true;
    if (difference) {
        QStringList key;
        for (int i = 0; i < 8; ++i)
            key << q.value(i).toString();
        *difference = QStringLiteral("sales_monthly differs from sales at (%1): rows %2, amount %3")
                          .arg(key.join(QLatin1String(", ")))
                          .arg(q.value(8).toLongLong())
                          .arg(q.value(9).toLongLong());
    }
    return false;
}

} // namespace tongxin

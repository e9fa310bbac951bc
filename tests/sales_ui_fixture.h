#pragma once

// Helpers of test_sales_ui: the independent SQL of a sales filter (written here, not taken from
// the core), setting the Consumption aid page's filters as a user would, and a translator that
// marks every string to prove retranslation.

#include "consumption/salesledger.h"
#include "consumption/salespage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>
#include <QTranslator>
#include <QVariantMap>

namespace tongxin::testing {

/// Wraps every translated string in ‹›: proves that widgets retranslate on LanguageChange.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return source && *source ? QStringLiteral("‹%1›").arg(QString::fromUtf8(source)) : QString();
    }
};

// The independent SQL of a filter: the WHERE clause written here, not taken from the core.
struct Sql
{
    QString where = QStringLiteral("1 = 1");
    QVariantMap binds;
};

inline Sql sqlOf(const SalesFilter &f)
{
    Sql s;
    const auto add = [&s](const QString &condition, const QString &name, const QVariant &value) {
        s.where += QStringLiteral(" AND ") + condition;
        s.binds.insert(name, value);
    };
    if (f.from.isValid())
        add(QStringLiteral("s.sale_date >= :from"), QStringLiteral(":from"), f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        add(QStringLiteral("s.sale_date <= :to"), QStringLiteral(":to"), f.to.toString(Qt::ISODate));
    if (!f.channel.isEmpty())
        add(QStringLiteral("s.channel = :channel"), QStringLiteral(":channel"), f.channel);
    if (f.outletId == SalesFilter::NoOutlet)
        s.where += QStringLiteral(" AND s.outlet_id IS NULL");
    else if (f.outletId > 0)
        add(QStringLiteral("s.outlet_id = :outlet"), QStringLiteral(":outlet"), f.outletId);
    if (f.countyId > 0)
        add(QStringLiteral("s.county_id = :county"), QStringLiteral(":county"), f.countyId);
    if (!f.category.isEmpty())
        add(QStringLiteral("s.category = :category"), QStringLiteral(":category"), f.category);
    if (!f.buyerType.isEmpty())
        add(QStringLiteral("s.buyer_type = :buyer"), QStringLiteral(":buyer"), f.buyerType);
    if (!f.search.isEmpty())
        add(QStringLiteral(
                "(instr(s.product, :q) OR instr(ifnull(s.category, ''), :q) OR instr(ifnull(s.unit, ''), :q) "
                "OR instr(ifnull(s.source_ref, ''), :q) OR instr(ifnull(o.name, ''), :q))"),
            QStringLiteral(":q"), f.search);
    return s;
}

inline QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        qWarning() << "prepare failed:" << sql << q.lastError().text();
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it) {
        if (sql.contains(it.key()))
            q.bindValue(it.key(), it.value());
    }
    if (!q.exec())
        qWarning() << "query failed:" << sql << q.lastError().text();
    return q;
}

struct Expected
{
    qint64 rows = 0;
    qint64 fen = 0;
    qint64 donationFen = 0;
};

inline Expected expected(const QSqlDatabase &db, const SalesFilter &f)
{
    const Sql s = sqlOf(f);
    QSqlQuery q = run(db,
        QStringLiteral("SELECT count(*), ifnull(sum(s.amount_fen), 0), "
                       "ifnull(sum(CASE WHEN s.purchase_for_donation = 1 THEN s.amount_fen END), 0) "
                       "FROM sales s LEFT JOIN outlets o ON o.id = s.outlet_id WHERE ")
            + s.where,
        s.binds);
    Expected e;
    if (q.next()) {
        e.rows = q.value(0).toLongLong();
        e.fen = q.value(1).toLongLong();
        e.donationFen = q.value(2).toLongLong();
    }
    return e;
}

inline qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {})
{
    QSqlQuery q = run(db, sql, binds);
    return q.next() ? q.value(0).toLongLong() : -1;
}

inline qint64 placeId(const QSqlDatabase &db, const QString &name)
{
    return scalar(db, QStringLiteral("SELECT id FROM places WHERE name = :n"), { { QStringLiteral(":n"), name } });
}

inline qint64 outletId(const QSqlDatabase &db, const QString &name)
{
    return scalar(db, QStringLiteral("SELECT id FROM outlets WHERE name = :n"), { { QStringLiteral(":n"), name } });
}

// Sets the page's filter widgets as a user would.
inline void applyFilter(SalesPage &page, const SalesFilter &f)
{
    page.fromCheck()->setChecked(f.from.isValid());
    if (f.from.isValid())
        page.fromDate()->setDate(f.from);
    page.toCheck()->setChecked(f.to.isValid());
    if (f.to.isValid())
        page.toDate()->setDate(f.to);
    page.channelFilter()->setCurrentIndex(page.channelFilter()->findData(f.channel));
    page.outletFilter()->setCurrentIndex(page.outletFilter()->findData(f.outletId));
    page.unitFilter()->setCurrentIndex(page.unitFilter()->findData(f.countyId));
    page.categoryFilter()->setCurrentIndex(page.categoryFilter()->findData(f.category));
    page.buyerFilter()->setCurrentIndex(page.buyerFilter()->findData(f.buyerType));
    page.ledger()->setSearchText(f.search);
}

inline qint64 cellValue(const QVector<Cell> &cells, const QString &row, const QString &column = QString())
{
    qint64 sum = 0;
    for (const Cell &c : cells) {
        if (c.row == row && (column.isEmpty() || c.column == column))
            sum += c.value;
    }
    return sum;
}

} // namespace tongxin::testing

#include "consumption/outletrules.h"

#include "domain/labels.h"
#include "money/bounds.h"
#include "money/money.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

bool blank(const QVariant &v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString text(const QVariantMap &v, const char *column)
{
    return v.value(QLatin1String(column)).toString().trimmed();
}

} // namespace

QString OutletRules::outlet(const QSqlDatabase &db, const QVariantMap &v, qint64 id)
{
    const QString name = text(v, "name");
    if (name.isEmpty())
        return tr("An outlet needs a name.");
    if (!Labels::codes(Labels::Domain::OutletKind).contains(text(v, "kind")))
        return tr("Choose the kind of outlet.");
    {
        // Sales files name their outlet: two outlets of one name could not be told apart.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM outlets WHERE name = ? AND id <> ?"));
        q.addBindValue(name);
        q.addBindValue(id);
        if (q.exec() && q.next() && q.value(0).toLongLong() > 0)
            return tr("There is already an outlet named “%1”.").arg(name);
    }
    const QVariant place = v.value(QStringLiteral("place_id"));
    if (!blank(place)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT side FROM places WHERE id = ?"));
        q.addBindValue(place);
        if (!q.exec() || !q.next())
            return tr("The place chosen does not exist.");
        if (q.value(0).toString() != QLatin1String("east"))
            return tr("An outlet is in the east: choose an eastern place.");
    }
    const QVariant opened = v.value(QStringLiteral("opened_date"));
    const QVariant closed = v.value(QStringLiteral("closed_date"));
    if (!blank(opened) && !isoDate(opened).isValid())
        return tr("The opening date is not a date.");
    if (!blank(closed) && !isoDate(closed).isValid())
        return tr("The closing date is not a date.");
    if (!blank(opened) && !blank(closed) && isoDate(closed) < isoDate(opened))
        return tr("The outlet cannot close (%1) before it opened (%2).").arg(closed.toString(), opened.toString());
    if (!blank(closed) && blank(opened))
        return tr("A closed outlet needs its opening date too.");
    if (id > 0) {
        // Its sales must stay within the new dates.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT min(sale_date), max(sale_date) FROM sales WHERE outlet_id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next() && !q.value(0).isNull()) {
            const QDate first = isoDate(q.value(0));
            const QDate last = isoDate(q.value(1));
            if (!blank(opened) && first < isoDate(opened))
                return tr("The outlet has sales from %1, before the opening date.").arg(first.toString(Qt::ISODate));
            if (!blank(closed) && last > isoDate(closed))
                return tr("The outlet has sales until %1, after the closing date.").arg(last.toString(Qt::ISODate));
        }
    }
    return QString();
}

QString OutletRules::sale(const QSqlDatabase &db, const QVariantMap &v, qint64 id)
{
    const QDate date = isoDate(v.value(QStringLiteral("sale_date")));
    if (!date.isValid())
        return tr("A sale needs its date.");
    if (!Labels::codes(Labels::Domain::Channel).contains(text(v, "channel")))
        return tr("Choose the channel of the sale.");
    const QVariant county = v.value(QStringLiteral("county_id"));
    if (blank(county))
        return tr("Choose the western unit the product comes from.");
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT level FROM places WHERE id = ?"));
        q.addBindValue(county);
        if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("county"))
            return tr("The origin of a product is a western unit (a county or district).");
    }
    if (text(v, "product").isEmpty())
        return tr("A sale needs the product sold.");
    const QVariant amount = v.value(QStringLiteral("amount_fen"));
    bool ok = false;
    const qint64 fen = amount.toLongLong(&ok);
    if (blank(amount) || !ok)
        return tr("A sale needs its amount in yuan.");
    if (fen < 0)
        return tr("The amount cannot be negative.");
    if (fen > Bounds::MaxSaleFen)
        return Bounds::tooMuchMoney(tr("A single sale"), Bounds::MaxSaleFen);
    const QVariant quantity = v.value(QStringLiteral("quantity"));
    if (!blank(quantity)) {
        bool number = false;
        const double q = quantity.toDouble(&number);
        if (!number || !qIsFinite(q))
            return tr("The quantity “%1” is not a number.").arg(quantity.toString());
        if (q < 0)
            return tr("The quantity cannot be negative.");
        if (q > Bounds::MaxQuantity)
            return Bounds::tooMany(tr("The quantity"), qint64(Bounds::MaxQuantity));
    }
    const QString buyer = text(v, "buyer_type");
    if (!buyer.isEmpty() && !Labels::codes(Labels::Domain::BuyerType).contains(buyer))
        return tr("Choose the type of buyer.");

    const QVariant outlet = v.value(QStringLiteral("outlet_id"));
    if (!blank(outlet)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name, opened_date, closed_date FROM outlets WHERE id = ?"));
        q.addBindValue(outlet);
        if (!q.exec() || !q.next())
            return tr("The outlet chosen does not exist.");
        const QString name = q.value(0).toString();
        const QDate opened = isoDate(q.value(1));
        const QDate closed = isoDate(q.value(2));
        if (opened.isValid() && date < opened)
            return tr("%1 opened on %2, after the date of this sale.").arg(name, opened.toString(Qt::ISODate));
        if (closed.isValid() && date > closed)
            return tr("%1 closed on %2, before the date of this sale.").arg(name, closed.toString(Qt::ISODate));
    }

    // The import's notion of the same sale: outlet, date, product, amount and source reference
    // (no outlet equals no outlet, no reference equals no reference).
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id FROM sales WHERE sale_date = :date AND product = :product AND amount_fen = :fen "
                       "AND ifnull(outlet_id, 0) = :outlet AND ifnull(source_ref, '') = :ref AND id <> :id LIMIT 1"));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":product"), text(v, "product"));
    q.bindValue(QStringLiteral(":fen"), fen);
    q.bindValue(QStringLiteral(":outlet"), blank(outlet) ? 0 : outlet.toLongLong());
    q.bindValue(QStringLiteral(":ref"), text(v, "source_ref"));
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next()) {
        return text(v, "source_ref").isEmpty()
            ? tr("The ledger already has this sale (%1, %2, %3). Give a source reference to tell two sales apart.")
                  .arg(date.toString(Qt::ISODate), text(v, "product"), Money::format(fen))
            : tr("The ledger already has this sale (%1, %2, %3, %4).")
                  .arg(date.toString(Qt::ISODate), text(v, "product"), Money::format(fen), text(v, "source_ref"));
    }
    return QString();
}

} // namespace tongxin

#include "stats/headline.h"

#include "money/money.h"
#include "stats/figuresources.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

QString countText(qint64 count, const QString &unit)
{
    const QString number = QLocale().toString(count);
    //: A count and its unit, e.g. "142 persons"; Chinese writes them without a space.
    return unit.isEmpty() ? number : QCoreApplication::translate("Figures", "%1 %2", "number and unit").arg(number, unit);
}

} // namespace

PairCount Headline::pairings(const QSqlDatabase &db, const QString &kind, const Filter &filter, QString *error)
{
    PairCount c;
    const FigureSource *source = FigureSources::byKey(QStringLiteral("pairing_") + kind);
    const FigureSource *atEnd = FigureSources::byKey(QStringLiteral("pairing_%1.in_force_at_end").arg(kind));
    if (!source || !atEnd) {
        if (error)
            *error = QStringLiteral("no pairing kind %1").arg(kind);
        return c;
    }
    // The pairs and their distinct parties, under the pairs' own conditions.
    const QString party = QStringLiteral("ifnull(t.%1_place_id, 0) || ':' || ifnull(t.%1_org_id, 0) || ':' || "
                                         "ifnull(t.%1_%2, 0)");
    const QString sql = source->selectSql(QStringLiteral("count(DISTINCT %1), count(DISTINCT %2), count(*)")
                                              .arg(party.arg(QStringLiteral("east"), QStringLiteral("person_id")),
                                                   party.arg(QStringLiteral("west"), QStringLiteral("household_id"))));
    QSqlQuery q;
    if (!FigureSources::queryRow(db, sql, filter, &q, error))
        return c;
    c.east = q.value(0).toLongLong();
    c.west = q.value(1).toLongLong();
    c.pairs = q.value(2).toLongLong();
    if (!FigureSources::value(db, atEnd->key, filter, &c.atEnd, error))
        return PairCount{};
    return c;
}

bool Headline::compute(const QSqlDatabase &db, const Filter &filter, HeadlineFigures *out, QString *error)
{
    HeadlineFigures r;
    for (const FigureInfo &info : Figures::all()) {
        if (info.kind != FigureInfo::Kind::Pairing) {
            if (!FigureSources::value(db, QString::fromLatin1(info.key), filter, &r.values[size_t(info.id)], error))
                return false;
            continue;
        }
        QString why;
        const PairCount c = pairings(db, QString::fromLatin1(info.pairingKind), filter, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        r.pairs[size_t(info.id)] = c;
        r.values[size_t(info.id)] = c.pairs;
    }
    for (const AreaFigureInfo &info : Figures::areaFigures()) {
        if (!FigureSources::value(db, QString::fromLatin1(info.key), filter, &r.areaValues[size_t(info.id)], error))
            return false;
    }
    if (out)
        *out = r;
    return true;
}

QString HeadlineFigures::text(Figure f) const
{
    const QLocale locale;
    switch (Figures::info(f).kind) {
    case FigureInfo::Kind::Money:
        return Money::format(value(f));
    case FigureInfo::Kind::Pairing: {
        const PairCount p = pairing(f);
        const QString east = locale.toString(p.east);
        const QString west = locale.toString(p.west);
        const QString pairs = locale.toString(p.pairs);
        return p.pairs == 1 ? QCoreApplication::translate("Figures", "%1 ↔ %2 · %3 pair").arg(east, west, pairs)
                            : QCoreApplication::translate("Figures", "%1 ↔ %2 · %3 pairs").arg(east, west, pairs);
    }
    case FigureInfo::Kind::Count:
        break;
    }
    return countText(value(f), Figures::unit(f, value(f)));
}

QString HeadlineFigures::text(AreaFigure f) const
{
    if (Figures::info(f).kind == FigureInfo::Kind::Money)
        return Money::format(value(f));
    return countText(value(f), Figures::unit(f, value(f)));
}

QJsonObject HeadlineFigures::toJson() const
{
    QJsonObject o;
    for (const FigureInfo &info : Figures::all()) {
        const QString key = QString::fromLatin1(info.key);
        if (info.kind == FigureInfo::Kind::Pairing) {
            const PairCount c = pairing(info.id);
            o.insert(key, QJsonObject{{QStringLiteral("east"), c.east},
                                      {QStringLiteral("west"), c.west},
                                      {QStringLiteral("pairs"), c.pairs},
                                      {QStringLiteral("in_force_at_end"), c.atEnd}});
        } else {
            o.insert(key, value(info.id));
        }
    }
    for (const AreaFigureInfo &info : Figures::areaFigures())
        o.insert(QString::fromLatin1(info.key), value(info.id));
    return o;
}

} // namespace tongxin

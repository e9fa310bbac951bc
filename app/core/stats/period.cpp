#include "stats/period.h"

#include "stats/breakdowns.h"

#include <QDate>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

bool settingsPeriod(const QSqlDatabase &db, int *from, int *to)
{
    int f = 0;
    int t = 0;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN ('period_from', 'period_to')"))) {
        while (q.next())
            (q.value(0).toString() == QLatin1String("period_from") ? f : t) = q.value(1).toInt();
    }
    if (f < 1900 || t < f || t > 2100)
        return false;
    *from = f;
    *to = t;
    return true;
}

} // namespace

OfficePeriod OfficePeriod::fromSettings(const QSqlDatabase &db)
{
    OfficePeriod p;
    if (settingsPeriod(db, &p.from, &p.to)) {
        p.source = Source::Settings;
        return p;
    }
    p.from = 2000;
    p.to = QDate::currentDate().year() + 1;
    p.source = Source::Default;
    return p;
}

OfficePeriod OfficePeriod::of(const QSqlDatabase &db)
{
    OfficePeriod p = fromSettings(db);
    if (p.source == Source::Settings)
        return p;
    const QVector<int> years = Breakdowns::years(db);
    if (!years.isEmpty()) {
        p.from = years.first();
        p.to = years.last();
        p.source = Source::Records;
    }
    return p;
}

QString OfficePeriod::text() const
{
    return from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
}

bool OutsidePeriod::isStock(Figure f)
{
    return f == Figure::WorkingGroups || f == Figure::ConsumptionOutlets
        || Figures::info(f).kind == FigureInfo::Kind::Pairing;
}

bool OutsidePeriod::isStock(AreaFigure f)
{
    return f == AreaFigure::CadresInPost || f == AreaFigure::ProfessionalsInPost;
}

bool OutsidePeriod::compute(const QSqlDatabase &db, int from, int to, qint64 county, OutsidePeriod *out, QString *error)
{
    OutsidePeriod r;
    r.from = from;
    r.to = to;
    HeadlineFigures before;
    HeadlineFigures after;
    if (!Headline::compute(db, Filter { 0, from - 1, county }, &before, error)
        || !Headline::compute(db, Filter { to + 1, 0, county }, &after, error))
        return false;
    for (const FigureInfo &info : Figures::all()) {
        if (!isStock(info.id))
            r.figures.values[size_t(info.id)] = before.value(info.id) + after.value(info.id);
    }
    for (const AreaFigureInfo &info : Figures::areaFigures()) {
        if (!isStock(info.id))
            r.figures.areaValues[size_t(info.id)] = before.value(info.id) + after.value(info.id);
    }
    if (out)
        *out = r;
    return true;
}

bool OutsidePeriod::any() const
{
    for (const qint64 v : figures.values) {
        if (v != 0)
            return true;
    }
    for (const qint64 v : figures.areaValues) {
        if (v != 0)
            return true;
    }
    return false;
}

QVector<QPair<QString, QString>> OutsidePeriod::items() const
{
    QVector<QPair<QString, QString>> out;
    for (const FigureInfo &info : Figures::all()) {
        if (!isStock(info.id) && figures.value(info.id) != 0)
            out.push_back({ Figures::label(info.id), figures.text(info.id) });
    }
    for (const AreaFigureInfo &info : Figures::areaFigures()) {
        if (!isStock(info.id) && figures.value(info.id) != 0)
            out.push_back({ Figures::label(info.id), figures.text(info.id) });
    }
    return out;
}

QStringList OutsidePeriod::lines() const
{
    QStringList out;
    for (const auto &item : items())
        //: A figure outside the period: "Training person-times: 839 person-times".
        out << tr("%1: %2").arg(item.first, item.second);
    return out;
}

QJsonObject OutsidePeriod::toJson() const
{
    QJsonObject o;
    for (const FigureInfo &info : Figures::all()) {
        if (!isStock(info.id) && figures.value(info.id) != 0)
            o.insert(QString::fromLatin1(info.key), figures.value(info.id));
    }
    for (const AreaFigureInfo &info : Figures::areaFigures()) {
        if (!isStock(info.id) && figures.value(info.id) != 0)
            o.insert(QString::fromLatin1(info.key), figures.value(info.id));
    }
    o.insert(QStringLiteral("period_from"), from);
    o.insert(QStringLiteral("period_to"), to);
    QJsonArray stocks;
    for (const FigureInfo &info : Figures::all()) {
        if (isStock(info.id))
            stocks << QString::fromLatin1(info.key);
    }
    for (const AreaFigureInfo &info : Figures::areaFigures()) {
        if (isStock(info.id))
            stocks << QString::fromLatin1(info.key);
    }
    // Stocks count what was in force during the period; they are not added across periods.
    o.insert(QStringLiteral("stocks_not_included"), stocks);
    return o;
}

} // namespace tongxin

#include "report/indicators.h"

#include "domain/labels.h"
#include "i18n/language.h"
#include "money/money.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

struct ExtraInfo
{
    ExtraIndicator id;
    const char *key;
    const char *area;
    bool money;
    const char *label; // context "Indicators"
};

const ExtraInfo Extras[ExtraIndicatorCount] = {
    { ExtraIndicator::LabourPlaced, "labour_placed", "labour", false,
        QT_TRANSLATE_NOOP("Indicators", "Rural workers placed in jobs") },
    { ExtraIndicator::LabourPlacedPoor, "labour_placed_poor", "labour", false,
        QT_TRANSLATE_NOOP("Indicators", "Of whom registered poor") },
    { ExtraIndicator::DonationsCash, "donations_cash_fen", "social", true,
        QT_TRANSLATE_NOOP("Indicators", "Donations in cash") },
    { ExtraIndicator::DonationsGoods, "donations_goods_fen", "social", true,
        QT_TRANSLATE_NOOP("Indicators", "Donations in kind (value)") },
};

} // namespace

QString IndicatorInfo::label() const
{
    if (headline)
        return Figures::label(figure);
    return QCoreApplication::translate("Indicators", Extras[int(extra)].label);
}

qint64 IndicatorValues::value(const IndicatorInfo &info) const
{
    return info.headline ? headline.value(info.figure) : extra[size_t(info.extra)];
}

QString IndicatorValues::text(const IndicatorInfo &info) const
{
    if (info.headline)
        return headline.text(info.figure);
    const qint64 v = value(info);
    if (info.money)
        return Money::format(v);
    const QString unit = v == 1 ? QCoreApplication::translate("Figures", "person")
                                : QCoreApplication::translate("Figures", "persons");
    return QCoreApplication::translate("Figures", "%1 %2", "number and unit").arg(Language::locale().toString(v), unit);
}

QStringList Indicators::areas()
{
    return Labels::codes(Labels::Domain::Area);
}

const QVector<IndicatorInfo> &Indicators::all()
{
    static const QVector<IndicatorInfo> list = [] {
        QVector<IndicatorInfo> out;
        for (const QString &area : Labels::codes(Labels::Domain::Area)) {
            for (const FigureInfo &f : Figures::all()) {
                if (area != QLatin1String(f.area))
                    continue;
                IndicatorInfo i;
                i.key = QString::fromLatin1(f.key);
                i.area = area;
                i.money = f.kind == FigureInfo::Kind::Money;
                i.headline = true;
                i.figure = f.id;
                i.officeWide = f.id == Figure::WorkingGroups || f.id == Figure::ConsumptionOutlets;
                out.push_back(i);
            }
            for (const ExtraInfo &e : Extras) {
                if (area != QLatin1String(e.area))
                    continue;
                IndicatorInfo i;
                i.key = QString::fromLatin1(e.key);
                i.area = area;
                i.money = e.money;
                i.extra = e.id;
                out.push_back(i);
            }
        }
        return out;
    }();
    return list;
}

QVector<IndicatorInfo> Indicators::ofArea(const QString &area)
{
    QVector<IndicatorInfo> out;
    for (const IndicatorInfo &i : all()) {
        if (i.area == area)
            out.push_back(i);
    }
    return out;
}

const IndicatorInfo *Indicators::byKey(const QString &key)
{
    for (const IndicatorInfo &i : all()) {
        if (i.key == key)
            return &i;
    }
    return nullptr;
}

bool Indicators::compute(const QSqlDatabase &db, const Filter &filter, IndicatorValues *out, QString *error)
{
    IndicatorValues r;
    if (!Headline::compute(db, filter, &r.headline, error))
        return false;
    // The labour and donation indicators are Headline's area figures: one query for both.
    r.extra[size_t(ExtraIndicator::LabourPlaced)] = r.headline.value(AreaFigure::LabourPersonsPlaced);
    r.extra[size_t(ExtraIndicator::LabourPlacedPoor)] = r.headline.value(AreaFigure::LabourPoorPlaced);
    r.extra[size_t(ExtraIndicator::DonationsCash)] = r.headline.value(AreaFigure::DonationsCash);
    r.extra[size_t(ExtraIndicator::DonationsGoods)] = r.headline.value(AreaFigure::DonationsInKind);
    if (out)
        *out = r;
    return true;
}

QHash<QString, qint64> Indicators::targets(const QSqlDatabase &db, const Filter &filter, QString *error)
{
    QHash<QString, qint64> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT indicator, sum(value) FROM targets WHERE year BETWEEN :y1 AND :y2 "
                             "AND (:county = 0 OR county_id = :county) GROUP BY indicator"));
    q.bindValue(QStringLiteral(":y1"), filter.firstYear());
    q.bindValue(QStringLiteral(":y2"), filter.lastYear());
    q.bindValue(QStringLiteral(":county"), filter.countyId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

double Indicators::completion(qint64 actual, qint64 target)
{
    return target > 0 ? double(actual) / double(target) : -1.0;
}

double Completion::rate() const
{
    return Indicators::completion(actual, target);
}

bool Indicators::completions(
    const QSqlDatabase &db, const Filter &filter, QHash<QString, Completion> *out, QString *error)
{
    QHash<QString, Completion> result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT county_id, year, indicator, value FROM targets WHERE year BETWEEN :y1 AND :y2 "
                             "AND (:county = 0 OR county_id = :county) ORDER BY county_id, year, indicator"));
    q.bindValue(QStringLiteral(":y1"), filter.firstYear());
    q.bindValue(QStringLiteral(":y2"), filter.lastYear());
    q.bindValue(QStringLiteral(":county"), filter.countyId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    struct Target
    {
        qint64 county;
        int year;
        QString key;
        qint64 value;
    };
    QVector<Target> targets;
    while (q.next())
        targets.push_back(Target { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toLongLong() });

    // Each unit and year's figures once (Headline::compute through Indicators::compute).
    QHash<QPair<qint64, int>, IndicatorValues> values;
    QSet<QPair<QString, int>> officeYears; // office-wide indicators: one actual per year
    for (const Target &t : std::as_const(targets)) {
        const IndicatorInfo *info = byKey(t.key);
        if (!info)
            continue; // a target for an indicator this version does not know
        const QPair<qint64, int> cell { t.county, t.year };
        auto it = values.find(cell);
        if (it == values.end()) {
            IndicatorValues v;
            if (!compute(db, Filter::year(t.year, t.county), &v, error))
                return false;
            it = values.insert(cell, v);
        }
        Completion &c = result[t.key];
        c.target += t.value;
        ++c.pairs;
        if (!info->officeWide || !officeYears.contains({ t.key, t.year }))
            c.actual += it->value(*info);
        if (info->officeWide)
            officeYears.insert({ t.key, t.year });
    }
    if (out)
        *out = result;
    return true;
}

QString Indicators::completionBasis()
{
    return tr("Completion = Σ units' actual ÷ Σ units' target, over the western units and years that have a "
              "target; a person who served two units or two years counts in each, as the targets do.");
}

} // namespace tongxin

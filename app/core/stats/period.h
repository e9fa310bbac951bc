#pragma once

#include "stats/filter.h"
#include "stats/headline.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace tongxin {

/// The office's period: what "all years" means in `summary`, the reports and the statistics
/// workbook. It is the cooperation period of the settings (`period_from` / `period_to`); a
/// database without one uses the years that have dated records, and one without those
/// 2000 to next year. Records dated outside it are never dropped silently: OutsidePeriod
/// counts them, and `tongxin-cli check` warns about them.
struct OfficePeriod
{
    enum class Source {
        Settings, ///< period_from / period_to of the settings
        Records, ///< no period in the settings: the years with dated records
        Default, ///< neither: 2000 to next year
    };
    int from = 0;
    int to = 0;
    Source source = Source::Default;

    /// The office's period of this database.
    static OfficePeriod of(const QSqlDatabase &db);
    /// The settings' period, else 2000 to next year (the range sale dates are expected in).
    static OfficePeriod fromSettings(const QSqlDatabase &db);

    bool contains(int year) const { return year >= from && year <= to; }
    /// The period as a filter, for one western unit (0 = all).
    Filter filter(qint64 county = 0) const { return Filter { from, to, county }; }
    /// The years before the period and after it, as open filters.
    Filter before(qint64 county = 0) const { return Filter { 0, from - 1, county }; }
    Filter after(qint64 county = 0) const { return Filter { to + 1, 0, county }; }
    /// "2017–2020".
    QString text() const;
};

/// The figures of the records dated outside a span of years (before plus after; two
/// Headline::compute calls, summed per figure). Only flows (money paid, sales, trips, persons
/// trained, sent or placed, donations) are summed; stocks (pairings, working groups, outlets,
/// people in post)
/// count what was in force at any time in the span and are never added across spans, so they
/// are left at zero here.
struct OutsidePeriod
{
    Q_DECLARE_TR_FUNCTIONS(OutsidePeriod)
public:
    int from = 0; ///< the span the figures are outside of
    int to = 0;
    HeadlineFigures figures; ///< flows only

    /// Computes the flows dated before `from` and after `to` for one western unit (0 = all).
    static bool compute(
        const QSqlDatabase &db, int from, int to, qint64 county, OutsidePeriod *out, QString *error = nullptr);
    /// A stock: counted as in force during a span, never summed across spans.
    static bool isStock(Figure f);
    /// Cadres and professionals in post: stocks too.
    static bool isStock(AreaFigure f);

    /// Any flow dated outside the span.
    bool any() const;
    /// (label, value as shown) of each non-zero figure, in the current language.
    QVector<QPair<QString, QString>> items() const;
    /// "Training person-times: 839 person-times", one per non-zero figure, in the current language.
    QStringList lines() const;
    /// The non-zero flows keyed like `summary --json` (pairing and other stock figures absent),
    /// plus "period_from" / "period_to" (the span) and "stocks_not_included" (their keys).
    QJsonObject toJson() const;
};

} // namespace tongxin

#pragma once

#include "stats/headline.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <array>

namespace tongxin {

/// The indicators of the assessment, area by area: every headline figure, plus indicators of
/// the areas that have no headline figure (labour: persons placed and of whom poor; social
/// aid: donations in cash and in kind). The key of an indicator is what the targets table
/// stores (FigureInfo::key for headline figures).
enum class ExtraIndicator { LabourPlaced, LabourPlacedPoor, DonationsCash, DonationsGoods };
constexpr int ExtraIndicatorCount = int(ExtraIndicator::DonationsGoods) + 1;

struct IndicatorInfo
{
    QString key;
    QString area; ///< Labels::Domain::Area code
    bool money = false;
    bool headline = false;
    Figure figure = Figure::WorkingGroups; ///< when headline
    ExtraIndicator extra = ExtraIndicator::LabourPlaced; ///< when not headline
    /// Serves all western units together (working groups, consumption-aid outlets): shown as
    /// office-wide, never in a unit's row.
    bool officeWide = false;
    /// The indicator's name in the current language.
    QString label() const;
};

/// The values of all indicators for one filter.
struct IndicatorValues
{
    HeadlineFigures headline;
    std::array<qint64, ExtraIndicatorCount> extra {};

    /// Count, or fen for money indicators (pairings: the number of pairs).
    qint64 value(const IndicatorInfo &info) const;
    /// As shown to people (HeadlineFigures::text for headline figures).
    QString text(const IndicatorInfo &info) const;
};

/// A completion rate counted on the targets' basis. Targets are recorded per western unit
/// and year, while some actuals count people once across units and years (cadres,
/// professionals); so the rate's actual is the sum, over the (unit, year) pairs that have a
/// target, of that unit's figure for that year (Headline::compute with Filter::year(y, unit)),
/// and its target the sum of those targets. An office-wide indicator counts its figure once
/// per year that has a target.
struct Completion
{
    qint64 actual = 0; ///< Σ units' actual over the (unit, year) pairs with a target
    qint64 target = 0; ///< Σ of those targets
    int pairs = 0; ///< how many (unit, year) pairs have a target
    /// actual ÷ target (1.0 = 100 %); negative when there is no target.
    double rate() const;
};

class Indicators final
{
    Q_DECLARE_TR_FUNCTIONS(Indicators)
public:
    /// Every indicator, in the assessment's order of areas.
    static const QVector<IndicatorInfo> &all();
    /// The indicators of one area.
    static QVector<IndicatorInfo> ofArea(const QString &area);
    static const IndicatorInfo *byKey(const QString &key);
    /// The areas in the assessment's order (Labels::Domain::Area codes).
    static QStringList areas();

    /// Computes every indicator: headline figures through Headline::compute (the only place
    /// they are computed) and the area indicators here (the only place those are computed).
    static bool compute(const QSqlDatabase &db, const Filter &filter, IndicatorValues *out, QString *error = nullptr);
    /// Targets recorded for the filter's years and western unit (all units: their sum), by
    /// indicator key; an indicator without any target is absent.
    static QHash<QString, qint64> targets(const QSqlDatabase &db, const Filter &filter, QString *error = nullptr);
    /// Completion as a fraction (1.0 = 100 %); negative when there is no target.
    static double completion(qint64 actual, qint64 target);
    /// Completion rates on the targets' basis (see Completion) for the filter's years and
    /// western unit (0 = all: summed over the units), by indicator key; an indicator without
    /// any target is absent. This is the only place completion rates are computed.
    static bool completions(const QSqlDatabase &db, const Filter &filter, QHash<QString, Completion> *out,
        QString *error = nullptr);
    /// What a completion rate divides, for the note of a table that shows one.
    static QString completionBasis();
};

} // namespace tongxin

#pragma once

#include "stats/figures.h"
#include "stats/filter.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <array>

namespace tongxin {

/// Pairs of one kind in force at any time in the span: distinct eastern parties, distinct
/// western parties, pairings; and the pairings still in force on the span's last day.
struct PairCount
{
    qint64 east = 0;
    qint64 west = 0;
    qint64 pairs = 0;
    qint64 atEnd = 0;
};

/// All headline figures for one filter. Computed only by Headline::compute(): the dashboard,
/// `tongxin-cli summary`, reports and exports all read them from here.
struct HeadlineFigures
{
    std::array<qint64, FigureCount> values{};   ///< count, or fen for money figures
    std::array<PairCount, FigureCount> pairs{}; ///< set for pairing figures
    std::array<qint64, AreaFigureCount> areaValues{}; ///< labour and social aid: count, or fen

    qint64 value(Figure f) const { return values[size_t(f)]; }
    qint64 value(AreaFigure f) const { return areaValues[size_t(f)]; }
    PairCount pairing(Figure f) const { return pairs[size_t(f)]; }
    /// The figure as shown to people, in the current language: "3.09亿元", "10 persons",
    /// "14 ↔ 14 · 14 pairs". The dashboard, the command line and reports all use this.
    QString text(Figure f) const;
    /// An area figure as shown to people: "1,234 persons", "56.00万元".
    QString text(AreaFigure f) const;
    /// One object keyed by FigureInfo::key; pairing figures as {"east", "west", "pairs",
    /// "in_force_at_end"}; then the area figures keyed by AreaFigureInfo::key.
    QJsonObject toJson() const;
};

class Headline final
{
public:
    /// Computes every figure; false (with the SQL error) when a query fails.
    static bool compute(const QSqlDatabase &db, const Filter &filter, HeadlineFigures *out, QString *error = nullptr);
    /// The pairing figures of one kind (pairings.kind) under a filter.
    static PairCount pairings(const QSqlDatabase &db, const QString &kind, const Filter &filter, QString *error = nullptr);
};

} // namespace tongxin

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace tongxin {

/// The headline figures an office reports (DOMAIN.md's table), in the assessment's areas.
enum class Figure {
    WorkingGroups,
    DelegationTrips,
    CadresSeconded,
    ProfessionalsDispatched,
    TrainingActivities,
    TrainingPersonTimes,
    WesternVisitorsReceived,
    FiscalAidPaid,
    AidProjects,
    EnterprisesSettled,
    EnterpriseInvestment,
    PairingStreetTown,
    PairingCommunityVillage,
    PairingSchool,
    PairingHospital,
    PairingEnterpriseVillage,
    PairingChamberVillage,
    PairingCadreHousehold,
    ConsumptionOutlets,
    ConsumptionSales,
    LivestreamTalentsTrained,
    FestivalSales,
    FestivalOrders,
    FestivalViewers,
    FestivalClicks,
};
constexpr int FigureCount = int(Figure::FestivalClicks) + 1;

/// How a figure is measured and shown.
struct FigureInfo
{
    enum class Kind { Count, Money, Pairing };
    Figure id;
    const char *key;  ///< stable id: JSON key, target indicator, settings
    const char *area; ///< Labels::Domain::Area code
    Kind kind;
    const char *label; ///< English source, context "Figures"
    const char *unit;    ///< English source of the unit of a count (plural), context "Figures"
    const char *unitOne; ///< the same unit for a count of one
    const char *pairingKind; ///< pairings.kind for Pairing figures, else nullptr
};

/// Figures beyond the article's: the two areas the seed article gives no number for, labour
/// (劳务协作) and social aid (社会帮扶), and the second readings of figures that can be read two
/// ways (people sent in a year, and people in post during it). Computed with the headline
/// figures by Headline::compute() (one query per figure), shown on the dashboard and by
/// `tongxin-cli summary`; the yearly report's labour and donation indicators are these values.
/// Kept apart from Figure so the article's figures stay the article's.
enum class AreaFigure {
    LabourPersonsPlaced, ///< persons placed in jobs, by the placement's year
    LabourPoorPlaced, ///< of whom registered poor
    DonationsCash, ///< fen, by donation date
    DonationsInKind, ///< goods valued in fen, by donation date
    CadresInPost, ///< cadres whose secondment overlaps the span, each once
    ProfessionalsInPost, ///< professionals whose dispatch overlaps the span, each once
    EnterprisesNew, ///< enterprises whose first settlement (kind 'new') is in the span
    EnterpriseExpansions, ///< expansions (kind 'expansion') of enterprises already settled
};
constexpr int AreaFigureCount = int(AreaFigure::EnterpriseExpansions) + 1;

/// How an area figure is measured and shown (Kind::Count or Kind::Money).
struct AreaFigureInfo
{
    AreaFigure id;
    const char *key; ///< stable id: JSON key of `summary`
    const char *area; ///< Labels::Domain::Area code
    FigureInfo::Kind kind;
    const char *label; ///< English source, context "Figures"
    const char *unit; ///< English source of the unit of a count (plural), context "Figures"
    const char *unitOne; ///< the same unit for a count of one
};

class Figures final
{
    Q_DECLARE_TR_FUNCTIONS(Figures)
public:
    static const QVector<FigureInfo> &all();
    static const FigureInfo &info(Figure f);
    /// The figure with this key, or nullptr.
    static const FigureInfo *byKey(const QString &key);
    static QString label(Figure f);
    /// The unit of a count figure for `count` (singular for one in English), or empty.
    static QString unit(Figure f, qint64 count = 2);

    /// The area figures (labour, social aid), in the assessment's order.
    static const QVector<AreaFigureInfo> &areaFigures();
    static const AreaFigureInfo &info(AreaFigure f);
    static QString label(AreaFigure f);
    static QString unit(AreaFigure f, qint64 count = 2);
};

} // namespace tongxin

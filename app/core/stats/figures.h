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
};

} // namespace tongxin

#include "stats/figures.h"

namespace tongxin {

const QVector<FigureInfo> &Figures::all()
{
    using K = FigureInfo::Kind;
    static const QVector<FigureInfo> list = {
        {Figure::WorkingGroups, "working_groups", "organisation", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Special working groups"), QT_TRANSLATE_NOOP("Figures", "groups"), QT_TRANSLATE_NOOP("Figures", "group"), nullptr},
        {Figure::DelegationTrips, "delegation_trips", "organisation", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Delegation trips to the west"), QT_TRANSLATE_NOOP("Figures", "trips"), QT_TRANSLATE_NOOP("Figures", "trip"), nullptr},
        {Figure::CadresSeconded, "cadres_seconded", "talent", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Cadres seconded to the west"), QT_TRANSLATE_NOOP("Figures", "persons"), QT_TRANSLATE_NOOP("Figures", "person"), nullptr},
        {Figure::ProfessionalsDispatched, "professionals_dispatched", "talent", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Professionals dispatched"), QT_TRANSLATE_NOOP("Figures", "persons"), QT_TRANSLATE_NOOP("Figures", "person"), nullptr},
        {Figure::TrainingActivities, "training_activities", "talent", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Guidance, exchange and training activities"),
         QT_TRANSLATE_NOOP("Figures", "sessions"), QT_TRANSLATE_NOOP("Figures", "session"), nullptr},
        {Figure::TrainingPersonTimes, "training_person_times", "talent", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Training opportunities"), QT_TRANSLATE_NOOP("Figures", "person-times"), QT_TRANSLATE_NOOP("Figures", "person-time"), nullptr},
        {Figure::WesternVisitorsReceived, "western_visitors_received", "talent", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Western cadres and professionals received"),
         QT_TRANSLATE_NOOP("Figures", "person-times"), QT_TRANSLATE_NOOP("Figures", "person-time"), nullptr},
        {Figure::FiscalAidPaid, "fiscal_aid_paid_fen", "funds", K::Money,
         QT_TRANSLATE_NOOP("Figures", "Fiscal aid paid"), nullptr, nullptr, nullptr},
        {Figure::AidProjects, "aid_projects", "funds", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Fiscal aid projects"), QT_TRANSLATE_NOOP("Figures", "projects"), QT_TRANSLATE_NOOP("Figures", "project"), nullptr},
        {Figure::EnterprisesSettled, "enterprises_settled", "industry", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Enterprises settled in the west"), QT_TRANSLATE_NOOP("Figures", "enterprises"), QT_TRANSLATE_NOOP("Figures", "enterprise"),
         nullptr},
        {Figure::EnterpriseInvestment, "enterprise_investment_fen", "industry", K::Money,
         QT_TRANSLATE_NOOP("Figures", "Their total investment"), nullptr, nullptr, nullptr},
        {Figure::PairingStreetTown, "pairing_street_town", "pairing", K::Pairing,
         QT_TRANSLATE_NOOP("Figures", "Streets ↔ towns"), nullptr, nullptr, "street_town"},
        {Figure::PairingCommunityVillage, "pairing_community_village", "pairing", K::Pairing,
         QT_TRANSLATE_NOOP("Figures", "Communities ↔ poor villages"), nullptr, nullptr, "community_village"},
        {Figure::PairingSchool, "pairing_school", "pairing", K::Pairing,
         QT_TRANSLATE_NOOP("Figures", "Schools ↔ schools"), nullptr, nullptr, "school"},
        {Figure::PairingHospital, "pairing_hospital", "pairing", K::Pairing,
         QT_TRANSLATE_NOOP("Figures", "Hospitals ↔ hospitals"), nullptr, nullptr, "hospital"},
        {Figure::PairingEnterpriseVillage, "pairing_enterprise_village", "pairing", K::Pairing,
         QT_TRANSLATE_NOOP("Figures", "Private enterprises ↔ poor villages"), nullptr, nullptr, "enterprise_village"},
        {Figure::PairingChamberVillage, "pairing_chamber_village", "pairing", K::Pairing,
         QT_TRANSLATE_NOOP("Figures", "Chamber of commerce ↔ poor villages"), nullptr, nullptr, "chamber_village"},
        {Figure::PairingCadreHousehold, "pairing_cadre_household", "pairing", K::Pairing,
         QT_TRANSLATE_NOOP("Figures", "Cadres ↔ poor households"), nullptr, nullptr, "cadre_household"},
        {Figure::ConsumptionOutlets, "consumption_outlets", "consumption", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Showrooms, counters and shops"), QT_TRANSLATE_NOOP("Figures", "outlets"), QT_TRANSLATE_NOOP("Figures", "outlet"),
         nullptr},
        {Figure::ConsumptionSales, "consumption_sales_fen", "consumption", K::Money,
         QT_TRANSLATE_NOOP("Figures", "Consumption-aid sales"), nullptr, nullptr, nullptr},
        {Figure::LivestreamTalentsTrained, "livestream_talents_trained", "consumption", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Livestream talents trained"), QT_TRANSLATE_NOOP("Figures", "persons"), QT_TRANSLATE_NOOP("Figures", "person"), nullptr},
        {Figure::FestivalSales, "festival_sales_fen", "consumption", K::Money,
         QT_TRANSLATE_NOOP("Figures", "Livestream event sales"), nullptr, nullptr, nullptr},
        {Figure::FestivalOrders, "festival_orders", "consumption", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Livestream event orders"), QT_TRANSLATE_NOOP("Figures", "orders"), QT_TRANSLATE_NOOP("Figures", "order"), nullptr},
        {Figure::FestivalViewers, "festival_viewers", "consumption", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Livestream viewers"), QT_TRANSLATE_NOOP("Figures", "viewers"), QT_TRANSLATE_NOOP("Figures", "viewer"), nullptr},
        {Figure::FestivalClicks, "festival_clicks", "consumption", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Livestream clicks"), QT_TRANSLATE_NOOP("Figures", "clicks"), QT_TRANSLATE_NOOP("Figures", "click"), nullptr},
    };
    return list;
}

const FigureInfo &Figures::info(Figure f)
{
    return all().at(int(f));
}

const FigureInfo *Figures::byKey(const QString &key)
{
    for (const FigureInfo &i : all()) {
        if (key == QLatin1String(i.key))
            return &i;
    }
    return nullptr;
}

QString Figures::label(Figure f)
{
    return QCoreApplication::translate("Figures", info(f).label);
}

QString Figures::unit(Figure f, qint64 count)
{
    const FigureInfo &i = info(f);
    const char *u = count == 1 ? i.unitOne : i.unit;
    return u ? QCoreApplication::translate("Figures", u) : QString();
}

const QVector<AreaFigureInfo> &Figures::areaFigures()
{
    using K = FigureInfo::Kind;
    static const QVector<AreaFigureInfo> list = {
        {AreaFigure::LabourPersonsPlaced, "labour_persons_placed", "labour", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Rural workers placed in jobs"), QT_TRANSLATE_NOOP("Figures", "persons"),
         QT_TRANSLATE_NOOP("Figures", "person")},
        {AreaFigure::LabourPoorPlaced, "labour_poor_placed", "labour", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Of whom registered poor"), QT_TRANSLATE_NOOP("Figures", "persons"),
         QT_TRANSLATE_NOOP("Figures", "person")},
        {AreaFigure::DonationsCash, "donations_cash_fen", "social", K::Money,
         QT_TRANSLATE_NOOP("Figures", "Donations in cash"), nullptr, nullptr},
        {AreaFigure::DonationsInKind, "donations_in_kind_fen", "social", K::Money,
         QT_TRANSLATE_NOOP("Figures", "Donations in kind (value)"), nullptr, nullptr},
        {AreaFigure::CadresInPost, "cadres_in_post", "talent", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Cadres in post in the west"), QT_TRANSLATE_NOOP("Figures", "persons"),
         QT_TRANSLATE_NOOP("Figures", "person")},
        {AreaFigure::ProfessionalsInPost, "professionals_in_post", "talent", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Professionals in post in the west"), QT_TRANSLATE_NOOP("Figures", "persons"),
         QT_TRANSLATE_NOOP("Figures", "person")},
        {AreaFigure::EnterprisesNew, "enterprises_new", "industry", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Enterprises newly settled"), QT_TRANSLATE_NOOP("Figures", "enterprises"),
         QT_TRANSLATE_NOOP("Figures", "enterprise")},
        {AreaFigure::EnterpriseExpansions, "enterprise_expansions", "industry", K::Count,
         QT_TRANSLATE_NOOP("Figures", "Expansions of settled enterprises"), QT_TRANSLATE_NOOP("Figures", "expansions"),
         QT_TRANSLATE_NOOP("Figures", "expansion")},
    };
    return list;
}

const AreaFigureInfo &Figures::info(AreaFigure f)
{
    return areaFigures().at(int(f));
}

QString Figures::label(AreaFigure f)
{
    return QCoreApplication::translate("Figures", info(f).label);
}

QString Figures::unit(AreaFigure f, qint64 count)
{
    const AreaFigureInfo &i = info(f);
    const char *u = count == 1 ? i.unitOne : i.unit;
    return u ? QCoreApplication::translate("Figures", u) : QString();
}

} // namespace tongxin

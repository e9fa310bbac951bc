#include "pages/pages.h"

#include "audit/auditpage.h"
#include "consumption/eventspage.h"
#include "consumption/salespage.h"
#include "dashboard/dashboardpage.h"
#include "funds/fundspage.h"
#include "industry/industrypage.h"
#include "labour/labourpage.h"
#include "organisation/organisationpage.h"
#include "pairings/coveragepage.h"
#include "pairings/networkpage.h"
#include "pairings/pairingspage.h"
#include "registries/registriespage.h"
#include "reports/reportspage.h"
#include "social/socialpage.h"
#include "talent/talentpage.h"

namespace tongxin {

namespace {

template<typename P>
Page *make(QWidget *parent)
{
    return new P(parent);
}

} // namespace

const QVector<Pages::Factory> &Pages::factories()
{
    // One line per page, in sidebar order. Only pages that work are listed.
    static const QVector<Factory> list { &make<DashboardPage>, &make<RegistriesPage>, &make<PairingsPage>,
        &make<CoveragePage>, &make<NetworkPage>, &make<FundsPage>, &make<SalesPage>, &make<EventsPage>,
        &make<TalentPage>, &make<LabourPage>, &make<IndustryPage>, &make<SocialPage>, &make<OrganisationPage>,
        &make<ReportsPage>, &make<AuditPage> };
    return list;
}

} // namespace tongxin

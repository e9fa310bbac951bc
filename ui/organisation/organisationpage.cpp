#include "organisation/organisationpage.h"

#include "registers/organisation.h"

namespace tongxin {

namespace {
constexpr const char *Ctx = "tongxin::OrganisationPage";
using C = ListColumn;
using D = Labels::Domain;
} // namespace

OrganisationPage::OrganisationPage(QWidget *parent)
    : AreaPage(QStringLiteral("organisation"), parent)
{
    addTab(workingGroupsSpec());
    addTab(visitsSpec());
    addTab(meetingsSpec());
}

AreaTabSpec OrganisationPage::workingGroupsSpec()
{
    AreaTabSpec s;
    s.table = AreaTable::WorkingGroups;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Working groups");
    s.name = QStringLiteral("workingGroups");
    s.list = ListSpec { QStringLiteral("organisation/working_groups"), Ctx, AreaQuery::rowsSql(s.table),
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Working group")),
            C::text(QStringLiteral("leader"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Leader")),
            C::integer(QStringLiteral("members"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Members")),
            C::text(QStringLiteral("established_date"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Established"),
                false),
            C::text(
                QStringLiteral("dissolved_date"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Dissolved"), false),
            C::text(QStringLiteral("remit"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Remit")) } };
    s.onDateText = QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Active on");

    s.form = OrganisationForms::workingGroup();
    return s;
}

AreaTabSpec OrganisationPage::visitsSpec()
{
    AreaTabSpec s;
    s.table = AreaTable::Visits;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Delegation visits");
    s.name = QStringLiteral("visits");
    s.list = ListSpec { QStringLiteral("organisation/visits"), Ctx, AreaQuery::rowsSql(s.table),
        { C::id(QStringLiteral("id")),
            C::code(QStringLiteral("direction"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Direction"),
                D::Direction, false),
            C::text(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "From"), false),
            C::text(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "To"), false),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Western unit")),
            C::text(QStringLiteral("leader"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Led by")),
            C::integer(QStringLiteral("size"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Size")),
            C::text(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Purpose")),
            C::integer(QStringLiteral("agreements_signed"),
                QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Agreements signed")) } };
    s.filters = { { QStringLiteral("direction"), D::Direction,
        QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Both directions") } };
    s.chart.shape = AreaChartSpec::Shape::StackedBars;
    s.chart.title = QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Delegation visits by year and direction");
    s.chart.valueTitle = QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "visits");
    s.chart.seriesDomain = D::Direction;

    s.form = OrganisationForms::visit();
    return s;
}

AreaTabSpec OrganisationPage::meetingsSpec()
{
    AreaTabSpec s;
    s.table = AreaTable::Meetings;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Meetings");
    s.name = QStringLiteral("meetings");
    s.list = ListSpec { QStringLiteral("organisation/meetings"), Ctx, AreaQuery::rowsSql(s.table),
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("meeting_date"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Date"), false),
            C::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Meeting")),
            C::text(QStringLiteral("location"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Location")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Western unit")),
            C::integer(
                QStringLiteral("participants"), QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Participants")) } };
    s.chart.shape = AreaChartSpec::Shape::StackedBars;
    s.chart.title = QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Meetings by year");
    s.chart.valueTitle = QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "meetings");
    s.chart.singleSeries = QT_TRANSLATE_NOOP("tongxin::OrganisationPage", "Meetings");

    s.form = OrganisationForms::meeting();
    return s;
}

} // namespace tongxin

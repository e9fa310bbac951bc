#include "talent/talentpage.h"

#include "areas/arealookups.h"
#include "areas/arearules.h"

namespace tongxin {

namespace {

// List headers, filters and chart texts; the forms' labels are in "TalentForms".
constexpr const char *Ctx = "tongxin::TalentPage";
using C = ListColumn;
using D = Labels::Domain;
using F = FormField;

ListSpec list(const QString &key, AreaTable table, const QVector<ListColumn> &columns)
{
    return ListSpec { QStringLiteral("talent/") + key, Ctx, AreaQuery::rowsSql(table), columns };
}

AreaChartSpec bars(const char *title, const char *valueTitle, Labels::Domain series)
{
    AreaChartSpec c;
    c.shape = AreaChartSpec::Shape::StackedBars;
    c.title = title;
    c.valueTitle = valueTitle;
    c.seriesDomain = series;
    return c;
}

bool isEcommerce(const QVariantMap &v)
{
    return v.value(QStringLiteral("field")).toString() == QLatin1String("ecommerce");
}

} // namespace

TalentPage::TalentPage(QWidget *parent)
    : AreaPage(QStringLiteral("talent"), parent)
{
    addTab(secondmentsSpec());
    addTab(dispatchesSpec());
    addTab(trainingsSpec());
    addTab(visitorsSpec());
}

AreaTabSpec TalentPage::secondmentsSpec()
{
    AreaTabSpec s;
    s.table = AreaTable::Secondments;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::TalentPage", "Secondments");
    s.name = QStringLiteral("secondments");
    s.list = list(QStringLiteral("secondments"), s.table,
        { C::id(QStringLiteral("id")),
            C::code(QStringLiteral("direction"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Direction"), D::Direction,
                false),
            C::text(QStringLiteral("person"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Person")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Western unit")),
            C::text(QStringLiteral("position"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Position")),
            C::text(QStringLiteral("host_unit"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Host unit")),
            C::text(QStringLiteral("home_unit"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Home unit")),
            C::text(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Start"), false),
            C::text(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "End"), false),
            C::code(QStringLiteral("term"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Term"), D::Term, false) });
    s.filters
        = { { QStringLiteral("direction"), D::Direction, QT_TRANSLATE_NOOP("tongxin::TalentPage", "Both directions") },
              { QStringLiteral("term"), D::Term, QT_TRANSLATE_NOOP("tongxin::TalentPage", "Long and short term") } };
    s.onDateText = QT_TRANSLATE_NOOP("tongxin::TalentPage", "On secondment on");
    s.chart = bars(QT_TRANSLATE_NOOP("tongxin::TalentPage", "Secondments by year and direction"),
        QT_TRANSLATE_NOOP("tongxin::TalentPage", "secondments"), D::Direction);

    FormSpec &f = s.form;
    f.table = QStringLiteral("secondments");
    f.context = "TalentForms";
    f.newTitle = QT_TRANSLATE_NOOP("TalentForms", "New secondment");
    f.editTitle = QT_TRANSLATE_NOOP("TalentForms", "Secondment");
    f.fields = {
        F::code(QStringLiteral("direction"), QT_TRANSLATE_NOOP("TalentForms", "Direction"), D::Direction)
            .req()
            .byDefault(QStringLiteral("east_to_west")),
        // East → west: a person of the east; west → east: a person of the west.
        F::lookup(QStringLiteral("person_id"), QT_TRANSLATE_NOOP("TalentForms", "Person"),
            QStringLiteral("SELECT p.id, p.name || ifnull('（' || o.name || '）', '') FROM people p "
                           "LEFT JOIN organisations o ON o.id = p.org_id "
                           "WHERE p.side = CASE :direction WHEN 'west_to_east' THEN 'west' ELSE 'east' END "
                           "ORDER BY p.role <> 'cadre', p.name"))
            .req(),
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("TalentForms", "Western unit"), arealookups::westernUnits())
            .req(),
        F::text(QStringLiteral("home_unit"), QT_TRANSLATE_NOOP("TalentForms", "Home unit")),
        F::text(QStringLiteral("host_unit"), QT_TRANSLATE_NOOP("TalentForms", "Host unit")),
        F::text(QStringLiteral("position"), QT_TRANSLATE_NOOP("TalentForms", "Position")),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("TalentForms", "Start")).req(),
        F::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("TalentForms", "End")),
        F::code(QStringLiteral("term"), QT_TRANSLATE_NOOP("TalentForms", "Term"), D::Term)
            .req()
            .byDefault(QStringLiteral("long")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("TalentForms", "Notes")),
    };
    f.dateOrder = { { QStringLiteral("start_date"), QStringLiteral("end_date") } };
    f.validate = &AreaRules::secondment;
    return s;
}

AreaTabSpec TalentPage::dispatchesSpec()
{
    AreaTabSpec s;
    s.table = AreaTable::Dispatches;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::TalentPage", "Professionals dispatched");
    s.name = QStringLiteral("dispatches");
    s.list = list(QStringLiteral("dispatches"), s.table,
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("person"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Professional")),
            C::code(QStringLiteral("field"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Field"), D::Field, false),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Western unit")),
            C::text(QStringLiteral("host_org"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Host organisation")),
            C::text(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Start"), false),
            C::text(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "End"), false),
            C::code(QStringLiteral("term"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Term"), D::Term, false),
            C::text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Work")) });
    s.filters = { { QStringLiteral("field"), D::Field, QT_TRANSLATE_NOOP("tongxin::TalentPage", "All fields") },
        { QStringLiteral("term"), D::Term, QT_TRANSLATE_NOOP("tongxin::TalentPage", "Long and short term") } };
    s.onDateText = QT_TRANSLATE_NOOP("tongxin::TalentPage", "On post on");
    s.chart = bars(QT_TRANSLATE_NOOP("tongxin::TalentPage", "Professionals dispatched by year and field"),
        QT_TRANSLATE_NOOP("tongxin::TalentPage", "dispatches"), D::Field);

    FormSpec &f = s.form;
    f.table = QStringLiteral("professional_dispatches");
    f.context = "TalentForms";
    f.newTitle = QT_TRANSLATE_NOOP("TalentForms", "New professional dispatched");
    f.editTitle = QT_TRANSLATE_NOOP("TalentForms", "Professional dispatched");
    f.fields = {
        F::lookup(QStringLiteral("person_id"), QT_TRANSLATE_NOOP("TalentForms", "Professional"),
            QStringLiteral("SELECT p.id, p.name || ifnull('（' || o.name || '）', '') FROM people p "
                           "LEFT JOIN organisations o ON o.id = p.org_id "
                           "WHERE p.side = 'east' ORDER BY p.role <> 'professional', p.name"))
            .req(),
        F::code(QStringLiteral("field"), QT_TRANSLATE_NOOP("TalentForms", "Field"), D::Field).req(),
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("TalentForms", "Western unit"), arealookups::westernUnits())
            .req(),
        F::lookup(QStringLiteral("host_org_id"), QT_TRANSLATE_NOOP("TalentForms", "Host organisation"),
            arealookups::westernOrganisationsOfUnit()),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("TalentForms", "Start")).req(),
        F::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("TalentForms", "End")),
        F::code(QStringLiteral("term"), QT_TRANSLATE_NOOP("TalentForms", "Term"), D::Term)
            .req()
            .byDefault(QStringLiteral("short")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("TalentForms", "Work done")),
    };
    f.dateOrder = { { QStringLiteral("start_date"), QStringLiteral("end_date") } };
    f.validate = &AreaRules::dispatch;
    return s;
}

AreaTabSpec TalentPage::trainingsSpec()
{
    AreaTabSpec s;
    s.table = AreaTable::Trainings;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::TalentPage", "Trainings");
    s.name = QStringLiteral("trainings");
    s.list = list(QStringLiteral("trainings"), s.table,
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("train_date"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Date"), false),
            C::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Title")),
            C::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Kind"), D::TrainingKind, false),
            C::code(QStringLiteral("mode"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Mode"), D::TrainingMode, false),
            C::code(QStringLiteral("field"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Field"), D::Field, false),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Western unit")),
            C::text(QStringLiteral("organiser"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Organiser")),
            C::integer(QStringLiteral("person_times"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Person-times")),
            C::text(QStringLiteral("event"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Event")) });
    s.filters = { { QStringLiteral("kind"), D::TrainingKind, QT_TRANSLATE_NOOP("tongxin::TalentPage", "All kinds") },
        { QStringLiteral("mode"), D::TrainingMode, QT_TRANSLATE_NOOP("tongxin::TalentPage", "On site and remote") },
        { QStringLiteral("field"), D::Field, QT_TRANSLATE_NOOP("tongxin::TalentPage", "All fields") } };
    s.chart = bars(QT_TRANSLATE_NOOP("tongxin::TalentPage", "Person-times by year and field"),
        QT_TRANSLATE_NOOP("tongxin::TalentPage", "person-times"), D::Field);

    FormSpec &f = s.form;
    f.table = QStringLiteral("trainings");
    f.context = "TalentForms";
    f.newTitle = QT_TRANSLATE_NOOP("TalentForms", "New training activity");
    f.editTitle = QT_TRANSLATE_NOOP("TalentForms", "Training activity");
    f.fields = {
        F::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("TalentForms", "Title")).req(),
        F::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("TalentForms", "Kind"), D::TrainingKind)
            .req()
            .byDefault(QStringLiteral("training")),
        F::date(QStringLiteral("train_date"), QT_TRANSLATE_NOOP("TalentForms", "Date")).req(),
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("TalentForms", "Western unit"), arealookups::westernUnits())
            .tip(QT_TRANSLATE_NOOP("TalentForms", "Leave empty for an activity for all western units")),
        F::code(QStringLiteral("mode"), QT_TRANSLATE_NOOP("TalentForms", "Mode"), D::TrainingMode)
            .req()
            .byDefault(QStringLiteral("onsite")),
        F::code(QStringLiteral("field"), QT_TRANSLATE_NOOP("TalentForms", "Field"), D::Field),
        F::text(QStringLiteral("organiser"), QT_TRANSLATE_NOOP("TalentForms", "Organiser")),
        F::integer(QStringLiteral("person_times"), QT_TRANSLATE_NOOP("TalentForms", "Trainees (person-times)"))
            .req()
            .range(0, 10000000),
        // Livestream-talent training for an e-commerce festival links to the event.
        F::lookup(QStringLiteral("event_id"), QT_TRANSLATE_NOOP("TalentForms", "Event"),
            QStringLiteral("SELECT id, name || '（' || start_date || '）' FROM events ORDER BY start_date DESC"))
            .when(isEcommerce),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("TalentForms", "Notes")),
    };
    f.validate = &AreaRules::training;
    return s;
}

AreaTabSpec TalentPage::visitorsSpec()
{
    AreaTabSpec s;
    s.table = AreaTable::Visitors;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::TalentPage", "Visitors received");
    s.name = QStringLiteral("visitors");
    s.list = list(QStringLiteral("visitors"), s.table,
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Arrived"), false),
            C::text(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Left"), false),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Western unit")),
            C::integer(QStringLiteral("persons"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Persons")),
            C::code(
                QStringLiteral("purpose"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Purpose"), D::VisitPurpose, false),
            C::text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tongxin::TalentPage", "Programme")) });
    s.filters
        = { { QStringLiteral("purpose"), D::VisitPurpose, QT_TRANSLATE_NOOP("tongxin::TalentPage", "All purposes") } };
    s.onDateText = QT_TRANSLATE_NOOP("tongxin::TalentPage", "In the east on");
    s.chart = bars(QT_TRANSLATE_NOOP("tongxin::TalentPage", "Visitors received by year and purpose"),
        QT_TRANSLATE_NOOP("tongxin::TalentPage", "persons"), D::VisitPurpose);

    FormSpec &f = s.form;
    f.table = QStringLiteral("visitors_received");
    f.context = "TalentForms";
    f.newTitle = QT_TRANSLATE_NOOP("TalentForms", "New group received");
    f.editTitle = QT_TRANSLATE_NOOP("TalentForms", "Group received");
    f.fields = {
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("TalentForms", "Western unit"), arealookups::westernUnits())
            .req(),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("TalentForms", "Arrived")).req(),
        F::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("TalentForms", "Left")),
        F::integer(QStringLiteral("persons"), QT_TRANSLATE_NOOP("TalentForms", "Persons"))
            .req()
            .range(1, 100000)
            .byDefault(1),
        F::code(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("TalentForms", "Purpose"), D::VisitPurpose)
            .req()
            .byDefault(QStringLiteral("study")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("TalentForms", "Programme")),
    };
    f.dateOrder = { { QStringLiteral("start_date"), QStringLiteral("end_date") } };
    f.validate = &AreaRules::visitors;
    return s;
}

} // namespace tongxin

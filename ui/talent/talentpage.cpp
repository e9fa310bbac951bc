#include "talent/talentpage.h"

#include "registers/talent.h"

namespace tongxin {

namespace {

// List headers, filters and chart texts; the forms' labels are in "TalentForms".
constexpr const char *Ctx = "tongxin::TalentPage";
using C = ListColumn;
using D = Labels::Domain;

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

    s.form = TalentForms::secondment();
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

    s.form = TalentForms::dispatch();
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

    s.form = TalentForms::training();
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

    s.form = TalentForms::visitors();
    return s;
}

} // namespace tongxin

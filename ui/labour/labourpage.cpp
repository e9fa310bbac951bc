#include "labour/labourpage.h"

#include "areas/arealookups.h"
#include "areas/arearules.h"

#include <QLocale>

namespace tongxin {

namespace {

constexpr const char *Ctx = "tongxin::LabourPage";
using C = ListColumn;
using D = Labels::Domain;
using F = FormField;

// Placements by western unit and year, with the share of registered poor (AreaQuery's figures).
QVector<QStringList> byUnitAndYear(const QSqlDatabase &db, const AreaFilter &filter)
{
    QVector<QStringList> rows;
    const QLocale locale;
    for (const LabourUnitYear &r : AreaQuery::labourByUnitYear(db, filter)) {
        AreaTotal share;
        share.kind = AreaTotal::Kind::Share;
        share.value = r.poorPersons;
        share.of = r.persons;
        rows << QStringList { r.unit, QString::number(r.year), locale.toString(r.persons),
            locale.toString(r.poorPersons), share.text() };
    }
    return rows;
}

} // namespace

LabourPage::LabourPage(QWidget *parent)
    : AreaPage(QStringLiteral("labour"), parent)
{
    addTab(placementsSpec());
}

AreaTabSpec LabourPage::placementsSpec()
{
    AreaTabSpec s;
    s.table = AreaTable::Placements;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::LabourPage", "Placements");
    s.name = QStringLiteral("placements");
    s.list = ListSpec { QStringLiteral("labour/placements"), Ctx, AreaQuery::rowsSql(s.table),
        { C::id(QStringLiteral("id")),
            C::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("tongxin::LabourPage", "Year")),
            C::integer(QStringLiteral("month"), QT_TRANSLATE_NOOP("tongxin::LabourPage", "Month")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::LabourPage", "Western unit")),
            C::code(QStringLiteral("destination"), QT_TRANSLATE_NOOP("tongxin::LabourPage", "Destination"),
                D::Destination, false),
            C::text(QStringLiteral("employer"), QT_TRANSLATE_NOOP("tongxin::LabourPage", "Employer or programme")),
            C::integer(QStringLiteral("persons"), QT_TRANSLATE_NOOP("tongxin::LabourPage", "Persons")),
            C::integer(QStringLiteral("poor_persons"), QT_TRANSLATE_NOOP("tongxin::LabourPage", "Registered poor")),
            C::text(QStringLiteral("training"), QT_TRANSLATE_NOOP("tongxin::LabourPage", "Vocational training")) } };
    s.filters = { { QStringLiteral("destination"), D::Destination,
        QT_TRANSLATE_NOOP("tongxin::LabourPage", "All destinations") } };
    s.chart.shape = AreaChartSpec::Shape::StackedBars;
    s.chart.title = QT_TRANSLATE_NOOP("tongxin::LabourPage", "Persons placed by year and destination");
    s.chart.valueTitle = QT_TRANSLATE_NOOP("tongxin::LabourPage", "persons");
    s.chart.seriesDomain = D::Destination;
    s.side.title
        = [] { return QCoreApplication::translate("tongxin::LabourPage", "Persons placed by western unit and year"); };
    s.side.headers = { QT_TRANSLATE_NOOP("tongxin::LabourPage", "Western unit"),
        QT_TRANSLATE_NOOP("tongxin::LabourPage", "Year"), QT_TRANSLATE_NOOP("tongxin::LabourPage", "Persons"),
        QT_TRANSLATE_NOOP("tongxin::LabourPage", "Registered poor"),
        QT_TRANSLATE_NOOP("tongxin::LabourPage", "Share") };
    s.side.numericColumns = { 1, 2, 3, 4 };
    s.side.rows = &byUnitAndYear;

    FormSpec &f = s.form;
    f.table = QStringLiteral("labour_placements");
    f.context = "LabourForms";
    f.newTitle = QT_TRANSLATE_NOOP("LabourForms", "New placement");
    f.editTitle = QT_TRANSLATE_NOOP("LabourForms", "Placement");
    f.fields = {
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("LabourForms", "Western unit"), arealookups::westernUnits())
            .req(),
        F::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("LabourForms", "Year")).req(),
        F::integer(QStringLiteral("month"), QT_TRANSLATE_NOOP("LabourForms", "Month"))
            .range(1, 12)
            .tip(QT_TRANSLATE_NOOP("LabourForms", "Leave empty when the month is not known")),
        F::code(QStringLiteral("destination"), QT_TRANSLATE_NOOP("LabourForms", "Destination"), D::Destination)
            .req()
            .byDefault(QStringLiteral("tianjin")),
        F::text(QStringLiteral("employer"), QT_TRANSLATE_NOOP("LabourForms", "Employer or programme")),
        F::integer(QStringLiteral("persons"), QT_TRANSLATE_NOOP("LabourForms", "Persons placed"))
            .req()
            .range(0, 10000000),
        F::integer(QStringLiteral("poor_persons"), QT_TRANSLATE_NOOP("LabourForms", "Of whom registered poor"))
            .req()
            .range(0, 10000000)
            .byDefault(0),
        // Vocational trainings held for the unit (or for all units).
        F::lookup(QStringLiteral("training_id"), QT_TRANSLATE_NOOP("LabourForms", "Vocational training"),
            QStringLiteral("SELECT id, train_date || ' ' || title FROM trainings "
                           "WHERE county_id = :county_id OR county_id IS NULL ORDER BY train_date DESC")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("LabourForms", "Notes")),
    };
    f.validate = &AreaRules::placement;
    return s;
}

} // namespace tongxin

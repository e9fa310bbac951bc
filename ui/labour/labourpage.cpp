#include "labour/labourpage.h"

#include "registers/labour.h"

#include <QLocale>

namespace tongxin {

namespace {

constexpr const char *Ctx = "tongxin::LabourPage";
using C = ListColumn;
using D = Labels::Domain;

// Placements by western unit and year, with the share of registered poor (AreaQuery's figures).
QVector<AreaSideRow> byUnitAndYear(const QSqlDatabase &db, const AreaFilter &filter)
{
    QVector<AreaSideRow> rows;
    const QLocale locale;
    for (const LabourUnitYear &r : AreaQuery::labourByUnitYear(db, filter)) {
        AreaTotal share;
        share.kind = AreaTotal::Kind::Share;
        share.value = r.poorPersons;
        share.of = r.persons;
        rows << AreaSideRow { { r.unit, QString::number(r.year), locale.toString(r.persons),
                                  locale.toString(r.poorPersons), share.text() },
            { { QStringLiteral("county_id"), r.countyId }, { QStringLiteral("year"), r.year } } };
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
    s.side.measures = { nullptr, nullptr, "persons", "poor_persons", nullptr }; // a share is no sum
    s.side.rows = &byUnitAndYear;

    s.form = LabourForms::placement();
    return s;
}

} // namespace tongxin

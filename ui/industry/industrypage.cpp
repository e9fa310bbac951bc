#include "industry/industrypage.h"

#include "registers/industry.h"

namespace tongxin {

namespace {
constexpr const char *Ctx = "tongxin::IndustryPage";
using C = ListColumn;
} // namespace

IndustryPage::IndustryPage(QWidget *parent)
    : AreaPage(QStringLiteral("industry"), parent)
{
    addTab(settlementsSpec());
}

AreaTabSpec IndustryPage::settlementsSpec()
{
    AreaTabSpec s;
    s.table = AreaTable::Settlements;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Enterprises settled");
    s.name = QStringLiteral("settlements");
    s.list = ListSpec { QStringLiteral("industry/settlements"), Ctx, AreaQuery::rowsSql(s.table),
        { C::id(QStringLiteral("id")),
            C::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Year")),
            C::text(QStringLiteral("enterprise"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Enterprise")),
            C::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Kind"),
                Labels::Domain::SettlementKind, false),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Western unit")),
            C::text(QStringLiteral("industry"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Industry")),
            C::money(QStringLiteral("investment_fen"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Investment")),
            C::integer(QStringLiteral("jobs"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Jobs")),
            C::integer(QStringLiteral("poor_employed"),
                QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Registered poor employed")),
            C::integer(QStringLiteral("workshops"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Aid workshops")),
            C::text(QStringLiteral("park"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Industrial park")),
            C::text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Notes")) } };
    s.filters = { { QStringLiteral("industry"), Labels::Domain::Side,
        QT_TRANSLATE_NOOP("tongxin::IndustryPage", "All industries"),
        IndustryLists::industriesSql() } };
    s.chart.shape = AreaChartSpec::Shape::HorizontalStackedBars;
    s.chart.title = QT_TRANSLATE_NOOP("tongxin::IndustryPage", "Investment by western unit and year");
    s.chart.money = true;
    s.chart.seriesAreCodes = false; // the series are years

    s.form = IndustryForms::settlement();
    return s;
}

} // namespace tongxin

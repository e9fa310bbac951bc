// The yearly self-assessment report (年度自评报告) and the western unit report.

#include "domain/labels.h"
#include "i18n/language.h"
#include "money/money.h"
#include "report/indicators.h"
#include "report/reportparts.h"
#include "stats/definitions.h"

#include <QLocale>

namespace tongxin {

namespace {

using Align = ReportDocument::Align;

// Texts of this file are in context "YearlyReport".
class YearlyReport final
{
    Q_DECLARE_TR_FUNCTIONS(YearlyReport)
};

// One column of the comparison tables: a year of the span, or a western unit.
struct Column
{
    QString label;
    Filter filter;
    IndicatorValues values;
    bool unassigned = false; ///< the records that name no western unit
};

// The targets of the completions (Σ of the targets of every unit and year).
QHash<QString, qint64> targetsOf(const QHash<QString, Completion> &completions)
{
    QHash<QString, qint64> out;
    for (auto it = completions.constBegin(); it != completions.constEnd(); ++it)
        out.insert(it.key(), it->target);
    return out;
}

void addTitleBlock(ReportContext &ctx)
{
    QStringList lines;
    if (!ctx.office.isEmpty())
        lines << ctx.office;
    lines << QStringLiteral("%1  ·  %2").arg(ctx.unitName, ctx.period);
    ctx.doc->addTitle(ReportBuilder::kindTitle(ctx.options.kind), lines.join(QLatin1Char('\n')));
}

// An indicator's figure in a table cell: money always in the display unit (万元 / thousand yuan)
// with the unit named, so that a column never mixes 元 and 万元; counts as the dashboard shows them.
QString cellText(const IndicatorInfo &info, const IndicatorValues &values)
{
    if (info.money)
        return Money::formatIn(values.value(info), Money::displayUnitOf(Money::currentStyle()));
    return values.text(info);
}

QString targetText(const IndicatorInfo &info, const QHash<QString, qint64> &targets)
{
    const auto it = targets.constFind(info.key);
    if (it == targets.constEnd())
        return QStringLiteral("–");
    IndicatorValues v; // a target is shown like the actual figure of the same indicator
    if (info.headline)
        v.headline.values[size_t(info.figure)] = *it;
    else
        v.extra[size_t(info.extra)] = *it;
    if (info.headline && Figures::info(info.figure).kind == FigureInfo::Kind::Pairing)
        return *it == 1 ? YearlyReport::tr("%1 pair").arg(ReportParts::integer(*it))
                        : YearlyReport::tr("%1 pairs").arg(ReportParts::integer(*it));
    return cellText(info, v);
}

// The header says what the rate divides; the Notes say it in full (Indicators::completionBasis).
QString completionHeader()
{
    //: Header of a completion-rate column: summed actuals of the units over their summed targets.
    return YearlyReport::tr("Completion\n(Σ actual ÷ Σ target)");
}

// On the targets' basis (Indicators::completions), never the total's actual over summed targets.
QString completionText(const IndicatorInfo &info, const QHash<QString, Completion> &completions)
{
    const auto it = completions.constFind(info.key);
    if (it == completions.constEnd())
        return QStringLiteral("–");
    return ReportParts::percent(it->rate());
}

double chartValue(const IndicatorInfo &info, qint64 value)
{
    return info.money ? Money::inDisplayUnit(value) : double(value);
}

BarChart seriesChart(const QString &title, const QVector<IndicatorInfo> &shown, const QVector<Column> &columns,
    bool stacked = false)
{
    BarChart chart;
    chart.title = title;
    chart.stacked = stacked;
    if (!shown.isEmpty() && shown.first().money)
        chart.unit = Money::displayUnit();
    for (const Column &c : columns)
        chart.categories << c.label;
    for (const IndicatorInfo &i : shown) {
        BarChart::Series s { i.label(), {} };
        for (const Column &c : columns)
            s.values << chartValue(i, c.values.value(i));
        chart.series << s;
    }
    return chart;
}

QVector<IndicatorInfo> pick(std::initializer_list<const char *> keys)
{
    QVector<IndicatorInfo> out;
    for (const char *k : keys) {
        if (const IndicatorInfo *i = Indicators::byKey(QString::fromLatin1(k)))
            out << *i;
    }
    return out;
}

// The chart of an area, over the years of the span (or the units of a single year).
BarChart areaChart(ReportContext &ctx, const QString &area, const QVector<Column> &columns, bool byYear,
    const IndicatorValues &total)
{
    if (area == QLatin1String("organisation"))
        return seriesChart(YearlyReport::tr("Delegation trips to the west"), pick({ "delegation_trips" }), columns);
    if (area == QLatin1String("talent"))
        return seriesChart(YearlyReport::tr("Cadres seconded and professionals dispatched"),
            pick({ "cadres_seconded", "professionals_dispatched" }), columns);
    if (area == QLatin1String("funds")) {
        if (!byYear || ctx.units.size() < 2)
            return seriesChart(YearlyReport::tr("Fiscal aid paid"), pick({ "fiscal_aid_paid_fen" }), columns);
        // Stacked by western unit, from the dashboard's own breakdown.
        BarChart chart;
        chart.title = YearlyReport::tr("Fiscal aid paid by western unit and year");
        chart.unit = Money::displayUnit();
        chart.stacked = true;
        for (const Column &c : columns)
            chart.categories << c.label;
        const QVector<Cell> cells = Breakdowns::fiscalAidPaidByUnitYear(ctx.db, ctx.filter);
        for (const Unit &u : ctx.units) {
            BarChart::Series s { u.displayName(), QVector<double>(columns.size(), 0.0) };
            for (const Cell &cell : cells) {
                const int i = int(chart.categories.indexOf(cell.column));
                if (cell.row == QString::number(u.id) && i >= 0)
                    s.values[i] += Money::inDisplayUnit(cell.value);
            }
            chart.series << s;
        }
        return chart;
    }
    if (area == QLatin1String("industry"))
        return seriesChart(YearlyReport::tr("Investment of enterprises settled"), pick({ "enterprise_investment_fen" }), columns);
    if (area == QLatin1String("labour"))
        return seriesChart(YearlyReport::tr("Rural workers placed in jobs"), pick({ "labour_placed", "labour_placed_poor" }),
            columns);
    if (area == QLatin1String("pairing")) {
        BarChart chart;
        chart.title = YearlyReport::tr("Pairs in force by kind, %1").arg(ctx.period);
        BarChart::Series s { YearlyReport::tr("Pairs"), {} };
        for (const IndicatorInfo &i : Indicators::ofArea(area)) {
            chart.categories << Labels::text(
                Labels::Domain::PairingKind, QString::fromLatin1(Figures::info(i.figure).pairingKind));
            s.values << double(total.value(i));
        }
        chart.series << s;
        return chart;
    }
    if (area == QLatin1String("consumption")) {
        if (!byYear)
            return seriesChart(YearlyReport::tr("Consumption-aid sales"), pick({ "consumption_sales_fen" }), columns);
        BarChart chart;
        chart.title = YearlyReport::tr("Consumption-aid sales by year and channel");
        chart.unit = Money::displayUnit();
        chart.stacked = true;
        for (const Column &c : columns)
            chart.categories << c.label;
        const QStringList channels = Labels::codes(Labels::Domain::Channel);
        for (const QString &ch : channels)
            chart.series << BarChart::Series { Labels::text(Labels::Domain::Channel, ch),
                QVector<double>(columns.size(), 0.0) };
        for (const Cell &cell : Breakdowns::salesByMonthChannel(ctx.db, ctx.filter)) {
            const int i = int(chart.categories.indexOf(cell.row.left(4)));
            const int s = int(channels.indexOf(cell.column));
            if (i >= 0 && s >= 0)
                chart.series[s].values[i] += Money::inDisplayUnit(cell.value);
        }
        return chart;
    }
    if (area == QLatin1String("social"))
        return seriesChart(YearlyReport::tr("Donations in cash and in kind"), pick({ "donations_cash_fen", "donations_goods_fen" }),
            columns, true);
    return {};
}

// The columns of a comparison table for an area: the unassigned column only where the area has
// such records.
QVector<Column> shownColumns(const QVector<Column> &columns, const QVector<IndicatorInfo> &indicators)
{
    QVector<Column> out;
    for (const Column &c : columns) {
        bool keep = !c.unassigned;
        for (const IndicatorInfo &i : indicators)
            keep = keep || (!i.officeWide && c.values.value(i) != 0);
        if (keep)
            out << c;
    }
    return out;
}

// A comparison table: a row per indicator, a column per year or western unit.
void addComparison(ReportDocument &doc, const QString &heading, const QVector<IndicatorInfo> &indicators,
    const QVector<Column> &columns, bool perUnit)
{
    if (columns.isEmpty())
        return;
    ReportDocument::Table by;
    by.headers << YearlyReport::tr("Indicator");
    by.align << Align::Left;
    // Figures with units ("2,687 person-times", "30.16 million yuan") need the room.
    const double first = qMax(26.0, 100.0 - 18.5 * columns.size());
    by.widths << first;
    for (const Column &c : columns) {
        by.headers << c.label;
        by.align << Align::Right;
        by.widths << (100.0 - first) / columns.size();
    }
    for (const IndicatorInfo &i : indicators) {
        QStringList row { i.label() };
        for (const Column &c : columns) {
            // Working groups and outlets serve every unit together: no unit's figure.
            row << (perUnit && i.officeWide ? YearlyReport::tr("office-wide") : cellText(i, c.values));
        }
        by.rows << row;
    }
    doc.addHeading(heading, 2);
    doc.addTable(by);
}

// The appendix 指标说明: what each indicator counts, which date decides its year, its scope.
void addDefinitions(ReportDocument &doc)
{
    //: Heading of the yearly report's appendix that defines every indicator (指标说明).
    doc.addHeading(YearlyReport::tr("Appendix: definitions of the indicators"), 2);
    ReportDocument::Table t;
    const QStringList h = Definitions::headings();
    t.headers = QStringList { h.at(0), h.at(1), h.at(2), h.at(3) };
    t.widths = { 20, 44, 16, 20 };
    for (const Definition &d : Definitions::forAppendix())
        t.rows << QStringList { d.name, d.counted, d.year, d.scope };
    doc.addTable(t);
}

} // namespace

bool buildYearlyReport(ReportContext &ctx)
{
    ReportDocument &doc = *ctx.doc;
    IndicatorValues total;
    QString why;
    if (!Indicators::compute(ctx.db, ctx.filter, &total, &why))
        return ctx.fail(why);
    QHash<QString, Completion> completions;
    if (!Indicators::completions(ctx.db, ctx.filter, &completions, &why))
        return ctx.fail(why);
    const QHash<QString, qint64> targets = targetsOf(completions);
    // Records dated outside the office's period: in no figure of a report within it.
    OutsidePeriod outside;
    const bool withinPeriod = ctx.filter.fromYear >= ctx.officePeriod.from && ctx.filter.toYear <= ctx.officePeriod.to;
    if (withinPeriod
        && !OutsidePeriod::compute(ctx.db, ctx.officePeriod.from, ctx.officePeriod.to, ctx.filter.countyId, &outside, &why))
        return ctx.fail(why);

    // Columns of the comparison tables: each year of a span; each unit, over the whole span.
    QVector<Column> yearColumns;
    const bool byYear = ctx.years.size() > 1;
    if (byYear) {
        for (const int y : ctx.years) {
            Filter f = ctx.filter;
            f.fromYear = f.toYear = y;
            yearColumns << Column { QString::number(y), f, {} };
        }
    }
    QVector<Column> unitColumns;
    if (ctx.units.size() > 1) {
        for (const Unit &u : ctx.units) {
            Filter f = ctx.filter;
            f.countyId = u.id;
            unitColumns << Column { u.displayName(), f, {} };
        }
        // The records that name no western unit, so that the unit columns add up to the total.
        Filter f = ctx.filter;
        f.countyId = Filter::Unassigned;
        unitColumns << Column { YearlyReport::tr("Not assigned to a unit"), f, {}, true };
    }
    for (QVector<Column> *columns : { &yearColumns, &unitColumns }) {
        for (Column &c : *columns) {
            if (!Indicators::compute(ctx.db, c.filter, &c.values, &why))
                return ctx.fail(why);
        }
    }
    const QStringList areas = Indicators::areas();
    if (!ctx.step(1, int(areas.size()) + 2))
        return false;

    addTitleBlock(ctx);
    QStringList areaNames;
    for (const QString &a : areas)
        areaNames << Labels::text(Labels::Domain::Area, a);
    doc.addParagraph(YearlyReport::tr("This report sets out the East–West cooperation work for %1 in %2, area by area in the "
                            "order of the assessment: %3. Every figure is computed from the records kept in Tongxin; "
                            "where targets were recorded for a western unit and year, the actual figures are set "
                            "against them.")
                         .arg(ctx.filter.countyId ? ctx.unitName : YearlyReport::tr("all western units"), ctx.period,
                             Language::locale().createSeparatedList(areaNames)));
    if (outside.any())
        doc.addParagraph(YearlyReport::tr("Records dated outside the office's period %1 are in no figure of this report: "
                                          "%2. Pairings, working groups and outlets count what was in force in the "
                                          "period.")
                             .arg(ctx.officePeriod.text(), outside.lines().join(YearlyReport::tr("; "))));

    // At a glance: the figures offices are asked about first.
    ReportDocument::Table glance;
    glance.headers = QStringList { YearlyReport::tr("Indicator"), YearlyReport::tr("Figure"), YearlyReport::tr("Indicator"), YearlyReport::tr("Figure") };
    glance.align = { Align::Left, Align::Right, Align::Left, Align::Right };
    glance.widths = { 32, 18, 32, 18 };
    const QVector<IndicatorInfo> key = pick({ "fiscal_aid_paid_fen", "aid_projects", "consumption_sales_fen",
        "enterprises_settled", "cadres_seconded", "professionals_dispatched", "training_person_times",
        "labour_placed" });
    for (int i = 0; i + 1 < key.size(); i += 2)
        glance.rows << QStringList { key[i].label(), cellText(key[i], total), key[i + 1].label(), cellText(key[i + 1], total) };
    doc.addHeading(YearlyReport::tr("At a glance"), 2);
    doc.addTable(glance);

    int section = 0;
    for (int a = 0; a < areas.size(); ++a) {
        const QString &area = areas[a];
        const QVector<IndicatorInfo> indicators = Indicators::ofArea(area);
        doc.addHeading(ReportParts::sectionNumber(++section) + Labels::text(Labels::Domain::Area, area));

        QStringList items;
        for (const IndicatorInfo &i : indicators)
            items << YearlyReport::tr("%1: %2").arg(i.label(), total.text(i));
        //: The figures of an area in a sentence: "In 2017–2020: Special working groups: 11 groups; …."
        doc.addParagraph(YearlyReport::tr("In %1: %2.").arg(ctx.period, items.join(YearlyReport::tr("; "))));

        // Actual against target.
        ReportDocument::Table figures;
        figures.headers = QStringList { YearlyReport::tr("Indicator"), YearlyReport::tr("Actual, %1").arg(ctx.period), YearlyReport::tr("Target"),
            completionHeader() };
        figures.align = { Align::Left, Align::Right, Align::Right, Align::Right };
        figures.widths = { 40, 26, 20, 14 };
        bool anyTarget = false;
        for (const IndicatorInfo &i : indicators) {
            figures.rows << QStringList { i.label(), cellText(i, total), targetText(i, targets),
                completionText(i, completions) };
            anyTarget = anyTarget || targets.contains(i.key);
        }
        doc.addTable(figures);
        if (!anyTarget)
            doc.addParagraph(YearlyReport::tr("No targets were recorded for this area."), true);

        // A span: by year, then by western unit over the span; a year: by western unit.
        const QVector<Column> years = shownColumns(yearColumns, indicators);
        const QVector<Column> units = shownColumns(unitColumns, indicators);
        addComparison(doc, YearlyReport::tr("By year"), indicators, years, false);
        addComparison(doc, YearlyReport::tr("By western unit"), indicators, units, true);
        const BarChart chart = areaChart(ctx, area, byYear ? years : units, byYear, total);
        ReportParts::addChart(ctx, chart, 58);
        if (!ctx.step(a + 2, int(areas.size()) + 2))
            return false;
    }

    doc.addHeading(YearlyReport::tr("Notes"), 2);
    doc.addParagraph(YearlyReport::tr("Flows (money paid, sales, trips, persons trained or placed) count what happened in the "
                            "period; stocks (pairings, outlets, working groups) count what was in force at any time "
                            "in it. Working groups and consumption-aid outlets serve all western units together. "
                            "Amounts: %1.")
                         .arg(Money::displayUnit()),
        true);
    doc.addParagraph(Indicators::completionBasis(), true);
    ReportParts::addSignOff(ctx);
    addDefinitions(doc);
    return ctx.step(int(areas.size()) + 2, int(areas.size()) + 2);
}

bool buildCountyReport(ReportContext &ctx)
{
    ReportDocument &doc = *ctx.doc;
    IndicatorValues values;
    QString why;
    if (!Indicators::compute(ctx.db, ctx.filter, &values, &why))
        return ctx.fail(why);
    QHash<QString, Completion> completions;
    if (!Indicators::completions(ctx.db, ctx.filter, &completions, &why))
        return ctx.fail(why);
    const QHash<QString, qint64> targets = targetsOf(completions);
    constexpr int Steps = 8;
    addTitleBlock(ctx);
    doc.addParagraph(YearlyReport::tr("Everything recorded about %1 in %2: the figures of each area of the assessment against "
                            "their targets, the aid projects and their payments, the people seconded and dispatched, "
                            "enterprises and jobs, pairings, consumption-aid sales and donations.")
                         .arg(ctx.unitName, ctx.period));

    int section = 0;
    doc.addHeading(ReportParts::sectionNumber(++section) + YearlyReport::tr("Figures by area"));
    ReportDocument::Table figures;
    figures.headers = QStringList { YearlyReport::tr("Indicator"), YearlyReport::tr("Actual"), YearlyReport::tr("Target"), completionHeader() };
    figures.align = { Align::Left, Align::Right, Align::Right, Align::Right };
    figures.widths = { 44, 24, 18, 14 };
    for (const QString &area : Indicators::areas()) {
        figures.rows << QStringList { Labels::text(Labels::Domain::Area, area), QString(), QString(), QString() };
        figures.boldRows << int(figures.rows.size()) - 1;
        figures.shadedRows << int(figures.rows.size()) - 1;
        for (const IndicatorInfo &i : Indicators::ofArea(area))
            figures.rows << QStringList { i.label(), cellText(i, values), targetText(i, targets),
                completionText(i, completions) };
    }
    doc.addTable(figures);
    if (!ctx.step(1, Steps))
        return false;

    if (!ReportParts::addPersonnelRoster(ctx, &section) || !ctx.step(2, Steps))
        return false;
    if (!ReportParts::addProjectLedger(ctx, &section) || !ctx.step(3, Steps))
        return false;
    doc.addHeading(ReportParts::sectionNumber(++section) + YearlyReport::tr("Industry and labour"));
    if (!ReportParts::addExportTable(ctx, QStringLiteral("enterprises"), YearlyReport::tr("Enterprises settled"),
            { 0, 2, 4, 5, 6, 7, 8 }, { 26, 14, 16, 9, 11, 10, 14 })
        || !ctx.step(4, Steps))
        return false;
    if (!ReportParts::addExportTable(ctx, QStringLiteral("placements"), YearlyReport::tr("Labour placements"),
            { 1, 3, 4, 5, 6 }, { 10, 20, 40, 15, 15 })
        || !ctx.step(5, Steps))
        return false;
    if (!ReportParts::addPairingRoster(ctx, &section) || !ctx.step(6, Steps))
        return false;
    if (!ReportParts::addSalesStatement(ctx, &section) || !ctx.step(7, Steps))
        return false;
    doc.addHeading(ReportParts::sectionNumber(++section) + YearlyReport::tr("Social aid"));
    if (!ReportParts::addExportTable(ctx, QStringLiteral("donations"), YearlyReport::tr("Donations"), { 0, 1, 2, 4, 5, 6, 7 },
            { 11, 20, 12, 17, 12, 16, 12 }))
        return false;
    ReportParts::addSignOff(ctx);
    return ctx.step(Steps, Steps);
}

bool buildRosterReport(ReportContext &ctx)
{
    addTitleBlock(ctx);
    int section = 0;
    return ReportParts::addPairingRoster(ctx, &section) && ReportParts::addPersonnelRoster(ctx, &section);
}

bool buildLedgerReport(ReportContext &ctx)
{
    addTitleBlock(ctx);
    int section = 0;
    return ReportParts::addProjectLedger(ctx, &section);
}

bool buildSalesReport(ReportContext &ctx)
{
    addTitleBlock(ctx);
    int section = 0;
    return ReportParts::addSalesStatement(ctx, &section);
}

} // namespace tongxin

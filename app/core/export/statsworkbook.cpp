#include "export/statsworkbook.h"

#include "stats/definitions.h"

#include "domain/labels.h"
#include "export/tables.h"
#include "export/xlsxexporter.h"
#include "report/indicators.h"
#include "stats/breakdowns.h"
#include "stats/period.h"

namespace tongxin {

namespace {

enum class RowKind { Unit, Unassigned, All, Outside };

struct Row
{
    RowKind kind = RowKind::Unit;
    QString unit;
    int year = 0; ///< 0 for the outside-the-period row
    IndicatorValues values;
    QHash<QString, Completion> completions;
};

bool failed(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

bool StatsWorkbook::build(const QSqlDatabase &db, const Filter &filter, QVector<TableData> *sheets, QString *error)
{
    // The years: as asked, an open end (or both) taken from the office's period.
    const OfficePeriod period = OfficePeriod::of(db);
    const int from = filter.fromYear > 0 ? filter.fromYear : period.from;
    const int to = filter.toYear > 0 ? filter.toYear : qMax(period.to, from);
    QVector<int> years;
    for (int y = from; y <= to; ++y)
        years.push_back(y);
    QVector<Unit> units;
    for (const Unit &u : Breakdowns::westernUnits(db)) {
        if (filter.countyId == 0 || u.id == filter.countyId)
            units.push_back(u);
    }

    // Every unit and year; then the records that name no unit, per year; then all units
    // together, per year; then what is dated outside the years shown.
    QVector<Row> rows;
    QString why;
    const auto add = [&](RowKind kind, const QString &name, qint64 county) {
        for (const int y : std::as_const(years)) {
            Row r { kind, name, y, {}, {} };
            const Filter f = Filter::year(y, county);
            if (!Indicators::compute(db, f, &r.values, &why))
                return false;
            if (kind != RowKind::Unassigned && !Indicators::completions(db, f, &r.completions, &why))
                return false;
            rows.push_back(r);
        }
        return true;
    };
    for (const Unit &u : std::as_const(units)) {
        if (!add(RowKind::Unit, u.displayName(), u.id))
            return failed(error, why);
    }
    if (filter.countyId == 0) {
        if (!add(RowKind::Unassigned, tr("Not assigned to a unit"), Filter::Unassigned)
            || !add(RowKind::All, tr("All western units"), 0))
            return failed(error, why);
    }
    // What lies outside the years shown, when they cover the office's period (a workbook of
    // chosen years leaves the other years out on purpose).
    OutsidePeriod outside;
    if (from <= period.from && to >= period.to
        && !OutsidePeriod::compute(db, from, to, filter.countyId, &outside, &why))
        return failed(error, why);
    if (outside.any()) {
        Row r;
        r.kind = RowKind::Outside;
        r.unit = tr("Outside %1 (dated before or after)").arg(ExportTables::describe(Filter { from, to, 0 }, QString()));
        r.values.headline = outside.figures;
        // The area indicators outside the period are Headline's area figures, as inside it.
        r.values.extra[size_t(ExtraIndicator::LabourPlaced)] = outside.figures.value(AreaFigure::LabourPersonsPlaced);
        r.values.extra[size_t(ExtraIndicator::LabourPlacedPoor)] = outside.figures.value(AreaFigure::LabourPoorPlaced);
        r.values.extra[size_t(ExtraIndicator::DonationsCash)] = outside.figures.value(AreaFigure::DonationsCash);
        r.values.extra[size_t(ExtraIndicator::DonationsGoods)] = outside.figures.value(AreaFigure::DonationsInKind);
        rows.push_back(r);
    }

    const QString described = ExportTables::describe(
        Filter { from, to, 0 }, filter.countyId && !units.isEmpty() ? units.first().displayName() : QString());
    sheets->clear();
    for (const QString &area : Indicators::areas()) {
        const QVector<IndicatorInfo> indicators = Indicators::ofArea(area);
        // Which of the extra rows this sheet needs: only those with a figure of its area.
        bool unassigned = false;
        bool outsideShown = false;
        bool officeWide = false;
        for (const Row &r : std::as_const(rows)) {
            for (const IndicatorInfo &i : indicators) {
                officeWide = officeWide || i.officeWide;
                if (r.kind == RowKind::Unassigned && !i.officeWide && r.values.value(i) != 0)
                    unassigned = true;
                if (r.kind == RowKind::Outside && r.values.value(i) != 0)
                    outsideShown = true;
            }
        }
        TableData sheet;
        const QString areaName = Labels::text(Labels::Domain::Area, area);
        sheet.setSheetName(areaName);
        sheet.setTitle(tr("%1: targets and actuals by western unit and year").arg(areaName));
        QStringList notes { described, Indicators::completionBasis() };
        if (officeWide)
            notes << tr("Working groups and consumption-aid outlets serve all western units together: they are "
                        "shown in the rows of all western units only.");
        if (outsideShown)
            notes << tr("Stocks (pairings, working groups, outlets) count what was in force in the period and are "
                        "not repeated in the row of records dated outside it.");
        sheet.setFilterDescription(notes.join(QStringLiteral("  ·  ")));
        QVector<ExportColumn> columns
            = { { tr("Western unit"), CellType::Text }, { tr("Year"), CellType::Year } };
        QVector<HeaderGroup> headerGroups;
        for (const IndicatorInfo &i : indicators) {
            const CellType type = i.money ? CellType::Money : CellType::Integer;
            QString label = i.label();
            if (i.headline && Figures::info(i.figure).kind == FigureInfo::Kind::Pairing)
                label = tr("%1 (pairs)").arg(label);
            headerGroups.push_back({ int(columns.size()), 3, label });
            columns.push_back({ tr("Target"), type });
            columns.push_back({ tr("Actual"), type });
            //: Header of a completion-rate column: the rate divides summed actuals by summed targets.
            columns.push_back({ tr("Completion (Σ actual ÷ Σ target)"), CellType::Percent });
        }
        sheet.setColumns(columns);
        sheet.setHeaderGroups(headerGroups);
        for (const Row &r : std::as_const(rows)) {
            if ((r.kind == RowKind::Unassigned && !unassigned) || (r.kind == RowKind::Outside && !outsideShown))
                continue;
            ExportRow out { r.unit, r.year > 0 ? QVariant(qint64(r.year)) : QVariant() };
            for (const IndicatorInfo &i : indicators) {
                // Office-wide figures are not any one unit's; stocks are not counted outside.
                const bool shown = !(i.officeWide && (r.kind == RowKind::Unit || r.kind == RowKind::Unassigned))
                    && !(r.kind == RowKind::Outside && i.headline && OutsidePeriod::isStock(i.figure));
                const auto c = r.completions.constFind(i.key);
                const bool hasTarget = shown && c != r.completions.constEnd();
                out << (hasTarget ? QVariant(c->target) : QVariant()) << (shown ? QVariant(r.values.value(i)) : QVariant());
                const double done = hasTarget ? c->rate() : -1.0;
                out << (done >= 0 ? QVariant(done) : QVariant());
            }
            sheet.addRow(out);
        }
        sheets->push_back(sheet);
    }
    sheets->push_back(definitionsSheet());
    return true;
}

TableData StatsWorkbook::definitionsSheet()
{
    TableData sheet;
    //: Sheet of the statistics workbook that says what each indicator counts (指标说明).
    sheet.setSheetName(tr("Definitions"));
    sheet.setTitle(tr("Definitions of the indicators"));
    const QStringList h = Definitions::headings();
    sheet.setColumns({ { h.at(0), CellType::Text }, { tr("Key"), CellType::Text }, { h.at(1), CellType::Text },
        { h.at(2), CellType::Text }, { h.at(3), CellType::Text }, { h.at(4), CellType::Text },
        { h.at(5), CellType::Text } });
    for (const Definition &d : Definitions::forAppendix())
        sheet.addRow({ d.name, d.key, d.counted, d.year, d.scope, d.unit, d.target });
    return sheet;
}

bool StatsWorkbook::write(const QSqlDatabase &db, const Filter &filter, const QString &path, QString *error)
{
    QVector<TableData> sheets;
    if (!build(db, filter, &sheets, error))
        return false;
    QVector<TableSource *> sources;
    for (TableData &s : sheets)
        sources.push_back(&s);
    XlsxExporter exporter;
    if (!exporter.write(sources, path)) {
        if (error)
            *error = exporter.errorString();
        return false;
    }
    return true;
}

} // namespace tongxin

#include "export/statsworkbook.h"

#include "domain/labels.h"
#include "export/tables.h"
#include "export/xlsxexporter.h"
#include "report/indicators.h"
#include "stats/breakdowns.h"

namespace tongxin {

namespace {

struct Row
{
    QString unit;
    int year = 0;
    IndicatorValues values;
    QHash<QString, qint64> targets;
};

} // namespace

bool StatsWorkbook::build(const QSqlDatabase &db, const Filter &filter, QVector<TableData> *sheets, QString *error)
{
    QVector<int> years;
    for (const int y : Breakdowns::years(db)) {
        if (y >= filter.firstYear() && y <= filter.lastYear())
            years.push_back(y);
    }
    if (years.isEmpty() && filter.fromYear > 0 && filter.toYear > 0) {
        for (int y = filter.fromYear; y <= filter.toYear; ++y)
            years.push_back(y);
    }
    QVector<Unit> units;
    for (const Unit &u : Breakdowns::westernUnits(db)) {
        if (filter.countyId == 0 || u.id == filter.countyId)
            units.push_back(u);
    }

    // Every unit and year, then all units together (when there are several) per year.
    QVector<Row> rows;
    QVector<QPair<qint64, QString>> groups;
    for (const Unit &u : units)
        groups.push_back({ u.id, u.displayName() });
    if (filter.countyId == 0 && units.size() > 1)
        groups.push_back({ 0, tr("All western units") });
    for (const auto &g : groups) {
        for (const int y : years) {
            Row r;
            r.unit = g.second;
            r.year = y;
            const Filter f = Filter::year(y, g.first);
            QString why;
            if (!Indicators::compute(db, f, &r.values, &why)) {
                if (error)
                    *error = why;
                return false;
            }
            r.targets = Indicators::targets(db, f, &why);
            if (!why.isEmpty()) {
                if (error)
                    *error = why;
                return false;
            }
            rows.push_back(r);
        }
    }

    const QString period = ExportTables::describe(
        Filter { years.isEmpty() ? 0 : years.first(), years.isEmpty() ? 0 : years.last(), 0 },
        filter.countyId && !units.isEmpty() ? units.first().displayName() : QString());
    sheets->clear();
    for (const QString &area : Indicators::areas()) {
        const QVector<IndicatorInfo> indicators = Indicators::ofArea(area);
        TableData sheet;
        const QString areaName = Labels::text(Labels::Domain::Area, area);
        sheet.setSheetName(areaName);
        sheet.setTitle(tr("%1: targets and actuals by western unit and year").arg(areaName));
        sheet.setFilterDescription(period);
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
            columns.push_back({ tr("Completion"), CellType::Percent });
        }
        sheet.setColumns(columns);
        sheet.setHeaderGroups(headerGroups);
        for (const Row &r : rows) {
            ExportRow out { r.unit, qint64(r.year) };
            for (const IndicatorInfo &i : indicators) {
                const qint64 actual = r.values.value(i);
                const auto t = r.targets.constFind(i.key);
                const bool hasTarget = t != r.targets.constEnd();
                out << (hasTarget ? QVariant(*t) : QVariant()) << QVariant(actual);
                const double done = hasTarget ? Indicators::completion(actual, *t) : -1.0;
                out << (done >= 0 ? QVariant(done) : QVariant());
            }
            sheet.addRow(out);
        }
        sheets->push_back(sheet);
    }
    return true;
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

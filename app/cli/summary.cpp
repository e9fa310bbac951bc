// The `summary` command: the headline figures, as an aligned table or as JSON.

#include "commands.h"

#include "exitcode.h"
#include "output.h"
#include "periodnote.h"
#include "summarytable.h"

#include "db/database.h"
#include "domain/labels.h"
#include "money/money.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"
#include "stats/period.h"

#include <QJsonDocument>
#include <QLocale>

namespace tongxin::cli {

namespace {

QString table(const HeadlineFigures &figs, const Filter &filter, const QString &unitName, const OutsidePeriod *outside)
{
    SummaryTable t;
    for (const QString &area : Labels::codes(Labels::Domain::Area)) {
        bool titled = false;
        for (const FigureInfo &info : Figures::all()) {
            if (area != QLatin1String(info.area))
                continue;
            if (!titled)
                t.addSection(Labels::text(Labels::Domain::Area, area));
            titled = true;
            t.addRow(Figures::label(info.id), figs.text(info.id));
        }
        for (const AreaFigureInfo &info : Figures::areaFigures()) { // labour, social aid
            if (area != QLatin1String(info.area))
                continue;
            if (!titled)
                t.addSection(Labels::text(Labels::Domain::Area, area));
            titled = true;
            t.addRow(Figures::label(info.id), figs.text(info.id));
        }
    }
    if (outside && outside->any()) {
        // Never dropped silently: what is dated outside the office's period, in a section of its own.
        t.addSection(Commands::tr("Outside the period %1 (dated before or after; not in the figures above)")
                         .arg(Commands::spanText(Filter { outside->from, outside->to, 0 })));
        for (const auto &item : outside->items())
            t.addRow(item.first, item.second);
    }
    const QString title = Commands::tr("Headline figures: %1, %2")
                              .arg(Commands::spanText(filter), unitName.isEmpty() ? Commands::tr("all western units") : unitName);
    return title + QLatin1String("\n\n") + t.render();
}

} // namespace

int Commands::summary(const Options &o)
{
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    Filter filter;
    filter.fromYear = o.fromYear;
    filter.toYear = o.toYear;
    // No years asked: the office's period, the one meaning of "all years" (reports and the
    // statistics workbook use it too); what is dated outside it is shown apart.
    const bool wholePeriod = o.fromYear == 0 && o.toYear == 0;
    if (wholePeriod) {
        const OfficePeriod p = OfficePeriod::of(db.db());
        filter.fromYear = p.from;
        filter.toYear = p.to;
    }
    QString unitName;
    if (!o.county.isEmpty() && !resolveUnit(db.db(), o.county, &filter.countyId, &unitName))
        return ExitUsage;
    HeadlineFigures figs;
    QString why;
    if (!Headline::compute(db.db(), filter, &figs, &why)) {
        printError(tr("The figures could not be computed: %1").arg(why));
        return ExitUsage;
    }
    notePeriod(db.db(), o.file, filter); // years asked outside the period: said on stderr
    OutsidePeriod outside;
    if (wholePeriod && !OutsidePeriod::compute(db.db(), filter.fromYear, filter.toYear, filter.countyId, &outside, &why)) {
        printError(tr("The figures could not be computed: %1").arg(why));
        return ExitUsage;
    }
    if (o.json) {
        const auto format = o.compact ? QJsonDocument::Compact : QJsonDocument::Indented;
        QJsonObject json = figs.toJson();
        if (outside.any())
            json.insert(QStringLiteral("outside_period"), outside.toJson());
        QString text = QString::fromUtf8(QJsonDocument(json).toJson(format));
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        printOut(text);
    } else {
        printOut(table(figs, filter, unitName, wholePeriod ? &outside : nullptr));
    }
    return ExitOk;
}

} // namespace tongxin::cli

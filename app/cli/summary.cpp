// The `summary` command: the headline figures, as an aligned table or as JSON.

#include "commands.h"

#include "exitcode.h"
#include "output.h"
#include "summarytable.h"

#include "db/database.h"
#include "domain/labels.h"
#include "money/money.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"

#include <QJsonDocument>
#include <QLocale>

namespace tongxin::cli {

namespace {

QString period(const Filter &f)
{
    if (f.fromYear > 0 && f.fromYear == f.toYear)
        return QString::number(f.fromYear);
    if (f.fromYear > 0 && f.toYear > 0)
        return QStringLiteral("%1–%2").arg(f.fromYear).arg(f.toYear);
    if (f.fromYear > 0)
        return Commands::tr("from %1").arg(f.fromYear);
    if (f.toYear > 0)
        return Commands::tr("up to %1").arg(f.toYear);
    return Commands::tr("all years");
}

QString table(const HeadlineFigures &figs, const Filter &filter, const QString &unitName)
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
    const QString title = Commands::tr("Headline figures: %1, %2")
                              .arg(period(filter), unitName.isEmpty() ? Commands::tr("all western units") : unitName);
    return title + QLatin1String("\n\n") + t.render();
}

QString unitList(const QSqlDatabase &db)
{
    QStringList names;
    for (const Unit &u : Breakdowns::westernUnits(db))
        names << (u.nameEn.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.name, u.nameEn));
    return names.join(QLatin1String(", "));
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
    QString unitName;
    if (!o.county.isEmpty()) {
        filter.countyId = Breakdowns::findUnit(db.db(), o.county);
        if (filter.countyId == 0) {
            const QString available = unitList(db.db());
            printError(available.isEmpty()
                    ? tr("Unknown western unit \"%1\": the database has no western units.").arg(o.county)
                    : tr("Unknown western unit \"%1\". Available units: %2.").arg(o.county, available));
            return ExitUsage;
        }
        for (const Unit &u : Breakdowns::westernUnits(db.db())) {
            if (u.id == filter.countyId)
                unitName = u.displayName();
        }
    }
    HeadlineFigures figs;
    QString why;
    if (!Headline::compute(db.db(), filter, &figs, &why)) {
        printError(tr("The figures could not be computed: %1").arg(why));
        return ExitUsage;
    }
    if (o.json) {
        const auto format = o.compact ? QJsonDocument::Compact : QJsonDocument::Indented;
        QString text = QString::fromUtf8(QJsonDocument(figs.toJson()).toJson(format));
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        printOut(text);
    } else {
        printOut(table(figs, filter, unitName));
    }
    return ExitOk;
}

} // namespace tongxin::cli

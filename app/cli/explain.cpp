// The `explain` command (the records that make a figure) and `summary --definitions`.

#include "commands.h"

#include "exitcode.h"
#include "output.h"
#include "periodnote.h"
#include "summarytable.h"

#include "db/database.h"
#include "i18n/language.h"
#include "money/money.h"
#include "stats/definitions.h"
#include "stats/explain.h"
#include "stats/period.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace tongxin::cli {

namespace {

QString jsonText(const QJsonDocument &doc, bool compact)
{
    QString text = QString::fromUtf8(doc.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

// A record's value as read: money in yuan with two decimals, counts as numbers.
QString valueText(qint64 v, bool money)
{
    return money ? Money::amount(v, Money::Unit::Yuan) : QLocale().toString(v);
}

QString explanationText(const Explanation &e, const Filter &filter, const QString &unitName)
{
    const Definition d = Definitions::of(e.figure);
    // A figure of the whole office never claims the unit asked for (--county).
    const QString scope = d.officeWide ? Commands::tr("office-wide") : unitName;
    QString out = Commands::tr("%1, %2, %3").arg(d.name, Commands::spanText(filter), scope) + QLatin1Char('\n');
    out += d.counted + QLatin1Char('\n');
    if (e.money)
        out += Commands::tr("Amounts in yuan.") + QLatin1Char('\n');
    out += QLatin1Char('\n');
    QVector<QStringList> rows;
    const bool english = Language::current() == QLatin1String("en");
    // A record without a western unit: office-wide figures have none; others say so.
    const QString none = d.officeWide ? QStringLiteral("—") : Commands::tr("Not assigned to a unit");
    for (const ExplainRecord &r : e.records) {
        QString unit = english && !r.unitEn.isEmpty() ? r.unitEn : r.unit;
        if (unit.isEmpty())
            unit = none;
        rows.push_back({QStringLiteral("%1 #%2").arg(r.table).arg(r.id), r.date, unit, r.description,
                        valueText(r.value, e.money)});
    }
    QVector<int> widths(5, 0);
    for (const QStringList &row : rows) {
        for (int c = 0; c < 4; ++c)
            widths[c] = qMax(widths[c], SummaryTable::displayWidth(row.at(c)));
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < 4; ++c)
            line += SummaryTable::padRight(row.at(c), widths[c]) + QStringLiteral("  ");
        out += line + row.at(4) + QLatin1Char('\n');
    }
    const QString count = e.records.size() == 1 ? Commands::tr("1 record")
                                                : Commands::tr("%1 records").arg(QLocale().toString(e.records.size()));
    out += QLatin1Char('\n')
        + Commands::tr("Total of the records: %1 (%2); the figure: %3.")
              .arg(e.money ? Money::format(e.total) : valueText(e.total, false), count,
                   e.money ? Money::format(e.value) : valueText(e.value, false))
        + QLatin1Char('\n');
    return out;
}

} // namespace

int Commands::definitions(const Options &o)
{
    const QVector<Definition> all = Definitions::all();
    if (o.json) {
        QJsonArray list;
        for (const Definition &d : all)
            list.append(d.toJson());
        printOut(jsonText(QJsonDocument(list), o.compact));
        return ExitOk;
    }
    const QStringList h = Definitions::headings();
    QString out;
    for (const Definition &d : all) {
        out += QStringLiteral("%1 (%2)\n").arg(d.name, d.key);
        SummaryTable t;
        t.addRow(h.at(1), d.counted);
        t.addRow(h.at(2), d.year);
        t.addRow(h.at(3), d.scope);
        t.addRow(h.at(4), d.unitOnCommandLine());
        t.addRow(h.at(5), d.target);
        out += t.render() + QLatin1Char('\n');
    }
    printOut(out);
    return ExitOk;
}

int Commands::explain(const Options &o)
{
    if (!Explain::knows(o.figure)) {
        printError(tr("There is no figure \"%1\". Figures: %2.").arg(o.figure, Explain::figures().join(QLatin1String(", "))));
        return ExitUsage;
    }
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    Filter filter;
    filter.fromYear = o.fromYear;
    filter.toYear = o.toYear;
    if (o.fromYear == 0 && o.toYear == 0) { // as summary: the office's period
        const OfficePeriod p = OfficePeriod::of(db.db());
        filter.fromYear = p.from;
        filter.toYear = p.to;
    }
    QString unitName = tr("all western units");
    if (!o.county.isEmpty() && !resolveUnit(db.db(), o.county, &filter.countyId, &unitName))
        return ExitUsage;
    Explanation e;
    QString why;
    if (!Explain::explain(db.db(), o.figure, filter, &e, &why)) {
        printError(tr("The figure could not be computed: %1").arg(why));
        return ExitUsage;
    }
    notePeriod(db.db(), o.file, filter);
    printOut(o.json ? jsonText(QJsonDocument(e.toJson()), o.compact) : explanationText(e, filter, unitName));
    return ExitOk;
}

} // namespace tongxin::cli

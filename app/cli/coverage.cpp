// The `coverage` command: poor villages and registered poor households that pairings do not
// reach yet, per western unit, as aligned tables or as JSON (see CoverageReport::toJson()).

#include "commands.h"

#include "exitcode.h"
#include "output.h"
#include "summarytable.h"

#include "db/database.h"
#include "domain/labels.h"
#include "pairing/coverage.h"
#include "stats/breakdowns.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace tongxin::cli {

namespace {

constexpr int ListIndent = 4;
constexpr int ColumnGap = 2;

// A list of rows under a header, columns aligned in terminal columns (CJK is two wide).
QString listTable(const QStringList &headers, const QVector<QStringList> &rows)
{
    QVector<int> widths(headers.size(), 0);
    for (int c = 0; c < headers.size(); ++c)
        widths[c] = SummaryTable::displayWidth(headers.at(c));
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], SummaryTable::displayWidth(row.at(c)));
    }
    const auto line = [&](const QStringList &cells) {
        QString text(ListIndent, QLatin1Char(' '));
        for (int c = 0; c < cells.size(); ++c) {
            const bool last = c == cells.size() - 1;
            text += last ? cells.at(c) : SummaryTable::padRight(cells.at(c), widths.at(c) + ColumnGap);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString out = line(headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-')); // ASCII: box-drawing lines are double width in some CJK terminals
    out += line(rule);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString kindNames(const QStringList &kinds)
{
    QStringList names;
    for (const QString &k : kinds)
        names << Labels::text(Labels::Domain::PairingKind, k);
    return names.join(QLatin1String(", "));
}

QString number(int n)
{
    return QLocale().toString(n);
}

void addCounts(SummaryTable *t, int poor, int uncovered, int oneKind, int several, int households, int withoutCadre)
{
    t->addRow(Commands::tr("Poor villages"), number(poor));
    t->addRow(Commands::tr("  with no village pairing in force"), number(uncovered));
    t->addRow(Commands::tr("  with one kind of pairing only"), number(oneKind));
    t->addRow(Commands::tr("  with several kinds of pairing"), number(several));
    t->addRow(Commands::tr("Registered poor households"), number(households));
    t->addRow(Commands::tr("  without a cadre pair in force"), number(withoutCadre));
}

QString villageList(const QString &title, const QVector<VillageCoverage> &villages, bool withKinds)
{
    QString out = QStringLiteral("  %1 (%2)\n").arg(title, number(int(villages.size())));
    if (villages.isEmpty())
        return out + QString(ListIndent, QLatin1Char(' ')) + Commands::tr("none") + QLatin1Char('\n');
    QStringList headers { Commands::tr("Village"), Commands::tr("Town") };
    if (withKinds)
        headers << Commands::tr("Pairing kind");
    QVector<QStringList> rows;
    for (const VillageCoverage &v : villages) {
        QStringList row { v.name, v.town };
        if (withKinds)
            row << kindNames(v.kinds);
        rows << row;
    }
    return out + listTable(headers, rows);
}

QString householdList(const QVector<HouseholdCoverage> &households)
{
    QString out
        = QStringLiteral("  %1 (%2)\n")
              .arg(Commands::tr("Registered poor households without a cadre pair"), number(int(households.size())));
    if (households.isEmpty())
        return out + QString(ListIndent, QLatin1Char(' ')) + Commands::tr("none") + QLatin1Char('\n');
    const QStringList headers { Commands::tr("Head of household"), Commands::tr("Village"), Commands::tr("Town"),
        Commands::tr("Members"), Commands::tr("Registered"), Commands::tr("Exit year") };
    QVector<QStringList> rows;
    for (const HouseholdCoverage &h : households) {
        rows << QStringList { h.head, h.village, h.town, QString::number(h.members), QString::number(h.registeredYear),
            h.exitYear > 0 ? QString::number(h.exitYear) : QStringLiteral("–") };
    }
    return out + listTable(headers, rows);
}

QString table(const CoverageReport &r)
{
    QString out = Commands::tr("Coverage of poor villages and registered poor households by pairings in force on %1")
                      .arg(r.date.toString(Qt::ISODate))
        + QLatin1String("\n");
    out += Commands::tr("Village pairings: community ↔ village, enterprise ↔ village, chamber of commerce ↔ village.")
        + QLatin1String("\n");
    for (const UnitCoverage &u : r.units) {
        SummaryTable t;
        t.addSection(u.unit.displayName());
        addCounts(&t, u.poorVillages, int(u.uncovered.size()), int(u.oneKind.size()), int(u.severalKinds.size()),
            u.households, int(u.withoutCadre.size()));
        out += QLatin1Char('\n') + t.render() + QLatin1Char('\n');
        out += villageList(Commands::tr("Poor villages with no village pairing in force"), u.uncovered, false);
        out += QLatin1Char('\n');
        out += villageList(Commands::tr("Poor villages with one kind of pairing only"), u.oneKind, true);
        out += QLatin1Char('\n');
        out += householdList(u.withoutCadre);
    }
    if (r.units.size() > 1) {
        SummaryTable t;
        t.addSection(Commands::tr("All western units"));
        addCounts(&t, r.poorVillages(), r.uncovered(), r.oneKind(), r.severalKinds(), r.households(),
            r.householdsWithoutCadre());
        out += QLatin1Char('\n') + t.render();
    }
    return out;
}

} // namespace

int Commands::coverage(const Options &o)
{
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    qint64 unitId = 0;
    QString unitName;
    if (!o.county.isEmpty() && !resolveUnit(db.db(), o.county, &unitId, &unitName))
        return ExitUsage;
    const QDate date = o.date.isValid() ? o.date : QDate::currentDate();
    CoverageReport report;
    QString why;
    if (!Coverage::compute(db.db(), date, unitId, &report, &why)) {
        printError(tr("The coverage could not be computed: %1").arg(why));
        return ExitUsage;
    }
    if (o.json) {
        const auto format = o.compact ? QJsonDocument::Compact : QJsonDocument::Indented;
        QString text = QString::fromUtf8(QJsonDocument(report.toJson()).toJson(format));
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        printOut(text);
    } else {
        printOut(table(report));
    }
    return ExitOk;
}

} // namespace tongxin::cli

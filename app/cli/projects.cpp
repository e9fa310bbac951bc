// The `projects` command: the aid-project ledger (项目台账) with budget, paid and % paid, and a
// totals row, as an aligned table or as JSON (money in fen).
//
// Years: --year selects projects by their funding year (projects.year). A project's "paid"
// counts every payment it received, whatever its date, unless --paid-year restricts it to
// payments dated in one calendar year; with --paid-year Y the paid total equals
// `summary --year Y`'s fiscal_aid_paid_fen for the same --county.

#include "commands.h"

#include "exitcode.h"
#include "output.h"
#include "summarytable.h"

#include "db/database.h"
#include "domain/labels.h"
#include "funds/fundsquery.h"
#include "money/money.h"
#include "stats/breakdowns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tongxin::cli {

namespace {

// A plain-text table with CJK-aware widths; numbers right-aligned.
class LedgerTable final
{
public:
    void setHeader(const QStringList &header, const QVector<bool> &rightAligned)
    {
        m_header = header;
        m_right = rightAligned;
    }
    void addRow(const QStringList &cells) { m_rows << cells; }
    void setFooter(const QStringList &cells) { m_footer = cells; }

    QString render() const
    {
        QVector<int> widths(m_header.size(), 0);
        auto measure = [&widths](const QStringList &cells) {
            for (int i = 0; i < cells.size() && i < widths.size(); ++i)
                widths[i] = qMax(widths[i], SummaryTable::displayWidth(cells.at(i)));
        };
        measure(m_header);
        for (const QStringList &r : m_rows)
            measure(r);
        measure(m_footer);
        QString out;
        out += line(m_header, widths);
        QStringList rule;
        for (int w : widths)
            rule << QString(w, QLatin1Char('-'));
        out += line(rule, widths);
        for (const QStringList &r : m_rows)
            out += line(r, widths);
        if (!m_footer.isEmpty()) {
            out += line(rule, widths);
            out += line(m_footer, widths);
        }
        return out;
    }

private:
    QString line(const QStringList &cells, const QVector<int> &widths) const
    {
        QStringList parts;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            const int pad = widths.at(i) - SummaryTable::displayWidth(cell);
            if (m_right.value(i))
                parts << QString(qMax(0, pad), QLatin1Char(' ')) + cell;
            else
                parts << (i + 1 == widths.size() ? cell : SummaryTable::padRight(cell, widths.at(i)));
        }
        QString text = parts.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    }

    QStringList m_header;
    QVector<bool> m_right;
    QVector<QStringList> m_rows;
    QStringList m_footer;
};

// A code of a domain from a code or a name; an error naming the codes when unknown.
bool resolveCode(Labels::Domain domain, const QString &given, const QString &option, QString *code)
{
    if (given.isEmpty())
        return true;
    *code = Labels::codeFor(domain, given);
    if (!code->isEmpty())
        return true;
    printError(Commands::tr("Unknown value \"%1\" for --%2. Use one of: %3.")
                   .arg(given, option, Labels::codes(domain).join(QLatin1String(", "))));
    return false;
}

QString table(const QVector<LedgerRow> &rows, const LedgerTotals &totals, const FundsFilter &f, const QString &unitName)
{
    QStringList scope;
    scope << (f.year > 0 ? Commands::tr("funding year %1").arg(f.year) : Commands::tr("all funding years"));
    scope << (unitName.isEmpty() ? Commands::tr("all western units") : unitName);
    if (!f.category.isEmpty())
        scope << Labels::text(Labels::Domain::ProjectCategory, f.category);
    if (!f.status.isEmpty())
        scope << Labels::text(Labels::Domain::ProjectStatus, f.status);
    QString out = Commands::tr("Project ledger: %1").arg(scope.join(QStringLiteral(", "))) + QLatin1Char('\n');
    out += (f.paidYear > 0 ? Commands::tr("Paid: payments dated in %1 only.").arg(f.paidYear)
                           : Commands::tr("Paid: every payment to these projects, whatever its date."))
        + QStringLiteral("\n\n");
    if (rows.isEmpty())
        return out + Commands::tr("No projects match.") + QLatin1Char('\n');

    LedgerTable t;
    t.setHeader({ Commands::tr("No."), Commands::tr("Year"), Commands::tr("Western unit"), Commands::tr("Project"),
                    Commands::tr("Category"), Commands::tr("Status"), Commands::tr("Budget"), Commands::tr("Paid"),
                    Commands::tr("% paid"), Commands::tr("Document no.") },
        { true, true, false, false, false, false, true, true, true, false });
    for (const LedgerRow &r : rows) {
        t.addRow({ QString::number(r.id), QString::number(r.year), r.countyName(), r.name,
            Labels::text(Labels::Domain::ProjectCategory, r.category), Labels::text(Labels::Domain::ProjectStatus, r.status),
            Money::format(r.budgetFen), Money::format(r.paidFen), FundsQuery::percentText(r.paidFen, r.budgetFen),
            r.docNo });
    }
    t.setFooter({ QString(), QString(), QString(),
        totals.projects == 1 ? Commands::tr("Total: 1 project") : Commands::tr("Total: %1 projects").arg(totals.projects),
        QString(), QString(), Money::format(totals.budgetFen), Money::format(totals.paidFen),
        FundsQuery::percentText(totals.paidFen, totals.budgetFen), QString() });
    return out + t.render();
}

} // namespace

int Commands::projects(const Options &o)
{
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    FundsFilter filter;
    filter.year = o.fromYear > 0 && o.fromYear == o.toYear ? o.fromYear : 0;
    filter.paidYear = o.paidYear;
    if (!resolveCode(Labels::Domain::ProjectCategory, o.category, QStringLiteral("category"), &filter.category)
        || !resolveCode(Labels::Domain::ProjectStatus, o.status, QStringLiteral("status"), &filter.status))
        return ExitUsage;
    QString unitName;
    if (!o.county.isEmpty() && !resolveUnit(db.db(), o.county, &filter.countyId, &unitName))
        return ExitUsage;

    QVector<LedgerRow> rows;
    QString why;
    if (!FundsQuery::ledger(db.db(), filter, &rows, &why)) {
        printError(tr("The project ledger could not be read: %1").arg(why));
        return ExitUsage;
    }
    const LedgerTotals totals = FundsQuery::totals(rows);
    if (o.json) {
        QJsonArray list;
        for (const LedgerRow &r : std::as_const(rows))
            list.append(r.toJson());
        QJsonObject f;
        f.insert(QStringLiteral("year"), filter.year > 0 ? QJsonValue(filter.year) : QJsonValue());
        f.insert(QStringLiteral("paid_year"), filter.paidYear > 0 ? QJsonValue(filter.paidYear) : QJsonValue());
        f.insert(QStringLiteral("county_id"), filter.countyId > 0 ? QJsonValue(filter.countyId) : QJsonValue());
        f.insert(QStringLiteral("category"), filter.category.isEmpty() ? QJsonValue() : QJsonValue(filter.category));
        f.insert(QStringLiteral("status"), filter.status.isEmpty() ? QJsonValue() : QJsonValue(filter.status));
        QJsonObject root;
        root.insert(QStringLiteral("filter"), f);
        root.insert(QStringLiteral("projects"), list);
        root.insert(QStringLiteral("totals"), totals.toJson());
        const auto format = o.compact ? QJsonDocument::Compact : QJsonDocument::Indented;
        QString text = QString::fromUtf8(QJsonDocument(root).toJson(format));
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        printOut(text);
    } else {
        printOut(table(rows, totals, filter, unitName));
    }
    return ExitOk;
}

} // namespace tongxin::cli

#include "report/reportparts.h"

#include "domain/labels.h"
#include "export/tables.h"
#include "i18n/language.h"
#include "money/money.h"
#include "stats/headline.h"

#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace tongxin {

using Align = ReportDocument::Align;

bool ReportContext::step(int done, int total)
{
    if (progress && !progress(done, total)) {
        cancelled = true;
        return false;
    }
    return true;
}

bool ReportContext::fail(const QString &why)
{
    if (error.isEmpty())
        error = why;
    return false;
}

QString ReportParts::sectionNumber(int n)
{
    if (Language::current().startsWith(QLatin1String("zh"))) {
        static const QString digits = QStringLiteral("零一二三四五六七八九");
        QString s;
        if (n >= 20)
            s += digits.at(n / 10);
        if (n >= 10)
            s += QStringLiteral("十");
        if (n % 10 != 0 || n < 10)
            s += digits.at(n % 10);
        return s + QStringLiteral("、");
    }
    return QStringLiteral("%1. ").arg(n);
}

QString ReportParts::money(qint64 fen)
{
    return Language::locale().toString(Money::inDisplayUnit(fen), 'f', 2);
}

QString ReportParts::moneyHeader(const QString &header)
{
    // The unit on a line of its own, so that a narrow column breaks there and nowhere else:
    // "预算" over "（万元）", "Budget" over "(thousand yuan)".
    const QString unit = Money::displayUnit();
    return Money::currentStyle() == Money::Style::Chinese ? header + QStringLiteral("\n（%1）").arg(unit)
                                                          : header + QStringLiteral("\n(%1)").arg(unit);
}

QString ReportParts::personName()
{
    //: Column header: the name of a person (姓名), not of a thing (名称).
    return tr("Name", "of a person");
}

QString ReportParts::integer(qint64 value)
{
    return Language::locale().toString(value);
}

QString ReportParts::percent(double fraction)
{
    if (fraction < 0)
        return QStringLiteral("–");
    return Language::locale().toString(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

QString ReportParts::cell(const QVariant &v, CellType type)
{
    if (!v.isValid() || v.isNull())
        return QString();
    switch (type) {
    case CellType::Integer:
        return integer(v.toLongLong());
    case CellType::Year:
        return QString::number(v.toLongLong());
    case CellType::Money:
        return money(v.toLongLong());
    case CellType::Percent:
        return percent(v.toDouble());
    case CellType::Decimal:
        return Language::locale().toString(v.toDouble(), 'g', 10);
    case CellType::Date:
        return v.userType() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
    case CellType::Text:
        break;
    }
    return v.toString();
}

bool ReportParts::fromSource(
    TableSource &source, const QVector<int> &chosen, ReportDocument::Table *table, QString *error)
{
    if (!source.start()) {
        if (error)
            *error = source.errorString();
        return false;
    }
    const QVector<ExportColumn> all = source.columns();
    QVector<int> columns = chosen;
    if (columns.isEmpty()) {
        for (int i = 0; i < all.size(); ++i)
            columns << i;
    }
    for (const int c : columns) {
        const ExportColumn &col = all.at(c);
        table->headers << (col.type == CellType::Money ? moneyHeader(col.header) : col.header);
        const bool numeric = col.type != CellType::Text && col.type != CellType::Date;
        table->align << (numeric ? Align::Right : Align::Left);
    }
    ExportRow row;
    while (source.next(row)) {
        QStringList cells;
        for (const int c : columns)
            cells << cell(c < row.size() ? row.at(c) : QVariant(), all.at(c).type);
        table->rows << cells;
    }
    if (!source.errorString().isEmpty()) {
        if (error)
            *error = source.errorString();
        return false;
    }
    return true;
}

void ReportParts::addSignOff(ReportContext &ctx)
{
    const QDate date = ctx.options.printedOn.isValid() ? ctx.options.printedOn : QDate::currentDate();
    const QString day = Language::current().startsWith(QLatin1String("zh"))
        ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
        : Language::locale().toString(date, QStringLiteral("d MMMM yyyy"));
    ctx.doc->addSignOff({ { tr("Reporting unit (seal)"), ctx.office }, { tr("Person in charge"), ctx.officeHead },
        { tr("Prepared by"), ctx.officePreparer }, { tr("Telephone"), ctx.officePhone }, { tr("Date"), day } });
}

void ReportParts::addChart(ReportContext &ctx, const BarChart &chart, double heightMm)
{
    if (chart.categories.size() < 2 || chart.isEmpty())
        return;
    constexpr double WidthMm = 165;
    ctx.doc->addImage(chart.render(QSizeF(WidthMm, heightMm), 300), WidthMm);
}

bool ReportParts::addExportTable(ReportContext &ctx, const QString &name, const QString &heading,
    const QVector<int> &columns, const QVector<double> &widths, const QHash<int, QString> &headers)
{
    const auto source = ExportTables::source(ctx.db, name, ctx.filter, ctx.unitName);
    if (!source)
        return ctx.fail(QStringLiteral("no table %1").arg(name));
    // One unit chosen: its name in every row says nothing.
    QVector<int> shown;
    QVector<double> shownWidths;
    for (int i = 0; i < columns.size(); ++i) {
        const TableColumn &c = ExportTables::spec(name)->columns.at(columns[i]);
        if (ctx.filter.countyId != 0 && c.expression == QLatin1String("u.name"))
            continue;
        shown << columns[i];
        if (i < widths.size())
            shownWidths << widths[i];
    }
    double sum = 0;
    for (const double w : std::as_const(shownWidths))
        sum += w;
    for (double &w : shownWidths)
        w = w * 100.0 / sum;
    ReportDocument::Table table;
    table.widths = shownWidths;
    QString why;
    if (!fromSource(*source, shown, &table, &why))
        return ctx.fail(why);
    for (int i = 0; i < shown.size(); ++i) {
        if (headers.contains(shown[i]))
            table.headers[i] = headers.value(shown[i]);
    }
    ctx.doc->addHeading(tr("%1 (%2)").arg(heading, integer(table.rows.size())), 2);
    if (table.rows.isEmpty())
        ctx.doc->addParagraph(tr("None recorded."), true);
    else
        ctx.doc->addTable(table);
    return true;
}

bool ReportParts::addPairingRoster(ReportContext &ctx, int *section)
{
    ctx.doc->addHeading(sectionNumber(++*section) + tr("Pairings"));
    ctx.doc->addParagraph(tr("Pairings in force at any time in %1, by kind. The counts are distinct eastern "
                             "parties, distinct western parties and pairs.")
                              .arg(ctx.period));
    ReportDocument::Table counts;
    counts.headers = QStringList { tr("Kind"), tr("Eastern parties"), tr("Western parties"), tr("Pairs") };
    counts.align = { Align::Left, Align::Right, Align::Right, Align::Right };
    counts.widths = { 46, 18, 18, 18 };
    const QStringList kinds = Labels::codes(Labels::Domain::PairingKind);
    QVector<PairCount> pairCounts;
    PairCount total;
    for (const QString &kind : kinds) {
        QString why;
        const PairCount c = Headline::pairings(ctx.db, kind, ctx.filter, &why);
        if (!why.isEmpty())
            return ctx.fail(why);
        pairCounts << c;
        total.pairs += c.pairs;
        counts.rows << QStringList { Labels::text(Labels::Domain::PairingKind, kind), integer(c.east),
            integer(c.west), integer(c.pairs) };
    }
    counts.rows << QStringList { tr("Total"), QString(), QString(), integer(total.pairs) };
    counts.boldRows << int(counts.rows.size()) - 1;
    ctx.doc->addTable(counts);

    // The roster: the exported pairings table (one definition of its columns), by kind.
    const auto source = ExportTables::source(ctx.db, QStringLiteral("pairings"), ctx.filter, ctx.unitName);
    QString why;
    if (!source->start())
        return ctx.fail(source->errorString());
    const QVector<ExportColumn> columns = source->columns();
    QMap<QString, QVector<QStringList>> byKind;
    ExportRow row;
    const bool allUnits = ctx.filter.countyId == 0;
    while (source->next(row)) {
        QStringList cells;
        for (int c = 1; c < columns.size(); ++c) {
            if (c == 3 && !allUnits)
                continue; // one unit: no unit column
            cells << cell(row.value(c), columns[c].type);
        }
        byKind[row.value(0).toString()] << cells;
    }
    if (!source->errorString().isEmpty())
        return ctx.fail(source->errorString());
    for (int k = 0; k < kinds.size(); ++k) {
        const QString label = Labels::text(Labels::Domain::PairingKind, kinds[k]);
        const QVector<QStringList> rows = byKind.value(label);
        if (rows.isEmpty())
            continue;
        ctx.doc->addHeading(tr("%1 (%2)").arg(label, integer(rows.size())), 2);
        ReportDocument::Table t;
        for (int c = 1; c < columns.size(); ++c) {
            if (c == 3 && !allUnits)
                continue;
            t.headers << columns[c].header;
        }
        t.widths = allUnits ? QVector<double> { 22, 17, 10, 11, 11, 20, 9 } : QVector<double> { 26, 19, 12, 12, 21, 10 };
        t.rows = rows;
        ctx.doc->addTable(t);
        if (!ctx.step(k + 1, int(kinds.size())))
            return false;
    }
    return true;
}

bool ReportParts::addPersonnelRoster(ReportContext &ctx, int *section)
{
    ctx.doc->addHeading(sectionNumber(++*section) + tr("Secondments and professionals"));
    ctx.doc->addParagraph(tr("Cadres on secondment and professionals dispatched who were in post at any time in %1.")
                              .arg(ctx.period));
    // Column 0 of both tables is a person's name (姓名).
    if (!addExportTable(ctx, QStringLiteral("secondments"), tr("Secondments"), { 0, 2, 3, 5, 6, 7, 8 },
            { 11, 12, 12, 22, 17, 13, 13 }, { { 0, personName() } }))
        return false;
    return addExportTable(ctx, QStringLiteral("dispatches"), tr("Professionals dispatched"), { 0, 1, 2, 3, 4, 5, 6 },
        { 12, 11, 12, 27, 13, 13, 12 }, { { 0, personName() } });
}

bool ReportParts::addProjectLedger(ReportContext &ctx, int *section)
{
    const QString where = QStringLiteral("p.year BETWEEN :y1 AND :y2 AND (:county = 0 OR p.county_id = :county)");
    const auto bind = [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":y1"), ctx.filter.firstYear());
        q.bindValue(QStringLiteral(":y2"), ctx.filter.lastYear());
        q.bindValue(QStringLiteral(":county"), ctx.filter.countyId);
    };
    struct Payment
    {
        QString date;
        qint64 fen;
    };
    QHash<qint64, QVector<Payment>> payments;
    {
        QSqlQuery q(ctx.db);
        q.prepare(QStringLiteral("SELECT pp.project_id, pp.pay_date, pp.amount_fen FROM project_payments pp "
                                 "JOIN projects p ON p.id = pp.project_id WHERE ")
            + where + QStringLiteral(" ORDER BY pp.project_id, pp.pay_date, pp.id"));
        bind(q);
        if (!q.exec())
            return ctx.fail(q.lastError().text());
        while (q.next())
            payments[q.value(0).toLongLong()] << Payment { q.value(1).toString(), q.value(2).toLongLong() };
    }
    QSqlQuery q(ctx.db);
    q.prepare(QStringLiteral("SELECT p.id, p.name, p.year, u.id, u.name, p.category, p.budget_fen, p.status, "
                             "p.implementer FROM projects p JOIN places u ON u.id = p.county_id WHERE ")
        + where + QStringLiteral(" ORDER BY u.illustrative, u.id, p.year, p.id"));
    bind(q);
    if (!q.exec())
        return ctx.fail(q.lastError().text());

    struct UnitTotals
    {
        QString name;
        qint64 projects = 0;
        qint64 budget = 0;
        qint64 paid = 0;
        ReportDocument::Table table;
    };
    QVector<UnitTotals> units;
    while (q.next()) {
        const QString unit = q.value(4).toString();
        if (units.isEmpty() || units.back().name != unit) {
            UnitTotals u;
            u.name = unit;
            u.table.headers = QStringList { tr("No."), tr("Project"), tr("Year"), tr("Category"),
                moneyHeader(tr("Budget")), moneyHeader(tr("Payments")), moneyHeader(tr("Paid")), tr("Paid %"), tr("Status") };
            u.table.align = { Align::Right, Align::Left, Align::Center, Align::Left, Align::Right, Align::Left,
                Align::Right, Align::Right, Align::Left };
            u.table.widths = { 5, 24, 6, 10, 10, 19, 10, 7, 9 };
            units << u;
        }
        UnitTotals &u = units.back();
        const qint64 budget = q.value(6).toLongLong();
        qint64 paid = 0;
        QStringList lines;
        for (const Payment &p : payments.value(q.value(0).toLongLong())) {
            paid += p.fen;
            // Date and amount kept on one line (no-break spaces).
            lines << QStringLiteral("%1\u00A0\u00A0%2").arg(p.date, money(p.fen));
        }
        ++u.projects;
        u.budget += budget;
        u.paid += paid;
        QString name = q.value(1).toString();
        if (!q.value(8).toString().isEmpty())
            name += QLatin1Char('\n') + q.value(8).toString();
        u.table.rows << QStringList { integer(u.projects), name, q.value(2).toString(),
            Labels::text(Labels::Domain::ProjectCategory, q.value(5).toString()), money(budget),
            lines.join(QLatin1Char('\n')), money(paid), percent(budget > 0 ? double(paid) / budget : -1.0),
            Labels::text(Labels::Domain::ProjectStatus, q.value(7).toString()) };
    }

    ctx.doc->addHeading(sectionNumber(++*section) + tr("Aid projects and payments"));
    ctx.doc->addParagraph(tr("Aid projects of %1 with their budgets and every payment made to them so far "
                             "(amounts in %2).")
                              .arg(ctx.period, Money::displayUnit()));
    if (units.isEmpty()) {
        ctx.doc->addParagraph(tr("None recorded."), true);
        return true;
    }
    ReportDocument::Table summary;
    summary.headers = QStringList { tr("Western unit"), tr("Projects"), moneyHeader(tr("Budget")),
        moneyHeader(tr("Paid to date")), tr("Paid %") };
    summary.align = { Align::Left, Align::Right, Align::Right, Align::Right, Align::Right };
    summary.widths = { 32, 14, 20, 20, 14 };
    UnitTotals all;
    for (const UnitTotals &u : std::as_const(units)) {
        summary.rows << QStringList { u.name, integer(u.projects), money(u.budget), money(u.paid),
            percent(u.budget > 0 ? double(u.paid) / u.budget : -1.0) };
        all.projects += u.projects;
        all.budget += u.budget;
        all.paid += u.paid;
    }
    if (units.size() > 1) {
        summary.rows << QStringList { tr("Total"), integer(all.projects), money(all.budget), money(all.paid),
            percent(all.budget > 0 ? double(all.paid) / all.budget : -1.0) };
        summary.boldRows << int(summary.rows.size()) - 1;
    }
    ctx.doc->addTable(summary);
    for (int i = 0; i < units.size(); ++i) {
        UnitTotals &u = units[i];
        u.table.rows << QStringList { QString(), tr("Total"), QString(), QString(), money(u.budget), QString(),
            money(u.paid), percent(u.budget > 0 ? double(u.paid) / u.budget : -1.0), QString() };
        u.table.boldRows << int(u.table.rows.size()) - 1;
        ctx.doc->addHeading(tr("%1 (%2)").arg(u.name, integer(u.projects)), 2);
        ctx.doc->addTable(u.table);
        if (!ctx.step(i + 1, int(units.size())))
            return false;
    }
    return true;
}

bool ReportParts::addSalesStatement(ReportContext &ctx, int *section)
{
    HeadlineFigures figures;
    QString why;
    if (!Headline::compute(ctx.db, ctx.filter, &figures, &why))
        return ctx.fail(why);
    const QVector<Cell> cells = Breakdowns::salesByMonthChannel(ctx.db, ctx.filter);
    const QStringList channels = Labels::codes(Labels::Domain::Channel);

    ctx.doc->addHeading(sectionNumber(++*section) + tr("Consumption-aid sales by month and channel"));
    ctx.doc->addParagraph(tr("Sales of western produce in %1: %2 in total (amounts below in %3).")
                              .arg(ctx.period, figures.text(Figure::ConsumptionSales), Money::displayUnit()));
    if (cells.isEmpty()) {
        ctx.doc->addParagraph(tr("None recorded."), true);
        return true;
    }
    QMap<QString, QVector<qint64>> months; // "YYYY-MM" -> per channel
    for (const Cell &c : cells) {
        QVector<qint64> &m = months[c.row];
        m.resize(channels.size());
        const int i = int(channels.indexOf(c.column));
        if (i >= 0)
            m[i] += c.value;
    }
    ReportDocument::Table t;
    t.headers << tr("Month");
    t.align << Align::Left;
    t.widths << 12;
    for (const QString &ch : channels) {
        t.headers << Labels::text(Labels::Domain::Channel, ch);
        t.align << Align::Right;
        t.widths << 73.0 / channels.size();
    }
    t.headers << moneyHeader(tr("Total"));
    t.align << Align::Right;
    t.widths << 15;

    QMap<int, QVector<qint64>> byYear;
    QVector<qint64> grand(channels.size());
    const auto addRow = [&](const QString &label, const QVector<qint64> &v, bool bold) {
        QStringList row { label };
        qint64 sum = 0;
        for (const qint64 x : v) {
            row << money(x);
            sum += x;
        }
        row << money(sum);
        t.rows << row;
        if (bold) {
            t.boldRows << int(t.rows.size()) - 1;
            t.shadedRows << int(t.rows.size()) - 1;
        }
    };
    int year = 0;
    for (auto it = months.constBegin(); it != months.constEnd(); ++it) {
        const int y = it.key().left(4).toInt();
        if (year != 0 && y != year)
            addRow(tr("%1 total").arg(year), byYear[year], true);
        year = y;
        QVector<qint64> &yv = byYear[y];
        yv.resize(channels.size());
        for (int i = 0; i < channels.size(); ++i) {
            yv[i] += it.value()[i];
            grand[i] += it.value()[i];
        }
        addRow(it.key(), it.value(), false);
    }
    addRow(tr("%1 total").arg(year), byYear[year], true);
    if (byYear.size() > 1) {
        addRow(tr("Total"), grand, true);
        t.shadedRows.removeLast();
    }

    BarChart chart;
    chart.stacked = true;
    chart.unit = Money::displayUnit();
    const bool perYear = byYear.size() > 1;
    chart.title = perYear ? tr("Sales by year and channel") : tr("Sales by month and channel");
    for (int i = 0; i < channels.size(); ++i)
        chart.series << BarChart::Series { Labels::text(Labels::Domain::Channel, channels[i]), {} };
    if (perYear) {
        for (auto it = byYear.constBegin(); it != byYear.constEnd(); ++it) {
            chart.categories << QString::number(it.key());
            for (int i = 0; i < channels.size(); ++i)
                chart.series[i].values << Money::inDisplayUnit(it.value()[i]);
        }
    } else {
        for (auto it = months.constBegin(); it != months.constEnd(); ++it) {
            chart.categories << Language::locale().standaloneMonthName(it.key().mid(5, 2).toInt(), QLocale::ShortFormat);
            for (int i = 0; i < channels.size(); ++i)
                chart.series[i].values << Money::inDisplayUnit(it.value()[i]);
        }
    }
    addChart(ctx, chart, 66);
    ctx.doc->addTable(t);
    return true;
}

} // namespace tongxin

#include "report/reportbuilder.h"

#include "export/tables.h"
#include "i18n/language.h"
#include "report/reportparts.h"
#include "stats/period.h"

#include <QSqlQuery>

namespace tongxin {

namespace {

struct KindInfo
{
    ReportKind kind;
    const char *code;
};

const KindInfo Kinds[] = {
    { ReportKind::Yearly, "yearly" },
    { ReportKind::County, "county" },
    { ReportKind::Roster, "roster" },
    { ReportKind::Ledger, "ledger" },
    { ReportKind::Sales, "sales" },
};

QString setting(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bindValue(QStringLiteral(":k"), key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

QStringList ReportBuilder::kindCodes()
{
    QStringList out;
    for (const KindInfo &k : Kinds)
        out << QString::fromLatin1(k.code);
    return out;
}

bool ReportBuilder::kindFromCode(const QString &code, ReportKind *kind)
{
    for (const KindInfo &k : Kinds) {
        if (code.trimmed().compare(QLatin1String(k.code), Qt::CaseInsensitive) == 0) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString ReportBuilder::kindCode(ReportKind kind)
{
    for (const KindInfo &k : Kinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.code);
    }
    return QString();
}

QString ReportBuilder::kindTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Yearly:
        return tr("Yearly Self-Assessment Report on East–West Cooperation");
    case ReportKind::County:
        return tr("Western Unit Report");
    case ReportKind::Roster:
        return tr("Rosters of Pairings, Secondments and Professionals");
    case ReportKind::Ledger:
        return tr("Aid Project Ledger with Payments");
    case ReportKind::Sales:
        return tr("Consumption-Aid Sales Statement by Month and Channel");
    }
    return QString();
}

std::unique_ptr<ReportDocument> ReportBuilder::build(
    const QSqlDatabase &db, const ReportOptions &options, QString *error, const ReportProgress &progress)
{
    // The whole document, headers and footers included, is made in the report's language: a
    // scope on this thread only, so the application's translators and windows are untouched.
    const QString wanted = options.language.isEmpty() ? Language::current() : Language::normalise(options.language);
    if (wanted.isEmpty()) {
        if (error)
            *error = tr("Unknown language \"%1\".").arg(options.language);
        return nullptr;
    }
    const ReportLanguage scope(wanted);
    if (!scope.isValid()) {
        if (error)
            *error = tr("The language %1 is not available.").arg(wanted);
        return nullptr;
    }

    ReportContext ctx;
    ctx.db = db;
    ctx.options = options;
    // The caller's progress (a dialog, events processed) speaks the application's language.
    if (progress) {
        ctx.progress = [&progress](int done, int total) {
            const ReportLanguage::Suspend suspend;
            return progress(done, total);
        };
    }
    ctx.office = setting(db, QStringLiteral("office_name"));
    ctx.officeHead = setting(db, QStringLiteral("office_head"));
    ctx.officePreparer = setting(db, QStringLiteral("office_preparer"));
    ctx.officePhone = setting(db, QStringLiteral("office_phone"));

    // Years: as asked, an open end (or both) from the office's period (OfficePeriod: the
    // settings, else the years with records), the one meaning of "all years".
    const OfficePeriod period = OfficePeriod::of(db);
    ctx.officePeriod = period;
    Filter f;
    f.fromYear = options.fromYear;
    f.toYear = options.toYear;
    if (f.fromYear == 0 && f.toYear == 0) {
        f.fromYear = period.from;
        f.toYear = period.to;
        if (needsOneYear(options.kind))
            f.fromYear = f.toYear;
    }
    if (f.fromYear == 0 && f.toYear > 0)
        f.fromYear = qMin(period.from, f.toYear);
    if (f.toYear == 0 && f.fromYear > 0)
        f.toYear = qMax(period.to, f.fromYear);
    // No period in the settings and no dated record: nothing to report on, unless asked.
    if (f.fromYear == 0 || f.toYear == 0
        || (period.source == OfficePeriod::Source::Default && options.fromYear == 0 && options.toYear == 0)) {
        if (error)
            *error = tr("The database has no dated records to report on.");
        return nullptr;
    }
    if (needsOneYear(options.kind) && f.fromYear != f.toYear) {
        if (error)
            *error = tr("The western unit report covers one year: choose a single year.");
        return nullptr;
    }
    f.countyId = options.countyId;
    for (int y = f.fromYear; y <= f.toYear; ++y)
        ctx.years.push_back(y);

    for (const Unit &u : Breakdowns::westernUnits(db)) {
        if (f.countyId == 0 || u.id == f.countyId)
            ctx.units.push_back(u);
    }
    if (f.countyId != 0 && ctx.units.isEmpty()) {
        if (error)
            *error = tr("The chosen western unit does not exist.");
        return nullptr;
    }
    if (needsOneUnit(options.kind) && f.countyId == 0) {
        if (error)
            *error = tr("The western unit report is about one western unit: choose one.");
        return nullptr;
    }
    ctx.filter = f;
    ctx.unitName = f.countyId ? ctx.units.first().displayName() : tr("All western units");
    ctx.period = ExportTables::describe(f, QString());

    auto doc = std::make_unique<ReportDocument>();
    doc->setHeader(kindTitle(options.kind), ctx.unitName, ctx.period);
    if (options.printedOn.isValid())
        doc->setPrintedOn(options.printedOn);
    ctx.doc = doc.get();

    bool ok = false;
    switch (options.kind) {
    case ReportKind::Yearly:
        ok = buildYearlyReport(ctx);
        break;
    case ReportKind::County:
        ok = buildCountyReport(ctx);
        break;
    case ReportKind::Roster:
        ok = buildRosterReport(ctx);
        break;
    case ReportKind::Ledger:
        ok = buildLedgerReport(ctx);
        break;
    case ReportKind::Sales:
        ok = buildSalesReport(ctx);
        break;
    }
    if (!ok) {
        if (error)
            *error = ctx.cancelled ? QString() : ctx.error;
        return nullptr;
    }
    return doc;
}

} // namespace tongxin

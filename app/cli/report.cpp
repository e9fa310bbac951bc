// The `report` command: a report of the database as a PDF, in the language of --lang.

#include "commands.h"

#include "exitcode.h"
#include "output.h"

#include "db/database.h"
#include "report/reportbuilder.h"
#include "stats/breakdowns.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace tongxin::cli {

int Commands::report(const Options &o)
{
    // Reports are written as PDF only; anything else is refused before any file is touched.
    if (QFileInfo(o.out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        printError(tr("A report is written as a PDF file: the output file must end in .pdf: %1").arg(o.out));
        return ExitUsage;
    }
    ReportKind kind;
    if (!ReportBuilder::kindFromCode(o.kind, &kind)) {
        printError(tr("Unknown report \"%1\". Reports: %2.").arg(o.kind, ReportBuilder::kindCodes().join(QLatin1String(", "))));
        return ExitUsage;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        printError(tr("Reports need the graphical libraries (fonts); this program was started without them."));
        return ExitWriteFailed;
    }
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    ReportOptions options;
    options.kind = kind;
    options.fromYear = o.fromYear;
    options.toYear = o.toYear;
    QString unitName;
    if (!o.county.isEmpty() && !resolveUnit(db.db(), o.county, &options.countyId, &unitName))
        return ExitUsage;
    QString why;
    const std::unique_ptr<ReportDocument> doc = ReportBuilder::build(db.db(), options, &why);
    if (!doc) {
        printError(why);
        return ExitUsage;
    }
    if (!doc->writePdf(o.out, &why)) {
        printError(why);
        return ExitWriteFailed;
    }
    printOut(tr("Report written: %1").arg(QDir::toNativeSeparators(o.out)) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace tongxin::cli

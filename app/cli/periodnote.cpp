// The note of `summary` and `explain` on years asked outside the office's period.

#include "periodnote.h"

#include "commands.h"
#include "output.h"

#include "stats/filter.h"
#include "stats/period.h"

#include <QSqlDatabase>
#include <QString>

namespace tongxin::cli {

namespace {

// Adds a sentence to a text: after a space, unless the text ends in a full-width mark (Chinese
// sentences follow one another without one).
void addSentence(QString &text, const QString &sentence)
{
    static const QString FullWidth = QStringLiteral("。！？；：");
    if (!text.isEmpty() && !FullWidth.contains(text.back()))
        text += QLatin1Char(' ');
    text += sentence;
}

} // namespace

void notePeriod(const QSqlDatabase &db, const QString &file, const Filter &asked)
{
    if (asked.fromYear == 0 && asked.toYear == 0)
        return; // no years asked: the office's period
    const OfficePeriod period = OfficePeriod::of(db);
    const int from = asked.fromYear > 0 ? asked.fromYear : period.from;
    const int to = asked.toYear > 0 ? asked.toYear : period.to;
    if (from >= period.from && to <= period.to)
        return;
    const bool apart = to < period.from || from > period.to;
    const Filter span { asked.fromYear, asked.toYear, 0 };
    if (period.source != OfficePeriod::Source::Settings) {
        // No period set: the years with dated records stand for it (none when there are none).
        if (apart && period.source == OfficePeriod::Source::Records)
            //: On stderr: no period is set; %1 the years asked, %2 the years of the records ("2018–2020").
            printError(Commands::tr("note: no record is dated in %1; the records are dated %2.")
                           .arg(Commands::spanText(span), period.text()));
        return;
    }
    QString note = apart
        //: On stderr: the years asked (%1: "2031", "2015–2016") are not in the office's period (%2: "2017–2020").
        ? Commands::tr("note: %1 is outside the office's period %2; the figures are those of the records dated in %1.")
              .arg(Commands::spanText(span), period.text())
        //: On stderr: the years asked (%1: "2015–2020", "from 2018") start before or end after the office's period.
        : Commands::tr("note: %1 reaches outside the office's period %2.").arg(Commands::spanText(span), period.text());
    // Records dated before or after the period, and the years that show them: what is outside
    // a span from the period's start to a year after any record (dates are compared as text,
    // four digits), or from a year before any record to the period's end.
    constexpr int BeforeAnyRecord = 1000;
    constexpr int AfterAnyRecord = 9998;
    OutsidePeriod before;
    OutsidePeriod after;
    const bool read = OutsidePeriod::compute(db, period.from, AfterAnyRecord, asked.countyId, &before)
        && OutsidePeriod::compute(db, BeforeAnyRecord, period.to, asked.countyId, &after);
    if (read && before.any())
        //: On stderr, after the note on the period; %1 is the database file as given, %2 a year.
        addSentence(note,
            Commands::tr("Records are dated before the period: “tongxin-cli summary %1 --to %2” shows them.")
                .arg(file, QString::number(period.from - 1)));
    if (read && after.any())
        //: On stderr, after the note on the period; %1 is the database file as given, %2 a year.
        addSentence(note,
            Commands::tr("Records are dated after the period: “tongxin-cli summary %1 --from %2” shows them.")
                .arg(file, QString::number(period.to + 1)));
    if (read && !before.any() && !after.any())
        addSentence(note, Commands::tr("No record is dated outside the period."));
    printError(note);
}

} // namespace tongxin::cli

// The report of an import: each issue's reason in the user's language, the summary sentence,
// and the JSON of `tongxin-cli import-sales --json`.

#include "consumption/salesimport.h"

#include "domain/labels.h"
#include "i18n/language.h"
#include "money/bounds.h"
#include "money/money.h"

#include <QJsonArray>
#include <QLocale>

namespace tongxin {

QString ImportIssue::kindCode() const
{
    switch (kind) {
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::BadDate:
        return QStringLiteral("bad_date");
    case Kind::NotANumber:
        return QStringLiteral("not_a_number");
    case Kind::NotAnAmount:
        return QStringLiteral("not_an_amount");
    case Kind::NegativeAmount:
        return QStringLiteral("negative_amount");
    case Kind::NegativeQuantity:
        return QStringLiteral("negative_quantity");
    case Kind::UnknownChannel:
        return QStringLiteral("unknown_channel");
    case Kind::UnknownBuyerType:
        return QStringLiteral("unknown_buyer_type");
    case Kind::UnknownCounty:
        return QStringLiteral("unknown_county");
    case Kind::UnknownOutlet:
        return QStringLiteral("unknown_outlet");
    case Kind::BadYesNo:
        return QStringLiteral("bad_yes_no");
    case Kind::DuplicateInLedger:
        return QStringLiteral("duplicate_in_ledger");
    case Kind::DuplicateInFile:
        return QStringLiteral("duplicate_in_file");
    case Kind::AmountTooLarge:
        return QStringLiteral("amount_too_large");
    case Kind::QuantityTooLarge:
        return QStringLiteral("quantity_too_large");
    case Kind::NumberNotADate:
        return QStringLiteral("number_not_a_date");
    case Kind::OutsidePeriod:
        return QStringLiteral("outside_period");
    }
    return QString();
}

QString ImportIssue::reason() const
{
    // Every name a user may write, in the language of the message ("a、b和c" / "a, b and c").
    const auto names = [](Labels::Domain d) {
        QStringList out;
        for (const QString &code : Labels::codes(d))
            out << Labels::text(d, code);
        return Language::locale().createSeparatedList(out);
    };
    switch (kind) {
    case Kind::Missing:
        return SalesImport::tr("a value is required");
    case Kind::BadDate:
        return SalesImport::tr("\"%1\" is not a date (use YYYY-MM-DD)").arg(value);
    case Kind::NotANumber:
        return SalesImport::tr("\"%1\" is not a number").arg(value);
    case Kind::NotAnAmount:
        return SalesImport::tr("\"%1\" is not a number of yuan with at most two decimals").arg(value);
    case Kind::NegativeAmount:
        return SalesImport::tr("the amount %1 is negative").arg(value);
    case Kind::NegativeQuantity:
        return SalesImport::tr("the quantity %1 is negative").arg(value);
    case Kind::UnknownChannel:
        return SalesImport::tr("unknown channel \"%1\" (channels: %2)").arg(value, names(Labels::Domain::Channel));
    case Kind::UnknownBuyerType:
        return SalesImport::tr("unknown buyer type \"%1\" (buyer types: %2)")
            .arg(value, names(Labels::Domain::BuyerType));
    case Kind::UnknownCounty:
        return SalesImport::tr("unknown origin county \"%1\": no western unit has this name").arg(value);
    case Kind::UnknownOutlet:
        return SalesImport::tr("unknown outlet \"%1\": add the outlet first").arg(value);
    case Kind::BadYesNo:
        return SalesImport::tr("\"%1\" is neither yes nor no").arg(value);
    case Kind::DuplicateInLedger:
        return SalesImport::tr("duplicate: the ledger already has this sale (same outlet, date, product, amount "
                               "and source reference); not added");
    case Kind::DuplicateInFile:
        return SalesImport::tr("duplicate of row %1 of this file; not added").arg(otherRow);
    case Kind::AmountTooLarge:
        return SalesImport::tr("the amount %1 is more than %2, the most a single sale can be")
            .arg(value, Money::format(Bounds::MaxSaleFen));
    case Kind::QuantityTooLarge:
        return SalesImport::tr("the quantity %1 is more than %2, the most a single sale can be")
            .arg(value, QLocale().toString(qint64(Bounds::MaxQuantity)));
    case Kind::NumberNotADate:
        return SalesImport::tr("\"%1\" is a number, not a date: write the date as YYYY-MM-DD").arg(value);
    case Kind::OutsidePeriod:
        return warning ? SalesImport::tr("the date %1 is outside the office's period %2–%3 (imported as asked)")
                             .arg(value)
                             .arg(periodFrom)
                             .arg(periodTo)
                       : SalesImport::tr("the date %1 is outside the office's period %2–%3")
                             .arg(value)
                             .arg(periodFrom)
                             .arg(periodTo);
    }
    return QString();
}

QString ImportIssue::text() const
{
    if (column < 0)
        return SalesImport::tr("Row %1: %2").arg(row).arg(reason());
    return SalesImport::tr("Row %1, column %2: %3")
        .arg(row)
        .arg(columnName.isEmpty() ? SalesFields::label(field) : columnName, reason());
}

QJsonObject ImportIssue::toJson() const
{
    QJsonObject o { { QStringLiteral("row"), row }, { QStringLiteral("kind"), kindCode() },
        { QStringLiteral("reason"), reason() } };
    if (column >= 0) {
        o.insert(QStringLiteral("column"), columnName);
        o.insert(QStringLiteral("column_index"), column + 1);
        o.insert(QStringLiteral("field"), SalesFields::key(field));
        o.insert(QStringLiteral("value"), value);
    }
    if (otherRow > 0)
        o.insert(QStringLiteral("duplicate_of_row"), otherRow);
    if (warning)
        o.insert(QStringLiteral("warning"), true);
    return o;
}

QString SalesImportResult::statusCode() const
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::DryRun:
        return QStringLiteral("dry_run");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QString SalesImportResult::summary() const
{
    // A text file's physical lines beside the rows read: a stray quote that joins lines shows.
    const QString counts = fileLines >= 0
        ? SalesImport::tr("%1 rows read from a file of %2 lines: %3 valid, %4 invalid, %5 duplicates.")
              .arg(rowsRead)
              .arg(fileLines)
              .arg(rowsValid)
              .arg(rowsInvalid)
              .arg(duplicates)
        : SalesImport::tr("%1 rows read: %2 valid, %3 invalid, %4 duplicates.")
              .arg(rowsRead)
              .arg(rowsValid)
              .arg(rowsInvalid)
              .arg(duplicates);
    QString outcome;
    switch (status) {
    case Status::Imported:
        outcome = imported == 1 ? SalesImport::tr("1 row imported (%1).").arg(Money::format(acceptedAmountFen))
                                : SalesImport::tr("%1 rows imported (%2).").arg(imported).arg(Money::format(acceptedAmountFen));
        if (replaced > 0)
            outcome += QLatin1Char(' ') + SalesImport::tr("%1 earlier rows replaced.").arg(replaced);
        break;
    case Status::DryRun:
        outcome = SalesImport::tr("Dry run: %1 rows would be imported (%2); nothing was written.")
                      .arg(accepted)
                      .arg(Money::format(acceptedAmountFen));
        if (replaced > 0)
            outcome += QLatin1Char(' ') + SalesImport::tr("%1 earlier rows would be replaced.").arg(replaced);
        break;
    case Status::Rejected:
        outcome = SalesImport::tr("Nothing was imported: fix the invalid rows, or import only the valid rows.");
        break;
    case Status::Cancelled:
        outcome = SalesImport::tr("Cancelled: nothing was imported.");
        break;
    case Status::Failed:
        if (fileLines >= 0)
            return SalesImport::tr("Nothing was imported: %1").arg(error) + QLatin1Char(' ')
                + SalesImport::tr("(The file has %1 lines.)").arg(fileLines);
        return SalesImport::tr("Nothing was imported: %1").arg(error);
    }
    return counts + QLatin1Char(' ') + outcome;
}

QJsonObject SalesImportResult::toJson() const
{
    QJsonArray list;
    for (const ImportIssue &i : issues)
        list.append(i.toJson());
    QJsonObject o { { QStringLiteral("status"), statusCode() }, { QStringLiteral("rows_read"), rowsRead },
        { QStringLiteral("rows_valid"), rowsValid }, { QStringLiteral("rows_invalid"), rowsInvalid },
        { QStringLiteral("duplicates"), duplicates }, { QStringLiteral("accepted"), accepted },
        { QStringLiteral("imported"), imported }, { QStringLiteral("replaced"), replaced },
        { QStringLiteral("accepted_amount_fen"), acceptedAmountFen }, { QStringLiteral("header_row"), headerRow },
        { QStringLiteral("mapping"), mapping.toJson() }, { QStringLiteral("summary"), summary() },
        { QStringLiteral("issues"), list } };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (fileLines >= 0)
        o.insert(QStringLiteral("file_lines"), fileLines);
    if (outsidePeriod > 0)
        o.insert(QStringLiteral("outside_period"), outsidePeriod);
    return o;
}

} // namespace tongxin

// tongxin-cli tables: every register of the catalogue with its columns, what each holds, which
// are required and what a reference points to, in the user's language or as JSON.

#include "commands.h"
#include "exitcode.h"
#include "helplayout.h"
#include "output.h"

#include "imports/registerimport.h"
#include "registers/catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tongxin::cli {

namespace {

using T = RegisterColumn::Type;

const char *typeKey(T type)
{
    switch (type) {
    case T::Id: return "id";
    case T::Text: return "text";
    case T::Integer: return "integer";
    case T::Real: return "real";
    case T::Money: return "money_fen";
    case T::Date: return "date";
    case T::Timestamp: return "timestamp";
    case T::Year: return "year";
    case T::Code: return "code";
    case T::Flag: return "flag";
    case T::Reference: return "reference";
    case T::Blob: return "blob";
    }
    return "text";
}

QStringList codesOf(const RegisterColumn &c)
{
    return c.domain ? Labels::codes(*c.domain) : QStringList();
}

QString typeText(const RegisterColumn &c)
{
    switch (c.type) {
    case T::Id: return Commands::tr("the record's number");
    case T::Text: return Commands::tr("text");
    case T::Integer: return Commands::tr("whole number");
    case T::Real: return Commands::tr("decimal number");
    case T::Money: return Commands::tr("money, stored in fen");
    case T::Date: return Commands::tr("date (YYYY-MM-DD)");
    case T::Timestamp: return Commands::tr("date and time");
    case T::Year: return Commands::tr("year");
    case T::Code: return Commands::tr("one of: %1").arg(codesOf(c).join(QLatin1String(", ")));
    case T::Flag: return Commands::tr("1 yes, 0 no");
    case T::Reference: return Commands::tr("a record of %1").arg(c.references);
    case T::Blob: return Commands::tr("a file's bytes");
    }
    return {};
}

QJsonObject registerJson(const Register &r)
{
    QJsonArray columns;
    for (const RegisterColumn &c : r.columns) {
        QJsonObject o { { QStringLiteral("name"), c.name }, { QStringLiteral("type"), QLatin1String(typeKey(c.type)) },
            { QStringLiteral("required"), c.required } };
        o.insert(QStringLiteral("label"), c.label ? Catalogue::columnLabel(r.table, c.name) : QJsonValue());
        if (!c.references.isEmpty())
            o.insert(QStringLiteral("references"), c.references);
        if (c.type == T::Code)
            o.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codesOf(c)));
        columns.append(o);
    }
    return { { QStringLiteral("table"), r.table }, { QStringLiteral("records"), Catalogue::noun(r.table) },
        { QStringLiteral("year_column"), r.yearColumn.isEmpty() ? QJsonValue() : QJsonValue(r.yearColumn) },
        { QStringLiteral("has_western_unit"), !r.unitSql.isEmpty() }, { QStringLiteral("exported"), r.exported },
        { QStringLiteral("importable"), RegisterImport::isImportable(r.table) || r.table == QLatin1String("sales") },
        { QStringLiteral("columns"), columns } };
}

QString registerText(const Register &r)
{
    QString head = QStringLiteral("%1 — %2").arg(r.table, Catalogue::noun(r.table));
    if (!r.yearColumn.isEmpty())
        head += QLatin1String("  ") + Commands::tr("(year from %1)").arg(r.yearColumn);
    QVector<QPair<QString, QString>> rows;
    for (const RegisterColumn &c : r.columns) {
        const QString term = c.required ? c.name + QLatin1String(" *") : c.name;
        const QString label = c.label ? Catalogue::columnLabel(r.table, c.name) + QStringLiteral(" · ") : QString();
        rows.push_back({ term, label + typeText(c) });
    }
    return head + QLatin1Char('\n') + HelpLayout::columns(rows, 2, 24);
}

} // namespace

int Commands::tables(const Options &o)
{
    if (o.json) {
        QJsonArray registers;
        for (const Register &r : Catalogue::all())
            registers.append(registerJson(r));
        const auto format = o.compact ? QJsonDocument::Compact : QJsonDocument::Indented;
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("registers"), registers } }).toJson(format)));
        return ExitOk;
    }
    QStringList blocks;
    for (const Register &r : Catalogue::all())
        blocks << registerText(r);
    printOut(blocks.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("* required") + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace tongxin::cli

#pragma once

#include "domain/labels.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace tongxin {

/// One column of a register as the catalogue declares it: its name in the schema, what it holds,
/// whether it is required, which register it refers to, and its label (English source text,
/// translated in the context "Catalogue").
struct RegisterColumn final
{
    enum class Type {
        Id,        ///< the row's own id (INTEGER PRIMARY KEY)
        Text,      ///< free text
        Integer,   ///< a whole number (a count, persons, a percentage)
        Real,      ///< a decimal number (a quantity)
        Money,     ///< integer fen
        Date,      ///< an ISO date (yyyy-MM-dd)
        Timestamp, ///< an ISO date and time
        Year,      ///< a calendar year
        Code,      ///< one of a fixed list of codes (a Labels domain when `domain` is set)
        Flag,      ///< 0 or 1
        Reference, ///< the id of a row of `references`
        Blob,      ///< bytes (an attachment's file)
    };

    QString name;
    const char *label = nullptr;
    Type type = Type::Text;
    bool required = false;             ///< NOT NULL in the schema
    QString references;                ///< for Reference: the register referred to
    std::optional<Labels::Domain> domain; ///< for Code: the Labels domain naming its codes

    /// The type the schema declares for the column ("INTEGER", "TEXT", "REAL", "BLOB").
    QString sqlType() const;
};

/// A register (a kind of record, one table): declared once in the catalogue with its columns,
/// the column that decides the year a record counts in, and the western unit a record belongs
/// to. The schema's table list, the record store's checks and messages, and the years list are
/// built from it; a test checks it against the SQL schema column by column.
struct Register final
{
    QString table;
    const char *noun = nullptr; ///< the records in a sentence: "3 pairings" (context "Catalogue")
    const char *title = nullptr; ///< the register as a heading: "Pairings" (context "Catalogue")
    QVector<RegisterColumn> columns;
    /// The column deciding the year a record counts in (a Year or a Date column); empty for a
    /// register whose records are not counted by year (places, events, meetings …).
    QString yearColumn;
    /// SQL expression giving the id of the western unit (county) a row belongs to, the row
    /// aliased `r`; empty for registers of no western unit (eastern places, events …).
    QString unitSql;
    /// The column naming a record where another record refers to it (a place's name, a
    /// household's head, a training's title); empty for a register no other refers to by name.
    QString nameColumn;
    /// Whether the register exports as a table of its own (ExportTables): not the attachments
    /// (files) nor the targets (exported beside their actuals by the statistics workbook).
    bool exported = true;

    const RegisterColumn *column(const QString &name) const;
    QStringList columnNames() const;
    /// SQL of a row's year and of its western unit (NULL for none), its columns written
    /// `prefix` + name: "NEW." in a trigger, "r." on the table aliased r, ":" for named binds
    /// (Catalogue::valueOf). Empty year SQL for a register not counted by year.
    QString yearSql(const QString &prefix) const;
    QString unitOf(const QString &prefix) const;
};

/// Every register of the schema, declared once, each after the registers it refers to (the
/// order copies follow).
class Catalogue final
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
public:
    static const QVector<Register> &all();
    /// The register of a table, or null for a table that is not a register (settings, the
    /// sales summary, search indexes).
    static const Register *find(const QString &table);
    /// The tables of every register, in order.
    static QStringList tables();
    /// The records of a table in the user's language ("registered poor households"); the table
    /// name for a table that is not a register.
    static QString noun(const QString &table);
    /// A column's label in the user's language; the column name when it is not declared.
    static QString columnLabel(const QString &table, const QString &column);
    /// The value of `sql`, an expression over a row written with ":" + column binds (from
    /// Register::yearSql / unitOf), for `row` (a record's columns, stored or as they would be).
    /// Null when it has none or cannot be read.
    static QVariant valueOf(const QSqlDatabase &db, const QString &sql, const QVariantMap &row);

private:
    static QVector<Register> registries();
    static QVector<Register> funds();
    static QVector<Register> areas();
    static QVector<Register> consumption();
    static QVector<Register> organisation();
};

} // namespace tongxin

#pragma once

#include "domain/labels.h"

#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

namespace tongxin {

/// One column of a list: which SQL result column it shows, how, and under which header.
/// Headers are English source text (mark them with QT_TRANSLATE_NOOP in the list's context) so
/// they re-translate when the language changes.
struct ListColumn final
{
    enum class Kind {
        Id, ///< hidden; for filters and for finding the record behind a row
        Text, ///< shown as is
        Integer, ///< grouped digits, right-aligned, sorted numerically
        Year, ///< digits without grouping, right-aligned, sorted numerically
        Money, ///< integer fen shown in yuan ("1,500.00"), the header naming the unit; sorted by fen
        Code, ///< a code of a Labels domain, shown with Labels::text
        Boolean, ///< 1 shown as Yes, 0 as nothing
        Custom, ///< shown with `format(raw)`; sorted by the shown text
    };
    using Formatter = std::function<QString(const QVariant &raw)>;

    QString name; ///< column name (alias) in the SQL result
    const char *header = nullptr; ///< English source text, translated in ListSpec::context
    Kind kind = Kind::Text;
    Labels::Domain domain = Labels::Domain::Side; ///< for Kind::Code
    bool searchable = false; ///< the search box matches its shown text
    Formatter format; ///< for Kind::Custom; must return translated text

    bool isHidden() const { return kind == Kind::Id; }
    bool isNumeric() const { return kind == Kind::Integer || kind == Kind::Year || kind == Kind::Money; }

    static ListColumn id(const QString &name) { return make(name, nullptr, Kind::Id, false); }
    static ListColumn text(const QString &name, const char *header, bool searchable = true)
    {
        return make(name, header, Kind::Text, searchable);
    }
    static ListColumn integer(const QString &name, const char *header)
    {
        return make(name, header, Kind::Integer, false);
    }
    static ListColumn year(const QString &name, const char *header) { return make(name, header, Kind::Year, false); }
    static ListColumn money(const QString &name, const char *header) { return make(name, header, Kind::Money, false); }
    static ListColumn boolean(const QString &name, const char *header)
    {
        return make(name, header, Kind::Boolean, false);
    }
    static ListColumn code(const QString &name, const char *header, Labels::Domain domain, bool searchable = true)
    {
        ListColumn c = make(name, header, Kind::Code, searchable);
        c.domain = domain;
        return c;
    }
    static ListColumn custom(const QString &name, const char *header, Formatter format, bool searchable = true)
    {
        ListColumn c = make(name, header, Kind::Custom, searchable);
        c.format = std::move(format);
        return c;
    }

private:
    static ListColumn make(const QString &name, const char *header, Kind kind, bool searchable)
    {
        ListColumn c;
        c.name = name;
        c.header = header;
        c.kind = kind;
        c.searchable = searchable;
        return c;
    }
};

/// A list described declaratively: the query and its columns. The SQL may use named
/// placeholders, bound by ListView::load(). All rows are read into memory (see ListModel).
struct ListSpec final
{
    QString settingsKey; ///< QSettings group for header state: "lists/<key>"
    const char *context = nullptr; ///< translation context of the column headers
    QString sql; ///< SELECT with a column (alias) for every ListColumn::name
    QVector<ListColumn> columns;
};

} // namespace tongxin

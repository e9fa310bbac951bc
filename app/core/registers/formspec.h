#pragma once

#include "domain/labels.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <QVector>

#include <functional>

namespace tongxin {

/// One field of a record form: which column it edits, how, and its label (English source text
/// translated in FormSpec::context, so forms re-translate with the language).
struct FormField final
{
    enum class Kind {
        Text,      ///< one line
        MultiLine, ///< notes
        Integer,   ///< whole number between min and max
        Money,     ///< yuan typed, fen stored
        Date,      ///< ISO date; optional dates have a check box
        Year,      ///< a calendar year
        Code,      ///< a code of a Labels domain (or of `codes`)
        Lookup,    ///< the id of another record, chosen by name with type-to-search
        Bool,      ///< 0 / 1
    };
    /// Whether a field applies given the current values (e.g. parties of a pairing kind).
    using Condition = std::function<bool(const QVariantMap &values)>;

    QString column;
    const char *label = nullptr;
    Kind kind = Kind::Text;
    bool required = false;
    qint64 min = 0;
    qint64 max = 1000000000;
    Labels::Domain domain = Labels::Domain::Side;
    QStringList codes;    ///< for Code: allowed codes (default: all of the domain)
    QString lookupSql;    ///< for Lookup: SELECT id, text …; may use :column binds of other fields
    QVariant defaultValue;
    Condition visibleIf;  ///< empty: always shown
    std::function<QString(const QString &code)> codeText; ///< for Code: names of `codes` outside Labels
    const char *toolTip = nullptr;

    FormField &req()
    {
        required = true;
        return *this;
    }
    FormField &range(qint64 lo, qint64 hi)
    {
        min = lo;
        max = hi;
        return *this;
    }
    FormField &byDefault(const QVariant &v)
    {
        defaultValue = v;
        return *this;
    }
    FormField &when(Condition c)
    {
        visibleIf = std::move(c);
        return *this;
    }
    FormField &only(const QStringList &allowed)
    {
        codes = allowed;
        return *this;
    }
    FormField &tip(const char *text)
    {
        toolTip = text;
        return *this;
    }

    static FormField make(const QString &column, const char *label, Kind kind)
    {
        FormField f;
        f.column = column;
        f.label = label;
        f.kind = kind;
        return f;
    }
    static FormField text(const QString &c, const char *l) { return make(c, l, Kind::Text); }
    static FormField notes(const QString &c, const char *l) { return make(c, l, Kind::MultiLine); }
    static FormField integer(const QString &c, const char *l) { return make(c, l, Kind::Integer); }
    static FormField money(const QString &c, const char *l) { return make(c, l, Kind::Money).range(0, 100000000000000LL); }
    static FormField date(const QString &c, const char *l) { return make(c, l, Kind::Date); }
    static FormField year(const QString &c, const char *l) { return make(c, l, Kind::Year).range(1990, 2100); }
    static FormField boolean(const QString &c, const char *l) { return make(c, l, Kind::Bool); }
    static FormField code(const QString &c, const char *l, Labels::Domain d)
    {
        FormField f = make(c, l, Kind::Code);
        f.domain = d;
        return f;
    }
    static FormField lookup(const QString &c, const char *l, const QString &sql)
    {
        FormField f = make(c, l, Kind::Lookup);
        f.lookupSql = sql;
        return f;
    }
};

/// A record form, declared once per table: the fields, values always written, and the rules of
/// the record (a core function returning a message in the user's language, or an empty string).
struct FormSpec final
{
    using Validator = std::function<QString(const QSqlDatabase &db, const QVariantMap &values, qint64 id)>;

    QString table;
    const char *context = nullptr;   ///< translation context of the labels and titles
    const char *newTitle = nullptr;  ///< "New pairing"
    const char *editTitle = nullptr; ///< "Edit pairing"
    QVector<FormField> fields;
    QVariantMap fixed; ///< written on every insert (e.g. side = 'east')
    Validator validate;
    /// Turns a stored row into the form's values before it is shown (the inverse of `derive`,
    /// for forms whose fields are not the table's columns one to one).
    std::function<void(QVariantMap &row)> expand;
    /// Fills values that follow from others before checking and writing (e.g. a place's side
    /// from its level).
    std::function<void(QVariantMap &values)> derive;
    /// Pairs of date columns (start, end) that must be in order.
    QVector<QPair<QString, QString>> dateOrder;
    /// Extra named values lookups may bind besides the fields (e.g. translated words shown in a
    /// lookup's text); read each time a lookup loads, never written.
    std::function<QVariantMap()> lookupBinds;
    /// An information line shown above the fields, read-only (e.g. a payment's project with its
    /// budget, paid so far and remaining), in the user's language; `id` is the record edited, 0
    /// for a new one. Read when the form opens and when the language changes. Empty: none.
    std::function<QString(const QSqlDatabase &db, qint64 id)> header;
    /// Values of a new record that follow from the database (e.g. a payment dated in its
    /// project's funding year rather than today), set after the fields' defaults and before
    /// any pre-filled values. Empty: none.
    std::function<void(const QSqlDatabase &db, QVariantMap &row)> initial;
    /// A warning about the values as they would be written (`fixed` included) that does not stop
    /// saving (e.g. a payment dated outside the cooperation period), in the user's language;
    /// shown inside the form while the values change. Empty: none.
    std::function<QString(const QSqlDatabase &db, const QVariantMap &values)> warning;

    const FormField *field(const QString &column) const
    {
        for (const FormField &f : fields) {
            if (f.column == column)
                return &f;
        }
        return nullptr;
    }
};

} // namespace tongxin

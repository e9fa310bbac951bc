#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace tongxin {

/// The rules of consumption-aid records entered one by one: outlets and single sales-ledger
/// rows. Each returns a sentence in the user's language, or an empty string when the values can
/// be saved; `id` is the record being edited (0 when new). The schema's CHECKs and foreign keys
/// stay the last guard. Used by the record forms (FormSpec::validate).
class OutletRules final
{
    Q_DECLARE_TR_FUNCTIONS(OutletRules)
public:
    /// An outlet has a name no other outlet has (the sales import finds outlets by name), a
    /// kind, an eastern place if any, and is not closed before it opened.
    static QString outlet(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
    /// A sale has a valid date, a channel and buyer type of their code lists, an origin that is
    /// a western unit, a product, an amount that is not negative, a quantity that is a number
    /// and not negative, and a sale at an outlet falls within the outlet's opening and closing
    /// dates. With a source reference, the same sale (outlet, date, product, amount, reference)
    /// must not be in the ledger already — the rule the import uses for duplicates.
    static QString sale(const QSqlDatabase &db, const QVariantMap &v, qint64 id);
};

} // namespace tongxin

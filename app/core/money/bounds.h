#pragma once

// Plausible bounds of the values a user or a file can enter, and checked 64-bit addition for
// the sums made of them (issue #17: 100 sales of 999,999,999,999,999.99 yuan overflowed the
// totals and disabled the dashboard and the reports). Header-only.

#include "money/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariantMap>

#include <initializer_list>

namespace tongxin {

class Bounds final
{
    Q_DECLARE_TR_FUNCTIONS(Bounds)
public:
    /// One sale (a row of the sales ledger): at most 1亿元.
    static constexpr qint64 MaxSaleFen = 100000000LL * 100;
    /// Any other single amount (a budget, an allocation, a payment, an investment, a
    /// donation, an event's sales, a target): at most 100亿元.
    static constexpr qint64 MaxAmountFen = 10000000000LL * 100;
    /// A count of people, person-times, jobs, orders…: at most 1,000,000,000 (viewers and
    /// clicks of a livestream festival reach tens of millions).
    static constexpr qint64 MaxCount = 1000000000LL;
    /// The quantity of one sale: at most 100,000,000 (of its unit).
    static constexpr double MaxQuantity = 100000000.0;

    /// `*sum += value`; false (and `*sum` unchanged) when the result does not fit in 64 bits.
    static bool add(qint64 *sum, qint64 value)
    {
        qint64 out = 0;
        if (__builtin_add_overflow(*sum, value, &out))
            return false;
        *sum = out;
        return true;
    }

    /// "%1 cannot be more than %2.", with `what` already translated by the caller and the
    /// bound written as money.
    static QString tooMuchMoney(const QString &what, qint64 maxFen)
    {
        return tr("%1 cannot be more than %2.").arg(what, Money::format(maxFen));
    }
    /// The same for a count.
    static QString tooMany(const QString &what, qint64 max)
    {
        return tr("%1 cannot be more than %2.").arg(what, QLocale().toString(max));
    }

    /// A field of a form with its bound: `what` is its name for the message (QT_TRANSLATE_NOOP
    /// in the rules' context), `money` when the value is fen.
    struct Limit
    {
        const char *column;
        const char *what;
        qint64 max;
        bool money;
    };
    /// The message for the first field of `v` above its bound (names translated in `context`);
    /// empty when every one is within.
    static QString check(const QVariantMap &v, const char *context, std::initializer_list<Limit> limits)
    {
        for (const Limit &l : limits) {
            const QVariant value = v.value(QLatin1String(l.column));
            if (value.isNull() || !value.isValid() || value.toLongLong() <= l.max)
                continue;
            const QString what = QCoreApplication::translate(context, l.what);
            return l.money ? tooMuchMoney(what, l.max) : tooMany(what, l.max);
        }
        return QString();
    }
};

} // namespace tongxin

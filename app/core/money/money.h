#pragma once

#include <QCoreApplication>
#include <QString>

namespace tongxin {

/// The one place that turns integer fen (分) into text. Chinese shows 元 / 万元 / 亿元, English
/// yuan / thousand yuan / million yuan, two decimals, rounded half away from zero.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    enum class Style { Chinese, English };
    /// Style of the language currently applied (see Language).
    static Style currentStyle();
    /// Scaled and with a unit: "3.09亿元", "1,037.00万元", "309.00 million yuan".
    static QString format(qint64 fen);
    static QString format(qint64 fen, Style style);
    /// Scaled to a fixed unit for charts and tables: value in 万元 (Chinese) or thousand yuan.
    static double inDisplayUnit(qint64 fen);
    /// The unit name used by inDisplayUnit(), e.g. "万元" or "thousand yuan".
    static QString displayUnit();
    /// Exact yuan with two decimals, no grouping: "1234.56" (exports, CSV).
    static QString yuan(qint64 fen);
    /// Parses "1234.5", "1,234.56" or "-3" yuan into fen; false on anything else.
    static bool parseYuan(const QString &text, qint64 *fen);
    /// Integer division rounded half away from zero.
    static qint64 roundDiv(qint64 value, qint64 divisor);
};

} // namespace tongxin

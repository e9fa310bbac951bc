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
    /// The units money is shown in: Yuan in both styles, Wan and Yi in Chinese, Thousand and
    /// Million in English.
    enum class Unit { Yuan, Wan, Yi, Thousand, Million };
    /// A value scaled for display: hundredths of `unit` (rounded half away from zero).
    struct Scaled
    {
        qint64 hundredths = 0;
        Unit unit = Unit::Yuan;
    };

    /// Style of the language texts are made in now (see Language::current()).
    static Style currentStyle();
    /// Scaled and with a unit: "3.09亿元", "1,037.00万元", "309.00 million yuan".
    static QString format(qint64 fen);
    static QString format(qint64 fen, Style style);
    /// The rule of format(): the largest unit the value reaches once rounded to two decimals of
    /// the unit below (99,999,999.50元 is 1.00亿元, not 10,000.00万元).
    static Scaled scale(qint64 fen, Style style);

    /// In a fixed unit, grouped, two decimals, no unit name: "1,234.56" (table columns whose
    /// header names the unit).
    static QString amount(qint64 fen, Unit unit);
    /// The unit's name in a style: "万元", "thousand yuan", "元", "yuan".
    static QString unitName(Unit unit, Style style);
    static QString unitName(Unit unit) { return unitName(unit, currentStyle()); }
    /// In a fixed unit with its name: "0.15万元", "1,500.00 yuan".
    static QString formatIn(qint64 fen, Unit unit);
    /// The unit of tables and charts: Wan (Chinese) or Thousand (English).
    static Unit displayUnitOf(Style style) { return style == Style::Chinese ? Unit::Wan : Unit::Thousand; }

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
    /// Fen in one unit (100 for Yuan, 1,000,000 for Wan…).
    static qint64 fenPer(Unit unit);
};

} // namespace tongxin

#include "money/money.h"

#include "i18n/language.h"

#include <QLocale>
#include <QRegularExpression>

namespace tongxin {

namespace {
constexpr qint64 FenPerYuan = 100;
constexpr qint64 FenPerWan = 10000 * FenPerYuan;
constexpr qint64 FenPerYi = 100000000LL * FenPerYuan;
constexpr qint64 FenPerThousand = 1000 * FenPerYuan;
constexpr qint64 FenPerMillion = 1000000 * FenPerYuan;

// "1,234.56" from a value in hundredths of the unit.
QString hundredths(qint64 h, const QLocale &locale)
{
    const bool negative = h < 0;
    const qint64 a = negative ? -h : h;
    QString s = locale.toString(a / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + s : s;
}
} // namespace

qint64 Money::roundDiv(qint64 value, qint64 divisor)
{
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

Money::Style Money::currentStyle()
{
    return Language::current().startsWith(QLatin1String("zh")) ? Style::Chinese : Style::English;
}

QString Money::format(qint64 fen)
{
    return format(fen, currentStyle());
}

qint64 Money::fenPer(Unit unit)
{
    switch (unit) {
    case Unit::Yuan:
        return FenPerYuan;
    case Unit::Wan:
        return FenPerWan;
    case Unit::Yi:
        return FenPerYi;
    case Unit::Thousand:
        return FenPerThousand;
    case Unit::Million:
        return FenPerMillion;
    }
    return FenPerYuan;
}

Money::Scaled Money::scale(qint64 fen, Style style)
{
    // Climb from yuan (exact) while the value, rounded in the current unit, reaches the next
    // one: the unit is chosen after rounding, never before.
    const Unit chinese[] = { Unit::Yuan, Unit::Wan, Unit::Yi };
    const Unit english[] = { Unit::Yuan, Unit::Thousand, Unit::Million };
    const Unit *units = style == Style::Chinese ? chinese : english;
    Scaled s { fen, Unit::Yuan };
    for (int i = 1; i < 3; ++i) {
        const qint64 shown = s.hundredths < 0 ? -s.hundredths : s.hundredths;
        // shown hundredths of s.unit reach one next unit?
        if (shown / 100 < fenPer(units[i]) / fenPer(s.unit))
            break;
        s.unit = units[i];
        s.hundredths = roundDiv(fen, fenPer(s.unit) / 100);
    }
    return s;
}

QString Money::format(qint64 fen, Style style)
{
    const Scaled s = scale(fen, style);
    const QString number = hundredths(s.hundredths, QLocale(QLocale::English));
    return style == Style::Chinese ? number + unitName(s.unit, style) : number + QLatin1Char(' ') + unitName(s.unit, style);
}

QString Money::amount(qint64 fen, Unit unit)
{
    return hundredths(roundDiv(fen, fenPer(unit) / 100), QLocale(QLocale::English));
}

QString Money::unitName(Unit unit, Style style)
{
    const bool zh = style == Style::Chinese;
    switch (unit) {
    case Unit::Yuan:
        break;
    case Unit::Wan:
        return zh ? QStringLiteral("万元") : QStringLiteral("ten thousand yuan");
    case Unit::Yi:
        return zh ? QStringLiteral("亿元") : QStringLiteral("hundred million yuan");
    case Unit::Thousand:
        return zh ? QStringLiteral("千元") : QStringLiteral("thousand yuan");
    case Unit::Million:
        return zh ? QStringLiteral("百万元") : QStringLiteral("million yuan");
    }
    return zh ? QStringLiteral("元") : QStringLiteral("yuan");
}

QString Money::formatIn(qint64 fen, Unit unit)
{
    const Style style = currentStyle();
    const QString number = amount(fen, unit);
    return style == Style::Chinese ? number + unitName(unit, style) : number + QLatin1Char(' ') + unitName(unit, style);
}

double Money::inDisplayUnit(qint64 fen)
{
    return double(roundDiv(fen, fenPer(displayUnitOf(currentStyle())) / 100)) / 100.0;
}

QString Money::displayUnit()
{
    return unitName(displayUnitOf(currentStyle()));
}

QString Money::yuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 a = negative ? -fen : fen;
    const QString s = QString::number(a / 100) + QLatin1Char('.') + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + s : s;
}

bool Money::parseYuan(const QString &text, qint64 *fen)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(-?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    QString whole = m.captured(2);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 15)
        return false;
    QString frac = m.captured(3);
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    qint64 v = whole.toLongLong() * 100 + frac.toLongLong();
    if (m.captured(1) == QLatin1String("-"))
        v = -v;
    if (fen)
        *fen = v;
    return true;
}

} // namespace tongxin

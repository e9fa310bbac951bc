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

QString Money::format(qint64 fen, Style style)
{
    const QLocale grouped(QLocale::English);
    const qint64 a = fen < 0 ? -fen : fen;
    if (style == Style::Chinese) {
        if (a >= FenPerYi)
            return hundredths(roundDiv(fen, FenPerYi / 100), grouped) + QStringLiteral("亿元");
        if (a >= FenPerWan)
            return hundredths(roundDiv(fen, FenPerWan / 100), grouped) + QStringLiteral("万元");
        return hundredths(fen, grouped) + QStringLiteral("元");
    }
    if (a >= FenPerMillion)
        return hundredths(roundDiv(fen, FenPerMillion / 100), grouped) + QStringLiteral(" million yuan");
    if (a >= FenPerThousand)
        return hundredths(roundDiv(fen, FenPerThousand / 100), grouped) + QStringLiteral(" thousand yuan");
    return hundredths(fen, grouped) + QStringLiteral(" yuan");
}

double Money::inDisplayUnit(qint64 fen)
{
    const qint64 unit = currentStyle() == Style::Chinese ? FenPerWan : FenPerThousand;
    return double(roundDiv(fen, unit / 100)) / 100.0;
}

QString Money::displayUnit()
{
    return currentStyle() == Style::Chinese ? QStringLiteral("万元") : QStringLiteral("thousand yuan");
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

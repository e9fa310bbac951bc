#include "domain/datetext.h"

#include <QDateTime>
#include <QRegularExpression>

namespace tongxin::datetext {

QDate parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                       "(?:(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = ymd.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch())
        return QDate();
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid() || d.year() < 1900 || d.year() > 2100)
        return QDate();
    return d;
}

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString localDay(const QString &utcTimestamp)
{
    const QDateTime at = QDateTime::fromString(utcTimestamp, Qt::ISODateWithMs);
    return at.isValid() ? iso(at.toLocalTime().date()) : QString();
}

} // namespace tongxin::datetext

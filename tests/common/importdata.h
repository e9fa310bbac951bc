#pragma once

// Test data for the sales import tests: CSV text, files, ledger rows.

#include <QDate>
#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace tongxin::importtest {

inline QString quoted(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')))
        return cell;
    QString c = cell;
    return QLatin1Char('"') + c.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

inline QString csv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &r : rows) {
        QStringList cells;
        for (const QString &c : r)
            cells << quoted(c);
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// One ledger row in template order: date, channel, outlet, county, category, product,
// quantity, unit, amount, buyer type, 以购代捐, source reference.
inline QStringList sale(
    const QString &date, const QString &product, const QString &amount, const QString &ref = QString())
{
    return { date, QStringLiteral("电商"), QStringLiteral("津甘优品网店"), QStringLiteral("庄浪县"),
        QStringLiteral("水果"), product, QStringLiteral("2"), QStringLiteral("箱"), amount, QStringLiteral("个人"),
        QStringLiteral("否"), ref };
}

// `count` varied rows over 2019–2020, deterministic.
inline QList<QStringList> generated(int count, int seed = 7)
{
    const QStringList channels = { QStringLiteral("帮扶馆、专柜和专店"), QStringLiteral("Supermarkets"),
        QStringLiteral("ecommerce"), QStringLiteral("直播"), QStringLiteral("单位采购") };
    const QStringList counties = { QStringLiteral("庄浪县"), QStringLiteral("Kongtong District") };
    const QStringList products = { QStringLiteral("庄浪苹果"), QStringLiteral("平凉红牛牛肉"), QStringLiteral("土蜂蜜"),
        QStringLiteral("小杂粮礼盒") };
    const QStringList categories
        = { QStringLiteral("水果"), QStringLiteral("肉类"), QString(), QStringLiteral("粮油") };
    const QStringList buyers
        = { QStringLiteral("个人"), QStringLiteral("机关单位"), QStringLiteral("State enterprise"), QString() };
    QList<QStringList> rows;
    quint32 x = quint32(seed);
    const auto next = [&x](int n) {
        x = x * 1103515245u + 12345u;
        return int((x >> 8) % quint32(n));
    };
    for (int i = 0; i < count; ++i) {
        const QDate d = QDate(2019, 1, 1).addDays(i * 730 / count);
        const int p = next(products.size());
        const int c = next(channels.size());
        rows << QStringList { d.toString(Qt::ISODate), channels.at(c),
            c == 0 ? QStringLiteral("河西区消费扶贫馆") : (c == 2 ? QStringLiteral("津甘优品网店") : QString()),
            counties.at(next(2)), categories.at(p), products.at(p), QString::number(1 + next(20)), QStringLiteral("箱"),
            QStringLiteral("%1.%2").arg(10 + next(5000)).arg(next(100), 2, 10, QLatin1Char('0')),
            buyers.at(next(buyers.size())), next(5) == 0 ? QStringLiteral("是") : QStringLiteral("否"),
            QStringLiteral("G-%1").arg(i) };
    }
    return rows;
}

inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace tongxin::importtest

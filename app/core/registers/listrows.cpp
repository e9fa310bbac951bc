#include "registers/listrows.h"

#include "i18n/language.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tongxin {

ListRowsResult ListRows::read(const QSqlDatabase &db, const ListSpec &spec, const QVariantMap &binds)
{
    ListRowsResult out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = q.prepare(spec.sql);
    if (ok) {
        for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
            q.bindValue(it.key(), it.value());
        ok = q.exec();
    }
    if (!ok) {
        out.error = q.lastError().text();
        return out;
    }
    // Map spec columns to result columns once; a missing column stays NULL.
    const QSqlRecord rec = q.record();
    QVector<int> source;
    for (const ListColumn &c : spec.columns) {
        source.push_back(rec.indexOf(c.name));
        if (source.back() < 0)
            qWarning("ListRows %s: the query has no column %s", qPrintable(spec.settingsKey), qPrintable(c.name));
    }
    const int n = int(source.size());
    while (q.next()) {
        QVector<QVariant> row(n);
        for (int i = 0; i < n; ++i) {
            if (source[i] < 0)
                continue;
            const QVariant v = q.value(source[i]);
            if (!v.isNull())
                row[i] = v; // NULL stays an invalid QVariant: sorts last, shows empty
        }
        out.rows.push_back(std::move(row));
    }
    if (q.lastError().isValid()) {
        out.error = q.lastError().text();
        out.rows.clear();
    }
    return out;
}

QVector<LookupItem> ListRows::lookup(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds, QString *error)
{
    QVector<LookupItem> items;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    if (ok) {
        for (auto it = binds.constBegin(); it != binds.constEnd(); ++it) {
            if (sql.contains(QLatin1Char(':') + it.key()))
                q.bindValue(QLatin1Char(':') + it.key(), it.value());
        }
        // Names in the language shown, where the query offers both.
        if (sql.contains(QLatin1String(":en")) && !binds.contains(QStringLiteral("en")))
            q.bindValue(QStringLiteral(":en"), Language::current() == QLatin1String("en") ? 1 : 0);
        ok = q.exec();
    }
    while (ok && q.next())
        items.push_back({ q.value(0).toLongLong(), q.value(1).toString() });
    if (!ok || q.lastError().isValid()) {
        if (error)
            *error = q.lastError().text();
        items.clear();
    }
    return items;
}

} // namespace tongxin

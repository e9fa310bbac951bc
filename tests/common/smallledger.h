#pragma once

// A ledger to import into, shared by the wizard tests: a new database with one western unit
// (庄浪县, id 1), one online outlet (id 2) and the cooperation period 2017–2020, and CSV files
// written from rows.

#include "db/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QVector>

namespace smallledger {

/// Creates the database at `path`; false (with the reason) when it cannot.
inline bool create(tongxin::Database &db, const QString &path, QString *why)
{
    tongxin::OpenError e;
    if (!db.create(path, false, &e)) {
        *why = e.message;
        return false;
    }
    QSqlQuery q(db.db());
    return q.exec(QStringLiteral("INSERT INTO places(id, side, level, name, name_en, is_poor) VALUES"
                                 "(1, 'west', 'county', '庄浪县', 'Zhuanglang County', 1)"))
        && q.exec(QStringLiteral("INSERT INTO outlets(id, name, kind) VALUES(2, '津甘优品网店', 'online')"))
        && db.setSetting(QStringLiteral("period_from"), QStringLiteral("2017"))
        && db.setSetting(QStringLiteral("period_to"), QStringLiteral("2020"));
}

/// Writes the rows as a UTF-8 CSV with CRLF line ends.
inline bool writeCsv(const QString &path, const QVector<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace smallledger

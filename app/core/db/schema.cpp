#include "db/schema.h"

#include "db/audittrail.h"
#include "db/periodlocks.h"

#include "registers/catalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace tongxin {

QStringList Schema::splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += raw + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

bool Schema::runScript(QSqlDatabase &db, const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(resource);
        return false;
    }
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" in: ") + sql.left(120);
            return false;
        }
    }
    return true;
}

bool Schema::create(QSqlDatabase &db, QString *error)
{
    if (!runScript(db, QStringLiteral(":/sql/schema_v1.sql"), error))
        return false;
    return migrate(db, 1, error);
}

bool Schema::migrate(QSqlDatabase &db, int from, QString *error)
{
    // Cumulative steps: each brings version N to N+1, in order.
    if (from < 1 || from > Version) {
        if (error)
            *error = QStringLiteral("no migration from schema version %1").arg(from);
        return false;
    }
    if (from <= 1 && !runScript(db, QStringLiteral(":/sql/migrate_v2.sql"), error))
        return false;
    if (from <= 2 && !runScript(db, QStringLiteral(":/sql/migrate_v3.sql"), error))
        return false;
    // The audit triggers name every column of their table: out of the way of the steps, then
    // made again from the catalogue of this version.
    if (from >= 5 && !AuditTrail::dropTriggers(db, error))
        return false;
    if (from >= 6 && !PeriodLocks::dropTriggers(db, error))
        return false;
    if (from <= 3 && !runScript(db, QStringLiteral(":/sql/migrate_v4.sql"), error))
        return false;
    if (from <= 4 && !runScript(db, QStringLiteral(":/sql/migrate_v5.sql"), error))
        return false;
    if (from <= 5 && !runScript(db, QStringLiteral(":/sql/migrate_v6.sql"), error))
        return false;
    if (from <= 6 && !runScript(db, QStringLiteral(":/sql/migrate_v7.sql"), error))
        return false;
    return AuditTrail::installTriggers(db, error) && PeriodLocks::installTriggers(db, error);
}

QStringList Schema::tables()
{
    return QStringList { QStringLiteral("settings") } + Catalogue::tables();
}

} // namespace tongxin

// AuditTrail's checks: the chain of seals recomputed, and the changes made by other programs.

#include "db/audittrail.h"
#include "db/audittrail_p.h"

#include "registers/catalogue.h"

#include <QSqlError>
#include <QVariant>

namespace tongxin {

namespace {

struct Seal
{
    qint64 last = 0;
    QString at;
    QByteArray hash;
};

AuditFinding chain(qint64 entry, const QString &message)
{
    return AuditFinding { QStringLiteral("audit_chain"), QString(), entry, message };
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// Entries were removed from the end of a table when its AUTOINCREMENT counter is past its
// largest id.
bool cutShort(const QSqlDatabase &db, const QString &table, qint64 *largest, qint64 *issued)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT ifnull(max(id), 0) FROM %1), "
                               "(SELECT ifnull(max(seq), 0) FROM sqlite_sequence WHERE name = '%1')")
                    .arg(table))
        || !q.next())
        return false;
    *largest = q.value(0).toLongLong();
    *issued = q.value(1).toLongLong();
    return *issued > *largest;
}

} // namespace

QVector<AuditFinding> AuditTrail::verify(const QSqlDatabase &db, QString *error)
{
    QVector<AuditFinding> out;
    if (!exists(db))
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVector<Seal> seals;
    if (!q.exec(QStringLiteral("SELECT last_entry, at, hash FROM audit_seals ORDER BY id")))
        return failed(q, error), out;
    while (q.next())
        seals.push_back({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().toLatin1() });

    // One pass over the entries: each seal's hash is that of the previous seal followed by the
    // entries after the previous seal's last, up to its own. A broken seal is reported and the
    // chain goes on from its stored hash, so one change is reported once.
    qsizetype s = 0;
    qint64 from = 0;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto close = [&] {
        const Seal &seal = seals.at(s);
        if (hash.result().toHex() != seal.hash || seal.last < from) {
            out << chain(from + 1,
                tr("The audit trail was changed after it was written: entries %1 to %2 (sealed %3) are not "
                   "those that were sealed.")
                    .arg(from + 1)
                    .arg(seal.last)
                    .arg(seal.at));
        }
        from = seal.last;
        hash.reset();
        hash.addData(seal.hash);
        ++s;
    };
    qint64 unsealed = 0;
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(AuditDetail::EntryColumns))))
        return failed(q, error), out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        while (s < seals.size() && id > seals.at(s).last)
            close();
        if (s < seals.size())
            AuditDetail::addEntry(&hash, q);
        else if (!q.value(3).isNull() && unsealed == 0)
            unsealed = id; // written by Tongxin, which seals before every commit
    }
    if (q.lastError().isValid())
        return failed(q, error), out;
    while (s < seals.size())
        close();
    if (unsealed > 0)
        out << chain(unsealed,
            tr("The seal of the audit trail's entries from %1 on was removed: they cannot be proved unchanged.")
                .arg(unsealed));

    qint64 largest = 0;
    qint64 issued = 0;
    if (cutShort(db, QStringLiteral("audit_log"), &largest, &issued))
        out << chain(largest,
            tr("The last entries of the audit trail were removed: it ends at entry %1, but entries up to %2 "
               "were written.")
                .arg(largest)
                .arg(issued));
    if (cutShort(db, QStringLiteral("audit_seals"), &largest, &issued))
        out << chain(0, tr("The last seals of the audit trail were removed: %1 of %2 remain.").arg(largest).arg(issued));
    return out;
}

QVector<AuditFinding> AuditTrail::outsideChanges(const QSqlDatabase &db, QString *error)
{
    QVector<AuditFinding> out;
    if (!exists(db))
        return out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT g.table_name, g.n, g.first, f.at FROM "
                               "(SELECT table_name, count(*) AS n, min(id) AS first FROM audit_log "
                               " WHERE program IS NULL GROUP BY table_name) g "
                               "JOIN audit_log f ON f.id = g.first ORDER BY g.first")))
        return failed(q, error), out;
    while (q.next()) {
        const QString table = q.value(0).toString();
        const qint64 count = q.value(1).toLongLong();
        const qint64 first = q.value(2).toLongLong();
        const QString at = q.value(3).toString();
        const QString message = count == 1
            ? tr("A change to the %1 was made by another program, outside Tongxin (audit entry %2, %3).")
                  .arg(Catalogue::noun(table))
                  .arg(first)
                  .arg(at)
            : tr("%1 changes to the %2 were made by another program, outside Tongxin (the first: audit entry %3, "
                 "%4).")
                  .arg(count)
                  .arg(Catalogue::noun(table))
                  .arg(first)
                  .arg(at);
        out << AuditFinding { QStringLiteral("audit_outside"), table, first, message };
    }
    return out;
}

} // namespace tongxin

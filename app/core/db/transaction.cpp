#include "db/transaction.h"

#include "db/audittrail.h"
#include "db/dberror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace tongxin {

namespace {
constexpr int RetryMs = 250;

// Transactions open per connection (connections belong to one thread each): a Transaction made
// while another is open on the same connection is a savepoint inside it.
QMutex depthLock;
QHash<QString, int> depths;

int enter(const QSqlDatabase &db)
{
    const QMutexLocker locked(&depthLock);
    return depths[db.connectionName()]++;
}

void leave(const QSqlDatabase &db)
{
    const QMutexLocker locked(&depthLock);
    if (--depths[db.connectionName()] <= 0)
        depths.remove(db.connectionName());
}

int depth(const QSqlDatabase &db)
{
    const QMutexLocker locked(&depthLock);
    return depths.value(db.connectionName());
}
} // namespace

// BEGIN IMMEDIATE, COMMIT and ROLLBACK go through a QSqlQuery: QSqlDatabase::transaction()
// issues a plain (deferred) BEGIN. QSQLITE keeps no transaction state of its own (its
// commitTransaction() is an exec of "COMMIT"), so the two ways can be mixed.
bool Transaction::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError();
    return false;
}

bool Transaction::begin()
{
    const int level = depth(m_db);
    if (level == 0)
        return false;
    // Inside another Transaction on this connection: a savepoint it commits or rolls back with.
    m_savepoint = QStringLiteral("tongxin_%1").arg(level);
    m_active = exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (m_active)
        enter(m_db);
    return true;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (begin())
        return;
    m_active = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (m_active)
        started();
}

Transaction::Transaction(QSqlDatabase db, int waitMs, const std::function<bool()> &waiting)
    : m_db(std::move(db))
{
    if (begin())
        return;
    // Short attempts with the busy timeout lowered, so `waiting` is heard (and a cancel too).
    int previous = -1;
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next())
            previous = q.value(0).toInt();
    }
    if (previous >= 0)
        exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(RetryMs));
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        m_active = exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (m_active || !isBusy() || timer.elapsed() >= waitMs || (waiting && !waiting()))
            break;
    }
    if (m_active)
        started();
    if (previous >= 0) {
        const QSqlError kept = m_error;
        exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(previous));
        m_error = kept;
    }
}

void Transaction::started()
{
    enter(m_db);
    // Every write of the transaction is audited in the name of the connection's user.
    if (!AuditTrail::begin(m_db, &m_error))
        rollback();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::isBusy() const
{
    return !m_active && DbError::isBusy(m_error);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_savepoint.isEmpty() && !AuditTrail::seal(m_db, &m_error)) {
        rollback();
        return false;
    }
    if (!exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint)) {
        rollback();
        return false;
    }
    m_active = false;
    leave(m_db);
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    const QSqlError kept = m_error;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_error = kept;
    m_active = false;
    leave(m_db);
}

bool Transaction::run(const QSqlDatabase &db, QString *error, const std::function<QString(QSqlQuery &)> &body)
{
    Transaction t(db);
    QString why = t.isActive() ? QString() : t.lastError();
    if (why.isEmpty()) {
        QSqlQuery q(db);
        why = body(q);
    }
    if (why.isEmpty() && !t.commit())
        why = t.lastError();
    if (error && !why.isEmpty())
        *error = why;
    return why.isEmpty();
}

} // namespace tongxin

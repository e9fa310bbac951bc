#include "db/transaction.h"

#include "db/dberror.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace tongxin {

namespace {
constexpr int RetryMs = 250;
}

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

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::Transaction(QSqlDatabase db, int waitMs, const std::function<bool()> &waiting)
    : m_db(std::move(db))
{
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
    if (previous >= 0) {
        const QSqlError kept = m_error;
        exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(previous));
        m_error = kept;
    }
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
    if (!exec(QStringLiteral("COMMIT"))) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    const QSqlError kept = m_error;
    exec(QStringLiteral("ROLLBACK"));
    m_error = kept;
    m_active = false;
}

} // namespace tongxin

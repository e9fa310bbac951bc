#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlError>
#include <QString>

#include <functional>

namespace tongxin {

/// RAII transaction guard: begins on construction, rolls back on destruction unless
/// commit() succeeded. Every write path in Tongxin goes through one of these.
///
/// Transactions begin with BEGIN IMMEDIATE: the write lock is taken at the start, waiting
/// (the connection's busy timeout) while another program writes. A deferred BEGIN would take
/// it only at the first write and, in WAL mode, fail at once with SQLITE_BUSY when another
/// program wrote meanwhile: the busy timeout never applies to that upgrade, and whatever the
/// transaction read before is stale.
///
/// A Transaction made on a connection while another is open on it is a savepoint inside that
/// one: its commit keeps its writes for the outer transaction to commit or roll back, its
/// rollback undoes its own writes only (a whole-office import runs every register's import,
/// each one a Transaction, inside one).
///
/// The outermost Transaction on a connection names its user and program in the audit trail
/// after BEGIN and seals the trail's new entries before COMMIT (AuditTrail).
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    /// Waits up to `waitMs` for the write lock, calling `waiting` about every quarter of a
    /// second while another program holds it (e.g. to say so); `waiting` returning false
    /// gives up at once (a cancel).
    Transaction(QSqlDatabase db, int waitMs, const std::function<bool()> &waiting);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// True when BEGIN succeeded and neither commit nor rollback has happened yet.
    bool isActive() const { return m_active; }
    /// True when BEGIN failed because another program held the write lock too long.
    bool isBusy() const;
    /// Commits; on failure rolls back and returns false (see lastError()).
    bool commit();
    void rollback();
    QString lastError() const { return m_error.text(); }
    QSqlError lastSqlError() const { return m_error; }

    /// One write in a transaction of its own: `body` returns why it failed (rolled back), or
    /// empty (committed). False, with why in `error`, when it failed.
    static bool run(const QSqlDatabase &db, QString *error, const std::function<QString(QSqlQuery &)> &body);

private:
    bool exec(const QString &sql);
    void started(); ///< after BEGIN: counts the transaction open, names its user in the audit trail
    bool begin(); ///< a savepoint, when a Transaction is open on the connection; false otherwise

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_savepoint; ///< inside another Transaction: the savepoint's name
    QSqlError m_error;
};

} // namespace tongxin

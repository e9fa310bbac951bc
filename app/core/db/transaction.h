#pragma once

#include <QSqlDatabase>

namespace tongxin {

/// RAII transaction guard: begins on construction, rolls back on destruction unless
/// commit() succeeded. Every write path in Tongxin goes through one of these.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// True when BEGIN succeeded and neither commit nor rollback has happened yet.
    bool isActive() const { return m_active; }
    /// Commits; on failure rolls back and returns false (see lastError()).
    bool commit();
    void rollback();
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace tongxin

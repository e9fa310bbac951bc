#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace tongxin {

/// Which tables committed writes on one SQLite connection changed, whatever wrote them (forms,
/// undo, imports, operations): SQLite reports every row written through the connection
/// (sqlite3_update_hook); the tables of a transaction count once it commits and are forgotten
/// when it rolls back. Writes by other programs are not seen.
class TableChanges final
{
public:
    /// Starts watching the connection; it must stay open while this object lives.
    explicit TableChanges(const QSqlDatabase &db);
    ~TableChanges();
    TableChanges(const TableChanges &) = delete;
    TableChanges &operator=(const TableChanges &) = delete;

    /// The tables changed by transactions committed since the last call, and forgets them.
    QSet<QString> take();

private:
    static void onUpdate(void *self, int op, const char *database, const char *table, long long rowid);
    static int onCommit(void *self);
    static void onRollback(void *self);

    void *m_handle = nullptr; ///< sqlite3*
    QSet<QString> m_pending; ///< written in the open transaction
    QSet<QString> m_committed;
};

} // namespace tongxin

#include "db/tablechanges.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace tongxin {

TableChanges::TableChanges(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return;
    auto *handle = *static_cast<sqlite3 *const *>(v.data());
    if (!handle)
        return;
    m_handle = handle;
    sqlite3_update_hook(handle, &TableChanges::onUpdate, this);
    sqlite3_commit_hook(handle, &TableChanges::onCommit, this);
    sqlite3_rollback_hook(handle, &TableChanges::onRollback, this);
}

TableChanges::~TableChanges()
{
    if (auto *handle = static_cast<sqlite3 *>(m_handle)) {
        sqlite3_update_hook(handle, nullptr, nullptr);
        sqlite3_commit_hook(handle, nullptr, nullptr);
        sqlite3_rollback_hook(handle, nullptr, nullptr);
    }
}

QSet<QString> TableChanges::take()
{
    // A statement outside any explicit transaction commits by itself, and SQLite then calls the
    // commit hook too; what is still pending belongs to a transaction not yet finished.
    QSet<QString> out;
    out.swap(m_committed);
    return out;
}

void TableChanges::onUpdate(void *self, int, const char *database, const char *table, long long)
{
    // Only the main database (not temp tables or attached copies), and the records, not the audit
    // trail each write adds to.
    if (qstrcmp(database, "main") == 0 && qstrncmp(table, "audit_", 6) != 0)
        static_cast<TableChanges *>(self)->m_pending.insert(QString::fromUtf8(table));
}

int TableChanges::onCommit(void *self)
{
    auto *me = static_cast<TableChanges *>(self);
    me->m_committed.unite(me->m_pending);
    me->m_pending.clear();
    return 0; // let the commit go on
}

void TableChanges::onRollback(void *self)
{
    static_cast<TableChanges *>(self)->m_pending.clear();
}

} // namespace tongxin

#pragma once

#include "audit/auditlog.h"

#include <QSqlDatabase>
#include <QTableWidget>

namespace tongxin {

/// The entries of the audit trail as a table: number, time (local), user, program, what was
/// done, to which record, and the changes. Read-only; the Audit page and a record's History
/// show it.
class AuditTable final : public QTableWidget
{
    Q_OBJECT
public:
    explicit AuditTable(QWidget *parent = nullptr);
    void setEntries(const QSqlDatabase &db, const QVector<AuditEntry> &entries);
    void retranslateUi();

private:
    QVector<AuditEntry> m_entries;
    QSqlDatabase m_db;
};

} // namespace tongxin

#pragma once

#include <QCryptographicHash>
#include <QSqlQuery>

namespace tongxin::AuditDetail {

/// The columns of an audit entry in the order the chain hashes them.
inline constexpr const char *EntryColumns =
    "id, at, user_name, program, table_name, row_id, operation, old_values, new_values";
inline constexpr int EntryFields = 9;

/// Adds the entry at the query's current row (selected as EntryColumns) to the chain.
void addEntry(QCryptographicHash *hash, const QSqlQuery &q);

} // namespace tongxin::AuditDetail

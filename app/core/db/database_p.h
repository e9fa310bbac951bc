#pragma once

// Helpers shared by database.cpp and databasecopies.cpp; not part of the core's API.

#include "db/database.h"

#include <QSqlError>

namespace tongxin::dbdetail {

OpenError makeError(OpenError::Code code, const QString &message);
void setError(OpenError *out, OpenError::Code code, const QString &message);
/// Why SQLite refused: truncated, damaged, locked, not writable… named for what it is.
OpenError fromSqlError(const QString &path, const QSqlError &e);
bool folderWritable(const QString &path);
/// Removes a database file this process made and no longer has open, with its sidecars.
void removeOwnFile(const QString &path);

} // namespace tongxin::dbdetail

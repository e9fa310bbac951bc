#pragma once

#include <QString>

namespace tongxin {

class Database;

/// The demo database: Hexi District (Tianjin) and three western units, 2017–2020, with
/// record-level data whose totals reproduce the figures of the seed article (DOMAIN.md).
/// Deterministic: the same records every run.
class Demo final
{
public:
    /// Fills an empty, open database in one transaction.
    static bool populate(Database &db, QString *error = nullptr);
    /// Writes a new demo database file at `path`: built under a temporary name beside it and
    /// renamed into place only when complete, so a failure never leaves half a demo. Any
    /// previous file (and its -wal/-shm) at `path` is replaced; never call it on a file that is
    /// open in this process.
    static bool createFile(const QString &path, QString *error = nullptr);
};

} // namespace tongxin

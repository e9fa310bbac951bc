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
};

} // namespace tongxin

#pragma once

class QSqlDatabase;
class QString;

namespace tongxin {
struct Filter;
}

namespace tongxin::cli {

/// When the years asked (`--year`, `--from`/`--to`; 0 = an open end) reach outside the office's
/// period, says so on stderr, naming the period, and, when records are dated before or after
/// it, the command that shows them (only flows are looked for, as OutsidePeriod does). With no
/// period in the settings, only years apart from every dated record are noted. Prints nothing when the years lie within the period. The output and the exit
/// code of the command are not changed. Used by `summary` and `explain`.
void notePeriod(const QSqlDatabase &db, const QString &file, const Filter &asked);

} // namespace tongxin::cli

#pragma once

#include <QCoreApplication>
#include <QString>

namespace tongxin {

/// The files around a database: private creation (0600), temporary names beside a target
/// that are renamed into place only when complete, the copies kept before an upgrade and
/// the files moved aside instead of deleted. GUI-free.
///
/// Never used on a file this process has open through SQLite (see OpenFiles): every
/// function here opens, renames or removes files by path.
class DbFiles final
{
    Q_DECLARE_TR_FUNCTIONS(DbFiles)
public:
    /// Creates `path` as a new, empty file readable and writable by its owner only (0600).
    /// SQLite then uses it as an empty database, and gives its -wal, -shm and -journal the
    /// same mode. False when the file exists or cannot be created.
    static bool createPrivate(const QString &path, QString *error = nullptr);

    /// A new temporary name in the folder of `target`, of Tongxin's own pattern
    /// (".NAME.tongxin-PID-N.part"), for a file renamed to `target` when complete.
    static QString temporaryFor(const QString &target);
    /// Removes temporaries of Tongxin's pattern for `target` (and their -journal) left by a
    /// process that was killed: only files of our pattern, modified before this process
    /// started, whose process is no longer running. Never a user's file.
    static void removeStaleTemporaries(const QString &target);
    /// Renames a finished temporary to `target`. With `replace` false an existing target is
    /// never replaced (the temporary is removed and false returned).
    static bool commit(const QString &temporary, const QString &target, bool replace, QString *error = nullptr);

    /// "FILE.v1-YYYYMMDD-HHMMSS.bak": the copy kept before upgrading a schema-v`version` file.
    static QString upgradeCopyName(const QString &path, int version);
    /// Moves `path` and its -wal, -shm and -journal aside to "FILE.replaced-YYYYMMDD-HHMMSS"
    /// (kept together, so SQLite still finds the log of the moved file). Sets `movedTo`.
    static bool moveAside(const QString &path, QString *movedTo, QString *error = nullptr);

    /// "-wal", "-shm", "-journal".
    static const QStringList &sidecars();
};

} // namespace tongxin

#pragma once

#include <QString>

#include <functional>

namespace tongxin {

/// The database files this process has open through SQLite connections (process-wide,
/// thread-safe).
///
/// SQLite's locks are POSIX advisory locks, held per process: closing *any* descriptor of a
/// database file — a QFile probe of its header, a checksum, a copy — drops every lock the
/// process holds on it, and the next program to open the file may then delete the live -wal
/// and -shm. So once a file is open, nothing in the process may open it, or its -wal, -shm or
/// -journal, by any other means than an SQLite connection. Database registers every
/// connection here; code about to read a file that could be a database asks first.
class OpenFiles final
{
public:
    /// The key of `path`: its canonical path, or for a file that does not exist yet the
    /// canonical folder joined with the file name.
    static QString key(const QString &path);
    /// True when `path` is a database file open in this process, or its -wal, -shm or -journal.
    static bool contains(const QString &path);
    /// Runs `read` (e.g. a QFile read of the header) only when `path` is not open in this
    /// process, with the registry locked so no connection of this process opens it meanwhile.
    /// Returns false, without calling `read`, when the file is open.
    static bool readIfClosed(const QString &path, const std::function<void()> &read);

    /// Database: a connection named `connection` is about to open `path` / has closed.
    static void add(const QString &connection, const QString &path);
    static void remove(const QString &connection);
};

} // namespace tongxin

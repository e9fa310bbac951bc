#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tongxin {

class TableChanges;

/// Why a file could not be opened or created. The message is in the user's language.
struct OpenError
{
    enum Code {
        None,
        Missing,
        Exists,
        Unreadable,
        NotTongxin,
        TooNew,
        Failed,
        Truncated,
        NotWritable,
        Locked,
        Damaged
    };
    Code code = None;
    QString message;
    explicit operator bool() const { return code != None; }
};

/// One Tongxin database file: a named QSqlDatabase connection with foreign keys on, WAL and a
/// busy timeout. Opening validates the file before changing anything: a file that is not
/// SQLite, not ours, or from a newer Tongxin is refused and left untouched.
///
/// Read-only opens (Access::ReadOnly, Access::Inspect) never write to the file: no upgrade, no
/// journal-mode switch; an older schema is read through a private upgraded snapshot in the
/// temporary folder. Only a read-write open upgrades, after keeping a consistent copy
/// FILE.v1-YYYYMMDD-HHMMSS.bak. New files, their -wal/-shm and backups are created 0600.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Access {
        ReadWrite, ///< upgrades an older schema (keeping a copy), WAL
        ReadOnly, ///< SQLITE_OPEN_READONLY (immutable on a read-only folder); refuses a damaged file
        Inspect, ///< read-only, and a damaged file is opened anyway (for `check`)
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens an existing Tongxin file; read-write migrates an older schema in one transaction
    /// after writing the copy upgradeCopy().
    bool open(const QString &path, OpenError *error = nullptr, Access access = Access::ReadWrite);
    /// Creates a new, empty Tongxin file. Refuses an existing file unless `overwrite`; a
    /// replaced file is moved aside (replacedFile()), never deleted, and one from a newer
    /// version only with `overwriteNewer`.
    bool create(const QString &path, bool overwrite = false, OpenError *error = nullptr, bool overwriteNewer = false);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase db() const;
    QString connectionName() const { return m_connection; }
    bool isReadOnly() const { return m_readOnly; }
    /// The copy kept before the last open upgraded the file; empty when none was made.
    QString upgradeCopy() const { return m_upgradeCopy; }
    /// Where create() moved the file it replaced; empty when it replaced none.
    QString replacedFile() const { return m_replaced; }

    /// Writes a consistent copy of the open database to `target` (VACUUM INTO). Refuses to
    /// overwrite an existing file.
    bool backupTo(const QString &target, QString *error = nullptr) const;

    /// Checks the file without opening it for writing; `version` gets its schema version.
    static OpenError probe(const QString &path, int *version = nullptr);
    /// May `path` be replaced by a new database? An error when it is not a Tongxin database,
    /// or is from a newer version and `overwriteNewer` is false.
    static OpenError checkReplaceable(const QString &path, bool overwriteNewer);

    /// Values kept in the settings table (office name, cooperation period, …).
    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool setSetting(const QString &key, const QString &value);

    /// The tables that writes through this connection changed and committed since the last
    /// call (forms, undo, imports, operations alike), so that views reload only what changed.
    QSet<QString> takeChangedTables();

private:
    bool connect(const QString &path, OpenError *error, Access access = Access::ReadWrite);
    bool verify(const QString &path, Access access, int *version, OpenError *error);
    bool upgrade(const QString &path, int version, OpenError *error);
    bool openSnapshot(const QString &path, int version, OpenError *error);
    static QString uniqueConnectionName();
    static OpenError checkVersion(const QString &path, qint64 applicationId, int userVersion);

    QString m_connection;
    QString m_path;
    QString m_snapshot; ///< private upgraded copy read instead of an older file, removed on close
    QString m_upgradeCopy;
    QString m_replaced;
    bool m_readOnly = false;
    std::unique_ptr<TableChanges> m_changes;
};

} // namespace tongxin

#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace tongxin {

/// Why a file could not be opened or created. The message is in the user's language.
struct OpenError
{
    enum Code { None, Missing, Exists, Unreadable, NotTongxin, TooNew, Failed };
    Code code = None;
    QString message;
    explicit operator bool() const { return code != None; }
};

/// One Tongxin database file: a named QSqlDatabase connection with foreign keys on, WAL and a
/// busy timeout. Opening validates the file before changing anything: a file that is not
/// SQLite, not ours, or from a newer Tongxin is refused and left untouched.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens an existing Tongxin file, migrating an older schema in one transaction.
    bool open(const QString &path, OpenError *error = nullptr);
    /// Creates a new, empty Tongxin file. Refuses an existing file unless `overwrite`.
    bool create(const QString &path, bool overwrite = false, OpenError *error = nullptr);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase db() const;
    QString connectionName() const { return m_connection; }

    /// Writes a consistent copy of the open database to `target` (VACUUM INTO). Refuses to
    /// overwrite an existing file.
    bool backupTo(const QString &target, QString *error = nullptr) const;

    /// Checks the file without opening it for writing.
    static OpenError probe(const QString &path);

    /// Values kept in the settings table (office name, cooperation period, …).
    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool setSetting(const QString &key, const QString &value);

private:
    bool connect(const QString &path, OpenError *error);
    static QString uniqueConnectionName();
    static OpenError checkVersion(const QString &path, qint64 applicationId, int userVersion);

    QString m_connection;
    QString m_path;
};

} // namespace tongxin

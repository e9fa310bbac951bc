#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace tongxin {

/// What an account may do. Administrators manage accounts and locks and write everything;
/// office staff write every western unit; a county working group writes only the records of its
/// units and reads all; a viewer reads, exports and prints.
enum class AccountRole { Administrator, Office, County, Viewer };

struct Account
{
    qint64 id = 0;
    QString name;
    AccountRole role = AccountRole::Viewer;
    QVector<qint64> unitIds; ///< a county working group's western units
    QStringList units; ///< their names, in the same order
    QString createdAt; ///< UTC, ISO
    QString createdBy;
    QString disabledAt; ///< empty while the account is in use
    QString disabledBy;

    bool disabled() const { return !disabledAt.isEmpty(); }
};

/// Accounts (schema 7, resources/sql/migrate_v7.sql). A database has none at first and works as
/// before; the first account, an administrator, enables them, and from then on every program
/// signs in (signIn) before it writes. Passwords are kept as libsodium Argon2id hashes only; a
/// wrong password costs seconds; accounts are disabled, never deleted. What each role may write
/// is Access's. GUI-free.
class Accounts final
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
public:
    static constexpr int MinPasswordLength = 8;

    static QStringList roleCodes(); ///< administrator, office, county, viewer
    static QString roleCode(AccountRole role);
    static QString roleName(AccountRole role); ///< in the user's language
    /// A role from its code or its name in either language.
    static std::optional<AccountRole> roleFrom(const QString &text);

    /// Whether the database has the accounts tables (schema 7 or later).
    static bool exist(const QSqlDatabase &db);
    /// Whether accounts are enabled: the database has at least one account.
    static bool enabled(const QSqlDatabase &db);
    /// Every account, by name.
    static bool list(const QSqlDatabase &db, QVector<Account> *accounts, QString *error);
    static std::optional<Account> find(const QSqlDatabase &db, const QString &name);

    /// Adds an account with `password`. The first account enables accounts: it must be an
    /// administrator, and needs no one signed in. Later ones are added by a signed-in
    /// administrator. A county working group names its western units (place ids of counties).
    static bool add(const QSqlDatabase &db, const QString &name, AccountRole role, const QVector<qint64> &unitIds,
        const QString &password, QString *error);
    /// Disables an account (an administrator's act); the last administrator in use is kept.
    static bool disable(const QSqlDatabase &db, const QString &name, QString *error);
    /// Sets a new password: an administrator for anyone, anyone for their own account.
    static bool setPassword(const QSqlDatabase &db, const QString &name, const QString &password, QString *error);

    /// Checks the name and password and makes the account the one working on this connection
    /// (and the user of its audit entries). A wrong name or password takes seconds to answer.
    static bool signIn(const QSqlDatabase &db, const QString &name, const QString &password, QString *error);
    /// An account signed in on another connection of this program (current() there) works on
    /// `db` too: a worker's connection to the same file.
    static void adopt(const QSqlDatabase &db, const Account &signedIn);
    static void signOut(const QSqlDatabase &db);
    /// The account working on this connection, if one signed in.
    static std::optional<Account> current(const QSqlDatabase &db);

private:
    /// The Argon2id hash of a new password; empty, with why, for one too short (or no libsodium).
    static QString newHash(const QString &password, QString *why);
};

} // namespace tongxin

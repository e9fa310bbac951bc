#include "accounts/accounts.h"

#include "accounts/access.h"
#include "db/audittrail.h"
#include "db/transaction.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sodium.h>

namespace tongxin {

namespace {

// How long a refused sign-in waits before it answers, on top of the hash's own cost: trying
// passwords one after another is slow.
constexpr unsigned long RefusedSignInMs = 2000;

const char *const RoleNames[] = {
    QT_TRANSLATE_NOOP("Accounts", "administrator"),
    QT_TRANSLATE_NOOP("Accounts", "office staff"),
    QT_TRANSLATE_NOOP("Accounts", "county working group"),
    QT_TRANSLATE_NOOP("Accounts", "viewer"),
};

QMutex sessionsLock;
QHash<QString, Account> sessions; // connection name -> the account working on it

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString hashOf(const QString &password)
{
    const QByteArray bytes = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (!sodiumReady()
        || crypto_pwhash_str(out, bytes.constData(), quint64(bytes.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
               crypto_pwhash_MEMLIMIT_INTERACTIVE)
            != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifies(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray bytes = password.toUtf8();
    return sodiumReady() && crypto_pwhash_str_verify(h.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}

const char *const AccountColumns = "SELECT a.id, a.name, a.role, a.created_at, a.created_by, a.disabled_at, a.disabled_by, "
                                   "a.password_hash FROM accounts a ";

Account accountAt(const QSqlDatabase &db, const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.role = Accounts::roleFrom(q.value(2).toString()).value_or(AccountRole::Viewer);
    a.createdAt = q.value(3).toString();
    a.createdBy = q.value(4).toString();
    a.disabledAt = q.value(5).toString();
    a.disabledBy = q.value(6).toString();
    QSqlQuery units(db);
    units.prepare(QStringLiteral("SELECT p.id, p.name FROM account_units u JOIN places p ON p.id = u.county_id "
                                 "WHERE u.account_id = ? ORDER BY p.name"));
    units.addBindValue(a.id);
    if (units.exec()) {
        while (units.next()) {
            a.unitIds << units.value(0).toLongLong();
            a.units << units.value(1).toString();
        }
    }
    return a;
}

QString now()
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

} // namespace

QStringList Accounts::roleCodes()
{
    return { QStringLiteral("administrator"), QStringLiteral("office"), QStringLiteral("county"), QStringLiteral("viewer") };
}

QString Accounts::roleCode(AccountRole role)
{
    return roleCodes().at(int(role));
}

QString Accounts::roleName(AccountRole role)
{
    return tr(RoleNames[int(role)]);
}

std::optional<AccountRole> Accounts::roleFrom(const QString &text)
{
    const QString t = text.trimmed();
    for (int i = 0; i < roleCodes().size(); ++i) {
        const AccountRole role = AccountRole(i);
        if (t.compare(roleCodes().at(i), Qt::CaseInsensitive) == 0 || t.compare(QLatin1String(RoleNames[i]), Qt::CaseInsensitive) == 0
            || t == roleName(role))
            return role;
    }
    return std::nullopt;
}

bool Accounts::exist(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'accounts'")) && q.next();
}

bool Accounts::enabled(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return exist(db) && q.exec(QStringLiteral("SELECT 1 FROM accounts LIMIT 1")) && q.next();
}

bool Accounts::list(const QSqlDatabase &db, QVector<Account> *accounts, QString *error)
{
    accounts->clear();
    if (!exist(db))
        return true;
    QSqlQuery q(db);
    if (!q.exec(QLatin1String(AccountColumns) + QStringLiteral("ORDER BY a.name"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        accounts->push_back(accountAt(db, q));
    return true;
}

std::optional<Account> Accounts::find(const QSqlDatabase &db, const QString &name)
{
    if (!exist(db))
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QLatin1String(AccountColumns) + QStringLiteral("WHERE a.name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return accountAt(db, q);
}

QString Accounts::newHash(const QString &password, QString *why)
{
    if (password.size() < MinPasswordLength) {
        *why = tr("A password needs at least %1 characters.").arg(MinPasswordLength);
        return {};
    }
    const QString hash = hashOf(password);
    if (hash.isEmpty())
        *why = tr("The password could not be hashed (libsodium).");
    return hash;
}

bool Accounts::add(const QSqlDatabase &db, const QString &name, AccountRole role, const QVector<qint64> &unitIds,
    const QString &password, QString *error)
{
    const QString n = name.trimmed();
    QString why;
    if (!exist(db))
        why = tr("This database is from an older version of Tongxin: open it in the window once to upgrade it.");
    else if (n.isEmpty())
        why = tr("An account needs a name.");
    else if (!enabled(db) && role != AccountRole::Administrator)
        why = tr("The first account enables accounts: it must be an administrator.");
    else if (enabled(db))
        why = Access::adminRefusal(db, tr("add an account"));
    if (why.isEmpty() && role == AccountRole::County && unitIds.isEmpty())
        why = tr("A county working group's account names its western unit(s).");
    if (why.isEmpty() && role != AccountRole::County && !unitIds.isEmpty())
        why = tr("Only a county working group's account has western units.");
    if (why.isEmpty() && find(db, n))
        why = tr("There is already an account named %1.").arg(n);
    const QString hash = why.isEmpty() ? newHash(password, &why) : QString();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const bool first = !enabled(db);
    const bool added = Transaction::run(db, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO accounts (name, role, password_hash, created_at, created_by) VALUES (?, ?, ?, ")
            + now() + QStringLiteral(", ?)"));
        q.addBindValue(n);
        q.addBindValue(roleCode(role));
        q.addBindValue(hash);
        q.addBindValue(AuditTrail::user(db));
        if (!q.exec())
            return q.lastError().text();
        const qint64 id = q.lastInsertId().toLongLong();
        for (const qint64 unit : unitIds) {
            QSqlQuery check(db);
            check.prepare(QStringLiteral("SELECT 1 FROM places WHERE id = ? AND side = 'west' AND level = 'county'"));
            check.addBindValue(unit);
            if (!check.exec() || !check.next())
                return tr("The place %1 is not a western unit.").arg(unit);
            q.prepare(QStringLiteral("INSERT INTO account_units (account_id, county_id) VALUES (?, ?)"));
            q.addBindValue(id);
            q.addBindValue(unit);
            if (!q.exec())
                return q.lastError().text();
        }
        return QString();
    });
    // Whoever enabled accounts works on as the administrator they made.
    if (added && first)
        return signIn(db, n, password, error);
    return added;
}

bool Accounts::disable(const QSqlDatabase &db, const QString &name, QString *error)
{
    return Transaction::run(db, error, [&](QSqlQuery &q) {
        if (const QString refused = Access::adminRefusal(db, tr("disable an account")); !refused.isEmpty())
            return refused;
        const std::optional<Account> a = find(db, name);
        if (!a)
            return tr("There is no account named %1.").arg(name.trimmed());
        if (a->disabled())
            return tr("The account %1 is already disabled.").arg(a->name);
        if (a->role == AccountRole::Administrator) {
            q.prepare(QStringLiteral("SELECT count(*) FROM accounts WHERE role = 'administrator' AND disabled_at IS NULL"));
            if (!q.exec() || !q.next() || q.value(0).toInt() <= 1)
                return tr("%1 is the last administrator in use; add another before disabling it.").arg(a->name);
        }
        q.prepare(QStringLiteral("UPDATE accounts SET disabled_at = ") + now() + QStringLiteral(", disabled_by = ? WHERE id = ?"));
        q.addBindValue(AuditTrail::user(db));
        q.addBindValue(a->id);
        return q.exec() ? QString() : q.lastError().text();
    });
}

bool Accounts::setPassword(const QSqlDatabase &db, const QString &name, const QString &password, QString *error)
{
    const std::optional<Account> me = current(db);
    QString why;
    if (!me)
        why = tr("Sign in to change a password.");
    else if (me->name != name.trimmed())
        why = Access::adminRefusal(db, tr("change another account's password"));
    const std::optional<Account> a = why.isEmpty() ? find(db, name) : std::nullopt;
    if (why.isEmpty() && !a)
        why = tr("There is no account named %1.").arg(name.trimmed());
    const QString hash = why.isEmpty() ? newHash(password, &why) : QString();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    return Transaction::run(db, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"));
        q.addBindValue(hash);
        q.addBindValue(a->id);
        return q.exec() ? QString() : q.lastError().text();
    });
}

bool Accounts::signIn(const QSqlDatabase &db, const QString &name, const QString &password, QString *error)
{
    QString hash;
    std::optional<Account> a;
    if (exist(db)) {
        QSqlQuery q(db);
        q.prepare(QLatin1String(AccountColumns) + QStringLiteral("WHERE a.name = ?"));
        q.addBindValue(name.trimmed());
        if (q.exec() && q.next()) {
            a = accountAt(db, q);
            hash = q.value(7).toString();
        }
    }
    // An unknown name costs what a wrong password costs: the answer does not tell them apart.
    static const QString unknown = hashOf(QStringLiteral("no such account"));
    const bool right = verifies(a ? hash : unknown, password) && a;
    if (!right) {
        QThread::msleep(RefusedSignInMs);
        if (error)
            *error = tr("Wrong name or password.");
        return false;
    }
    if (a->disabled()) {
        if (error)
            *error = tr("The account %1 was disabled on %2 by %3.").arg(a->name, a->disabledAt.left(10), a->disabledBy);
        return false;
    }
    {
        const QMutexLocker locked(&sessionsLock);
        sessions.insert(db.connectionName(), *a);
    }
    AuditTrail::setUser(db, a->name);
    return true;
}

void Accounts::adopt(const QSqlDatabase &db, const Account &signedIn)
{
    {
        const QMutexLocker locked(&sessionsLock);
        sessions.insert(db.connectionName(), signedIn);
    }
    AuditTrail::setUser(db, signedIn.name);
}

void Accounts::signOut(const QSqlDatabase &db)
{
    {
        const QMutexLocker locked(&sessionsLock);
        sessions.remove(db.connectionName());
    }
    AuditTrail::setUser(db, QString());
}

std::optional<Account> Accounts::current(const QSqlDatabase &db)
{
    const QMutexLocker locked(&sessionsLock);
    const auto it = sessions.constFind(db.connectionName());
    if (it == sessions.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace tongxin

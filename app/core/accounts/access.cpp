#include "accounts/access.h"

#include "accounts/accounts.h"
#include "registers/catalogue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tongxin {

namespace {

// The account working on the connection as the database has it now (it may have been disabled
// or changed since it signed in); nullopt when accounts are enabled and no one works, or when
// they are not enabled (`enabled` false).
std::optional<Account> working(const QSqlDatabase &db, bool *enabled)
{
    *enabled = Accounts::enabled(db);
    if (!*enabled)
        return std::nullopt;
    const std::optional<Account> signedIn = Accounts::current(db);
    return signedIn ? Accounts::find(db, signedIn->name) : std::nullopt;
}

// Why no write at all: no one signed in, a disabled account, a viewer; empty otherwise.
QString generalRefusal(const std::optional<Account> &a)
{
    if (!a)
        return Access::tr("This database has accounts: sign in to change it.");
    if (a->disabled())
        return Access::tr("The account %1 is disabled.").arg(a->name);
    if (a->role == AccountRole::Viewer)
        return Access::tr("%1 is a viewer: viewers read, export and print, but change nothing.").arg(a->name);
    return {};
}

QString placeName(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM places WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString::number(id);
}

QString notItsUnit(const QSqlDatabase &db, const Account &a, const QVariant &unit)
{
    const QString units = a.units.join(QStringLiteral(", "));
    if (unit.isNull())
        return Access::tr("%1 is a county working group (%2): it changes only records of its western unit(s), "
                          "and this record belongs to none.")
            .arg(a.name, units);
    return Access::tr("%1 is a county working group (%2): it changes only records of its western unit(s), "
                      "and this record belongs to %3.")
        .arg(a.name, units, placeName(db, unit.toLongLong()));
}

QString unitList(const Account &a)
{
    QStringList ids;
    for (const qint64 id : a.unitIds)
        ids << QString::number(id);
    return ids.join(QLatin1Char(','));
}

} // namespace

QString Access::tableRefusal(const QSqlDatabase &db, const QString &table)
{
    bool enabled = false;
    const std::optional<Account> a = working(db, &enabled);
    if (!enabled)
        return {};
    if (QString refused = generalRefusal(a); !refused.isEmpty())
        return refused;
    const Register *r = Catalogue::find(table);
    if (a->role == AccountRole::County && (!r || r->unitSql.isEmpty()))
        return tr("%1 is a county working group: it changes only records of its western unit(s), and %2 belong to none.")
            .arg(a->name, Catalogue::noun(table));
    return {};
}

QString Access::recordRefusal(const QSqlDatabase &db, const QString &table, qint64 id)
{
    if (QString refused = tableRefusal(db, table); !refused.isEmpty())
        return refused;
    bool enabled = false;
    const std::optional<Account> a = working(db, &enabled);
    if (!enabled || a->role != AccountRole::County)
        return {};
    const Register *r = Catalogue::find(table);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 r WHERE r.id = ?").arg(r->unitOf(QStringLiteral("r.")), table));
    q.addBindValue(id);
    const QVariant unit = q.exec() && q.next() ? q.value(0) : QVariant();
    if (!unit.isNull() && a->unitIds.contains(unit.toLongLong()))
        return {};
    return notItsUnit(db, *a, unit);
}

QString Access::refusalAfter(const QSqlDatabase &db, const QString &table, qint64 afterId)
{
    bool enabled = false;
    const std::optional<Account> a = working(db, &enabled);
    if (!enabled)
        return {};
    if (QString refused = tableRefusal(db, table); !refused.isEmpty() || a->role != AccountRole::County)
        return refused;
    const Register *r = Catalogue::find(table);
    const QString unit = r->unitOf(QStringLiteral("r."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 r WHERE r.id > ? AND (%1 IS NULL OR %1 NOT IN (%3)) LIMIT 1")
                  .arg(unit, table, unitList(*a)));
    q.addBindValue(afterId);
    if (!q.exec())
        return tr("The rows could not be checked: %1").arg(q.lastError().text());
    return q.next() ? notItsUnit(db, *a, q.value(0)) : QString();
}

QString Access::adminRefusal(const QSqlDatabase &db, const QString &what)
{
    bool enabled = false;
    const std::optional<Account> a = working(db, &enabled);
    if (!enabled)
        return {};
    if (!a)
        return tr("This database has accounts: sign in as an administrator to %1.").arg(what);
    if (a->disabled())
        return tr("The account %1 is disabled.").arg(a->name);
    if (a->role != AccountRole::Administrator)
        return tr("Only an administrator may %1; the role of %2 is %3.").arg(what, a->name, Accounts::roleName(a->role));
    return {};
}

QString Access::settingsRefusal(const QSqlDatabase &db)
{
    bool enabled = false;
    const std::optional<Account> a = working(db, &enabled);
    return enabled ? generalRefusal(a) : QString();
}

} // namespace tongxin

// tongxin-cli user add|list|disable|passwd, and signing in with --user.

#include "commands.h"
#include "exitcode.h"
#include "output.h"

#include "accounts/accounts.h"
#include "db/database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace tongxin::cli {

namespace {

// A line typed on the terminal without echo; nullopt when stdin is not a terminal.
std::optional<QString> askHidden(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::cerr << prompt.toStdString() << std::flush;
    termios old {};
    const bool quiet = tcgetattr(STDIN_FILENO, &old) == 0;
    if (quiet) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::cerr << std::endl;
    if (!read)
        return std::nullopt;
    return QString::fromStdString(line);
}

// A password from the environment variable `variable`, else asked (twice when `confirm`).
std::optional<QString> password(const char *variable, const QString &prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const std::optional<QString> first = askHidden(prompt);
    if (!first) {
        printError(Commands::tr("No password: set %1, or run the command on a terminal to be asked.")
                       .arg(QLatin1String(variable)));
        return std::nullopt;
    }
    if (confirm && askHidden(Commands::tr("The same password again: ")) != first) {
        printError(Commands::tr("The two passwords differ; nothing was changed."));
        return std::nullopt;
    }
    return first;
}

QString accountLine(const Account &a)
{
    QString text = QStringLiteral("%1  %2").arg(a.name, Accounts::roleName(a.role));
    if (!a.units.isEmpty())
        text += QStringLiteral(" (%1)").arg(a.units.join(QStringLiteral(", ")));
    text += QLatin1String("  ") + Commands::tr("added %1 by %2").arg(a.createdAt.left(10), a.createdBy);
    if (a.disabled())
        text += QLatin1String("  ") + Commands::tr("disabled %1 by %2").arg(a.disabledAt.left(10), a.disabledBy);
    return text + QLatin1Char('\n');
}

} // namespace

bool Commands::signIn(const QString &path, const QSqlDatabase &db, const QString &name)
{
    if (!Accounts::enabled(db))
        return true;
    if (name.isEmpty()) {
        printError(tr("%1 has accounts: say who is working with --user NAME (the password from TONGXIN_PASSWORD, or "
                      "asked on the terminal).")
                       .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const std::optional<QString> secret = password("TONGXIN_PASSWORD", tr("Password of %1: ").arg(name), false);
    if (!secret)
        return false;
    QString why;
    if (Accounts::signIn(db, name, *secret, &why))
        return true;
    printError(why);
    return false;
}

int Commands::users(const Options &o)
{
    Database db;
    if (!openExisting(o.file, &db))
        return ExitUsage;
    const QSqlDatabase &d = db.db();
    QString why;
    if (o.action == QLatin1String("list")) {
        QVector<Account> accounts;
        if (!Accounts::list(d, &accounts, &why)) {
            printError(why);
            return ExitWriteFailed;
        }
        if (accounts.isEmpty())
            printOut(tr("%1 has no accounts: whoever opens it works, named by their login. \"user add\" with --role "
                        "administrator enables accounts.")
                         .arg(QDir::toNativeSeparators(o.file))
                + QLatin1Char('\n'));
        for (const Account &a : accounts)
            printOut(accountLine(a));
        return ExitOk;
    }
    bool done = false;
    if (o.action == QLatin1String("add")) {
        const std::optional<AccountRole> role = Accounts::roleFrom(o.role);
        if (!role) {
            printError(tr("Unknown role \"%1\"; use administrator, office, county or viewer.").arg(o.role));
            return ExitUsage;
        }
        QVector<qint64> units;
        for (const QString &name : o.units) {
            qint64 id = 0;
            QString shown;
            if (!resolveUnit(d, name, &id, &shown))
                return ExitUsage;
            units << id;
        }
        const std::optional<QString> secret
            = password("TONGXIN_NEW_PASSWORD", tr("Password for %1: ").arg(o.accountName), true);
        if (!secret)
            return ExitUsage;
        done = Accounts::add(d, o.accountName, *role, units, *secret, &why);
        if (done)
            printOut(tr("Added the account %1 (%2).").arg(o.accountName, Accounts::roleName(*role)) + QLatin1Char('\n'));
    } else if (o.action == QLatin1String("disable")) {
        done = Accounts::disable(d, o.accountName, &why);
        if (done)
            printOut(tr("Disabled the account %1.").arg(o.accountName) + QLatin1Char('\n'));
    } else {
        const std::optional<QString> secret
            = password("TONGXIN_NEW_PASSWORD", tr("New password for %1: ").arg(o.accountName), true);
        if (!secret)
            return ExitUsage;
        done = Accounts::setPassword(d, o.accountName, *secret, &why);
        if (done)
            printOut(tr("Set a new password for %1.").arg(o.accountName) + QLatin1Char('\n'));
    }
    if (!done) {
        printError(why);
        return ExitRefused;
    }
    return ExitOk;
}

} // namespace tongxin::cli

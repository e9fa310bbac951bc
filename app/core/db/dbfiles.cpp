#include "db/dbfiles.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tongxin {

namespace {

// When this process started (close enough: when the core library was loaded). A temporary
// modified after it may belong to a run that is still going.
const QDateTime processStart = QDateTime::currentDateTimeUtc();

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// `base`, or base-2, base-3 … when a file of that name (or its sidecars) exists.
QString unused(const QString &base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

bool processRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

const QStringList &DbFiles::sidecars()
{
    static const QStringList list { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") };
    return list;
}

bool DbFiles::createPrivate(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::close(fd);
    return true;
}

QString DbFiles::temporaryFor(const QString &target)
{
    static QAtomicInt counter;
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.tongxin-%2-%3.part")
                                           .arg(info.fileName())
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(counter.fetchAndAddRelaxed(1)));
}

void DbFiles::removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    const QDir dir = info.absoluteDir();
    // Ours only: ".NAME.tongxin-PID-N.part" (the xlsx exporter's older ".NAME.XXXXXX.part" too),
    // and SQLite's -journal, -wal or -shm of one.
    const QRegularExpression ours(
        QStringLiteral("^\\.%1\\.(?:tongxin-(\\d+)-\\d+|[A-Za-z0-9]{6})\\.part(?:-journal|-wal|-shm)?$")
            .arg(QRegularExpression::escape(info.fileName())));
    const QStringList entries
        = dir.entryList({ QStringLiteral(".%1.*").arg(info.fileName()) }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : entries) {
        const QRegularExpressionMatch m = ours.match(name);
        if (!m.hasMatch())
            continue;
        const QFileInfo file(dir.filePath(name));
        if (file.lastModified().toUTC() >= processStart)
            continue;
        if (!m.captured(1).isEmpty() && processRunning(m.captured(1).toLongLong()))
            continue;
        QFile::remove(file.filePath());
    }
}

bool DbFiles::commit(const QString &temporary, const QString &target, bool replace, QString *error)
{
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(QFileInfo(target).absoluteFilePath());
    bool ok = false;
    if (replace) {
        ok = std::rename(from.constData(), to.constData()) == 0; // replaces the target in one step
    } else {
        // link(2) fails when the target exists: a file that appeared meanwhile is never replaced.
        ok = ::link(from.constData(), to.constData()) == 0;
        if (ok)
            ::unlink(from.constData());
    }
    if (!ok) {
        const int e = errno;
        QFile::remove(temporary);
        if (error)
            *error = e == EEXIST ? tr("The file %1 already exists.").arg(QDir::toNativeSeparators(target))
                                 : tr("The file %1 could not be written: %2")
                                       .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(std::strerror(e)));
        return false;
    }
    return true;
}

QString DbFiles::upgradeCopyName(const QString &path, int version)
{
    return unused(QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version).arg(stamp()));
}

bool DbFiles::moveAside(const QString &path, QString *movedTo, QString *error)
{
    const QString aside = unused(QStringLiteral("%1.replaced-%2").arg(path, stamp()));
    // The log goes first: were the main file moved alone, SQLite could meet the old -wal
    // beside a new file of the old name. Whatever was moved goes back when a step fails.
    QStringList moved;
    auto undo = [&] {
        for (const QString &suffix : std::as_const(moved))
            QFile::rename(aside + suffix, path + suffix);
    };
    for (const QString &suffix : sidecars() + QStringList { QString() }) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, aside + suffix)) {
            undo();
            if (error)
                *error = tr("The file %1 could not be moved aside.").arg(QDir::toNativeSeparators(path + suffix));
            return false;
        }
        moved << suffix;
    }
    if (movedTo)
        *movedTo = aside;
    return true;
}

} // namespace tongxin

#include "db/openfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace tongxin {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, QString> keyOfConnection; // connection name → file key
};

Registry &registry()
{
    static Registry r;
    return r;
}

// Only stat()/realpath(): never a descriptor of the file.
bool containsLocked(const Registry &r, const QString &path)
{
    if (r.keyOfConnection.isEmpty())
        return false;
    QStringList keys { OpenFiles::key(path) };
    for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal") }) {
        if (path.endsWith(suffix))
            keys << OpenFiles::key(path.chopped(suffix.size()));
    }
    for (const QString &k : std::as_const(keys)) {
        for (const QString &open : r.keyOfConnection) {
            if (open == k)
                return true;
        }
    }
    return false;
}

} // namespace

QString OpenFiles::key(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName());
}

bool OpenFiles::contains(const QString &path)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return containsLocked(r, path);
}

bool OpenFiles::readIfClosed(const QString &path, const std::function<void()> &read)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (containsLocked(r, path))
        return false;
    read();
    return true;
}

void OpenFiles::add(const QString &connection, const QString &path)
{
    const QString k = key(path);
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.keyOfConnection.insert(connection, k);
}

void OpenFiles::remove(const QString &connection)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.keyOfConnection.remove(connection);
}

} // namespace tongxin

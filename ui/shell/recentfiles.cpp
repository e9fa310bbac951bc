#include "shell/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace tongxin {

namespace {
const QString KeyRecent = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(KeyRecent).toStringList();
}

void RecentFiles::remember(const QString &path)
{
    QStringList files = list();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > Max)
        files.removeLast();
    QSettings().setValue(KeyRecent, files);
}

bool RecentFiles::forget(const QString &path)
{
    QStringList files = list();
    if (files.removeAll(path) == 0)
        return false;
    QSettings().setValue(KeyRecent, files);
    return true;
}

void RecentFiles::clear()
{
    QSettings().remove(KeyRecent);
}

void RecentFiles::fillMenu(QMenu *menu, QAction *clearAction, const std::function<void(const QString &)> &open)
{
    const QStringList files = list();
    menu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *a = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        QObject::connect(a, &QAction::triggered, menu, [open, path] { open(path); });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        menu->addAction(clearAction);
    }
    menu->setEnabled(!files.isEmpty());
}

} // namespace tongxin

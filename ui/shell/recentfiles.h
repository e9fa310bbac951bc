#pragma once

#include <QStringList>

#include <functional>

class QAction;
class QMenu;

namespace tongxin {

/// The recently opened database files, newest first, kept in the settings.
class RecentFiles final
{
public:
    static constexpr int Max = 8;

    static QStringList list();
    /// Puts `path` first (at most Max are kept).
    static void remember(const QString &path);
    /// Removes `path`; false when it was not listed.
    static bool forget(const QString &path);
    static void clear();
    /// Fills File ▸ Recent Files: "&1 name" items calling `open`, then `clearAction`.
    static void fillMenu(QMenu *menu, QAction *clearAction, const std::function<void(const QString &)> &open);
};

} // namespace tongxin

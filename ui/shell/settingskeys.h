#pragma once

#include <QString>

namespace tongxin::settingskeys {

/// QSettings keys of the main window's session (geometry, page, files, language).
inline const QString Geometry = QStringLiteral("window/geometry");
inline const QString State = QStringLiteral("window/state");
inline const QString LastPage = QStringLiteral("window/page");
inline const QString LastFile = QStringLiteral("lastFile");
inline const QString Language = QStringLiteral("language");
inline const QString LastDir = QStringLiteral("lastDirectory");

} // namespace tongxin::settingskeys

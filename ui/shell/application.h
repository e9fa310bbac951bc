#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace tongxin {

/// What every Tongxin GUI process sets up once: names for QSettings, version, icon, fonts.
class Application final
{
    Q_DECLARE_TR_FUNCTIONS(Application)
public:
    /// Organisation "Tongxin", application "tongxin", version, window icon, CJK font fallback.
    /// Call right after constructing the QApplication.
    static void configure();
    /// The application icon (resources/icons/tongxin.svg; painted when SVG cannot be read).
    static QIcon icon();
    static QString version();
    /// One sentence saying what Tongxin is, in the current language.
    static QString description();
    /// The language to start with: the one saved in QSettings, else the system's.
    static QString savedLanguage();
};

} // namespace tongxin

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tongxin {

/// The application's language: installs Tongxin's own translator (embedded under :/i18n) and
/// Qt's (qtbase_*) for standard dialogs. Switching at run time sends QEvent::LanguageChange
/// to every widget, which retranslates itself.
class Language final
{
public:
    /// "zh_CN" or "en".
    static QStringList available();
    /// The language currently applied ("en" until apply() is called).
    static QString current();
    /// "zh_CN" when the system locale is Chinese, otherwise "en".
    static QString systemDefault();
    /// Accepts "zh_CN", "zh", "en", "en_US"…; returns the canonical code or an empty string.
    static QString normalise(const QString &code);
    /// Applies a language; returns false for an unknown code or missing translation.
    static bool apply(const QString &code);
};

} // namespace tongxin

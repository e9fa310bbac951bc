#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

namespace tongxin {

/// The application's language: Tongxin's own translation (embedded under :/i18n) and Qt's
/// (qtbase_*) for standard dialogs. Switching at run time sends QEvent::LanguageChange to every
/// widget, which retranslates itself.
///
/// One translator of Tongxin's stays installed in QCoreApplication; it answers from the
/// applied language, or, on a thread inside a ReportLanguage scope, from the scope's own
/// translators. So a report is made in any language without touching the application's
/// translators: tr() and QCoreApplication::translate() keep their contexts and lupdate sees them.
class Language final
{
public:
    /// "zh_CN" or "en".
    static QStringList available();
    /// The language texts are made in on this thread: a ReportLanguage scope's, else the
    /// applied one ("en" until apply() is called).
    static QString current();
    /// The language applied to the application, whatever scope this thread is in.
    static QString applied();
    /// The locale of current(): numbers, month names, lists ("a, b and c" / "a、b和c").
    static QLocale locale();
    /// "zh_CN" when the system locale is Chinese, otherwise "en".
    static QString systemDefault();
    /// Accepts "zh_CN", "zh", "en", "en_US"…; returns the canonical code or an empty string.
    static QString normalise(const QString &code);
    /// Applies a language; returns false for an unknown code or missing translation.
    static bool apply(const QString &code);
};

/// RAII: on this thread, until destroyed, texts are translated into `code` (tr(),
/// QCoreApplication::translate(), Language::current() and locale() follow it); other threads
/// and the application's translators are untouched, so no widget hears of it. Scopes nest.
class ReportLanguage final
{
public:
    explicit ReportLanguage(const QString &code);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    /// False for an unknown code or a missing translation (the scope is then not entered).
    bool isValid() const { return m_valid; }
    QString code() const { return m_code; }

    /// RAII: leaves any scope on this thread for a while (a callback into the UI, which must
    /// speak the application's language), re-entering it when destroyed.
    class Suspend final
    {
    public:
        Suspend();
        ~Suspend();
        Suspend(const Suspend &) = delete;
        Suspend &operator=(const Suspend &) = delete;

    private:
        const ReportLanguage *m_saved;
    };

    /// Internal: the scope's translation, null when it has none.
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const;

private:
    struct Translators;
    std::unique_ptr<Translators> m_translators;
    QString m_code;
    QLocale m_locale;
    const ReportLanguage *m_previous = nullptr;
    bool m_valid = false;
    friend class Language;
};

} // namespace tongxin

#include "i18n/language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QReadWriteLock>
#include <QTranslator>

#include <memory>

namespace tongxin {

namespace {

// The scope of this thread (ReportLanguage), innermost first.
thread_local const ReportLanguage *t_scope = nullptr;

struct Loaded
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

// Tongxin's translation and Qt's for a language; both empty for English, the source language.
bool load(const QString &lang, Loaded *out)
{
    if (lang == QLatin1String("en"))
        return true;
    out->app = std::make_unique<QTranslator>();
    if (!out->app->load(QStringLiteral(":/i18n/tongxin_%1.qm").arg(lang)))
        return false;
    out->qt = std::make_unique<QTranslator>();
    if (!out->qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        out->qt.reset();
    return true;
}

QString lookUp(const Loaded &l, const char *context, const char *source, const char *disambiguation, int n)
{
    for (const QTranslator *t : { l.app.get(), l.qt.get() }) {
        if (t) {
            QString s = t->translate(context, source, disambiguation, n);
            if (!s.isNull())
                return s;
        }
    }
    return QString();
}

QLocale localeOf(const QString &lang)
{
    return QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang);
}

// The one translator Tongxin installs: answers from a thread's report scope, else from the
// applied language's translators.
class Dispatcher final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override;
    bool isEmpty() const override;
};

struct State
{
    QString current = QStringLiteral("en");
    Loaded loaded; // guarded by lock: other threads translate while the main thread applies
    mutable QReadWriteLock lock;
    Dispatcher dispatcher;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

QString Dispatcher::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    if (t_scope)
        return t_scope->translate(context, source, disambiguation, n);
    const State &s = state();
    QReadLocker locker(&s.lock);
    return lookUp(s.loaded, context, source, disambiguation, n);
}

bool Dispatcher::isEmpty() const
{
    const State &s = state();
    QReadLocker locker(&s.lock);
    return !s.loaded.app && !s.loaded.qt;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Language::current()
{
    return t_scope ? t_scope->m_code : state().current;
}

QString Language::applied()
{
    return state().current;
}

QLocale Language::locale()
{
    return t_scope ? t_scope->m_locale : QLocale();
}

QString Language::systemDefault()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Language::normalise(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("zh") || c.startsWith(QLatin1String("zh_")))
        return QStringLiteral("zh_CN");
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    return QString();
}

bool Language::apply(const QString &code)
{
    const QString lang = normalise(code);
    if (lang.isEmpty())
        return false;
    Loaded loaded;
    if (!load(lang, &loaded))
        return false;
    // Set before the swap: removing or installing a translator sends QEvent::LanguageChange
    // to every widget, and their handlers ask current() (money units, for one).
    State &s = state();
    s.current = lang;
    QLocale::setDefault(localeOf(lang));
    // Out and in again: one LanguageChange for every widget, and Tongxin's translator goes
    // before any installed since (as a freshly installed one would).
    if (s.installed)
        QCoreApplication::removeTranslator(&s.dispatcher);
    {
        QWriteLocker locker(&s.lock);
        s.loaded = std::move(loaded);
    }
    s.installed = QCoreApplication::instance() != nullptr;
    if (s.installed)
        QCoreApplication::installTranslator(&s.dispatcher);
    return true;
}

struct ReportLanguage::Translators
{
    Loaded loaded;
};

ReportLanguage::ReportLanguage(const QString &code)
    : m_translators(std::make_unique<Translators>())
    , m_code(Language::normalise(code))
    , m_locale(localeOf(m_code))
{
    if (m_code.isEmpty() || !load(m_code, &m_translators->loaded))
        return;
    // Tongxin's translator is normally installed by Language::apply(); where it never ran, it
    // goes in now with no translation of its own, so no widget hears of it (it is empty).
    State &s = state();
    if (!s.installed && QCoreApplication::instance()) {
        s.installed = true;
        QCoreApplication::installTranslator(&s.dispatcher);
    }
    m_valid = true;
    m_previous = t_scope;
    t_scope = this;
}

ReportLanguage::~ReportLanguage()
{
    if (m_valid && t_scope == this)
        t_scope = m_previous;
}

QString ReportLanguage::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    const QString s = lookUp(m_translators->loaded, context, source, disambiguation, n);
    // Never null: the application's translators are not asked while in a scope.
    return s.isNull() ? QString::fromUtf8(source) : s;
}

ReportLanguage::Suspend::Suspend()
    : m_saved(t_scope)
{
    t_scope = nullptr;
}

ReportLanguage::Suspend::~Suspend()
{
    t_scope = m_saved;
}

} // namespace tongxin

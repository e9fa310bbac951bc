#include "i18n/language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace tongxin {

namespace {
struct State
{
    QString current = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

State &state()
{
    static State s;
    return s;
}
} // namespace

QStringList Language::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Language::current()
{
    return state().current;
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
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    if (lang != QLatin1String("en")) {
        app = std::make_unique<QTranslator>();
        if (!app->load(QStringLiteral(":/i18n/tongxin_%1.qm").arg(lang)))
            return false;
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    // Set before the swap: removing or installing a translator sends QEvent::LanguageChange
    // to every widget, and their handlers ask current() (money units, for one).
    State &s = state();
    s.current = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang));
    if (s.app)
        QCoreApplication::removeTranslator(s.app.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.app = std::move(app);
    s.qt = std::move(qt);
    if (s.qt)
        QCoreApplication::installTranslator(s.qt.get());
    if (s.app)
        QCoreApplication::installTranslator(s.app.get());
    return true;
}

} // namespace tongxin

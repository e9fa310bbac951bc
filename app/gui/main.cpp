// tongxin: the desktop application. Everything visual lives in tongxin_ui; this file only
// reads the command line and starts the main window.

#include "i18n/language.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace tongxin;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Application::configure();
    // The saved language first, so that --help speaks it; --lang may change it below.
    Language::apply(Application::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(Application::description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "Open this database file."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "The language of the interface: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"),
        QCoreApplication::translate(
            "main", "Render every page at 1280×800 to DIR/<page>.png, then exit (no window, no dialogs)."),
        QStringLiteral("DIR"));
    parser.addOptions({ dbOption, langOption, shotsOption });
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(langOption)) {
        const QString lang = Language::normalise(parser.value(langOption));
        if (lang.isEmpty()) {
            err << QCoreApplication::translate("main", "tongxin: unknown language %1 (use zh_CN or en)")
                       .arg(parser.value(langOption))
                << '\n';
            return 2;
        }
        if (!Language::apply(lang))
            err << QCoreApplication::translate("main", "tongxin: the language %1 could not be applied").arg(lang)
                << '\n';
    }

    const bool headless = parser.isSet(shotsOption);
    if (headless) // nobody is there to answer a dialog: record messages, never show them
        MessageBox::setRecordOnly(true);

    MainWindow window;
    if (headless) {
        window.setRememberSession(false);
        window.setAttribute(Qt::WA_DontShowOnScreen);
    } else {
        window.show();
    }

    if (parser.isSet(dbOption)) {
        if (!window.openDatabase(parser.value(dbOption)) && headless) {
            for (const MessageBox::Message &m : MessageBox::recorded())
                err << "tongxin: " << m.text << '\n';
            return 1;
        }
    } else if (!headless) {
        window.reopenLastFile();
    }
    if (!headless)
        return app.exec();

    QStringList written;
    QString why;
    const bool ok = window.saveScreenshots(parser.value(shotsOption), QSize(1280, 800), &written, &why);
    QTextStream out(stdout);
    for (const QString &file : std::as_const(written))
        out << file << '\n';
    if (!ok)
        err << "tongxin: " << why << '\n';
    return ok ? 0 : 1;
}

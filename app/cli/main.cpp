// tongxin-cli: the command line of Tongxin. See `tongxin-cli --help`.

#include "commandline.h"
#include "commands.h"
#include "exitcode.h"
#include "output.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>

using namespace tongxin;
using namespace tongxin::cli;

namespace {

bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (qstrcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

// `report` lays out text and draws charts: it needs QtGui (fonts), on no display at all. Only
// then is a QGuiApplication made (not for its --help). QGuiApplication looks into the runtime
// directory while it starts; where the session has none (XDG_RUNTIME_DIR unset: cron, su, a
// container), it gets a private one of its own for this run instead of a warning on stderr.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, std::unique_ptr<QTemporaryDir> *runtimeDir)
{
    if (!hasArgument(argc, argv, { "report" }) || hasArgument(argc, argv, { "-h", "--help" }))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        auto dir = std::make_unique<QTemporaryDir>(); // mode 0700, as the runtime directory must be
        if (dir->isValid()) {
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir->path()));
            *runtimeDir = std::move(dir);
        }
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QTemporaryDir> runtimeDir; // outlives the application
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, &runtimeDir);
    QCoreApplication::setApplicationName(QStringLiteral("tongxin-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGXIN_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Tongxin"));

    // The language comes first, so that help and every message are in it.
    const QStringList arguments = QCoreApplication::arguments();
    const QString requested = CommandLine::languageArgument(arguments);
    const QString language = requested.isEmpty() ? Language::systemDefault() : Language::normalise(requested);
    if (language.isEmpty()) {
        Language::apply(QStringLiteral("en"));
        printError(CommandLine::tr("Unknown language \"%1\"; use zh_CN or en.").arg(requested));
        return ExitUsage;
    }
    if (!Language::apply(language))
        Language::apply(QStringLiteral("en")); // no translation built in: English is always there

    Options options;
    const int early = CommandLine::parse(arguments, &options);
    if (early >= 0)
        return early;
    return Commands::run(options);
}

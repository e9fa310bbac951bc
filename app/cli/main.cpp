// tongxin-cli: the command line of Tongxin. See `tongxin-cli --help`.

#include "commandline.h"
#include "commands.h"
#include "exitcode.h"
#include "output.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace tongxin;
using namespace tongxin::cli;

namespace {
// `report` lays out text and draws charts: it needs QtGui (fonts), on no display at all.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "report") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}
} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
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

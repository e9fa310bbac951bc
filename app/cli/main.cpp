// tongxin-cli: the command line of Tongxin. See `tongxin-cli --help`.

#include "commandline.h"
#include "commands.h"
#include "exitcode.h"
#include "output.h"

#include "i18n/language.h"

#include <QCoreApplication>

using namespace tongxin;
using namespace tongxin::cli;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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

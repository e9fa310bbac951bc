#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tongxin::cli {

/// The commands and options of tongxin-cli in one table: which option applies to which command
/// (what parsing checks), the global help (each option naming the commands it applies to), and
/// each command's own help (`tongxin-cli CMD --help`). Laid out by HelpLayout: aligned and
/// wrapped in display columns, in either language. import-sales has its own parser
/// (importsales.cpp) and help; it is listed here among the commands.
class CliHelp final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// Every command, in the order of the help.
    static const QStringList &commandNames();
    static bool isCommand(const QString &name) { return commandNames().contains(name); }
    /// The options, for QCommandLineParser (help and version included).
    static QList<QCommandLineOption> options();
    /// The long name of the option called `name` (any of its names), or empty when unknown.
    static QString longName(const QString &name);
    /// True when the option called `name` applies to `command`.
    static bool applies(const QString &name, const QString &command);

    static QString globalHelp();
    static QString commandHelp(const QString &command);
    /// A command with its own parser (import-sales): its description, then its options laid out
    /// like the others'.
    static QString parserHelp(const QString &description, const QList<QCommandLineOption> &options);
    /// "Unknown command "x". Commands: …" with every command.
    static QString unknownCommand(const QString &command);
};

} // namespace tongxin::cli

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tongxin::cli {

/// What the user asked for, after parsing and validation.
struct Options
{
    QString command; ///< init, demo, summary, check or backup
    QString file; ///< the database file
    QString out; ///< backup target
    bool force = false;
    bool json = false;
    bool compact = false;
    int fromYear = 0; ///< 0 = open
    int toYear = 0; ///< 0 = open
    QString county; ///< western unit name, empty = all
};

/// The command line of tongxin-cli: translated help, options, and the checks that tie each
/// option to the commands it applies to.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// The value of --lang in `arguments` (either "--lang X" or "--lang=X"), empty if absent.
    /// Read before parsing so the help itself comes out in that language.
    static QString languageArgument(const QStringList &arguments);

    /// Parses `arguments`. Returns -1 when a command should run (filled into `options`), or
    /// the exit code to end with (help or version printed, or a usage error reported).
    static int parse(const QStringList &arguments, Options *options);
};

} // namespace tongxin::cli

#pragma once

#include "commandline.h"

#include <QCoreApplication>

namespace tongxin {
class Database;
}

namespace tongxin::cli {

/// The commands of tongxin-cli. Each returns an ExitCode; messages go to stderr, results to
/// stdout, all in the language applied by main().
class Commands final
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
public:
    static int run(const Options &options);

    static int init(const Options &options);
    static int demo(const Options &options);
    static int summary(const Options &options); // summary.cpp
    static int coverage(const Options &options); // coverage.cpp
    static int projects(const Options &options); // projects.cpp
    static int check(const Options &options);
    static int importSales(const Options &options); // importsales.cpp
    static int report(const Options &options); // report.cpp
    static int exportTable(const Options &options); // export.cpp
    static int backup(const Options &options);

    /// Opens an existing database, reporting why not on stderr. Never changes a file it refuses.
    static bool openExisting(const QString &path, Database *db);
};

} // namespace tongxin::cli

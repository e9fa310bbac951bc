#pragma once

namespace tongxin::cli {

/// Exit codes of tongxin-cli, listed in --help.
enum ExitCode : int {
    ExitOk = 0, ///< success; for `check`, every check passed
    ExitCheckFailed = 1, ///< `check` found problems
    ExitRefused = 1, ///< a write refused by a rule (a locked period, already locked, not locked)
    ExitImportRejected = 1, ///< `import-sales`: invalid rows without --skip-invalid (or cancelled); nothing imported
    ExitUsage = 2, ///< bad command line, or a file that cannot be used (missing, not ours, too new, exists)
    ExitWriteFailed = 3, ///< a file could not be written
};

} // namespace tongxin::cli

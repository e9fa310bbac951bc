#pragma once

#include <QString>

namespace tongxin::cli {

/// Writes text to stdout as UTF-8, whatever the locale.
void printOut(const QString &text);
/// Writes a line to stderr as UTF-8 (a newline is added when missing).
void printError(const QString &line);

} // namespace tongxin::cli

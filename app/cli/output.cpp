#include "output.h"

#include <QByteArray>

#include <cstdio>

namespace tongxin::cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void printOut(const QString &text)
{
    write(stdout, text);
}

void printError(const QString &line)
{
    write(stderr, line.endsWith(QLatin1Char('\n')) ? line : line + QLatin1Char('\n'));
}

} // namespace tongxin::cli

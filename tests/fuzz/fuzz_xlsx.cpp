// libFuzzer harness of the .xlsx reader and its zip layer (scripts/fuzz.sh): the input is
// written to a file, opened as a workbook (every sheet read to the end) and as a zip archive
// (every entry read). A crash, a sanitizer report, an out-of-memory or a timeout is a finding;
// an error message is not.

#include "io/xlsxreader.h"
#include "io/ziparchive.h"

#include <QFile>
#include <QString>

#include <unistd.h>

using namespace tongxin;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QStringLiteral("/tmp/tongxin-fuzz-xlsx-%1.xlsx").arg(getpid());
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    XlsxReader r;
    if (r.open(path)) {
        const int sheets = int(r.sheetNames().size());
        for (int s = 0; s < sheets && s < 8; ++s) {
            if (!r.selectSheet(s))
                continue;
            QStringList cells;
            int rows = 0;
            while (r.readRow(&cells) && ++rows < 100000) {
                if (cells.size() > XlsxReader::MaxColumns)
                    __builtin_trap();
                for (const QString &c : cells) {
                    if (c.size() > XlsxReader::MaxFieldLength)
                        __builtin_trap();
                }
            }
        }
    }
    ZipArchive zip;
    if (zip.open(path)) {
        const QStringList names = zip.names();
        for (int i = 0; i < names.size() && i < 16; ++i) {
            QByteArray bytes;
            zip.read(names.at(i), &bytes, 1 << 20);
            if (bytes.size() > (1 << 20))
                __builtin_trap();
        }
    }
    return 0;
}

// libFuzzer harness of the CSV reader (scripts/fuzz.sh): the input is written to a file and read
// to the end as the importer reads it. The first byte picks the encoding and the delimiter, so
// both the detected and the forced paths are covered. A crash, a sanitizer report or a timeout
// is a finding; an error message is not.

#include "io/csvreader.h"

#include <QFile>
#include <QString>

#include <unistd.h>

using namespace tongxin;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QStringLiteral("/tmp/tongxin-fuzz-csv-%1.csv").arg(getpid());
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    CsvReader r;
    static const CsvReader::Encoding encodings[] = { CsvReader::Encoding::Auto, CsvReader::Encoding::Utf8,
        CsvReader::Encoding::Gb18030, CsvReader::Encoding::Auto };
    static const char delimiters[] = { 0, ',', ';', '\t' };
    r.setEncoding(encodings[mode & 3]);
    if (delimiters[(mode >> 2) & 3])
        r.setDelimiter(QLatin1Char(delimiters[(mode >> 2) & 3]));
    if (!r.open(path))
        return 0;
    QStringList cells;
    int rows = 0;
    while (r.readRow(&cells) && ++rows < 100000) {
        for (const QString &c : cells) {
            if (c.size() > CsvReader::MaxFieldLength)
                __builtin_trap(); // the limit must hold
        }
        if (cells.size() > CsvReader::MaxColumns)
            __builtin_trap();
    }
    if (r.lineCount() < 0 || (size > 1 && r.lineCount() == 0))
        __builtin_trap();
    // Reading again from the start gives the same first row.
    if (r.rewind())
        r.readRow(&cells);
    return 0;
}

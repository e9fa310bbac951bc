#include "io/csvreader.h"

#include <QFileInfo>

#include <cstring>

namespace tongxin {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr qsizetype CompactAfter = 1 << 18;

const QByteArray &utf8Bom()
{
    static const QByteArray bom("\xEF\xBB\xBF", 3);
    return bom;
}

const QByteArray &gb18030Bom()
{
    static const QByteArray bom("\x84\x31\x95\x33", 4);
    return bom;
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return QString();
}

bool CsvReader::encodingFromName(const QString &name, Encoding *encoding)
{
    const QString n = name.trimmed().toLower();
    Encoding e;
    if (n == QLatin1String("auto"))
        e = Encoding::Auto;
    else if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        e = Encoding::Utf8;
    // GBK and GB2312 are subsets of GB18030: reading them as GB18030 is exact.
    else if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312"))
        e = Encoding::Gb18030;
    else
        return false;
    if (encoding)
        *encoding = e;
    return true;
}

bool CsvReader::isValidUtf8(QByteArrayView data, QByteArray *carry)
{
    QByteArray joined;
    if (carry && !carry->isEmpty()) {
        joined = *carry + data.toByteArray();
        data = joined;
        carry->clear();
    }
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if ((c & 0xF0) == 0xE0)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else
            return false;
        const qsizetype available = qMin<qsizetype>(len, n - i);
        for (qsizetype k = 1; k < available; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        if (available < len) {
            // A sequence cut by the end of the chunk: check it with the next one.
            if (!carry)
                return false;
            *carry = QByteArray(reinterpret_cast<const char *>(p + i), n - i);
            return true;
        }
        if (len == 3) {
            const uint cp = (uint(c & 0x0F) << 12) | (uint(p[i + 1] & 0x3F) << 6) | uint(p[i + 2] & 0x3F);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                return false;
        } else if (len == 4) {
            const uint cp = (uint(c & 0x07) << 18) | (uint(p[i + 1] & 0x3F) << 12) | (uint(p[i + 2] & 0x3F) << 6)
                | uint(p[i + 3] & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF)
                return false;
        }
        i += len;
    }
    return true;
}

bool CsvReader::open(const QString &path)
{
    clearError();
    m_file.close();
    m_path = path;
    m_lineCount = 0;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        setError(tr("The file %1 cannot be read: %2").arg(path, m_file.errorString()));
        return false;
    }
    if (!detectEncoding())
        return false;
    if (!rewind())
        return false;
    detectDelimiter();
    return true;
}

namespace {

// Line ends in raw bytes: LF, CRLF or a lone CR. Neither byte occurs inside a UTF-8 or GB18030
// multi-byte sequence, so the bytes can be counted before decoding.
struct LineCounter
{
    qint64 breaks = 0;
    bool lastWasCr = false;
    bool any = false;
    char last = 0;

    void add(const QByteArray &chunk)
    {
        const char *p = chunk.constData();
        const qsizetype n = chunk.size();
        if (n == 0)
            return;
        for (qsizetype i = 0; i < n; ++i) {
            const char c = p[i];
            if (c == '\n') {
                if (!lastWasCr)
                    ++breaks;
                lastWasCr = false;
            } else if (c == '\r') {
                ++breaks;
                lastWasCr = true;
            } else {
                lastWasCr = false;
            }
        }
        any = true;
        last = p[n - 1];
    }
    // A last line without a line end counts too.
    qint64 lines() const { return breaks + (any && last != '\n' && last != '\r' ? 1 : 0); }
};

} // namespace

QByteArray CsvReader::readChunk()
{
    // No bigger than what is left: a small file costs a small buffer.
    const qint64 left = m_file.size() - m_file.pos();
    return left > 0 ? m_file.read(qMin(ChunkSize, left)) : QByteArray();
}

bool CsvReader::detectEncoding()
{
    const QByteArray head = m_file.peek(8);
    m_bomSize = 0;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        setError(tr("The file %1 is UTF-16 text (\"Unicode text\"); save it as CSV UTF-8 or CSV.").arg(m_path));
        return false;
    }
    if (head.startsWith("\xD0\xCF\x11\xE0") || head.startsWith("PK\x03\x04")) {
        setError(tr("The file %1 is a workbook (.xlsx or .xls), not CSV text; give it the suffix .xlsx, or save it as "
                    "CSV.")
                     .arg(m_path));
        return false;
    }
    if (head.startsWith(utf8Bom())) {
        m_bomSize = 3;
        m_encoding = Encoding::Utf8;
    } else if (head.startsWith(gb18030Bom())) {
        m_bomSize = 4;
        m_encoding = Encoding::Gb18030;
    }
    // One pass over the whole file: its lines, and (no byte order mark, nothing set) its
    // encoding — valid UTF-8 from start to end is UTF-8; anything else is taken as GB18030.
    const bool detect = m_bomSize == 0 && m_requested == Encoding::Auto;
    bool valid = true;
    QByteArray carry;
    LineCounter lines;
    while (!m_file.atEnd()) {
        const QByteArray chunk = readChunk();
        if (chunk.isEmpty())
            break;
        lines.add(chunk);
        if (detect && valid && !isValidUtf8(chunk, &carry))
            valid = false;
    }
    m_lineCount = lines.lines();
    if (detect)
        m_encoding = valid && carry.isEmpty() ? Encoding::Utf8 : Encoding::Gb18030;
    // An explicit choice wins over a byte order mark of the other encoding.
    if (m_requested != Encoding::Auto)
        m_encoding = m_requested;
    return true;
}

bool CsvReader::rewind()
{
    if (!m_file.isOpen())
        return false;
    if (m_encoding == Encoding::Gb18030)
        m_decoder = QStringDecoder("GB18030");
    else
        m_decoder = QStringDecoder(QStringConverter::Utf8);
    if (!m_decoder.isValid()) {
        setError(tr("This build cannot read the encoding %1.").arg(encodingName(m_encoding)));
        return false;
    }
    const bool bomMatches
        = (m_bomSize == 3 && m_encoding == Encoding::Utf8) || (m_bomSize == 4 && m_encoding == Encoding::Gb18030);
    m_file.seek(bomMatches ? m_bomSize : 0);
    m_buf.clear();
    m_pos = 0;
    m_eof = false;
    m_row = 0;
    m_line = 1;
    m_rowLine = 0;
    return true;
}

void CsvReader::detectDelimiter()
{
    if (!m_requestedDelimiter.isNull()) {
        m_delimiter = m_requestedDelimiter;
        return;
    }
    fill();
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < m_buf.size(); ++i) {
        const QChar c = m_buf.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    m_delimiter = QLatin1Char(',');
    if (tab > comma && tab >= semicolon)
        m_delimiter = QLatin1Char('\t');
    else if (semicolon > comma && semicolon > tab)
        m_delimiter = QLatin1Char(';');
}

bool CsvReader::fill()
{
    while (!m_eof) {
        const QByteArray chunk = readChunk();
        if (chunk.isEmpty()) {
            m_eof = true;
            break;
        }
        const qsizetype before = m_buf.size();
        m_buf.append(m_decoder.decode(chunk));
        if (m_buf.size() > before)
            return true;
    }
    return false;
}

QStringList CsvReader::sheetNames() const
{
    return { QFileInfo(m_path).completeBaseName() };
}

bool CsvReader::selectSheet(int index)
{
    return index == 0 && rewind();
}

qint64 CsvReader::position() const
{
    return m_file.isOpen() ? m_file.pos() : 0;
}

qint64 CsvReader::size() const
{
    return m_file.isOpen() ? m_file.size() : 0;
}

bool CsvReader::addCell(QStringList *cells, const QString &cell)
{
    if (cells->size() >= MaxColumns) {
        setError(tr("Row %1 (line %2) has more than %L3 cells; the file is refused (is the delimiter right?).")
                     .arg(m_row)
                     .arg(m_rowLine)
                     .arg(MaxColumns));
        return false;
    }
    if (!checkCell(cell, m_row, int(cells->size()), m_rowLine))
        return false;
    cells->append(cell);
    return true;
}

qint64 CsvReader::countLineBreaks(qsizetype from, qsizetype to) const
{
    qint64 n = 0;
    const QChar *d = m_buf.constData();
    for (qsizetype i = from; i < to; ++i) {
        const char16_t c = d[i].unicode();
        if (c == u'\n')
            ++n;
        else if (c == u'\r' && (i + 1 >= m_buf.size() || d[i + 1].unicode() != u'\n'))
            ++n;
    }
    return n;
}

bool CsvReader::readRow(QStringList *cells)
{
    cells->clear();
    if (!m_file.isOpen() || hasError())
        return false;
    // Only here, between records, is consumed text dropped: fill() appends, so the
    // positions taken inside a record stay valid.
    if (m_pos > CompactAfter) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_pos >= m_buf.size() && !fill())
        return false;
    ++m_row;
    m_rowLine = m_line;
    const char16_t delim = m_delimiter.unicode();
    const auto endLine = [this] {
        ++m_line;
        if (m_buf.at(m_pos) == u'\r') {
            ++m_pos;
            if (m_pos >= m_buf.size())
                fill();
            if (m_pos < m_buf.size() && m_buf.at(m_pos) == u'\n')
                ++m_pos;
        } else {
            ++m_pos;
        }
    };
    const auto fail = [this, cells](const QString &why) {
        setError(why);
        cells->clear();
        return false;
    };
    QString acc;
    bool endOfRecord = false;
    while (!endOfRecord) {
        if (m_pos >= m_buf.size() && !fill()) {
            cells->append(QString()); // a delimiter at the very end of the file
            break;
        }
        if (m_buf.at(m_pos) == u'"') {
            const qint64 openedOn = m_line;
            ++m_pos;
            acc.clear();
            // A stray quote would swallow the rest of the file into one cell: a quoted cell that
            // never closes, or runs on over too many lines or characters, is an error.
            const auto runaway = [&](bool atEnd) {
                if (atEnd)
                    return fail(tr("Line %1: a quoted cell opens here and is never closed, so the rest of the file "
                                   "would be one cell; check for a stray \" on that line.")
                                    .arg(openedOn));
                return fail(tr("Line %1: a quoted cell opens here and runs on over more than %2 lines without "
                               "closing; check for a stray \" on that line.")
                                .arg(openedOn)
                                .arg(MaxQuotedLineBreaks));
            };
            for (;;) {
                const qsizetype quote = m_buf.indexOf(u'"', m_pos);
                const qsizetype to = quote < 0 ? m_buf.size() : quote;
                m_line += countLineBreaks(m_pos, to);
                acc.append(QStringView(m_buf).mid(m_pos, to - m_pos));
                m_pos = to;
                if (m_line - openedOn > MaxQuotedLineBreaks)
                    return runaway(false);
                if (acc.size() > MaxFieldLength) {
                    if (m_line > openedOn)
                        return runaway(false);
                    checkCell(acc, m_row, int(cells->size()), m_rowLine); // sets the error
                    return fail(errorString());
                }
                if (quote < 0) {
                    if (!fill())
                        return runaway(true);
                    continue;
                }
                m_pos = quote + 1;
                if (m_pos >= m_buf.size())
                    fill();
                if (m_pos < m_buf.size() && m_buf.at(m_pos) == u'"') {
                    acc.append(QLatin1Char('"'));
                    ++m_pos;
                    continue;
                }
                break;
            }
            // Text after the closing quote is kept as it is, as spreadsheets do.
            for (;;) {
                if (m_pos >= m_buf.size() && !fill()) {
                    endOfRecord = true;
                    break;
                }
                const char16_t c = m_buf.at(m_pos).unicode();
                if (c == delim) {
                    ++m_pos;
                    break;
                }
                if (c == u'\n' || c == u'\r') {
                    endLine();
                    endOfRecord = true;
                    break;
                }
                acc.append(QChar(c));
                ++m_pos;
                if (acc.size() > MaxFieldLength)
                    break; // refused by addCell()
            }
            if (!addCell(cells, acc))
                return fail(errorString());
            continue;
        }
        const qsizetype start = m_pos;
        for (;;) {
            const QChar *d = m_buf.constData();
            const qsizetype n = m_buf.size();
            qsizetype k = m_pos;
            while (k < n) {
                const char16_t c = d[k].unicode();
                if (c == delim || c == u'\n' || c == u'\r')
                    break;
                ++k;
            }
            m_pos = k;
            if (k < n) {
                if (!addCell(cells, m_buf.mid(start, k - start)))
                    return fail(errorString());
                if (d[k].unicode() == delim)
                    ++m_pos;
                else {
                    endLine();
                    endOfRecord = true;
                }
                break;
            }
            // Never hold more of one cell than the longest allowed.
            if (k - start > MaxFieldLength || !fill()) {
                if (!addCell(cells, m_buf.mid(start)))
                    return fail(errorString());
                endOfRecord = true;
                break;
            }
        }
    }
    while (!cells->isEmpty() && cells->constLast().isEmpty())
        cells->removeLast();
    return true;
}

} // namespace tongxin

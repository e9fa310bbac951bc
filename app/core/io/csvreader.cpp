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

bool CsvReader::detectEncoding()
{
    const QByteArray head = m_file.peek(4);
    m_bomSize = 0;
    if (head.startsWith(utf8Bom())) {
        m_bomSize = 3;
        m_encoding = Encoding::Utf8;
    } else if (head.startsWith(gb18030Bom())) {
        m_bomSize = 4;
        m_encoding = Encoding::Gb18030;
    } else if (m_requested != Encoding::Auto) {
        m_encoding = m_requested;
    } else {
        // Valid UTF-8 from start to end is UTF-8; anything else is taken as GB18030.
        m_encoding = Encoding::Utf8;
        QByteArray carry;
        while (!m_file.atEnd()) {
            const QByteArray chunk = m_file.read(ChunkSize);
            if (chunk.isEmpty())
                break;
            if (!isValidUtf8(chunk, &carry)) {
                m_encoding = Encoding::Gb18030;
                break;
            }
        }
        if (m_encoding == Encoding::Utf8 && !carry.isEmpty())
            m_encoding = Encoding::Gb18030;
    }
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
        const QByteArray chunk = m_file.read(ChunkSize);
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
    const char16_t delim = m_delimiter.unicode();
    const auto endLine = [this] {
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
    QString acc;
    bool endOfRecord = false;
    while (!endOfRecord) {
        if (m_pos >= m_buf.size() && !fill()) {
            cells->append(QString()); // a delimiter at the very end of the file
            break;
        }
        if (m_buf.at(m_pos) == u'"') {
            ++m_pos;
            acc.clear();
            for (;;) {
                const qsizetype quote = m_buf.indexOf(u'"', m_pos);
                if (quote < 0) {
                    acc.append(QStringView(m_buf).mid(m_pos));
                    m_pos = m_buf.size();
                    if (!fill())
                        break; // unterminated at the end of the file: keep what there is
                    continue;
                }
                acc.append(QStringView(m_buf).mid(m_pos, quote - m_pos));
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
            }
            cells->append(acc);
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
                cells->append(m_buf.mid(start, k - start));
                if (d[k].unicode() == delim)
                    ++m_pos;
                else {
                    endLine();
                    endOfRecord = true;
                }
                break;
            }
            if (!fill()) {
                cells->append(m_buf.mid(start));
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

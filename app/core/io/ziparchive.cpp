#include "io/ziparchive.h"

#include <QFile>

#include <zlib.h>

namespace tongxin {

namespace {

constexpr quint32 SigEndOfDirectory = 0x06054b50;
constexpr quint32 SigZip64Locator = 0x07064b50;
constexpr quint32 SigZip64End = 0x06064b50;
constexpr quint32 SigCentral = 0x02014b50;
constexpr quint32 SigLocal = 0x04034b50;
constexpr qint64 InputChunk = 1 << 16;

quint16 le16(const char *p)
{
    return quint16(quint8(p[0]) | (quint8(p[1]) << 8));
}

quint32 le32(const char *p)
{
    return quint32(le16(p)) | (quint32(le16(p + 2)) << 16);
}

quint64 le64(const char *p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

} // namespace

ZipArchive::ZipArchive() = default;
ZipArchive::~ZipArchive() = default;

void ZipArchive::close()
{
    m_path.clear();
    m_entries.clear();
    m_index.clear();
}

bool ZipArchive::open(const QString &path)
{
    close();
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    if (!readDirectory(file)) {
        if (m_error.isEmpty())
            m_error = tr("The file %1 is not a ZIP archive.").arg(path);
        m_entries.clear();
        m_index.clear();
        return false;
    }
    m_path = path;
    return true;
}

bool ZipArchive::readDirectory(QIODevice &file)
{
    // The end-of-directory record is in the last 22 bytes plus a comment of up to 64 KiB.
    const qint64 size = file.size();
    if (size < 22)
        return false;
    const qint64 tailSize = qMin<qint64>(size, 22 + 0xFFFF);
    file.seek(size - tailSize);
    const QByteArray tail = file.read(tailSize);
    qint64 at = -1;
    for (qint64 i = tail.size() - 22; i >= 0; --i) {
        if (le32(tail.constData() + i) == SigEndOfDirectory) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return false;
    const char *eod = tail.constData() + at;
    quint64 count = le16(eod + 10);
    quint64 dirSize = le32(eod + 12);
    quint64 dirOffset = le32(eod + 16);
    if (count == 0xFFFF || dirSize == 0xFFFFFFFF || dirOffset == 0xFFFFFFFF) {
        // ZIP64: a locator right before the record points at the ZIP64 end record.
        const qint64 eodPos = size - tailSize + at;
        if (eodPos < 20)
            return false;
        file.seek(eodPos - 20);
        const QByteArray locator = file.read(20);
        if (locator.size() != 20 || le32(locator.constData()) != SigZip64Locator)
            return false;
        file.seek(qint64(le64(locator.constData() + 8)));
        const QByteArray end = file.read(56);
        if (end.size() != 56 || le32(end.constData()) != SigZip64End)
            return false;
        count = le64(end.constData() + 32);
        dirSize = le64(end.constData() + 40);
        dirOffset = le64(end.constData() + 48);
    }
    if (dirOffset > quint64(size) || dirSize > quint64(size) - dirOffset || count > dirSize / 46 + 1)
        return false;
    if (count > quint64(m_limits.maxEntries)) {
        m_error = tr("The file has %1 parts; a workbook has at most %2.").arg(count).arg(m_limits.maxEntries);
        return false;
    }
    file.seek(qint64(dirOffset));
    const QByteArray dir = file.read(qint64(dirSize));
    if (dir.size() != qint64(dirSize))
        return false;
    const char *p = dir.constData();
    const char *end = p + dir.size();
    m_entries.reserve(int(count));
    qint64 total = 0;
    for (quint64 n = 0; n < count; ++n) {
        if (end - p < 46 || le32(p) != SigCentral)
            return false;
        Entry e;
        e.flags = le16(p + 8);
        e.method = le16(p + 10);
        e.crc = le32(p + 16);
        e.compressedSize = le32(p + 20);
        e.size = le32(p + 24);
        const int nameLen = le16(p + 28);
        const int extraLen = le16(p + 30);
        const int commentLen = le16(p + 32);
        e.localHeaderOffset = le32(p + 42);
        if (end - p < 46 + nameLen + extraLen + commentLen)
            return false;
        e.name = QString::fromUtf8(p + 46, nameLen);
        // ZIP64 extra field: the 64-bit values of the fields that are 0xFFFFFFFF, in order.
        const char *x = p + 46 + nameLen;
        const char *xEnd = x + extraLen;
        while (xEnd - x >= 4) {
            const quint16 id = le16(x);
            const quint16 len = le16(x + 2);
            const char *v = x + 4;
            if (id == 0x0001) {
                const char *vEnd = v + qMin<qsizetype>(len, xEnd - v);
                if (quint64(e.size) == 0xFFFFFFFF && vEnd - v >= 8) {
                    e.size = qint64(le64(v));
                    v += 8;
                }
                if (quint64(e.compressedSize) == 0xFFFFFFFF && vEnd - v >= 8) {
                    e.compressedSize = qint64(le64(v));
                    v += 8;
                }
                if (quint64(e.localHeaderOffset) == 0xFFFFFFFF && vEnd - v >= 8)
                    e.localHeaderOffset = qint64(le64(v));
            }
            x += 4 + len;
        }
        if (e.size < 0 || e.compressedSize < 0 || e.localHeaderOffset < 0 || e.localHeaderOffset >= size
            || e.compressedSize > size)
            return false;
        if (e.size > m_limits.maxEntrySize) {
            m_error = tr("The part %1 would unpack to %2 MB, more than the %3 MB allowed: the file is refused "
                         "as a possible decompression bomb.")
                          .arg(e.name)
                          .arg(e.size >> 20)
                          .arg(m_limits.maxEntrySize >> 20);
            return false;
        }
        total += e.size;
        if (total > m_limits.maxTotalSize) {
            m_error = tr("The file would unpack to more than %1 MB: it is refused as a possible decompression "
                         "bomb.")
                          .arg(m_limits.maxTotalSize >> 20);
            return false;
        }
        m_index.insert(e.name, m_entries.size());
        m_entries.push_back(e);
        p += 46 + nameLen + extraLen + commentLen;
    }
    return true;
}

QStringList ZipArchive::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.name;
    return out;
}

const ZipArchive::Entry *ZipArchive::find(const QString &name) const
{
    const auto it = m_index.constFind(name);
    if (it != m_index.constEnd())
        return &m_entries.at(*it);
    for (const Entry &e : m_entries) {
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

std::unique_ptr<ZipEntryDevice> ZipArchive::openEntry(const QString &name)
{
    const Entry *e = find(name);
    if (!e) {
        m_error = tr("The archive has no part %1.").arg(name);
        return nullptr;
    }
    if ((e->flags & 1) || (e->method != 0 && e->method != 8)) {
        m_error = tr("The part %1 is encrypted or compressed in an unsupported way.").arg(name);
        return nullptr;
    }
    auto device = std::make_unique<ZipEntryDevice>(m_path, *e);
    if (!device->open(QIODevice::ReadOnly)) {
        m_error = device->errorString();
        return nullptr;
    }
    return device;
}

bool ZipArchive::read(const QString &name, QByteArray *data, qint64 maxSize)
{
    data->clear();
    const Entry *e = find(name);
    if (e && e->size > maxSize) {
        m_error = tr("The part %1 would unpack to %2 MB, more than the %3 MB allowed: the file is refused as a "
                     "possible decompression bomb.")
                      .arg(name)
                      .arg(e->size >> 20)
                      .arg(maxSize >> 20);
        return false;
    }
    std::unique_ptr<ZipEntryDevice> device = openEntry(name);
    if (!device)
        return false;
    // Never more than the declared size (checked above): the device stops there.
    QByteArray bytes;
    bytes.reserve(qsizetype(e->size));
    char chunk[1 << 14];
    for (;;) {
        const qint64 n = device->read(chunk, sizeof chunk);
        if (n <= 0)
            break;
        bytes.append(chunk, qsizetype(n));
    }
    *data = bytes;
    if (device->failed()) {
        m_error = device->errorString();
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

struct ZipEntryDevice::Inflater
{
    QFile file;
    z_stream z {};
    bool zInit = false;
    QByteArray input;
    bool done = false;

    ~Inflater()
    {
        if (zInit)
            inflateEnd(&z);
    }
};

ZipEntryDevice::ZipEntryDevice(const QString &archivePath, const ZipArchive::Entry &entry)
    : m_archivePath(archivePath)
    , m_entry(entry)
{ }

ZipEntryDevice::~ZipEntryDevice()
{
    close();
}

bool ZipEntryDevice::open(OpenMode mode)
{
    if (mode != QIODevice::ReadOnly)
        return false;
    m_z = std::make_unique<Inflater>();
    m_z->file.setFileName(m_archivePath);
    if (!m_z->file.open(QIODevice::ReadOnly) || !m_z->file.seek(m_entry.localHeaderOffset)) {
        setErrorString(ZipArchive::tr("The file %1 cannot be read.").arg(m_archivePath));
        return false;
    }
    const QByteArray header = m_z->file.read(30);
    if (header.size() != 30 || le32(header.constData()) != SigLocal) {
        setErrorString(ZipArchive::tr("The part %1 is damaged.").arg(m_entry.name));
        return false;
    }
    const qint64 dataStart
        = m_entry.localHeaderOffset + 30 + le16(header.constData() + 26) + le16(header.constData() + 28);
    m_z->file.seek(dataStart);
    if (m_entry.method == 8) {
        if (inflateInit2(&m_z->z, -MAX_WBITS) != Z_OK) {
            setErrorString(ZipArchive::tr("The part %1 cannot be inflated.").arg(m_entry.name));
            return false;
        }
        m_z->zInit = true;
    }
    m_produced = 0;
    m_consumed = 0;
    m_failed = false;
    m_crc = quint32(crc32(0L, Z_NULL, 0));
    return QIODevice::open(mode);
}

void ZipEntryDevice::close()
{
    m_z.reset();
    QIODevice::close();
}

qint64 ZipEntryDevice::bytesAvailable() const
{
    return (m_entry.size - m_produced) + QIODevice::bytesAvailable();
}

bool ZipEntryDevice::atEnd() const
{
    return !m_z || ((m_z->done || m_produced >= m_entry.size) && QIODevice::bytesAvailable() == 0);
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (!m_z || m_z->done || maxSize <= 0)
        return 0;
    qint64 out = 0;
    const auto fail = [this](const QString &why) {
        setErrorString(why);
        m_failed = true;
        m_z->done = true;
        return qint64(-1);
    };
    if (m_entry.method == 0) {
        const qint64 n = m_z->file.read(data, qMin(maxSize, m_entry.size - m_produced));
        if (n < 0)
            return fail(ZipArchive::tr("The part %1 cannot be read.").arg(m_entry.name));
        out = n;
    } else {
        z_stream &z = m_z->z;
        z.next_out = reinterpret_cast<Bytef *>(data);
        // At most one byte past the declared size: enough to notice an entry that lies about it.
        z.avail_out = uInt(qMin<qint64>(qMin<qint64>(maxSize, 1 << 30), m_entry.size - m_produced + 1));
        while (z.avail_out > 0) {
            if (z.avail_in == 0) {
                const qint64 left = m_entry.compressedSize - m_consumed;
                if (left <= 0)
                    break;
                m_z->input = m_z->file.read(qMin(InputChunk, left));
                if (m_z->input.isEmpty())
                    return fail(ZipArchive::tr("The part %1 is truncated.").arg(m_entry.name));
                m_consumed += m_z->input.size();
                z.next_in = reinterpret_cast<Bytef *>(m_z->input.data());
                z.avail_in = uInt(m_z->input.size());
            }
            const int r = inflate(&z, Z_NO_FLUSH);
            if (r == Z_STREAM_END)
                break;
            if (r != Z_OK)
                return fail(ZipArchive::tr("The part %1 is damaged.").arg(m_entry.name));
        }
        out = qint64(reinterpret_cast<char *>(z.next_out) - data);
    }
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(out)));
    m_produced += out;
    if (m_produced > m_entry.size)
        return fail(ZipArchive::tr("The part %1 unpacks to more than its declared size: the file is damaged or a "
                                   "decompression bomb.")
                        .arg(m_entry.name));
    if (m_produced >= m_entry.size || out == 0) {
        m_z->done = true;
        if (m_produced != m_entry.size || m_crc != m_entry.crc)
            return fail(ZipArchive::tr("The part %1 is damaged (checksum).").arg(m_entry.name));
    }
    return out;
}

} // namespace tongxin

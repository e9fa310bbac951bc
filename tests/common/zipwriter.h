#pragma once

// A small ZIP writer for tests that need hostile archives: crafted relationships, bombs,
// entries that lie about their size. Entries are deflated with zlib (or stored); the sizes the
// central directory declares can be overridden.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <zlib.h>

namespace tongxin::ziptest {

struct ZipEntry
{
    QString name;
    QByteArray data; ///< uncompressed
    qint64 declaredSize = -1; ///< what the directory says it unpacks to; -1: the real size
    bool deflate = true;
};

inline QByteArray deflateRaw(const QByteArray &data)
{
    z_stream z {};
    deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(data.size()))));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

inline void put16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}

inline void put32(QByteArray &b, quint32 v)
{
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}

/// The bytes of a ZIP archive of `entries` (no ZIP64: declared sizes up to 4 GiB − 1).
inline QByteArray zipBytes(const QList<ZipEntry> &entries)
{
    QByteArray out;
    QByteArray dir;
    for (const ZipEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const QByteArray packed = e.deflate ? deflateRaw(e.data) : e.data;
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 offset = quint32(out.size());
        QByteArray header;
        put32(header, 0x04034b50);
        put16(header, 20);
        put16(header, 0);
        put16(header, e.deflate ? 8 : 0);
        put32(header, 0); // time, date
        put32(header, crc);
        put32(header, quint32(packed.size()));
        put32(header, size);
        put16(header, quint32(name.size()));
        put16(header, 0);
        out += header + name + packed;
        put32(dir, 0x02014b50);
        put16(dir, 20);
        put16(dir, 20);
        put16(dir, 0);
        put16(dir, e.deflate ? 8 : 0);
        put32(dir, 0);
        put32(dir, crc);
        put32(dir, quint32(packed.size()));
        put32(dir, size);
        put16(dir, quint32(name.size()));
        put16(dir, 0);
        put16(dir, 0);
        put16(dir, 0);
        put16(dir, 0);
        put32(dir, 0);
        put32(dir, offset);
        dir += name;
    }
    const quint32 dirOffset = quint32(out.size());
    out += dir;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(dir.size()));
    put32(out, dirOffset);
    put16(out, 0);
    return out;
}

inline bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    QFile f(path);
    const QByteArray bytes = zipBytes(entries);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// The parts of a minimal workbook of one sheet, "Sheet1", whose <sheetData> is `rows`; with
/// `sharedStrings` non-empty, a shared-strings part holding it (an <sst> element's XML).
inline QList<ZipEntry> workbookParts(const QByteArray &rows, const QByteArray &sharedStrings = QByteArray(),
    const QByteArray &beforeSheetData = QByteArray())
{
    QList<ZipEntry> e;
    e << ZipEntry { QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" };
    e << ZipEntry { QStringLiteral("_rels/.rels"),
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" };
    e << ZipEntry { QStringLiteral("xl/workbook.xml"),
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" };
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty())
        rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    rels += "</Relationships>";
    e << ZipEntry { QStringLiteral("xl/_rels/workbook.xml.rels"), rels };
    e << ZipEntry { QStringLiteral("xl/worksheets/sheet1.xml"),
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + beforeSheetData + "<sheetData>" + rows + "</sheetData></worksheet>" };
    if (!sharedStrings.isEmpty())
        e << ZipEntry { QStringLiteral("xl/sharedStrings.xml"), sharedStrings };
    return e;
}

} // namespace tongxin::ziptest

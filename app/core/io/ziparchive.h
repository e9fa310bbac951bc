#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace tongxin {

/// Read-only access to a ZIP archive (an .xlsx is one): the central directory (ZIP64 too) and
/// stored or deflated entries, inflated with zlib while they are read, so an entry of any size
/// streams in constant memory, with its CRC checked at the end.
///
/// Why not QuaZip: it bundles its own minizip and exports minizip's symbols (zipOpen3 …);
/// libxlsxwriter, used for writing workbooks in the same process, calls the system minizip by
/// the same names and ends up in QuaZip's, which crashes. This reader exports nothing of the kind.
class ZipEntryDevice;

class ZipArchive final
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    /// Limits against decompression bombs, checked on the sizes the directory declares before
    /// anything is inflated, and again on the bytes actually inflated (an entry that inflates
    /// past its declared size is refused as damaged at that point).
    struct Limits
    {
        qint64 maxEntrySize = qint64(2) << 30; ///< uncompressed bytes of one entry
        qint64 maxTotalSize = qint64(4) << 30; ///< uncompressed bytes of all entries
        int maxEntries = 10000;
    };
    struct Entry
    {
        QString name;
        quint16 method = 0; ///< 0 stored, 8 deflated
        quint16 flags = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0; ///< uncompressed
        qint64 localHeaderOffset = 0;
    };

    ZipArchive();
    ~ZipArchive();

    /// Reads the central directory. False with errorString() when not a readable ZIP archive
    /// or when it declares more than the limits allow.
    bool open(const QString &path);
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }
    /// Entry names in archive order.
    QStringList names() const;
    /// The entry of a name (case-insensitive as a fallback); null when missing.
    const Entry *find(const QString &name) const;
    /// Opens an entry as a sequential device that inflates as it is read; bytesRead() of it
    /// counts uncompressed bytes delivered. Null (see errorString()) when missing or unsupported.
    std::unique_ptr<ZipEntryDevice> openEntry(const QString &name);
    /// A whole entry in memory (for small parts). False when missing, damaged or larger than
    /// `maxSize` uncompressed bytes (checked before reading).
    bool read(const QString &name, QByteArray *data, qint64 maxSize = 64 << 20);
    QString errorString() const { return m_error; }

private:
    bool readDirectory(QIODevice &file);

    QString m_path;
    QVector<Entry> m_entries;
    QHash<QString, int> m_index;
    QString m_error;
    Limits m_limits;
};

/// The device ZipArchive::openEntry() returns.
class ZipEntryDevice final : public QIODevice
{
    Q_OBJECT
public:
    ZipEntryDevice(const QString &archivePath, const ZipArchive::Entry &entry);
    ~ZipEntryDevice() override;
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    /// Uncompressed bytes delivered so far.
    qint64 bytesRead() const { return m_produced; }
    /// True when the entry turned out truncated or damaged (see errorString()).
    bool failed() const { return m_failed; }
    qint64 size() const override { return m_entry.size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Inflater;
    QString m_archivePath;
    ZipArchive::Entry m_entry;
    std::unique_ptr<Inflater> m_z;
    qint64 m_produced = 0;
    qint64 m_consumed = 0;
    quint32 m_crc = 0;
    bool m_failed = false;
};

} // namespace tongxin

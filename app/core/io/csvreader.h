#pragma once

#include "io/tabularreader.h"

#include <QFile>
#include <QStringDecoder>

namespace tongxin {

/// Reads CSV (RFC 4180): quoted cells with doubled quotes and line breaks inside, CRLF, LF or
/// CR line ends. The encoding is UTF-8 (with or without a byte order mark) or GB18030, the
/// encoding Excel uses for "CSV" on Chinese Windows; it is detected unless set. The
/// delimiter (comma, semicolon or tab) is detected from the first line unless set. Reads in
/// chunks, so files of any size stream in constant memory.
class CsvReader final : public TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    enum class Encoding { Auto, Utf8, Gb18030 };

    CsvReader();
    ~CsvReader() override;

    /// Sets the encoding to read with (Auto: byte order mark → UTF-8; valid UTF-8 → UTF-8;
    /// otherwise GB18030). Call before open().
    void setEncoding(Encoding encoding) { m_requested = encoding; }
    /// The encoding in use: the one set, or the one detected by open().
    Encoding encoding() const { return m_encoding; }
    /// Sets the delimiter; a null QChar (the default) detects it from the first line.
    void setDelimiter(QChar delimiter) { m_requestedDelimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }
    /// True when the file starts with a byte order mark.
    bool hasByteOrderMark() const { return m_bomSize > 0; }

    /// "utf-8" / "gb18030" (also "auto"), as used on the command line and in settings.
    static QString encodingName(Encoding encoding);
    /// Parses "utf-8", "utf8", "gb18030", "gbk", "gb2312" or "auto" (case-insensitive).
    static bool encodingFromName(const QString &name, Encoding *encoding);
    /// True when every byte sequence of `data` is well-formed UTF-8. `carry` holds the
    /// bytes of a sequence cut at the end of a chunk, for checking a file chunk by chunk.
    static bool isValidUtf8(QByteArrayView data, QByteArray *carry = nullptr);

    bool open(const QString &path) override;
    QString path() const override { return m_path; }
    QStringList sheetNames() const override;
    bool selectSheet(int index) override;
    bool rewind() override;
    bool readRow(QStringList *cells) override;
    int rowNumber() const override { return m_row; }
    qint64 position() const override;
    qint64 size() const override;
    qint64 lineCount() const override { return m_lineCount; }
    /// The physical line (1-based) on which the row last read starts.
    qint64 lineNumber() const { return m_rowLine; }

    /// A quoted cell may span at most this many line breaks: a quote that opens and runs on
    /// further is a stray quote, an error naming the line where it opened.
    static constexpr int MaxQuotedLineBreaks = 50;

private:
    bool detectEncoding();
    void detectDelimiter();
    bool fill();
    QByteArray readChunk();
    bool addCell(QStringList *cells, const QString &cell);
    qint64 countLineBreaks(qsizetype from, qsizetype to) const;

    QFile m_file;
    QString m_path;
    Encoding m_requested = Encoding::Auto;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_requestedDelimiter;
    QChar m_delimiter = QLatin1Char(',');
    int m_bomSize = 0;
    QStringDecoder m_decoder;
    QString m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_row = 0;
    qint64 m_line = 1; // the physical line at m_pos
    qint64 m_rowLine = 0;
    qint64 m_lineCount = 0;
};

} // namespace tongxin

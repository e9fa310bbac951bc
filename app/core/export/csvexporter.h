#pragma once

#include "export/tabledata.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace tongxin {

/// Writes a table as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel shows
/// Chinese, CRLF line ends, fields quoted when they hold a comma, quote or line break. The
/// first line is the header; money is plain yuan ("1234.56"), dates ISO, percentages "85.0%".
/// After KeePassXC's CsvExporter: GUI-free, writes to any QIODevice.
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    /// Called every few thousand rows; returning false cancels.
    void setProgress(ExportProgress progress) { m_progress = std::move(progress); }
    /// The file holds people's data: it is created readable by its owner only (0600).
    void setPrivate(bool on) { m_private = on; }

    /// Writes to an open device.
    bool write(TableSource &source, QIODevice *device);
    /// Writes to a file, atomically: on failure or cancel the target is left as it was.
    bool write(TableSource &source, const QString &path);

    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

    /// One field, quoted when needed.
    static QString quote(const QString &field);
    /// The text of a value of a column type, as written to the file. Text that begins with
    /// =, +, -, @, a tab or a carriage return is neutralised (see neutralise()); numbers never are.
    static QString text(const QVariant &value, CellType type);
    /// Text a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a
    /// carriage return) with a leading apostrophe, as OWASP recommends against CSV injection;
    /// other text as it is.
    static QString neutralise(const QString &text);
    /// The reverse, for an import: one leading apostrophe before one of those characters is
    /// taken off ("'=SUM(A1)" → "=SUM(A1)"); other text as it is.
    static QString restore(const QString &text);

private:
    ExportProgress m_progress;
    QString m_error;
    bool m_cancelled = false;
    bool m_private = false;
};

} // namespace tongxin

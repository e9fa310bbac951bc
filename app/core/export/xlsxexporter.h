#pragma once

#include "export/tabledata.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class QIODevice;

namespace tongxin {

/// Writes tables to an .xlsx workbook with libxlsxwriter, one worksheet per table: a title
/// row naming the filter, a bold frozen header row with an autofilter, typed cells (numbers
/// as numbers, money as yuan with a ¥#,##0.00 format, dates as real dates) and column widths
/// fitted to the first rows. Sheets open ready to print (A4, landscape beyond six columns, one
/// page wide, the header row repeated on every page); a source that asks for it
/// (TableSource::totalsRow) gets a 合计 / Total row summing its Money and Integer columns,
/// added up while the rows are written. Large tables are written in constant-memory mode; rows
/// are encoded on the calling thread while a second thread feeds libxlsxwriter.
///
/// Nothing is left behind when an export fails or is cancelled: the workbook is written to a
/// temporary file beside it (DbFiles::temporaryFor, removed on the next run when a killed export
/// left it) that replaces the target only when complete, with the mode of any new file (0666
/// less the umask, as the CSV exporter's), or 0600 for people's data (setPrivate).
class XlsxExporter final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExporter)
public:
    /// Tables expected to have more rows than this (or an unknown number) are written in
    /// constant-memory mode.
    static constexpr qint64 ConstantMemoryRows = 20000;

    /// Called on the calling thread every few thousand rows; returning false cancels.
    void setProgress(ExportProgress progress) { m_progress = std::move(progress); }
    /// The workbook holds people's data: the file is created readable by its owner only (0600).
    void setPrivate(bool on) { m_private = on; }

    bool write(TableSource &source, const QString &path);
    bool write(TableSource &source, QIODevice *device);
    /// One worksheet per source, in order.
    bool write(const QVector<TableSource *> &sources, const QString &path);
    bool write(const QVector<TableSource *> &sources, QIODevice *device);

    /// Why the last write failed, in the user's language; empty after success.
    QString errorString() const { return m_error; }
    /// True when the last write stopped because the progress callback said so.
    bool wasCancelled() const { return m_cancelled; }

    /// Excel's serial day number of a date (1900 date system), e.g. 43831 for 2020-01-01.
    static double excelDate(const QDate &date);

private:
    bool writeFile(const QVector<TableSource *> &sources, const QString &file);

    ExportProgress m_progress;
    QString m_error;
    bool m_cancelled = false;
    bool m_private = false;
};

} // namespace tongxin

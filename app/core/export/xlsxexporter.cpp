#include "export/xlsxexporter.h"

#include "export/xlsxpipe.h"

#include "db/dbfiles.h"

#include <xlsxwriter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSet>
#include <QTemporaryFile>

#include <sys/stat.h>

#include <atomic>
#include <cstdio>
#include <thread>

namespace tongxin {

namespace {

using namespace xlsx;

constexpr int BatchRows = 2048;
constexpr int SampleRows = 2000; // rows measured for the column widths
constexpr int MaxSheetNameChars = 31;
constexpr double MinColumnWidth = 6;
constexpr double MaxColumnWidth = 60;
constexpr int LandscapeFromColumns = 6; // more columns than this print across the page

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *headerNumber = nullptr;
    lxw_format *group = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *year = nullptr;
    lxw_format *money = nullptr;
    lxw_format *date = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *totalLabel = nullptr;
    lxw_format *totalInteger = nullptr;
    lxw_format *totalMoney = nullptr;

    lxw_format *forType(CellType type) const
    {
        switch (type) {
        case CellType::Integer:
            return integer;
        case CellType::Year:
            return year;
        case CellType::Money:
            return money;
        case CellType::Date:
            return date;
        case CellType::Percent:
            return percent;
        case CellType::Text:
        case CellType::Decimal:
            break;
        }
        return nullptr;
    }
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xF2F2F2);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    f.headerNumber = workbook_add_format(wb);
    format_set_bold(f.headerNumber);
    format_set_bg_color(f.headerNumber, 0xF2F2F2);
    format_set_bottom(f.headerNumber, LXW_BORDER_THIN);
    format_set_align(f.headerNumber, LXW_ALIGN_RIGHT);
    format_set_align(f.headerNumber, LXW_ALIGN_VERTICAL_CENTER);
    f.group = workbook_add_format(wb);
    format_set_bold(f.group);
    format_set_bg_color(f.group, 0xE4E4E4);
    format_set_align(f.group, LXW_ALIGN_CENTER);
    format_set_border(f.group, LXW_BORDER_THIN);
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "#,##0");
    f.year = workbook_add_format(wb);
    format_set_num_format(f.year, "0");
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, "\xC2\xA5#,##0.00"); // ¥#,##0.00
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.totalLabel = workbook_add_format(wb);
    format_set_bold(f.totalLabel);
    format_set_top(f.totalLabel, LXW_BORDER_THIN);
    f.totalInteger = workbook_add_format(wb);
    format_set_bold(f.totalInteger);
    format_set_top(f.totalInteger, LXW_BORDER_THIN);
    format_set_num_format(f.totalInteger, "#,##0");
    f.totalMoney = workbook_add_format(wb);
    format_set_bold(f.totalMoney);
    format_set_top(f.totalMoney, LXW_BORDER_THIN);
    format_set_num_format(f.totalMoney, "\xC2\xA5#,##0.00");
    return f;
}

bool isWide(uint u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD);
}

// Width of a text in spreadsheet character units (wide CJK characters count two), longest line.
int textWidth(const QString &text)
{
    int best = 0;
    int width = 0;
    for (const uint u : text.toUcs4()) {
        if (u == '\n') {
            best = qMax(best, width);
            width = 0;
            continue;
        }
        width += isWide(u) ? 2 : 1;
    }
    return qMax(best, width);
}

int digitsWidth(double value)
{
    const double a = value < 0 ? -value : value;
    int digits = 1;
    for (double limit = 10; a >= limit && digits < 16; limit *= 10)
        ++digits;
    return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0);
}

// "YYYY-MM-DD" (possibly followed by a time) without QDate::fromString's generality.
QDate parseIsoDate(const QString &s)
{
    if (s.size() < 10 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return {};
    int parts[3] = { 0, 0, 0 };
    const int starts[3] = { 0, 5, 8 };
    const int lengths[3] = { 4, 2, 2 };
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const ushort c = s.at(starts[p] + i).unicode();
            if (c < '0' || c > '9')
                return {};
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

QByteArray cellText(const QString &s)
{
    return (s.size() > MaxCellChars ? s.left(MaxCellChars) : s).toUtf8();
}

// Turns a value into a cell of `batch`; updates `width` while sampling and adds Money (fen) and
// Integer values to `sum` when given (the totals row, without a second pass over the rows).
void encode(const QVariant &v, CellType type, Cell *cell, Batch &batch, double *width, qint64 *sum)
{
    cell->kind = Kind::Blank;
    if (!v.isValid() || v.isNull())
        return;
    switch (type) {
    case CellType::Text: {
        const QString s = v.toString();
        if (s.isEmpty())
            return;
        batch.addText(cell, s);
        if (width)
            *width = qMax(*width, double(textWidth(s)));
        return;
    }
    case CellType::Date: {
        const QDate d = v.userType() == QMetaType::QDate ? v.toDate() : parseIsoDate(v.toString());
        if (!d.isValid()) {
            // Not a date after all: keep the text rather than lose it.
            const QString s = v.toString();
            if (s.isEmpty())
                return;
            batch.addText(cell, s);
            if (width)
                *width = qMax(*width, double(textWidth(s)));
            return;
        }
        cell->kind = Kind::Number;
        cell->number = XlsxExporter::excelDate(d);
        if (width)
            *width = qMax(*width, 10.0);
        return;
    }
    case CellType::Money: {
        const qint64 fen = v.toLongLong();
        if (sum)
            *sum += fen;
        cell->kind = Kind::Number;
        cell->number = double(fen) / 100.0;
        if (width)
            *width = qMax(*width, double(digitsWidth(cell->number) + 4));
        return;
    }
    case CellType::Integer:
    case CellType::Year: {
        const qint64 n = v.toLongLong();
        if (sum)
            *sum += n;
        cell->kind = Kind::Number;
        cell->number = double(n);
        if (width)
            *width = qMax(*width, double(type == CellType::Year ? 4 : digitsWidth(cell->number)));
        return;
    }
    case CellType::Decimal:
    case CellType::Percent: {
        bool ok = false;
        cell->number = v.toDouble(&ok);
        if (!ok)
            return;
        cell->kind = Kind::Number;
        if (width)
            *width = qMax(*width, type == CellType::Percent ? 7.0 : double(QString::number(cell->number).size()));
        return;
    }
    }
}

QString sheetName(const QString &wanted, QSet<QString> *used)
{
    QString name = wanted;
    for (const QChar c : { QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
             QLatin1Char('/'), QLatin1Char('\\') })
        name.replace(c, QLatin1Char('_'));
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    const auto clip = [](const QString &s, int max) {
        const QList<uint> ucs = s.toUcs4();
        return ucs.size() <= max ? s : QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), max);
    };
    name = clip(name, MaxSheetNameChars);
    QString unique = name;
    for (int n = 2; used->contains(unique.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = clip(name, MaxSheetNameChars - int(suffix.size())) + suffix;
    }
    used->insert(unique.toCaseFolded());
    return unique;
}

// The process's umask, read without changing it (umask(2) can only set it, and setting it for
// a moment would race with other threads creating files): Linux reports it in /proc.
mode_t currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        while (!status.atEnd()) {
            const QByteArray line = status.readLine();
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

QString describe(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

double XlsxExporter::excelDate(const QDate &date)
{
    static const qint64 epoch = QDate(1899, 12, 30).toJulianDay();
    return double(date.toJulianDay() - epoch);
}

bool XlsxExporter::write(TableSource &source, const QString &path)
{
    return write(QVector<TableSource *> { &source }, path);
}

bool XlsxExporter::write(TableSource &source, QIODevice *device)
{
    return write(QVector<TableSource *> { &source }, device);
}

bool XlsxExporter::write(const QVector<TableSource *> &sources, const QString &path)
{
    m_error.clear();
    m_cancelled = false;
    // libxlsxwriter writes the file itself: give it a unique name beside the target and move
    // the finished workbook into place, so the target is never half written.
    const QFileInfo target(path);
    // A temporary of our pattern (".NAME.tongxin-PID-N.part"), created 0600; one a killed
    // export left is removed here.
    DbFiles::removeStaleTemporaries(path);
    const QString scratch = DbFiles::temporaryFor(path);
    QString why;
    if (!DbFiles::createPrivate(scratch, &why)) {
        m_error = tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    if (!writeFile(sources, scratch)) {
        QFile::remove(scratch);
        return false;
    }
    // A finished workbook gets the mode of any new file, as the CSV gets: 0666 less the umask
    // (0644 under the usual 022); one holding people's data stays 0600.
    ::chmod(QFile::encodeName(scratch).constData(), m_private ? 0600 : (0666 & ~currentUmask()));
    // rename(2) replaces an existing target in one step.
    if (std::rename(QFile::encodeName(scratch).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        QFile::remove(target.absoluteFilePath());
        if (!QFile::rename(scratch, target.absoluteFilePath())) {
            QFile::remove(scratch);
            m_error = tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return true;
}

bool XlsxExporter::write(const QVector<TableSource *> &sources, QIODevice *device)
{
    m_error.clear();
    m_cancelled = false;
    QTemporaryFile scratch(QDir::temp().filePath(QStringLiteral("tongxin-XXXXXX.xlsx")));
    if (!scratch.open()) {
        m_error = tr("A temporary file could not be created: %1").arg(scratch.errorString());
        return false;
    }
    scratch.close();
    if (!writeFile(sources, scratch.fileName()))
        return false;
    QFile in(scratch.fileName());
    if (!in.open(QIODevice::ReadOnly)) {
        m_error = tr("The spreadsheet could not be read back: %1").arg(in.errorString());
        return false;
    }
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (device->write(chunk) != chunk.size()) {
            m_error = tr("The spreadsheet could not be written: %1").arg(device->errorString());
            return false;
        }
    }
    return true;
}

bool XlsxExporter::writeFile(const QVector<TableSource *> &sources, const QString &file)
{
    qint64 expected = 0;
    bool big = false;
    for (TableSource *s : sources) {
        const qint64 hint = s->rowCountHint();
        big = big || hint < 0 || hint > ConstantMemoryRows;
        expected += qMax<qint64>(hint, 0);
    }
    const QByteArray fileName = QFile::encodeName(file);
    lxw_workbook_options options {};
    options.constant_memory = big ? LXW_TRUE : LXW_FALSE;
    options.use_zip64 = big ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(fileName.constData(), &options);
    if (!wb) {
        m_error = tr("The spreadsheet could not be created.");
        return false;
    }
    const QByteArray author = QByteArrayLiteral("Tongxin");
    const QByteArray docTitle = sources.isEmpty() ? QByteArray() : sources.first()->title().toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char *>(docTitle.constData());
    properties.author = const_cast<char *>(author.constData());
    workbook_set_properties(wb, &properties);
    const Formats formats = makeFormats(wb);

    QSet<QString> usedNames;
    qint64 done = 0;
    bool ok = true;
    for (TableSource *source : sources) {
        const QByteArray name = sheetName(source->sheetName(), &usedNames).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        if (!ws) {
            m_error = tr("The worksheet \"%1\" could not be added.").arg(source->sheetName());
            ok = false;
            break;
        }
        if (!source->start()) {
            m_error = source->errorString();
            ok = false;
            break;
        }
        const QVector<ExportColumn> columns = source->columns();
        const int n = int(columns.size());
        if (n == 0)
            continue;

        // Title row, optional header groups, column headers.
        lxw_row_t row = 0;
        QString title = source->title();
        if (!source->filterDescription().isEmpty())
            title += QStringLiteral("  ·  ") + source->filterDescription();
        worksheet_set_row(ws, row, 20, nullptr);
        worksheet_write_string(ws, row++, 0, cellText(title).constData(), formats.title);
        const QVector<HeaderGroup> groups = source->headerGroups();
        if (!groups.isEmpty()) {
            for (const HeaderGroup &g : groups) {
                const QByteArray text = cellText(g.text);
                if (g.span > 1)
                    worksheet_merge_range(ws, row, lxw_col_t(g.firstColumn), row,
                        lxw_col_t(g.firstColumn + g.span - 1), text.constData(), formats.group);
                else
                    worksheet_write_string(ws, row, lxw_col_t(g.firstColumn), text.constData(), formats.group);
            }
            ++row;
        }
        QVector<double> widths(n, MinColumnWidth);
        for (int c = 0; c < n; ++c) {
            const bool numeric = columns[c].type != CellType::Text && columns[c].type != CellType::Date;
            worksheet_write_string(ws, row, lxw_col_t(c), cellText(columns[c].header).constData(),
                numeric ? formats.headerNumber : formats.header);
            widths[c] = qMax(widths[c], double(textWidth(columns[c].header)));
        }
        const lxw_row_t headerRow = row++;
        worksheet_freeze_panes(ws, headerRow + 1, 0);
        // Ready to print: a page wide (as many pages tall as it takes), landscape when wide,
        // the column headers on every page.
        if (n > LandscapeFromColumns)
            worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9); // A4
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, headerRow, headerRow);

        // Which columns the totals row adds up (none: no totals row).
        std::vector<char> summed(size_t(n), 0);
        bool anySummed = false;
        if (source->totalsRow()) {
            for (int c = 0; c < n; ++c) {
                summed[size_t(c)] = columns[c].type == CellType::Money || columns[c].type == CellType::Integer;
                anySummed = anySummed || summed[size_t(c)];
            }
        }
        std::vector<qint64> sums(size_t(n), 0);

        // The rows: encoded here, written by `writer`.
        Pipe pipe;
        std::atomic<lxw_error> writeError { LXW_NO_ERROR };
        const lxw_row_t firstDataRow = row;
        std::vector<lxw_format *> cellFormats(size_t(n), nullptr);
        for (int c = 0; c < n; ++c)
            cellFormats[size_t(c)] = formats.forType(columns[c].type);
        std::thread writer([&, ws] {
            lxw_row_t r = firstDataRow;
            Batch batch;
            while (pipe.pop(&batch)) {
                const Cell *cell = batch.cells.data();
                const char *text = batch.text.constData();
                for (int i = 0; i < batch.rows; ++i, ++r) {
                    for (int c = 0; c < n; ++c, ++cell) {
                        lxw_error e = LXW_NO_ERROR;
                        if (cell->kind == Kind::Number)
                            e = worksheet_write_number(ws, r, lxw_col_t(c), cell->number, cellFormats[size_t(c)]);
                        else if (cell->kind == Kind::String)
                            e = worksheet_write_string(ws, r, lxw_col_t(c), text + qsizetype(cell->number), nullptr);
                        if (e != LXW_NO_ERROR) {
                            writeError = e;
                            pipe.fail();
                            return;
                        }
                    }
                }
            }
        });

        ExportRow values;
        Batch batch;
        qint64 rows = 0;
        bool more = true;
        while (more && ok) {
            batch.cells.resize(size_t(BatchRows) * size_t(n));
            batch.text.reserve(BatchRows * n * 8);
            batch.rows = 0;
            Cell *cell = batch.cells.data();
            while (batch.rows < BatchRows) {
                values.clear();
                if (!source->next(values)) {
                    more = false;
                    if (!source->errorString().isEmpty()) {
                        m_error = source->errorString();
                        ok = false;
                    }
                    break;
                }
                const bool sample = rows < SampleRows;
                for (int c = 0; c < n; ++c, ++cell)
                    encode(c < values.size() ? values.at(c) : QVariant(), columns[c].type, cell, batch,
                        sample ? &widths[c] : nullptr, summed[size_t(c)] ? &sums[size_t(c)] : nullptr);
                ++batch.rows;
                ++rows;
            }
            batch.cells.resize(size_t(batch.rows) * size_t(n));
            if (batch.rows > 0 && ok && !pipe.push(std::move(batch)))
                ok = false;
            batch = Batch();
            if (ok && m_progress && !m_progress(done + rows, expected > 0 ? qMax(expected, done + rows) : -1)) {
                m_cancelled = true;
                m_error = tr("The export was cancelled.");
                ok = false;
            }
        }
        if (!ok)
            pipe.fail();
        pipe.close();
        writer.join();
        if (writeError != LXW_NO_ERROR) {
            m_error = tr("The spreadsheet could not be written: %1").arg(describe(writeError));
            ok = false;
        }
        if (!ok)
            break;
        done += rows;

        const lxw_row_t lastRow = rows > 0 ? lxw_row_t(firstDataRow + rows - 1) : headerRow;
        worksheet_autofilter(ws, headerRow, 0, lastRow, lxw_col_t(n - 1));
        if (anySummed && rows > 0) {
            // Under the filter range: sorting or filtering the rows leaves it where it is.
            const lxw_row_t totals = lastRow + 1;
            const QString label = tr("Total");
            bool labelled = false;
            for (int c = 0; c < n; ++c) {
                if (summed[size_t(c)]) {
                    worksheet_write_number(ws, totals, lxw_col_t(c),
                        columns[c].type == CellType::Money ? double(sums[size_t(c)]) / 100.0 : double(sums[size_t(c)]),
                        columns[c].type == CellType::Money ? formats.totalMoney : formats.totalInteger);
                } else if (!labelled) {
                    worksheet_write_string(ws, totals, lxw_col_t(c), cellText(label).constData(), formats.totalLabel);
                    labelled = true;
                } else {
                    worksheet_write_blank(ws, totals, lxw_col_t(c), formats.totalLabel);
                }
            }
        }
        for (int c = 0; c < n; ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), qBound(MinColumnWidth, widths[c] + 2, MaxColumnWidth),
                nullptr);
    }
    if (!ok) {
        lxw_workbook_free(wb); // nothing written yet: libxlsxwriter creates the file on close
        return false;
    }
    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR) {
        m_error = tr("The spreadsheet could not be written: %1").arg(describe(closed));
        return false;
    }
    if (m_progress)
        m_progress(done, done);
    return true;
}

} // namespace tongxin

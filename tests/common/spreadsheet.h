#pragma once

// Reading back what the exporters wrote: .xlsx through openpyxl (/usr/bin/python3, as JSON)
// and CSV through a strict RFC 4180 parser. Header-only helpers for the tests.

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVector>

namespace spreadsheet {

// Dumps every sheet as JSON: per cell its value ("date" cells as ISO text), type, number
// format and boldness; per sheet freeze panes, autofilter, widths, merged ranges, page setup
// (orientation, fit to page width / height, print title rows), and whether
// the worksheet XML holds inline strings (constant-memory mode).
inline const char *const DumpScript = R"(
import sys, json, datetime, zipfile, openpyxl
path, mode = sys.argv[1], sys.argv[2]
full = mode == 'full'
wb = openpyxl.load_workbook(path, read_only=not full)
out = {'sheets': []}
with zipfile.ZipFile(path) as z:
    out['inline'] = any('<is>' in z.read(n).decode('utf-8') for n in z.namelist() if n.startswith('xl/worksheets/sheet'))
for ws in wb.worksheets:
    sheet = {'title': ws.title, 'rows': []}
    if full:
        sheet['freeze'] = ws.freeze_panes
        sheet['filter'] = ws.auto_filter.ref
        sheet['widths'] = {k: v.width for k, v in ws.column_dimensions.items()}
        sheet['merged'] = sorted(str(r) for r in ws.merged_cells.ranges)
        ps = ws.page_setup
        sheet['orientation'] = ps.orientation
        sheet['fitToPage'] = bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
        sheet['fitToWidth'] = 1 if ps.fitToWidth is None else int(ps.fitToWidth)
        sheet['fitToHeight'] = 1 if ps.fitToHeight is None else int(ps.fitToHeight)
        sheet['printTitleRows'] = ws.print_title_rows
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = getattr(c, 'value', None)
            if isinstance(v, datetime.datetime):
                v, t = v.date().isoformat(), 'date'
            elif isinstance(v, datetime.date):
                v, t = v.isoformat(), 'date'
            elif isinstance(v, bool):
                t = 'bool'
            elif isinstance(v, (int, float)):
                t = 'n'
            elif v is None:
                t = 'empty'
            else:
                t = 's'
            cell = {'v': v, 't': t}
            if full or mode == 'formats':
                cell['f'] = getattr(c, 'number_format', None)
                font = getattr(c, 'font', None)
                cell['b'] = bool(font and font.b)
            cells.append(cell)
        sheet['rows'].append(cells)
    out['sheets'].append(sheet)
print(json.dumps(out, ensure_ascii=False))
)";

inline QJsonObject readXlsx(const QString &path, const QString &mode = QStringLiteral("full"))
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromUtf8(DumpScript), path, mode });
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        qWarning() << "openpyxl failed:" << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

inline QJsonArray rowsOf(const QJsonObject &book, int sheet = 0)
{
    return book.value(QStringLiteral("sheets")).toArray().at(sheet).toObject().value(QStringLiteral("rows")).toArray();
}

inline QJsonObject cellAt(const QJsonArray &rows, int row, int column)
{
    return rows.at(row).toArray().at(column).toObject();
}

// RFC 4180, strictly: records end in CRLF; `crlf` turns false on a bare LF or CR outside quotes.
inline QVector<QStringList> parseCsv(const QString &text, bool *crlf)
{
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *crlf = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            *crlf = false;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

inline QVector<QStringList> parseCsvBytes(const QByteArray &bytes, bool *bom, bool *crlf)
{
    *bom = bytes.startsWith("\xEF\xBB\xBF");
    return parseCsv(QString::fromUtf8(*bom ? bytes.mid(3) : bytes), crlf);
}

} // namespace spreadsheet

// Benchmark of the .xlsx export (not a test; run by scripts/bench_export.sh).
//
//   bench_export fill DB N     top the sales table of DB up to N rows (one transaction)
//   bench_export ours DB OUT   export the sales table with XlsxExporter, end to end from SQLite
//   bench_export plain DB OUT  read the same cells into memory first (not timed), then write
//                              them in a plain libxlsxwriter loop (timed): the floor
//
// Each timed mode prints "seconds=…" and "rows=…"; peak memory is measured from outside
// (/usr/bin/time -v), so each mode runs in a process of its own.

#include "db/database.h"
#include "db/transaction.h"
#include "export/tables.h"
#include "export/xlsxexporter.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <vector>

using namespace tongxin;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_export: %s\n", qPrintable(why));
    return 1;
}

// Sales rows that look like the demo's: 2017–2020, the demo's units and outlets.
int fill(Database &db, qint64 wanted)
{
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT count(*) FROM sales"));
    q.next();
    const qint64 have = q.value(0).toLongLong();
    QVector<qint64> units;
    q.exec(QStringLiteral("SELECT id FROM places WHERE level = 'county' ORDER BY id"));
    while (q.next())
        units << q.value(0).toLongLong();
    QVector<qint64> outlets;
    q.exec(QStringLiteral("SELECT id FROM outlets ORDER BY id"));
    while (q.next())
        outlets << q.value(0).toLongLong();
    if (units.isEmpty())
        return fail(QStringLiteral("no western units: make the database with `tongxin-cli demo` first"));
    static const char *const channels[] = { "outlet", "supermarket", "ecommerce", "livestream", "institutional" };
    static const char *const buyers[] = { "individual", "government", "state_enterprise", "private_enterprise" };
    static const char *const products[] = { "庄浪苹果", "崆峒胡麻油", "静宁苹果", "平凉红牛肉", "庄浪土豆粉条",
        "高原夏菜", "黄花菜", "小米", "荞麦面", "蜂蜜" };
    static const char *const categories[] = { "水果", "粮油", "肉类", "干货", "蔬菜" };
    QElapsedTimer timer;
    timer.start();
    QSqlQuery(db.db()).exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MB: the indexes stay in memory
    Transaction t(db.db());
    QSqlQuery insert(db.db());
    insert.prepare(QStringLiteral(
        "INSERT INTO sales (sale_date, channel, outlet_id, county_id, category, product, quantity, unit, amount_fen, "
        "buyer_type, purchase_for_donation, source_ref) VALUES (:d, :c, :o, :u, :cat, :p, :q, :unit, :a, :b, :f, :r)"));
    const QDate first(2017, 1, 1);
    quint64 x = 0x9E3779B97F4A7C15ULL;
    for (qint64 i = have; i < wanted; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const int channel = int(x % 5);
        insert.bindValue(QStringLiteral(":d"), first.addDays(qint64(x >> 8) % 1461).toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":c"), QLatin1String(channels[channel]));
        insert.bindValue(QStringLiteral(":o"),
            channel == 0 && !outlets.isEmpty() ? QVariant(outlets[int((x >> 16) % quint64(outlets.size()))])
                                               : QVariant(QMetaType(QMetaType::LongLong)));
        insert.bindValue(QStringLiteral(":u"), units[int((x >> 20) % quint64(units.size()))]);
        insert.bindValue(QStringLiteral(":cat"), QString::fromUtf8(categories[(x >> 24) % 5]));
        insert.bindValue(QStringLiteral(":p"), QString::fromUtf8(products[(x >> 28) % 10]));
        insert.bindValue(QStringLiteral(":q"), double((x >> 32) % 500) / 2.0);
        insert.bindValue(QStringLiteral(":unit"), QStringLiteral("kg"));
        insert.bindValue(QStringLiteral(":a"), qint64((x >> 36) % 500000) + 100);
        insert.bindValue(QStringLiteral(":b"), QLatin1String(buyers[(x >> 40) % 4]));
        insert.bindValue(QStringLiteral(":f"), int((x >> 44) % 10 == 0));
        insert.bindValue(QStringLiteral(":r"), QStringLiteral("bench"));
        if (!insert.exec())
            return fail(insert.lastError().text());
    }
    if (!t.commit())
        return fail(t.lastError());
    std::printf("filled=%lld seconds=%.2f\n", wanted - have, timer.elapsed() / 1000.0);
    return 0;
}

// Only reads the rows (for diagnosis): the source's share of the exporter's time.
int read(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    const auto source = ExportTables::source(db.db(), QStringLiteral("sales"), Filter {});
    if (!source->start())
        return fail(source->errorString());
    const double started = timer.elapsed() / 1000.0;
    ExportRow row;
    qint64 rows = 0;
    while (source->next(row))
        ++rows;
    std::printf("rows=%lld start_seconds=%.2f seconds=%.2f\n", rows, started, timer.elapsed() / 1000.0);
    return 0;
}

int ours(Database &db, const QString &out)
{
    QElapsedTimer timer;
    timer.start();
    const auto source = ExportTables::source(db.db(), QStringLiteral("sales"), Filter {});
    XlsxExporter exporter;
    qint64 rows = 0;
    exporter.setProgress([&rows](qint64 done, qint64) {
        rows = done;
        return true;
    });
    if (!exporter.write(*source, out))
        return fail(exporter.errorString());
    std::printf("rows=%lld columns=%d seconds=%.2f\n", rows, int(source->columns().size()), timer.elapsed() / 1000.0);
    return 0;
}

// The cells of one row in a flat buffer: per cell a kind byte, then a double or a
// NUL-terminated UTF-8 string.
void pack(QByteArray &row, const QVariant &v, CellType type)
{
    if (!v.isValid() || v.isNull() || (type == CellType::Text && v.toString().isEmpty())) {
        row += char(0);
        return;
    }
    double number = 0;
    switch (type) {
    case CellType::Text:
        row += char(2);
        row += v.toString().toUtf8();
        row += char(0);
        return;
    case CellType::Money:
        number = double(v.toLongLong()) / 100.0;
        break;
    case CellType::Date:
        number = XlsxExporter::excelDate(QDate::fromString(v.toString(), Qt::ISODate));
        break;
    default:
        number = v.toDouble();
        break;
    }
    row += char(1);
    row.append(reinterpret_cast<const char *>(&number), sizeof number);
}

int plain(Database &db, const QString &out)
{
    // Not timed: the same cells as the exporter writes, from the same source.
    QElapsedTimer timer;
    timer.start();
    const auto source = ExportTables::source(db.db(), QStringLiteral("sales"), Filter {});
    const QVector<ExportColumn> columns = source->columns();
    const int n = int(columns.size());
    std::vector<QByteArray> rows;
    if (!source->start())
        return fail(source->errorString());
    // The totals row the exporter writes under the rows: Money (fen) and Integer columns summed.
    std::vector<qint64> sums(size_t(n), 0);
    ExportRow row;
    while (source->next(row)) {
        QByteArray packed;
        for (int c = 0; c < n; ++c) {
            pack(packed, row.value(c), columns[c].type);
            if (columns[c].type == CellType::Money || columns[c].type == CellType::Integer)
                sums[size_t(c)] += row.value(c).toLongLong();
        }
        rows.push_back(std::move(packed));
    }
    QString title = source->title();
    std::printf("loaded=%zu load_seconds=%.2f\n", rows.size(), timer.elapsed() / 1000.0);

    // Timed: a plain libxlsxwriter loop writing them, same layout and formats.
    timer.restart();
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray file = QFile::encodeName(out);
    lxw_workbook *wb = workbook_new_opt(file.constData(), &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, source->sheetName().toUtf8().constData());
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_font_size(bold, 13);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xF2F2F2);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *headerNumber = workbook_add_format(wb);
    format_set_bold(headerNumber);
    format_set_bg_color(headerNumber, 0xF2F2F2);
    format_set_bottom(headerNumber, LXW_BORDER_THIN);
    format_set_align(headerNumber, LXW_ALIGN_RIGHT);
    format_set_align(headerNumber, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *formats[7] = {};
    const char *numberFormats[7] = { nullptr, "#,##0", "0", nullptr, "\xC2\xA5#,##0.00", "yyyy-mm-dd", "0.0%" };
    for (int t = 0; t < 7; ++t) {
        if (numberFormats[t]) {
            formats[t] = workbook_add_format(wb);
            format_set_num_format(formats[t], numberFormats[t]);
        }
    }
    worksheet_set_row(ws, 0, 20, nullptr);
    worksheet_write_string(ws, 0, 0, title.toUtf8().constData(), bold);
    for (int c = 0; c < n; ++c) {
        const bool numeric = columns[c].type != CellType::Text && columns[c].type != CellType::Date;
        worksheet_write_string(ws, 1, lxw_col_t(c), columns[c].header.toUtf8().constData(), numeric ? headerNumber : header);
    }
    worksheet_freeze_panes(ws, 2, 0);
    lxw_row_t r = 2;
    for (const QByteArray &packed : rows) {
        const char *p = packed.constData();
        for (int c = 0; c < n; ++c) {
            const char kind = *p++;
            if (kind == 1) {
                double number;
                std::memcpy(&number, p, sizeof number);
                p += sizeof number;
                worksheet_write_number(ws, r, lxw_col_t(c), number, formats[int(columns[c].type)]);
            } else if (kind == 2) {
                worksheet_write_string(ws, r, lxw_col_t(c), p, nullptr);
                p += std::strlen(p) + 1;
            }
        }
        ++r;
    }
    worksheet_autofilter(ws, 1, 0, r - 1, lxw_col_t(n - 1));
    lxw_format *totalLabel = workbook_add_format(wb);
    format_set_bold(totalLabel);
    format_set_top(totalLabel, LXW_BORDER_THIN);
    lxw_format *totalNumber[2] = { workbook_add_format(wb), workbook_add_format(wb) };
    for (lxw_format *f : totalNumber) {
        format_set_bold(f);
        format_set_top(f, LXW_BORDER_THIN);
    }
    format_set_num_format(totalNumber[0], "#,##0");
    format_set_num_format(totalNumber[1], "\xC2\xA5#,##0.00");
    bool labelled = false;
    for (int c = 0; c < n && !rows.empty(); ++c) {
        const bool money = columns[c].type == CellType::Money;
        if (money || columns[c].type == CellType::Integer)
            worksheet_write_number(ws, r, lxw_col_t(c), money ? double(sums[size_t(c)]) / 100.0 : double(sums[size_t(c)]),
                totalNumber[money ? 1 : 0]);
        else if (!labelled && (labelled = true))
            worksheet_write_string(ws, r, lxw_col_t(c), XlsxExporter::tr("Total").toUtf8().constData(), totalLabel);
        else
            worksheet_write_blank(ws, r, lxw_col_t(c), totalLabel);
    }
    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    std::printf("rows=%zu columns=%d seconds=%.2f\n", rows.size(), n, timer.elapsed() / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: bench_export fill DB N | ours DB OUT | plain DB OUT"));
    Database db;
    OpenError error;
    if (!db.open(args.at(2), &error))
        return fail(error.message);
    if (args.at(1) == QLatin1String("fill"))
        return fill(db, args.at(3).toLongLong());
    if (args.at(1) == QLatin1String("ours"))
        return ours(db, args.at(3));
    if (args.at(1) == QLatin1String("read"))
        return read(db);
    if (args.at(1) == QLatin1String("plain"))
        return plain(db, args.at(3));
    return fail(QStringLiteral("unknown mode ") + args.at(1));
}

#include "consumption/salestemplate.h"

#include "consumption/salesfields.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace tongxin {

namespace {

bool chinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"));
}

// What to enter in each column, in the template's language (the template is data in the
// language chosen for it, not in the UI language).
struct FieldNote
{
    const char *zh;
    const char *en;
};

const FieldNote &note(SalesField f)
{
    static const FieldNote list[] = {
        { "日期，如 2020-10-17、2020/10/17 或 2020年10月17日", "A date such as 2020-10-17, 2020/10/17 or 2020.10.17" },
        { "帮扶馆、专柜和专店 / 商超 / 电商 / 直播 / 单位采购（也可填英文名称或代码）",
            "Showrooms, counters and shops / Supermarkets / E-commerce / Livestream / Institutional purchase "
            "(Chinese names and codes are accepted too)" },
        { "已登记的销售网点名称（可空）", "The name of a registered outlet (may be empty)" },
        { "受援县区名称，中文或英文", "The western unit's name, in Chinese or English" },
        { "品类，如 水果、蔬菜、粮油", "A category such as fruit, vegetables, grain and oil" },
        { "产品名称", "The product's name" },
        { "数量，不为负（可空）", "A quantity, not negative (may be empty)" },
        { "数量的单位，如 箱、千克（可空）", "The unit of the quantity, e.g. box, kg (may be empty)" },
        { "金额（元），最多两位小数，不为负，可带千分位逗号",
            "Yuan with at most two decimals, not negative; 1,234.56 is fine" },
        { "个人 / 机关单位 / 国有企业 / 民营企业（可空，默认个人）",
            "Individual / Government unit / State enterprise / Private enterprise (may be empty: individual)" },
        { "是 / 否（可空，默认否）", "Yes / No (may be empty: no)" },
        { "来源系统的单号，用于识别重复与覆盖导入（可空）",
            "The source's order or voucher number, used to detect duplicates and to overwrite (may be empty)" },
    };
    static_assert(sizeof(list) / sizeof(list[0]) == int(SalesField::Count), "one note per field");
    return list[int(f)];
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

QStringList SalesTemplate::channelNames(const QString &language)
{
    if (chinese(language))
        return { QStringLiteral("帮扶馆、专柜和专店"), QStringLiteral("商超"), QStringLiteral("电商"),
            QStringLiteral("直播"), QStringLiteral("单位采购") };
    return { QStringLiteral("Showrooms, counters and shops"), QStringLiteral("Supermarkets"),
        QStringLiteral("E-commerce"), QStringLiteral("Livestream"), QStringLiteral("Institutional purchase") };
}

QStringList SalesTemplate::buyerTypeNames(const QString &language)
{
    if (chinese(language))
        return { QStringLiteral("个人"), QStringLiteral("机关单位"), QStringLiteral("国有企业"),
            QStringLiteral("民营企业") };
    return { QStringLiteral("Individual"), QStringLiteral("Government unit"), QStringLiteral("State enterprise"),
        QStringLiteral("Private enterprise") };
}

QStringList SalesTemplate::notes(int fieldIndex, const QString &language)
{
    const auto f = SalesField(fieldIndex);
    const bool zh = chinese(language);
    const QString required = SalesFields::isRequired(f) ? (zh ? QStringLiteral("必填") : QStringLiteral("required"))
                                                        : (zh ? QStringLiteral("选填") : QStringLiteral("optional"));
    return { SalesFields::header(f, language), required,
        zh ? QString::fromUtf8(note(f).zh) : QString::fromUtf8(note(f).en) };
}

bool SalesTemplate::writeCsv(QIODevice *device, const QString &language)
{
    QByteArray bytes("\xEF\xBB\xBF");
    QStringList cells;
    for (const QString &h : SalesFields::headers(language)) {
        QString c = h;
        if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')))
            c = QLatin1Char('"') + c.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        cells << c;
    }
    bytes += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    return device->write(bytes) == bytes.size();
}

bool SalesTemplate::write(const QString &path, const QString &language, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !writeCsv(&f, language) || !f.commit())
            return fail(tr("The file %1 could not be written: %2").arg(path, f.errorString()));
        return true;
    }
    if (suffix != QLatin1String("xlsx"))
        return fail(tr("The template can be written as .csv or .xlsx, not \"%1\".").arg(path));

    const bool zh = chinese(language);
    const QByteArray fileName = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new(fileName.constData());
    if (!wb)
        return fail(tr("The file %1 could not be written.").arg(path));
    const QByteArray sheetName = utf8(zh ? QStringLiteral("销售台账") : QStringLiteral("Sales"));
    const QByteArray notesName = utf8(zh ? QStringLiteral("填写说明") : QStringLiteral("Notes"));
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.constData());
    lxw_worksheet *ns = workbook_add_worksheet(wb, notesName.constData());
    lxw_worksheet *lists = workbook_add_worksheet(wb, "Lists");
    worksheet_hide(lists);

    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDEBF7);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format *dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *moneyFormat = workbook_add_format(wb);
    format_set_num_format(moneyFormat, "#,##0.00");
    lxw_format *textFormat = workbook_add_format(wb);
    format_set_num_format(textFormat, "@");
    lxw_format *wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    // Drop-downs suggest the names; other accepted spellings (codes, the other language) stay
    // allowed. The values live on a hidden sheet: an inline list would split names at commas.
    int listColumn = 0;
    const auto dropDown = [ws, lists, &listColumn](lxw_col_t col, const QStringList &values) {
        for (int r = 0; r < values.size(); ++r)
            worksheet_write_string(lists, lxw_row_t(r), lxw_col_t(listColumn), utf8(values.at(r)).constData(), nullptr);
        const char letter = char('A' + listColumn++);
        const QByteArray formula
            = QStringLiteral("=Lists!$%1$1:$%1$%2").arg(QLatin1Char(letter)).arg(values.size()).toLatin1();
        lxw_data_validation v = {};
        v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        v.value_formula = const_cast<char *>(formula.constData());
        v.show_error = LXW_VALIDATION_OFF;
        worksheet_data_validation_range(ws, 1, col, LXW_ROW_MAX - 1, col, &v);
    };

    const QVector<SalesField> fields = SalesFields::all();
    for (int c = 0; c < fields.size(); ++c) {
        const SalesField f = fields.at(c);
        const QByteArray h = utf8(SalesFields::header(f, language));
        worksheet_write_string(ws, 0, lxw_col_t(c), h.constData(), head);
        lxw_format *format = nullptr;
        double width = 14;
        switch (f) {
        case SalesField::Date:
            format = dateFormat;
            width = 12;
            break;
        case SalesField::Amount:
            format = moneyFormat;
            break;
        case SalesField::Channel:
        case SalesField::Outlet:
        case SalesField::Product:
            width = 22;
            format = textFormat;
            break;
        case SalesField::Quantity:
            width = 10;
            break;
        case SalesField::PurchaseForDonation:
            width = zh ? 10 : 28;
            break;
        default:
            format = textFormat;
            break;
        }
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, format);
    }
    worksheet_freeze_panes(ws, 1, 0);
    dropDown(lxw_col_t(SalesField::Channel), channelNames(language));
    dropDown(lxw_col_t(SalesField::BuyerType), buyerTypeNames(language));
    dropDown(lxw_col_t(SalesField::PurchaseForDonation),
        zh ? QStringList { QStringLiteral("是"), QStringLiteral("否") }
           : QStringList { QStringLiteral("Yes"), QStringLiteral("No") });

    const QStringList noteHeaders = zh
        ? QStringList { QStringLiteral("列"), QStringLiteral("是否必填"), QStringLiteral("填写内容") }
        : QStringList { QStringLiteral("Column"), QStringLiteral("Required"), QStringLiteral("What to enter") };
    for (int c = 0; c < noteHeaders.size(); ++c)
        worksheet_write_string(ns, 0, lxw_col_t(c), utf8(noteHeaders.at(c)).constData(), head);
    for (int r = 0; r < fields.size(); ++r) {
        const QStringList row = notes(r, language);
        for (int c = 0; c < row.size(); ++c)
            worksheet_write_string(ns, lxw_row_t(r + 1), lxw_col_t(c), utf8(row.at(c)).constData(), wrap);
    }
    worksheet_set_column(ns, 0, 0, 26, nullptr);
    worksheet_set_column(ns, 1, 1, 10, nullptr);
    worksheet_set_column(ns, 2, 2, 70, nullptr);

    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR)
        return fail(tr("The file %1 could not be written: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))));
    return true;
}

} // namespace tongxin

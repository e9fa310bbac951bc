#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tongxin {

class Database;

/// The fields of a sales-ledger row (table `sales`) that a spreadsheet column can fill.
enum class SalesField {
    Date, ///< sale date (required)
    Channel, ///< channel code, English or Chinese name (required)
    Outlet, ///< outlet name, must exist in the outlets table (optional)
    County, ///< origin western unit by Chinese or English name (required)
    Category, ///< product category, free text (optional)
    Product, ///< product, free text (required)
    Quantity, ///< non-negative number (optional)
    Unit, ///< unit of the quantity, free text (optional)
    Amount, ///< amount in yuan, at most two decimals, not negative (required)
    BuyerType, ///< buyer type code, English or Chinese name (optional, default individual)
    PurchaseForDonation, ///< 以购代捐: yes/no, 是/否, 1/0 (optional, default no)
    SourceRef, ///< the source's own reference (order or voucher number) (optional)
    Count
};

/// Names, template headers and value parsing of the sales fields. The template headers are
/// (Chinese / English): 日期 Date, 渠道 Channel, 销售网点 Outlet, 来源县区 Origin county,
/// 品类 Category, 产品 Product, 数量 Quantity, 单位 Unit, 金额（元） Amount (yuan),
/// 购买方类型 Buyer type, 以购代捐 Purchase instead of donation, 来源单号 Source reference.
class SalesFields final
{
    Q_DECLARE_TR_FUNCTIONS(SalesFields)
public:
    /// Every field, in template order.
    static QVector<SalesField> all();
    /// A stable key for JSON and settings: "date", "channel", "outlet", "county", "category",
    /// "product", "quantity", "unit", "amount", "buyer_type", "purchase_for_donation", "source_ref".
    static QString key(SalesField field);
    /// The field of a key; SalesField::Count when unknown.
    static SalesField fromKey(const QString &key);
    /// The name shown to the user: the template header in the language applied
    /// (Language::current()). The one name of the field everywhere: the import wizard's mapping,
    /// the ledger's columns, the export's headers and the template are the same words.
    static QString label(SalesField field);
    /// The template header in a language ("zh_CN" or "en"), independent of the UI language.
    static QString header(SalesField field, const QString &language);
    /// Template headers of all fields in a language.
    static QStringList headers(const QString &language);
    /// The field a column header names (Chinese or English template header, the key, or a
    /// common variant such as 金额 / 金额(元)); SalesField::Count when none.
    static SalesField fromHeader(const QString &header);
    /// True for date, channel, county, product and amount.
    static bool isRequired(SalesField field);

    /// Parses a sale date: YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD (a time of
    /// day after the date is ignored), or a spreadsheet serial number (1900 date system, or
    /// 1904 when `date1904`). Years 1900–2100. An invalid QDate when not a date.
    static QDate parseDate(const QString &text, bool date1904 = false);
    /// Parses a number such as "12", "1,234.5" or "0.25"; false when not a finite number.
    static bool parseNumber(const QString &text, double *value);
    /// Parses an amount in yuan into fen: as Money::parseYuan ("1,234.56", "-3"), also with a
    /// ¥ sign or a trailing 元. False when not an amount with at most two decimals.
    static bool parseAmount(const QString &text, qint64 *fen);
    /// Parses yes/no: 是/否, 1/0, yes/no, y/n, true/false, √/×. False when neither.
    static bool parseYesNo(const QString &text, bool *yes);
    /// A flag as written in lists and exports: 是 / 否 in Chinese, Yes / No in English
    /// (`language` "zh_CN" or "en"; empty: the language applied). parseYesNo() reads both.
    static QString yesNo(bool yes, const QString &language = QString());
};

struct SalesMapping;

/// True for the totals row an exported spreadsheet has under its rows (a cell 合计 / Total, no
/// date and no product besides that label): an import skips it, so an export imports back.
bool isSalesTotalsRow(const QStringList &cells, const SalesMapping &mapping);

/// Which column (0-based index) holds each field; -1 when the field is not in the file.
struct SalesMapping
{
    SalesMapping();
    int column(SalesField field) const { return m_columns.at(int(field)); }
    void setColumn(SalesField field, int column) { m_columns[int(field)] = column; }
    /// True when every required field has a column.
    bool isComplete() const { return missingRequired().isEmpty(); }
    /// The required fields without a column.
    QVector<SalesField> missingRequired() const;
    bool operator==(const SalesMapping &other) const { return m_columns == other.m_columns; }

    /// The mapping a header row gives by itself: each header recognised by
    /// SalesFields::fromHeader() maps its field (the first column wins); other columns are
    /// ignored. Files with the template headers, in any order, need nothing more.
    static SalesMapping fromHeaders(const QStringList &headers);
    /// A stable signature of a source's header row (case, spaces and full-width brackets
    /// ignored), for remembering the mapping a user chose for files of that source.
    static QString sourceSignature(const QStringList &headers);

    /// {"date": 0, "amount": 8, …}, only mapped fields.
    QJsonObject toJson() const;
    static SalesMapping fromJson(const QJsonObject &object);

    /// Remembers / recalls the mapping for a source signature in the database's settings.
    bool remember(Database &db, const QString &signature) const;
    static bool recall(const Database &db, const QString &signature, SalesMapping *mapping);

private:
    QVector<int> m_columns;
};

} // namespace tongxin

#include "consumption/salesfields.h"

#include "domain/datetext.h"

#include "db/database.h"
#include "i18n/language.h"
#include "money/money.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tongxin {

namespace {

struct FieldInfo
{
    const char *key;
    const char *label; // English source text, context SalesFields
    const char *zh; // Chinese template header (UTF-8)
    const char *en; // English template header
    bool required;
};

const FieldInfo &info(SalesField f)
{
    static const FieldInfo list[] = {
        { "date", QT_TRANSLATE_NOOP("SalesFields", "Date"), "日期", "Date", true },
        { "channel", QT_TRANSLATE_NOOP("SalesFields", "Channel"), "渠道", "Channel", true },
        { "outlet", QT_TRANSLATE_NOOP("SalesFields", "Outlet"), "销售网点", "Outlet", false },
        { "county", QT_TRANSLATE_NOOP("SalesFields", "Origin county"), "来源县区", "Origin county", true },
        { "category", QT_TRANSLATE_NOOP("SalesFields", "Category"), "品类", "Category", false },
        { "product", QT_TRANSLATE_NOOP("SalesFields", "Product"), "产品", "Product", true },
        { "quantity", QT_TRANSLATE_NOOP("SalesFields", "Quantity"), "数量", "Quantity", false },
        { "unit", QT_TRANSLATE_NOOP("SalesFields", "Unit"), "单位", "Unit", false },
        { "amount", QT_TRANSLATE_NOOP("SalesFields", "Amount (yuan)"), "金额（元）", "Amount (yuan)", true },
        { "buyer_type", QT_TRANSLATE_NOOP("SalesFields", "Buyer type"), "购买方类型", "Buyer type", false },
        { "purchase_for_donation", QT_TRANSLATE_NOOP("SalesFields", "Purchase instead of donation"), "以购代捐",
            "Purchase instead of donation", false },
        { "source_ref", QT_TRANSLATE_NOOP("SalesFields", "Source reference"), "来源单号", "Source reference", false },
    };
    static_assert(sizeof(list) / sizeof(list[0]) == int(SalesField::Count), "one entry per field");
    return list[int(f)];
}

// Header text reduced for comparison: case-folded, no spaces, ASCII brackets and colons.
QString normaliseHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == QChar(0xFEFF) || c == u'*')
            continue;
        if (c == QChar(0xFF08))
            out += QLatin1Char('(');
        else if (c == QChar(0xFF09))
            out += QLatin1Char(')');
        else if (c == QChar(0xFF1A) || c == u':')
            continue;
        else
            out += c.toCaseFolded();
    }
    return out;
}

const QHash<QString, SalesField> &headerIndex()
{
    static const QHash<QString, SalesField> index = [] {
        QHash<QString, SalesField> h;
        for (SalesField f : SalesFields::all()) {
            const FieldInfo &i = info(f);
            h.insert(normaliseHeader(QString::fromUtf8(i.zh)), f);
            h.insert(normaliseHeader(QString::fromLatin1(i.en)), f);
            h.insert(normaliseHeader(QString::fromLatin1(i.key)), f);
        }
        // Variants seen in offices' own sheets.
        const QList<QPair<const char *, SalesField>> variants = {
            { "销售日期", SalesField::Date },
            { "sale date", SalesField::Date },
            { "销售渠道", SalesField::Channel },
            { "网点", SalesField::Outlet },
            { "销售网点名称", SalesField::Outlet },
            { "来源县", SalesField::County },
            { "来源县（区）", SalesField::County },
            { "产地", SalesField::County },
            { "county", SalesField::County },
            { "类别", SalesField::Category },
            { "产品类别", SalesField::Category },
            { "产品名称", SalesField::Product },
            { "商品", SalesField::Product },
            { "商品名称", SalesField::Product },
            { "金额", SalesField::Amount },
            { "销售额（元）", SalesField::Amount },
            { "销售金额（元）", SalesField::Amount },
            { "amount", SalesField::Amount },
            { "购买方", SalesField::BuyerType },
            { "是否以购代捐", SalesField::PurchaseForDonation },
            { "单号", SalesField::SourceRef },
            { "订单号", SalesField::SourceRef },
            { "source ref", SalesField::SourceRef },
        };
        for (const auto &v : variants)
            h.insert(normaliseHeader(QString::fromUtf8(v.first)), v.second);
        return h;
    }();
    return index;
}

} // namespace

QVector<SalesField> SalesFields::all()
{
    QVector<SalesField> out;
    for (int i = 0; i < int(SalesField::Count); ++i)
        out << SalesField(i);
    return out;
}

QString SalesFields::key(SalesField field)
{
    return field == SalesField::Count ? QString() : QString::fromLatin1(info(field).key);
}

SalesField SalesFields::fromKey(const QString &key)
{
    for (SalesField f : all()) {
        if (key == QLatin1String(info(f).key))
            return f;
    }
    return SalesField::Count;
}

QString SalesFields::label(SalesField field)
{
    // The template header itself, not a translation of `label` that could drift from it.
    return header(field, Language::current());
}

QString SalesFields::header(SalesField field, const QString &language)
{
    if (field == SalesField::Count)
        return QString();
    return language.startsWith(QLatin1String("zh")) ? QString::fromUtf8(info(field).zh)
                                                    : QString::fromLatin1(info(field).en);
}

QStringList SalesFields::headers(const QString &language)
{
    QStringList out;
    for (SalesField f : all())
        out << header(f, language);
    return out;
}

SalesField SalesFields::fromHeader(const QString &header)
{
    return headerIndex().value(normaliseHeader(header), SalesField::Count);
}

bool SalesFields::isRequired(SalesField field)
{
    return field != SalesField::Count && info(field).required;
}

QDate SalesFields::parseDate(const QString &text, bool date1904)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    // A date written as text, as datetext reads what people type; else a spreadsheet's day number.
    if (const QDate typed = datetext::parse(t); typed.isValid())
        return typed;
    static const QRegularExpression serial(QStringLiteral("^\\d{1,6}(?:\\.\\d+)?$"));
    if (!serial.match(t).hasMatch())
        return QDate();
    QDate d;
    const qint64 days = qint64(std::floor(t.toDouble()));
    if (date1904)
        d = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        d = QDate(1899, 12, 30).addDays(days); // Excel counts a 29 February 1900 that never was
    else if (days >= 1 && days < 60)
        d = QDate(1899, 12, 31).addDays(days);
    if (!d.isValid() || d.year() < 1900 || d.year() > 2100)
        return QDate();
    return d;
}

bool SalesFields::parseNumber(const QString &text, double *value)
{
    static const QRegularExpression re(QStringLiteral("^\\s*[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.\\d+)?\\s*$"));
    QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    if (t.contains(QLatin1Char(','))) {
        if (!re.match(t).hasMatch())
            return false;
        t.remove(QLatin1Char(','));
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    if (value)
        *value = v;
    return true;
}

bool SalesFields::parseAmount(const QString &text, qint64 *fen)
{
    // Fast path for the common "1234" / "1234.5" / "1234.56" (a subset of Money::parseYuan).
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool negative = false;
    if (i < n && p[i] == u'-') {
        negative = true;
        ++i;
    }
    qint64 whole = 0;
    const qsizetype digitsFrom = i;
    while (i < n && p[i] >= u'0' && p[i] <= u'9' && i - digitsFrom < 15)
        whole = whole * 10 + (p[i++].unicode() - u'0');
    if (i > digitsFrom) {
        qint64 frac = 0;
        bool fast = i == n;
        if (!fast && p[i] == u'.' && (n - i == 2 || n - i == 3)) {
            fast = true;
            for (qsizetype k = i + 1; k < n; ++k) {
                if (p[k] < u'0' || p[k] > u'9')
                    fast = false;
                frac = frac * 10 + (p[k].unicode() - u'0');
            }
            if (n - i == 2)
                frac *= 10;
        }
        if (fast) {
            if (fen)
                *fen = (negative ? -1 : 1) * (whole * 100 + frac);
            return true;
        }
    }
    QString t = text.trimmed();
    if (t.startsWith(QChar(0xA5)) || t.startsWith(QChar(0xFFE5)))
        t = t.mid(1).trimmed();
    if (t.endsWith(QChar(0x5143))) // 元
        t = t.chopped(1).trimmed();
    return Money::parseYuan(t, fen);
}

bool SalesFields::parseYesNo(const QString &text, bool *yes)
{
    const QString t = text.trimmed().toCaseFolded();
    static const QStringList yesWords = { QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("true"), QStringLiteral("是"), QStringLiteral("√"), QStringLiteral("✓") };
    static const QStringList noWords = { QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"),
        QStringLiteral("false"), QStringLiteral("否"), QStringLiteral("×"), QString() };
    if (yesWords.contains(t)) {
        if (yes)
            *yes = true;
        return true;
    }
    if (noWords.contains(t)) {
        if (yes)
            *yes = false;
        return true;
    }
    return false;
}

QString SalesFields::yesNo(bool yes, const QString &language)
{
    const QString lang = language.isEmpty() ? Language::current() : language;
    if (lang.startsWith(QLatin1String("zh")))
        return yes ? QStringLiteral("是") : QStringLiteral("否");
    return yes ? QStringLiteral("Yes") : QStringLiteral("No");
}

bool isSalesTotalsRow(const QStringList &cells, const SalesMapping &mapping)
{
    static const QStringList words = { QStringLiteral("合计"), QStringLiteral("总计"), QStringLiteral("total"),
        QStringLiteral("totals") };
    const auto isWord = [](const QString &cell) { return words.contains(cell.trimmed().toCaseFolded()); };
    const auto at = [&cells](int column) { return column >= 0 && column < cells.size() ? cells.at(column) : QString(); };
    // The label sits in the first column that is not summed (the date, unless columns were moved).
    const QString date = at(mapping.column(SalesField::Date));
    const QString product = at(mapping.column(SalesField::Product));
    if ((!date.isEmpty() && !isWord(date)) || (!product.isEmpty() && !isWord(product)))
        return false;
    return std::any_of(cells.cbegin(), cells.cend(), isWord);
}

SalesMapping::SalesMapping()
    : m_columns(int(SalesField::Count), -1)
{ }

QVector<SalesField> SalesMapping::missingRequired() const
{
    QVector<SalesField> out;
    for (SalesField f : SalesFields::all()) {
        if (SalesFields::isRequired(f) && column(f) < 0)
            out << f;
    }
    return out;
}

SalesMapping SalesMapping::fromHeaders(const QStringList &headers)
{
    SalesMapping m;
    for (int c = 0; c < headers.size(); ++c) {
        const SalesField f = SalesFields::fromHeader(headers.at(c));
        if (f != SalesField::Count && m.column(f) < 0)
            m.setColumn(f, c);
    }
    return m;
}

QString SalesMapping::sourceSignature(const QStringList &headers)
{
    QStringList normalised;
    for (const QString &h : headers)
        normalised << normaliseHeader(h);
    while (!normalised.isEmpty() && normalised.constLast().isEmpty())
        normalised.removeLast();
    const QByteArray hash = QCryptographicHash::hash(normalised.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(16));
}

QJsonObject SalesMapping::toJson() const
{
    QJsonObject o;
    for (SalesField f : SalesFields::all()) {
        if (column(f) >= 0)
            o.insert(SalesFields::key(f), column(f));
    }
    return o;
}

SalesMapping SalesMapping::fromJson(const QJsonObject &object)
{
    SalesMapping m;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const SalesField f = SalesFields::fromKey(it.key());
        if (f != SalesField::Count && it.value().isDouble() && it.value().toInt(-1) >= 0)
            m.setColumn(f, it.value().toInt());
    }
    return m;
}

namespace {
QString settingKey(const QString &signature)
{
    return QStringLiteral("import.sales.mapping.") + signature;
}
} // namespace

bool SalesMapping::remember(Database &db, const QString &signature) const
{
    return db.setSetting(
        settingKey(signature), QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

bool SalesMapping::recall(const Database &db, const QString &signature, SalesMapping *mapping)
{
    const QString text = db.setting(settingKey(signature));
    if (text.isEmpty())
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return false;
    if (mapping)
        *mapping = fromJson(doc.object());
    return true;
}

} // namespace tongxin

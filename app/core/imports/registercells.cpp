#include "imports/registercells_p.h"

#include "consumption/salesfields.h"
#include "domain/labels.h"
#include "export/tables.h"
#include "imports/registerimport.h"
#include "money/bounds.h"

#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTranslator>

#include <cmath>

namespace tongxin {

namespace {

using T = RegisterColumn::Type;

// Header text compared without case, spaces, hyphens, underscores or full-width forms.
QString fold(const QString &text)
{
    QString out;
    const QString n = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    out.reserve(n.size());
    for (const QChar c : n) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('*'))
            out += c;
    }
    return out;
}

// The embedded Chinese translation, whatever language is applied (headers and totals rows are
// recognised in both languages).
const QTranslator &chinese()
{
    static QTranslator t;
    static const bool loaded = t.load(QStringLiteral(":/i18n/tongxin_zh_CN.qm"));
    Q_UNUSED(loaded);
    return t;
}

QHash<QString, QStringList> headerIndex(const Register &reg)
{
    QHash<QString, QStringList> index;
    // The headers of the register's own export table, where a column shows a column of the
    // register as it is ("p.name" under 项目): its export imports back without a mapping.
    for (const QString &name : ExportTables::names()) {
        const TableSpec *spec = ExportTables::spec(name);
        const QStringList from = spec->from.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (from.value(0) != reg.table || from.size() < 2 || !spec->columns.value(0).header)
            continue;
        const QString prefix = from.at(1) + QLatin1Char('.');
        // A reference shown by the name of the record it points to: "par.name" where the FROM
        // clause joins "places par ON par.id = p.parent_id".
        QHash<QString, QString> joined; // "par.name" → "parent_id"
        static const QRegularExpression join(QStringLiteral("JOIN (\\w+) (\\w+) ON \\2\\.id = (\\w+)\\.(\\w+)"));
        for (auto m = join.globalMatch(spec->from); m.hasNext();) {
            const QRegularExpressionMatch j = m.next();
            const Register *target = Catalogue::find(j.captured(1));
            if (j.captured(3) == from.at(1) && target && !target->nameColumn.isEmpty())
                joined.insert(j.captured(2) + QLatin1Char('.') + target->nameColumn, j.captured(4));
        }
        static const QRegularExpression coalesce(QStringLiteral("^coalesce\\((.*)\\)$"));
        static const QRegularExpression comma(QStringLiteral(",\\s*"));
        for (const TableColumn &c : spec->columns) {
            QStringList columns;
            if (c.expression.startsWith(prefix)) {
                columns << c.expression.mid(prefix.size());
            } else if (const auto m = coalesce.match(c.expression); m.hasMatch()) {
                // "coalesce(rp.name, ro.name, rh.head_name)": the party is one of these.
                for (const QString &term : m.captured(1).split(comma))
                    columns << joined.value(term.section(QLatin1Char(' '), 0, 0));
            } else {
                columns << joined.value(c.expression);
            }
            bool declared = c.header != nullptr;
            for (const QString &column : columns) {
                const RegisterColumn *d = reg.column(column);
                declared = declared && d && d->type != T::Id && (columns.size() == 1 || d->type == T::Reference);
            }
            if (!declared)
                continue;
            for (const QString &header : { QString::fromLatin1(c.header), chinese().translate(spec->context, c.header),
                     QCoreApplication::translate(spec->context, c.header) }) {
                if (!header.isEmpty())
                    index.insert(fold(header), columns);
            }
        }
    }
    for (const RegisterColumn &c : reg.columns) {
        if (c.type == T::Id || c.type == T::Blob || !c.label)
            continue;
        for (const QString &name : { c.name, QString::fromLatin1(c.label), chinese().translate("Catalogue", c.label),
                 QCoreApplication::translate("Catalogue", c.label) }) {
            if (!name.isEmpty())
                index.insert(fold(name), { c.name });
        }
    }
    return index;
}

} // namespace

QString RegisterCells::inChinese(const char *context, const char *source)
{
    return chinese().translate(context, source);
}

RegisterCells::RegisterCells(const QSqlDatabase &db, const Register &reg)
    : m_db(db)
    , m_reg(reg)
{ }

QVector<const RegisterColumn *> RegisterCells::columnsOf(const Register &reg, const QString &header)
{
    static QMutex lock; // an import may run on a worker thread
    static QHash<QString, QHash<QString, QStringList>> indexes;
    const QMutexLocker locked(&lock);
    auto it = indexes.find(reg.table);
    if (it == indexes.end())
        it = indexes.insert(reg.table, headerIndex(reg));
    QVector<const RegisterColumn *> out;
    for (const QString &name : it->value(fold(header)))
        out << reg.column(name);
    return out;
}

const RegisterColumn *RegisterCells::columnOf(const Register &reg, const QString &header)
{
    const QVector<const RegisterColumn *> columns = columnsOf(reg, header);
    return columns.size() == 1 ? columns.constFirst() : nullptr;
}

bool RegisterCells::choose(
    const QVector<const RegisterColumn *> &choices, const QString &text, QVariantMap *values, QString *message)
{
    QVector<QPair<const RegisterColumn *, QVariant>> found;
    QString ambiguous;
    QStringList titles;
    for (const RegisterColumn *c : choices) {
        QVariant value;
        QString why;
        if (reference(*c, text, &value, &why))
            found.push_back({ c, value });
        else if (m_ambiguous && ambiguous.isEmpty())
            ambiguous = why;
        titles << QCoreApplication::translate("Catalogue", Catalogue::find(c->references)->title);
    }
    if (found.size() == 1) {
        values->insert(found.constFirst().first->name, found.constFirst().second);
        return true;
    }
    if (found.size() > 1) {
        QStringList where;
        for (const auto &f : found)
            where << QCoreApplication::translate("Catalogue", Catalogue::find(f.first->references)->title);
        *message = RegisterImport::tr("\"%1\" names a record in each of %2; rename one of them first.")
                       .arg(text, where.join(QStringLiteral(", ")));
    } else {
        *message = ambiguous.isEmpty()
            ? RegisterImport::tr("Nothing in %1 is named \"%2\".").arg(titles.join(QStringLiteral(", ")), text)
            : ambiguous;
    }
    return false;
}

bool RegisterCells::isTotalsLabel(const QString &cell)
{
    const QString f = fold(cell);
    return !f.isEmpty()
        && (f == fold(QStringLiteral("Total")) || f == fold(chinese().translate("XlsxExporter", "Total"))
            || f == fold(QCoreApplication::translate("XlsxExporter", "Total")));
}

QString RegisterCells::header(const Register &reg, const RegisterColumn &column)
{
    Q_UNUSED(reg);
    return QCoreApplication::translate("Catalogue", column.label);
}

bool RegisterCells::convert(const RegisterColumn &c, const QString &text, bool numberCell, bool date1904,
    QVariant *value, QString *message)
{
    switch (c.type) {
    case T::Id:
    case T::Blob:
        return false;
    case T::Text:
        *value = text;
        return true;
    case T::Integer: {
        double d = 0;
        if (!SalesFields::parseNumber(text, &d) || d != std::floor(d) || std::fabs(d) > double(Bounds::MaxCount)) {
            *message = RegisterImport::tr("Not a whole number.");
            return false;
        }
        *value = qint64(d);
        return true;
    }
    case T::Real: {
        double d = 0;
        if (!SalesFields::parseNumber(text, &d) || std::fabs(d) > Bounds::MaxQuantity) {
            *message = RegisterImport::tr("Not a number.");
            return false;
        }
        *value = d;
        return true;
    }
    case T::Money: {
        qint64 fen = 0;
        if (!SalesFields::parseAmount(text, &fen) || fen > Bounds::MaxAmountFen || fen < -Bounds::MaxAmountFen) {
            *message = RegisterImport::tr("Not an amount in yuan with at most two decimals.");
            return false;
        }
        *value = fen;
        return true;
    }
    case T::Year: {
        bool ok = false;
        const int y = text.trimmed().toInt(&ok);
        if (!ok || y < 1900 || y > 2100) {
            *message = RegisterImport::tr("Not a year between 1900 and 2100.");
            return false;
        }
        *value = y;
        return true;
    }
    case T::Date: {
        // A bare number is a date only as a workbook's date cell (its serial day), never as text.
        static const QRegularExpression bare(QStringLiteral("^\\d{1,6}(?:\\.\\d+)?$"));
        const bool serialText = bare.match(text).hasMatch();
        const QDate d = serialText && !numberCell ? QDate() : SalesFields::parseDate(text, date1904);
        if (!d.isValid()) {
            *message = RegisterImport::tr("Not a date (write it as 2020-06-30).");
            return false;
        }
        *value = d.toString(Qt::ISODate);
        return true;
    }
    case T::Timestamp: {
        const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
        if (!t.isValid()) {
            *message = RegisterImport::tr("Not a date and time (write it as 2020-06-30T14:00:00).");
            return false;
        }
        *value = t.toString(Qt::ISODate);
        return true;
    }
    case T::Code: {
        if (!c.domain) {
            *value = text;
            return true;
        }
        const QString code = Labels::codeFor(*c.domain, text);
        if (code.isEmpty()) {
            QStringList names;
            for (const QString &known : Labels::codes(*c.domain))
                names << Labels::text(*c.domain, known);
            *message = RegisterImport::tr("Not one of: %1.").arg(names.join(QStringLiteral(", ")));
            return false;
        }
        *value = code;
        return true;
    }
    case T::Flag: {
        bool yes = false;
        if (!SalesFields::parseYesNo(text, &yes)) {
            *message = RegisterImport::tr("Not yes or no (是 / 否).");
            return false;
        }
        *value = yes ? 1 : 0;
        return true;
    }
    case T::Reference:
        return reference(c, text, value, message);
    }
    return false;
}

bool RegisterCells::reference(const RegisterColumn &c, const QString &text, QVariant *value, QString *message)
{
    if (c.references == QLatin1String("places"))
        return place(text, value, message);
    const Register *target = Catalogue::find(c.references);
    const QString title = QCoreApplication::translate("Catalogue", target->title);
    if (target->nameColumn.isEmpty()) {
        *message = RegisterImport::tr("Records of %1 cannot be named in an import.").arg(title);
        return false;
    }
    m_ambiguous = false;
    const QString key = c.references + QLatin1Char('\n') + text;
    auto found = m_found.constFind(key);
    if (found != m_found.constEnd()) {
        *value = *found;
        return true;
    }
    QSqlQuery q(m_db);
    // A household as its export shows it among other parties: "head (village)".
    static const QRegularExpression inVillage(QStringLiteral("^(.+?)\\s*[(（]([^()（）]+)[)）]$"));
    const QRegularExpressionMatch m = inVillage.match(text);
    if (c.references == QLatin1String("households") && m.hasMatch()) {
        q.prepare(QStringLiteral("SELECT h.id FROM households h JOIN places v ON v.id = h.village_id "
                                 "WHERE h.head_name = ? AND v.name = ? ORDER BY h.id LIMIT 11"));
        q.addBindValue(m.captured(1));
        q.addBindValue(m.captured(2));
    } else {
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id LIMIT 11").arg(c.references, target->nameColumn));
        q.addBindValue(text);
    }
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    if (ids.isEmpty()) {
        *message = RegisterImport::tr("No record of %1 is named \"%2\".").arg(title, text);
        return false;
    }
    if (ids.size() > 1) {
        m_ambiguous = true;
        *message = RegisterImport::tr("%1 records of %2 are named \"%3\" (ids %4); give each a distinct name first.")
                       .arg(ids.size())
                       .arg(title, text, ids.join(QStringLiteral(", ")));
        return false;
    }
    *value = ids.constFirst().toLongLong();
    m_found.insert(key, *value);
    return true;
}

QString RegisterCells::path(qint64 id) const
{
    QStringList names;
    for (int depth = 0; id && depth < 10; ++depth) {
        const Place p = m_places.value(id);
        names.prepend(p.name);
        id = p.parent;
    }
    return names.join(QLatin1Char('/'));
}

void RegisterCells::added(qint64 id, const QVariantMap &values)
{
    if (m_reg.table == QLatin1String("places") && m_placesLoaded)
        m_places.insert(id, { values.value(QStringLiteral("parent_id")).toLongLong(),
                                values.value(QStringLiteral("name")).toString(),
                                values.value(QStringLiteral("name_en")).toString() });
}

int RegisterCells::placeContextRank(const QString &header)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> out;
        const std::pair<const char *, const char *> labels[] = { { "ExportTables", "Western unit" },
            { "ExportTables", "County / district" }, { "Catalogue", "Western unit" }, { "ExportTables", "Town" },
            { "ExportTables", "Part of" }, { "Catalogue", "Parent place" } };
        int i = 0;
        for (const auto &[context, label] : labels) {
            const int rank = i++ < 3 ? 0 : 1;
            out.insert(fold(QString::fromLatin1(label)), rank);
            const QString zh = chinese().translate(context, label);
            if (!zh.isEmpty())
                out.insert(fold(zh), rank);
        }
        return out;
    }();
    return ranks.value(fold(header), -1);
}

// The places named by the last part whose chain of parents holds the earlier parts, in order;
// *byName gets every place named by the last part.
QVector<qint64> RegisterCells::placesAt(const QStringList &parts, QVector<qint64> *byName) const
{
    const auto named = [](const Place &p, const QString &name) {
        return p.name == name || (!p.nameEn.isEmpty() && fold(p.nameEn) == fold(name));
    };
    QVector<qint64> out;
    for (auto it = m_places.constBegin(); it != m_places.constEnd(); ++it) {
        if (parts.isEmpty() || !named(it.value(), parts.constLast()))
            continue;
        if (byName)
            *byName << it.key();
        qint64 up = it.value().parent;
        int next = int(parts.size()) - 2;
        for (int depth = 0; next >= 0 && up && depth < 10; ++depth) {
            const Place p = m_places.value(up);
            if (named(p, parts.at(next)))
                --next;
            up = p.parent;
        }
        if (next < 0)
            out << it.key();
    }
    std::sort(out.begin(), out.end());
    if (byName)
        std::sort(byName->begin(), byName->end());
    return out;
}

// A place by its name, or by a path "县/乡镇/村" (any of its chain of parents, in order, Chinese or
// English names) where the same name is used in several places; else under the row's context.
bool RegisterCells::place(const QString &text, QVariant *value, QString *message)
{
    m_ambiguous = false;
    if (!m_placesLoaded) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, coalesce(parent_id, 0), name, coalesce(name_en, '') FROM places"))) {
            while (q.next())
                m_places.insert(q.value(0).toLongLong(), { q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString() });
        }
        m_placesLoaded = true;
    }
    static const QRegularExpression separator(QStringLiteral("\\s*[/／]\\s*"));
    const QStringList parts = text.split(separator, Qt::SkipEmptyParts);
    QStringList withContext;
    for (const QString &name : m_context) {
        if (!name.isEmpty() && !parts.contains(name))
            withContext << name;
    }
    withContext += parts;
    const QString key = QStringLiteral("places\n") + withContext.join(QLatin1Char('/'));
    auto found = m_found.constFind(key);
    if (found != m_found.constEnd()) {
        *value = *found;
        return true;
    }
    QVector<qint64> byName;
    QVector<qint64> candidates = placesAt(parts, &byName);
    if (candidates.size() > 1 && withContext.size() > parts.size()) {
        const QVector<qint64> narrowed = placesAt(withContext, nullptr);
        if (!narrowed.isEmpty())
            candidates = narrowed;
    }
    if (candidates.size() == 1) {
        *value = candidates.constFirst();
        m_found.insert(key, *value);
        return true;
    }
    m_ambiguous = candidates.size() > 1;
    if (candidates.isEmpty() && byName.isEmpty()) {
        *message = RegisterImport::tr("No place is named \"%1\".").arg(parts.value(int(parts.size()) - 1, text));
        return false;
    }
    const QVector<qint64> &shown = candidates.isEmpty() ? byName : candidates;
    QStringList paths;
    for (qint64 id : shown.mid(0, 5))
        paths << QLatin1Char('"') + path(id) + QLatin1Char('"');
    if (shown.size() > 5)
        paths << QStringLiteral("…");
    if (candidates.isEmpty())
        *message = RegisterImport::tr("No place \"%1\" lies in the places named before it; places of that name: %2.")
                       .arg(text, paths.join(QStringLiteral(", ")));
    else
        *message = RegisterImport::tr("%1 places are named \"%2\": %3; write the one meant as its path.")
                       .arg(candidates.size())
                       .arg(text, paths.join(QStringLiteral(", ")));
    return false;
}

} // namespace tongxin

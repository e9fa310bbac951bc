#include "audit/auditlog.h"

#include "db/audittrail.h"
#include "domain/labels.h"
#include "money/money.h"
#include "registers/catalogue.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace tongxin {

namespace {

QJsonObject parse(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// The name of the record `id` of a register (its name column), or empty.
QString nameOf(const QSqlDatabase &db, const QString &table, qint64 id)
{
    const Register *r = Catalogue::find(table);
    if (!r || r->nameColumn.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(r->nameColumn, table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// A stored value as a person reads it: money in yuan, codes by name, flags as yes/no, a
// reference by name.
QString shown(const QSqlDatabase &db, const QString &table, const QString &column, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return AuditLog::tr("(empty)");
    const Register *r = Catalogue::find(table);
    const RegisterColumn *c = r ? r->column(column) : nullptr;
    if (c && c->type == RegisterColumn::Type::Reference && v.isDouble()) {
        const qint64 id = qint64(v.toDouble());
        const QString name = nameOf(db, c->references, id);
        return name.isEmpty() ? QStringLiteral("#%1").arg(id) : QStringLiteral("%1 #%2").arg(name).arg(id);
    }
    if (c && v.isDouble()) {
        if (c->type == RegisterColumn::Type::Money)
            return Money::format(qint64(v.toDouble()));
        if (c->type == RegisterColumn::Type::Flag)
            return v.toInt() ? AuditLog::tr("yes") : AuditLog::tr("no");
    }
    if (c && c->type == RegisterColumn::Type::Code && c->domain && v.isString())
        return Labels::text(*c->domain, v.toString());
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    return v.toVariant().toString();
}

// The keys of either object, in the register's column order (then any other).
QStringList keysOf(const QString &table, const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys;
    if (const Register *r = Catalogue::find(table)) {
        for (const RegisterColumn &c : r->columns) {
            if (a.contains(c.name) || b.contains(c.name))
                keys << c.name;
        }
    }
    for (const QJsonObject &o : { a, b }) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
    }
    return keys;
}

// One fact of an import's entry ("file: visits.csv", "added: 12", "sales records: 22,753").
QString importPart(const QString &key, const QJsonValue &v)
{
    if (key == QLatin1String("demo"))
        return AuditLog::tr("the demo data");
    if (key == QLatin1String("rows") && v.isObject()) {
        QStringList counts;
        const QJsonObject rows = v.toObject();
        for (const QString &table : Catalogue::tables()) {
            if (rows.value(table).toInteger() > 0)
                counts << QStringLiteral("%1 %2").arg(Catalogue::noun(table), QLocale().toString(rows.value(table).toInteger()));
        }
        return counts.join(QLatin1String(", "));
    }
    const QHash<QString, QString> labels { { QStringLiteral("file"), AuditLog::tr("file") },
        { QStringLiteral("bytes"), AuditLog::tr("bytes") }, { QStringLiteral("sha256"), QStringLiteral("SHA-256") },
        { QStringLiteral("rows"), AuditLog::tr("rows read") }, { QStringLiteral("added"), AuditLog::tr("added") },
        { QStringLiteral("duplicates"), AuditLog::tr("already present") },
        { QStringLiteral("invalid_skipped"), AuditLog::tr("invalid, left out") },
        { QStringLiteral("replaced"), AuditLog::tr("replaced") }, { QStringLiteral("first_id"), AuditLog::tr("first record") },
        { QStringLiteral("last_id"), AuditLog::tr("last record") }, { QStringLiteral("amount_fen"), AuditLog::tr("amount") } };
    QString text = v.isDouble() && key != QLatin1String("first_id") && key != QLatin1String("last_id")
        ? QLocale().toString(v.toInteger())
        : v.toVariant().toString();
    if (key == QLatin1String("amount_fen"))
        text = Money::format(v.toInteger());
    return QStringLiteral("%1: %2").arg(labels.value(key, key), text);
}

} // namespace

QString AuditEntry::changes(const QSqlDatabase &db) const
{
    QStringList parts;
    if (operation == QLatin1String("import")) {
        QStringList keys { QStringLiteral("demo"), QStringLiteral("file"), QStringLiteral("bytes"), QStringLiteral("sha256"),
            QStringLiteral("rows"), QStringLiteral("added"), QStringLiteral("duplicates"), QStringLiteral("invalid_skipped"),
            QStringLiteral("replaced"), QStringLiteral("first_id"), QStringLiteral("last_id"), QStringLiteral("amount_fen") };
        for (const QString &key : newValues.keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        for (const QString &key : std::as_const(keys)) {
            if (newValues.contains(key))
                parts << importPart(key, newValues.value(key));
        }
        return parts.join(QLatin1String("; "));
    }
    for (const QString &key : keysOf(table, oldValues, newValues)) {
        const QString label = Catalogue::columnLabel(table, key);
        if (operation == QLatin1String("update"))
            parts << QStringLiteral("%1: %2 → %3").arg(label, shown(db, table, key, oldValues.value(key)),
                shown(db, table, key, newValues.value(key)));
        else if (operation == QLatin1String("delete"))
            parts << QStringLiteral("%1: %2").arg(label, shown(db, table, key, oldValues.value(key)));
        else if (operation == QLatin1String("insert"))
            parts << QStringLiteral("%1: %2").arg(label, shown(db, table, key, newValues.value(key)));
        else
            parts << importPart(key, newValues.value(key));
    }
    return parts.join(QLatin1String("; "));
}

QString AuditEntry::operationText() const
{
    if (operation == QLatin1String("insert"))
        return AuditLog::tr("added");
    if (operation == QLatin1String("update"))
        return AuditLog::tr("changed");
    if (operation == QLatin1String("delete"))
        return AuditLog::tr("deleted");
    if (operation == QLatin1String("import"))
        return AuditLog::tr("imported");
    return operation;
}

QString AuditEntry::who() const
{
    //: Who made a change: the user, then the program ("root (tongxin-cli)").
    return program.isEmpty() ? AuditLog::tr("another program") : AuditLog::tr("%1 (%2)").arg(user, program);
}

QString AuditEntry::record() const
{
    QString text = AuditLog::tableNoun(table);
    if (rowId > 0)
        text += QStringLiteral(" #%1").arg(rowId);
    return text;
}

namespace {

// The audited tables that are not registers, as a heading and in a sentence (context AuditLog);
// the last, the settings, stands for any other.
struct OtherTable
{
    const char *table;
    const char *title;
    const char *noun;
};
const OtherTable OtherTables[] = {
    { "period_locks", QT_TRANSLATE_NOOP("AuditLog", "Period locks"), QT_TRANSLATE_NOOP("AuditLog", "period locks") },
    { "accounts", QT_TRANSLATE_NOOP("AuditLog", "Accounts"), QT_TRANSLATE_NOOP("AuditLog", "accounts") },
    { "account_units", QT_TRANSLATE_NOOP("AuditLog", "Units of county accounts"),
        QT_TRANSLATE_NOOP("AuditLog", "units of county accounts") },
    { "*" /* AuditTrail::wholeDatabase() */, QT_TRANSLATE_NOOP("AuditLog", "The whole database"),
        QT_TRANSLATE_NOOP("AuditLog", "the whole database") },
    { "settings", QT_TRANSLATE_NOOP("AuditLog", "Settings"), QT_TRANSLATE_NOOP("AuditLog", "settings") },
};

const OtherTable &otherTable(const QString &table)
{
    for (const OtherTable &t : OtherTables) {
        if (table == QLatin1String(t.table))
            return t;
    }
    return OtherTables[std::size(OtherTables) - 1];
}

} // namespace

QString AuditLog::tableTitle(const QString &table)
{
    if (const Register *r = Catalogue::find(table))
        return QCoreApplication::translate("Catalogue", r->title);
    return tr(otherTable(table).title);
}

QStringList AuditLog::headers()
{
    return { tr("No."), tr("Time"), tr("Who"), tr("Done"), tr("Record"), tr("Changes") };
}

QStringList AuditLog::cells(const QSqlDatabase &db, const AuditEntry &e)
{
    return { QString::number(e.id), e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.who(),
        e.operationText(), e.record(), db.isOpen() ? e.changes(db) : QString() };
}

TableData AuditLog::exportTable(const QSqlDatabase &db, const QVector<AuditEntry> &entries, const QString &filter)
{
    QVector<ExportColumn> columns;
    for (const QString &h : headers())
        columns.push_back({ h, CellType::Text });
    columns[0].type = CellType::Integer;
    TableData table(tr("Audit trail"), columns);
    table.setFilterDescription(filter);
    for (const AuditEntry &e : entries) {
        const QStringList texts = cells(db, e);
        ExportRow row { e.id };
        for (int i = 1; i < texts.size(); ++i)
            row << texts.at(i);
        table.addRow(row);
    }
    return table;
}

QString AuditLog::tableNoun(const QString &table)
{
    if (Catalogue::find(table))
        return Catalogue::noun(table);
    return tr(otherTable(table).noun);
}

QStringList AuditLog::operations()
{
    return { QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("import") };
}

bool AuditLog::read(const QSqlDatabase &db, const AuditFilter &f, QVector<AuditEntry> *entries, QString *error)
{
    entries->clear();
    QStringList where;
    QVariantList values;
    auto add = [&](const QString &condition, const QVariant &value) {
        where << condition;
        values << value;
    };
    if (!f.table.isEmpty())
        add(QStringLiteral("table_name = ?"), f.table);
    if (f.rowId > 0)
        add(QStringLiteral("row_id = ?"), f.rowId);
    if (!f.user.isEmpty())
        add(QStringLiteral("user_name = ?"), f.user);
    if (!f.operation.isEmpty())
        add(QStringLiteral("operation = ?"), f.operation);
    // Days are the user's: their start in UTC, as the entries are written.
    const auto utc = [](const QDate &day) {
        return day.startOfDay().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    };
    if (f.since.isValid())
        add(QStringLiteral("at >= ?"), utc(f.since));
    if (f.until.isValid())
        add(QStringLiteral("at < ?"), utc(f.until.addDays(1)));
    QString sql = QStringLiteral("SELECT id, at, user_name, program, table_name, row_id, operation, old_values, "
                                 "new_values FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.program = q.value(3).toString();
        e.table = q.value(4).toString();
        e.rowId = q.value(5).toLongLong();
        e.operation = q.value(6).toString();
        e.oldValues = parse(q.value(7));
        e.newValues = parse(q.value(8));
        entries->push_back(e);
    }
    return true;
}

QStringList AuditLog::users(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT user_name FROM audit_log WHERE user_name IS NOT NULL ORDER BY 1"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QJsonObject AuditLog::toJson(const AuditEntry &e)
{
    const auto orNull = [](const QJsonObject &o) { return o.isEmpty() ? QJsonValue() : QJsonValue(o); };
    return { { QStringLiteral("id"), e.id },
        { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("user"), e.user.isEmpty() ? QJsonValue() : QJsonValue(e.user) },
        { QStringLiteral("program"), e.program.isEmpty() ? QJsonValue() : QJsonValue(e.program) },
        { QStringLiteral("table"), e.table },
        { QStringLiteral("row_id"), e.rowId > 0 ? QJsonValue(e.rowId) : QJsonValue() },
        { QStringLiteral("operation"), e.operation }, { QStringLiteral("old"), orNull(e.oldValues) },
        { QStringLiteral("new"), orNull(e.newValues) } };
}

} // namespace tongxin

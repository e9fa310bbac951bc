#include "registers/catalogue.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tongxin {

QString RegisterColumn::sqlType() const
{
    switch (type) {
    case Type::Text:
    case Type::Date:
    case Type::Timestamp:
    case Type::Code:
        return QStringLiteral("TEXT");
    case Type::Real:
        return QStringLiteral("REAL");
    case Type::Blob:
        return QStringLiteral("BLOB");
    case Type::Id:
    case Type::Integer:
    case Type::Money:
    case Type::Year:
    case Type::Flag:
    case Type::Reference:
        break;
    }
    return QStringLiteral("INTEGER");
}

const RegisterColumn *Register::column(const QString &name) const
{
    for (const RegisterColumn &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList Register::columnNames() const
{
    QStringList out;
    for (const RegisterColumn &c : columns)
        out << c.name;
    return out;
}

QString Register::yearSql(const QString &prefix) const
{
    if (yearColumn.isEmpty())
        return {};
    const RegisterColumn *c = column(yearColumn);
    const QString v = prefix + yearColumn;
    return c && c->type == RegisterColumn::Type::Year ? v : QStringLiteral("CAST(substr(%1, 1, 4) AS INTEGER)").arg(v);
}

QString Register::unitOf(const QString &prefix) const
{
    if (unitSql.isEmpty())
        return QStringLiteral("NULL");
    static const QRegularExpression alias(QStringLiteral("\\br\\.(\\w+)"));
    QString sql = unitSql;
    return sql.replace(alias, prefix + QStringLiteral("\\1"));
}

QVariant Catalogue::valueOf(const QSqlDatabase &db, const QString &sql, const QVariantMap &row)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT ") + sql))
        return {};
    static const QRegularExpression bind(QStringLiteral(":(\\w+)"));
    QStringList bound;
    for (auto it = bind.globalMatch(sql); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (bound.contains(name))
            continue;
        bound << name;
        q.bindValue(QLatin1Char(':') + name, row.value(name));
    }
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

const QVector<Register> &Catalogue::all()
{
    static const QVector<Register> registers = [] {
        QVector<Register> out;
        out << registries() << funds() << areas() << consumption() << organisation();
        return out;
    }();
    return registers;
}

const Register *Catalogue::find(const QString &table)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> out;
        for (int i = 0; i < all().size(); ++i)
            out.insert(all().at(i).table, i);
        return out;
    }();
    const auto it = index.constFind(table);
    return it == index.constEnd() ? nullptr : &all().at(*it);
}

QStringList Catalogue::tables()
{
    QStringList out;
    for (const Register &r : all())
        out << r.table;
    return out;
}

QString Catalogue::noun(const QString &table)
{
    const Register *r = find(table);
    return r && r->noun ? tr(r->noun) : table;
}

QString Catalogue::columnLabel(const QString &table, const QString &column)
{
    const Register *r = find(table);
    const RegisterColumn *c = r ? r->column(column) : nullptr;
    return c && c->label ? tr(c->label) : column;
}

} // namespace tongxin

#include "export/sqltablesource.h"

#include "consumption/salesfields.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tongxin {

SqlTableSource::SqlTableSource(const QSqlDatabase &db, TableSpec spec, const Filter &filter, QString description)
    : m_db(db)
    , m_spec(std::move(spec))
    , m_filter(filter)
    , m_description(std::move(description))
{ }

QString SqlTableSource::title() const
{
    return QCoreApplication::translate(m_spec.context, m_spec.title);
}

QVector<ExportColumn> SqlTableSource::columns() const
{
    QVector<ExportColumn> out;
    for (const TableColumn &c : m_spec.columns)
        out.push_back({ c.headerText ? c.headerText() : QCoreApplication::translate(m_spec.context, c.header), c.type });
    return out;
}

QString SqlTableSource::whereClause() const
{
    QStringList conditions;
    if (m_filter.hasYears() && !m_spec.yearCondition.isEmpty())
        conditions << QLatin1Char('(') + m_spec.yearCondition + QLatin1Char(')');
    if (m_filter.countyId != 0 && !m_spec.unitExpression.isEmpty())
        conditions << QStringLiteral("(%1) = :county").arg(m_spec.unitExpression);
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString SqlTableSource::selectSql() const
{
    QStringList expressions;
    for (const TableColumn &c : m_spec.columns)
        expressions << c.expression;
    QString sql = QStringLiteral("SELECT ") + expressions.join(QLatin1String(", ")) + QStringLiteral(" FROM ")
        + m_spec.from + whereClause();
    if (!m_spec.orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + m_spec.orderBy;
    return sql;
}

void SqlTableSource::bind(QSqlQuery &q, const QString &sql) const
{
    if (sql.contains(QLatin1String(":from")))
        q.bindValue(QStringLiteral(":from"), m_filter.firstDay());
    if (sql.contains(QLatin1String(":to")))
        q.bindValue(QStringLiteral(":to"), m_filter.lastDay());
    if (sql.contains(QLatin1String(":y1")))
        q.bindValue(QStringLiteral(":y1"), m_filter.firstYear());
    if (sql.contains(QLatin1String(":y2")))
        q.bindValue(QStringLiteral(":y2"), m_filter.lastYear());
    if (sql.contains(QLatin1String(":county")))
        q.bindValue(QStringLiteral(":county"), m_filter.countyId);
}

bool SqlTableSource::start()
{
    m_error.clear();
    m_query.reset();
    m_labels = QVector<QHash<QString, QVariant>>(m_spec.columns.size());
    m_yes = SalesFields::yesNo(true);
    m_no = SalesFields::yesNo(false);

    // The count is only for progress; a failure here shows up again below.
    {
        const QString countSql = QStringLiteral("SELECT count(*) FROM ") + m_spec.from + whereClause();
        QSqlQuery count(m_db);
        m_count = -1;
        if (count.prepare(countSql)) {
            bind(count, countSql);
            if (count.exec() && count.next())
                m_count = count.value(0).toLongLong();
        }
    }

    const QString sql = selectSql();
    m_query = std::make_unique<QSqlQuery>(m_db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql)) {
        m_error = m_query->lastError().text();
        return false;
    }
    bind(*m_query, sql);
    if (!m_query->exec()) {
        m_error = m_query->lastError().text();
        return false;
    }
    return true;
}

bool SqlTableSource::next(ExportRow &row)
{
    if (!m_query)
        return false;
    if (!m_query->next()) {
        if (m_query->lastError().isValid())
            m_error = m_query->lastError().text();
        m_query.reset();
        return false;
    }
    const int n = int(m_spec.columns.size());
    row.resize(n);
    for (int i = 0; i < n; ++i) {
        const TableColumn &c = m_spec.columns[i];
        QVariant v = m_query->value(i);
        if (v.isNull()) {
            row[i] = QVariant();
            continue;
        }
        switch (c.show) {
        case TableColumn::Show::Value:
            row[i] = std::move(v);
            break;
        case TableColumn::Show::Flag:
            row[i] = v.toInt() != 0 ? m_yes : m_no;
            break;
        case TableColumn::Show::Code:
        case TableColumn::Show::Custom: {
            // Few distinct codes, many rows: look each one up once.
            const QString code = v.toString();
            QHash<QString, QVariant> &cache = m_labels[i];
            auto it = cache.constFind(code);
            if (it == cache.constEnd()) {
                const QString shown
                    = c.show == TableColumn::Show::Code ? Labels::text(c.domain, code) : (c.format ? c.format(v) : code);
                it = cache.insert(code, shown.isEmpty() ? QVariant() : QVariant(shown));
            }
            row[i] = *it;
            break;
        }
        }
    }
    return true;
}

} // namespace tongxin

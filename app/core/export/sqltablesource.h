#pragma once

#include "domain/labels.h"
#include "export/tabledata.h"
#include "stats/filter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace tongxin {

/// A column of a table exported from SQL: an expression, its header and type. Codes are
/// shown with Labels, flags as 是/否 or Yes/No (SalesFields::yesNo), custom columns through `format`.
struct TableColumn
{
    enum class Show { Value, Code, Flag, Custom };
    const char *header = nullptr; ///< English source text in context `TableSpec::context`
    QString expression; ///< SQL expression over the spec's FROM clause
    CellType type = CellType::Text;
    Show show = Show::Value;
    Labels::Domain domain = Labels::Domain::Side; ///< for Show::Code
    std::function<QString(const QVariant &)> format; ///< for Show::Custom, returns translated text
    /// The header when it is not `header` translated (e.g. a sales field's one name).
    std::function<QString()> headerText;
};

/// A table exported from SQL, declared once: FROM clause, columns, and how the common filter
/// (years, western unit) applies to it.
struct TableSpec
{
    QString name; ///< stable id used on the command line ("sales")
    const char *title = nullptr; ///< English source text in context `context`
    const char *context = "ExportTables";
    QString from; ///< "sales s LEFT JOIN places c ON …"
    QVector<TableColumn> columns;
    /// The year condition using :from/:to (ISO dates) or :y1/:y2 (years); empty when the table
    /// has no years.
    QString yearCondition;
    /// The western unit id of a row; empty when the table cannot be filtered by unit.
    QString unitExpression;
    QString orderBy;
};

/// Reads a TableSpec's rows under a filter, forward only, one row at a time.
class SqlTableSource final : public TableSource
{
public:
    /// `description` names the filter for the title row ("2019 · 庄浪县").
    SqlTableSource(const QSqlDatabase &db, TableSpec spec, const Filter &filter, QString description = {});

    QString title() const override;
    QString filterDescription() const override { return m_description; }
    QVector<ExportColumn> columns() const override;
    qint64 rowCountHint() const override { return m_count; }
    bool totalsRow() const override { return true; }
    bool start() override;
    bool next(ExportRow &row) override;
    QString errorString() const override { return m_error; }

    /// The SELECT statement run by start() (for tests and the curious).
    QString selectSql() const;

private:
    QString whereClause() const;
    void bind(QSqlQuery &q, const QString &sql) const;

    QSqlDatabase m_db;
    TableSpec m_spec;
    Filter m_filter;
    QString m_description;
    std::unique_ptr<QSqlQuery> m_query;
    QVector<QHash<QString, QVariant>> m_labels; // per column: code -> shown text
    QVariant m_yes; // a flag's two texts, in the language applied at start()
    QVariant m_no;
    qint64 m_count = -1;
    QString m_error;
};

} // namespace tongxin

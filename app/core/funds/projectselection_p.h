#pragma once

// Inside the Funds queries (FundsQuery, FundsExplain): which projects and payments a FundsFilter
// selects. Not for pages.

#include "funds/fundsfilter.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

namespace tongxin::fundsdetail {

// The projects of a FundsFilter, as a WHERE clause over `projects p` joined with its place
// `pl`, the place's parent `par` and its western unit `c`. Search words are bound as :w0, :w1…
struct ProjectSelection
{
    QString where;
    QStringList words;

    explicit ProjectSelection(const FundsFilter &f)
    {
        where = QStringLiteral(
            " WHERE (:year = 0 OR p.year = :year) AND (:county = 0 OR p.county_id = :county)"
            " AND (:category = '' OR p.category = :category) AND (:status = '' OR p.status = :status)"
            " AND (:project = 0 OR p.id = :project)");
        static const QRegularExpression space(QStringLiteral("\\s+"));
        words = f.search.toLower().split(space, Qt::SkipEmptyParts);
        // What a search looks in: the name, document number, implementer, subcategory and the
        // names of the place and unit, Chinese and English. char(1) keeps words from joining.
        const QString haystack = QStringLiteral(
            "lower(p.name || char(1) || ifnull(p.doc_no, '') || char(1) || ifnull(p.implementer, '') || char(1)"
            " || ifnull(p.subcategory, '') || char(1) || ifnull(pl.name, '') || char(1) || ifnull(pl.name_en, '')"
            " || char(1) || ifnull(par.name, '') || char(1) || ifnull(par.name_en, '') || char(1) || c.name"
            " || char(1) || ifnull(c.name_en, ''))");
        for (int i = 0; i < words.size(); ++i)
            where += QStringLiteral(" AND instr(%1, :w%2) > 0").arg(haystack).arg(i);
    }

    static QString joins()
    {
        return QStringLiteral(" JOIN places c ON c.id = p.county_id"
                              " LEFT JOIN places pl ON pl.id = p.place_id"
                              " LEFT JOIN places par ON par.id = pl.parent_id ");
    }

    QVariantMap binds(const FundsFilter &f) const
    {
        QVariantMap m;
        m.insert(QStringLiteral(":year"), f.year);
        m.insert(QStringLiteral(":county"), f.countyId);
        // A null QString binds as NULL, which "= ''" never matches: bind empty text instead.
        m.insert(QStringLiteral(":category"), f.category.isNull() ? QStringLiteral("") : f.category);
        m.insert(QStringLiteral(":status"), f.status.isNull() ? QStringLiteral("") : f.status);
        m.insert(QStringLiteral(":project"), f.projectId);
        for (int i = 0; i < words.size(); ++i)
            m.insert(QStringLiteral(":w%1").arg(i), words.at(i));
        return m;
    }

    void bind(QSqlQuery &q, const FundsFilter &f) const
    {
        const QVariantMap m = binds(f);
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            q.bindValue(it.key(), it.value());
    }
};

// Payment dates counted as "paid" by a filter.
inline QString paidFrom(const FundsFilter &f)
{
    return f.paidYear > 0 ? Filter::year(f.paidYear).firstDay() : Filter {}.firstDay();
}

inline QString paidTo(const FundsFilter &f)
{
    return f.paidYear > 0 ? Filter::year(f.paidYear).lastDay() : Filter {}.lastDay();
}

} // namespace tongxin::fundsdetail

#include "stats/explain.h"

#include "stats/figures.h"
#include "stats/figuresources.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

QJsonObject ExplainRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("table"), table},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("date"), date},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("value"), value}};
}

QJsonObject Explanation::toJson() const
{
    QJsonArray list;
    for (const ExplainRecord &r : records)
        list.append(r.toJson());
    return QJsonObject{{QStringLiteral("figure"), figure},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("records"), list},
                       {QStringLiteral("total"), total}};
}

QStringList Explain::figures()
{
    QStringList out;
    for (const FigureInfo &f : Figures::all()) {
        out << QString::fromLatin1(f.key);
        if (f.kind == FigureInfo::Kind::Pairing)
            out << QString::fromLatin1(f.key) + QStringLiteral(".in_force_at_end");
    }
    for (const AreaFigureInfo &f : Figures::areaFigures())
        out << QString::fromLatin1(f.key);
    return out;
}

bool Explain::knows(const QString &figure)
{
    return FigureSources::byKey(figure) != nullptr;
}

bool Explain::isMoney(const QString &figure)
{
    return figure.endsWith(QLatin1String("_fen"));
}

namespace {

const FigureSource *sourceOf(const QString &figure, QString *error)
{
    const FigureSource *s = FigureSources::byKey(figure);
    if (!s && error)
        *error = Explain::tr("There is no figure \"%1\".").arg(figure);
    return s;
}

} // namespace

bool Explain::value(const QSqlDatabase &db, const QString &figure, const Filter &filter, qint64 *out, QString *error)
{
    return sourceOf(figure, error) && FigureSources::value(db, figure, filter, out, error);
}

bool Explain::records(const QSqlDatabase &db, const QString &figure, const Filter &filter,
                      const std::function<bool(const ExplainRecord &)> &each, qint64 *total, QString *error)
{
    const FigureSource *s = sourceOf(figure, error);
    if (!s)
        return false;
    const QString sql = s->recordsSql();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    FigureSource::bind(q, sql, filter);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    qint64 sum = 0;
    ExplainRecord r;
    r.table = s->table;
    while (q.next()) {
        r.id = q.value(0).toLongLong();
        r.date = q.value(1).toString();
        r.unit = q.value(2).toString();
        r.unitEn = q.value(3).toString();
        r.description = q.value(4).toString().simplified();
        r.value = q.value(5).toLongLong();
        sum += r.value;
        if (!each(r))
            break;
    }
    if (total)
        *total = sum;
    return true;
}

QString Explain::listSql(const QString &figure)
{
    const FigureSource *s = FigureSources::byKey(figure);
    return s ? s->recordsSql() : QString();
}

QVariantMap Explain::listBinds(const QString &figure, const Filter &filter)
{
    return FigureSource::binds(listSql(figure), filter);
}

bool Explain::datedByYear(const QString &figure)
{
    const FigureSource *s = FigureSources::byKey(figure);
    return s && s->date.endsWith(QLatin1String("year"));
}

QString Explain::tableOf(const QString &figure)
{
    const FigureSource *s = FigureSources::byKey(figure);
    return s ? s->table : QString();
}

bool Explain::explain(const QSqlDatabase &db, const QString &figure, const Filter &filter, Explanation *out,
                      QString *error)
{
    Explanation e;
    e.figure = figure;
    e.money = isMoney(figure);
    if (!value(db, figure, filter, &e.value, error))
        return false;
    const bool ok = records(
        db, figure, filter,
        [&e](const ExplainRecord &r) {
            e.records.push_back(r);
            return true;
        },
        &e.total, error);
    if (!ok)
        return false;
    if (out)
        *out = std::move(e);
    return true;
}

} // namespace tongxin

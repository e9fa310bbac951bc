#include "stats/explain.h"

#include "stats/figures.h"
#include "stats/figuresources.h"

#include <QJsonArray>
#include <QRegularExpression>
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

bool ExplainList::readTotal(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    const QString sum = QStringLiteral("SELECT ifnull(sum(value), 0) FROM (%1)").arg(sql);
    if (!q.prepare(sum)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    total = q.value(0).toLongLong();
    return true;
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

// One part of a list: the filter of a span and the prefix of its placeholders.
struct Part
{
    QString prefix;
    Filter filter;
};

// The parts of a filter's records: its span; or, outside it, the years before it and the years
// after it (a side left open has no records outside it: an empty span).
QVector<Part> partsOf(const Filter &f, Explain::Span span)
{
    if (span == Explain::Span::Inside)
        return {Part{QString(), f}};
    Filter none{2, 1, f.countyId};
    none.fromDay = QStringLiteral("9999-12-31");
    none.toDay = QStringLiteral("0000-01-01");
    const Filter before = f.fromYear > 0 ? Filter{0, f.fromYear - 1, f.countyId} : none;
    const Filter after = f.toYear > 0 ? Filter{f.toYear + 1, 0, f.countyId} : none;
    return {Part{QStringLiteral("b_"), before}, Part{QStringLiteral("a_"), after}};
}

// The span's placeholders of `sql` with a prefix (":from" -> ":b_from"); the unit's is shared.
QString prefixed(const QString &sql, const QString &prefix)
{
    if (prefix.isEmpty())
        return sql;
    static const QRegularExpression names(QStringLiteral(":(from|to|y1|y2)\\b"));
    QString out = sql;
    return out.replace(names, QStringLiteral(":") + prefix + QStringLiteral("\\1"));
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// The figure's value of one channel: its value query narrowed to the channel's records.
bool channelValue(const QSqlDatabase &db, const FigureSource &s, const Filter &filter, const QString &channel,
                  qint64 *out, QString *error)
{
    const QString sql = s.valueSql() + QStringLiteral(" AND %1 = :channel").arg(s.channel);
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return fail(q, error);
    FigureSource::bind(q, sql, filter);
    q.bindValue(QStringLiteral(":channel"), channel);
    if (!q.exec() || !q.next())
        return fail(q, error);
    *out = q.value(0).toLongLong();
    return true;
}

} // namespace

bool Explain::value(const QSqlDatabase &db, const QString &figure, const Filter &filter, qint64 *out, QString *error,
                    Span span, const QString &channel)
{
    const FigureSource *s = sourceOf(figure, error);
    if (!s)
        return false;
    const bool oneChannel = !channel.isEmpty() && !s->channel.isEmpty();
    qint64 sum = 0;
    for (const Part &p : partsOf(filter, span)) {
        qint64 v = 0;
        if (oneChannel ? !channelValue(db, *s, p.filter, channel, &v, error)
                       : !FigureSources::value(db, figure, p.filter, &v, error))
            return false;
        sum += v;
    }
    *out = sum;
    return true;
}

bool Explain::records(const QSqlDatabase &db, const QString &figure, const Filter &filter,
                      const std::function<bool(const ExplainRecord &)> &each, qint64 *total, QString *error, Span span,
                      const QString &channel)
{
    const FigureSource *s = sourceOf(figure, error);
    if (!s)
        return false;
    const QString sql = listSql(figure, span);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(q, error);
    const QVariantMap values = listBinds(figure, filter, span, channel);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return fail(q, error);
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

QString Explain::listSql(const QString &figure, Span span)
{
    const FigureSource *s = FigureSources::byKey(figure);
    if (!s)
        return {};
    QString sql = s->recordsSql();
    if (span == Span::Outside) {
        // Before, then after: each part as the figure lists it, in date order as a whole.
        QStringList parts;
        for (const Part &p : partsOf(Filter{}, span))
            parts << QStringLiteral("SELECT * FROM (%1)").arg(prefixed(s->recordsSql(), p.prefix));
        sql = parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 2, 1");
    }
    if (s->channel.isEmpty())
        return sql;
    // One channel's records are read as such (:channel empty = all channels).
    return QStringLiteral("SELECT * FROM (%1) WHERE ifnull(:channel, '') = '' OR channel = :channel ORDER BY 2, 1").arg(sql);
}

QVariantMap Explain::listBinds(const QString &figure, const Filter &filter, Span span, const QString &channel)
{
    const FigureSource *s = FigureSources::byKey(figure);
    if (!s)
        return {};
    QVariantMap out;
    for (const Part &p : partsOf(filter, span)) {
        const QVariantMap values = FigureSource::binds(s->recordsSql(), p.filter);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            out.insert(it.key() == QLatin1String(":county") ? it.key() : prefixed(it.key(), p.prefix), it.value());
    }
    if (!s->channel.isEmpty())
        out.insert(QStringLiteral(":channel"), channel);
    return out;
}

bool Explain::hasChannel(const QString &figure)
{
    const FigureSource *s = FigureSources::byKey(figure);
    return s && !s->channel.isEmpty();
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

bool Explain::list(const QSqlDatabase &db, const QString &figure, const Filter &filter, ExplainList *out,
                   QString *error, Span span, const QString &channel)
{
    ExplainList l;
    l.table = tableOf(figure);
    l.sql = listSql(figure, span);
    l.binds = listBinds(figure, filter, span, channel);
    l.money = isMoney(figure);
    l.datedByYear = datedByYear(figure);
    l.hasChannel = hasChannel(figure);
    if (!value(db, figure, filter, &l.value, error, span, channel)
        || !records(db, figure, filter, [](const ExplainRecord &) { return true; }, &l.total, error, span, channel))
        return false;
    *out = std::move(l);
    return true;
}

bool Explain::explain(const QSqlDatabase &db, const QString &figure, const Filter &filter, Explanation *out,
                      QString *error, Span span)
{
    Explanation e;
    e.figure = figure;
    e.money = isMoney(figure);
    if (!value(db, figure, filter, &e.value, error, span))
        return false;
    const bool ok = records(
        db, figure, filter,
        [&e](const ExplainRecord &r) {
            e.records.push_back(r);
            return true;
        },
        &e.total, error, span);
    if (!ok)
        return false;
    if (out)
        *out = std::move(e);
    return true;
}

} // namespace tongxin

#include "consumption/salessearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

namespace tongxin {

namespace {

// The document of a sales row, as migrate_v4.sql writes it: each field followed by char(1),
// and one more at the end, so that every character of a field starts a term of three.
const QString &documentOfSales()
{
    static const QString sql = QStringLiteral(
        "ifnull(product, '') || char(1) || ifnull(category, '') || char(1) || ifnull(unit, '') || char(1) "
        "|| ifnull(source_ref, '') || char(1) || char(1)");
    return sql;
}

// Trigrams of a long search joined by AND: rows with every one may contain the text. A few
// spread over the text select as well as all of them and read fewer terms.
constexpr int MaxTrigrams = 8;

QString quoted(const QString &term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// True when a character folds differently in FTS5 (Unicode) and LIKE (ASCII only) and the
// vocabulary would have to be read under its folded form.
bool caseBeyondAscii(const QVector<uint> &codepoints)
{
    for (const uint c : codepoints) {
        if (c >= 0x80 && (QChar::toLower(c) != c || QChar::toUpper(c) != c))
            return true;
    }
    return false;
}

} // namespace

bool SalesSearch::exists(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sales_fts'")) && q.next();
}

SalesSearch::Plan SalesSearch::plan(const QSqlDatabase &db, const QString &text, QString *error)
{
    Plan p;
    const QString t = text.trimmed();
    // char(1) separates the fields of a document: a text with it is not a text of one field.
    if (t.isEmpty() || t.contains(QChar(1)))
        return p;
    const QVector<uint> codepoints = t.toUcs4();
    const int n = int(codepoints.size());
    if (n >= 3) {
        QStringList terms;
        const int count = n - 2;
        const int take = qMin(count, MaxTrigrams);
        for (int k = 0; k < take; ++k) {
            const int i = take == 1 ? 0 : int(qint64(k) * (count - 1) / (take - 1));
            const QString term = quoted(QString::fromUcs4(reinterpret_cast<const char32_t *>(codepoints.constData() + i), 3));
            if (!terms.contains(term))
                terms << term;
        }
        p.kind = Plan::Kind::Match;
        p.match = terms.join(QLatin1String(" AND "));
        return p;
    }
    // One or two characters: no term of their own, but every occurrence starts a term (each
    // field of a document ends in char(1), and the document in two), so the rows are those of
    // the terms that begin with the text. The vocabulary is case-folded; LIKE folds ASCII only.
    if (caseBeyondAscii(codepoints))
        return p;
    QString folded = t;
    for (QChar &c : folded) {
        if (c.unicode() < 0x80)
            c = c.toLower();
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT term FROM sales_fts_terms WHERE term >= :a AND term < :b"))) {
        if (error)
            *error = q.lastError().text();
        return p;
    }
    q.bindValue(QStringLiteral(":a"), folded);
    q.bindValue(QStringLiteral(":b"), folded + QString::fromUcs4(U"\U0010FFFF", 1));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return p;
    }
    QStringList terms;
    while (q.next()) {
        if (terms.size() >= MaxTerms)
            return p; // so common that reading the rows is cheaper
        terms << quoted(q.value(0).toString());
    }
    if (terms.isEmpty()) {
        p.kind = Plan::Kind::None;
        return p;
    }
    p.kind = Plan::Kind::Match;
    p.match = terms.join(QLatin1String(" OR "));
    return p;
}

bool SalesSearch::suspendTrigger(QSqlDatabase db, QStringList *saved, QString *error)
{
    saved->clear();
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'sales_fts_insert'"),
            error))
        return false;
    while (q.next())
        *saved << q.value(0).toString();
    q.finish();
    return saved->isEmpty() || exec(q, QStringLiteral("DROP TRIGGER sales_fts_insert"), error);
}

bool SalesSearch::indexRowsAfter(QSqlDatabase db, qint64 maxId, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO sales_fts(rowid, doc) SELECT id, ") + documentOfSales()
            + QStringLiteral(" FROM sales WHERE id > :max ORDER BY id"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.bindValue(QStringLiteral(":max"), maxId);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool SalesSearch::resumeTrigger(QSqlDatabase db, const QStringList &saved, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : saved) {
        if (!exec(q, sql, error))
            return false;
    }
    return true;
}

bool SalesSearch::rebuild(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("INSERT INTO sales_fts(sales_fts) VALUES ('delete-all')"), error)
        && indexRowsAfter(db, -1, error);
}

QVector<qint64> SalesSearch::candidates(const QSqlDatabase &db, const QString &text, bool *ok)
{
    QVector<qint64> out;
    QString error;
    const Plan p = plan(db, text, &error);
    if (ok)
        *ok = error.isEmpty() && p.kind != Plan::Kind::Scan;
    if (p.kind != Plan::Kind::Match)
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT rowid FROM sales_fts WHERE sales_fts MATCH :m ORDER BY rowid"))) {
        if (ok)
            *ok = false;
        return out;
    }
    q.bindValue(QStringLiteral(":m"), p.match);
    if (!q.exec()) {
        if (ok)
            *ok = false;
        return out;
    }
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

} // namespace tongxin

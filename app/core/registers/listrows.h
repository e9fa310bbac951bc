#pragma once

#include "registers/listspec.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <QVector>

namespace tongxin {

/// The rows of a list, as read by ListRows::read.
struct ListRowsResult final
{
    /// One row per record, one value per ListSpec column in the spec's order; NULL and a
    /// column the query lacks are invalid QVariants.
    QVector<QVector<QVariant>> rows;
    QString error; ///< empty when the query ran
};

/// One choice of a lookup: the record's id and the text a user picks it by.
struct LookupItem final
{
    qint64 id = 0;
    QString text;
};

/// Reads what lists and lookups show, so that pages ask core for rows and never run SQL.
class ListRows final
{
public:
    /// Runs the list's query with its named binds (":name" → value) and maps the result's
    /// columns to the spec's columns by name.
    static ListRowsResult read(const QSqlDatabase &db, const ListSpec &spec, const QVariantMap &binds = {});
    /// Runs a lookup's `SELECT id, text …`; binds are named without the colon and only those
    /// the query uses are bound. On an error, `error` (if given) says why and nothing is returned.
    static QVector<LookupItem> lookup(
        const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {}, QString *error = nullptr);
};

} // namespace tongxin

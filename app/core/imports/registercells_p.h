#pragma once

// Internal to the register import: headers matched to a register's columns, and cells turned
// into the values the register stores.

#include "registers/catalogue.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

#include <optional>

namespace tongxin {

class Transaction;
struct RegisterImportOptions;

/// Begins an import's one transaction, waiting while another program writes as `options` say;
/// false with *failure (the busy message, or the database's error). (registerimport.cpp)
bool beginImport(
    std::optional<Transaction> *t, const QSqlDatabase &db, const RegisterImportOptions &options, QString *failure);

class RegisterCells final
{
public:
    RegisterCells(const QSqlDatabase &db, const Register &reg);

    /// The register's column a header names (its label in English or Chinese, or its schema
    /// name; case, spaces and full-width forms ignored), or null. The id and file columns are
    /// never named.
    static const RegisterColumn *columnOf(const Register &reg, const QString &header);
    /// The columns a header names: one, or for an export's party column (结对方 / Eastern party,
    /// 受赠方 / Recipient) the references it may be, the cell naming a record of one of them.
    static QVector<const RegisterColumn *> columnsOf(const Register &reg, const QString &header);
    /// Where a header names a place above another (an export's 西部县区 or 乡镇 column beside its
    /// 村 column): 0 for a county or district, 1 for a town or a parent place; -1 otherwise.
    static int placeContextRank(const QString &header);
    /// The names of the places above the row's places (from the columns placeContextRank() knows,
    /// highest first): a place whose name is used in several places is looked for under them.
    void setPlaceContext(const QStringList &names) { m_context = names; }
    /// Whether a first cell marks an export's totals row (合计 / Total).
    static bool isTotalsLabel(const QString &cell);
    /// A text in Chinese, whatever language is applied (headers and sheet names are recognised
    /// in both languages); empty when it has no translation.
    static QString inChinese(const char *context, const char *source);
    /// The column's header in the language of this thread.
    static QString header(const Register &reg, const RegisterColumn &column);

    /// Turns a non-empty cell into the stored value; false with *message (the user's language)
    /// when it is not one. `numberCell`: the workbook stored it as a number (a date's serial day).
    bool convert(const RegisterColumn &column, const QString &text, bool numberCell, bool date1904, QVariant *value,
        QString *message);
    /// A party column's cell: the one of `choices` (references) whose register has a record of
    /// that name gets its id in *values.
    bool choose(const QVector<const RegisterColumn *> &choices, const QString &text, QVariantMap *values,
        QString *message);

    /// Tells of a record the import wrote: a place written is found by the rows after it.
    void added(qint64 id, const QVariantMap &values);

private:
    struct Place
    {
        qint64 parent = 0;
        QString name;
        QString nameEn;
    };
    bool reference(const RegisterColumn &column, const QString &text, QVariant *value, QString *message);
    bool place(const QString &text, QVariant *value, QString *message);
    QVector<qint64> placesAt(const QStringList &parts, QVector<qint64> *byName) const;
    QString path(qint64 id) const;

    QSqlDatabase m_db;
    const Register &m_reg;
    QHash<qint64, Place> m_places; ///< every place, loaded at the first reference to one
    bool m_placesLoaded = false;
    QHash<QString, QVariant> m_found; ///< "table\ntext" → id of a resolved reference
    QStringList m_context;
    bool m_ambiguous = false; ///< the last reference failed as naming several records
};

} // namespace tongxin

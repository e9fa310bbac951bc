#pragma once

#include "export/tabledata.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace tongxin {

/// Which audit entries to read; an empty field does not filter.
struct AuditFilter
{
    QString table;     ///< an audited table (AuditTrail::auditedTables())
    qint64 rowId = 0;  ///< with table: one record's history
    QString user;      ///< the user named in the entries
    QString operation; ///< insert, update, delete or import
    QDate since;       ///< from this day on (local time)
    QDate until;       ///< up to this day, included (local time)
    int limit = 0;     ///< the newest `limit` entries only; 0 = all
};

/// One entry of the audit trail: who changed what, when, and the values before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString user; ///< empty: another program
    QString program;
    QString table;
    qint64 rowId = 0; ///< 0: none (a setting, an import)
    QString operation;
    QJsonObject oldValues; ///< update: the changed columns before; delete: the whole record
    QJsonObject newValues; ///< insert: the whole record; update: the changed columns; import: its report

    /// "姓名: 张三 → 李四; 人口: 4 → 5" — each changed column with its label, in the user's
    /// language; a reference by the name of the record it names, read from `db` ("村: 石门村 #680").
    QString changes(const QSqlDatabase &db) const;
    /// The operation in the user's language.
    QString operationText() const;
    /// Who made it: "王敏 (tongxin)", or "another program".
    QString who() const;
    /// To what: "registered poor households #12", "delegation visits" (an import), "the whole
    /// database" (the demo).
    QString record() const;
};

/// Reads the audit trail (schema 5): the entries a filter selects, newest first. GUI-free; the
/// CLI's `audit` and the Audit page both read it.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static bool read(const QSqlDatabase &db, const AuditFilter &filter, QVector<AuditEntry> *entries,
        QString *error);
    /// The users named in the trail, for a filter's choices.
    static QStringList users(const QSqlDatabase &db);
    /// The operations a filter accepts.
    static QStringList operations();
    /// An audited table as a heading ("Aid projects", "Period locks", "Accounts") and its records
    /// in a sentence ("aid projects", "period locks"), in the user's language.
    static QString tableTitle(const QString &table);
    /// The columns of entries as the Audit page shows and exports them (No., Time, Who, Done,
    /// Record, Changes) and an entry's cells, in the user's language (the time local).
    static QStringList headers();
    static QStringList cells(const QSqlDatabase &db, const AuditEntry &entry);
    /// The entries as a table to export (XlsxExporter, CsvExporter); `filter` describes what
    /// chose them ("accounts · 王敏").
    static TableData exportTable(const QSqlDatabase &db, const QVector<AuditEntry> &entries, const QString &filter);
    static QString tableNoun(const QString &table);
    /// The entry as JSON ({"id", "at", "user", "program", "table", "row_id", "operation",
    /// "old", "new"}).
    static QJsonObject toJson(const AuditEntry &entry);
};

} // namespace tongxin

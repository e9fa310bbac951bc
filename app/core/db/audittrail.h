#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tongxin {

/// A finding of AuditTrail::verify: the trail was changed, cut short, or some change was made
/// by another program.
struct AuditFinding
{
    /// "audit_chain": entries changed or removed after they were sealed, or their seal removed;
    /// "audit_outside": changes made by another program (a warning: they are recorded, but by no
    /// one Tongxin knows).
    QString rule;
    QString table; ///< the audited table of the entry concerned, when there is one
    qint64 entry = 0; ///< the audit entry concerned, 0 when none
    QString message; ///< in the user's language
};

/// The audit trail (schema 5, resources/sql/migrate_v5.sql): every insert, update and delete of
/// a register or a setting is written to audit_log in the same transaction by triggers on each
/// table, whoever writes — forms, undo, imports, the CLI, migrations, or another program.
///
/// Transaction calls begin() after BEGIN, which names the user and the program in
/// audit_context, and seal() before COMMIT, which clears them and chains a SHA-256 over the
/// entries the transaction wrote. Entries and seals are append-only (triggers refuse UPDATE and
/// DELETE); verify() recomputes the chain. GUI-free.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    /// The tables whose writes are audited: the settings and every register of the catalogue.
    static QStringList auditedTables();
    /// (Re)creates the insert, update and delete triggers of every audited table from the
    /// catalogue; run by Schema after its migrate steps.
    static bool installTriggers(QSqlDatabase &db, QString *error);
    /// Drops them (before a migrate step changes a table).
    static bool dropTriggers(QSqlDatabase &db, QString *error);
    /// The names of the triggers installTriggers() creates.
    static QStringList triggerNames();

    /// Rows written in bulk — the demo's whole office, the rows of a sales import — are recorded
    /// by one entry of the act (note()), not one per row: suspendInserts() drops the insert
    /// triggers of `tables` inside the caller's transaction (any way out but commit brings them
    /// back), resumeInserts() makes them again before it commits. Updates and deletes stay
    /// recorded row by row.
    static bool suspendInserts(QSqlDatabase &db, const QStringList &tables, QString *error);
    static bool resumeInserts(QSqlDatabase &db, const QStringList &tables, QString *error);
    /// The table name of entries about the whole database (the demo, a whole-office workbook).
    static QString wholeDatabase() { return QStringLiteral("*"); }

    /// Whether the database has an audit trail (schema 5 or later).
    static bool exists(const QSqlDatabase &db);

    /// The user named in the entries of the connection's transactions: the account working
    /// (once accounts are enabled), else the operating system's login name.
    static void setUser(const QSqlDatabase &db, const QString &user);
    static QString user(const QSqlDatabase &db);
    /// The program named in the entries: the application's name (tongxin, tongxin-cli …).
    static QString program();

    /// At the start of a write transaction: names the user and the program. True when the
    /// database has no trail.
    static bool begin(QSqlDatabase &db, QSqlError *error);
    /// Before its commit: seals the entries written since the last seal, then clears the user.
    static bool seal(QSqlDatabase &db, QSqlError *error);

    /// Writes an entry of its own for an act that is more than its rows (an import: the file,
    /// its SHA-256 and the counts), inside the caller's transaction.
    static bool note(QSqlDatabase &db, const QString &table, const QString &operation, const QJsonObject &values,
        QString *error);

    /// An import's entry: the file's name, size and SHA-256, and the import's counts `report`.
    static bool noteImport(QSqlDatabase &db, const QString &table, const QString &path, QJsonObject report,
        QString *error);

    /// Recomputes the chain of seals and lists what does not hold ("audit_chain"). Reads only.
    static QVector<AuditFinding> verify(const QSqlDatabase &db, QString *error = nullptr);
    /// The changes made by another program ("audit_outside"), one finding per table. Reads only.
    static QVector<AuditFinding> outsideChanges(const QSqlDatabase &db, QString *error = nullptr);
};

} // namespace tongxin

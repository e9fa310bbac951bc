#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariantMap>

class QUndoStack;

namespace tongxin {

class Database;
struct RecordChange;

/// The application's undo stack for saved changes (Edit ▸ Undo, Ctrl+Z). The main window
/// clears it when another database is opened and reloads its pages when it moves.
QUndoStack *undoStack();

/// A saved change to one record, undoable. Created after the change has been written (the
/// first redo() does nothing); undo and redo each write in one transaction through RecordStore.
class RecordCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)
public:
    enum class Kind { Insert, Update, Delete };

    /// `after` is the row as written (with its id), `before` as it was (Update, Delete).
    RecordCommand(Database *db, Kind kind, const QString &table, qint64 id, const QVariantMap &before,
                  const QVariantMap &after, const QString &text);

    void undo() override;
    void redo() override;

    /// The last error of an undo or redo that could not be written (shown by the main window).
    static QString lastError();

private:
    bool apply(bool forward);

    Database *m_db;
    Kind m_kind;
    QString m_table;
    qint64 m_id;
    QVariantMap m_before;
    QVariantMap m_after;
    bool m_firstRedo = true;
};

/// Puts a change a core operation has written (RecordOps, PairingOps, FundsOps …) on the undo
/// stack: Edit ▸ Undo `text`.
void pushChange(Database *db, const RecordChange &change, const QString &text);

/// Writes a record through RecordOps (the table's rules, one transaction) and records it on the
/// undo stack. Returns false with a message in the user's language when the rules or the database
/// refuse.
bool saveRecord(Database *db, const QString &table, qint64 id, const QVariantMap &values, const QString &what,
                qint64 *newId, QString *error);
/// Deletes a record (refused with the users named when other records use it), undoably.
bool deleteRecord(Database *db, const QString &table, qint64 id, const QString &what, QString *error);

} // namespace tongxin

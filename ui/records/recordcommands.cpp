#include "records/recordcommands.h"

#include "db/database.h"
#include "records/recordops.h"
#include "records/recordstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoStack>

namespace tongxin {

namespace {
QString &errorText()
{
    static QString text;
    return text;
}
} // namespace

QUndoStack *undoStack()
{
    static QUndoStack *stack = new QUndoStack(QCoreApplication::instance());
    return stack;
}

RecordCommand::RecordCommand(Database *db, Kind kind, const QString &table, qint64 id, const QVariantMap &before,
                             const QVariantMap &after, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_kind(kind)
    , m_table(table)
    , m_id(id)
    , m_before(before)
    , m_after(after)
{
}

QString RecordCommand::lastError()
{
    return errorText();
}

bool RecordCommand::apply(bool forward)
{
    errorText().clear();
    if (!m_db || !m_db->isOpen()) {
        errorText() = tr("No database is open.");
        return false;
    }
    const QSqlDatabase db = m_db->db();
    QString error;
    bool ok = false;
    // Insert forward / Delete backward put a row back; Insert backward / Delete forward remove it.
    const bool put = (m_kind == Kind::Insert) == forward;
    switch (m_kind) {
    case Kind::Insert:
    case Kind::Delete: {
        if (put) {
            QVariantMap row = m_kind == Kind::Insert ? m_after : m_before;
            row.insert(QStringLiteral("id"), m_id);
            ok = RecordStore::insert(db, m_table, row, nullptr, &error);
        } else {
            ok = RecordStore::remove(db, m_table, m_id, nullptr, &error);
        }
        break;
    }
    case Kind::Update: {
        QVariantMap row = forward ? m_after : m_before;
        row.remove(QStringLiteral("id"));
        ok = RecordStore::update(db, m_table, m_id, row, nullptr, &error);
        break;
    }
    }
    if (!ok)
        errorText() = error;
    return ok;
}

void RecordCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

void RecordCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!apply(true))
        setObsolete(true);
}

void pushChange(Database *db, const RecordChange &change, const QString &text)
{
    static const QHash<RecordChange::Kind, RecordCommand::Kind> kinds = {
        { RecordChange::Kind::Insert, RecordCommand::Kind::Insert },
        { RecordChange::Kind::Update, RecordCommand::Kind::Update },
        { RecordChange::Kind::Delete, RecordCommand::Kind::Delete },
    };
    undoStack()->push(
        new RecordCommand(db, kinds.value(change.kind), change.table, change.id, change.before, change.after, text));
}

bool saveRecord(Database *db, const QString &table, qint64 id, const QVariantMap &values, const QString &what,
                qint64 *newId, QString *error)
{
    if (!db || !db->isOpen()) {
        if (error)
            *error = RecordCommand::tr("No database is open.");
        return false;
    }
    RecordChange change;
    if (!RecordOps::save(db->db(), table, id, values, &change, error))
        return false;
    // `what` is the form's title ("New payment"): Edit ▸ Undo New payment, not "Undo Add New payment".
    pushChange(db, change, id ? RecordCommand::tr("Edit %1").arg(what) : what);
    if (newId)
        *newId = change.id;
    return true;
}

bool deleteRecord(Database *db, const QString &table, qint64 id, const QString &what, QString *error)
{
    if (!db || !db->isOpen()) {
        if (error)
            *error = RecordCommand::tr("No database is open.");
        return false;
    }
    RecordChange change;
    if (!RecordOps::remove(db->db(), table, id, &change, error))
        return false;
    pushChange(db, change, RecordCommand::tr("Delete %1").arg(what));
    return true;
}

} // namespace tongxin

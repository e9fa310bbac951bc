#pragma once

#include "registers/formspec.h"

#include <QObject>
#include <functional>

class QAction;
class QToolButton;

namespace tongxin {

class Database;
class ListView;
class RecordDialog;

/// New / Edit / Delete for the records of a list: tool buttons in the list's tool bar, Insert,
/// Enter (or double-click) and Delete keys, forms from a FormSpec, undoable writes. The list
/// must have an Id column named "id".
class RecordActions final : public QObject
{
    Q_OBJECT
public:
    RecordActions(ListView *list, const FormSpec &spec, QWidget *parent);

    void setDatabase(Database *db);
    /// Values a new record starts with (e.g. the list's current filters).
    void setPrefill(std::function<QVariantMap()> prefill) { m_prefill = std::move(prefill); }
    /// The column whose value names a row in the delete question (default: the first text column).
    void setNameColumn(const QString &column) { m_nameColumn = column; }
    void setReadOnly(bool readOnly);

    /// Opens the form for a new record; true when it was saved.
    bool openNew(const QVariantMap &prefill = {});
    /// Opens the form of a record; true when it was saved.
    bool openEdit(qint64 id);
    /// Asks, then deletes the current row's record; true when it was deleted.
    bool deleteCurrent();
    /// The id of the list's current row, or 0.
    qint64 currentId() const;

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    /// "Import…": the register's records from a spreadsheet (RegisterImportDialog); null for a
    /// list whose register does not import that way.
    QAction *importAction() const { return m_import; }
    /// "History…" (right-click, Ctrl+H): the selected record's changes (HistoryDialog).
    QAction *historyAction() const { return m_history; }
    /// Shows the selected record's history; false when none is selected.
    bool openHistory();
    /// Opens the import dialog; true when it added records (the list's page, and every page
    /// showing the register, then reload).
    bool openImport();

    /// Tests: run dialogs through this instead of exec() (return QDialog::Accepted or Rejected).
    static void setDialogDriver(std::function<int(RecordDialog &)> driver);
    /// Runs a record dialog: exec(), or the test driver when one is set. Use it for every
    /// RecordDialog so tests can drive it.
    static int runDialog(RecordDialog &dialog);

signals:
    void saved(qint64 id);
    void deleted(qint64 id);
    /// An import added records.
    void imported();

private:
    void retranslate();
    void updateEnabled();

    ListView *m_list;
    FormSpec m_spec;
    QWidget *m_parent;
    Database *m_db = nullptr;
    std::function<QVariantMap()> m_prefill;
    QString m_nameColumn;
    bool m_readOnly = false;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_import = nullptr;
    QAction *m_history;
};

} // namespace tongxin

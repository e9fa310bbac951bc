#include "records/recordactions.h"

#include "accounts/access.h"
#include "audit/historydialog.h"

#include "db/database.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "records/registerimportdialog.h"
#include "imports/registerimport.h"
#include "shell/page.h"
#include "shell/messagebox.h"
#include "widgets/listview.h"
#include "widgets/listmodel.h"

#include <QAction>
#include <QEvent>
#include <QTableView>
#include <QToolButton>

namespace tongxin {

namespace {
std::function<int(RecordDialog &)> &driver()
{
    static std::function<int(RecordDialog &)> d;
    return d;
}

// Retranslates the actions when the language changes.
class LanguageWatcher final : public QObject
{
public:
    LanguageWatcher(QObject *parent, std::function<void()> onChange)
        : QObject(parent)
        , m_onChange(std::move(onChange))
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_onChange();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onChange;
};

QToolButton *button(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

void RecordActions::setDialogDriver(std::function<int(RecordDialog &)> d)
{
    driver() = std::move(d);
}

RecordActions::RecordActions(ListView *list, const FormSpec &spec, QWidget *parent)
    : QObject(parent)
    , m_list(list)
    , m_spec(spec)
    , m_parent(parent)
    , m_new(new QAction(list))
    , m_edit(new QAction(list))
    , m_delete(new QAction(list))
    , m_history(new QAction(list))
{
    m_new->setObjectName(QStringLiteral("new_") + spec.table);
    m_edit->setObjectName(QStringLiteral("edit_") + spec.table);
    m_delete->setObjectName(QStringLiteral("delete_") + spec.table);
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_edit->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_new->setShortcut(QKeySequence(Qt::Key_Insert));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_new, m_edit, m_delete}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        list->addAction(a);
    }
    // Read-only: offered whatever the list allows, in the table's right-click menu.
    m_history->setObjectName(QStringLiteral("history_") + spec.table);
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    list->addAction(m_history);
    list->addContextAction(m_history);
    connect(m_history, &QAction::triggered, this, [this] { openHistory(); });
    list->addFilterWidget(button(m_new, list));
    list->addFilterWidget(button(m_edit, list));
    list->addFilterWidget(button(m_delete, list));
    if (RegisterImport::isImportable(spec.table)) {
        m_import = new QAction(list);
        m_import->setObjectName(QStringLiteral("import_") + spec.table);
        m_import->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
        list->addFilterWidget(button(m_import, list));
        connect(m_import, &QAction::triggered, this, [this] { openImport(); });
    }

    connect(m_new, &QAction::triggered, this, [this] { openNew(); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            openEdit(id);
    });
    connect(m_delete, &QAction::triggered, this, [this] { deleteCurrent(); });
    connect(list, &ListView::activated, this, [this](int row) {
        const qint64 id = m_list->value(row, QStringLiteral("id")).toLongLong();
        if (id && !m_readOnly && m_edit->isEnabled())
            openEdit(id);
    });
    connect(list, &ListView::currentRowChanged, this, [this] { updateEnabled(); });
    // updateEnabled() retranslates, then says why an action is not offered.
    list->installEventFilter(new LanguageWatcher(this, [this] { updateEnabled(); }));
    updateEnabled();
}

void RecordActions::retranslate()
{
    m_new->setText(tr("New…"));
    m_new->setToolTip(tr("%1 (Insert)").arg(QCoreApplication::translate(m_spec.context, m_spec.newTitle)));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit the selected record (F2, Enter or double-click)"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected record (Del); Ctrl+Z undoes it"));
    m_history->setText(tr("History…"));
    m_history->setToolTip(tr("Who changed the selected record, when, and what it was before (Ctrl+H)"));
    if (m_import) {
        m_import->setText(tr("Import…"));
        m_import->setToolTip(tr("Bring in records from a spreadsheet or CSV file"));
    }
}

void RecordActions::setDatabase(Database *db)
{
    m_db = db;
    updateEnabled();
}

void RecordActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void RecordActions::updateEnabled()
{
    retranslate();
    const bool open = m_db && m_db->isOpen() && !m_readOnly;
    const qint64 id = currentId();
    // What the account working may not do is not offered; the tooltip says why.
    const QString tableRefused = open ? Access::tableRefusal(m_db->db(), m_spec.table) : QString();
    const QString recordRefused
        = open && id != 0 && tableRefused.isEmpty() ? Access::recordRefusal(m_db->db(), m_spec.table, id) : tableRefused;
    const auto offer = [](QAction *action, bool enabled, const QString &refused) {
        action->setEnabled(enabled && refused.isEmpty());
        if (!refused.isEmpty())
            action->setToolTip(refused);
    };
    offer(m_new, open, tableRefused);
    offer(m_edit, open && id != 0, recordRefused);
    offer(m_delete, open && id != 0, recordRefused);
    if (m_import)
        offer(m_import, open, tableRefused);
    m_history->setEnabled(m_db && m_db->isOpen() && id != 0);
}

bool RecordActions::openHistory()
{
    const qint64 id = currentId();
    if (!m_db || !m_db->isOpen() || id == 0)
        return false;
    HistoryDialog dialog(m_db, m_spec.table, id, m_parent);
    dialog.exec();
    return true;
}

bool RecordActions::openImport()
{
    if (!m_db || !m_db->isOpen() || !m_import)
        return false;
    qint64 added = 0;
    {
        RegisterImportDialog dialog(m_db, m_spec.table, m_parent);
        dialog.exec();
        added = dialog.added();
    }
    if (added == 0)
        return false;
    // The page this list is on shows the new records; the others showing the register follow.
    for (QObject *o = m_list->parent(); o; o = o->parent()) {
        if (auto *page = qobject_cast<Page *>(o)) {
            page->setDatabase(m_db);
            emit page->dataChanged();
            break;
        }
    }
    emit imported();
    return true;
}

qint64 RecordActions::currentId() const
{
    const int row = m_list->currentRow();
    return row < 0 ? 0 : m_list->value(row, QStringLiteral("id")).toLongLong();
}

int RecordActions::runDialog(RecordDialog &dialog)
{
    if (driver())
        return driver()(dialog);
    return dialog.exec();
}

bool RecordActions::openNew(const QVariantMap &prefill)
{
    if (!m_db || !m_db->isOpen())
        return false;
    QVariantMap values = m_prefill ? m_prefill() : QVariantMap();
    for (auto it = prefill.constBegin(); it != prefill.constEnd(); ++it)
        values.insert(it.key(), it.value());
    RecordDialog dialog(m_db, m_spec, 0, values, m_parent);
    if (runDialog(dialog) != QDialog::Accepted)
        return false;
    emit saved(dialog.savedId());
    return true;
}

bool RecordActions::openEdit(qint64 id)
{
    if (!m_db || !m_db->isOpen() || !id)
        return false;
    RecordDialog dialog(m_db, m_spec, id, {}, m_parent);
    if (runDialog(dialog) != QDialog::Accepted)
        return false;
    emit saved(id);
    return true;
}

bool RecordActions::deleteCurrent()
{
    const qint64 id = currentId();
    if (!m_db || !m_db->isOpen() || !id)
        return false;
    const int row = m_list->currentRow();
    QString name = m_nameColumn.isEmpty() ? QString() : m_list->value(row, m_nameColumn).toString();
    if (name.isEmpty()) {
        const ListSpec &spec = m_list->model()->spec();
        for (const ListColumn &c : spec.columns) {
            if (c.kind == ListColumn::Kind::Text) {
                name = m_list->value(row, c.name).toString();
                break;
            }
        }
    }
    const QString what = QCoreApplication::translate(m_spec.context, m_spec.editTitle);
    if (MessageBox::question(m_parent, tr("Delete"), tr("Delete “%1”?").arg(name)) != QMessageBox::Yes)
        return false;
    QString error;
    if (!deleteRecord(m_db, m_spec.table, id, name.isEmpty() ? what : name, &error)) {
        MessageBox::warning(m_parent, tr("Cannot Delete"), error);
        return false;
    }
    emit deleted(id);
    return true;
}

} // namespace tongxin

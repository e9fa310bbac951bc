#include "funds/projectediting.h"

#include "db/database.h"
#include "funds/attachments.h"
#include "funds/fundsrules.h"
#include "funds/projectdetailwidget.h"
#include "funds/projectledgerview.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "records/recordstore.h"
#include "registers/funds.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTreeWidget>

namespace tongxin {

namespace {
qint64 currentId(QTreeWidget *list)
{
    const QTreeWidgetItem *item = list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}
} // namespace

ProjectEditing::ProjectEditing(ProjectLedgerView *ledger, ProjectDetailWidget *detail, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_detail(detail)
    , m_projects(new RecordActions(ledger->list(), FundsForms::project(), parent))
    , m_pay(new QPushButton(this))
    , m_progress(new QPushButton(this))
    , m_attach(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("projectEditing"));
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_progress->setObjectName(QStringLiteral("progressButton"));
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 0, 4, 0);
    row->addWidget(m_pay);
    row->addWidget(m_progress);
    row->addWidget(m_attach);
    row->addWidget(m_remove);
    row->addStretch(1);

    connect(m_pay, &QPushButton::clicked, this, &ProjectEditing::addPayment);
    connect(m_progress, &QPushButton::clicked, this, &ProjectEditing::addUpdate);
    connect(m_attach, &QPushButton::clicked, this, &ProjectEditing::attachFile);
    connect(m_remove, &QPushButton::clicked, this, &ProjectEditing::removeAttachment);
    connect(m_projects, &RecordActions::saved, this, &ProjectEditing::warnAboutBudgets);
    connect(m_ledger, &ProjectLedgerView::currentProjectChanged, this, &ProjectEditing::updateEnabled,
            Qt::QueuedConnection);

    // A payment or an update: double-click edits, Del deletes (both undoable).
    connect(m_detail->paymentsList(), &QTreeWidget::itemActivated, this,
            [this] { editPayment(currentId(m_detail->paymentsList())); });
    auto *deletePay = new QAction(m_detail->paymentsList());
    deletePay->setShortcut(QKeySequence::Delete);
    deletePay->setShortcutContext(Qt::WidgetShortcut);
    m_detail->paymentsList()->addAction(deletePay);
    connect(deletePay, &QAction::triggered, this, [this] { deletePayment(currentId(m_detail->paymentsList())); });
    connect(m_detail->updatesList(), &QTreeWidget::itemActivated, this, [this] {
        const qint64 id = currentId(m_detail->updatesList());
        if (!id || !m_db)
            return;
        RecordDialog dialog(m_db, FundsForms::update(m_detail->projectId()), id, {}, this);
        RecordActions::runDialog(dialog);
    });
    retranslateUi();
    updateEnabled();
}

void ProjectEditing::setDatabase(Database *db)
{
    m_db = db && db->isOpen() ? db : nullptr;
    m_projects->setDatabase(m_db);
    updateEnabled();
}

void ProjectEditing::updateEnabled()
{
    // The ledger's selection: the detail may not have been told about it yet.
    const bool project = m_db && m_ledger->currentProjectId() > 0;
    for (QPushButton *b : {m_pay, m_progress, m_attach})
        b->setEnabled(project);
    m_remove->setEnabled(project && m_detail->attachmentsList()->topLevelItemCount() > 0);
}

void ProjectEditing::warnAboutBudgets(qint64 projectId)
{
    if (!m_db)
        return;
    const QVariantMap p = RecordStore::fetch(m_db->db(), QStringLiteral("projects"), projectId);
    const QString warning = FundsRules::budgetWarning(m_db->db(), p.value(QStringLiteral("county_id")).toLongLong(),
                                                      p.value(QStringLiteral("year")).toInt());
    if (!warning.isEmpty())
        MessageBox::warning(this, tr("Budgets Above the Allocation"), warning);
}

bool ProjectEditing::addPayment()
{
    const qint64 project = m_detail->projectId();
    if (!m_db || !project)
        return false;
    RecordDialog dialog(m_db, FundsForms::payment(project), 0, {}, this);
    return RecordActions::runDialog(dialog) == QDialog::Accepted;
}

bool ProjectEditing::editPayment(qint64 paymentId)
{
    if (!m_db || !paymentId)
        return false;
    RecordDialog dialog(m_db, FundsForms::payment(m_detail->projectId()), paymentId, {}, this);
    return RecordActions::runDialog(dialog) == QDialog::Accepted;
}

bool ProjectEditing::deletePayment(qint64 paymentId)
{
    if (!m_db || !paymentId)
        return false;
    if (MessageBox::question(this, tr("Delete Payment"), tr("Delete the selected payment? Ctrl+Z undoes it."))
        != QMessageBox::Yes)
        return false;
    QString error;
    if (!deleteRecord(m_db, QStringLiteral("project_payments"), paymentId, tr("payment"), &error)) {
        MessageBox::warning(this, tr("Cannot Delete"), error);
        return false;
    }
    return true;
}

bool ProjectEditing::addUpdate()
{
    const qint64 project = m_detail->projectId();
    if (!m_db || !project)
        return false;
    RecordDialog dialog(m_db, FundsForms::update(project), 0, {}, this);
    return RecordActions::runDialog(dialog) == QDialog::Accepted;
}

bool ProjectEditing::attachFile()
{
    const qint64 project = m_detail->projectId();
    if (!m_db || !project)
        return false;
    const QString path = FileDialog::openFileName(this, tr("Attach a File"), QString(),
                                                     tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx "
                                                        "*.xls *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (Attachments::add(m_db->db(), project, path, 0, &error) <= 0) {
        MessageBox::warning(this, tr("Cannot Attach"), error);
        return false;
    }
    m_detail->showProject(project);
    updateEnabled();
    return true;
}

bool ProjectEditing::removeAttachment()
{
    const qint64 id = currentId(m_detail->attachmentsList());
    if (!m_db || !id)
        return false;
    const QString name = m_detail->attachmentsList()->currentItem()->text(0);
    if (MessageBox::question(this, tr("Remove File"), tr("Remove “%1” from this project?").arg(name)) != QMessageBox::Yes)
        return false;
    QString error;
    if (!Attachments::remove(m_db->db(), id, &error)) {
        MessageBox::warning(this, tr("Cannot Remove"), error);
        return false;
    }
    m_detail->showProject(m_detail->projectId());
    updateEnabled();
    return true;
}

void ProjectEditing::retranslateUi()
{
    m_pay->setText(tr("&Pay…"));
    m_pay->setToolTip(tr("Record a payment (拨付) against the selected project"));
    m_progress->setText(tr("Pro&gress…"));
    m_progress->setToolTip(tr("Record a progress update of the selected project"));
    m_attach->setText(tr("Attach &file…"));
    m_attach->setToolTip(tr("Store a photo or scanned document (at most 20 MB) with the selected project"));
    m_remove->setText(tr("Remove file"));
}

void ProjectEditing::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tongxin

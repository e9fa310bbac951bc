#include "audit/historydialog.h"

#include "audit/audittable.h"
#include "db/database.h"
#include "audit/auditlog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongxin {

HistoryDialog::HistoryDialog(Database *db, const QString &table, qint64 id, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1 #%2").arg(AuditLog::tableNoun(table)).arg(id));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("historySummary"));
    summary->setWordWrap(true);
    auto *list = new AuditTable(this);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    AuditFilter filter;
    filter.table = table;
    filter.rowId = id;
    QVector<AuditEntry> entries;
    QString why;
    if (!db || !db->isOpen()) {
        summary->setText(tr("No database is open."));
    } else if (!AuditLog::read(db->db(), filter, &entries, &why)) {
        summary->setText(tr("The history cannot be read: %1").arg(why));
    } else if (entries.isEmpty()) {
        summary->setText(tr("No change to this record is recorded: it was written before the audit trail began, or "
                            "in bulk (the demo, a sales import), which the trail records as one entry."));
    } else {
        summary->setText(entries.size() == 1 ? tr("One change is recorded.")
                                             : tr("%1 changes are recorded, newest first.").arg(entries.size()));
        list->setEntries(db->db(), entries);
    }
    resize(960, 420);
}

} // namespace tongxin

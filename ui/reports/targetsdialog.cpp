#include "reports/targetsdialog.h"

#include "db/database.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "registers/targets.h"
#include "widgets/listview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tongxin {

FormSpec TargetsDialog::form()
{
    return TargetsForms::target();
}

TargetsDialog::TargetsDialog(Database *db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new ListView(TargetsLists::targets(), this))
    , m_actions(new RecordActions(m_list, form(), this))
{
    setObjectName(QStringLiteral("targetsDialog"));
    m_list->setObjectName(QStringLiteral("targetsList"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_actions->setDatabase(db);
    // Saves, undos and redos all change the list.
    connect(undoStack(), &QUndoStack::indexChanged, this, &TargetsDialog::reload);
    reload();
    retranslateUi();
    resize(760, 520);
}

void TargetsDialog::reload()
{
    if (m_db && m_db->isOpen())
        m_list->load(m_db->db());
    else
        m_list->clear();
}

void TargetsDialog::retranslateUi()
{
    setWindowTitle(tr("Yearly targets"));
}

void TargetsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace tongxin

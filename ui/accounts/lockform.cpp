#include "accounts/lockform.h"

#include "accounts/dialogkit.h"
#include "db/periodlocks.h"
#include "stats/breakdowns.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tongxin {

LockForm::LockForm(const QSqlDatabase &db, const PeriodLock *unlocking, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_unlocking(unlocking != nullptr)
    , m_reason(new QLineEdit(this))
    , m_error(dialogkit::errorLine(this, QStringLiteral("lockError")))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (unlocking) {
        setWindowTitle(tr("Unlock %1").arg(unlocking->year));
        m_lockedYear = unlocking->year;
        m_lockedUnit = unlocking->countyId;
        auto *what = new QLabel(PeriodLocks::describe(*unlocking), this);
        what->setWordWrap(true);
        layout->addWidget(what);
        auto *why = new QLabel(tr("Its records can then be changed again. The lock is kept, with who unlocked it, "
                                  "when and why; the audit trail records it too."),
            this);
        why->setWordWrap(true);
        layout->addWidget(why);
    } else {
        setWindowTitle(tr("Lock a Year"));
        m_year = new QSpinBox(this);
        m_year->setObjectName(QStringLiteral("lockYear"));
        m_year->setRange(1990, 2100);
        m_year->setValue(QDate::currentDate().year() - 1);
        form->addRow(tr("&Year:"), m_year);
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("lockUnit"));
        m_unit->addItem(tr("Every western unit"), 0);
        for (const Unit &u : Breakdowns::westernUnits(db))
            m_unit->addItem(u.displayName(), u.id);
        form->addRow(tr("&Western unit:"), m_unit);
    }
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_reason->setPlaceholderText(unlocking ? tr("required: why it is unlocked") : tr("e.g. figures submitted to the province"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    QPushButton *ok = dialogkit::okCancel(this, layout, unlocking ? tr("&Unlock") : tr("&Lock"), QStringLiteral("lockSave"),
        QStringLiteral("lockCancel"));
    connect(ok, &QPushButton::clicked, this, &LockForm::save);
    setMinimumWidth(420);
}

void LockForm::save()
{
    QString why;
    const bool ok = m_unlocking
        ? PeriodLocks::unlock(m_db, m_lockedYear, m_lockedUnit, m_reason->text(), &why)
        : PeriodLocks::lock(m_db, m_year->value(), m_unit->currentData().toLongLong(), m_reason->text().trimmed(), &why);
    dialogkit::finish(this, m_error, ok, why);
}

} // namespace tongxin

#include "accounts/locksdialog.h"

#include "accounts/access.h"
#include "accounts/dialogkit.h"
#include "accounts/lockform.h"
#include "db/periodlocks.h"
#include "domain/datetext.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongxin {

LocksDialog::LocksDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_lock(new QPushButton(tr("&Lock a Year…"), this))
    , m_unlock(new QPushButton(tr("&Unlock…"), this))
{
    setWindowTitle(tr("Period Locks"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("While a year is locked, no record dated in it (of that western unit, or of every unit) "
                                "can be added, changed or deleted — by the window, the command line, an import or "
                                "another program."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    dialogkit::setUpTable(m_table, QStringLiteral("locksTable"), { tr("Year"), tr("Western unit"), tr("Locked"), tr("Reason") });
    layout->addWidget(m_table);
    m_status->setObjectName(QStringLiteral("locksStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_lock->setObjectName(QStringLiteral("lockYearButton"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    dialogkit::buttonRowAndClose(this, layout, { m_lock, m_unlock }, QStringLiteral("locksClose"));
    connect(m_lock, &QPushButton::clicked, this, &LocksDialog::lockYear);
    connect(m_unlock, &QPushButton::clicked, this, &LocksDialog::unlockSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LocksDialog::updateButtons);
    resize(680, 340);
    reload();
}

void LocksDialog::reload()
{
    QString why;
    PeriodLocks::active(m_db, &m_locks, &why);
    m_table->setRowCount(0);
    for (const PeriodLock &l : std::as_const(m_locks)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells { QString::number(l.year), l.countyId ? l.county : tr("Every western unit"),
            tr("%1 by %2").arg(datetext::localDay(l.lockedAt), l.lockedBy), l.reason };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_status->setText(!why.isEmpty() ? why : m_locks.isEmpty() ? tr("No year is locked.") : QString());
    updateButtons();
}

void LocksDialog::updateButtons()
{
    const QString lockRefused = Access::adminRefusal(m_db, PeriodLocks::tr("lock a year"));
    m_lock->setEnabled(lockRefused.isEmpty());
    m_lock->setToolTip(lockRefused.isEmpty() ? tr("Lock a year of one western unit or of all") : lockRefused);
    const QString unlockRefused = m_table->selectedItems().isEmpty()
        ? tr("Select a lock first.")
        : Access::adminRefusal(m_db, PeriodLocks::tr("unlock a year"));
    m_unlock->setEnabled(unlockRefused.isEmpty());
    m_unlock->setToolTip(unlockRefused.isEmpty() ? tr("End the selected lock, saying why") : unlockRefused);
}

void LocksDialog::lockYear()
{
    LockForm form(m_db, nullptr, this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void LocksDialog::unlockSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const PeriodLock lock = m_locks.value(selected.constFirst()->row());
    LockForm form(m_db, &lock, this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

} // namespace tongxin

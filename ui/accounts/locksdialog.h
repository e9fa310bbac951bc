#pragma once

#include "db/periodlocks.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QVector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tongxin {

/// Settings ▸ Period Locks…: the years locked, for which western unit, by whom, when and why;
/// Lock a Year… and Unlock… (a reason required), an administrator's acts: for anyone else the
/// buttons are disabled, their tooltip saying why, and core refuses them anyway.
class LocksDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LocksDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

private:
    void reload();
    void updateButtons();
    void lockYear();
    void unlockSelected();

    QSqlDatabase m_db;
    QVector<PeriodLock> m_locks;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_lock;
    QPushButton *m_unlock;
};

} // namespace tongxin

#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tongxin {

struct PeriodLock;

/// Locks a year (the year, every western unit or one, a reason), or unlocks one (its reason,
/// required). Its button asks core (PeriodLocks); a refusal stays in the form with the reason;
/// Cancel changes nothing.
class LockForm final : public QDialog
{
    Q_OBJECT
public:
    /// Locking a year when `unlocking` is null; else unlocking that lock.
    LockForm(const QSqlDatabase &db, const PeriodLock *unlocking, QWidget *parent = nullptr);

private:
    void save();

    QSqlDatabase m_db;
    bool m_unlocking = false;
    int m_lockedYear = 0;
    qint64 m_lockedUnit = 0;
    QSpinBox *m_year = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace tongxin

#pragma once

#include "accounts/accounts.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tongxin {

/// A new account (name, role, a county working group's units, password twice), or a new
/// password for one. Its OK button asks core (Accounts), which refuses what the account working
/// may not do; the form stays open with the reason. Cancel leaves everything as it was.
class AccountForm final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        FirstAccount, ///< enables accounts: an administrator
        Add,
        Password, ///< a new password for `name`
    };
    AccountForm(const QSqlDatabase &db, Mode mode, const QString &name = QString(), QWidget *parent = nullptr);

private:
    void save();
    void roleChanged();

    QSqlDatabase m_db;
    Mode m_mode;
    QLineEdit *m_name;
    QComboBox *m_role = nullptr;
    QListWidget *m_units = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_again;
    QLabel *m_error;
};

} // namespace tongxin

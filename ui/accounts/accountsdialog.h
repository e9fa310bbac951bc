#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tongxin {

/// Settings ▸ Accounts…: the accounts of the database, their roles and units, who added and who
/// disabled them; Enable accounts (the first, an administrator's), Add, Disable and Change
/// password. What the account working may not do is disabled, its tooltip saying why; core
/// refuses it anyway.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

private:
    void reload();
    void updateButtons();
    QString selectedName() const;
    void add();
    void disableSelected();
    void changePassword();

    QSqlDatabase m_db;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_disable;
    QPushButton *m_password;
};

} // namespace tongxin

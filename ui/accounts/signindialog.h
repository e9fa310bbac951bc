#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tongxin {

/// Asked when a database with accounts opens: the account's name and password. Sign in checks
/// them in core (a wrong pair takes seconds to answer) and stays open with the reason until they
/// are right; Cancel (or Esc) leaves the database unopened.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const QSqlDatabase &db, const QString &file, QWidget *parent = nullptr);

private:
    void signIn();

    QSqlDatabase m_db;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace tongxin

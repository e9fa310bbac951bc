#include "accounts/signindialog.h"

#include "accounts/accounts.h"
#include "accounts/dialogkit.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongxin {

SignInDialog::SignInDialog(const QSqlDatabase &db, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(dialogkit::errorLine(this, QStringLiteral("signInError")))
{
    setWindowTitle(tr("Sign In"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 has accounts: sign in to work on it.").arg(QFileInfo(file).fileName()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("signInName"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Account:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    layout->addWidget(m_error);
    m_signIn = dialogkit::okCancel(this, layout, tr("&Sign In"), QStringLiteral("signInButton"), QStringLiteral("signInCancel"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    setMinimumWidth(360);
}

void SignInDialog::signIn()
{
    m_signIn->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString why;
    const bool ok = Accounts::signIn(m_db, m_name->text(), m_password->text(), &why);
    QApplication::restoreOverrideCursor();
    m_signIn->setEnabled(true);
    dialogkit::finish(this, m_error, ok, why);
    if (ok)
        return;
    m_password->clear();
    m_password->setFocus();
}

} // namespace tongxin

#include "accounts/accountsdialog.h"

#include "accounts/access.h"
#include "accounts/accountform.h"
#include "accounts/accounts.h"
#include "accounts/dialogkit.h"
#include "domain/datetext.h"
#include "shell/messagebox.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongxin {

namespace {

void setTip(QPushButton *button, const QString &refused, const QString &tip)
{
    button->setEnabled(refused.isEmpty());
    button->setToolTip(refused.isEmpty() ? tip : refused);
}

} // namespace

AccountsDialog::AccountsDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_password(new QPushButton(tr("Change &Password…"), this))
{
    setWindowTitle(tr("Accounts"));
    auto *layout = new QVBoxLayout(this);
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    dialogkit::setUpTable(m_table, QStringLiteral("accountsTable"),
        { tr("Name"), tr("Role"), tr("Western units"), tr("Added"), tr("Disabled") });
    layout->addWidget(m_table);
    m_add->setObjectName(QStringLiteral("addAccount"));
    m_disable->setObjectName(QStringLiteral("disableAccount"));
    m_password->setObjectName(QStringLiteral("changePassword"));
    dialogkit::buttonRowAndClose(this, layout, { m_add, m_disable, m_password }, QStringLiteral("accountsClose"));
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::add);
    connect(m_disable, &QPushButton::clicked, this, &AccountsDialog::disableSelected);
    connect(m_password, &QPushButton::clicked, this, &AccountsDialog::changePassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    resize(720, 360);
    reload();
}

void AccountsDialog::reload()
{
    QVector<Account> accounts;
    QString why;
    Accounts::list(m_db, &accounts, &why);
    m_table->setRowCount(0);
    for (const Account &a : accounts) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells { a.name, Accounts::roleName(a.role), a.units.join(QStringLiteral(", ")),
            tr("%1 by %2").arg(datetext::localDay(a.createdAt), a.createdBy),
            a.disabled() ? tr("%1 by %2").arg(datetext::localDay(a.disabledAt), a.disabledBy) : QString() };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    const std::optional<Account> me = Accounts::current(m_db);
    if (!why.isEmpty())
        m_status->setText(why);
    else if (accounts.isEmpty())
        m_status->setText(tr("This database has no accounts: whoever opens it works, named by their login. Enable "
                             "accounts to say who may change what."));
    else if (me)
        m_status->setText(tr("Signed in as %1 (%2).").arg(me->name, Accounts::roleName(me->role)));
    else
        m_status->clear();
    m_add->setText(accounts.isEmpty() ? tr("&Enable Accounts…") : tr("&Add Account…"));
    updateButtons();
}

QString AccountsDialog::selectedName() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : m_table->item(selected.constFirst()->row(), 0)->text();
}

void AccountsDialog::updateButtons()
{
    const bool none = !Accounts::enabled(m_db);
    setTip(m_add, none ? QString() : Access::adminRefusal(m_db, tr("add an account")),
        none ? tr("Create the first account, an administrator's") : tr("Add an account with its role"));
    const QString name = selectedName();
    const QString noSelection = tr("Select an account first.");
    setTip(m_disable, name.isEmpty() ? noSelection : Access::adminRefusal(m_db, tr("disable an account")),
        tr("Disable the selected account: it can no longer sign in; the audit trail keeps its name"));
    const std::optional<Account> me = Accounts::current(m_db);
    const bool self = me && me->name == name;
    setTip(m_password,
        name.isEmpty() ? noSelection : self ? QString() : Access::adminRefusal(m_db, tr("change another account's password")),
        tr("Set a new password for the selected account"));
}

void AccountsDialog::add()
{
    AccountForm form(m_db, Accounts::enabled(m_db) ? AccountForm::Mode::Add : AccountForm::Mode::FirstAccount, QString(), this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::disableSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()
        || MessageBox::question(this, tr("Disable Account"),
               tr("Disable the account %1? It can no longer sign in; its changes in the audit trail keep its name.").arg(name))
            != QMessageBox::Yes)
        return;
    QString why;
    if (!Accounts::disable(m_db, name, &why))
        MessageBox::warning(this, tr("Cannot Disable Account"), why);
    reload();
}

void AccountsDialog::changePassword()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    AccountForm form(m_db, AccountForm::Mode::Password, name, this);
    if (form.exec() == QDialog::Accepted)
        MessageBox::information(this, tr("Password Changed"), tr("The password of %1 was changed.").arg(name));
}

} // namespace tongxin

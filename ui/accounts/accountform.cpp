#include "accounts/accountform.h"

#include "accounts/dialogkit.h"
#include "stats/breakdowns.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongxin {

AccountForm::AccountForm(const QSqlDatabase &db, Mode mode, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
    , m_name(new QLineEdit(name, this))
    , m_password(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_error(dialogkit::errorLine(this, QStringLiteral("accountError")))
{
    setWindowTitle(mode == Mode::FirstAccount ? tr("Enable Accounts")
            : mode == Mode::Add                ? tr("Add Account")
                                               : tr("Change Password of %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::FirstAccount) {
        auto *intro = new QLabel(tr("The first account is an administrator's. From then on Tongxin and tongxin-cli ask "
                                    "who is working, each change in the audit trail names the account, and what a "
                                    "role may not do is refused. Accounts are disabled, never deleted."),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setReadOnly(mode == Mode::Password);
    form->addRow(tr("&Name:"), m_name);
    if (mode != Mode::Password) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("accountRole"));
        for (int i = 0; i < Accounts::roleCodes().size(); ++i) {
            if (mode == Mode::FirstAccount && AccountRole(i) != AccountRole::Administrator)
                continue;
            m_role->addItem(Accounts::roleName(AccountRole(i)), i);
        }
        form->addRow(tr("&Role:"), m_role);
        m_units = new QListWidget(this);
        m_units->setObjectName(QStringLiteral("accountUnits"));
        for (const Unit &u : Breakdowns::westernUnits(db)) {
            auto *item = new QListWidgetItem(u.displayName(), m_units);
            item->setData(Qt::UserRole, u.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_units->setMaximumHeight(120);
        form->addRow(tr("&Western units:"), m_units);
        connect(m_role, &QComboBox::currentIndexChanged, this, &AccountForm::roleChanged);
        roleChanged();
    }
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_again->setObjectName(QStringLiteral("accountPasswordAgain"));
    for (QLineEdit *e : { m_password, m_again })
        e->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(Accounts::MinPasswordLength));
    form->addRow(mode == Mode::Password ? tr("New &password:") : tr("&Password:"), m_password);
    form->addRow(tr("&Again:"), m_again);
    layout->addLayout(form);
    layout->addWidget(m_error);
    QPushButton *ok = dialogkit::okCancel(this, layout,
        mode == Mode::FirstAccount ? tr("&Enable Accounts")
            : mode == Mode::Add    ? tr("&Add")
                                   : tr("&Change Password"),
        QStringLiteral("accountSave"), QStringLiteral("accountCancel"));
    connect(ok, &QPushButton::clicked, this, &AccountForm::save);
    (mode == Mode::Password ? m_password : m_name)->setFocus();
    setMinimumWidth(420);
}

void AccountForm::roleChanged()
{
    const bool county = AccountRole(m_role->currentData().toInt()) == AccountRole::County;
    m_units->setEnabled(county);
    m_units->setToolTip(county ? tr("The western units this working group writes; it reads all.")
                               : tr("Only a county working group's account has western units."));
}

void AccountForm::save()
{
    QString why;
    bool ok = false;
    if (m_password->text() != m_again->text()) {
        why = tr("The two passwords differ.");
    } else if (m_mode == Mode::Password) {
        ok = Accounts::setPassword(m_db, m_name->text(), m_password->text(), &why);
    } else {
        const AccountRole role = AccountRole(m_role->currentData().toInt());
        QVector<qint64> units;
        for (int i = 0; role == AccountRole::County && i < m_units->count(); ++i) {
            if (m_units->item(i)->checkState() == Qt::Checked)
                units << m_units->item(i)->data(Qt::UserRole).toLongLong();
        }
        ok = Accounts::add(m_db, m_name->text(), role, units, m_password->text(), &why);
    }
    dialogkit::finish(this, m_error, ok, why);
}

} // namespace tongxin

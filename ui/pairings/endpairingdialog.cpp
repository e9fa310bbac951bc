#include "pairings/endpairingdialog.h"
#include "widgets/datefield.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tongxin {

namespace {

std::function<int(EndPairingDialog &)> &endDriver()
{
    static std::function<int(EndPairingDialog &)> d;
    return d;
}

} // namespace

EndPairingDialog::EndPairingDialog(const QString &what, const QDate &start, QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new DateField(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("endPairingDialog"));
    m_label->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("endDate"));
    if (start.isValid())
        m_date->setDateRange(start, QDate());
    m_date->setDate(qMax(QDate::currentDate(), start.isValid() ? start : QDate::currentDate()));
    setMinimumWidth(420);
    m_label->setText(what);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(m_dateLabel, m_date);
    m_dateLabel->setBuddy(m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // A date that is not one, or before the pairing began, is said under the field; the
    // dialog stays open with what was typed.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->insertWidget(2, m_message);
    connect(m_date, &DateField::dateChanged, m_message, &QLabel::clear);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString why = m_date->isEmpty() ? tr("Type the date the pairing ended.") : m_date->problem();
        m_message->setText(why);
        if (why.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QDate EndPairingDialog::date() const
{
    return m_date->date();
}

void EndPairingDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void EndPairingDialog::setDriver(std::function<int(EndPairingDialog &)> driver)
{
    endDriver() = std::move(driver);
}

QDate EndPairingDialog::ask(QWidget *parent, const QString &what, const QDate &start)
{
    EndPairingDialog dialog(what, start, parent);
    const int result = endDriver() ? endDriver()(dialog) : dialog.exec();
    return result == QDialog::Accepted ? dialog.date() : QDate();
}

void EndPairingDialog::retranslateUi()
{
    setWindowTitle(tr("End Pairing"));
    m_dateLabel->setText(tr("Ended on:"));
    m_date->setToolTip(tr("The pairing is marked ended on this date; Ctrl+Z undoes it"));
}

void EndPairingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace tongxin

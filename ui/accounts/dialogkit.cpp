#include "accounts/dialogkit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongxin::dialogkit {

QLabel *errorLine(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void finish(QDialog *form, QLabel *error, bool ok, const QString &why)
{
    if (ok) {
        form->accept();
        return;
    }
    error->setText(why);
    error->show();
}

QPushButton *okCancel(QDialog *form, QVBoxLayout *layout, const QString &okText, const QString &okName,
    const QString &cancelName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, form);
    QPushButton *ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(okName);
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(cancelName);
    QObject::connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    layout->addWidget(buttons);
    return ok;
}

void setUpTable(QTableWidget *table, const QString &objectName, const QStringList &headers)
{
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

void buttonRowAndClose(QDialog *dialog, QVBoxLayout *layout, std::initializer_list<QPushButton *> buttons,
    const QString &closeName)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    row->addStretch();
    layout->addLayout(row);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    close->button(QDialogButtonBox::Close)->setObjectName(closeName);
    QObject::connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
    layout->addWidget(close);
}

} // namespace tongxin::dialogkit

#include "funds/allocationsdialog.h"

#include "db/database.h"
#include "funds/fundsquery.h"
#include "money/money.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "registers/funds.h"
#include "stats/breakdowns.h"
#include "widgets/listview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tongxin {

AllocationsDialog::AllocationsDialog(Database *db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new ListView(FundsLists::allocations(), this))
    , m_actions(new RecordActions(m_list, FundsForms::allocation(), this))
    , m_totals(new QTableWidget(this))
{
    setObjectName(QStringLiteral("allocationsDialog"));
    m_list->setObjectName(QStringLiteral("allocationsList"));
    m_totals->setObjectName(QStringLiteral("allocationTotals"));
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->verticalHeader()->setVisible(true);
    m_totals->setMaximumHeight(170);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_totals);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_actions->setDatabase(db);
    connect(undoStack(), &QUndoStack::indexChanged, this, &AllocationsDialog::reload);
    connect(m_actions, &RecordActions::imported, this, &AllocationsDialog::reload);
    reload();
    retranslateUi();
    resize(900, 600);
}

// Totals by unit (rows) and year (columns), from the funds core's one query.
void AllocationsDialog::reload()
{
    m_totals->clear();
    if (!m_db || !m_db->isOpen()) {
        m_list->clear();
        return;
    }
    m_list->load(m_db->db());
    const QVector<Unit> units = Breakdowns::westernUnits(m_db->db());
    const QVector<Cell> cells = FundsQuery::allocatedByUnitYear(m_db->db(), Filter());
    QStringList years;
    QMap<QPair<QString, QString>, qint64> value;
    for (const Cell &c : cells) {
        if (!years.contains(c.column))
            years << c.column;
        value[{c.row, c.column}] += c.value;
    }
    years.sort();
    // One unit for the whole table (万元 / thousand yuan), named in the caption above it.
    const Money::Unit unit = Money::displayUnitOf(Money::currentStyle());
    m_totals->setToolTip(tr("Amounts in %1").arg(Money::unitName(unit)));
    m_totals->setRowCount(units.size() + 1);
    m_totals->setColumnCount(years.size() + 1);
    QStringList rowNames;
    QVector<qint64> columnSums(years.size() + 1, 0);
    for (int r = 0; r < units.size(); ++r) {
        rowNames << units.at(r).displayName();
        qint64 rowSum = 0;
        for (int c = 0; c < years.size(); ++c) {
            const qint64 v = value.value({QString::number(units.at(r).id), years.at(c)});
            rowSum += v;
            columnSums[c] += v;
            auto *item = new QTableWidgetItem(Money::amount(v, unit));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(r, c, item);
        }
        columnSums[years.size()] += rowSum;
        auto *item = new QTableWidgetItem(Money::amount(rowSum, unit));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_totals->setItem(r, years.size(), item);
    }
    rowNames << tr("Total");
    for (int c = 0; c <= years.size(); ++c) {
        auto *item = new QTableWidgetItem(Money::amount(columnSums.at(c), unit));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_totals->setItem(units.size(), c, item);
    }
    m_totals->setVerticalHeaderLabels(rowNames);
    QStringList headers;
    for (const QString &y : std::as_const(years))
        headers << tr("%1 (%2)").arg(y, Money::unitName(unit));
    m_totals->setHorizontalHeaderLabels(headers << tr("Total (%1)").arg(Money::unitName(unit)));
    m_totals->resizeColumnsToContents();
}

void AllocationsDialog::retranslateUi()
{
    setWindowTitle(tr("Fiscal aid allocated"));
}

void AllocationsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace tongxin

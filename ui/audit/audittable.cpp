#include "audit/audittable.h"


#include <QHeaderView>

namespace tongxin {

AuditTable::AuditTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("auditTable"));
    setColumnCount(6);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    retranslateUi();
}

void AuditTable::retranslateUi()
{
    setHorizontalHeaderLabels({ tr("No."), tr("Time"), tr("Who"), tr("Done"), tr("Record"), tr("Changes") });
    setEntries(m_db, m_entries);
}

void AuditTable::setEntries(const QSqlDatabase &db, const QVector<AuditEntry> &entries)
{
    m_db = db;
    m_entries = entries;
    setRowCount(0);
    setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        const QString changes = db.isOpen() ? e.changes(db) : QString();
        const QStringList cells { QString::number(e.id), e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            e.who(), e.operationText(), e.record(), changes };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 5)
                item->setToolTip(changes);
            if (column == 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, column, item);
        }
    }
    // The changes take the width left; a long one is elided, whole in its tooltip.
    for (int column = 0; column < 5; ++column)
        resizeColumnToContents(column);
}

} // namespace tongxin

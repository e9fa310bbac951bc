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
    setHorizontalHeaderLabels(AuditLog::headers());
    setEntries(m_db, m_entries);
}

void AuditTable::setEntries(const QSqlDatabase &db, const QVector<AuditEntry> &entries)
{
    m_db = db;
    m_entries = entries;
    setRowCount(0);
    setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const QStringList cells = AuditLog::cells(db, entries.at(row));
        const QString &changes = cells.constLast();
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

#pragma once

#include <QDialog>

class QTableWidget;

namespace tongxin {

class Database;
class ListView;
class RecordActions;

/// Fiscal aid allocated (下达) per western unit per year, with source and document number: the
/// list with New / Edit / Delete, and the totals by unit and year.
class AllocationsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AllocationsDialog(Database *db, QWidget *parent = nullptr);

    ListView *list() const { return m_list; }
    RecordActions *actions() const { return m_actions; }
    QTableWidget *totals() const { return m_totals; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    Database *m_db;
    ListView *m_list;
    RecordActions *m_actions;
    QTableWidget *m_totals;
};

} // namespace tongxin

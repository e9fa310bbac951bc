#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace tongxin {

class Database;
class ListView;
class RecordActions;

/// The Outlets tab of the Consumption aid page: showrooms, counters, shops, supermarket points,
/// online stores and livestream rooms in a list (filter by kind, search), New/Edit/Delete
/// through the records framework (ConsumptionForms::outlet(): closed on or after opened, a name
/// of its own), and the totals of the outlets shown by kind.
class OutletsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit OutletsTab(QWidget *parent = nullptr);
    ~OutletsTab() override;

    void setDatabase(Database *db);
    /// Reads the list again and counts it.
    void reload();

    ListView *list() const { return m_list; }
    RecordActions *actions() const { return m_actions; }
    QComboBox *kindFilter() const { return m_kind; }
    QLabel *totalsLabel() const { return m_totals; }

signals:
    /// An outlet was saved or deleted (the ledger's outlet filter reads them again).
    void outletsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillKinds();
    void renderTotals();
    void retranslateUi();

    Database *m_db = nullptr;
    QComboBox *m_kind;
    ListView *m_list;
    RecordActions *m_actions;
    QLabel *m_totals;
};

} // namespace tongxin

#pragma once

#include <QWidget>

class QPushButton;

namespace tongxin {

class Database;
class ProjectDetailWidget;
class ProjectLedgerView;
class RecordActions;

/// The writes of the Funds page: New / Edit / Delete of projects in the ledger, and for the
/// selected project a bar of Pay…, Progress…, Attach file… and Remove file. Payments and
/// updates go through the undo stack (Ctrl+Z); a payment above the budget is refused with the
/// amounts named; a unit's budgets above its allocation are warned about after a save.
/// Double-clicking a payment or an update edits it, Del deletes it.
class ProjectEditing final : public QWidget
{
    Q_OBJECT
public:
    ProjectEditing(ProjectLedgerView *ledger, ProjectDetailWidget *detail, QWidget *parent = nullptr);

    void setDatabase(Database *db);
    RecordActions *projectActions() const { return m_projects; }

    bool addPayment();
    bool addUpdate();
    /// Stores a file (at most 20 MB) with the selected project; the file dialog asks for it.
    bool attachFile();
    bool removeAttachment();
    bool editPayment(qint64 paymentId);
    bool deletePayment(qint64 paymentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void warnAboutBudgets(qint64 projectId);
    void retranslateUi();
    void updateEnabled();

    Database *m_db = nullptr;
    ProjectLedgerView *m_ledger;
    ProjectDetailWidget *m_detail;
    RecordActions *m_projects;
    QPushButton *m_pay;
    QPushButton *m_progress;
    QPushButton *m_attach;
    QPushButton *m_remove;
};

} // namespace tongxin

#pragma once

#include "audit/auditlog.h"
#include "shell/page.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace tongxin {

class AuditTable;
class DateField;

/// The audit trail: who changed what and when, newest first, filtered by register, user,
/// operation and days; and the check of its seals (the same as `tongxin-cli check`'s).
class AuditPage final : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;
    /// Every write adds to the trail: reload after any.
    QStringList readsTables() const override { return {}; }
    /// {"table", "id"}: shows that record's history.
    void handleRequest(const QVariantMap &request) override;

    static constexpr int MaxShown = 2000;

protected:
    void changeEvent(QEvent *event) override;
    /// Shown: read again (another program, the CLI, may have written since).
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void fillChoices();
    void checkSeals();
    /// Export…: every entry the filters choose (not only the newest shown), to .xlsx or .csv.
    void exportEntries();
    AuditFilter filter() const;
    void retranslateUi();

    Database *m_db = nullptr;
    QComboBox *m_table;
    QComboBox *m_user;
    QComboBox *m_operation;
    DateField *m_since;
    DateField *m_until;
    QPushButton *m_check;
    QPushButton *m_export;
    QLabel *m_count;
    QLabel *m_sealState;
    AuditTable *m_list;
    QLabel *m_labels[5] = {};
    qint64 m_record = 0; // a record's history asked for by another page; 0 = any
};

} // namespace tongxin

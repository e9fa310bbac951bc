#pragma once

#include <QDialog>

class QComboBox;

namespace tongxin {

class Database;
class ListView;
class RecordActions;
struct FormSpec;

/// The yearly targets per indicator and western unit, which the yearly report and the
/// statistical workbook set against the actual figures: a list with New / Edit / Delete.
class TargetsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TargetsDialog(Database *db, QWidget *parent = nullptr);

    ListView *list() const { return m_list; }
    RecordActions *actions() const { return m_actions; }
    /// The form of one target (indicator, unit, year, value; money in yuan): TargetsForms::target().
    static FormSpec form();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    Database *m_db;
    ListView *m_list;
    RecordActions *m_actions;
};

} // namespace tongxin

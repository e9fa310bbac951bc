#pragma once

#include "imports/registerimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tongxin {

class Database;

/// Imports the records of one register from a CSV file or a workbook sheet (RegisterImport):
/// choose the file (and the sheet), Check lists every problem with its row, column and cell and
/// writes nothing, Import writes every row or, with a problem and without "skip invalid rows",
/// nothing. Also writes the register's empty import file. Opened by a list's "Import…" button.
class RegisterImportDialog final : public QDialog
{
    Q_OBJECT
public:
    RegisterImportDialog(Database *db, const QString &table, QWidget *parent = nullptr);

    /// Records the dialog's imports added (0 when nothing was written).
    qint64 added() const { return m_added; }
    /// What the last Check or Import found.
    const RegisterImportResult &result() const { return m_result; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void writeTemplate();
    void run(bool dryRun);
    void showResult();
    void retranslateUi();
    QString title() const;

    Database *m_db;
    QString m_table;
    QLabel *m_intro;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QPushButton *m_template;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QCheckBox *m_skip;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QPushButton *m_check;
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;
    RegisterImportResult m_result;
    bool m_ran = false;
    qint64 m_added = 0;
};

} // namespace tongxin

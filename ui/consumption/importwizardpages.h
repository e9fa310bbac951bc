#pragma once

#include "consumption/salesfields.h"

#include <QVector>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace tongxin {

class ImportWizard;
class ImportWizardIssues;

/// Step 1: the file (CSV or .xlsx), and the import template.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool isComplete() const override;
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *templateButton() const { return m_template; }
    QLabel *infoLabel() const { return m_info; }
    void showTemplateSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void updateInfo();
    void retranslateUi();

    ImportWizard *m_wizard;
    QLabel *m_intro;
    QLabel *m_fileLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_info;
    QFrame *m_templateBox;
    QLabel *m_templateText;
    QPushButton *m_template;
    QLabel *m_templateSaved;
    QString m_savedPath;
};

/// Step 2: the first rows as read, with the encoding (CSV), the sheet (.xlsx) and the header row.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *sheetCombo() const { return m_sheet; }
    QSpinBox *headerRowSpin() const { return m_headerRow; }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fillChoices();
    void retranslateUi();

    ImportWizard *m_wizard;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_detected;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QLabel *m_headerLabel;
    QSpinBox *m_headerRow;
    QTableWidget *m_table;
    QLabel *m_note;
};

/// Step 3: which column holds each field; prefilled from the headers or the mapping
/// remembered for the source.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// The combo of a field (items: "not in the file" with data -1, then each column by index).
    QComboBox *combo(SalesField field) const { return m_combos.at(int(field)); }
    QLabel *statusLabel() const { return m_status; }
    QLabel *missingLabel() const { return m_missing; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void chosen();
    void updateSamples();
    void retranslateUi();

    ImportWizard *m_wizard;
    QLabel *m_status;
    QLabel *m_fieldHeader;
    QLabel *m_columnHeader;
    QLabel *m_sampleHeader;
    QVector<QLabel *> m_labels;
    QVector<QComboBox *> m_combos;
    QVector<QLabel *> m_samples;
    QPushButton *m_reset;
    QLabel *m_missing;
    bool m_filling = false;
};

/// Step 4: the dry run: counts, every problem, Add or Overwrite, importing only the valid rows.
class ImportValidatePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportValidatePage(ImportWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QRadioButton *addButton() const { return m_add; }
    QRadioButton *overwriteButton() const { return m_overwrite; }
    QCheckBox *skipInvalidCheck() const { return m_skip; }
    QCheckBox *outsidePeriodCheck() const { return m_outside; }
    QTableView *issuesView() const { return m_issuesView; }
    ImportWizardIssues *issues() const { return m_issues; }
    QLabel *countLabel(const QString &name) const;
    QLabel *statusLabel() const { return m_status; }
    QPushButton *recheckButton() const { return m_recheck; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void started(bool dryRun);
    void progressed(qint64 done, qint64 total);
    void finished(bool dryRun);
    void render();
    void retranslateUi();

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QVector<QLabel *> m_countTitles;
    QVector<QLabel *> m_counts;
    QLabel *m_issuesTitle;
    QTableView *m_issuesView;
    ImportWizardIssues *m_issues;
    QLabel *m_modeTitle;
    QButtonGroup *m_modes;
    QRadioButton *m_add;
    QRadioButton *m_overwrite;
    QCheckBox *m_skip;
    QCheckBox *m_outside;
    QLabel *m_status;
    QPushButton *m_recheck;
};

/// Step 5: the import itself, with progress and Cancel.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *progressLabel() const { return m_label; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void progressed(qint64 done, qint64 total);
    void waiting();
    void finished(bool dryRun);
    void retranslateUi();

    ImportWizard *m_wizard;
    QLabel *m_what;
    QProgressBar *m_progress;
    QLabel *m_label;
    QPushButton *m_cancel;
    QLabel *m_note;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancelling = false;
    bool m_waiting = false; ///< another program holds the write lock
};

/// Step 6: what the import did.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);
    void initializePage() override;
    QLabel *headlineLabel() const { return m_headline; }
    QLabel *detailsLabel() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslateUi();

    ImportWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_details;
};

} // namespace tongxin

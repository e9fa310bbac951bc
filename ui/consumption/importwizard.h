#pragma once

#include "consumption/importwizardrunner.h"
#include "consumption/salesimport.h"
#include "io/csvreader.h"

#include <QWizard>

namespace tongxin {

class Database;
class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSummaryPage;
class ImportValidatePage;

/// The sales import wizard of issue #5: choose a file → preview its first rows (encoding and
/// sheet) → map columns to fields (remembered per source) → validate (a dry run listing every
/// problem; Add or Overwrite chosen explicitly) → import (a worker thread, progress, Cancel
/// leaves the database as it was) → summary. Also saves the import template.
///
/// Tests drive it without exec(): show() it, call setFile() / the pages' widgets, next(), and
/// wait with QTRY_* while isBusy(). All message boxes and file dialogs go through the seams.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, ValidatePageId, ImportPageId, SummaryPageId };
    /// Where the current mapping came from.
    enum class MappingSource { Headers, Remembered, User };
    /// Rows read for the preview (the core looks for the header row in the first 20).
    static constexpr int PreviewRows = 50;

    explicit ImportWizard(Database *db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Database *database() const { return m_db; }

    /// Chooses the file to import: reads its sheets and, for CSV, detects the encoding, then
    /// reads the preview. False (see fileError()) when it cannot be read.
    bool setFile(const QString &path);
    QString file() const { return m_file; }
    QString fileError() const { return m_fileError; }
    bool hasFile() const { return !m_file.isEmpty() && m_fileError.isEmpty(); }
    bool isWorkbook() const { return m_workbook; }

    /// CSV: the encoding detected when the file was chosen, and the one used.
    CsvReader::Encoding detectedEncoding() const { return m_detected; }
    bool hasByteOrderMark() const { return m_bom; }
    CsvReader::Encoding encoding() const { return m_encoding; }
    void setEncoding(CsvReader::Encoding encoding);
    /// Display name of an encoding ("UTF-8", "GB18030").
    static QString encodingText(CsvReader::Encoding encoding);
    /// "1 row", "12,345 rows" in the current language.
    static QString rowsText(qint64 rows);

    /// Workbooks: the sheets, and the one chosen (0-based).
    QStringList sheetNames() const { return m_sheets; }
    int sheet() const { return m_sheet; }
    void setSheet(int index);

    /// The first rows of the chosen sheet (blank rows as empty lists) and their row numbers.
    const QVector<QStringList> &previewRows() const { return m_preview; }
    const QVector<int> &previewRowNumbers() const { return m_previewNumbers; }
    /// The 1-based row holding the column headers: found (the first row naming every required
    /// field, else the first non-blank row) or chosen.
    int headerRow() const { return m_headerRow; }
    void setHeaderRow(int row);
    QStringList headers() const;
    /// The cells of the first data row below the header (for samples on the mapping page).
    QStringList sampleRow() const;

    SalesMapping mapping() const { return m_mapping; }
    void setMapping(const SalesMapping &mapping); ///< a user's choice
    MappingSource mappingSource() const { return m_mappingSource; }
    /// The mapping the headers give by themselves.
    SalesMapping headerMapping() const;
    /// Remembers the mapping for this source when it is not what the headers give.
    void rememberMapping();

    /// The mode of the import; no mode until the user chose one.
    bool hasMode() const { return m_modeChosen; }
    SalesImportOptions::Mode mode() const { return m_mode; }
    void setMode(SalesImportOptions::Mode mode);
    bool skipInvalid() const { return m_skipInvalid; }
    void setSkipInvalid(bool skip);
    /// Import the rows dated outside the office's period (the check lists them as warnings).
    bool allowOutsidePeriod() const { return m_allowOutsidePeriod; }
    void setAllowOutsidePeriod(bool allow) { m_allowOutsidePeriod = allow; }

    /// Starts a dry run (validation) or the import in the worker; false when one is running.
    bool startDryRun();
    bool startImport();
    /// Stops the dry run or import running (nothing is written).
    void cancelRun();
    /// A dry run or an import is running.
    bool isBusy() const;
    /// The last dry run, and the import.
    const SalesImportResult &validation() const { return m_validation; }
    const SalesImportResult &importResult() const { return m_result; }
    bool hasValidation() const { return m_validated; }
    bool hasImported() const { return m_importDone; }
    ImportWizardRunner *runner() const { return m_runner; }

    /// Asks where, then writes the import template in the current language (.xlsx or .csv).
    bool saveTemplate();

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportValidatePage *validatePage() const { return m_validatePage; }
    ImportRunPage *runPage() const { return m_runPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

signals:
    void fileChanged();
    void previewChanged();
    void mappingChanged();
    void runStarted(bool dryRun);
    void runProgress(qint64 done, qint64 total);
    void runFinished(bool dryRun);
    /// Rows were written to the ledger (emitted once the import committed).
    void imported(qint64 rows);

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void readPreview();
    void findHeaderRow();
    void resetMapping();
    void runEnded();
    void retranslateUi();
    ImportWizardRunner::Job job(bool dryRun) const;

    Database *m_db;
    ImportWizardRunner *m_runner;
    QString m_file;
    QString m_fileError;
    bool m_workbook = false;
    CsvReader::Encoding m_detected = CsvReader::Encoding::Utf8;
    CsvReader::Encoding m_encoding = CsvReader::Encoding::Utf8;
    bool m_bom = false;
    QStringList m_sheets;
    int m_sheet = 0;
    QVector<QStringList> m_preview;
    QVector<int> m_previewNumbers;
    int m_headerRow = 0;
    SalesMapping m_mapping;
    MappingSource m_mappingSource = MappingSource::Headers;
    QString m_signature;
    bool m_modeChosen = true; // "add" is chosen when the wizard starts (issue #10)
    SalesImportOptions::Mode m_mode = SalesImportOptions::Mode::Add;
    bool m_skipInvalid = false;
    bool m_allowOutsidePeriod = false;
    bool m_runIsDry = true;
    bool m_validated = false;
    bool m_importDone = false;
    SalesImportResult m_validation;
    SalesImportResult m_result;

    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportValidatePage *m_validatePage;
    ImportRunPage *m_runPage;
    ImportSummaryPage *m_summaryPage;
};

} // namespace tongxin

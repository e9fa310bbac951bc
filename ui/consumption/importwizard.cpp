#include "consumption/importwizard.h"

#include "accounts/accounts.h"
#include "consumption/importwizardpages.h"
#include "consumption/salestemplate.h"
#include "db/database.h"
#include "db/openfiles.h"
#include "i18n/language.h"
#include "io/tabularreader.h"
#include "shell/application.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>

namespace tongxin {

ImportWizard::ImportWizard(Database *db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_runner(new ImportWizardRunner(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowIcon(Application::icon());
    setPixmap(QWizard::LogoPixmap, Application::icon().pixmap(40, 40));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    m_filePage = new ImportFilePage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_validatePage = new ImportValidatePage(this);
    m_runPage = new ImportRunPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ValidatePageId, m_validatePage);
    setPage(ImportPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);

    connect(m_runner, &ImportWizardRunner::progress, this, &ImportWizard::runProgress);
    connect(m_runner, &ImportWizardRunner::finished, this, &ImportWizard::runEnded);
    resize(920, 660);
    retranslateUi();
}

ImportWizard::~ImportWizard()
{
    // Nothing may hear of a run that ends while the pages go away.
    m_runner->blockSignals(true);
    m_runner->cancel();
    m_runner->wait();
}

QString ImportWizard::encodingText(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case CsvReader::Encoding::Utf8:
    case CsvReader::Encoding::Auto:
        break;
    }
    return QStringLiteral("UTF-8");
}

QString ImportWizard::rowsText(qint64 rows)
{
    return rows == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(rows));
}

bool ImportWizard::setFile(const QString &path)
{
    const QString file = path.trimmed();
    m_file = file;
    m_fileError.clear();
    m_sheets.clear();
    m_sheet = 0;
    m_workbook = TabularReader::isWorkbook(file);
    m_bom = false;
    m_detected = m_encoding = CsvReader::Encoding::Utf8;
    m_validated = false;
    if (file.isEmpty()) {
        m_fileError = tr("Choose a file.");
    } else if (!QFileInfo(file).isFile()) {
        m_fileError = tr("There is no file %1.").arg(QDir::toNativeSeparators(file));
    } else if (OpenFiles::contains(file)) {
        // Never read an open database as a spreadsheet: closing the file would drop the
        // window's SQLite locks on it.
        m_fileError = SalesImport::notSales(QDir::toNativeSeparators(file));
    } else {
        std::unique_ptr<TabularReader> reader = TabularReader::forFile(file);
        if (!reader->open(file)) {
            m_fileError = reader->errorString().isEmpty() ? tr("The file cannot be read.") : reader->errorString();
        } else {
            m_sheets = reader->sheetNames();
            if (auto *csv = dynamic_cast<CsvReader *>(reader.get())) {
                m_detected = m_encoding = csv->encoding();
                m_bom = csv->hasByteOrderMark();
            }
        }
    }
    readPreview();
    emit fileChanged();
    return m_fileError.isEmpty();
}

void ImportWizard::setEncoding(CsvReader::Encoding encoding)
{
    if (encoding == CsvReader::Encoding::Auto)
        encoding = m_detected;
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    readPreview();
}

void ImportWizard::setSheet(int index)
{
    if (index == m_sheet || index < 0 || index >= m_sheets.size())
        return;
    m_sheet = index;
    readPreview();
}

// Reads the first rows with the chosen sheet and encoding, finds the header row and sets the
// mapping for it.
void ImportWizard::readPreview()
{
    m_preview.clear();
    m_previewNumbers.clear();
    m_validated = false;
    if (m_fileError.isEmpty() && !m_file.isEmpty()) {
        std::unique_ptr<TabularReader> reader = TabularReader::forFile(m_file);
        if (auto *csv = dynamic_cast<CsvReader *>(reader.get()))
            csv->setEncoding(m_encoding);
        if (reader->open(m_file) && reader->selectSheet(m_sheet))
            m_preview = TabularReader::preview(*reader, PreviewRows, &m_previewNumbers);
        if (reader->hasError())
            m_fileError = reader->errorString();
    }
    findHeaderRow();
    resetMapping();
    emit previewChanged();
}

void ImportWizard::findHeaderRow()
{
    m_headerRow = 0;
    int firstNonBlank = 0;
    for (int i = 0; i < m_preview.size() && i < 20; ++i) {
        if (m_preview.at(i).isEmpty())
            continue;
        if (!firstNonBlank)
            firstNonBlank = m_previewNumbers.at(i);
        if (SalesMapping::fromHeaders(m_preview.at(i)).isComplete()) {
            m_headerRow = m_previewNumbers.at(i);
            return;
        }
    }
    m_headerRow = firstNonBlank;
}

void ImportWizard::setHeaderRow(int row)
{
    if (row == m_headerRow || !m_previewNumbers.contains(row))
        return;
    m_headerRow = row;
    m_validated = false;
    resetMapping();
    emit previewChanged();
}

QStringList ImportWizard::headers() const
{
    const int at = int(m_previewNumbers.indexOf(m_headerRow));
    return at >= 0 ? m_preview.at(at) : QStringList();
}

QStringList ImportWizard::sampleRow() const
{
    const int at = int(m_previewNumbers.indexOf(m_headerRow));
    if (at < 0)
        return {};
    for (int i = at + 1; i < m_preview.size(); ++i) {
        if (!m_preview.at(i).isEmpty())
            return m_preview.at(i);
    }
    return {};
}

SalesMapping ImportWizard::headerMapping() const
{
    return SalesMapping::fromHeaders(headers());
}

// The mapping of a new header row: the one remembered for this source, else the headers'.
void ImportWizard::resetMapping()
{
    const QStringList h = headers();
    m_signature = h.isEmpty() ? QString() : SalesMapping::sourceSignature(h);
    m_mapping = SalesMapping::fromHeaders(h);
    m_mappingSource = MappingSource::Headers;
    SalesMapping remembered;
    if (m_db && m_db->isOpen() && !m_signature.isEmpty() && SalesMapping::recall(*m_db, m_signature, &remembered)) {
        bool fits = true;
        for (SalesField f : SalesFields::all())
            fits = fits && remembered.column(f) < h.size();
        if (fits && !(remembered == m_mapping)) {
            m_mapping = remembered;
            m_mappingSource = MappingSource::Remembered;
        }
    }
    emit mappingChanged();
}

void ImportWizard::setMapping(const SalesMapping &mapping)
{
    if (mapping == m_mapping)
        return;
    m_mapping = mapping;
    m_mappingSource = mapping == headerMapping() ? MappingSource::Headers : MappingSource::User;
    m_validated = false;
    emit mappingChanged();
}

void ImportWizard::rememberMapping()
{
    if (!m_db || !m_db->isOpen() || m_signature.isEmpty() || !m_mapping.isComplete())
        return;
    SalesMapping stored;
    const bool had = SalesMapping::recall(*m_db, m_signature, &stored);
    // The headers alone give it: nothing to remember (a mapping remembered earlier is dropped
    // by remembering the headers' one, so the next file of this source is read as they say).
    if (m_mapping == headerMapping() && !had)
        return;
    if (!had || !(stored == m_mapping))
        m_mapping.remember(*m_db, m_signature);
}

void ImportWizard::setMode(SalesImportOptions::Mode mode)
{
    const bool changed = !m_modeChosen || mode != m_mode;
    m_modeChosen = true;
    m_mode = mode;
    // The mode changes what counts as a duplicate and what is replaced: check again.
    if (changed && currentId() == ValidatePageId)
        startDryRun();
}

void ImportWizard::setSkipInvalid(bool skip)
{
    m_skipInvalid = skip;
}

ImportWizardRunner::Job ImportWizard::job(bool dryRun) const
{
    ImportWizardRunner::Job j;
    j.databasePath = m_db ? m_db->path() : QString();
    j.account = m_db ? Accounts::current(m_db->db()) : std::nullopt;
    j.file = m_file;
    j.encoding = m_encoding;
    j.sheet = m_sheet;
    j.headerRow = m_headerRow;
    j.mapping = m_mapping;
    j.mode = m_mode;
    j.dryRun = dryRun;
    // A check reports the rows an import of the valid ones would write (without it the core
    // would stop at "rejected"); the import itself refuses invalid rows unless asked to skip.
    j.skipInvalid = dryRun || m_skipInvalid;
    // Likewise the check lists rows dated outside the period as warnings; the import writes
    // them only when the user ticked the box that names them.
    j.allowOutsidePeriod = dryRun || m_allowOutsidePeriod;
    return j;
}

bool ImportWizard::startDryRun()
{
    if (m_runner->isRunning()) {
        if (!m_runIsDry)
            return false; // never stop an import to check again
        m_runner->cancel(); // a check of what is no longer asked: stop it (at once) and start over
        m_runner->wait();
    }
    m_validated = false;
    m_runIsDry = true;
    m_runner->start(job(true));
    emit runStarted(true);
    return true;
}

bool ImportWizard::startImport()
{
    if (m_runner->isRunning() || m_importDone)
        return false;
    m_runIsDry = false;
    m_runner->start(job(false));
    emit runStarted(false);
    return true;
}

void ImportWizard::cancelRun()
{
    m_runner->cancel();
}

bool ImportWizard::isBusy() const
{
    return m_runner->isRunning();
}

void ImportWizard::runEnded()
{
    const bool dry = m_runIsDry;
    if (dry) {
        m_validation = m_runner->result();
        m_validated = true;
    } else {
        m_result = m_runner->result();
        m_importDone = true;
    }
    emit runFinished(dry);
    if (!dry && m_result.status == SalesImportResult::Status::Imported)
        emit imported(m_result.imported);
}

bool ImportWizard::saveTemplate()
{
    const QString language = Language::current();
    //: File name of the saved import template (no suffix)
    const QString suggested = tr("sales-import-template") + QStringLiteral(".xlsx");
    QString path = FileDialog::saveFileName(
        this, tr("Save the import template"), suggested, tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += QStringLiteral(".xlsx");
    QString error;
    if (!SalesTemplate::write(path, language, &error)) {
        MessageBox::warning(this, tr("Save the import template"),
            tr("The template could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_filePage->showTemplateSaved(path);
    return true;
}

void ImportWizard::reject()
{
    if (m_runner->isRunning()) {
        // Stop first: the import rolls back, then the wizard closes.
        m_runner->cancel();
        m_runner->wait();
    }
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import sales"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
}

} // namespace tongxin

// The first three steps of the import wizard: the file, the preview, the mapping.

#include "consumption/importwizard.h"
#include "consumption/importwizardissues.h"
#include "consumption/importwizardpages.h"

#include "consumption/importwizardstyle.h"
#include "shell/filedialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongxin {

namespace {

using importwizardstyle::Role;
using importwizardstyle::setRole;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

// ---- Step 1: the file -------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_info(new QLabel(this))
    , m_templateBox(new QFrame(this))
    , m_templateText(new QLabel(m_templateBox))
    , m_template(new QPushButton(m_templateBox))
    , m_templateSaved(new QLabel(m_templateBox))
{
    setObjectName(QStringLiteral("filePage"));
    setStyleSheet(importwizardstyle::pageStyle());
    m_intro->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setClearButtonEnabled(true);
    m_path->setMinimumWidth(420);
    m_fileLabel->setBuddy(m_path);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_info->setObjectName(QStringLiteral("fileInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setMinimumHeight(m_info->fontMetrics().height() * 3);
    m_info->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_templateBox->setObjectName(QStringLiteral("templateBox"));
    m_templateBox->setProperty("card", true);
    m_templateText->setWordWrap(true);
    m_templateText->setTextFormat(Qt::RichText);
    m_template->setObjectName(QStringLiteral("templateButton"));
    m_templateSaved->setObjectName(QStringLiteral("templateSaved"));
    m_templateSaved->setWordWrap(true);
    setRole(m_templateSaved, Role::Note);
    auto *templateLayout = new QGridLayout(m_templateBox);
    templateLayout->setContentsMargins(14, 12, 14, 12);
    templateLayout->setHorizontalSpacing(16);
    templateLayout->addWidget(m_templateText, 0, 0);
    templateLayout->addWidget(m_template, 0, 1, Qt::AlignTop);
    templateLayout->addWidget(m_templateSaved, 1, 0, 1, 2);
    m_templateSaved->hide();
    templateLayout->setColumnStretch(0, 1);

    auto *fileRow = new QHBoxLayout;
    fileRow->setSpacing(8);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(fileRow);
    layout->addWidget(m_info);
    layout->addWidget(m_templateBox);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_template, &QPushButton::clicked, m_wizard, &ImportWizard::saveTemplate);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed() != m_wizard->file())
            m_wizard->setFile(text);
    });
    connect(m_wizard, &ImportWizard::fileChanged, this, [this] {
        if (m_path->text().trimmed() != m_wizard->file()) {
            const QSignalBlocker block(m_path);
            m_path->setText(m_wizard->file());
        }
        updateInfo();
        emit completeChanged();
    });
    retranslateUi();
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->hasFile();
}

void ImportFilePage::browse()
{
    const QString dir = m_wizard->file().isEmpty() ? QDir::homePath() : QFileInfo(m_wizard->file()).absolutePath();
    const QString path = FileDialog::openFileName(this, tr("Choose the file to import"), dir,
        tr("Sales files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_wizard->setFile(path);
}

void ImportFilePage::updateInfo()
{
    if (m_wizard->file().isEmpty()) {
        m_info->clear();
        return;
    }
    if (!m_wizard->fileError().isEmpty()) {
        setRole(m_info, Role::Error);
        m_info->setText(m_wizard->fileError().toHtmlEscaped());
        return;
    }
    setRole(m_info, Role::Note);
    const QFileInfo info(m_wizard->file());
    QString text;
    if (m_wizard->isWorkbook()) {
        const QStringList sheets = m_wizard->sheetNames();
        const QString names = sheets.join(QStringLiteral(", ")).toHtmlEscaped();
        text = sheets.size() == 1
            ? tr("Excel workbook, %1, with one sheet: %2").arg(sizeText(info.size()), names)
            : tr("Excel workbook, %1, with %2 sheets: %3").arg(sizeText(info.size())).arg(sheets.size()).arg(names);
    } else {
        const QString encoding = ImportWizard::encodingText(m_wizard->detectedEncoding());
        text = m_wizard->hasByteOrderMark()
            ? tr("CSV file, %1; encoding detected: %2 (with a byte order mark).").arg(sizeText(info.size()), encoding)
            : tr("CSV file, %1; encoding detected: %2.").arg(sizeText(info.size()), encoding);
    }
    m_info->setText(QStringLiteral("&#10003; ") + text);
}

void ImportFilePage::showTemplateSaved(const QString &path)
{
    m_savedPath = path;
    m_templateSaved->setText(tr("Template saved as %1.").arg(QDir::toNativeSeparators(path)));
    m_templateSaved->show();
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslateUi()
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("Sales rows from a shop, counter, online store or livestream platform: a CSV file or an Excel "
                   "workbook."));
    m_intro->setText(tr("CSV files may be in UTF-8 (with or without a byte order mark) or in GB18030, as Excel saves "
                        "them on Chinese Windows; the encoding is detected and can be changed on the next page. "
                        "Workbooks (.xlsx) may have several sheets."));
    m_fileLabel->setText(tr("&File:"));
    m_path->setPlaceholderText(tr("Path of a .csv or .xlsx file"));
    m_browse->setText(tr("&Browse…"));
    QStringList required;
    QStringList optional;
    for (SalesField f : SalesFields::all())
        (SalesFields::isRequired(f) ? required : optional) << SalesFields::label(f).toHtmlEscaped();
    const QString comma = tr(", ");
    m_templateText->setText(
        QStringLiteral("<p><b>%1</b></p><p>%2</p><table cellspacing=\"0\" cellpadding=\"2\">"
                       "<tr><td style=\"color:#6d6760; padding-right:10px\">%3</td><td>%4</td></tr>"
                       "<tr><td style=\"color:#6d6760; padding-right:10px\">%5</td><td>%6</td></tr></table><p>%7</p>")
            .arg(tr("What the file holds").toHtmlEscaped(),
                tr("One row per sale, below a row of column headers.").toHtmlEscaped(), tr("Required:").toHtmlEscaped(),
                required.join(comma), tr("Optional:").toHtmlEscaped(), optional.join(comma),
                tr("Files with the template's column headers (in Chinese or in English, in any order) need no "
                   "mapping; other headers are matched to the fields on the third page. The template lists every "
                   "column with a note on what to enter.")
                    .toHtmlEscaped()));
    m_template->setText(tr("&Save template…"));
    m_template->setToolTip(tr("Saves the template as an Excel workbook or a CSV file, with headers in the language "
                              "of the program"));
    if (!m_savedPath.isEmpty())
        showTemplateSaved(m_savedPath);
    updateInfo();
}

// ---- Step 2: the preview ----------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_sheetLabel(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_headerLabel(new QLabel(this))
    , m_headerRow(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("previewPage"));
    setStyleSheet(importwizardstyle::pageStyle());
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encodingLabel->setBuddy(m_encoding);
    setRole(m_detected, Role::Note);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheet->setMinimumWidth(140);
    m_sheetLabel->setBuddy(m_sheet);
    m_headerRow->setObjectName(QStringLiteral("headerRowSpin"));
    m_headerLabel->setBuddy(m_headerRow);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    setRole(m_note, Role::Note);
    m_note->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_encodingLabel);
    bar->addWidget(m_encoding);
    bar->addWidget(m_detected);
    bar->addWidget(m_sheetLabel);
    bar->addWidget(m_sheet);
    bar->addStretch(1);
    bar->addWidget(m_headerLabel);
    bar->addWidget(m_headerRow);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    connect(m_encoding, &QComboBox::currentIndexChanged, this,
        [this] { m_wizard->setEncoding(CsvReader::Encoding(m_encoding->currentData().toInt())); });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this](int index) { m_wizard->setSheet(index); });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) { m_wizard->setHeaderRow(row); });
    connect(m_wizard, &ImportWizard::fileChanged, this, &ImportPreviewPage::fillChoices);
    connect(m_wizard, &ImportWizard::previewChanged, this, &ImportPreviewPage::fill);
    retranslateUi();
}

void ImportPreviewPage::initializePage()
{
    fillChoices();
    fill();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard->hasFile() && m_wizard->headerRow() > 0;
}

// The encoding (CSV) or sheet (.xlsx) choices of the file.
void ImportPreviewPage::fillChoices()
{
    const QSignalBlocker blockEncoding(m_encoding);
    const QSignalBlocker blockSheet(m_sheet);
    const bool csv = !m_wizard->isWorkbook();
    m_encoding->clear();
    for (CsvReader::Encoding e : { CsvReader::Encoding::Utf8, CsvReader::Encoding::Gb18030 })
        m_encoding->addItem(ImportWizard::encodingText(e), int(e));
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(int(m_wizard->encoding()))));
    m_detected->setText(csv && m_wizard->hasFile()
            ? tr("detected: %1").arg(ImportWizard::encodingText(m_wizard->detectedEncoding()))
            : QString());
    m_sheet->clear();
    m_sheet->addItems(m_wizard->sheetNames());
    m_sheet->setCurrentIndex(m_wizard->sheet());
    m_encodingLabel->setVisible(csv);
    m_encoding->setVisible(csv);
    m_detected->setVisible(csv);
    m_sheetLabel->setVisible(!csv);
    m_sheet->setVisible(!csv);
}

void ImportPreviewPage::fill()
{
    const QVector<QStringList> &rows = m_wizard->previewRows();
    const QVector<int> &numbers = m_wizard->previewRowNumbers();
    int columns = 1;
    for (const QStringList &r : rows)
        columns = qMax(columns, int(r.size()));
    m_table->clear();
    m_table->setRowCount(int(rows.size()));
    m_table->setColumnCount(columns);
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters << ImportWizardIssues::columnLetter(c);
    m_table->setHorizontalHeaderLabels(letters);
    QStringList rowLabels;
    const int header = m_wizard->headerRow();
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int r = 0; r < rows.size(); ++r) {
        rowLabels << QString::number(numbers.value(r));
        const bool isHeader = numbers.value(r) == header;
        const bool above = numbers.value(r) < header;
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (isHeader) {
                item->setFont(bold);
                item->setBackground(QColor(0xFB, 0xEF, 0xD5));
            } else if (above) {
                item->setForeground(QColor(0x9E, 0x99, 0x92)); // title rows above the headers: not imported
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(rowLabels);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, qBound(48, m_table->columnWidth(c) + 8, 240));

    {
        const QSignalBlocker block(m_headerRow);
        m_headerRow->setRange(numbers.isEmpty() ? 0 : numbers.first(), numbers.isEmpty() ? 0 : numbers.last());
        m_headerRow->setValue(header);
        m_headerRow->setEnabled(!numbers.isEmpty());
    }
    if (!m_wizard->fileError().isEmpty())
        m_note->setText(m_wizard->fileError());
    else if (rows.isEmpty())
        m_note->setText(tr("The sheet is empty."));
    else
        m_note->setText(tr("Rows %1 to %2 of the file. The highlighted row holds the column headers; the rows "
                           "below it are imported. Choose another row if the headers are lower down.")
                            .arg(numbers.first())
                            .arg(numbers.last()));
    emit completeChanged();
}

void ImportPreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportPreviewPage::retranslateUi()
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Check that the text reads correctly. If Chinese characters look garbled, choose the other "
                   "encoding."));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_sheetLabel->setText(tr("&Sheet:"));
    m_headerLabel->setText(tr("&Headers in row:"));
    fillChoices();
    fill();
}

// ---- Step 3: the mapping ----------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_fieldHeader(new QLabel(this))
    , m_columnHeader(new QLabel(this))
    , m_sampleHeader(new QLabel(this))
    , m_reset(new QPushButton(this))
    , m_missing(new QLabel(this))
{
    setObjectName(QStringLiteral("mappingPage"));
    setStyleSheet(importwizardstyle::pageStyle());
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("mappingMissing"));
    m_missing->setWordWrap(true);
    setRole(m_missing, Role::Error);
    m_reset->setObjectName(QStringLiteral("resetMapping"));

    auto *card = new QFrame(this);
    card->setProperty("card", true);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(5);
    for (QLabel *h : { m_fieldHeader, m_columnHeader, m_sampleHeader }) {
        h->setParent(card);
        setRole(h, Role::Note);
    }
    grid->addWidget(m_fieldHeader, 0, 0);
    grid->addWidget(m_columnHeader, 0, 1);
    grid->addWidget(m_sampleHeader, 0, 2);
    const QVector<SalesField> fields = SalesFields::all();
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(card);
        auto *combo = new QComboBox(card);
        combo->setObjectName(QStringLiteral("map_") + SalesFields::key(fields.at(i)));
        combo->setMinimumWidth(220);
        label->setBuddy(combo);
        auto *sample = new QLabel(card);
        setRole(sample, Role::Note);
        sample->setMinimumWidth(160);
        grid->addWidget(label, i + 1, 0);
        grid->addWidget(combo, i + 1, 1);
        grid->addWidget(sample, i + 1, 2);
        m_labels << label;
        m_combos << combo;
        m_samples << sample;
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::chosen);
    }
    grid->setColumnStretch(2, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_missing, 1);
    bottom->addStretch(0); // keeps the button its size while no problem is shown
    bottom->addWidget(m_reset, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_status);
    layout->addWidget(card);
    layout->addLayout(bottom);
    layout->addStretch(1);

    connect(m_reset, &QPushButton::clicked, this, [this] { m_wizard->setMapping(m_wizard->headerMapping()); });
    connect(m_wizard, &ImportWizard::mappingChanged, this, &ImportMappingPage::fill);
    retranslateUi();
}

void ImportMappingPage::initializePage()
{
    fill();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->mapping().isComplete();
}

bool ImportMappingPage::validatePage()
{
    m_wizard->rememberMapping();
    return true;
}

// The combos from the wizard's headers and mapping.
void ImportMappingPage::fill()
{
    m_filling = true;
    const QStringList headers = m_wizard->headers();
    const SalesMapping mapping = m_wizard->mapping();
    const QVector<SalesField> fields = SalesFields::all();
    for (int i = 0; i < fields.size(); ++i) {
        QComboBox *combo = m_combos.at(i);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("— not in the file —"), -1);
        for (int c = 0; c < headers.size(); ++c) {
            const QString name = headers.at(c).trimmed().isEmpty() ? tr("(no header)") : headers.at(c).trimmed();
            combo->addItem(QStringLiteral("%1 · %2").arg(ImportWizardIssues::columnLetter(c), name), c);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.column(fields.at(i)))));
        QString label = SalesFields::label(fields.at(i));
        if (SalesFields::isRequired(fields.at(i)))
            label = QStringLiteral("<b>%1</b>&nbsp;<span style=\"color:#c62828\">*</span>").arg(label.toHtmlEscaped());
        m_labels.at(i)->setText(label);
    }
    m_filling = false;

    switch (m_wizard->mappingSource()) {
    case ImportWizard::MappingSource::Headers:
        if (mapping.isComplete() && mapping == m_wizard->headerMapping()) {
            setRole(m_status, Role::Ok);
            m_status->setText(tr("Every required field was recognised from the column headers: nothing to map. "
                                 "Check the optional fields if you like."));
        } else {
            setRole(m_status, Role::Warn);
            m_status->setText(tr("Some headers are not the template's. Choose the column that holds each field; "
                                 "fields marked * are required. Your choice is remembered for files with the same "
                                 "headers."));
        }
        break;
    case ImportWizard::MappingSource::Remembered:
        setRole(m_status, Role::Ok);
        m_status->setText(tr("The columns chosen last time for files with these headers were restored."));
        break;
    case ImportWizard::MappingSource::User:
        setRole(m_status, Role::Warn);
        m_status->setText(tr("Choose the column that holds each field; fields marked * are required. Your choice is "
                             "remembered for files with the same headers."));
        break;
    }
    updateSamples();
    emit completeChanged();
}

void ImportMappingPage::chosen()
{
    if (m_filling)
        return;
    SalesMapping mapping;
    const QVector<SalesField> fields = SalesFields::all();
    for (int i = 0; i < fields.size(); ++i)
        mapping.setColumn(fields.at(i), m_combos.at(i)->currentData().toInt());
    m_wizard->setMapping(mapping);
    updateSamples();
    emit completeChanged();
}

// The first data row's value beside each field, and what is missing or chosen twice.
void ImportMappingPage::updateSamples()
{
    const QStringList sample = m_wizard->sampleRow();
    const SalesMapping mapping = m_wizard->mapping();
    const QVector<SalesField> fields = SalesFields::all();
    QHash<int, QStringList> byColumn;
    for (int i = 0; i < fields.size(); ++i) {
        const int c = mapping.column(fields.at(i));
        QString text;
        if (c >= 0) {
            byColumn[c] << SalesFields::label(fields.at(i));
            const QString value = sample.value(c).trimmed();
            text = value.isEmpty() ? tr("(empty)") : value;
        }
        m_samples.at(i)->setText(m_samples.at(i)->fontMetrics().elidedText(text, Qt::ElideRight, 260));
    }
    QStringList problems;
    QStringList missing;
    for (SalesField f : mapping.missingRequired())
        missing << SalesFields::label(f);
    if (!missing.isEmpty())
        problems << tr("Required fields without a column: %1.").arg(missing.join(QStringLiteral(", ")));
    for (auto it = byColumn.constBegin(); it != byColumn.constEnd(); ++it) {
        if (it.value().size() > 1)
            problems << tr("Column %1 is chosen for several fields: %2.")
                            .arg(ImportWizardIssues::columnLetter(it.key()), it.value().join(QStringLiteral(", ")));
    }
    m_missing->setText(problems.join(QLatin1Char('\n')));
    m_missing->setVisible(!problems.isEmpty());
}

void ImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportMappingPage::retranslateUi()
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Which column of the file holds each field of the sales ledger."));
    m_fieldHeader->setText(tr("Field"));
    m_columnHeader->setText(tr("Column of the file"));
    m_sampleHeader->setText(tr("First value"));
    m_reset->setText(tr("&Use the headers"));
    m_reset->setToolTip(tr("Map the columns as their headers say, forgetting the choice made by hand"));
    fill();
}

} // namespace tongxin

#include "records/registerimportdialog.h"

#include "db/database.h"
#include "db/openfiles.h"
#include "io/tabularreader.h"
#include "registers/catalogue.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongxin {

namespace {

// While the import reads and writes on this thread (one connection to the file): the wait cursor.
class BusyCursor final
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

RegisterImportDialog::RegisterImportDialog(Database *db, const QString &table, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(table)
    , m_intro(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(this))
    , m_template(new QPushButton(this))
    , m_sheetLabel(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_skip(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(0, 4, this))
    , m_check(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("registerImportDialog"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_template->setObjectName(QStringLiteral("writeTemplate"));
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_skip->setObjectName(QStringLiteral("skipInvalid"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_check->setObjectName(QStringLiteral("checkImport"));
    m_import->setObjectName(QStringLiteral("runImport"));
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setWordWrap(true);

    auto *file = new QGridLayout;
    file->addWidget(m_fileLabel, 0, 0);
    file->addWidget(m_file, 0, 1);
    file->addWidget(m_choose, 0, 2);
    file->addWidget(m_sheetLabel, 1, 0);
    file->addWidget(m_sheet, 1, 1);
    file->addWidget(m_template, 1, 2);
    file->setColumnStretch(1, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_skip);
    actions->addStretch(1);
    actions->addWidget(m_check);
    actions->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(file);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &RegisterImportDialog::chooseFile);
    connect(m_template, &QPushButton::clicked, this, &RegisterImportDialog::writeTemplate);
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_sheet->setEnabled(false);
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    retranslateUi();
    resize(820, 560);
}

QString RegisterImportDialog::title() const
{
    const Register *r = Catalogue::find(m_table);
    return r ? QCoreApplication::translate("Catalogue", r->title) : m_table;
}

void RegisterImportDialog::chooseFile()
{
    const QString dir = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString path = FileDialog::openFileName(this, tr("Choose the file to import"), dir,
        tr("Spreadsheets (*.xlsx *.csv);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    m_sheet->clear();
    m_ran = false;
    m_problems->setRowCount(0);
    m_summary->clear();
    // Reading the database (or its -wal) as data would drop this program's locks on it.
    QString error;
    if (OpenFiles::contains(path)) {
        error = tr("This is the database itself, not a file to import.");
    } else {
        const std::unique_ptr<TabularReader> reader = TabularReader::forFile(path);
        if (reader->open(path))
            m_sheet->addItems(reader->sheetNames());
        else
            error = reader->errorString();
    }
    m_sheet->setEnabled(m_sheet->count() > 1);
    m_check->setEnabled(error.isEmpty());
    m_import->setEnabled(error.isEmpty());
    if (!error.isEmpty())
        m_summary->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>").arg(error.toHtmlEscaped()));
}

void RegisterImportDialog::writeTemplate()
{
    const QString path = FileDialog::saveFileName(this, tr("Save the Empty Import File"),
        QDir::home().filePath(title() + QStringLiteral(".xlsx")),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString why;
    if (RegisterImport::writeTemplate(m_table, path, &why))
        MessageBox::information(this, tr("Empty Import File"), tr("Written: %1").arg(QDir::toNativeSeparators(path)));
    else
        MessageBox::warning(this, tr("Empty Import File"), why);
}

void RegisterImportDialog::run(bool dryRun)
{
    const QString path = QDir::fromNativeSeparators(m_file->text());
    if (path.isEmpty() || !m_db || !m_db->isOpen() || OpenFiles::contains(path))
        return;
    BusyCursor busy;
    const std::unique_ptr<TabularReader> reader = TabularReader::forFile(path);
    if (!reader->open(path) || !reader->selectSheet(qMax(0, m_sheet->currentIndex()))) {
        m_result = RegisterImportResult();
        m_result.failure = reader->errorString();
    } else {
        RegisterImportOptions options;
        options.dryRun = dryRun;
        options.skipInvalid = m_skip->isChecked();
        options.lockWaitMs = 10000;
        m_result = RegisterImport::run(m_db->db(), m_table, *reader, options);
    }
    m_ran = true;
    if (!dryRun && m_result.status == RegisterImportResult::Status::Imported)
        m_added += m_result.added;
    showResult();
}

void RegisterImportDialog::showResult()
{
    if (!m_ran)
        return;
    const RegisterImportResult &r = m_result;
    QString text = r.summary().toHtmlEscaped();
    if (r.status == RegisterImportResult::Status::Failed || r.status == RegisterImportResult::Status::Rejected)
        text = QStringLiteral("<span style=\"color:#b71c1c\">%1</span>").arg(text);
    if (!r.ignoredColumns.isEmpty())
        text += QStringLiteral("<br>")
            + tr("Columns left out (no column of %1 has these names): %2")
                  .arg(Catalogue::noun(m_table), r.ignoredColumns.join(QStringLiteral(", ")))
                  .toHtmlEscaped();
    m_summary->setText(text);
    m_problems->setRowCount(int(r.errors.size()));
    for (int i = 0; i < r.errors.size(); ++i) {
        const RegisterImportError &e = r.errors.at(i);
        const QStringList cells = { QString::number(e.row), e.column, e.value, e.message };
        for (int c = 0; c < cells.size(); ++c)
            m_problems->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    if (!r.errors.isEmpty()) {
        m_problems->resizeColumnsToContents();
        m_problems->resizeRowsToContents();
    }
}

void RegisterImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RegisterImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import %1").arg(title()));
    m_intro->setText(tr("Bring in the records of %1 from a spreadsheet (.xlsx) or CSV file. Its header row names the "
                        "columns in Chinese or English, in any order; an export of this list imports as it is. Check "
                        "lists every problem and writes nothing; Import writes every row, or nothing while a row has "
                        "a problem. Rows already in the list are not added again.")
                         .arg(Catalogue::noun(m_table)));
    m_fileLabel->setText(tr("File:"));
    m_choose->setText(tr("Choose…"));
    m_template->setText(tr("Save an Empty File…"));
    m_template->setToolTip(tr("Writes a spreadsheet with this list's headers, ready to fill in"));
    m_sheetLabel->setText(tr("Sheet:"));
    m_skip->setText(tr("Leave out invalid rows and import the others"));
    m_check->setText(tr("Check"));
    m_import->setText(tr("Import"));
    m_problems->setHorizontalHeaderLabels({ tr("Row"), tr("Column"), tr("Cell"), tr("Problem") });
    showResult();
}

} // namespace tongxin

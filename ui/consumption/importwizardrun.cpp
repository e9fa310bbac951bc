// The last three steps of the import wizard: validation (a dry run), the import, the summary.

#include "consumption/importwizard.h"
#include "consumption/importwizardissues.h"
#include "consumption/importwizardpages.h"

#include "consumption/importwizardstyle.h"
#include "money/money.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tongxin {

namespace {

using importwizardstyle::number;
using importwizardstyle::Role;
using importwizardstyle::setRole;

// The names of the count tiles, in order (object names "count_<name>").
const char *const CountNames[] = { "read", "valid", "invalid", "duplicates", "accepted" };
constexpr int CountTiles = 5;

} // namespace

// ---- Step 4: validation -----------------------------------------------------------------

ImportValidatePage::ImportValidatePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_issuesTitle(new QLabel(this))
    , m_issuesView(new QTableView(this))
    , m_issues(new ImportWizardIssues(this))
    , m_modeTitle(new QLabel(this))
    , m_modes(new QButtonGroup(this))
    , m_add(new QRadioButton(this))
    , m_overwrite(new QRadioButton(this))
    , m_skip(new QCheckBox(this))
    , m_outside(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_recheck(new QPushButton(this))
{
    setObjectName(QStringLiteral("validatePage"));
    setStyleSheet(importwizardstyle::pageStyle());
    setCommitPage(true); // after this, the import: no way back

    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    setRole(m_progressLabel, Role::Note);

    auto *tiles = new QFrame(this);
    tiles->setProperty("card", true);
    auto *tileLayout = new QGridLayout(tiles);
    tileLayout->setContentsMargins(14, 8, 14, 8);
    tileLayout->setHorizontalSpacing(18);
    tileLayout->setVerticalSpacing(0);
    for (int i = 0; i < CountTiles; ++i) {
        auto *value = new QLabel(tiles);
        value->setObjectName(QStringLiteral("count_") + QLatin1String(CountNames[i]));
        setRole(value, Role::Count);
        auto *title = new QLabel(tiles);
        setRole(title, Role::Note);
        tileLayout->addWidget(value, 0, i);
        tileLayout->addWidget(title, 1, i);
        tileLayout->setColumnStretch(i, 1);
        m_counts << value;
        m_countTitles << title;
    }

    QFont bold = m_issuesTitle->font();
    bold.setBold(true);
    m_issuesTitle->setFont(bold);
    m_issuesView->setObjectName(QStringLiteral("issuesView"));
    m_issuesView->setModel(m_issues);
    m_issuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issuesView->setAlternatingRowColors(true);
    m_issuesView->setWordWrap(true); // whole reasons (the names a column allows), see render()
    m_issuesView->verticalHeader()->hide();
    m_issuesView->verticalHeader()->setDefaultSectionSize(m_issuesView->fontMetrics().height() + 6);
    m_issuesView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_issuesView->horizontalHeader()->setHighlightSections(false);
    m_issuesView->horizontalHeader()->setStretchLastSection(true);
    m_issuesView->setColumnWidth(ImportWizardIssues::FileRow, 64);
    m_issuesView->setColumnWidth(ImportWizardIssues::FileColumn, 200);
    m_issuesView->setMinimumHeight(120);

    m_modeTitle->setFont(bold);
    m_add->setObjectName(QStringLiteral("modeAdd"));
    m_overwrite->setObjectName(QStringLiteral("modeOverwrite"));
    m_modes->addButton(m_add, int(SalesImportOptions::Mode::Add));
    m_modes->addButton(m_overwrite, int(SalesImportOptions::Mode::Overwrite));
    m_skip->setObjectName(QStringLiteral("skipInvalid"));
    m_outside->setObjectName(QStringLiteral("allowOutsidePeriod"));
    m_status->setObjectName(QStringLiteral("validateStatus"));
    m_status->setWordWrap(true);
    m_recheck->setObjectName(QStringLiteral("recheckButton"));

    auto *modeBox = new QFrame(this);
    modeBox->setProperty("card", true);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->setContentsMargins(14, 8, 14, 10);
    modeLayout->setSpacing(4);
    modeLayout->addWidget(m_modeTitle);
    modeLayout->addWidget(m_add);
    modeLayout->addWidget(m_overwrite);
    modeLayout->addSpacing(4);
    modeLayout->addWidget(m_skip);
    modeLayout->addWidget(m_outside);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_recheck, 0, Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(progressRow);
    layout->addWidget(tiles);
    layout->addWidget(m_issuesTitle);
    layout->addWidget(m_issuesView, 1);
    layout->addWidget(modeBox);
    layout->addLayout(statusRow);

    connect(
        m_modes, &QButtonGroup::idClicked, this, [this](int id) { m_wizard->setMode(SalesImportOptions::Mode(id)); });
    connect(m_skip, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->setSkipInvalid(on);
        render();
    });
    connect(m_outside, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->setAllowOutsidePeriod(on);
        render();
    });
    connect(m_recheck, &QPushButton::clicked, m_wizard, &ImportWizard::startDryRun);
    connect(m_wizard, &ImportWizard::runStarted, this, &ImportValidatePage::started);
    connect(m_wizard, &ImportWizard::runProgress, this, &ImportValidatePage::progressed);
    connect(m_wizard, &ImportWizard::runFinished, this, &ImportValidatePage::finished);
    retranslateUi();
}

QLabel *ImportValidatePage::countLabel(const QString &name) const
{
    for (int i = 0; i < CountTiles; ++i) {
        if (name == QLatin1String(CountNames[i]))
            return m_counts.at(i);
    }
    return nullptr;
}

void ImportValidatePage::initializePage()
{
    m_skip->setChecked(m_wizard->skipInvalid());
    m_outside->setChecked(m_wizard->allowOutsidePeriod());
    m_wizard->startDryRun();
}

void ImportValidatePage::cleanupPage()
{
    m_wizard->cancelRun(); // going back: the check is of no use any more
}

bool ImportValidatePage::isComplete() const
{
    const SalesImportResult &v = m_wizard->validation();
    return m_wizard->hasValidation() && !m_wizard->isBusy() && v.status == SalesImportResult::Status::DryRun
        && m_wizard->hasMode() && (v.rowsInvalid == 0 || m_wizard->skipInvalid()) && (v.accepted > 0 || v.replaced > 0)
        && (v.outsidePeriod == 0 || m_wizard->allowOutsidePeriod());
}

void ImportValidatePage::started(bool dryRun)
{
    if (!dryRun)
        return;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressLabel->show();
    render();
}

void ImportValidatePage::progressed(qint64 done, qint64 total)
{
    if (!m_wizard->isBusy() || m_wizard->currentId() != ImportWizard::ValidatePageId)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    m_progressLabel->setText(tr("Checked %1 of about %2…").arg(number(done), ImportWizard::rowsText(total)));
}

void ImportValidatePage::finished(bool dryRun)
{
    if (dryRun)
        render();
}

// Counts, problems, choices and what stands in the way, from the last dry run.
void ImportValidatePage::render()
{
    const bool busy = m_wizard->isBusy();
    const bool ready = m_wizard->hasValidation() && !busy;
    const SalesImportResult &v = m_wizard->validation();
    const bool ran = ready && v.status == SalesImportResult::Status::DryRun;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    if (busy)
        m_progressLabel->setText(tr("Checking every row…"));

    const qint64 values[CountTiles] = { v.rowsRead, v.rowsValid, v.rowsInvalid, v.duplicates, v.accepted };
    for (int i = 0; i < CountTiles; ++i) {
        m_counts.at(i)->setText(ran ? number(values[i]) : QStringLiteral("–"));
        Role role = Role::Count;
        if (ran && i == 2 && v.rowsInvalid > 0)
            role = Role::CountBad;
        else if (ran && i == 4 && v.accepted > 0)
            role = Role::CountGood;
        setRole(m_counts.at(i), role);
    }
    m_countTitles.at(4)->setText(ran ? tr("to import (%1)").arg(Money::format(v.acceptedAmountFen)) : tr("to import"));

    m_issues->setOutsidePeriodAllowed(m_wizard->allowOutsidePeriod());
    m_issues->setIssues(ran ? v.issues : QVector<ImportIssue>());
    // Rows as high as their wrapped reasons while the list is short enough to measure; a long
    // list keeps one line per problem, the whole reason in its tooltip.
    m_issuesView->verticalHeader()->setSectionResizeMode(
        m_issues->rowCount() <= 500 ? QHeaderView::ResizeToContents : QHeaderView::Fixed);
    if (!ran)
        m_issuesTitle->setText(tr("Problems"));
    else if (v.issues.isEmpty())
        m_issuesTitle->setText(tr("No problems found: every row can be imported."));
    else
        m_issuesTitle->setText(tr("Problems found: %1 with problems, %2 already in the ledger or earlier in the "
                                  "file (not added twice)")
                                   .arg(ImportWizard::rowsText(v.rowsInvalid), ImportWizard::rowsText(v.duplicates)));

    m_skip->setVisible(ran && v.rowsInvalid > 0);
    m_skip->setText(tr("Import only the valid rows (skip the %1 with problems, in red above)")
                        .arg(ImportWizard::rowsText(v.rowsInvalid)));
    // Dates outside the office's period: warnings of the check, imported only when ticked.
    int periodFrom = 0;
    int periodTo = 0;
    for (const ImportIssue &issue : v.issues) {
        if (issue.kind == ImportIssue::Kind::OutsidePeriod) {
            periodFrom = issue.periodFrom;
            periodTo = issue.periodTo;
            break;
        }
    }
    m_outside->setVisible(ran && v.outsidePeriod > 0);
    m_outside->setText(tr("Import %1 dated outside the period %2–%3")
                           .arg(ImportWizard::rowsText(v.outsidePeriod))
                           .arg(periodFrom)
                           .arg(periodTo));
    {
        const QSignalBlocker block(m_modes);
        if (m_wizard->hasMode())
            m_modes->button(int(m_wizard->mode()))->setChecked(true);
    }
    m_add->setEnabled(!busy);
    m_overwrite->setEnabled(!busy);
    m_recheck->setEnabled(!busy);

    if (busy) {
        setRole(m_status, Role::Note);
        m_status->setText(tr("Checking the file; nothing is written."));
    } else if (!ready) {
        setRole(m_status, Role::Note);
        m_status->clear();
    } else if (v.status != SalesImportResult::Status::DryRun) {
        setRole(m_status, Role::ErrorBox);
        m_status->setText(
            v.status == SalesImportResult::Status::Cancelled ? tr("The check was stopped.") : v.summary());
    } else if (v.rowsInvalid > 0 && !m_wizard->skipInvalid()) {
        setRole(m_status, Role::ErrorBox);
        m_status->setText(tr("Problems in %1: nothing can be imported yet. Fix the file and check again, or import "
                             "only the valid rows.")
                              .arg(ImportWizard::rowsText(v.rowsInvalid)));
    } else if (v.outsidePeriod > 0 && !m_wizard->allowOutsidePeriod()) {
        setRole(m_status, Role::Warn);
        m_status->setText(tr("%1 dated outside the office's period %2–%3 (listed above as warnings): tick the box "
                             "to import them as they are, or fix the dates and check again.")
                              .arg(ImportWizard::rowsText(v.outsidePeriod))
                              .arg(periodFrom)
                              .arg(periodTo));
    } else if (v.accepted == 0 && v.replaced == 0) {
        setRole(m_status, Role::Warn);
        m_status->setText(tr("Nothing to import: every valid row is already in the ledger."));
    } else if (!m_wizard->hasMode()) {
        setRole(m_status, Role::Warn);
        m_status->setText(tr("Choose how to import: add the rows, or overwrite the rows earlier imports of this "
                             "source put in the ledger."));
    } else {
        setRole(m_status, Role::Ok);
        QString text = tr("Ready: %1 (%2) will be added to the ledger.")
                           .arg(ImportWizard::rowsText(v.accepted), Money::format(v.acceptedAmountFen));
        if (m_wizard->mode() == SalesImportOptions::Mode::Overwrite)
            text += QLatin1Char(' ')
                + tr("Replaced: %1 now in the ledger with the same source references.")
                      .arg(ImportWizard::rowsText(v.replaced));
        m_status->setText(text);
    }
    emit completeChanged();
}

void ImportValidatePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportValidatePage::retranslateUi()
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is checked before anything is written. Rows already in the ledger are not added "
                   "twice."));
    const char *const titles[CountTiles] = { QT_TR_NOOP("rows read"), QT_TR_NOOP("valid"), QT_TR_NOOP("with problems"),
        QT_TR_NOOP("duplicates"), QT_TR_NOOP("to import") };
    for (int i = 0; i < CountTiles; ++i)
        m_countTitles.at(i)->setText(tr(titles[i]));
    m_modeTitle->setText(tr("How to import"));
    m_add->setText(tr("&Add to the ledger (rows already in it are skipped as duplicates)"));
    m_overwrite->setText(tr("&Overwrite: replace the ledger rows that have the source reference of a row of this "
                            "file (a corrected file from the same source)"));
    m_recheck->setText(tr("Check a&gain"));
    m_recheck->setToolTip(tr("Read the file again, e.g. after correcting it"));
    m_issues->retranslate();
    render();
}

// ---- Step 5: the import -----------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_what(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("runPage"));
    setStyleSheet(importwizardstyle::pageStyle());
    m_what->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0);
    m_label->setObjectName(QStringLiteral("importProgressLabel"));
    setRole(m_label, Role::Note);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    setRole(m_note, Role::Note);
    m_note->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addStretch(1);
    layout->addWidget(m_what);
    layout->addLayout(row);
    layout->addWidget(m_label);
    layout->addSpacing(12);
    layout->addWidget(m_note);
    layout->addStretch(2);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelling = true;
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        m_wizard->cancelRun();
    });
    connect(m_wizard, &ImportWizard::runProgress, this, &ImportRunPage::progressed);
    connect(m_wizard->runner(), &ImportWizardRunner::waiting, this, &ImportRunPage::waiting);
    connect(m_wizard, &ImportWizard::runFinished, this, &ImportRunPage::finished);
    retranslateUi();
}

void ImportRunPage::initializePage()
{
    m_done = m_total = 0;
    m_cancelling = false;
    m_waiting = false;
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    retranslateUi();
    m_wizard->startImport();
}

bool ImportRunPage::isComplete() const
{
    return m_wizard->hasImported() && !m_wizard->isBusy();
}

void ImportRunPage::progressed(qint64 done, qint64 total)
{
    if (m_wizard->currentId() != ImportWizard::ImportPageId || m_cancelling)
        return;
    m_waiting = false;
    m_done = done;
    m_total = total;
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    m_label->setText(done >= total ? tr("%1 read; saving…").arg(ImportWizard::rowsText(done))
                                   : tr("%1 of about %2").arg(number(done), ImportWizard::rowsText(total)));
}

// Another program is writing the database: the import waits for it (up to half a minute)
// before it reads the ledger, and says so.
void ImportRunPage::waiting()
{
    if (m_wizard->currentId() != ImportWizard::ImportPageId || m_cancelling || m_waiting)
        return;
    m_waiting = true;
    retranslateUi();
}

void ImportRunPage::finished(bool dryRun)
{
    if (dryRun)
        return;
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    emit completeChanged();
    // On to the summary once the wizard has seen the page complete.
    QTimer::singleShot(0, m_wizard, [w = m_wizard] {
        if (w->currentId() == ImportWizard::ImportPageId)
            w->next();
    });
}

void ImportRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportRunPage::retranslateUi()
{
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written to the ledger."));
    m_what->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->file()).fileName()));
    m_cancel->setText(tr("&Cancel import"));
    m_note->setText(tr("The import is written as a whole or not at all: cancelling, or a failure, leaves the ledger "
                       "exactly as it was."));
    if (m_cancelling)
        m_label->setText(tr("Cancelling…"));
    else if (m_waiting)
        m_label->setText(tr("Waiting for another program to finish writing the database…"));
    else if (m_total > 0)
        progressed(m_done, m_total);
    else
        m_label->setText(tr("Starting…"));
}

// ---- Step 6: the summary ----------------------------------------------------------------

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setStyleSheet(importwizardstyle::pageStyle());
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("summaryDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *card = new QFrame(this);
    card->setProperty("card", true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 14);
    cardLayout->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addSpacing(8);
    layout->addWidget(m_headline);
    layout->addWidget(card);
    layout->addStretch(1);
    retranslateUi();
}

void ImportSummaryPage::initializePage()
{
    render();
}

void ImportSummaryPage::render()
{
    using S = SalesImportResult::Status;
    const SalesImportResult &r = m_wizard->importResult();
    QString colour;
    QStringList notes;
    switch (r.status) {
    case S::Imported:
        m_headline->setText(
            tr("%1 imported (%2)").arg(ImportWizard::rowsText(r.imported), Money::format(r.acceptedAmountFen)));
        colour = QStringLiteral("#2e7d4f");
        break;
    case S::Cancelled:
        m_headline->setText(tr("The import was cancelled"));
        colour = QStringLiteral("#8d6e63");
        notes << tr("Nothing was written: the ledger is exactly as it was before.");
        break;
    case S::Rejected:
    case S::Failed:
    case S::DryRun:
        m_headline->setText(tr("Nothing was imported"));
        colour = QStringLiteral("#b71c1c");
        if (!r.error.isEmpty())
            notes << r.error;
        notes << tr("The ledger is exactly as it was before.");
        break;
    }
    m_headline->setStyleSheet(QStringLiteral("color: %1;").arg(colour));

    // The figures, one per line; lines that say nothing (zero skipped…) are left out.
    QVector<QPair<QString, QString>> lines;
    QString file = QFileInfo(m_wizard->file()).fileName();
    if (m_wizard->isWorkbook() && m_wizard->sheet() < m_wizard->sheetNames().size())
        file = tr("%1, sheet %2").arg(file, m_wizard->sheetNames().at(m_wizard->sheet()));
    lines.append({ tr("File"), file });
    lines.append({ tr("Mode"),
        m_wizard->mode() == SalesImportOptions::Mode::Overwrite ? tr("Overwrite rows of the same source references")
                                                                : tr("Add to the ledger") });
    lines.append({ tr("Rows read"), number(r.rowsRead) });
    if (r.status == S::Imported) {
        lines.append(
            { tr("Added to the ledger"), tr("%1 (%2)").arg(number(r.imported), Money::format(r.acceptedAmountFen)) });
        if (r.replaced > 0)
            lines.append({ tr("Replaced"), number(r.replaced) });
        if (r.rowsInvalid > 0)
            lines.append({ tr("Skipped, with problems"), number(r.rowsInvalid) });
        if (r.duplicates > 0)
            lines.append({ tr("Not added twice (duplicates)"), number(r.duplicates) });
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &line : std::as_const(lines))
        html += QStringLiteral("<tr><td style=\"color:#6d6760; padding-right:24px\">%1</td><td>%2</td></tr>")
                    .arg(line.first.toHtmlEscaped(), line.second.toHtmlEscaped());
    html += QStringLiteral("</table>");
    for (const QString &note : std::as_const(notes))
        html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:#6d6760\">%1</p>").arg(r.summary().toHtmlEscaped());
    m_details->setText(html);
}

void ImportSummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportSummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import did."));
    if (m_wizard->hasImported())
        render();
}

} // namespace tongxin

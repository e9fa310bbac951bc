#include "reports/reportspage.h"

#include "db/database.h"
#include "export/tables.h"
#include "i18n/language.h"
#include "widgets/listexport.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>

#include "reports/targetsdialog.h"
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace tongxin {

namespace {

constexpr int MinYear = 1990;
constexpr int MaxYear = 2100;

const ReportKind Kinds[] = { ReportKind::Yearly, ReportKind::County, ReportKind::Roster, ReportKind::Ledger,
    ReportKind::Sales };

QString kindHelp(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Yearly:
        return ReportsPage::tr("Every area of the assessment with its figures, targets and completion, tables by "
                               "year and charts; for a year or a span of years, all western units or one.");
    case ReportKind::County:
        return ReportsPage::tr("Everything about one western unit in one year: figures against targets, projects "
                               "and payments, people, enterprises, pairings, sales and donations.");
    case ReportKind::Roster:
        return ReportsPage::tr("Pairings in force by kind, and the cadres and professionals in post.");
    case ReportKind::Ledger:
        return ReportsPage::tr("Aid projects with their budgets, every payment and the share paid, per western unit.");
    case ReportKind::Sales:
        return ReportsPage::tr("Consumption-aid sales by month and channel, with yearly totals and a chart.");
    }
    return QString();
}

// Short names for the choice; the report's own title is longer.
QString kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Yearly:
        return ReportsPage::tr("Yearly self-assessment report");
    case ReportKind::County:
        return ReportsPage::tr("Western unit report");
    case ReportKind::Roster:
        return ReportsPage::tr("Rosters: pairings, secondments, professionals");
    case ReportKind::Ledger:
        return ReportsPage::tr("Project ledger with payments");
    case ReportKind::Sales:
        return ReportsPage::tr("Sales statement by month and channel");
    }
    return QString();
}

bool sameOptions(const ReportOptions &a, const ReportOptions &b)
{
    return a.kind == b.kind && a.fromYear == b.fromYear && a.toYear == b.toYear && a.countyId == b.countyId
        && a.language == b.language;
}

} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : Page(parent)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_kind(new QComboBox(this))
    , m_kindHelp(new QLabel(this))
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_previewButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_targetsButton(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_preview(nullptr)
{
    setObjectName(QStringLiteral("reportsPage"));
    // The preview laid out as the PDF is (same resolution): the same pages.
    m_printer->setResolution(ReportDocument::Resolution);
    ReportDocument::setupPage(m_printer.get());
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kindHelp->setObjectName(QStringLiteral("kindHelp"));
    m_from->setObjectName(QStringLiteral("fromYear"));
    m_to->setObjectName(QStringLiteral("toYear"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_language->setObjectName(QStringLiteral("language"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_saveButton->setObjectName(QStringLiteral("savePdfButton"));
    m_targetsButton->setObjectName(QStringLiteral("targetsButton"));

    for (QSpinBox *s : { m_from, m_to }) {
        s->setRange(MinYear, MaxYear);
        s->setGroupSeparatorShown(false);
    }
    for (const ReportKind k : Kinds)
        m_kind->addItem(QString(), ReportBuilder::kindCode(k));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(Language::applied() == QLatin1String("en") ? 1 : 0);
    m_kindHelp->setWordWrap(true);
    m_kindHelp->setProperty("role", QStringLiteral("hint"));
    QPalette muted = m_kindHelp->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_kindHelp->setPalette(muted);
    m_previewButton->setDefault(true);

    // The report on top, its description under it, then what it covers.
    QWidget *fields[] = { m_kind, m_from, m_to, m_unit, m_language };
    for (int i = 0; i < 5; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(fields[i]);
    }
    QFont bold = m_labels[0]->font();
    bold.setBold(true);
    m_labels[0]->setFont(bold);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 1; i < 5; ++i)
        form->addRow(m_labels[i], fields[i]);
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_labels[0]);
    side->addWidget(m_kind);
    side->addWidget(m_kindHelp);
    side->addSpacing(6);
    side->addLayout(form);
    side->addSpacing(10);
    side->addWidget(m_previewButton);
    side->addWidget(m_printButton);
    side->addWidget(m_saveButton);
    side->addSpacing(12);
    side->addWidget(m_targetsButton);
    side->addStretch(1);
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(330);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_preview);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addWidget(m_stack, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_report)
            m_report->render(printer);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::updateForm);
    connect(m_from, &QSpinBox::valueChanged, this, [this](int y) {
        if (ReportBuilder::needsOneYear(options().kind) || m_to->value() < y)
            m_to->setValue(y);
    });
    connect(m_to, &QSpinBox::valueChanged, this, [this](int y) {
        if (m_from->value() > y)
            m_from->setValue(y);
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportsPage::savePdf);
    connect(m_targetsButton, &QPushButton::clicked, this, [this] {
        TargetsDialog dialog(m_db, this);
        dialog.exec();
    });

    retranslateUi();
    setDatabase(nullptr);
}

ReportsPage::~ReportsPage() = default;

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("document-print"), QApplication::style()->standardIcon(QStyle::SP_FileIcon));
}

void ReportsPage::setDatabase(Database *db)
{
    m_db = db && db->isOpen() ? db : nullptr;
    m_report.reset();
    m_previewed = false;
    m_stack->setCurrentWidget(m_placeholder);
    for (QWidget *w : std::initializer_list<QWidget *> { m_kind, m_from, m_to, m_unit, m_language, m_previewButton,
             m_printButton, m_saveButton, m_targetsButton })
        w->setEnabled(m_db != nullptr);
    if (m_db) {
        const QVector<int> years = Breakdowns::years(m_db->db());
        int from = m_db->setting(QStringLiteral("period_from")).toInt();
        int to = m_db->setting(QStringLiteral("period_to")).toInt();
        if (from == 0 || to == 0) {
            from = years.isEmpty() ? QDate::currentDate().year() : years.first();
            to = years.isEmpty() ? from : years.last();
        }
        m_from->setValue(from);
        m_to->setValue(to);
    }
    fillUnits();
    updateForm();
    retranslateUi();
}

ReportOptions ReportsPage::options() const
{
    ReportOptions o;
    ReportBuilder::kindFromCode(m_kind->currentData().toString(), &o.kind);
    o.fromYear = m_from->value();
    o.toYear = ReportBuilder::needsOneYear(o.kind) ? o.fromYear : m_to->value();
    o.countyId = m_unit->currentData().toLongLong();
    o.language = m_language->currentData().toString();
    return o;
}

std::unique_ptr<ReportDocument> ReportsPage::build(bool quiet)
{
    if (!m_db)
        return nullptr;
    QProgressDialog progress(tr("Building the report…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    QString why;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto doc = ReportBuilder::build(m_db->db(), options(), &why, [&progress](int done, int total) {
        progress.setValue(total > 0 ? done * 100 / total : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    if (!doc && !why.isEmpty()) {
        const QString message = tr("The report could not be built: %1").arg(why);
        if (quiet)
            m_placeholder->setText(message);
        else
            MessageBox::warning(this, tr("Reports"), message);
    }
    return doc;
}

bool ReportsPage::preview()
{
    return makePreview(false);
}

bool ReportsPage::makePreview(bool quiet)
{
    const ReportOptions wanted = options();
    auto doc = build(quiet);
    if (!doc)
        return false;
    m_report = std::move(doc);
    m_built = wanted;
    ReportDocument::setupPage(m_printer.get());
    m_stack->setCurrentWidget(m_preview);
    m_preview->updatePreview();
    m_preview->fitToWidth();
    return true;
}

void ReportsPage::print()
{
    const ReportOptions wanted = options();
    if (!m_report || !sameOptions(wanted, m_built)) {
        if (!preview())
            return;
    }
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_report->render(m_printer.get()))
        MessageBox::warning(this, tr("Reports"), tr("The report could not be printed."));
}

QString ReportsPage::savePdf()
{
    const ReportOptions o = options();
    QSettings settings;
    const QString dir = settings
                            .value(QStringLiteral("export/directory"),
                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    QString name;
    {
        // Named in the report's language, as its title page is.
        const ReportLanguage scope(o.language);
        name = QStringLiteral("%1 %2").arg(ReportBuilder::kindTitle(o.kind), ExportTables::describe(
            Filter { o.fromYear, o.toYear, 0 }, o.countyId ? m_unit->currentText() : QString()));
    }
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|·]+"));
    name = name.replace(bad, QStringLiteral(" ")).simplified();
    QString path = FileDialog::saveFileName(
        this, tr("Save the report as PDF"), QDir(dir).filePath(name + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    std::unique_ptr<ReportDocument> fresh;
    ReportDocument *doc = m_report && sameOptions(o, m_built) ? m_report.get() : nullptr;
    if (!doc) {
        fresh = build();
        doc = fresh.get();
    }
    if (!doc)
        return QString();
    QString why;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = doc->writePdf(path, &why);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(this, tr("Reports"), why);
        return QString();
    }
    ListExport::reportWritten(this, path); // where it went, with a button to open the folder
    return path;
}

void ReportsPage::updateForm()
{
    const ReportKind kind = options().kind;
    const bool oneYear = ReportBuilder::needsOneYear(kind);
    m_to->setEnabled(m_db && !oneYear);
    if (oneYear)
        m_to->setValue(m_from->value());
    // The county report needs a unit: "All western units" is not offered then.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_unit->model()); model && model->rowCount() > 0) {
        const bool needsUnit = ReportBuilder::needsOneUnit(kind);
        model->item(0)->setEnabled(!needsUnit);
        if (needsUnit && m_unit->currentIndex() == 0 && m_unit->count() > 1)
            m_unit->setCurrentIndex(1);
    }
    m_kindHelp->setText(kindHelp(kind));
}

void ReportsPage::fillUnits()
{
    const qint64 current = m_unit->currentData().toLongLong();
    const QSignalBlocker block(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All western units"), qint64(0));
    if (m_db) {
        for (const Unit &u : Breakdowns::westernUnits(m_db->db()))
            m_unit->addItem(u.displayName(), u.id);
    }
    const int index = m_unit->findData(current);
    m_unit->setCurrentIndex(index >= 0 ? index : 0);
}

// The first visit shows the default report (the yearly report of the cooperation period)
// rather than an empty preview.
void ReportsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_db && !m_previewed) {
        m_previewed = true;
        QTimer::singleShot(0, this, [this] {
            if (m_db && !m_report && isVisible())
                makePreview(true);
        });
    }
    // A language switched while the page was hidden: the preview follows once it is seen.
    QTimer::singleShot(0, this, &ReportsPage::followLanguage);
}

void ReportsPage::followLanguage()
{
    // The preview shown was made in another language than the box now says (the window's
    // language was switched and the box followed it): made again, as Preview would.
    if (m_db && m_report && isVisible() && m_built.language != options().language)
        makePreview(true);
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // A report is made in the window's language unless the user picks another after the
        // switch: the box follows the language just applied.
        const int i = m_language->findData(Language::applied());
        if (i >= 0)
            m_language->setCurrentIndex(i);
        retranslateUi();
        // After the switch has reached every widget (one event per translator changed).
        QTimer::singleShot(0, this, &ReportsPage::followLanguage);
    }
    Page::changeEvent(event);
}

void ReportsPage::retranslateUi()
{
    m_labels[0]->setText(tr("&Report:"));
    m_labels[1]->setText(tr("&From year:"));
    m_labels[2]->setText(tr("&To year:"));
    m_labels[3]->setText(tr("&Western unit:"));
    m_labels[4]->setText(tr("&Language:"));
    for (int i = 0; i < m_kind->count(); ++i) {
        ReportKind k;
        if (ReportBuilder::kindFromCode(m_kind->itemData(i).toString(), &k))
            m_kind->setItemText(i, kindName(k));
    }
    fillUnits();
    updateForm();
    m_previewButton->setText(tr("&Preview"));
    m_printButton->setText(tr("P&rint…"));
    m_saveButton->setText(tr("&Save as PDF…"));
    m_targetsButton->setText(tr("Yearly &targets…"));
    m_targetsButton->setToolTip(tr("Enter the targets per indicator, western unit and year that reports set against the actual figures"));
    m_placeholder->setText(m_db ? tr("Choose a report and press Preview.") : tr("Open a database to make reports."));
}

} // namespace tongxin

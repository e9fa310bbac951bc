#include "funds/projectdetailwidget.h"

#include "db/database.h"
#include "domain/labels.h"
#include "funds/attachments.h"
#include "money/money.h"
#include "shell/messagebox.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongxin {

namespace {

ProjectDetailWidget::UrlOpener &opener()
{
    static ProjectDetailWidget::UrlOpener open = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return open;
}

QTreeWidget *newList(QWidget *parent, const QString &name)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    list->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return list;
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:#8a857d; padding-right:10px\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString mimeText(const QString &mime)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mime);
    return type.isValid() && !type.comment().isEmpty() ? type.comment() : mime;
}

} // namespace

void ProjectDetailWidget::setUrlOpener(UrlOpener open)
{
    opener() = open ? std::move(open) : [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

ProjectDetailWidget::ProjectDetailWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("projectDetail"));
    m_hint->setObjectName(QStringLiteral("detailHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8a857d; padding: 20px;"));

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 4, 4, 0);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("detailPaid"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(18);

    m_payments = newList(m_tabs, QStringLiteral("paymentsList"));
    m_updates = newList(m_tabs, QStringLiteral("updatesList"));
    m_attachments = newList(m_tabs, QStringLiteral("attachmentsList"));
    m_updates->setWordWrap(true);
    m_updates->setUniformRowHeights(false);
    auto *files = new QWidget(m_tabs);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_attachments, 1);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(files);
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    m_open->setEnabled(false);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    filesLayout->addLayout(buttons);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_payments, QString());
    m_tabs->addTab(m_updates, QString());
    m_tabs->addTab(files, QString());

    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_hint);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_attachments, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current) { m_open->setEnabled(current != nullptr); });
    connect(m_attachments, &QTreeWidget::itemActivated, this, [this] { openCurrentAttachment(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openCurrentAttachment(); });
    render();
}

void ProjectDetailWidget::setDatabase(Database *db)
{
    m_db = db && db->isOpen() ? db : nullptr;
    showProject(m_db ? m_detail.project.id : 0);
}

void ProjectDetailWidget::showProject(qint64 projectId)
{
    m_detail = ProjectDetail {};
    m_error.clear();
    if (m_db && projectId > 0 && !FundsQuery::detail(m_db->db(), projectId, &m_detail, &m_error))
        m_detail = ProjectDetail {};
    render();
}

QString ProjectDetailWidget::factsHtml() const
{
    const LedgerRow &p = m_detail.project;
    const QLocale locale;
    QString category = Labels::text(Labels::Domain::ProjectCategory, p.category);
    if (!p.subcategory.isEmpty())
        category += QStringLiteral(" · ") + p.subcategory;
    QString period;
    if (!m_detail.startDate.isEmpty() || !m_detail.plannedEndDate.isEmpty())
        period = tr("%1 to %2").arg(m_detail.startDate.isEmpty() ? QStringLiteral("…") : m_detail.startDate,
            m_detail.plannedEndDate.isEmpty() ? QStringLiteral("…") : m_detail.plannedEndDate);
    const QString place = p.placeText().isEmpty() ? p.countyName() : p.countyName() + QStringLiteral(" · ") + p.placeText();
    return QStringLiteral("<table cellspacing=\"1\">")
        + row(tr("Place"), place) + row(tr("Funding year"), QString::number(p.year)) + row(tr("Category"), category)
        + row(tr("Status"), Labels::text(Labels::Domain::ProjectStatus, p.status))
        + row(tr("Implementer"), p.implementer) + row(tr("Contact"), m_detail.contact) + row(tr("Period"), period)
        + row(tr("Document no."), p.docNo)
        + row(tr("Beneficiaries"),
            tr("%1, of whom %2 registered poor").arg(locale.toString(p.beneficiaries), locale.toString(p.beneficiariesPoor)))
        + row(tr("Budget"), Money::format(p.budgetFen)) + row(tr("Paid"), Money::format(p.paidFen))
        + row(tr("Notes"), m_detail.notes) + QStringLiteral("</table>");
}

void ProjectDetailWidget::render()
{
    m_payments->clear();
    m_updates->clear();
    m_attachments->clear();
    m_open->setEnabled(false);
    retranslateUi(); // tab titles carry the counts
    const LedgerRow &p = m_detail.project;
    if (p.id == 0) {
        m_hint->setText(!m_error.isEmpty() ? tr("The project could not be read: %1").arg(m_error)
                : m_db                     ? tr("Select a project in the ledger to see its payments, progress and files.")
                                           : tr("No database is open."));
        m_stack->setCurrentWidget(m_hint);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(p.name);
    m_facts->setText(factsHtml());
    const qint64 tenths = p.budgetFen > 0 ? qMin<qint64>(1000, p.paidFen * 1000 / p.budgetFen) : 0;
    m_progress->setValue(int(tenths));
    m_progress->setFormat(tr("Paid %1 of the budget").arg(FundsQuery::percentText(p.paidFen, p.budgetFen)));

    const QLocale locale;
    for (const PaymentRecord &pay : m_detail.payments) {
        auto *item = new QTreeWidgetItem(m_payments,
            { pay.date, Money::amount(pay.amountFen, Money::Unit::Yuan), pay.voucherNo, pay.notes });
        item->setData(0, Qt::UserRole, pay.id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, tr("%1 yuan").arg(Money::yuan(pay.amountFen)));
    }
    for (const UpdateRecord &u : m_detail.updates) {
        auto *item = new QTreeWidgetItem(m_updates,
            { u.date, u.percent >= 0 ? QStringLiteral("%1%").arg(u.percent) : QString(), u.text });
        item->setData(0, Qt::UserRole, u.id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, u.text);
    }
    for (const AttachmentInfo &a : m_detail.attachments) {
        auto *item = new QTreeWidgetItem(m_attachments,
            { a.fileName, mimeText(a.mimeType), Attachments::sizeText(a.sizeBytes), a.addedAt.left(10) });
        item->setData(0, Qt::UserRole, a.id);
        item->setToolTip(1, a.mimeType);
        item->setToolTip(2, tr("%1 bytes").arg(locale.toString(a.sizeBytes)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QTreeWidget *list : { m_payments, m_updates, m_attachments }) {
        for (int c = 0; c + 1 < list->columnCount(); ++c)
            list->resizeColumnToContents(c);
    }
    if (m_attachments->topLevelItemCount() > 0)
        m_attachments->setCurrentItem(m_attachments->topLevelItem(0));
}

bool ProjectDetailWidget::openCurrentAttachment()
{
    const QTreeWidgetItem *item = m_attachments->currentItem();
    if (!item || !m_db)
        return false;
    QString error;
    const QString path = Attachments::saveToTemp(m_db->db(), item->data(0, Qt::UserRole).toLongLong(), &error);
    if (path.isEmpty()) {
        MessageBox::warning(this, tr("Cannot Open Attachment"), error);
        return false;
    }
    if (!opener()(QUrl::fromLocalFile(path))) {
        MessageBox::warning(this, tr("Cannot Open Attachment"),
            tr("No program could open %1. The file was saved as %2.").arg(item->text(0), path));
        return false;
    }
    emit attachmentOpened(path);
    return true;
}

void ProjectDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render(); // facts, money, labels and tab titles
    QWidget::changeEvent(event);
}

void ProjectDetailWidget::retranslateUi()
{
    // One unit for the column, named in its header, as in the lists.
    m_payments->setHeaderLabels({ tr("Date"), tr("Amount (%1)").arg(Money::unitName(Money::Unit::Yuan)),
                                  tr("Voucher no."), tr("Notes") });
    m_updates->setHeaderLabels({ tr("Date"), tr("Progress"), tr("Update") });
    m_attachments->setHeaderLabels({ tr("File"), tr("Type"), tr("Size"), tr("Added") });
    m_tabs->setTabText(Payments, tr("Payments (%1)").arg(m_detail.payments.size()));
    m_tabs->setTabText(Updates, tr("Progress (%1)").arg(m_detail.updates.size()));
    m_tabs->setTabText(Files, tr("Files (%1)").arg(m_detail.attachments.size()));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the file with the program your system uses for its type"));
}

} // namespace tongxin

#include "audit/auditpage.h"

#include "audit/auditlog.h"
#include "audit/audittable.h"
#include "db/audittrail.h"
#include "db/database.h"
#include "shell/messagebox.h"
#include "widgets/datefield.h"
#include "widgets/listexport.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tongxin {

namespace {

// The combo's chosen value (its data), keeping the choice across a refill.
QString chosen(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void choose(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

AuditPage::AuditPage(QWidget *parent)
    : Page(parent)
    , m_table(new QComboBox(this))
    , m_user(new QComboBox(this))
    , m_operation(new QComboBox(this))
    , m_since(new DateField(this))
    , m_until(new DateField(this))
    , m_check(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_sealState(new QLabel(this))
    , m_list(new AuditTable(this))
{
    m_table->setObjectName(QStringLiteral("auditTableFilter"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_operation->setObjectName(QStringLiteral("auditOperation"));
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_until->setObjectName(QStringLiteral("auditUntil"));
    m_check->setObjectName(QStringLiteral("auditCheck"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_sealState->setObjectName(QStringLiteral("auditSealState"));
    m_sealState->setWordWrap(true);
    m_table->setMinimumContentsLength(14);

    auto *filters = new QHBoxLayout;
    QWidget *fields[] = { m_table, m_user, m_operation, m_since, m_until };
    for (int i = 0; i < 5; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(fields[i]);
        filters->addWidget(m_labels[i]);
        filters->addWidget(fields[i]);
    }
    filters->addStretch(1);
    filters->addWidget(m_check);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_sealState);

    for (QComboBox *combo : { m_table, m_user, m_operation })
        connect(combo, &QComboBox::activated, this, [this] {
            m_record = 0;
            reload();
        });
    for (DateField *field : { m_since, m_until })
        connect(field, &DateField::dateChanged, this, [this] { reload(); });
    connect(m_check, &QPushButton::clicked, this, &AuditPage::checkSeals);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportEntries);
    retranslateUi();
}

QString AuditPage::title() const
{
    return tr("Audit trail");
}

QIcon AuditPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("document-properties"),
        QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView));
}

void AuditPage::setDatabase(Database *db)
{
    m_db = db && db->isOpen() ? db : nullptr;
    m_sealState->clear();
    fillChoices();
    reload();
}

void AuditPage::handleRequest(const QVariantMap &request)
{
    choose(m_table, request.value(QStringLiteral("table")).toString());
    choose(m_user, QString());
    choose(m_operation, QString());
    m_since->clear();
    m_until->clear();
    m_record = request.value(QStringLiteral("id")).toLongLong();
    reload();
}

void AuditPage::fillChoices()
{
    const QString table = chosen(m_table);
    const QString user = chosen(m_user);
    const QString operation = chosen(m_operation);
    m_table->clear();
    m_table->addItem(tr("All registers"), QString());
    for (const QString &t : AuditTrail::auditedTables())
        m_table->addItem(AuditLog::tableTitle(t), t);
    m_table->addItem(AuditLog::tableTitle(AuditTrail::wholeDatabase()), AuditTrail::wholeDatabase());
    m_user->clear();
    m_user->addItem(tr("Everyone"), QString());
    if (m_db) {
        for (const QString &u : AuditLog::users(m_db->db()))
            m_user->addItem(u, u);
    }
    m_operation->clear();
    m_operation->addItem(tr("Any change"), QString());
    const QStringList operationNames { tr("Added"), tr("Changed"), tr("Deleted"), tr("Imported") };
    const QStringList operations = AuditLog::operations();
    for (int i = 0; i < operations.size(); ++i)
        m_operation->addItem(operationNames.value(i), operations.at(i));
    choose(m_table, table);
    choose(m_user, user);
    choose(m_operation, operation);
}

void AuditPage::reload()
{
    if (!m_db) {
        m_list->setEntries(QSqlDatabase(), {});
        m_count->setText(tr("No database is open."));
        m_check->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    m_check->setEnabled(true);
    AuditFilter filter = this->filter();
    filter.limit = MaxShown + 1;
    QVector<AuditEntry> entries;
    QString why;
    if (!AuditLog::read(m_db->db(), filter, &entries, &why)) {
        m_list->setEntries(QSqlDatabase(), {});
        m_count->setText(tr("The audit trail cannot be read: %1").arg(why));
        return;
    }
    m_export->setEnabled(!entries.isEmpty());
    const bool more = entries.size() > MaxShown;
    if (more)
        entries.resize(MaxShown);
    m_list->setEntries(m_db->db(), entries);
    const QString record = filter.rowId > 0 ? tr("History of %1 #%2: ").arg(AuditLog::tableNoun(filter.table)).arg(filter.rowId)
                                            : QString();
    if (entries.isEmpty())
        m_count->setText(record + tr("No change recorded matches."));
    else if (more)
        m_count->setText(record + tr("The newest %1 changes that match, newest first; narrow the filter to see older ones.")
                                      .arg(QLocale().toString(MaxShown)));
    else if (entries.size() == 1)
        m_count->setText(record + tr("One change matches."));
    else
        m_count->setText(record + tr("%1 changes match, newest first.").arg(QLocale().toString(entries.size())));
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.table = chosen(m_table);
    f.rowId = f.table.isEmpty() ? 0 : m_record;
    f.user = chosen(m_user);
    f.operation = chosen(m_operation);
    f.since = m_since->date();
    f.until = m_until->date();
    return f;
}

void AuditPage::exportEntries()
{
    if (!m_db)
        return;
    const QString path = ListExport::askPath(this, tr("Export the audit trail"), ListExport::defaultFileName(title()));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QVector<AuditEntry> entries;
    QString why;
    bool written = AuditLog::read(m_db->db(), filter(), &entries, &why);
    if (written) {
        // What chose the rows: the filters as they read on the page.
        QStringList chosenText;
        for (const QComboBox *combo : { m_table, m_user, m_operation }) {
            if (combo->currentIndex() > 0)
                chosenText << combo->currentText();
        }
        if (m_since->date().isValid())
            chosenText << tr("from %1").arg(m_since->date().toString(Qt::ISODate));
        if (m_until->date().isValid())
            chosenText << tr("to %1").arg(m_until->date().toString(Qt::ISODate));
        TableData table = AuditLog::exportTable(m_db->db(), entries, chosenText.join(QStringLiteral(" · ")));
        // Entries hold people's names and households' details: the file is its owner's only.
        written = ListExport::writeSource(table, path, true, &why);
    }
    QApplication::restoreOverrideCursor();
    if (written)
        ListExport::reportWritten(this, path);
    else
        MessageBox::critical(this, tr("Export"), tr("The audit trail could not be exported: %1").arg(why));
}

void AuditPage::checkSeals()
{
    if (!m_db)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString why;
    const QVector<AuditFinding> chain = AuditTrail::verify(m_db->db(), &why);
    QString outsideWhy;
    const QVector<AuditFinding> outside = AuditTrail::outsideChanges(m_db->db(), &outsideWhy);
    QApplication::restoreOverrideCursor();
    QStringList lines;
    if (!why.isEmpty() || !outsideWhy.isEmpty())
        lines << tr("The audit trail cannot be checked: %1").arg(why.isEmpty() ? outsideWhy : why);
    else if (chain.isEmpty())
        lines << tr("The seals hold: no entry of the audit trail was changed or removed since it was written.");
    for (const AuditFinding &f : chain + outside)
        lines << f.message;
    m_sealState->setText(lines.join(QLatin1Char('\n')));
}

void AuditPage::showEvent(QShowEvent *event)
{
    fillChoices();
    reload();
    Page::showEvent(event);
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_sealState->clear();
        retranslateUi();
        fillChoices();
        reload();
    }
    Page::changeEvent(event);
}

void AuditPage::retranslateUi()
{
    const QStringList labels { tr("&Register:"), tr("&User:"), tr("&Done:"), tr("&From:"), tr("&To:") };
    for (int i = 0; i < 5; ++i)
        m_labels[i]->setText(labels.at(i));
    m_check->setText(tr("Check the seals"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Write every change the filters choose to a spreadsheet (.xlsx) or CSV file"));
    m_check->setToolTip(tr("Recompute the chain of seals: any entry changed or removed outside Tongxin shows"));
    m_list->retranslateUi();
}

} // namespace tongxin

#include "consumption/outletstab.h"

#include "db/database.h"
#include "records/recordactions.h"
#include "registers/consumption.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

namespace tongxin {

OutletsTab::OutletsTab(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_list(new ListView(ConsumptionLists::outlets(), this))
    , m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("outletsTab"));
    m_list->setObjectName(QStringLiteral("outletsList"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_totals->setObjectName(QStringLiteral("outletTotals"));
    m_totals->setProperty("role", QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_actions = new RecordActions(m_list, ConsumptionForms::outlet(), this);
    m_actions->setNameColumn(QStringLiteral("name"));
    m_actions->setPrefill([this] {
        QVariantMap values;
        if (!m_kind->currentData().toString().isEmpty())
            values.insert(QStringLiteral("kind"), m_kind->currentData());
        return values;
    });
    const auto changed = [this] {
        reload();
        emit outletsChanged();
    };
    connect(m_actions, &RecordActions::saved, this, changed);
    connect(m_actions, &RecordActions::deleted, this, changed);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_totals);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_list->setColumnFilter(QStringLiteral("kind"), m_kind->currentData());
        renderTotals();
    });
    // The totals count the rows shown: recount when the search changes them.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_list->proxy(), signal, this, &OutletsTab::renderTotals);
    connect(m_list->proxy(), &QAbstractItemModel::layoutChanged, this, &OutletsTab::renderTotals);
    connect(m_list->proxy(), &QAbstractItemModel::modelReset, this, &OutletsTab::renderTotals);
    retranslateUi();
}

OutletsTab::~OutletsTab() = default;

void OutletsTab::setDatabase(Database *db)
{
    m_db = db && db->isOpen() ? db : nullptr;
    m_actions->setDatabase(m_db);
    reload();
}

void OutletsTab::reload()
{
    if (m_db)
        m_list->load(m_db->db());
    else
        m_list->clear();
    renderTotals();
}

void OutletsTab::fillKinds()
{
    const QString current = m_kind->currentData().toString();
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &code : Labels::codes(Labels::Domain::OutletKind))
        m_kind->addItem(Labels::text(Labels::Domain::OutletKind, code), code);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
}

// Counted from the rows the list shows (its kind filter and search), by kind.
void OutletsTab::renderTotals()
{
    if (!m_db) {
        m_totals->clear();
        return;
    }
    QMap<QString, int> byKind;
    int open = 0;
    const ListProxy *proxy = m_list->proxy();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const int row = proxy->mapToSource(proxy->index(r, 0)).row();
        ++byKind[m_list->value(row, QStringLiteral("kind")).toString()];
        if (m_list->value(row, QStringLiteral("status")).toString() == QLatin1String("open"))
            ++open;
    }
    const int shown = proxy->rowCount();
    QStringList parts;
    parts << QStringLiteral("%1&nbsp;<b>%2</b>").arg(tr("Outlets").toHtmlEscaped(), QLocale().toString(shown))
            + QStringLiteral(" (%1)").arg(tr("%1 open").arg(QLocale().toString(open)).toHtmlEscaped());
    for (const QString &code : Labels::codes(Labels::Domain::OutletKind)) {
        if (byKind.value(code) > 0)
            parts << QStringLiteral("%1&nbsp;<b>%2</b>")
                         .arg(Labels::text(Labels::Domain::OutletKind, code).toHtmlEscaped(),
                             QLocale().toString(byKind.value(code)));
    }
    const bool all = shown == m_list->totalRowCount();
    m_totals->setText(QStringLiteral("<b>%1</b> &nbsp; %2")
                          .arg((all ? tr("Totals by kind") : tr("Totals of the rows shown, by kind")).toHtmlEscaped(),
                              parts.join(QStringLiteral(" &nbsp;·&nbsp; "))));
}

void OutletsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutletsTab::retranslateUi()
{
    fillKinds();
    m_kind->setToolTip(tr("Show only the outlets of one kind"));
    renderTotals();
}

} // namespace tongxin

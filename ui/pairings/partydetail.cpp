#include "pairings/partydetail.h"

#include "db/database.h"
#include "domain/labels.h"
#include "records/lookupcombo.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongxin {

namespace {
enum Column { PartnerColumn, PeriodColumn, StatusColumn, ColumnCount };

QLabel *caption(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QCommandLinkButton *partyButton(const QString &name, QWidget *parent)
{
    auto *b = new QCommandLinkButton(parent);
    b->setObjectName(name);
    b->setCheckable(true);
    b->setAutoExclusive(false);
    b->setIcon(QIcon());
    b->setIconSize(QSize(0, 0));
    return b;
}
} // namespace

PartyDetail::PartyDetail(QWidget *parent)
    : QWidget(parent)
    , m_selectedLabel(caption(this))
    , m_east(partyButton(QStringLiteral("eastPartyButton"), this))
    , m_west(partyButton(QStringLiteral("westPartyButton"), this))
    , m_chooserLabel(caption(this))
    , m_chooser(new LookupCombo(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("partyDetail"));
    m_chooser->setObjectName(QStringLiteral("partyChooser"));
    m_chooser->setMinimumContentsLength(16);
    m_title->setObjectName(QStringLiteral("partyTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_summary->setObjectName(QStringLiteral("partySummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("partyPairings"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(12);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setItemsExpandable(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PartnerColumn, QHeaderView::Stretch);
    m_selectedLabel->setWordWrap(true);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_selectedLabel);
    layout->addWidget(m_east);
    layout->addWidget(m_west);
    layout->addSpacing(6);
    layout->addWidget(m_chooserLabel);
    layout->addWidget(m_chooser);
    layout->addWidget(line);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    connect(m_east, &QAbstractButton::clicked, this, [this] { showParty(m_pairing.east); });
    connect(m_west, &QAbstractButton::clicked, this, [this] { showParty(m_pairing.west); });
    connect(m_chooser, &LookupCombo::currentIdChanged, this, [this](qint64 key) {
        if (key)
            showParty(PairingParty::fromKey(key));
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            emit pairingActivated(id);
    });
    retranslateUi();
    refreshButtons();
}

void PartyDetail::setDatabase(Database *db)
{
    m_db = db && db->isOpen() ? db : nullptr;
    setEnabled(m_db != nullptr);
    loadChooser();
    // The same pairing and party as before, as the database now has them.
    m_pairing = m_db && m_pairing.id ? PairingQuery::pairing(m_db->db(), m_pairing.id) : PairingRow();
    if (!m_db)
        m_party = PairingParty();
    refreshButtons();
    refreshList();
}

void PartyDetail::loadChooser()
{
    const QSignalBlocker block(m_chooser);
    if (m_db)
        m_chooser->load(m_db->db(), PairingQuery::partiesLookupSql());
    else
        m_chooser->clear();
    m_chooser->setCurrentId(0);
}

void PartyDetail::showPairing(qint64 pairingId)
{
    const bool same = pairingId && pairingId == m_pairing.id;
    m_pairing = m_db && pairingId ? PairingQuery::pairing(m_db->db(), pairingId) : PairingRow();
    refreshButtons();
    // The same pairing again (the list was reloaded after a save): keep the party the user chose.
    if (same && (m_party == m_pairing.east || m_party == m_pairing.west))
        return;
    if (m_pairing.id)
        showParty(m_pairing.west);
}

void PartyDetail::showParty(const PairingParty &party)
{
    m_party = party;
    // The chooser names a party only while it is the one shown.
    if (m_chooser->currentId() != party.key()) {
        const QSignalBlocker block(m_chooser);
        m_chooser->setCurrentId(0);
    }
    refreshButtons();
    refreshList();
}

QVector<qint64> PartyDetail::listedPairings() const
{
    QVector<qint64> ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int k = 0; k < group->childCount(); ++k)
            ids << group->child(k)->data(0, Qt::UserRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void PartyDetail::refreshButtons()
{
    const bool shown = m_pairing.id != 0;
    m_east->setVisible(shown);
    m_west->setVisible(shown);
    if (shown) {
        const QString kind = Labels::text(Labels::Domain::PairingKind, m_pairing.kind);
        m_east->setText(m_pairing.eastText);
        m_east->setDescription(tr("Eastern party · %1").arg(kind));
        m_west->setText(m_pairing.westText);
        m_west->setDescription(m_pairing.unit.isEmpty() ? tr("Western party · %1").arg(kind)
                                                        : tr("Western party · %1 · %2").arg(kind, m_pairing.unit));
    }
    m_east->setChecked(shown && m_party.isValid() && m_party == m_pairing.east);
    m_west->setChecked(shown && m_party.isValid() && m_party == m_pairing.west);
    m_selectedLabel->setText(shown ? tr("Selected pairing — click a party to see all its pairings")
                                   : tr("Select a pairing in the list, or choose a party below."));
}

void PartyDetail::refreshList()
{
    m_tree->clear();
    if (!m_db || !m_party.isValid()) {
        m_title->setText(tr("No party chosen"));
        m_summary->clear();
        return;
    }
    const QSqlDatabase db = m_db->db();
    const QString name = PairingQuery::partyText(db, m_party);
    if (name.isEmpty()) { // deleted meanwhile
        m_party = PairingParty();
        refreshList();
        return;
    }
    m_title->setText(name);
    const QVector<PairingRow> rows = PairingQuery::pairingsOf(db, m_party);
    // One group per kind (in the article's order), each pairing oldest first.
    int active = 0;
    QList<QTreeWidgetItem *> items;
    for (const QString &kind : Labels::codes(Labels::Domain::PairingKind)) {
        QTreeWidgetItem *group = nullptr;
        for (const PairingRow &r : rows) {
            if (r.kind != kind)
                continue;
            if (!group) {
                group = new QTreeWidgetItem;
                QFont bold = font();
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFlags(Qt::ItemIsEnabled);
                items << group;
            }
            const bool east = r.east == m_party;
            // An eastern party's partners may lie in several western units: name the unit.
            const QString partner
                = east && !r.unit.isEmpty() ? tr("%1 · %2").arg(r.westText, r.unit) : (east ? r.westText : r.eastText);
            auto *item = new QTreeWidgetItem(group);
            item->setData(0, Qt::UserRole, r.id);
            item->setText(PartnerColumn, partner);
            item->setToolTip(PartnerColumn, partner);
            item->setText(PeriodColumn,
                r.endDate.isEmpty() ? tr("since %1").arg(r.startDate) : tr("%1 – %2").arg(r.startDate, r.endDate));
            item->setText(StatusColumn, Labels::text(Labels::Domain::PairingStatus, r.status));
            if (r.status == QLatin1String("active")) {
                ++active;
            } else {
                for (int c = 0; c < ColumnCount; ++c)
                    item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
        if (group)
            group->setText(
                0, tr("%1 (%2)").arg(Labels::text(Labels::Domain::PairingKind, kind)).arg(group->childCount()));
    }
    m_tree->addTopLevelItems(items);
    for (QTreeWidgetItem *group : std::as_const(items))
        group->setFirstColumnSpanned(true);
    m_tree->expandAll();
    const QString kind = PairingQuery::partyKindText(db, m_party);
    const QString count = rows.size() == 1 ? tr("1 pairing") : tr("%n pairings", nullptr, int(rows.size()));
    m_summary->setText(
        rows.isEmpty() ? tr("%1 · no pairings").arg(kind) : tr("%1 · %2, %3 active").arg(kind, count).arg(active));
}

void PartyDetail::retranslateUi()
{
    m_chooserLabel->setText(tr("Show the pairings of…"));
    m_chooser->setToolTip(tr("Any street, community, town, village, school, hospital, enterprise, chamber, "
                             "cadre or registered poor household; type part of the name"));
    m_chooser->lineEdit()->setPlaceholderText(tr("Type a name…"));
    m_tree->setHeaderLabels({ tr("Paired with"), tr("Period"), tr("Status") });
    refreshButtons();
    refreshList();
}

void PartyDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tongxin

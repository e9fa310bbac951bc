#include "registries/registriespage.h"

#include "db/database.h"
#include "records/recordactions.h"
#include "records/rules.h"
#include "registers/registries.h"
#include "stats/breakdowns.h"
#include "widgets/listview.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLocale>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tongxin {

RegistriesPage::RegistriesPage(QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("registriesPage"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    addTab(Places, new ListView(RegistryLists::places(), this), true);
    addTab(Organisations, new ListView(RegistryLists::organisations(), this), true);
    addTab(People, new ListView(RegistryLists::people(), this), true);
    addTab(Households, new ListView(RegistryLists::households(), this), false);
    // Create, edit and delete, with forms; a new organisation or person starts on the side shown.
    const FormSpec forms[TabCount] = {RegistryForms::place(), RegistryForms::organisation(), RegistryForms::person(),
                                      RegistryForms::household()};
    for (int t = 0; t < TabCount; ++t) {
        m_actions[t] = new RecordActions(m_lists[t], forms[t], this);
        if (t == Places) {
            // A new place goes under the place chosen in the list (a village beside a village).
            m_actions[t]->setPrefill([this] {
                const qint64 chosen = m_actions[Places]->currentId();
                return m_db && chosen ? Rules::newPlace(m_db->db(), chosen) : QVariantMap();
            });
        }
        if (QComboBox *side = m_filters[t].side; side && t != Places) {
            m_actions[t]->setPrefill([side] {
                const QString code = side->currentData().toString();
                return code.isEmpty() ? QVariantMap() : QVariantMap{{QStringLiteral("side"), code}};
            });
        }
    }
    retranslateUi();
    setDatabase(nullptr);
}

QString RegistriesPage::title() const
{
    return tr("Registries");
}

QIcon RegistriesPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void RegistriesPage::addTab(Tab tab, ListView *list, bool sideFilter)
{
    static const char *const names[] = { "placesList", "organisationsList", "peopleList", "householdsList" };
    list->setObjectName(QLatin1String(names[tab]));
    m_lists[tab] = list;
    Filters &f = m_filters[tab];
    if (sideFilter) {
        f.side = new QComboBox(list);
        f.side->setObjectName(QStringLiteral("sideFilter"));
        f.side->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        list->addFilterWidget(f.side);
        connect(f.side, &QComboBox::currentIndexChanged, this, [this, tab] { applyFilters(tab); });
    }
    f.unit = new QComboBox(list);
    f.unit->setObjectName(QStringLiteral("unitFilter"));
    f.unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    list->addFilterWidget(f.unit);
    connect(f.unit, &QComboBox::currentIndexChanged, this, [this, tab] { applyFilters(tab); });
    m_tabs->addTab(list, QString());
}

void RegistriesPage::handleRequest(const QVariantMap &request)
{
    static const QStringList tabs { QStringLiteral("places"), QStringLiteral("organisations"), QStringLiteral("people"),
        QStringLiteral("households") };
    const qsizetype tab = tabs.indexOf(request.value(QStringLiteral("tab")).toString());
    if (tab >= 0)
        m_tabs->setCurrentIndex(int(tab));
}

void RegistriesPage::setDatabase(Database *db)
{
    m_db = db && db->isOpen() ? db : nullptr;
    for (RecordActions *a : m_actions)
        a->setDatabase(m_db);
    for (int t = 0; t < TabCount; ++t) {
        Filters &f = m_filters[t];
        fillUnitCombo(f.unit);
        f.unit->setEnabled(m_db != nullptr);
        if (f.side)
            f.side->setEnabled(m_db != nullptr);
        if (m_db)
            m_lists[t]->load(m_db->db());
        else
            m_lists[t]->clear();
        applyFilters(Tab(t));
    }
}

// A western unit only narrows western rows: choosing the east side turns the unit filter off.
void RegistriesPage::applyFilters(Tab tab)
{
    Filters &f = m_filters[tab];
    ListView *list = m_lists[tab];
    if (!list)
        return;
    const QString side = f.side ? f.side->currentData().toString() : QString();
    if (f.side) {
        const bool east = side == QLatin1String("east");
        f.unit->setEnabled(m_db != nullptr && !east);
        if (east && f.unit->currentIndex() > 0) {
            const QSignalBlocker block(f.unit);
            f.unit->setCurrentIndex(0);
        }
        list->setColumnFilter(QStringLiteral("side"), side);
    }
    list->setColumnFilter(QStringLiteral("unit_id"), f.unit->currentData());
}

void RegistriesPage::fillSideCombo(QComboBox *combo)
{
    const QSignalBlocker block(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("Both sides"), QString());
    for (const QString &code : Labels::codes(Labels::Domain::Side))
        combo->addItem(Labels::text(Labels::Domain::Side, code), code);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void RegistriesPage::fillUnitCombo(QComboBox *combo)
{
    const QSignalBlocker block(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(tr("All western units"), QVariant());
    if (m_db) {
        for (const Unit &u : Breakdowns::westernUnits(m_db->db()))
            combo->addItem(u.displayName(), u.id);
    }
    combo->setCurrentIndex(current.isValid() ? qMax(0, combo->findData(current)) : 0);
}

void RegistriesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void RegistriesPage::retranslateUi()
{
    m_tabs->setTabText(Places, tr("Places"));
    m_tabs->setTabText(Organisations, tr("Organisations"));
    m_tabs->setTabText(People, tr("People"));
    m_tabs->setTabText(Households, tr("Registered poor households"));
    for (Filters &f : m_filters) {
        if (f.side) {
            fillSideCombo(f.side);
            f.side->setToolTip(tr("Show places, organisations or people of one side"));
        }
        if (f.unit) {
            fillUnitCombo(f.unit);
            f.unit->setToolTip(tr("Show only what belongs to one western unit"));
        }
    }
}

} // namespace tongxin

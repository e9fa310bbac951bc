#include "registries/registriespage.h"

#include "db/database.h"
#include "records/recordactions.h"
#include "records/rules.h"
#include "registries/registryforms.h"
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

namespace {

// Header texts are translated in the page's own context.
constexpr const char *Context = "tongxin::RegistriesPage";

// Places in tree order, as entered: each unit, then each street or town followed by its
// communities or villages.
const char *const PlacesSql = R"(
SELECT p.id, p.side, p.name, p.name_en, p.level, par.name AS parent, u.name AS unit, pu.unit_id,
       p.population, p.is_poor, p.exit_year
FROM places p
LEFT JOIN places par ON par.id = p.parent_id
LEFT JOIN place_units pu ON pu.place_id = p.id
LEFT JOIN places u ON u.id = pu.unit_id
ORDER BY p.side, u.illustrative, pu.unit_id,
         p.level NOT IN ('district', 'county'),
         CASE WHEN p.level IN ('street', 'town') THEN p.id
              WHEN p.level IN ('community', 'village') THEN par.id ELSE 0 END,
         p.level IN ('community', 'village'), p.id
)";

const char *const OrganisationsSql = R"(
SELECT o.id, o.name, o.kind, o.side, pl.name AS place, u.name AS unit, pu.unit_id, o.ownership
FROM organisations o
LEFT JOIN places pl ON pl.id = o.place_id
LEFT JOIN place_units pu ON pu.place_id = o.place_id
LEFT JOIN places u ON u.id = pu.unit_id
ORDER BY o.side, o.kind, o.name, o.id
)";

// A person's place is their own, or else their organisation's.
const char *const PeopleSql = R"(
SELECT pe.id, pe.name, pe.role, pe.field, pe.side, o.name AS organisation,
       coalesce(pl.name, opl.name) AS place, u.name AS unit, pu.unit_id
FROM people pe
LEFT JOIN organisations o ON o.id = pe.org_id
LEFT JOIN places pl ON pl.id = pe.place_id
LEFT JOIN places opl ON opl.id = o.place_id
LEFT JOIN place_units pu ON pu.place_id = coalesce(pe.place_id, o.place_id)
LEFT JOIN places u ON u.id = pu.unit_id
ORDER BY pe.side, pe.role, pe.name, pe.id
)";

// status: one digit per guarantee (food and clothing, education, medical care, housing,
// drinking water), 1 when met.
const char *const HouseholdsSql = R"(
SELECT h.id, h.head_name, v.name AS village, t.name AS town, c.name AS unit, c.id AS unit_id,
       h.members, h.registered_year, h.exit_year,
       h.food_clothing_ok || h.education_ok || h.medical_ok || h.housing_ok || h.water_ok AS status
FROM households h
JOIN places v ON v.id = h.village_id
JOIN places t ON t.id = v.parent_id
JOIN places c ON c.id = t.parent_id
ORDER BY c.illustrative, c.id, t.id, v.id, h.id
)";


// 两不愁三保障: "All met", or which guarantees are not met yet.
QString guaranteesText(const QVariant &raw)
{
    const QString flags = raw.toString();
    if (flags.isEmpty())
        return {};
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "food and clothing"),
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "education"),
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "medical care"),
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "housing"),
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "drinking water"),
    };
    QStringList missing;
    for (int i = 0; i < 5; ++i) {
        if (i >= flags.size() || flags.at(i) != QLatin1Char('1'))
            missing << QCoreApplication::translate(Context, names[i]);
    }
    if (missing.isEmpty())
        return RegistriesPage::tr("All met");
    return RegistriesPage::tr("Not met: %1").arg(QLocale().createSeparatedList(missing));
}

ListSpec placesSpec()
{
    using C = ListColumn;
    using D = Labels::Domain;
    return { QStringLiteral("registries/places"), Context, QString::fromUtf8(PlacesSql),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("unit_id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Name")),
            C::text(QStringLiteral("name_en"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "English name")),
            C::code(QStringLiteral("level"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Level"), D::PlaceLevel),
            C::code(QStringLiteral("side"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Side"), D::Side),
            C::text(QStringLiteral("parent"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Part of")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "County / district")),
            C::integer(QStringLiteral("population"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Population")),
            C::boolean(QStringLiteral("is_poor"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Poor")),
            C::year(QStringLiteral("exit_year"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Exit year")) } };
}

ListSpec organisationsSpec()
{
    using C = ListColumn;
    using D = Labels::Domain;
    return { QStringLiteral("registries/organisations"), Context, QString::fromUtf8(OrganisationsSql),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("unit_id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Name")),
            C::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Kind"), D::OrgKind),
            C::code(QStringLiteral("side"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Side"), D::Side),
            C::text(QStringLiteral("place"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Place")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "County / district")),
            C::code(QStringLiteral("ownership"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Ownership"),
                Labels::Domain::Ownership) } };
}

ListSpec peopleSpec()
{
    using C = ListColumn;
    using D = Labels::Domain;
    return { QStringLiteral("registries/people"), Context, QString::fromUtf8(PeopleSql),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("unit_id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Name")),
            C::code(QStringLiteral("role"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Role"), D::PersonRole),
            C::code(QStringLiteral("field"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Field"), D::Field),
            C::code(QStringLiteral("side"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Side"), D::Side),
            C::text(QStringLiteral("organisation"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Organisation")),
            C::text(QStringLiteral("place"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Place")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "County / district")) } };
}

ListSpec householdsSpec()
{
    using C = ListColumn;
    return { QStringLiteral("registries/households"), Context, QString::fromUtf8(HouseholdsSql),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("unit_id")),
            C::text(QStringLiteral("head_name"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Head of household")),
            C::text(QStringLiteral("village"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Village")),
            C::text(QStringLiteral("town"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Town")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Western unit")),
            C::integer(QStringLiteral("members"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Members")),
            C::year(QStringLiteral("registered_year"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Registered")),
            C::year(QStringLiteral("exit_year"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Exit year")),
            C::custom(QStringLiteral("status"),
                QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Two assurances, three guarantees"), guaranteesText) } };
}

} // namespace

RegistriesPage::RegistriesPage(QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("registriesPage"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    addTab(Places, new ListView(placesSpec(), this), true);
    addTab(Organisations, new ListView(organisationsSpec(), this), true);
    addTab(People, new ListView(peopleSpec(), this), true);
    addTab(Households, new ListView(householdsSpec(), this), false);
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

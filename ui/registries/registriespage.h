#pragma once

#include "shell/page.h"

class QComboBox;
class QTabWidget;

namespace tongxin {

class ListView;
class RecordActions;

/// The registries: places (east and west), organisations, people and registered poor
/// households, one searchable list per tab, with side and western-unit filters.
class RegistriesPage final : public Page
{
    Q_OBJECT
public:
    enum Tab { Places, Organisations, People, Households, TabCount };

    explicit RegistriesPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("registries"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;
    /// Shows the tab named by the request's "tab" ("places", "organisations", "people",
    /// "households"), as the getting-started guide asks.
    void handleRequest(const QVariantMap &request) override;

    ListView *list(Tab tab) const { return m_lists[tab]; }
    RecordActions *actions(Tab tab) const { return m_actions[tab]; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Filters
    {
        QComboBox *side = nullptr;
        QComboBox *unit = nullptr;
    };
    void addTab(Tab tab, ListView *list, bool sideFilter);
    void applyFilters(Tab tab);
    void fillSideCombo(QComboBox *combo);
    void fillUnitCombo(QComboBox *combo);
    void retranslateUi();

    Database *m_db = nullptr;
    QTabWidget *m_tabs;
    ListView *m_lists[TabCount] = {};
    RecordActions *m_actions[TabCount] = {};
    Filters m_filters[TabCount];
};

} // namespace tongxin

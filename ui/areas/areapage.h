#pragma once

#include "areas/areatab.h"
#include "shell/page.h"

#include <QVector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace tongxin {

/// A page of one area of the work (talent, labour, industry, social aid, organisation): a heading
/// with the year and western-unit filters of the dashboard, and one AreaTab per kind of record
/// (tabs when there are several). Hidden tabs reload when they are shown.
class AreaPage : public Page
{
    Q_OBJECT
public:
    /// `area` is the Labels::Domain::Area code that names the page.
    AreaPage(const QString &area, QWidget *parent = nullptr);
    ~AreaPage() override;

    QString pageId() const override { return m_area; }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;

    int tabCount() const { return int(m_tabs.size()); }
    AreaTab *tab(int index) const { return m_tabs.value(index); }
    /// The tab of a table, or nullptr.
    AreaTab *tab(AreaTable table) const;
    /// Shows a tab (and reloads it when needed).
    void showTab(int index);
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *unitFilter() const { return m_unit; }

protected:
    /// Subclasses add their tabs in their constructor, in order.
    AreaTab *addTab(const AreaTabSpec &spec);
    /// The open database, or nullptr.
    Database *database() const { return m_db; }
    void changeEvent(QEvent *event) override;

private:
    void applyFilters();
    void fillFilters();
    void currentChanged();
    void retranslateUi();

    QString m_area;
    Database *m_db = nullptr;
    QLabel *m_heading;
    QLabel *m_yearLabel;
    QLabel *m_unitLabel;
    QComboBox *m_year;
    QComboBox *m_unit;
    QTabWidget *m_tabWidget;
    QVector<AreaTab *> m_tabs;
};

} // namespace tongxin

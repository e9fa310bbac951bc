#pragma once

#include "funds/fundsfilter.h"
#include "shell/page.h"
#include "stats/breakdowns.h"

#include <QVector>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;

namespace tongxin {

class FundsChartsWidget;
class ProjectDetailWidget;
class ProjectLedgerView;
class ProjectEditing;

/// Funds and projects (资金支持 / 项目台账), read-only: filters (funding year, western unit,
/// category, status) on top; the four funding charts; the project ledger with its totals and,
/// beside it, the detail of the selected project. Budgets over a unit's allocation are
/// warned about under the filters. The Projects page adds the forms around the same widgets.
class FundsPage final : public Page
{
    Q_OBJECT
public:
    explicit FundsPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("funds"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;

    /// The selection of the filter combos (without the ledger's search words).
    FundsFilter filter() const;
    /// Reads charts, ledger and warnings again for the current filter.
    void reload();

    FundsChartsWidget *charts() const { return m_charts; }
    ProjectLedgerView *ledger() const { return m_ledger; }
    ProjectDetailWidget *detail() const { return m_detail; }
    ProjectEditing *editing() const { return m_editing; }
    QLabel *warningLabel() const { return m_warning; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilters();
    void updateWarnings();
    void retranslateUi();

    Database *m_db = nullptr;
    QVector<Unit> m_units;
    QVector<int> m_years;
    QLabel *m_yearLabel;
    QLabel *m_unitLabel;
    QLabel *m_categoryLabel;
    QLabel *m_statusLabel;
    QComboBox *m_year;
    QComboBox *m_unit;
    QComboBox *m_category;
    QComboBox *m_status;
    QLabel *m_warning;
    QSplitter *m_vertical;
    QSplitter *m_horizontal;
    FundsChartsWidget *m_charts;
    ProjectLedgerView *m_ledger;
    ProjectDetailWidget *m_detail;
    ProjectEditing *m_editing = nullptr;
    QPushButton *m_allocations = nullptr;
};

} // namespace tongxin

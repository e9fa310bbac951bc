#pragma once

#include "funds/fundsquery.h"

#include <QHash>
#include <QStyledItemDelegate>
#include <QWidget>

#include <memory>

class QLabel;

namespace tongxin {

class Database;
class ListView;

/// Draws a percentage (raw value in hundredths of a percent) as a bar in its cell, with the
/// figure over it: green when fully paid.
class PercentBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// "97.7%" from hundredths of a percent.
    static QString text(const QVariant &basisPoints);
};

/// The aid-project ledger (项目台账): a searchable, sortable list of the projects of a
/// FundsFilter with budget, paid and an in-cell "% paid" bar, and a totals row under it for
/// the rows shown. Reusable: the Projects page wraps it with its forms.
class ProjectLedgerView final : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectLedgerView(QWidget *parent = nullptr);
    ~ProjectLedgerView() override;

    /// The open database, or nullptr. Reloads with the current filter.
    void setDatabase(Database *db);
    /// Shows the projects of `filter`; its search words go to the list's search box.
    void setFilter(const FundsFilter &filter);
    FundsFilter filter() const;
    /// Reads the ledger again (after a write), keeping filter, search, sort and selection.
    void reload();

    /// The project of the current row, or 0.
    qint64 currentProjectId() const;
    /// Makes a project the current row (if shown); false when it is not in the list.
    bool selectProject(qint64 projectId);
    /// Totals of the rows shown (after the search).
    LedgerTotals visibleTotals() const;

    ListView *list() const { return m_list; }
    QLabel *totalsLabel() const { return m_totals; }

signals:
    /// A project was double-clicked or Enter was pressed on it.
    void projectActivated(qint64 projectId);
    /// The current row changed (0 when none).
    void currentProjectChanged(qint64 projectId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTotals();
    void sizeColumnsOnce();

    Database *m_db = nullptr;
    FundsFilter m_filter;
    bool m_sized = false;
    ListView *m_list;
    QLabel *m_totals;
    std::shared_ptr<QHash<QString, QString>> m_unitNamesEn; // Chinese name -> English name
};

} // namespace tongxin

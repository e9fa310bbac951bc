#pragma once

#include "registers/listspec.h"

#include <QSqlDatabase>
#include <QVariantMap>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace tongxin {

class ListModel;
class ListProxy;

/// The list every page uses: a search box (Ctrl+F, filters as you type), room for a page's
/// own filter widgets, a row count, and a sortable table of a ListSpec query. Headers, codes
/// and money follow the language at run time; column widths, order and sort are remembered
/// in QSettings under "lists/<settingsKey>/".
class ListView final : public QWidget
{
    Q_OBJECT
public:
    explicit ListView(const ListSpec &spec, QWidget *parent = nullptr);
    ~ListView() override;

    /// Runs the query (named placeholders bound from `binds`), keeping search, filters and sort.
    bool load(const QSqlDatabase &db, const QVariantMap &binds = {});
    /// Empties the list (no database open).
    void clear();

    /// Adds a page's filter widget (a combo box…) to the tool bar, after the search box.
    void addFilterWidget(QWidget *widget);
    /// Adds an action to the table's right-click menu (after Export).
    void addContextAction(QAction *action);
    /// Keeps only rows whose raw value of the column named `column` equals `value`;
    /// an invalid or empty value shows all rows again.
    void setColumnFilter(const QString &column, const QVariant &value);

    /// Applies a search at once (the search box applies it after a short pause).
    void setSearchText(const QString &text);
    QString searchText() const;

    /// Rows shown (after search and filters) and rows loaded.
    int visibleRowCount() const;
    int totalRowCount() const;

    /// The source row of the current row, or -1; and values of a source row by column name.
    int currentRow() const;
    QVariant value(int sourceRow, const QString &column) const;

    ListModel *model() const { return m_model; }
    ListProxy *proxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    /// "Export…" (Ctrl+E, tool button and context menu): writes the rows and columns shown to
    /// .xlsx or .csv (see ListExport).
    QAction *exportAction() const { return m_exportAction; }

    /// Writes the header state to QSettings (also done when the list is hidden or destroyed).
    void saveState() const;

signals:
    /// A row was double-clicked or Enter was pressed on it (source row of the model).
    void activated(int sourceRow);
    void currentRowChanged(int sourceRow);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void restoreState();
    void applyHiddenColumns();
    void sizeColumnsOnce();
    QString settingsGroup() const;
    QString signature() const;

    ListModel *m_model;
    ListProxy *m_proxy;
    QLineEdit *m_search;
    QHBoxLayout *m_filters;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_debounce;
    QAction *m_exportAction;
    QToolButton *m_exportButton;
    bool m_sized = false;
};

} // namespace tongxin

#pragma once

#include "consumption/salesquery.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace tongxin {

class Database;
class SalesModel;

/// The Sales ledger tab: a search box (applied after a pause), Import…, New…, Edit…, Delete,
/// the row count and Export… above a table of the lazily read SalesModel, and the totals of
/// the filtered rows (rows, amount, of which 以购代捐) under it, always in view. The page's
/// filters come in through setPageFilter(). Single entries are written with the records
/// framework (RecordDialog of ConsumptionForms::sale() run by RecordActions::runDialog, so tests
/// drive it with RecordActions::setDialogDriver; deleteRecord), so Ctrl+Z undoes them;
/// the sales_monthly summary follows through the schema's triggers.
class SalesLedger final : public QWidget
{
    Q_OBJECT
public:
    explicit SalesLedger(QWidget *parent = nullptr);
    ~SalesLedger() override;

    void setDatabase(Database *db);
    /// The page's filters (dates, channel, outlet, unit, category, buyer type); the search is
    /// the ledger's own. Reads again at once when `load`, else when reload() is called.
    void setPageFilter(const SalesFilter &filter, bool load = true);
    /// The filter the rows and totals were last asked for (page filters and search).
    SalesFilter filter() const;
    /// Reads rows and totals again (keeps the current row when it is still there).
    void reload();
    /// Applies a search at once (the box applies it ~300 ms after the last key).
    void setSearchText(const QString &text);
    QString searchText() const { return m_appliedSearch; }

    /// Opens the form for a new sale, pre-filled from the filters; true when saved.
    bool openNew(const QVariantMap &prefill = {});
    /// Opens the form of a sale; true when saved.
    bool openEdit(qint64 id);
    /// Asks, then deletes the current row's sale; true when deleted.
    bool deleteCurrent();
    /// The id of the current row, or 0.
    qint64 currentId() const;
    /// Makes the row of an id current (when it is among the rows).
    bool selectId(qint64 id);

    /// Writes the rows of the filter, in the order shown, with the columns shown, to .xlsx or
    /// .csv (by suffix), through the export core. `progress` returning false cancels.
    bool exportTo(const QString &path, QString *error = nullptr,
        const std::function<bool(qint64, qint64)> &progress = {}, bool *cancelled = nullptr);
    /// Asks for a file (FileDialog) and exports with a progress dialog and Cancel.
    QString exportWithDialog();
    /// Opens the import wizard, then reads everything again.
    void importWithWizard();

    /// Text of the filter for the export's title row, given by the page.
    void setFilterDescriber(std::function<QString()> describe) { m_describe = std::move(describe); }

    SalesModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    QLabel *totalsLabel() const { return m_totals; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

signals:
    /// Rows were imported: other pages should read again.
    void imported();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void renderTotals();
    void renderCount();
    void rowsLoaded();
    void updateActions();
    void restoreHeader();
    void saveHeader() const;
    void retranslateUi();

    Database *m_db = nullptr;
    SalesModel *m_model;
    SalesFilter m_pageFilter;
    QString m_appliedSearch;
    qint64 m_keepId = 0; // the row to make current again after a reload
    bool m_sized = false; // column widths fitted to the rows (or restored)
    std::function<QString()> m_describe;

    QLineEdit *m_search;
    QTimer *m_debounce;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_totals;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_export;
    QAction *m_import;
    QToolButton *m_importButton;
};

} // namespace tongxin

#pragma once

#include "pairing/pairingquery.h"
#include "shell/page.h"

#include <QAbstractTableModel>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace tongxin {

class ExplainDialog;
class ListView;
class PartyDetail;
class RecordActions;

/// The counts by kind and western unit of one year (PairingQuery::countsByUnit): pairs,
/// distinct eastern parties and distinct western parties; each kind's rows end with the row of
/// all western units.
class PairingCountsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, UnitColumn, PairsColumn, EastColumn, WestColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole, UnitRole }; ///< kind code; unit id (0 = all units)

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QVector<PairingCountRow> &rows);
    const QVector<PairingCountRow> &rows() const { return m_rows; }
    /// Headers and names follow the language.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<PairingCountRow> m_rows;
};

/// Pairings (结对帮扶): every pairing of every kind in one searchable list, filtered by kind,
/// status, year, eastern unit and western unit; new, edit, delete and "End pairing…" with
/// undo; beside it the parties of the selected pairing and everything each is paired with.
/// A second tab counts the pairs per kind and western unit, as the dashboard does.
class PairingsPage final : public Page
{
    Q_OBJECT
public:
    enum Tab { ListTab, CountsTab };

    explicit PairingsPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("pairings"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;
    /// Opens the form of a new pairing with the request's values filled in ("kind",
    /// "west_place_id" or "west_household_id"; the coverage page's gaps ask this).
    void handleRequest(const QVariantMap &request) override;

    ListView *list() const { return m_list; }
    RecordActions *actions() const { return m_actions; }
    PartyDetail *detail() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *endAction() const { return m_end; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *eastUnitFilter() const { return m_eastUnit; }
    QComboBox *westUnitFilter() const { return m_westUnit; }
    QComboBox *countsYear() const { return m_countsYear; }
    QTableView *countsView() const { return m_countsView; }
    PairingCountsModel *countsModel() const { return m_counts; }

    /// The id of the selected pairing, or 0.
    qint64 currentPairing() const;
    /// Selects a pairing's row when it is shown; false when it is not.
    bool selectPairing(qint64 id);

public slots:
    /// Asks the end date of the selected active pairing and ends it (undoable). True when ended.
    bool endCurrentPairing();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildListTab();
    QWidget *buildCountsTab();
    void reload();
    void applyFilters();
    void applyDefaultWidths();
    void fillFilters();
    void fillYearCombo(QComboBox *combo);
    void loadCounts();
    void updateEndAction();
    void retranslateUi();

    Database *m_db = nullptr;
    QTabWidget *m_tabs;
    ListView *m_list = nullptr;
    RecordActions *m_actions = nullptr;
    PartyDetail *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_end = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_eastUnit = nullptr;
    QComboBox *m_westUnit = nullptr;
    QComboBox *m_countsYear = nullptr;
    QLabel *m_countsNote = nullptr;
    QTableView *m_countsView = nullptr;
    QVector<QPointer<ExplainDialog>> m_explanations; ///< lists of pairings left open
    PairingCountsModel *m_counts = nullptr;
    bool m_countsStale = true;
    bool m_widthsSet = false;
};

} // namespace tongxin

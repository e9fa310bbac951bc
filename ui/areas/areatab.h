#pragma once

#include "areas/areafilter.h"
#include "areas/areaquery.h"
#include "registers/formspec.h"
#include "registers/listspec.h"

#include <QHash>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QTableWidget;
class QTimer;
QT_END_NAMESPACE

namespace tongxin {

class DateField;

class Database;
class ExplainDialog;
class ListView;
struct AreaPick;
class RecordActions;

/// A filter of an area list on one code column (direction, field, destination …).
struct AreaCodeFilter
{
    QString column; ///< one of AreaQuery::codeColumns()
    Labels::Domain domain; ///< the codes offered
    const char *allText; ///< "All directions" (English source, translated in AreaTabSpec::context)
    /// When set, the values offered are read with this query by AreaQuery::filterValues (one
    /// column, shown as they are) instead of the codes of `domain` (e.g. the industries entered
    /// so far).
    QString valuesSql = {};
};

/// The chart beside an area list, drawn from AreaQuery::breakdown().
struct AreaChartSpec
{
    enum class Shape { None, StackedBars, HorizontalStackedBars, Pie };
    Shape shape = Shape::None;
    const char *title = nullptr; ///< English source in AreaTabSpec::context
    const char *valueTitle = nullptr; ///< axis title of counts ("persons"); money shows its display unit
    bool money = false; ///< values are fen
    bool seriesAreCodes = true; ///< breakdown columns are codes of seriesDomain (else shown as they are)
    Labels::Domain seriesDomain = Labels::Domain::Side;
    bool rowsAreCodes = false; ///< breakdown rows are codes of rowDomain (pies)
    Labels::Domain rowDomain = Labels::Domain::Side;
    const char *singleSeries = nullptr; ///< the series name when the breakdown has one unnamed column
};

/// One row of a totals table: its cells as shown, and the rows of the list it sums (list column =
/// value, AreaPick::match).
struct AreaSideRow
{
    QStringList cells;
    QVector<QPair<QString, QVariant>> match;
};

/// A small table of totals under the chart (e.g. placements by unit and year).
struct AreaSideTable
{
    std::function<QString()> title; ///< the table's heading, in the user's language
    QVector<const char *> headers; ///< English sources in AreaTabSpec::context
    QVector<int> numericColumns; ///< right-aligned columns
    /// Per column, the sum of AreaQuery its cells show (AreaPick::measure: a double-click lists
    /// its rows); nullptr for a column that is no sum of rows (a name, a year, a share).
    QVector<const char *> measures;
    /// The rows, formatted, for the tab's filter (computed by core queries).
    std::function<QVector<AreaSideRow>(const QSqlDatabase &db, const AreaFilter &filter)> rows;
};

/// Everything that makes one tab of an area page.
struct AreaTabSpec
{
    AreaTable table;
    const char *context = nullptr; ///< translation context of the texts below
    const char *title = nullptr; ///< the tab's title
    QString name; ///< object name prefix: "secondments" -> "secondmentsTab", "secondmentsList"
    ListSpec list; ///< must select AreaQuery::rowsSql(table); search columns as AreaQuery's
    FormSpec form;
    QVector<AreaCodeFilter> filters;
    const char *onDateText = nullptr; ///< check box text of the "in force on" filter; nullptr: none
    AreaChartSpec chart;
    AreaSideTable side;
};

/// One list of an area with everything around it: its own filters, New/Edit/Delete through the
/// records framework, the totals of the rows shown (from AreaQuery, never summed here), a chart
/// of the same rows and an optional small totals table. The page's year and western unit come
/// from its AreaPage. A double-click on a bar or slice of the chart, or on a sum of the totals
/// table, lists the rows that make that number (ExplainDialog, read by AreaQuery::explain).
class AreaTab final : public QWidget
{
    Q_OBJECT
public:
    explicit AreaTab(const AreaTabSpec &spec, QWidget *parent = nullptr);
    ~AreaTab() override;

    const AreaTabSpec &spec() const { return m_spec; }
    ListView *list() const { return m_list; }
    RecordActions *actions() const { return m_actions; }
    QChartView *chartView() const { return m_chartView; }
    QLabel *totalsLabel() const { return m_totalsLabel; }
    QTableWidget *sideTable() const { return m_side; }
    QComboBox *codeFilter(const QString &column) const;
    QCheckBox *onDateCheck() const { return m_onCheck; }
    DateField *onDateEdit() const { return m_onDate; }

    void setDatabase(Database *db);
    /// The page's selection; reloads when it changed.
    void setPageFilter(int year, qint64 countyId);
    /// The filter of the list as shown (page selection, own filters, applied search words).
    AreaFilter filter() const;
    /// The totals last shown (of the rows shown).
    const AreaTotals &totals() const { return m_totals; }
    /// Whether data changed since the last reload (the page reloads hidden tabs when shown).
    bool isStale() const { return m_stale; }
    void markStale() { m_stale = true; }
    /// Reads the list, its totals, chart and side table again.
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFilters();
    void fillCodeFilters();
    QFrame *buildChartCard();
    QFrame *buildSideCard();
    void refreshFigures();
    void renderChart();
    void renderTotals();
    void renderSide();
    void retranslateUi();
    QString text(const char *source) const;
    void connectChart(QChart *chart);
    void explainChart(const QString &row, const QString &column);
    void explainSide(int row, int column);
    void openExplanation(const AreaPick &pick, const std::function<QString()> &what);
    /// The year, unit, own filters and search of `f`, as a heading names them.
    QString scopeText(const AreaFilter &f) const;

    AreaTabSpec m_spec;
    Database *m_db = nullptr;
    int m_year = 0;
    qint64 m_countyId = 0;
    bool m_stale = true;

    ListView *m_list;
    RecordActions *m_actions;
    QLabel *m_totalsLabel;
    QHBoxLayout *m_filterBar;
    QHash<QString, QComboBox *> m_codeFilters;
    QCheckBox *m_onCheck = nullptr;
    DateField *m_onDate = nullptr;
    QFrame *m_card = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_empty = nullptr;
    QTableWidget *m_side = nullptr;
    QLabel *m_sideTitle = nullptr;
    QTimer *m_figuresTimer;

    // What the last refresh read; re-rendered on a language change.
    AreaTotals m_totals;
    QString m_error;
    QVector<Cell> m_cells;
    QVector<AreaSideRow> m_sideRows;
    QVector<QPointer<ExplainDialog>> m_explanations; ///< the lists of records left open
    QString m_figuresSearch; ///< the search the figures were computed for
};

} // namespace tongxin

#pragma once

#include "consumption/salescharts.h"

#include "widgets/chartcard.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace tongxin {

class ExplainDialog;
struct ExplainSubject;

/// The four sales charts of the Consumption aid page in cards, two by two: sales by month and
/// channel, by origin western unit, the top products, and by buyer type. They follow the
/// ledger's filters (not its text search: the charts read the monthly summary), show their
/// figures on hover and can be saved as PNG (tool button or context menu, FileDialog seam). A
/// double-click on a month of a channel's line, a bar or a slice lists the ledger rows that make
/// it (ExplainDialog, read by SalesQuery::explainMonth and explainPart); the lists left open are
/// read again with the charts.
class SalesChartsWidget final : public QWidget
{
    Q_OBJECT
public:
    enum Chart { Months, Counties, Products, Buyers, ChartCount };

    explicit SalesChartsWidget(QWidget *parent = nullptr);

    /// Reads the charts' data for `filter` (its search words are ignored) and draws them.
    void load(const QSqlDatabase &db, const SalesFilter &filter);
    /// No database: every card says so.
    void clear();

    const SalesChartData &data() const { return m_data; }
    QChartView *view(Chart chart) const { return m_cards[chart].view(); }
    /// The text last shown on hover over a chart (empty once the pointer left).
    QString hoverText(Chart chart) const { return m_cards[chart].hoverText(); }
    QLabel *noteLabel() const { return m_note; }
    /// Saves the chart's card (chart and legend) as a PNG file; false with a message box on failure.
    bool savePng(Chart chart, const QString &path);
    /// Asks for a file name (FileDialog) and saves the chart there.
    void saveWithDialog(Chart chart);

    static QString title(Chart chart);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool explainMonthAt(const QPoint &pos);
    /// Double-clicks on the bars and slices of `chart` open their lists.
    void connectLists(Chart chart, QChart *drawn);
    void explainPart(Chart chart, const QString &key);
    /// What a bar or slice of `chart` with `key` is called in the current language.
    QString partName(Chart chart, const QString &key) const;
    void openList(const ExplainSubject &subject);
    /// The chart's filters beyond the month and the channel, as a heading names them.
    QString scopeText(const SalesFilter &f, bool allUnits = true) const;
    ChartCardTexts cardTexts() const;
    void render();
    void retranslateUi();

    ChartCard m_cards[ChartCount];
    QLabel *m_note;
    SalesChartData m_data;
    QSqlDatabase m_db;
    bool m_loaded = false;
    QVector<QPointer<ExplainDialog>> m_explanations; ///< the lists of records left open
};

} // namespace tongxin

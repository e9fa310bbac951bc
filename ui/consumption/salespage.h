#pragma once

#include "consumption/salesquery.h"
#include "shell/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTimer;
class QWidget;

namespace tongxin {

class DateField;

class OutletsTab;
class SalesChartsWidget;
class SalesLedger;

/// Consumption aid (消费帮扶): the sales ledger of a million rows with its filters and totals,
/// the outlets, and the sales charts. The filters (date range, channel, outlet, western unit,
/// category, buyer type) apply to the ledger and the charts; the ledger adds its text search.
/// Only the tab shown is read; the others when they are shown.
class SalesPage final : public Page
{
    Q_OBJECT
public:
    enum Tab { Ledger, Outlets, Charts };

    explicit SalesPage(QWidget *parent = nullptr);
    ~SalesPage() override;

    QString pageId() const override { return QStringLiteral("consumption"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;
    /// The ledger, its outlets and charts: a write to another register leaves them as they are.
    QStringList readsTables() const override
    {
        return { QStringLiteral("sales"), QStringLiteral("sales_monthly"), QStringLiteral("outlets"),
            QStringLiteral("places"), QStringLiteral("place_units"), QStringLiteral("settings") };
    }

    /// The selection of the filters (without the ledger's search).
    SalesFilter filter() const;
    /// The filters in words, for an export's title row ("2019-01-01 – 2019-12-31 · 庄浪县 · …").
    QString describeFilter() const;
    /// Shows a tab (and reads it when needed).
    void showTab(Tab tab);

    SalesLedger *ledger() const { return m_ledger; }
    OutletsTab *outlets() const { return m_outlets; }
    SalesChartsWidget *charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QCheckBox *toCheck() const { return m_toCheck; }
    DateField *fromDate() const { return m_from; }
    DateField *toDate() const { return m_to; }
    QComboBox *channelFilter() const { return m_channel; }
    QComboBox *outletFilter() const { return m_outlet; }
    QComboBox *unitFilter() const { return m_unit; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *buyerFilter() const { return m_buyer; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillFilters();
    void filtersChanged();
    void currentChanged();
    void retranslateUi();

    Database *m_db = nullptr;
    QString m_connection; // of m_db: another connection is another file
    bool m_ledgerStale = true;
    bool m_outletsStale = true;
    bool m_chartsStale = true;

    QLabel *m_heading;
    QCheckBox *m_fromCheck;
    DateField *m_from;
    QCheckBox *m_toCheck;
    DateField *m_to;
    QWidget *m_filterBar;
    QWidget *m_dateBar;
    QComboBox *m_channel;
    QComboBox *m_outlet;
    QComboBox *m_unit;
    QComboBox *m_category;
    QComboBox *m_buyer;
    QTabWidget *m_tabs;
    SalesLedger *m_ledger;
    OutletsTab *m_outlets;
    SalesChartsWidget *m_charts;
};

} // namespace tongxin

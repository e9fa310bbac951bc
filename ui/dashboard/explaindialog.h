#pragma once

#include "stats/filter.h"

#include <QDialog>
#include <QHash>

class QLabel;

namespace tongxin {

class Database;
class ListView;

/// The records that make one figure, under the filter it was shown with: what the figure
/// counts (its definition), the list (searchable, sortable, exportable like every list) and
/// the records' total beside the figure, which it equals. Opened by double-clicking a dashboard
/// tile or a bar of the fiscal aid chart.
class ExplainDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `figure` is a `summary --json` key (Explain::figures()).
    ExplainDialog(Database *db, const QString &figure, const Filter &filter, QWidget *parent = nullptr);

    /// The records' total and the figure, as Explain computed them.
    qint64 total() const { return m_total; }
    qint64 value() const { return m_value; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString spanText() const;
    QString unitText() const;

    Database *m_db = nullptr;
    QString m_figure;
    Filter m_filter;
    QHash<QString, QString> m_englishUnits; ///< Chinese unit name -> English name
    ListView *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_definition = nullptr;
    QLabel *m_totalLabel = nullptr;
    qint64 m_total = 0;
    qint64 m_value = 0;
    QString m_error;
};

} // namespace tongxin

#pragma once

#include "stats/explain.h"
#include "stats/filter.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

class QLabel;

namespace tongxin {

class Database;
class ListView;

/// A number of a page beyond the dashboard's figures (a bar of an area chart, a cell of a totals
/// table, a month of the consumption chart): how core reads it and its records, and what to call
/// it. The functions are asked again on reload() and on a language change.
struct ExplainSubject
{
    std::function<QString()> heading; ///< the number, its span, unit and filters, in the user's language
    std::function<QString()> definition; ///< what it counts
    std::function<bool(const QSqlDatabase &db, ExplainList *out, QString *error)> read;
};

/// The records that make one figure, under the filter it was shown with: what the figure
/// counts (its definition), the list (searchable, sortable, exportable like every list) and
/// the records' total beside the figure, which it equals; with a search typed, how many of the
/// records are shown and their total. Opened by double-clicking a dashboard tile, the line of
/// the records outside the office's period, a bar of the fiscal aid chart, a month of a sales
/// chart, or a bar, slice or totals cell of an area page. Its title names the figure, the span
/// and the unit; reload() shows it again for another filter or after the data changed.
class ExplainDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `figure` is a `summary --json` key (Explain::figures()); `span` Outside lists the records
    /// dated outside the filter's years; `channel` (a line of the sales chart): the figure and
    /// the records of that sales channel only, read as such (empty = all channels).
    ExplainDialog(Database *db, const QString &figure, const Filter &filter,
                  Explain::Span span = Explain::Span::Inside, const QString &channel = {}, QWidget *parent = nullptr);

    /// Any other number, as `subject` reads it.
    ExplainDialog(const QSqlDatabase &db, const ExplainSubject &subject, QWidget *parent = nullptr);

    /// Reads the figure and its records again under `filter` (search, sort and channel kept) and
    /// retitles.
    void reload(const Filter &filter);
    /// Reads the number and its records again (the data may have changed).
    void reload();
    const QString &channel() const { return m_channel; }

    const QString &figure() const { return m_figure; }
    const Filter &filter() const { return m_filter; }
    Explain::Span span() const { return m_span; }
    /// The records' total and the figure, as Explain computed them.
    qint64 total() const { return m_total; }
    qint64 value() const { return m_value; }
    /// The total of the records shown (after the search).
    qint64 shownTotal() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build(const ExplainList &shape);
    void apply(bool read, const ExplainList &list);
    void retranslateUi();
    void showTotal();
    QString spanText() const;
    QString unitText() const;

    QSqlDatabase m_db; ///< the open file's connection (closed when the file was)
    ExplainSubject m_subject; ///< set for a number that is not a figure of Explain
    bool m_money = false;
    QString m_figure;
    Filter m_filter;
    Explain::Span m_span = Explain::Span::Inside;
    QString m_channel;
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

#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVector>

namespace tongxin {

class ListModel;

/// Filters and sorts a ListModel: search words (all must match the row's searchable text,
/// case-insensitively; Chinese matches as substring), exact filters on raw column values, and
/// sorting by raw value (numbers) or by shown text with the current locale's collation
/// (strings, so Chinese sorts by pinyin under zh_CN). Empty values sort last in both orders.
class ListProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ListProxy(ListModel *model, QObject *parent = nullptr);

    /// Words separated by spaces; every word must occur in the row.
    void setSearch(const QString &text);
    QString search() const { return m_searchText; }
    /// Keeps only rows whose raw value in `column` equals `value` (compared as text);
    /// an invalid or empty value removes the filter of that column.
    void setColumnFilter(int column, const QVariant &value);
    /// Re-reads the collation of the current locale and re-sorts and re-filters (language change).
    void refreshLocale();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct ColumnFilter
    {
        int column;
        QString value;
    };
    ListModel *m_model;
    QString m_searchText;
    QStringList m_words;
    QVector<ColumnFilter> m_filters;
    QCollator m_collator;
};

} // namespace tongxin

#include "widgets/listproxy.h"

#include "widgets/listmodel.h"

#include <QLocale>

namespace tongxin {

ListProxy::ListProxy(ListModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(ListModel::RawRole);
    m_collator.setNumericMode(true); // 村2 before 村10
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void ListProxy::setSearch(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    m_words = trimmed.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ListProxy::setColumnFilter(int column, const QVariant &value)
{
    const QString wanted = value.isValid() ? value.toString() : QString();
    for (int i = 0; i < m_filters.size(); ++i) {
        if (m_filters[i].column == column) {
            if (m_filters[i].value == wanted)
                return;
            m_filters.remove(i);
            break;
        }
    }
    if (!wanted.isEmpty())
        m_filters.push_back({ column, wanted });
    invalidateFilter();
}

void ListProxy::refreshLocale()
{
    m_collator.setLocale(QLocale());
    invalidate();
}

bool ListProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    for (const ColumnFilter &f : m_filters) {
        const QVariant v = m_model->raw(sourceRow, f.column);
        if (!v.isValid() || v.toString() != f.value)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = m_model->searchText(sourceRow);
    for (const QString &w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

bool ListProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    const ListColumn &c = m_model->spec().columns.at(column);
    const QVariant l = m_model->raw(left.row(), column);
    const QVariant r = m_model->raw(right.row(), column);
    const bool lNull = !l.isValid();
    const bool rNull = !r.isValid();
    if (lNull || rNull) {
        if (lNull == rNull)
            return false;
        // The proxy swaps the arguments for a descending sort: keep empty values last in both.
        return sortOrder() == Qt::AscendingOrder ? rNull : lNull;
    }
    if (c.isNumeric() || c.kind == ListColumn::Kind::Id)
        return l.toLongLong() < r.toLongLong();
    if (c.kind == ListColumn::Kind::Boolean)
        return l.toInt() < r.toInt();
    return m_collator.compare(m_model->displayText(left.row(), column), m_model->displayText(right.row(), column)) < 0;
}

} // namespace tongxin

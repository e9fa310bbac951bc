#include "widgets/listmodel.h"

#include "money/money.h"
#include "registers/listrows.h"

#include <QLocale>

namespace tongxin {

ListModel::ListModel(ListSpec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(std::move(spec))
{ }

bool ListModel::load(const QSqlDatabase &db, const QVariantMap &binds)
{
    ListRowsResult read = ListRows::read(db, m_spec, binds);
    QVector<QVector<QVariant>> rows = std::move(read.rows);
    const QString error = read.error;
    beginResetModel();
    m_rows = error.isEmpty() ? std::move(rows) : QVector<QVector<QVariant>>();
    m_search.clear();
    m_error = error;
    endResetModel();
    return error.isEmpty();
}

void ListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_search.clear();
    m_error.clear();
    endResetModel();
}

void ListModel::retranslate()
{
    m_search.clear();
    const int columns = columnCount();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_rows.isEmpty() && columns > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

int ListModel::columnIndex(const QString &name) const
{
    for (int i = 0; i < m_spec.columns.size(); ++i) {
        if (m_spec.columns[i].name == name)
            return i;
    }
    return -1;
}

QVariant ListModel::raw(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_spec.columns.size())
        return {};
    return m_rows[row][column];
}

QString ListModel::displayText(int row, int column) const
{
    const QVariant v = raw(row, column);
    if (column < 0 || column >= m_spec.columns.size())
        return {};
    const ListColumn &c = m_spec.columns[column];
    if (c.kind == ListColumn::Kind::Custom)
        return c.format ? c.format(v) : v.toString();
    if (!v.isValid())
        return {};
    switch (c.kind) {
    case ListColumn::Kind::Integer:
        return QLocale().toString(v.toLongLong());
    case ListColumn::Kind::Money:
        // One unit for the whole column, named in its header: yuan, exact to the fen.
        return Money::amount(v.toLongLong(), Money::Unit::Yuan);
    case ListColumn::Kind::Code:
        return Labels::text(c.domain, v.toString());
    case ListColumn::Kind::Boolean:
        return v.toBool() ? tr("Yes") : QString(); // only the flagged rows stand out
    default:
        return v.toString();
    }
}

QString ListModel::searchText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    if (m_search.size() != m_rows.size()) {
        // Built for all rows at once: the first keystroke pays, the next ones only compare.
        QVector<int> columns;
        for (int i = 0; i < m_spec.columns.size(); ++i) {
            if (m_spec.columns[i].searchable)
                columns.push_back(i);
        }
        m_search.resize(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r) {
            QString s;
            for (int c : columns) {
                s += displayText(r, c);
                s += QLatin1Char('\n');
            }
            m_search[r] = s.toCaseFolded();
        }
    }
    return m_search[row];
}

int ListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant ListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListColumn &c = m_spec.columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case Qt::ToolTipRole:
        if (c.kind == ListColumn::Kind::Money && raw(index.row(), index.column()).isValid())
            return tr("%1 yuan").arg(Money::yuan(raw(index.row(), index.column()).toLongLong()));
        return {};
    case Qt::TextAlignmentRole:
        if (c.isNumeric())
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (c.kind == ListColumn::Kind::Boolean)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return {};
    case RawRole:
        return raw(index.row(), index.column());
    default:
        return {};
    }
}

QString ListModel::moneyHeader(const QString &header)
{
    const QString unit = Money::unitName(Money::Unit::Yuan);
    return Money::currentStyle() == Money::Style::Chinese ? header + QStringLiteral("（%1）").arg(unit)
                                                          : header + QStringLiteral(" (%1)").arg(unit);
}

QVariant ListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ListColumn &c = m_spec.columns[section];
    if (role == Qt::DisplayRole) {
        if (!c.header)
            return c.name;
        const QString text
            = m_spec.context ? QCoreApplication::translate(m_spec.context, c.header) : QString::fromUtf8(c.header);
        return c.kind == ListColumn::Kind::Money ? moneyHeader(text) : text;
    }
    if (role == Qt::TextAlignmentRole && c.isNumeric())
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace tongxin

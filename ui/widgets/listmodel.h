#pragma once

#include "registers/listspec.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariantMap>

namespace tongxin {

/// A read-only table of the rows of a ListSpec query, held in memory.
///
/// Why not Qt's SQL query model: SQLite cannot count rows, so that model fetches in pages of
/// 256 and sorting or filtering a proxy over it sees only what was fetched; the display of
/// codes, money and booleans and the translated headers would need a proxy of their own too.
/// This model reads the whole result once (forward-only) and serves display text, a raw
/// value (Qt::UserRole) for sorting and filtering, and a case-folded search text per row.
///
/// Limit: meant for registries up to about 100,000 rows (tens of MB); lists that grow
/// without bound (the sales ledger) need a lazy model of their own.
class ListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawRole = Qt::UserRole, ///< the value as the query returned it (invalid for NULL)
    };

    explicit ListModel(ListSpec spec, QObject *parent = nullptr);

    const ListSpec &spec() const { return m_spec; }
    /// Runs the query and replaces the rows. On failure the model is empty and lastError() says why.
    bool load(const QSqlDatabase &db, const QVariantMap &binds = {});
    /// Empties the model (no database).
    void clear();
    QString lastError() const { return m_error; }

    /// Tells views that headers and shown texts changed (codes, money and booleans are shown
    /// in the current language).
    void retranslate();

    /// The index of the column named `name` in the spec, or -1.
    int columnIndex(const QString &name) const;
    QVariant raw(int row, int column) const;
    QString displayText(int row, int column) const;
    /// The shown text of the searchable columns, case-folded, one line per column.
    QString searchText(int row) const;
    /// A money column's header with the unit its cells are in: "金额（元）", "Amount (yuan)".
    static QString moneyHeader(const QString &header);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ListSpec m_spec;
    QVector<QVector<QVariant>> m_rows;
    mutable QVector<QString> m_search; // built on first search; dropped on load and retranslate
    QString m_error;
};

} // namespace tongxin

#pragma once

#include <QComboBox>
#include <QSqlDatabase>
#include <QVariantMap>

namespace tongxin {

/// A combo box for choosing another record by name: type any part of the name to narrow the
/// list (Chinese or Latin), never an id. Filled with the choices core reads (ListRows::lookup).
class LookupCombo final : public QComboBox
{
    Q_OBJECT
public:
    explicit LookupCombo(QWidget *parent = nullptr);

    /// Runs the query with named binds; keeps the current id when it is still offered.
    void load(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {}, bool allowEmpty = true);
    /// The chosen record's id, or 0 when none.
    qint64 currentId() const;
    void setCurrentId(qint64 id);
    /// True when the typed text does not name an offered record.
    bool hasUnmatchedText() const;

signals:
    void currentIdChanged(qint64 id);

private:
    bool m_allowEmpty = true;
};

} // namespace tongxin

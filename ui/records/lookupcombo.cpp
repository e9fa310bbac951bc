#include "records/lookupcombo.h"

#include "registers/listrows.h"

#include <QCompleter>
#include <QLineEdit>

namespace tongxin {

LookupCombo::LookupCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    // Names with their place and unit are long: take the width a form offers.
    setSizePolicy(QSizePolicy::Expanding, sizePolicy().verticalPolicy());
    auto *completer = new QCompleter(model(), this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit currentIdChanged(currentId()); });
}

void LookupCombo::load(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds, bool allowEmpty)
{
    const qint64 keep = currentId();
    m_allowEmpty = allowEmpty;
    const QSignalBlocker block(this);
    clear();
    if (allowEmpty)
        addItem(QString(), QVariant());
    for (const LookupItem &item : ListRows::lookup(db, sql, binds))
        addItem(item.text, QVariant(item.id));
    const int at = keep ? findData(keep) : -1;
    setCurrentIndex(at >= 0 ? at : (allowEmpty ? 0 : -1));
    if (at < 0 && !allowEmpty && count() == 0)
        setEditText(QString());
    if (currentId() != keep)
        emit currentIdChanged(currentId());
}

qint64 LookupCombo::currentId() const
{
    const int i = currentIndex();
    if (i < 0 || itemText(i) != currentText())
        return 0;
    return itemData(i).toLongLong();
}

void LookupCombo::setCurrentId(qint64 id)
{
    const int at = id ? findData(id) : (m_allowEmpty ? 0 : -1);
    setCurrentIndex(at);
}

bool LookupCombo::hasUnmatchedText() const
{
    return !currentText().isEmpty() && currentId() == 0;
}

} // namespace tongxin

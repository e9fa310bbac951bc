#include "shell/undoactions.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoStack>

namespace tongxin {

UndoActions::UndoActions(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_undo(new QAction(parent))
    , m_redo(new QAction(parent))
{
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    for (auto signal : { &QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged })
        connect(stack, signal, this, &UndoActions::retranslate);
    for (auto signal : { &QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged })
        connect(stack, signal, this, &UndoActions::retranslate);
    retranslate();
}

void UndoActions::retranslate()
{
    m_undo->setEnabled(m_stack->canUndo());
    m_redo->setEnabled(m_stack->canRedo());
    const QString undoText = m_stack->canUndo() ? m_stack->undoText() : QString();
    const QString redoText = m_stack->canRedo() ? m_stack->redoText() : QString();
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

} // namespace tongxin

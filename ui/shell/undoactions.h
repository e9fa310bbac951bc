#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace tongxin {

/// Edit ▸ Undo and Redo over an undo stack. Unlike QUndoStack::createUndoAction(), whose
/// "Undo %1" is fixed when the action is made, the texts follow a live language switch
/// (retranslate()) as well as the stack.
class UndoActions final : public QObject
{
    Q_OBJECT
public:
    UndoActions(QUndoStack *stack, QObject *parent);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    /// Re-reads the texts in the current language.
    void retranslate();

private:
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace tongxin

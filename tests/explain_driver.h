#pragma once

// Shared by test_explain_ui and test_explain_follow: a double-click where a real one lands,
// and the list of records it opened.

#include "dashboard/explaindialog.h"

#include <QApplication>
#include <QSet>
#include <QTest>

namespace explaintest {

/// Double-clicks `widget` (at its centre, or `at`) where a real double-click lands: the deepest
/// widget under the pointer that takes mouse events (a label the user points at, not its tile).
/// Returns the list of records that opened, or nullptr.
/// Does `act` and returns the list of records it opened, or nullptr.
template<typename Act>
tongxin::ExplainDialog *opened(Act act)
{
    QSet<QWidget *> before;
    for (QWidget *w : QApplication::topLevelWidgets())
        before.insert(w);
    act();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!before.contains(w) && w->isVisible()) {
            if (auto *d = qobject_cast<tongxin::ExplainDialog *>(w))
                return d;
        }
    }
    return nullptr;
}

inline tongxin::ExplainDialog *doubleClick(QWidget *widget, QPoint at = {})
{
    QPoint point = at.isNull() ? widget->rect().center() : at;
    QWidget *target = widget;
    if (QWidget *child = widget->childAt(point)) {
        point = child->mapFrom(widget, point);
        target = child;
    }
    return opened([&] { QTest::mouseDClick(target, Qt::LeftButton, {}, point); });
}

} // namespace explaintest

#pragma once

// Driving dialogs the way a user does: clicking the buttons of a dialog's QDialogButtonBox by
// their role, typing into a record form's editors (objectName "field_<column>"), choosing a name
// in a LookupCombo by typing part of it and picking it from the list offered, and acting in a
// modal dialog (exec(), or a progress dialog) from a timer that finds
// QApplication::activeModalWidget(); choosing a menu item with the mouse from the menu bar, and
// clicking the tool button of an action.
//
// Typing: Latin text goes in as key presses (QTest::keyClicks); other text (Chinese) as an input
// method commit, as a Chinese input method delivers it (QTest::keyClicks only types Latin-1).

#include "records/lookupcombo.h"
#include "records/recorddialog.h"
#include "widgets/datefield.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

namespace usertest {

using tongxin::LookupCombo;

/// The visible, enabled button of a dialog's button box with this role (AcceptRole: Save / OK;
/// RejectRole: Cancel / Close), or null.
inline QAbstractButton *buttonWithRole(QWidget *dialog, QDialogButtonBox::ButtonRole role)
{
    if (!dialog)
        return nullptr;
    const auto boxes = dialog->findChildren<QDialogButtonBox *>();
    for (QDialogButtonBox *box : boxes) {
        const auto buttons = box->buttons();
        for (QAbstractButton *b : buttons) {
            if (box->buttonRole(b) == role && b->isVisible() && b->isEnabled())
                return b;
        }
    }
    return nullptr;
}

/// Clicks the button with the mouse; false when there is none.
inline bool click(QAbstractButton *button)
{
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

/// Clicks Save (or OK) of the dialog's button box.
inline bool clickSave(QWidget *dialog)
{
    return click(buttonWithRole(dialog, QDialogButtonBox::AcceptRole));
}

/// Clicks Cancel (or Close) of the dialog's button box.
inline bool clickCancel(QWidget *dialog)
{
    return click(buttonWithRole(dialog, QDialogButtonBox::RejectRole));
}

/// Presses a key in a widget (in its focus widget when it is a window).
inline void press(QWidget *w, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = w->isWindow() && w->focusWidget() ? w->focusWidget() : w;
    QTest::keyClick(target, key, modifiers);
}

/// Esc in the dialog.
inline void pressEscape(QWidget *dialog)
{
    press(dialog, Qt::Key_Escape);
}

/// Shows a dialog that is not run with exec() and waits until it can be clicked.
inline bool show(QWidget *dialog)
{
    dialog->show();
    return QTest::qWaitForWindowExposed(dialog);
}

/// Types text where the widget's keyboard input goes: key presses for Latin-1 text, an input
/// method commit for the rest.
inline void type(QWidget *w, const QString &text)
{
    bool latin = true;
    for (const QChar c : text)
        latin = latin && c.unicode() < 0x7f;
    if (latin) {
        QTest::keyClicks(w, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

/// Selects all of a line edit or spin box and deletes it (Ctrl+A, Backspace).
inline void clear(QWidget *w)
{
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Backspace);
}

/// Replaces the text of a line edit, spin box or multi-line editor with `text`, as typed.
inline void retype(QWidget *w, const QString &text)
{
    w->setFocus(Qt::OtherFocusReason);
    clear(w);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
        type(spin, text); // the spin box passes keys to its line edit
    else
        type(w, text);
}

/// Moves a combo box (not editable) to the item shown as `text` with the keyboard: Home, then
/// Down until it is there. False when no item is shown so.
inline bool chooseItem(QComboBox *combo, const QString &text)
{
    combo->setFocus(Qt::OtherFocusReason);
    if (combo->findText(text) < 0)
        return false;
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i <= combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == text;
}

/// Moves the pointer, no button pressed, to `pos` in a widget, as a mouse moving over it does: what
/// follows the pointer (a chart's highlight, a list's current item) follows.
inline void hover(QWidget *w, const QPoint &pos)
{
    QMouseEvent move(
        QEvent::MouseMove, QPointF(pos), QPointF(w->mapToGlobal(pos)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
}

/// Opens a combo box's list with a click and clicks the item in `row` of it. False when the combo
/// box or the item is not there to click, or the item is not chosen.
inline bool clickItem(QComboBox *combo, int row)
{
    if (!combo || !combo->isVisible() || !combo->isEnabled() || row < 0 || row >= combo->count())
        return false;
    if (combo->isEditable()) {
        // An editable combo box opens its list from the arrow, at its right end.
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = true;
        const QRect arrow
            = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, combo);
        QTest::mouseClick(combo, Qt::LeftButton, {}, arrow.center());
    } else {
        QTest::mouseClick(combo, Qt::LeftButton);
    }
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitFor([view] { return view->isVisible(); }, 2000))
        return false;
    const QModelIndex index = view->model()->index(row, combo->modelColumn(), view->rootIndex());
    view->scrollTo(index);
    // The part of the item the list shows (an item may be wider than a narrow list).
    const QRect rect = view->visualRect(index).intersected(view->viewport()->rect());
    if (!rect.isValid())
        return false;
    // The pointer moves onto the item first, as a hand does: the list follows the pointer, and
    // a move away from where the list was opened lets a click in it choose at once (QComboBox
    // ignores a release there within a double-click interval, as the end of the opening click).
    QWidget *viewport = view->viewport();
    hover(viewport, rect.center());
    QTest::mouseClick(viewport, Qt::LeftButton, {}, rect.center());
    if (view->isVisible()) {
        // The item lay under the pointer that opened the list: a second click, after the pause.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, rect.center());
    }
    if (!QTest::qWaitFor([view] { return !view->isVisible(); }, 2000))
        return false;
    return combo->currentIndex() == row;
}

/// clickItem() on the item shown as `text`.
inline bool clickItem(QComboBox *combo, const QString &text)
{
    return combo && clickItem(combo, combo->findText(text));
}

/// clickItem() on the item that stands for `data` (an id, a code: what the user sees is its text).
inline bool clickItemFor(QComboBox *combo, const QVariant &data)
{
    return combo && clickItem(combo, combo->findData(data));
}

/// Chooses the code `code` in a record form's code field (a combo box), by clicking its text in
/// the field's list.
inline bool chooseCode(QWidget *dialog, const QString &column, const QString &code)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("field_") + column);
    return combo && clickItemFor(combo, code);
}

/// Types part of a name into a LookupCombo in place of its text; the list of names offered that
/// opens, or null when none does.
inline QAbstractItemView *typeInLookup(LookupCombo *combo, const QString &typed)
{
    combo->setFocus(Qt::OtherFocusReason);
    QLineEdit *edit = combo->lineEdit();
    clear(edit);
    type(edit, typed);
    QAbstractItemView *popup = combo->completer()->popup();
    return QTest::qWaitFor([popup] { return popup->isVisible(); }, 2000) ? popup : nullptr;
}

/// Types part of a name into a LookupCombo, then picks the `nth` name offered (0 = the first)
/// with Down and Return in the list that opens. False when nothing is chosen.
inline bool chooseName(LookupCombo *combo, const QString &typed, int nth = 0)
{
    QAbstractItemView *popup = typeInLookup(combo, typed);
    if (!popup)
        return false;
    for (int i = 0; i <= nth; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    return combo->currentId() != 0 && !popup->isVisible();
}

/// chooseName() of the record `id` among the names offered for `typed` (a name that is part of
/// another, as a village's in its households'). False when it is not offered or not chosen.
inline bool chooseNameFor(LookupCombo *combo, const QString &typed, qint64 id)
{
    QAbstractItemView *popup = typeInLookup(combo, typed);
    if (!popup)
        return false;
    int nth = -1;
    for (int r = 0; r < popup->model()->rowCount() && nth < 0; ++r) {
        if (popup->model()->index(r, 0).data(Qt::UserRole).toLongLong() == id)
            nth = r;
    }
    if (nth < 0) {
        QTest::keyClick(popup, Qt::Key_Escape);
        return false;
    }
    for (int i = 0; i <= nth; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    return combo->currentId() == id && !popup->isVisible();
}

/// The editor of a record form's column ("field_<column>"), as the type asked for.
template<typename T = QWidget>
T *editor(QWidget *dialog, const QString &column)
{
    return dialog->findChild<T *>(QStringLiteral("field_") + column);
}

/// Makes `window` the application's active window, as a user does by clicking it, and waits
/// until it is (on a loaded machine a window just opened may take a moment). False when it does
/// not become so. QTest::qWaitForWindowActive() is not enough for a dialog: it takes one for
/// active when only the window it belongs to is, and keys typed into it go nowhere.
inline bool activate(QWidget *window)
{
    if (!window)
        return false;
    if (QApplication::activeWindow() != window)
        window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

/// Types text into a date field as a user does: clicks into it, selects what is there (Ctrl+A)
/// and types the text whole, then Tab to leave it. False when the field is not there to type in.
inline bool typeDateText(tongxin::DateField *date, const QString &text)
{
    if (!date || !date->isEnabled())
        return false;
    // The focus only arrives in the active window: a dialog just opened may not be active yet on a
    // loaded machine, so wait for it as a user waits for the window to come up.
    if (!activate(date->window()))
        return false;
    QLineEdit *edit = date->lineEdit();
    QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() / 2, edit->height() / 2));
    if (!edit->hasFocus())
        return false;
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    type(edit, text); // key presses; 年月日 through the input method, as a Chinese user's arrives
    QTest::keyClick(edit, Qt::Key_Tab);
    return true;
}

/// Types a date (as 2020-05-01) into a date field. False when it is not there or holds another
/// date after.
inline bool typeDate(tongxin::DateField *date, const QDate &value)
{
    return value.isValid() && typeDateText(date, value.toString(Qt::ISODate)) && date->date() == value;
}

/// Types a date (ISO, "2020-05-01") into a form's date field.
inline bool typeDate(QWidget *dialog, const QString &column, const QString &iso)
{
    return typeDate(qobject_cast<tongxin::DateField *>(editor(dialog, column)), QDate::fromString(iso, Qt::ISODate));
}

/// Types into a form's field by the kind of its editor: text, a number, an amount, a date (ISO),
/// a code's shown text, or part of a name to pick (the first one offered). True when taken.
inline bool fill(QWidget *dialog, const QString &column, const QString &text)
{
    QWidget *w = editor(dialog, column);
    if (!w)
        return false;
    if (auto *lookup = qobject_cast<LookupCombo *>(w))
        return chooseName(lookup, text);
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return chooseItem(combo, text);
    if (auto *check = qobject_cast<QCheckBox *>(w)) {
        if (check->isChecked() != (text == QLatin1String("1")))
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(6, check->height() / 2));
        return check->isChecked() == (text == QLatin1String("1"));
    }
    if (qobject_cast<tongxin::DateField *>(w))
        return typeDate(dialog, column, text);
    if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        retype(spin, text);
        return spin->value() == text.toInt();
    }
    retype(w, text);
    return true;
}

/// Where an item of a list, table or tree is shown in its viewport, scrolled to first; an invalid
/// rectangle when the index is not the view's or not shown.
inline QRect itemRect(QAbstractItemView *view, const QModelIndex &index)
{
    if (!view || !index.isValid() || index.model() != view->model() || !view->isVisible())
        return {};
    view->scrollTo(index);
    return view->visualRect(index);
}

/// Clicks an item of a list, table or tree with the mouse (scrolled to first). False when the
/// index is not the view's or not shown.
inline bool clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    const QRect rect = itemRect(view, index);
    if (!rect.isValid())
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return true;
}

/// Types `text` into a list's search box (its searchBox()) in place of what is there and waits
/// until the list applies it (its searchText(); the box applies what is typed after a pause).
template<typename List>
bool search(List *list, const QString &text)
{
    retype(list->searchBox(), text);
    return QTest::qWaitFor([list, &text] { return list->searchText() == text; }, 5000);
}

/// Clicks the header of a table's column `logicalIndex` (which sorts by it). False when not shown.
inline bool clickHeader(QHeaderView *header, int logicalIndex)
{
    if (!header || !header->isVisible() || header->isSectionHidden(logicalIndex))
        return false;
    const int x = header->sectionViewportPosition(logicalIndex) + header->sectionSize(logicalIndex) / 2;
    if (x < 0 || x >= header->viewport()->width())
        return false;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->viewport()->height() / 2));
    return true;
}

/// Clicks the tab `index` of a tab widget with the mouse. False when it is not shown or enabled.
inline bool clickTab(QTabWidget *tabs, int index)
{
    QTabBar *bar = tabs ? tabs->tabBar() : nullptr;
    if (!bar || !bar->isVisible() || index < 0 || index >= bar->count() || !bar->isTabEnabled(index))
        return false;
    const QRect rect = bar->tabRect(index);
    if (!rect.isValid())
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, rect.center());
    return tabs->currentIndex() == index;
}

/// Clicks a check box or radio button on its indicator: the centre of a wide one may lie right of
/// its text, where a click does nothing. False when there is no such button to click.
inline bool clickIndicator(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QStyleOptionButton option;
    option.initFrom(button);
    const QStyle::SubElement element = qobject_cast<QRadioButton *>(button) ? QStyle::SE_RadioButtonIndicator
                                                                             : QStyle::SE_CheckBoxIndicator;
    QRect indicator = button->style()->subElementRect(element, &option, button);
    if (!indicator.isValid())
        indicator = QRect(0, 0, 12, button->height());
    QTest::mouseClick(button, Qt::LeftButton, {}, indicator.center());
    return true;
}

/// Ticks (`on`) or clears a check box with a click on its indicator, when it is not so already.
/// False when it is not there to click or does not end so.
inline bool tick(QAbstractButton *box, bool on = true)
{
    if (box && box->isChecked() != on && !clickIndicator(box))
        return false;
    return box && box->isChecked() == on;
}

/// Double-clicks an item of a list, table or tree (which activates it). False when not shown.
inline bool doubleClickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    const QRect rect = itemRect(view, index);
    if (!rect.isValid())
        return false;
    // As a hand does it: press and release, then the second press (the double-click) and release.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, rect.center());
    return true;
}

/// Opens a menu of the window's menu bar with a click on its title, waits for it to show, and
/// clicks the item `actionObjectName` in it. False (with the reason as a warning) when the menu,
/// its item or its title is not there to click, or the menu does not open or close.
inline bool chooseMenuItem(QMainWindow *w, const QString &menuObjectName, const QString &actionObjectName)
{
    QMenuBar *bar = w ? w->menuBar() : nullptr;
    QMenu *menu = bar ? bar->findChild<QMenu *>(menuObjectName) : nullptr;
    if (!menu) {
        qWarning("chooseMenuItem: no menu %s in the menu bar", qPrintable(menuObjectName));
        return false;
    }
    QAction *item = nullptr;
    const auto actions = menu->actions();
    for (QAction *a : actions) {
        if (a->objectName() == actionObjectName)
            item = a;
    }
    if (!item || !item->isVisible() || !item->isEnabled()) {
        qWarning("chooseMenuItem: no enabled item %s in the menu %s", qPrintable(actionObjectName),
            qPrintable(menuObjectName));
        return false;
    }
    const QRect title = bar->actionGeometry(menu->menuAction());
    if (!bar->isVisible() || !title.isValid()) {
        qWarning("chooseMenuItem: the title of %s is not shown", qPrintable(menuObjectName));
        return false;
    }
    // The pointer goes to the title first, as a hand does: without the move, a press on the bar
    // right after a menu closed (offscreen, synthetic events) does not open the menu.
    QTest::mouseMove(bar, title.center());
    QTest::mouseClick(bar, Qt::LeftButton, {}, title.center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 2000)) {
        qWarning("chooseMenuItem: the menu %s did not open", qPrintable(menuObjectName));
        return false;
    }
    const QRect place = menu->actionGeometry(item);
    if (!place.isValid()) {
        qWarning("chooseMenuItem: %s is not shown in the menu", qPrintable(actionObjectName));
        return false;
    }
    QTest::mouseMove(menu, place.center());
    QTest::mouseClick(menu, Qt::LeftButton, {}, place.center());
    if (!QTest::qWaitFor([menu] { return !menu->isVisible(); }, 2000)) {
        qWarning("chooseMenuItem: the menu %s is still open", qPrintable(menuObjectName));
        return false;
    }
    return true;
}

/// Clicks the visible, enabled tool button under `root` that shows `action` (its defaultAction).
/// False (with a warning) when none does.
inline bool clickAction(QWidget *root, QAction *action)
{
    if (!root || !action) {
        qWarning("clickAction: nothing to click");
        return false;
    }
    const auto buttons = root->findChildren<QToolButton *>();
    for (QToolButton *b : buttons) {
        if (b->defaultAction() == action && b->isVisible() && b->isEnabled()) {
            QTest::mouseClick(b, Qt::LeftButton);
            return true;
        }
    }
    qWarning("clickAction: no visible, enabled button shows %s (%s)", qPrintable(action->objectName()),
        qPrintable(action->text()));
    return false;
}

/// Waits for the next modal dialog that `wanted` accepts (and that is not
/// `QApplication::activeModalWidget()` now) and runs `act` in it, from a timer, while the code
/// under test sits in exec() or in an event loop of its own. When `act` leaves the dialog open,
/// the test fails and Esc closes the dialog, so a test never hangs. Returns a flag that becomes
/// true once `act` ran.
inline std::shared_ptr<bool> whenModalThat(std::function<bool(QWidget *dialog)> wanted,
    std::function<void(QWidget *dialog)> act, int timeoutMs = 10000)
{
    auto ran = std::make_shared<bool>(false);
    QPointer<QWidget> before = QApplication::activeModalWidget();
    auto *timer = new QTimer(qApp);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == before || !modal->isVisible() || !wanted(modal)) {
            if (clock->elapsed() > timeoutMs) {
                timer->stop();
                timer->deleteLater();
                QTest::qFail("no modal dialog opened", __FILE__, __LINE__);
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        QPointer<QWidget> dialog = modal;
        act(modal);
        *ran = true;
        if (dialog && dialog->isVisible() && QApplication::activeModalWidget() == dialog) {
            QTest::qFail(qPrintable(QStringLiteral("the dialog %1 is still open").arg(dialog->objectName())),
                         __FILE__, __LINE__);
            pressEscape(dialog);
        }
    });
    timer->start();
    return ran;
}

/// whenModalThat() for the next modal dialog of any kind.
inline std::shared_ptr<bool> whenModal(std::function<void(QWidget *dialog)> act, int timeoutMs = 10000)
{
    return whenModalThat([](QWidget *) { return true; }, std::move(act), timeoutMs);
}

/// A driver for RecordActions::setDialogDriver(): shows each form the code under test opens,
/// lets `act` use it as a user (typing, clicking Save or Cancel), and returns how it was closed.
/// When `act` leaves the form open, the test fails and Esc closes it.
inline std::function<int(tongxin::RecordDialog &)> driver(std::function<void(tongxin::RecordDialog &form)> act)
{
    return [act = std::move(act)](tongxin::RecordDialog &form) {
        if (!show(&form))
            QTest::qFail("the form did not show", __FILE__, __LINE__);
        act(form);
        if (form.isVisible()) {
            QTest::qFail(qPrintable(QStringLiteral("the form %1 is still open: %2").arg(form.objectName(), form.message())),
                         __FILE__, __LINE__);
            pressEscape(&form);
        }
        return form.result();
    };
}

/// whenModal() for a record form.
inline std::shared_ptr<bool> whenForm(std::function<void(tongxin::RecordDialog &form)> act, int timeoutMs = 10000)
{
    return whenModal(
        [act = std::move(act)](QWidget *w) {
            auto *form = qobject_cast<tongxin::RecordDialog *>(w);
            if (!form) {
                QTest::qFail(qPrintable(QStringLiteral("%1 is not a record form").arg(w->objectName())), __FILE__,
                             __LINE__);
                return;
            }
            act(*form);
        },
        timeoutMs);
}

} // namespace usertest

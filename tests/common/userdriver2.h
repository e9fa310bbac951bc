#pragma once

// More of what a user does, next to userdriver.h: moving a combo box to an item with the
// keyboard, entering a value into a record form's field by the
// kind of its editor (a name picked from the list offered, a code's item, yuan typed as text),
// choosing the window's language from its Language menu, and answering Qt's own file dialog
// (ui/shell/filedialog.cpp) by typing a name into it, pressing Cancel on a progress dialog and a
// shortcut with the focus in a widget; a main window opened at a page chosen from its sidebar,
// and Edit ▸ Undo / Redo chosen from its menu bar.

#include "common/userdriver.h"
#include "money/money.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QListWidget>
#include <QKeySequence>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace usertest {

/// Moves a combo box (not editable) to item `index` with the keyboard: Home, then Down until it
/// is there (disabled items are skipped, as for a user). False when it cannot get there.
inline bool chooseIndex(QComboBox *combo, int index)
{
    if (!combo || index < 0 || index >= combo->count() || !combo->isEnabled())
        return false;
    combo->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i <= combo->count() && combo->currentIndex() != index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == index;
}

/// chooseIndex() for the item that stands for `data` (shown to the user by its text).
inline bool chooseData(QComboBox *combo, const QVariant &data)
{
    return combo && chooseIndex(combo, combo->findData(data));
}

/// Picks the record `id` in a LookupCombo by typing its name and choosing it from the names
/// offered (the first, or a later one when several names contain it).
inline bool chooseId(LookupCombo *combo, qint64 id)
{
    const int at = combo ? combo->findData(id) : -1;
    if (at < 0)
        return false;
    const QString name = combo->itemText(at);
    for (int nth = 0; nth < 20; ++nth) {
        if (!chooseName(combo, name, nth))
            return false;
        if (combo->currentId() == id)
            return true;
    }
    return false;
}

/// Enters `value` into a record form's field as a user would, by the kind of its editor: a
/// record's id is picked by its name, a code by its item, a flag ticked, a date (ISO text or
/// QDate) typed, a number typed, an amount of a *_fen column typed in yuan, text typed.
inline bool enter(QWidget *dialog, const QString &column, const QVariant &value)
{
    QWidget *w = editor(dialog, column);
    if (!w) {
        qWarning("enter: no field %s", qPrintable(column));
        return false;
    }
    bool ok = false;
    if (auto *lookup = qobject_cast<LookupCombo *>(w))
        ok = chooseId(lookup, value.toLongLong());
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        ok = chooseData(combo, value);
    else if (qobject_cast<QCheckBox *>(w))
        ok = fill(dialog, column, value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    else if (qobject_cast<tongxin::DateField *>(w))
        ok = typeDate(dialog, column, value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : value.toString());
    else if (column.endsWith(QLatin1String("_fen"))) {
        retype(w, tongxin::Money::yuan(value.toLongLong()));
        ok = true;
    } else
        ok = fill(dialog, column, value.toString());
    if (!ok)
        qWarning("enter: %s not taken by the field %s", qPrintable(value.toString()), qPrintable(column));
    return ok;
}

/// Chooses Language ▸ 中文 ("zh_CN") or Language ▸ English ("en") from the window's menu bar.
inline bool chooseLanguage(QMainWindow *w, const QString &lang)
{
    const bool zh = lang.startsWith(QLatin1String("zh"));
    return chooseMenuItem(w, QStringLiteral("menuLanguage"),
                          zh ? QStringLiteral("actionLanguageZh") : QStringLiteral("actionLanguageEn"));
}

/// Answers the next file dialog the code under test opens: types `path` into its file name box
/// and presses Return; when it asks whether to replace an existing file, answers `replace`.
/// Until then the application's message boxes are shown (Qt's own dialog is only used when
/// they are); they are recorded again before the name is accepted, so what follows the dialog
/// is recorded as in the rest of the tests. `openedIn`, when given, receives the folder the
/// dialog showed when it opened. Returns a flag that becomes true once it was typed.
inline std::shared_ptr<bool> whenFileDialog(
    const QString &path, bool replace = true, std::shared_ptr<QString> openedIn = nullptr)
{
    tongxin::MessageBox::setRecordOnly(false);
    return whenModal([path, replace, openedIn](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        tongxin::MessageBox::setRecordOnly(true);
        if (dialog && openedIn)
            *openedIn = dialog->directory().absolutePath();
        if (!name) {
            QTest::qFail("no file dialog with a file name box opened", __FILE__, __LINE__);
            if (modal)
                pressEscape(modal);
            return;
        }
        // The dialog is the active window while a user types in it (offscreen it is not made
        // active by itself, and its list then keeps every folder the typed path passed through
        // selected, as if picked, beside the file: Save stays disabled).
        if (!activate(dialog))
            qWarning("whenFileDialog: the file dialog did not become the active window");
        retype(name, path);
        // The names completed while typing are offered in a list; Esc in it closes it, so that
        // Return reaches the dialog.
        if (QCompleter *c = name->completer(); c && c->popup() && c->popup()->isVisible())
            QTest::keyClick(c->popup(), Qt::Key_Escape);
        if (dialog->acceptMode() == QFileDialog::AcceptSave && QFileInfo::exists(path)) {
            // Qt's dialog asks before replacing a file, in a message box of its own.
            whenModal([replace](QWidget *question) {
                auto *box = qobject_cast<QMessageBox *>(question);
                QAbstractButton *b = box ? box->button(replace ? QMessageBox::Yes : QMessageBox::No) : nullptr;
                if (!click(b))
                    pressEscape(question);
            });
        }
        QTest::keyClick(name, Qt::Key_Return);
        if (dialog->isVisible() && !replace)
            pressEscape(dialog); // "No" keeps the dialog open: the user then cancels it
    });
}

/// Cancels the next file dialog with Esc (application message boxes are recorded again after).
inline std::shared_ptr<bool> whenFileDialogCancelled()
{
    tongxin::MessageBox::setRecordOnly(false);
    return whenModal([](QWidget *modal) {
        tongxin::MessageBox::setRecordOnly(true);
        if (!qobject_cast<QFileDialog *>(modal))
            QTest::qFail("the dialog cancelled is not a file dialog", __FILE__, __LINE__);
        pressEscape(modal);
    });
}

/// Presses Cancel on the next progress dialog (QProgressDialog, e.g. of an export) once it shows,
/// while the work it follows goes on. Returns a flag that becomes true once it was pressed.
inline std::shared_ptr<bool> whenProgressCancelled(int timeoutMs = 30000)
{
    return whenModalThat([](QWidget *modal) { return qobject_cast<QProgressDialog *>(modal) != nullptr; },
        [](QWidget *modal) {
            if (!click(modal->findChild<QPushButton *>()))
                QTest::qFail("the progress dialog has no Cancel button", __FILE__, __LINE__);
        },
        timeoutMs);
}

/// Presses the first key of `keys` (e.g. QKeySequence::Undo, Ctrl+Z) with the keyboard focus in
/// `where`, its window active: what answers it there (the widget, or a shortcut of the window
/// such as a menu item's) acts. False when the window does not become active or `where` does not
/// take the focus.
inline bool pressShortcut(QWidget *where, const QKeySequence &keys)
{
    QWidget *window = where ? where->window() : nullptr;
    if (!window || keys.isEmpty())
        return false;
    if (!activate(window))
        return false;
    where->setFocus(Qt::OtherFocusReason);
    if (!where->hasFocus())
        return false;
    QTest::keyClick(where, keys[0].key(), keys[0].keyboardModifiers());
    return true;
}

/// Clicks the line of page `pageId` in the main window's sidebar (its rows are the pages in
/// pageIds() order). False when there is no such line or the page did not become current.
inline bool choosePage(tongxin::MainWindow &w, const QString &pageId)
{
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    const int row = int(w.pageIds().indexOf(pageId));
    return sidebar && row >= 0 && clickIndex(sidebar, sidebar->model()->index(row, 0))
        && w.currentPageId() == pageId;
}

/// The main window on the database file `path` (opened as a fixture does, before the user
/// acts), shown at 1280×800 with page `pageId` chosen from its sidebar: that page, or null.
template <class Page>
Page *openAtPage(tongxin::MainWindow &w, const QString &path, const QString &pageId)
{
    w.setRememberSession(false);
    if (!w.openDatabase(path))
        return nullptr;
    w.resize(1280, 800);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w) || !choosePage(w, pageId))
        return nullptr;
    return qobject_cast<Page *>(w.page(pageId));
}

/// Edit ▸ Undo, chosen from the window's menu bar.
inline bool chooseUndo(QMainWindow *w)
{
    return chooseMenuItem(w, QStringLiteral("menuEdit"), QStringLiteral("actionUndo"));
}

/// Edit ▸ Redo, chosen from the window's menu bar.
inline bool chooseRedo(QMainWindow *w)
{
    return chooseMenuItem(w, QStringLiteral("menuEdit"), QStringLiteral("actionRedo"));
}

/// The row of a list whose `id` column is `id`, clicked in its first shown column as a user
/// picks a record; false when no such row is shown (e.g. hidden by the search).
inline bool clickRowWithId(tongxin::ListView *list, qint64 id)
{
    tongxin::ListModel *model = list ? list->model() : nullptr;
    if (!model)
        return false;
    const int idColumn = model->columnIndex(QStringLiteral("id"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->raw(row, idColumn).toLongLong() != id)
            continue;
        const QModelIndex shown = list->proxy()->mapFromSource(model->index(row, idColumn));
        QTableView *table = list->tableView();
        const int first = table->horizontalHeader()->logicalIndexAt(0);
        return shown.isValid() && clickIndex(table, shown.siblingAtColumn(first >= 0 ? first : 0));
    }
    return false;
}

} // namespace usertest

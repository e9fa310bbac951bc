#pragma once

#include <QString>
#include <QStringList>
#include <initializer_list>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;
class QWidget;

namespace tongxin::dialogkit {

// The parts the accounts and locks dialogs share: a form's refusal line, its OK and Cancel, a
// list of rows with its buttons and Close.

/// A hidden, wrapping line in red, for the reason core refused a form.
QLabel *errorLine(QWidget *parent, const QString &objectName);
/// After the form's OK: closes it (accepted) when `ok`, else shows `why` in `error` and stays.
void finish(QDialog *form, QLabel *error, bool ok, const QString &why);
/// Cancel and an OK button named `okName` (the default) under the form; Cancel rejects, OK
/// does only what the caller connects. Returns OK.
QPushButton *okCancel(QDialog *form, QVBoxLayout *layout, const QString &okText, const QString &okName,
    const QString &cancelName);
/// A read-only table choosing one whole row, with `headers`.
void setUpTable(QTableWidget *table, const QString &objectName, const QStringList &headers);
/// `buttons` in a row under a list (not triggered by Enter), then Close named `closeName`.
void buttonRowAndClose(QDialog *dialog, QVBoxLayout *layout, std::initializer_list<QPushButton *> buttons,
    const QString &closeName);

} // namespace tongxin::dialogkit

#include "shell/messagebox.h"

#include <QPushButton>

namespace tongxin {

namespace {
struct State
{
    bool recordOnly = false;
    QMessageBox::StandardButton next = QMessageBox::NoButton;
    QVector<MessageBox::Message> recorded;
};

State &state()
{
    static State s;
    return s;
}
} // namespace

void MessageBox::setRecordOnly(bool on)
{
    state().recordOnly = on;
}

bool MessageBox::recordOnly()
{
    return state().recordOnly;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().next = answer;
}

const QVector<MessageBox::Message> &MessageBox::recorded()
{
    return state().recorded;
}

void MessageBox::clearRecorded()
{
    state().recorded.clear();
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, Kind::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, Kind::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, Kind::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(parent, Kind::Question, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, Kind::About, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

bool MessageBox::informationWithAction(
    QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    State &s = state();
    s.recorded.push_back(Message { Kind::Information, title, text, action });
    const QMessageBox::StandardButton queued = s.next;
    s.next = QMessageBox::NoButton;
    if (queued != QMessageBox::NoButton)
        return queued == QMessageBox::Open;
    if (s.recordOnly)
        return false;
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(title);
    box.setText(text);
    QPushButton *extra = box.addButton(action, QMessageBox::ActionRole);
    extra->setObjectName(QStringLiteral("messageAction"));
    box.setDefaultButton(box.addButton(QMessageBox::Ok));
    box.exec();
    return box.clickedButton() == extra;
}

QMessageBox::StandardButton MessageBox::show(QWidget *parent, Kind kind, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    State &s = state();
    s.recorded.push_back(Message { kind, title, text, QString() });
    const QMessageBox::StandardButton queued = s.next;
    s.next = QMessageBox::NoButton;
    if (queued != QMessageBox::NoButton)
        return queued;
    if (s.recordOnly)
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Ok;

    if (kind == Kind::About) {
        QMessageBox::about(parent, title, text);
        return QMessageBox::Ok;
    }
    QMessageBox box(parent);
    box.setIcon(kind == Kind::Information ? QMessageBox::Information
            : kind == Kind::Warning       ? QMessageBox::Warning
            : kind == Kind::Critical      ? QMessageBox::Critical
                                          : QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(text);
    box.setStandardButtons(buttons);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace tongxin

#pragma once

#include <QMessageBox>
#include <QString>
#include <QVector>

namespace tongxin {

/// Every message box of the application goes through here, so that tests and headless runs
/// (--screenshots) never block: in "record" mode nothing is shown, the message is kept in
/// recorded() and the next answer (or the default button) is returned. After KeePassXC's
/// src/gui/MessageBox.h.
class MessageBox final
{
public:
    enum class Kind { Information, Warning, Critical, Question, About };
    struct Message
    {
        Kind kind;
        QString title;
        QString text;
        QString action; ///< the extra button of informationWithAction(), else empty
    };

    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void about(QWidget *parent, const QString &title, const QString &text);
    /// An information message with OK and one more button for what may follow (e.g. "Open
    /// Folder", object name "messageAction"): true when that button was pressed. Queued
    /// answer QMessageBox::Open stands for it; in record mode it is not pressed.
    static bool informationWithAction(
        QWidget *parent, const QString &title, const QString &text, const QString &action);

    /// Record messages instead of showing them (tests, --screenshots).
    static void setRecordOnly(bool on);
    static bool recordOnly();
    /// The answer of the next message box only (any mode); NoButton = none queued.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Messages seen since the last clearRecorded(), shown or not.
    static const QVector<Message> &recorded();
    static void clearRecorded();

private:
    static QMessageBox::StandardButton show(QWidget *parent, Kind kind, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};

} // namespace tongxin

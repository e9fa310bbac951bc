#pragma once

#include <QDate>
#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;

namespace tongxin {

class DateField;

/// Asks the date a pairing ended (today by default, never before its start).
class EndPairingDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `what` names the pairing ("平山道社区 ↔ 杨河村").
    EndPairingDialog(const QString &what, const QDate &start, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date);
    DateField *dateEdit() const { return m_date; }

    /// Runs the dialog (or the test driver); the chosen date, or an invalid date when cancelled.
    static QDate ask(QWidget *parent, const QString &what, const QDate &start);
    /// Tests: run the dialog through this instead of exec() (return Accepted or Rejected).
    static void setDriver(std::function<int(EndPairingDialog &)> driver);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QLabel *m_dateLabel;
    DateField *m_date;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace tongxin

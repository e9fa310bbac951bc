#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace tongxin {

/// A date field that takes a date typed whole, as people type it (2020-05-01, 2020/5/1,
/// 2020年5月1日, 20200501: see datetext::parse), or picked from a calendar (the arrow button,
/// F4 or Alt+Down). Up and Down move the date by a day. Text that is not a date, or a date outside
/// the allowed range, is shown red with the reason as its tooltip when the typing is done, and is
/// never taken: date() keeps the last date that was. Empty text is no date; whether that is
/// allowed is for the form to say.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// The date the field holds: the last date typed (once the typing was done: Enter, Tab,
    /// leaving the field) or picked; invalid when empty.
    QDate date() const { return m_date; }
    /// The date the text is now, typing done or not; invalid when it is not one (or is outside
    /// the range).
    QDate typedDate() const;
    void setDate(const QDate &date);
    void clear();

    void setDateRange(const QDate &minimum, const QDate &maximum);
    QDate minimumDate() const { return m_min; }
    QDate maximumDate() const { return m_max; }

    bool isEmpty() const;
    /// Empty, or what is typed is the date the field holds.
    bool isAcceptable() const { return problem().isEmpty(); }
    /// Why the text is not taken, in a sentence; empty when it is.
    QString problem() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    /// The calendar, while it is shown (nullptr otherwise).
    QCalendarWidget *calendar() const;
    void showCalendar();

signals:
    /// A new date was typed or picked (invalid when the field was emptied).
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void takeText();
    void showState(bool finished);
    void retranslateUi();
    void step(int days);

    QLineEdit *m_edit;
    QToolButton *m_button;
    QWidget *m_popup = nullptr;
    QDate m_date;
    QDate m_min;
    QDate m_max;
};

} // namespace tongxin

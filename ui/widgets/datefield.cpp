#include "widgets/datefield.h"

#include "domain/datetext.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace tongxin {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_min(1900, 1, 1)
    , m_max(2100, 12, 31)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    m_edit->setObjectName(QStringLiteral("dateText"));
    // Digits and the separators people use; the whole text is read when it is a date.
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[0-9\\-/. 年月日]{0,16}$")), m_edit));
    const int wide = m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 24;
    m_edit->setMinimumWidth(wide);
    m_edit->installEventFilter(this);
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    setFocusProxy(m_edit);
    // What is typed is taken when the typing is done (Enter, Tab, leaving the field), so a date
    // half typed ("2018-03-1" on the way to "2018-03-15") is never taken; until then it is
    // shown plainly, then red with its reason if it is not a date.
    connect(m_edit, &QLineEdit::textEdited, this, [this] { showState(false); });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        takeText();
        if (m_date.isValid() && problem().isEmpty())
            m_edit->setText(datetext::iso(m_date)); // written back the one way dates are written
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    retranslateUi();
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(datetext::iso(date));
    takeText();
}

void DateField::clear()
{
    m_edit->clear();
    takeText();
}

void DateField::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_min = minimum.isValid() ? minimum : QDate(1900, 1, 1);
    m_max = maximum.isValid() ? maximum : QDate(2100, 12, 31);
    takeText();
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

QDate DateField::typedDate() const
{
    const QDate d = datetext::parse(m_edit->text());
    return d.isValid() && d >= m_min && d <= m_max ? d : QDate();
}

QString DateField::problem() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QString(); // whether empty is allowed is the form's to say
    const QDate d = datetext::parse(text);
    if (!d.isValid())
        return tr("“%1” is not a date: type it as 2020-05-01.").arg(text);
    if (d < m_min)
        return tr("%1 is before %2, the earliest date allowed here.").arg(datetext::iso(d), datetext::iso(m_min));
    if (d > m_max)
        return tr("%1 is after %2, the latest date allowed here.").arg(datetext::iso(d), datetext::iso(m_max));
    return QString();
}

void DateField::takeText()
{
    const QDate typed = typedDate();
    if ((typed.isValid() || isEmpty()) && typed != m_date) {
        m_date = typed;
        emit dateChanged(m_date);
    }
    showState(true);
}

void DateField::showState(bool finished)
{
    const QString why = finished ? problem() : QString();
    QPalette p = palette();
    if (!why.isEmpty())
        p.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
    m_edit->setPalette(p);
    m_edit->setToolTip(why); // empty: the field's own tooltip shows
}

void DateField::step(int days)
{
    const QDate from = m_date.isValid() ? m_date : QDate::currentDate();
    const QDate to = from.addDays(days);
    if (to >= m_min && to <= m_max)
        setDate(to);
}

QCalendarWidget *DateField::calendar() const
{
    return m_popup && m_popup->isVisible() ? m_popup->findChild<QCalendarWidget *>() : nullptr;
}

void DateField::showCalendar()
{
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("calendarPopup"));
        auto *box = new QVBoxLayout(m_popup);
        box->setContentsMargins(1, 1, 1, 1);
        auto *cal = new QCalendarWidget(m_popup);
        cal->setObjectName(QStringLiteral("calendar"));
        cal->setGridVisible(true);
        box->addWidget(cal);
        // A day clicked, or Enter on the day chosen with the keys, is the date.
        auto pick = [this](const QDate &d) {
            m_popup->hide();
            setDate(d);
            m_edit->setFocus(Qt::PopupFocusReason);
        };
        connect(cal, &QCalendarWidget::clicked, this, pick);
        connect(cal, &QCalendarWidget::activated, this, pick);
    }
    auto *cal = m_popup->findChild<QCalendarWidget *>();
    cal->setDateRange(m_min, m_max);
    cal->setSelectedDate(m_date.isValid() ? m_date : qBound(m_min, QDate::currentDate(), m_max));
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect r = s->availableGeometry();
        if (at.y() + m_popup->height() > r.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(qBound(r.left(), at.x(), r.right() - m_popup->width()));
    }
    m_popup->move(at);
    m_popup->show();
    cal->setFocus(Qt::PopupFocusReason);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier))) {
            showCalendar();
            return true;
        }
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            step(key->key() == Qt::Key_Up ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateField::retranslateUi()
{
    m_edit->setPlaceholderText(tr("yyyy-mm-dd"));
    m_button->setToolTip(tr("Choose the date on a calendar (F4)"));
    showState(!m_edit->hasFocus());
}

} // namespace tongxin

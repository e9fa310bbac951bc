#include "shell/gettingstarted.h"

#include "db/database.h"
#include "stats/startsteps.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace tongxin {

GettingStarted::GettingStarted(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("gettingStarted"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QFrame#gettingStarted { background: #fff8e1; border-bottom: 1px solid #e6d8a8; }"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(16, 10, 16, 10);
    m_title->setObjectName(QStringLiteral("gettingStartedTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    grid->addWidget(m_title, 0, 0, 1, 2);
    static const char *const names[StepCount] = { "stepPlaces", "stepOrganisations", "stepPairings" };
    for (int i = 0; i < StepCount; ++i) {
        m_text[i] = new QLabel(this);
        m_text[i]->setWordWrap(true);
        m_button[i] = new QPushButton(this);
        m_button[i]->setObjectName(QLatin1String(names[i]));
        grid->addWidget(m_text[i], i + 1, 0);
        grid->addWidget(m_button[i], i + 1, 1);
        connect(m_button[i], &QPushButton::clicked, this, [this, i] { emit stepRequested(Step(i)); });
    }
    grid->setColumnStretch(0, 1);
    retranslateUi();
    hide();
}

void GettingStarted::refresh(Database *db)
{
    if (!db || !db->isOpen()) {
        hide();
        return;
    }
    const StartSteps s = StartSteps::read(db->db());
    m_done[Places] = s.placesDone();
    m_done[Organisations] = s.organisationsDone();
    m_done[Pairings] = s.pairingsDone();
    retranslateUi();
    setVisible(!s.complete());
}

void GettingStarted::retranslateUi()
{
    m_title->setText(tr("Where to begin: this database is new. Enter its records in this order."));
    const QString texts[StepCount] = {
        tr("1. Places: your district with its streets and communities, and the western counties "
           "with their towns and villages (mark the poor villages)."),
        tr("2. Organisations: schools, hospitals, enterprises and chambers on both sides."),
        tr("3. Pairings: who is paired with whom; the forms then offer the places and organisations "
           "entered above."),
    };
    const QString buttons[StepCount] = { tr("Enter places…"), tr("Enter organisations…"), tr("Enter pairings…") };
    // A step whose records exist is ticked; the next one to do is the default button.
    bool nextMarked = false;
    for (int i = 0; i < StepCount; ++i) {
        m_text[i]->setText(m_done[i] ? tr("✓ %1").arg(texts[i]) : texts[i]);
        m_text[i]->setEnabled(!m_done[i]);
        m_button[i]->setText(buttons[i]);
        const bool next = !m_done[i] && !nextMarked;
        m_button[i]->setDefault(next);
        nextMarked = nextMarked || next;
    }
}

void GettingStarted::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace tongxin

#include "dashboard/figuretile.h"

#include "money/money.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tongxin {

FigureTile::FigureTile(Figure figure, QWidget *parent)
    : QFrame(parent)
    , m_figure(figure)
    , m_label(new QLabel(this))
    , m_value(new QLabel(this))
{
    const QString key = QString::fromLatin1(Figures::info(figure).key);
    setObjectName(QStringLiteral("tile_") + key);
    m_label->setObjectName(QStringLiteral("label_") + key);
    m_value->setObjectName(QStringLiteral("value_") + key);
    setProperty("card", true);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(150);
    setFixedHeight(88);

    m_label->setProperty("role", QStringLiteral("tileLabel"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_value->setProperty("role", QStringLiteral("tileValue"));
    m_value->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_value->setFont(big);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_value);
    clear();
    retranslateUi();
}

void FigureTile::setFigures(const HeadlineFigures &figures)
{
    m_figures = figures;
    m_hasValue = true;
    m_value->setText(m_figures.text(m_figure));
}

void FigureTile::clear()
{
    m_hasValue = false;
    m_value->setText(QStringLiteral("–"));
}

void FigureTile::retranslateUi()
{
    m_label->setText(Figures::label(m_figure));
    setToolTip(Figures::label(m_figure));
    if (m_hasValue)
        m_value->setText(m_figures.text(m_figure)); // units and money style follow the language
}

} // namespace tongxin

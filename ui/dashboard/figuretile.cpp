#include "dashboard/figuretile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tongxin {

FigureTile::FigureTile(Figure figure, QWidget *parent)
    : QFrame(parent)
    , m_figure(figure)
{
    build(Figures::info(figure).key);
}

FigureTile::FigureTile(AreaFigure main, AreaFigure detail, QWidget *parent)
    : QFrame(parent)
    , m_isArea(true)
    , m_main(main)
    , m_detail(detail)
{
    build(Figures::info(main).key);
}

void FigureTile::build(const char *keyText)
{
    const QString key = QString::fromLatin1(keyText);
    m_label = new QLabel(this);
    m_value = new QLabel(this);
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
    if (m_isArea) {
        // The related figure on one line under the value, in the label's colour.
        m_detailValue = new QLabel(this);
        m_detailValue->setObjectName(QStringLiteral("value_") + QLatin1String(Figures::info(m_detail).key));
        m_detailValue->setProperty("role", QStringLiteral("tileLabel"));
        m_detailValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_detailValue);
    }
    clear();
    retranslateUi();
}

void FigureTile::setFigures(const HeadlineFigures &figures)
{
    m_figures = figures;
    m_hasValue = true;
    showValues();
}

void FigureTile::clear()
{
    m_hasValue = false;
    showValues();
}

void FigureTile::showValues()
{
    const QString none = QStringLiteral("–");
    if (!m_isArea) {
        m_value->setText(m_hasValue ? m_figures.text(m_figure) : none);
        return;
    }
    m_value->setText(m_hasValue ? m_figures.text(m_main) : none);
    const QString detail = m_hasValue ? m_figures.text(m_detail) : none;
    switch (m_detail) {
    case AreaFigure::LabourPoorPlaced:
        //: Under the number of rural workers placed in jobs on the dashboard, e.g. "of whom registered poor: 567 persons".
        m_detailValue->setText(tr("of whom registered poor: %1").arg(detail));
        break;
    case AreaFigure::DonationsInKind:
        //: Under the donations in cash on the dashboard, e.g. "and in kind, valued at 1.03 million yuan".
        m_detailValue->setText(tr("and in kind, valued at %1").arg(detail));
        break;
    default:
        m_detailValue->setText(Figures::label(m_detail) + QStringLiteral(": ") + detail);
        break;
    }
}

QString FigureTile::label() const
{
    return m_isArea ? Figures::label(m_main) : Figures::label(m_figure);
}

QString FigureTile::toolTipText() const
{
    if (!m_isArea)
        return label();
    switch (m_main) {
    case AreaFigure::LabourPersonsPlaced:
        return tr("Western rural workers helped into jobs in the period (by the year of placement), and of them "
                  "the registered poor.");
    case AreaFigure::DonationsCash:
        return tr("Donations to the western units in the period (by donation date): cash, and goods at their "
                  "recorded value.");
    default:
        return label();
    }
}

void FigureTile::retranslateUi()
{
    m_label->setText(label());
    setToolTip(toolTipText());
    showValues(); // units, money style and the detail line follow the language
}

} // namespace tongxin

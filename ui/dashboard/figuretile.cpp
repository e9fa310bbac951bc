#include "dashboard/figuretile.h"

#include "widgets/chartkit.h"

#include "stats/definitions.h"

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace tongxin {

FigureTile::FigureTile(Figure figure, QWidget *parent)
    : QFrame(parent)
    , m_figure(figure)
{
    const FigureInfo &info = Figures::info(figure);
    if (figure == Figure::CadresSeconded)
        m_detailKey = QString::fromLatin1(Figures::info(AreaFigure::CadresInPost).key);
    else if (figure == Figure::ProfessionalsDispatched)
        m_detailKey = QString::fromLatin1(Figures::info(AreaFigure::ProfessionalsInPost).key);
    else if (figure == Figure::EnterprisesSettled)
        m_detailKey = QString::fromLatin1(Figures::info(AreaFigure::EnterprisesNew).key);
    else if (info.kind == FigureInfo::Kind::Pairing)
        m_detailKey = QString::fromLatin1(info.key) + QStringLiteral(".in_force_at_end");
    build(info.key);
}

FigureTile::FigureTile(AreaFigure main, AreaFigure detail, QWidget *parent)
    : QFrame(parent)
    , m_isArea(true)
    , m_main(main)
    , m_detail(detail)
{
    m_detailKey = QString::fromLatin1(Figures::info(detail).key);
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
    // The tile takes every click: a double-click anywhere on it (its number too) lists the
    // records behind the figure, rather than selecting a word of the label.
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_value->setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_value->setFont(big);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_value);
    if (!m_detailKey.isEmpty()) {
        // The related figure on one line under the value, in the label's colour.
        m_detailValue = new QLabel(this);
        m_detailValue->setObjectName(QStringLiteral("value_") + m_detailKey);
        m_detailValue->setProperty("role", QStringLiteral("tileLabel"));
        m_detailValue->setAttribute(Qt::WA_TransparentForMouseEvents);
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
        if (!m_detailValue)
            return;
        if (Figures::info(m_figure).kind == FigureInfo::Kind::Pairing) {
            const QString atEnd = m_hasValue ? QLocale().toString(m_figures.pairing(m_figure).atEnd) : none;
            //: Under a pairing figure on the dashboard: pairings still in force on the last day of the span.
            m_detailValue->setText(tr("in force at end: %1").arg(atEnd));
        } else if (m_figure == Figure::EnterprisesSettled) {
            //: Under the enterprises settled on the dashboard: those settling for the first time (not expansions); keep it short.
            m_detailValue->setText(tr("new: %1").arg(m_hasValue ? m_figures.text(AreaFigure::EnterprisesNew) : none));
        } else {
            const AreaFigure inPost
                = m_figure == Figure::CadresSeconded ? AreaFigure::CadresInPost : AreaFigure::ProfessionalsInPost;
            //: Under the cadres (professionals) sent in the span: those in post at any time in it; keep it short.
            m_detailValue->setText(tr("in post: %1").arg(m_hasValue ? m_figures.text(inPost) : none));
        }
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

QString FigureTile::key() const
{
    return QString::fromLatin1(m_isArea ? Figures::info(m_main).key : Figures::info(m_figure).key);
}

QString FigureTile::label() const
{
    const QString name = m_isArea ? Figures::label(m_main) : Figures::label(m_figure);
    if (!m_unitChosen || !Definitions::of(key()).officeWide)
        return name;
    //: A dashboard tile's figure that is the whole office's, shown while one western unit is chosen.
    const QString text = tr("%1 (office-wide)");
    // The suffix never breaks inside ("全 / 办", "office- / wide"): a word joiner (U+2060, not
    // drawn) between its characters; the line may still break before it.
    const int at = text.indexOf(QLatin1String("%1"));
    const QString rest = text.mid(at + 2);
    qsizetype lead = 0; // the line may break before the suffix, not inside it
    while (lead < rest.size() && rest.at(lead).isSpace())
        ++lead;
    return at < 0 ? text : text.left(at) + name + rest.left(lead) + chartkit::unbreakable(rest.mid(lead));
}

void FigureTile::setUnitChosen(bool chosen)
{
    if (chosen == m_unitChosen)
        return;
    m_unitChosen = chosen;
    m_label->setText(label());
}

QString FigureTile::toolTipText() const
{
    const QString key = this->key();
    QString text = QStringLiteral("<b>%1</b><p>%2</p>").arg(label().toHtmlEscaped(),
                                                           Definitions::of(key).tooltip().toHtmlEscaped().replace(
                                                               QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!m_detailKey.isEmpty()) {
        const Definition detail = Definitions::of(m_detailKey);
        //: A figure's name and what it counts, in a tooltip.
        text += QStringLiteral("<p>%1</p>").arg(tr("<b>%1</b>: %2").arg(detail.name.toHtmlEscaped(), detail.counted.toHtmlEscaped()));
    }
    return text + QStringLiteral("<p><i>%1</i></p>").arg(tr("Double-click to list the records that make this figure.")
                                                           .toHtmlEscaped());
}

QString FigureTile::figureAt(const QPoint &pos) const
{
    if (m_detailValue && m_detailValue->geometry().contains(pos))
        return m_detailKey;
    return key();
}

void FigureTile::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_hasValue) {
        emit explainRequested(figureAt(event->position().toPoint()));
        event->accept();
        return;
    }
    QFrame::mouseDoubleClickEvent(event);
}

void FigureTile::retranslateUi()
{
    m_label->setText(label());
    setToolTip(toolTipText());
    showValues(); // units, money style and the detail line follow the language
}

} // namespace tongxin

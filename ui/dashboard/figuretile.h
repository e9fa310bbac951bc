#pragma once

#include "stats/figures.h"
#include "stats/headline.h"

#include <QFrame>

class QLabel;

namespace tongxin {

/// One figure as a card: its label and its value, formatted for the current language.
/// Object names "tile_<key>" and "value_<key>" (FigureInfo::key, AreaFigureInfo::key) let
/// tests find them.
class FigureTile final : public QFrame
{
    Q_OBJECT
public:
    /// A headline figure; its tooltip says what it counts (Definitions). Figures read two ways
    /// show the second reading on a line under the value: cadres and professionals in post
    /// during the span, pairings still in force at its end.
    explicit FigureTile(Figure figure, QWidget *parent = nullptr);
    /// An area figure with a related one on a line under it (labour: persons placed, of whom
    /// registered poor; social aid: donations in cash, and in kind), and a tooltip that says
    /// what is counted. The related value's label is "value_<key of detail>".
    FigureTile(AreaFigure main, AreaFigure detail, QWidget *parent = nullptr);

    /// Shows the figure's value from a computed set (no computation here).
    void setFigures(const HeadlineFigures &figures);
    /// Shows "–" (no database, or the query failed).
    void clear();
    void retranslateUi();
    /// Whether the dashboard shows one western unit: the label of an office-wide figure (not
    /// counted per unit) then says it is the office's, not the unit's.
    void setUnitChosen(bool chosen);
    /// The `summary --json` key of the figure at a point of the tile (the detail line's own
    /// figure on that line; else the tile's figure).
    QString figureAt(const QPoint &pos) const;

signals:
    /// The user double-clicked the tile: list the records that make `figure`.
    void explainRequested(const QString &figure);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void build(const char *key);
    void showValues();
    QString label() const;
    QString key() const;
    QString toolTipText() const;

    bool m_isArea = false;
    Figure m_figure = Figure::WorkingGroups;
    AreaFigure m_main = AreaFigure::LabourPersonsPlaced;
    AreaFigure m_detail = AreaFigure::LabourPoorPlaced;
    QLabel *m_label = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detailValue = nullptr; ///< area tiles, and figures with a second reading
    QString m_detailKey; ///< the detail line's figure (`summary --json` key), if any
    HeadlineFigures m_figures;
    bool m_hasValue = false;
    bool m_unitChosen = false;
};

} // namespace tongxin

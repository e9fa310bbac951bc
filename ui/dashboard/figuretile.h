#pragma once

#include "stats/figures.h"
#include "stats/headline.h"

#include <QFrame>

class QLabel;

namespace tongxin {

/// One headline figure as a card: its label and its value, formatted for the current language.
/// Object names "tile_<key>" and "value_<key>" (FigureInfo::key) let tests find them.
class FigureTile final : public QFrame
{
    Q_OBJECT
public:
    explicit FigureTile(Figure figure, QWidget *parent = nullptr);

    Figure figure() const { return m_figure; }
    /// Shows the figure's value from a computed set (no computation here).
    void setFigures(const HeadlineFigures &figures);
    /// Shows "–" (no database, or the query failed).
    void clear();
    void retranslateUi();

    /// The text a tile shows for a figure, e.g. "3.09亿元", "142 persons", "14 ↔ 14 · 14 pairs".

private:
    Figure m_figure;
    QLabel *m_label;
    QLabel *m_value;
    HeadlineFigures m_figures;
    bool m_hasValue = false;
};

} // namespace tongxin

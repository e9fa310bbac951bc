#pragma once

#include <QSize>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QFrame;
class QLabel;
class QToolButton;
class QWidget;
QT_END_NAMESPACE

namespace tongxin {

/// The user-visible texts of a chart card, translated by the widget that owns the card (so the
/// strings keep that widget's translation context).
struct ChartCardTexts
{
    QString saveMenu; ///< context menu action, "Save Chart as PNG…"
    QString saveDialog; ///< file dialog title, "Save Chart as PNG"
    QString pngFilter; ///< file dialog filter, "PNG images (*.png)"
    QString notSavedTitle; ///< message box title, "Chart Not Saved"
    QString notSaved; ///< message box text with %1 (path) and %2 (reason)
    QString nothingToDraw; ///< the reason when the card could not be grabbed
};

/// One chart in a card (a QFrame with property card=true): the chart view, a message shown
/// instead when there is nothing to draw, an HTML legend and a save-as-PNG tool button (also in
/// the view's context menu, action "saveChartAction"). Children are named `name` (the view),
/// `name`Card, `name`Empty, `name`Legend and `name`Save. Not a QObject: the owner widget is the
/// parent of every child and the context of every connection.
class ChartCard final
{
public:
    using Texts = std::function<ChartCardTexts()>;

    /// Builds the card in `owner`; `texts` is asked each time a text is shown (current language).
    void build(QWidget *owner, const QString &name, const QString &fileName, QSize minimumSize, Texts texts);

    QFrame *frame() const { return m_frame; }
    QChartView *view() const { return m_view; }
    QLabel *legend() const { return m_legend; }
    QLabel *empty() const { return m_empty; }
    QToolButton *saveButton() const { return m_save; }

    /// Shows `chart` (the view takes it; the previous chart is deleted) and the HTML `legend`.
    void showChart(QChart *chart, const QString &legend);
    /// No chart: shows `title` in bold and `why` below it instead.
    void showEmpty(const QString &title, const QString &why);

    /// The text last shown on hover (empty once the pointer left).
    QString hoverText() const { return m_hover; }
    /// Remembers `text` and shows it as a tool tip over the view (hides it when empty).
    void showHover(const QString &text);
    void clearHover() { m_hover.clear(); }

    /// Saves the card (chart and legend) as a PNG file; false with a message box on failure.
    bool savePng(const QString &path);
    /// Asks for a file name (FileDialog) and saves the chart there; nothing when no chart is shown.
    void saveWithDialog();

    /// The style sheet of a widget holding cards.
    static QString styleSheet();

private:
    QWidget *m_owner = nullptr;
    QFrame *m_frame = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_empty = nullptr;
    QToolButton *m_save = nullptr;
    QString m_fileName;
    QString m_hover;
    Texts m_texts;
};

} // namespace tongxin

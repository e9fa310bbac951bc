#include "widgets/chartcard.h"

#include "shell/filedialog.h"
#include "shell/messagebox.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace tongxin {

void ChartCard::build(QWidget *owner, const QString &name, const QString &fileName, QSize minimumSize, Texts texts)
{
    m_owner = owner;
    m_fileName = fileName;
    m_texts = std::move(texts);
    m_frame = new QFrame(owner);
    m_frame->setObjectName(name + QStringLiteral("Card"));
    m_frame->setProperty("card", true);
    auto *layout = new QVBoxLayout(m_frame);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(2);

    m_view = new QChartView(m_frame);
    m_view->setObjectName(name);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("background: transparent;"));
    m_view->setMinimumSize(minimumSize);
    m_view->setMouseTracking(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(m_view, &QWidget::customContextMenuRequested, owner, [this](const QPoint &pos) {
        QMenu menu(m_owner);
        QAction *save = menu.addAction(m_texts().saveMenu);
        save->setObjectName(QStringLiteral("saveChartAction"));
        if (menu.exec(m_view->mapToGlobal(pos)) == save)
            saveWithDialog();
    });
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(m_frame);
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setProperty("role", QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    m_legend = new QLabel(m_frame);
    m_legend->setObjectName(name + QStringLiteral("Legend"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    m_legend->setTextFormat(Qt::RichText);
    QFont small = m_legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_legend->setFont(small);
    bottom->addWidget(m_legend, 1);
    m_save = new QToolButton(m_frame);
    m_save->setObjectName(name + QStringLiteral("Save"));
    m_save->setIcon(owner->style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_save->setIconSize(QSize(14, 14));
    m_save->setAutoRaise(true);
    QObject::connect(m_save, &QToolButton::clicked, owner, [this] { saveWithDialog(); });
    bottom->addWidget(m_save, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
}

void ChartCard::showChart(QChart *chart, const QString &legend)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view owns the new chart but releases the old one
    m_view->show();
    m_empty->hide();
    m_legend->setText(legend);
    m_legend->setVisible(!legend.isEmpty());
    m_save->setEnabled(true);
    delete old;
}

void ChartCard::showEmpty(const QString &title, const QString &why)
{
    QChart *old = m_view->chart();
    m_view->setChart(new QChart);
    m_view->hide();
    m_legend->clear();
    m_legend->hide();
    m_empty->setText(QStringLiteral("<b>%1</b><br><br>%2").arg(title.toHtmlEscaped(), why.toHtmlEscaped()));
    m_empty->show();
    m_save->setEnabled(false);
    delete old;
}

void ChartCard::showHover(const QString &text)
{
    m_hover = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else if (m_view->isVisible())
        QToolTip::showText(QCursor::pos(), text, m_view);
}

bool ChartCard::savePng(const QString &path)
{
    const bool buttonShown = m_save->isVisible();
    m_save->hide(); // the picture is the chart and its legend, not the button
    const QPixmap picture = m_frame->grab();
    m_save->setVisible(buttonShown);
    QImageWriter writer(path, "png");
    if (picture.isNull() || !writer.write(picture.toImage())) {
        const ChartCardTexts texts = m_texts();
        MessageBox::warning(m_owner, texts.notSavedTitle,
            texts.notSaved.arg(
                QDir::toNativeSeparators(path), picture.isNull() ? texts.nothingToDraw : writer.errorString()));
        return false;
    }
    return true;
}

void ChartCard::saveWithDialog()
{
    if (m_view->isHidden()) // nothing drawn for this selection
        return;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const ChartCardTexts texts = m_texts();
    QString path = FileDialog::saveFileName(m_owner, texts.saveDialog, QDir(dir).filePath(m_fileName), texts.pngFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    savePng(path);
}

QString ChartCard::styleSheet()
{
    return QStringLiteral(
        "QFrame[card=\"true\"] { background: palette(base); border: 1px solid #e2ded6; border-radius: 8px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }"
        "QFrame[card=\"true\"] QToolButton { border: none; background: transparent; }"
        "QFrame[card=\"true\"] QToolButton:hover { background: #f1ede6; border-radius: 4px; }"
        "QLabel[role=\"empty\"] { color: #8a857d; }");
}

} // namespace tongxin

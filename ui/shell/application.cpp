#include "shell/application.h"

#include "i18n/language.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>

#ifndef TONGXIN_VERSION
#define TONGXIN_VERSION "0.0.0"
#endif

namespace tongxin {

namespace {

// resources/icons/tongxin.svg drawn with QPainter, for systems without Qt's SVG plugin (Debian
// ships it separately, in libqt6svg6): two joined rings, gold and white on red, "同心".
QPixmap paintedIcon(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);
    QLinearGradient background(0, 8, 0, 248);
    background.setColorAt(0, QColor(0xC8, 0x10, 0x2E));
    background.setColorAt(1, QColor(0x9B, 0x0C, 0x22));
    p.setPen(Qt::NoPen);
    p.setBrush(background);
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
    const QColor gold(0xFF, 0xD2, 0x5A);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(gold, 22));
    p.drawEllipse(QPointF(100, 128), 56, 56);
    p.setPen(QPen(Qt::white, 22));
    p.drawEllipse(QPointF(156, 128), 56, 56);
    // The gold ring passes over the white one at the upper crossing: the rings interlock.
    p.setPen(QPen(gold, 22, Qt::SolidLine, Qt::FlatCap));
    p.drawArc(QRectF(44, 72, 112, 112), 0, 59 * 16);
    return pm;
}

} // namespace

void Application::configure()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tongxin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tongxin.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("tongxin"));
    QCoreApplication::setApplicationVersion(version());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tongxin"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tongxin"));
    QApplication::setWindowIcon(icon());

    // Chinese needs a CJK font; WenQuanYi Micro Hei also writes a correct PDF text layer.
    const QString cjk = QStringLiteral("WenQuanYi Micro Hei");
    if (QFontDatabase::families().contains(cjk)) {
        QFont font = QApplication::font();
        QStringList families = font.families();
        if (families.isEmpty())
            families << font.family();
        // A generic name such as "Sans Serif" is no family of the font database: Qt would skip
        // it and set Latin text in the CJK font too. Name the family it resolves to first.
        const QString resolved = QFontInfo(font).family();
        if (!families.contains(resolved))
            families.prepend(resolved);
        if (!families.contains(cjk))
            families << cjk;
        font.setFamilies(families);
        QApplication::setFont(font);
    }
}

QIcon Application::icon()
{
    // Not cached in a static: pixmaps must not outlive the QGuiApplication.
    const QIcon svg(QStringLiteral(":/icons/tongxin.svg"));
    if (!svg.pixmap(64, 64).isNull())
        return svg;
    QIcon painted;
    for (int size : { 16, 24, 32, 48, 64, 128, 256 })
        painted.addPixmap(paintedIcon(size));
    return painted;
}

QString Application::version()
{
    return QStringLiteral(TONGXIN_VERSION);
}

QString Application::description()
{
    return tr("Records, figures and reports for East–West cooperation offices: pairings, fiscal aid and its "
              "projects, talent exchange, industry, labour and consumption aid.");
}

QString Application::savedLanguage()
{
    const QString saved = Language::normalise(QSettings().value(QStringLiteral("language")).toString());
    return saved.isEmpty() ? Language::systemDefault() : saved;
}

} // namespace tongxin

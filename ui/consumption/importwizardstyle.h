#pragma once

// The look shared by the import wizard's pages: cards, notes and coloured message boxes.

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>

namespace tongxin::importwizardstyle {

/// The style sheet of a page: cards (QFrame[card="true"]) as on the other pages.
inline QString pageStyle()
{
    return QStringLiteral("QFrame[card=\"true\"] { background: palette(base); border: 1px solid #e2ded6; "
                          "border-radius: 8px; }"
                          "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }");
}

enum class Role { Plain, Note, Error, ErrorBox, Ok, Warn, Count, CountBad, CountGood };

/// Gives a label its look. Set on the label itself (not through a dynamic property), so that a
/// label changing from a note to a message box gets its padding at once.
inline void setRole(QLabel *label, Role role)
{
    const QVariant current = label->property("tongxinRole");
    if (current.isValid() && current.toInt() == int(role))
        return;
    label->setProperty("tongxinRole", int(role));
    const QString box = QStringLiteral("border-radius: 4px; padding: 6px 10px; color: #3a3633;");
    QString sheet;
    switch (role) {
    case Role::Plain:
        break;
    case Role::Note:
        sheet = QStringLiteral("color: #6d6760;");
        break;
    case Role::Error:
        sheet = QStringLiteral("color: #b71c1c;");
        break;
    case Role::ErrorBox:
        sheet
            = QStringLiteral("background: #fdeeee; border: 1px solid #f0c9c9; border-left: 4px solid #c62828; ") + box;
        break;
    case Role::Ok:
        sheet
            = QStringLiteral("background: #eef6ef; border: 1px solid #cfe3d2; border-left: 4px solid #3c8d5a; ") + box;
        break;
    case Role::Warn:
        sheet
            = QStringLiteral("background: #fbf7ef; border: 1px solid #e8dcc3; border-left: 4px solid #e0a11b; ") + box;
        break;
    case Role::Count:
        sheet = QStringLiteral("font-size: 15pt; font-weight: bold; color: #3a3633;");
        break;
    case Role::CountBad:
        sheet = QStringLiteral("font-size: 15pt; font-weight: bold; color: #b71c1c;");
        break;
    case Role::CountGood:
        sheet = QStringLiteral("font-size: 15pt; font-weight: bold; color: #2e7d4f;");
        break;
    }
    label->setStyleSheet(sheet);
}

/// A count in the user's locale: "12,345".
inline QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace tongxin::importwizardstyle

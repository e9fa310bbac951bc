#pragma once

// A translator that wraps every translated string in ‹›: installed, it proves that a widget
// retranslates on QEvent::LanguageChange, whatever the state of the real translations.

#include <QString>
#include <QTranslator>

namespace usertest {

class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return source && *source ? QStringLiteral("‹%1›").arg(QString::fromUtf8(source)) : QString();
    }
};

} // namespace usertest

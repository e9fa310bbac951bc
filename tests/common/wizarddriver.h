#pragma once

// Walking a QWizard the way a user does: a mouse click on the button the wizard shows to go on
// (Next, or Commit on a commit page, or Finish on the last page), on Back, on Finish. Never
// QWizard::next() / back(): those are slots, and a test calling them cannot notice a button
// that is hidden, disabled or not connected.
//
// Each helper returns false, with the buttons' state as a warning, when there is nothing to
// click: use them as QVERIFY(usertest::clickNext(wizard)).

#include <QAbstractButton>
#include <QStringList>
#include <QTest>
#include <QWizard>

#include <initializer_list>

namespace usertest {

/// "Next: shown, enabled; Commit: hidden; …" for a failure message.
inline QString wizardButtons(QWizard &w)
{
    const std::pair<QWizard::WizardButton, const char *> names[] = { { QWizard::BackButton, "Back" },
        { QWizard::NextButton, "Next" }, { QWizard::CommitButton, "Commit" }, { QWizard::FinishButton, "Finish" },
        { QWizard::CancelButton, "Cancel" } };
    QStringList out;
    for (const auto &[which, name] : names) {
        QAbstractButton *b = w.button(which);
        out << QStringLiteral("%1: %2, %3")
                   .arg(QLatin1String(name), QLatin1String(b && b->isVisible() ? "shown" : "hidden"),
                       QLatin1String(b && b->isEnabled() ? "enabled" : "disabled"));
    }
    return QStringLiteral("page %1; ").arg(w.currentId()) + out.join(QStringLiteral("; "));
}

/// The first of `which` the wizard shows (visible), enabled or not; null when it shows none.
inline QAbstractButton *shownButton(QWizard &w, std::initializer_list<QWizard::WizardButton> which)
{
    for (QWizard::WizardButton id : which) {
        QAbstractButton *b = w.button(id);
        if (b && b->isVisible())
            return b;
    }
    return nullptr;
}

/// The button that goes on from this page as shown: Next, Commit (commit page) or Finish.
inline QAbstractButton *nextButton(QWizard &w)
{
    return shownButton(w, { QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton });
}

/// Clicks the first of `which` that is shown and enabled; false (with a warning) when none is.
inline bool clickWizardButton(QWizard &w, std::initializer_list<QWizard::WizardButton> which, const char *what)
{
    for (QWizard::WizardButton id : which) {
        QAbstractButton *b = w.button(id);
        if (b && b->isVisible() && b->isEnabled()) {
            QTest::mouseClick(b, Qt::LeftButton);
            return true;
        }
    }
    qWarning("no %s button to click: %s", what, qPrintable(wizardButtons(w)));
    return false;
}

/// Clicks the button that goes on: Next, or Commit on a commit page, or Finish on the last page.
inline bool clickNext(QWizard &w)
{
    return clickWizardButton(w, { QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton }, "Next");
}

/// Clicks Back.
inline bool clickBack(QWizard &w)
{
    return clickWizardButton(w, { QWizard::BackButton }, "Back");
}

/// Clicks Finish.
inline bool clickFinish(QWizard &w)
{
    return clickWizardButton(w, { QWizard::FinishButton }, "Finish");
}

} // namespace usertest

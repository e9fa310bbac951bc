#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace tongxin {

class Database;

/// "Where to begin" on a new, empty database: places first (both sides), then organisations,
/// then pairings, each with a button to the list where they are entered and a tick once done.
/// Hidden as soon as all three exist.
class GettingStarted final : public QFrame
{
    Q_OBJECT
public:
    enum Step { Places, Organisations, Pairings, StepCount };

    explicit GettingStarted(QWidget *parent = nullptr);
    /// Re-reads what the database holds and shows or hides itself.
    void refresh(Database *db);

signals:
    /// The user pressed a step's button.
    void stepRequested(GettingStarted::Step step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_text[StepCount];
    QPushButton *m_button[StepCount];
    bool m_done[StepCount] = {};
};

} // namespace tongxin

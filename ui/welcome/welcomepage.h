#pragma once

#include <QStringList>
#include <QWidget>
#include <memory>

namespace Ui {
class WelcomePage;
}

namespace tongxin {

/// Shown inside the main window while no database is open: New…, Open…, Open demo and the
/// recent files. It only asks; the main window does the work.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    void setRecentFiles(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    QStringList m_recent;
};

} // namespace tongxin

#include "welcome/welcomepage.h"

#include "shell/application.h"
#include "ui_welcomepage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace tongxin {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("welcomePage"));
    m_ui->logoLabel->setPixmap(Application::icon().pixmap(80, 80));

    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 2.0);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->card->setStyleSheet(QStringLiteral(
        "QFrame#card { background: palette(base); border: 1px solid palette(midlight); border-radius: 12px; }"
        "QLabel#subtitleLabel { color: #a0522d; }"
        "QPushButton { padding: 8px 16px; }"
        "QPushButton#demoButton { background: #c62828; color: white; border: none; border-radius: 4px; "
        "font-weight: bold; }"
        "QPushButton#demoButton:hover { background: #d84343; }"
        "QListWidget#recentList { border: 1px solid #e2ded6; border-radius: 6px; padding: 4px; }"
        "QListWidget#recentList::item { padding: 5px 6px; border-radius: 4px; color: #3a3633; }"
        "QListWidget#recentList::item:hover { background: #f3efe8; }"));
    m_ui->demoButton->setDefault(true);

    connect(m_ui->newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    // One click opens, as in a launcher; Enter too. Once a file is open the main window hides
    // this page, so the activation that ends a double click opens nothing twice.
    auto open = [this](QListWidgetItem *item) {
        if (!isHidden())
            emit recentRequested(item->data(Qt::UserRole).toString());
    };
    connect(m_ui->recentList, &QListWidget::itemClicked, this, open);
    connect(m_ui->recentList, &QListWidget::itemActivated, this, open);
    retranslateUi();
    setRecentFiles({});
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent = paths;
    m_ui->recentList->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  —  %2")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path())),
            m_ui->recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_ui->recentLabel->setVisible(!paths.isEmpty());
    m_ui->recentList->setVisible(!paths.isEmpty());
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->descriptionLabel->setText(Application::description());
}

} // namespace tongxin

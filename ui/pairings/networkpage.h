#pragma once

#include "pairing/network.h"
#include "shell/page.h"

#include <QDate>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace tongxin {

class NetworkScene;
class NetworkView;

/// The pairing network of one western unit (or one eastern unit): who is paired with whom,
/// drawn by NetworkScene, with a check box per pairing kind, ended pairings on request,
/// zoom (Ctrl+wheel, fit, 100%) and export to PNG. Built when first shown.
class NetworkPage final : public Page
{
    Q_OBJECT
public:
    explicit NetworkPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("network"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;

    /// Selects the unit drawn; false when the database has no such unit.
    bool setUnit(NetworkNode::Side side, qint64 unitId);
    NetworkNode::Side side() const;
    qint64 unitId() const;
    void setIncludeEnded(bool include);
    /// The day pairings must be in force on (default: today).
    void setDate(const QDate &date);

    /// Reads the network of the selected unit and draws it.
    void reload();
    /// Writes the drawing to a PNG file at twice the screen size.
    bool exportPng(const QString &fileName, QString *error = nullptr);

    NetworkScene *scene() const { return m_scene; }
    NetworkView *view() const { return m_view; }
    QCheckBox *kindBox(const QString &kind) const { return m_kindBoxes.value(kind); }

public slots:
    /// Asks for a file name (FileDialog seam) and exports.
    void exportImage();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillUnits();
    void retranslateUi();
    void updateKindBoxes();
    QString unitTitle() const;

    Database *m_db = nullptr;
    QDate m_date;
    bool m_dirty = true;
    QLabel *m_heading;
    QLabel *m_unitLabel;
    QComboBox *m_unitCombo;
    QCheckBox *m_endedBox;
    QToolButton *m_fitButton;
    QToolButton *m_actualButton;
    QToolButton *m_exportButton;
    QLabel *m_zoomLabel;
    QLabel *m_showLabel;
    QLabel *m_hint;
    QHash<QString, QCheckBox *> m_kindBoxes;
    NetworkScene *m_scene;
    NetworkView *m_view;
    QString m_error;
};

} // namespace tongxin

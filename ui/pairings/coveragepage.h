#pragma once

#include "pairing/coverage.h"
#include "shell/page.h"
#include "stats/breakdowns.h"

#include <QHash>

class QComboBox;

class QFrame;
class QLabel;
class QSplitter;

namespace tongxin {

class DateField;

class ListView;

/// Who is still left out ("一个都不能少"): for a western unit (or all) and a day, summary tiles
/// (poor villages; with no village pairing in force, one kind only, several kinds; households
/// without a cadre pair) and the lists of the gaps. Activating a gap (double-click or Enter)
/// asks for a new pairing with that party. Figures and lists come from tongxin::Coverage.
class CoveragePage final : public Page
{
    Q_OBJECT
public:
    enum Tile { PoorVillages, Uncovered, OneKind, SeveralKinds, HouseholdsWithoutCadre, TileCount };
    enum List { UncoveredList, OneKindList, HouseholdList, ListCount };

    explicit CoveragePage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("coverage"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;

    /// The western unit shown (0 = all) and the day pairings must be in force on.
    qint64 unitId() const;
    void setUnitId(qint64 unitId);
    QDate date() const;
    void setDate(const QDate &date);

    /// Reads the coverage and the lists again.
    void reload();

    const CoverageReport &report() const { return m_report; }
    ListView *list(List which) const { return m_lists[which]; }
    /// The value shown on a tile.
    QString tileText(Tile tile) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QFrame *buildTile(Tile tile);
    QWidget *buildListBox(List which, ListView *list);
    void fillUnits();
    void render();
    void retranslateUi();
    /// A gap activated (Enter, double-click): asks the pairings page for a new pairing with that
    /// village (community ↔ village) or household (cadre ↔ household).
    void activate(List which, int sourceRow);
    QString unitName(const QVariant &unitId) const;

    Database *m_db = nullptr;
    QLabel *m_heading;
    QLabel *m_dateLabel;
    DateField *m_dateEdit;
    QLabel *m_unitLabel;
    QComboBox *m_unitCombo;
    QLabel *m_explanation;
    QLabel *m_status;
    QLabel *m_hint;
    QLabel *m_tileLabels[TileCount] = {};
    QLabel *m_tileValues[TileCount] = {};
    QLabel *m_tileNotes[TileCount] = {};
    ListView *m_lists[ListCount] = {};
    QLabel *m_listTitles[ListCount] = {};
    QSplitter *m_splitter;
    QVector<Unit> m_units;
    CoverageReport m_report;
    bool m_loaded = false;
    QString m_error;
};

} // namespace tongxin

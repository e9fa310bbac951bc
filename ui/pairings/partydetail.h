#pragma once

#include "pairing/pairingquery.h"

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QTreeWidget;

namespace tongxin {

class Database;
class LookupCombo;

/// The detail beside the pairings list: the two parties of the selected pairing (click one to
/// see it), any party chosen by name ("Show the pairings of…"), and everything the party shown
/// is paired with — every kind, current and past, with dates and status.
class PartyDetail final : public QWidget
{
    Q_OBJECT
public:
    explicit PartyDetail(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    /// Shows the two parties of a pairing (0 = none) and lists the pairings of its western party.
    void showPairing(qint64 pairingId);
    /// Lists the pairings of one party.
    void showParty(const PairingParty &party);

    PairingParty currentParty() const { return m_party; }
    qint64 currentPairing() const { return m_pairing.id; }
    /// The pairing ids listed for the current party, in order.
    QVector<qint64> listedPairings() const;

    QCommandLinkButton *eastButton() const { return m_east; }
    QCommandLinkButton *westButton() const { return m_west; }
    LookupCombo *partyChooser() const { return m_chooser; }
    QTreeWidget *pairingsTree() const { return m_tree; }
    QLabel *partyTitle() const { return m_title; }

signals:
    /// A listed pairing was double-clicked or Enter was pressed on it.
    void pairingActivated(qint64 pairingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshButtons();
    void refreshList();
    void loadChooser();

    Database *m_db = nullptr;
    PairingRow m_pairing;
    PairingParty m_party;
    QLabel *m_selectedLabel;
    QCommandLinkButton *m_east;
    QCommandLinkButton *m_west;
    QLabel *m_chooserLabel;
    LookupCombo *m_chooser;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace tongxin

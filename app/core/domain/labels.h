#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tongxin {

/// Code lists of the schema (the values its CHECK constraints allow) and their names in the
/// user's language. Codes are stored; names are shown.
class Labels final
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    enum class Domain {
        Side, PlaceLevel, OrgKind, PersonRole, Field, PairingKind, PairingStatus, ProjectCategory,
        ProjectStatus, FundSource, OutletKind, Channel, BuyerType, Destination, Direction, Term,
        DonorType, TrainingKind, TrainingMode, VisitPurpose, Area, Ownership, Gender, SettlementKind
    };
    /// The codes of a domain, in display order.
    static QStringList codes(Domain domain);
    /// The translated name of a code; the code itself when unknown.
    static QString text(Domain domain, const QString &code);
    /// Finds a code from its code, English name or Chinese name, or a word people commonly write
    /// for it (buyer types: 单位, 国企, 民企 …), ignoring case, full-width forms, spaces, hyphens
    /// and underscores (for imports and the CLI). Empty when none matches.
    static QString codeFor(Domain domain, const QString &nameOrCode);
};

} // namespace tongxin

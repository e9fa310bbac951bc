#pragma once

#include "registers/formspec.h"
#include "registers/listspec.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

namespace tongxin {

/// The forms of fiscal aid: allocations, projects, payments and progress updates. Labels are
/// translated in the context "FundsForms"; the rules are FundsRules' (app/core/funds).
class FundsForms final
{
public:
    static FormSpec allocation();
    static FormSpec project();
    /// A payment against one project.
    static FormSpec payment(qint64 projectId);
    /// A progress update of one project.
    static FormSpec update(qint64 projectId);
};

/// The lists of fiscal aid: their queries and columns.
class FundsLists final
{
public:
    /// Every allocation, by year and unit (headers in the context "tongxin::AllocationsDialog").
    static ListSpec allocations();
    /// The aid-project ledger: FundsQuery's ledger query, by year and unit, with the place names
    /// packed into place_key (headers in the context "tongxin::ProjectLedgerView"). The western
    /// unit is shown by its English name from `unitNamesEn` (Chinese name -> English name) when
    /// the language is English; the caller fills the hash and may refill it later.
    static ListSpec ledger(const std::shared_ptr<QHash<QString, QString>> &unitNamesEn);
    /// "97.7%" from hundredths of a percent (the ledger's percent_paid_bp); empty when invalid.
    static QString percentPaidText(const QVariant &basisPoints);
};

} // namespace tongxin

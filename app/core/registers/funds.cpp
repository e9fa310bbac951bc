#include "registers/funds.h"

#include "registers/arealookups.h"

#include "funds/fundsops.h"
#include "funds/fundsquery.h"
#include "funds/fundsrules.h"
#include "i18n/language.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDate>

namespace tongxin {

namespace {
using F = FormField;
using D = Labels::Domain;
constexpr const char *Ctx = "FundsForms";

constexpr QChar Separator(0x1F); // between the names packed into place_key

// The ledger query of FundsQuery (the one query of the ledger), with the place names packed
// into one column so that one formatter can show them in the user's language.
QString ledgerSql()
{
    return QStringLiteral("SELECT *, town || char(31) || town_en || char(31) || village || char(31) || village_en"
                          " AS place_key FROM (")
        + FundsQuery::ledgerSql(FundsFilter {}) + QStringLiteral(") ORDER BY year, illustrative, county_id, id");
}

QString placeText(const QVariant &raw)
{
    const QStringList parts = raw.toString().split(Separator);
    if (parts.size() != 4)
        return raw.toString();
    return LedgerRow::placeText(parts.at(0), parts.at(1), parts.at(2), parts.at(3));
}

} // namespace

FormSpec FundsForms::allocation()
{
    FormSpec s;
    s.table = QStringLiteral("fund_allocations");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("FundsForms", "New allocation");
    s.editTitle = QT_TRANSLATE_NOOP("FundsForms", "Allocation");
    s.fields = {
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("FundsForms", "Western unit"), arealookups::westernUnits()).req(),
        F::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("FundsForms", "Year")).req(),
        F::money(QStringLiteral("amount_fen"), QT_TRANSLATE_NOOP("FundsForms", "Amount allocated (yuan)")).req(),
        F::code(QStringLiteral("source"), QT_TRANSLATE_NOOP("FundsForms", "Source"), D::FundSource).req()
            .byDefault(QStringLiteral("district")),
        F::text(QStringLiteral("doc_no"), QT_TRANSLATE_NOOP("FundsForms", "Document no.")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("FundsForms", "Notes")),
    };
    s.validate = &FundsOps::checkAllocation;
    return s;
}

FormSpec FundsForms::project()
{
    FormSpec s;
    s.table = QStringLiteral("projects");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("FundsForms", "New aid project");
    s.editTitle = QT_TRANSLATE_NOOP("FundsForms", "Aid project");
    s.fields = {
        F::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("FundsForms", "Name")).req(),
        F::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("FundsForms", "Funding year")).req(),
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("FundsForms", "Western unit"), arealookups::westernUnits()).req(),
        F::lookup(QStringLiteral("place_id"), QT_TRANSLATE_NOOP("FundsForms", "Town or village"),
                  QStringLiteral("SELECT p.id, CASE WHEN p.level = 'village' THEN t.name || ' · ' || p.name ELSE p.name END "
                                 "FROM places p LEFT JOIN places t ON t.id = p.parent_id "
                                 "WHERE (p.level = 'town' AND p.parent_id = :county_id) "
                                 "OR (p.level = 'village' AND t.parent_id = :county_id) ORDER BY coalesce(t.id, p.id), p.id")),
        F::code(QStringLiteral("category"), QT_TRANSLATE_NOOP("FundsForms", "Category"), D::ProjectCategory).req(),
        F::text(QStringLiteral("subcategory"), QT_TRANSLATE_NOOP("FundsForms", "Subcategory"))
            .tip(QT_TRANSLATE_NOOP("FundsForms", "e.g. 土炕改造, 标准化卫生室, 两癌救助")),
        F::text(QStringLiteral("implementer"), QT_TRANSLATE_NOOP("FundsForms", "Implementing unit")),
        F::text(QStringLiteral("contact"), QT_TRANSLATE_NOOP("FundsForms", "Contact")),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("FundsForms", "Start")),
        F::date(QStringLiteral("planned_end_date"), QT_TRANSLATE_NOOP("FundsForms", "Planned end")),
        F::money(QStringLiteral("budget_fen"), QT_TRANSLATE_NOOP("FundsForms", "Budget (yuan)")).req(),
        F::text(QStringLiteral("doc_no"), QT_TRANSLATE_NOOP("FundsForms", "Document no.")),
        F::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("FundsForms", "Status"), D::ProjectStatus).req()
            .byDefault(QStringLiteral("planned")),
        F::integer(QStringLiteral("beneficiaries"), QT_TRANSLATE_NOOP("FundsForms", "People benefited")).req().byDefault(0),
        F::integer(QStringLiteral("beneficiaries_poor"),
                   QT_TRANSLATE_NOOP("FundsForms", "Of whom registered poor")).req().byDefault(0),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("FundsForms", "Notes")),
    };
    s.dateOrder = {{QStringLiteral("start_date"), QStringLiteral("planned_end_date")}};
    s.validate = &FundsOps::checkProject;
    return s;
}

FormSpec FundsForms::payment(qint64 projectId)
{
    FormSpec s;
    s.table = QStringLiteral("project_payments");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("FundsForms", "New payment");
    s.editTitle = QT_TRANSLATE_NOOP("FundsForms", "Payment");
    s.fixed = {{QStringLiteral("project_id"), projectId}};
    s.fields = {
        F::date(QStringLiteral("pay_date"), QT_TRANSLATE_NOOP("FundsForms", "Date paid")).req(),
        F::money(QStringLiteral("amount_fen"), QT_TRANSLATE_NOOP("FundsForms", "Amount (yuan)")).req().range(1, 100000000000000LL),
        F::text(QStringLiteral("voucher_no"), QT_TRANSLATE_NOOP("FundsForms", "Voucher no.")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("FundsForms", "Notes")),
    };
    s.validate = &FundsOps::checkPayment; // the row carries project_id (fixed)
    // Dated in the project's funding year, not today: a 2017 project paid from a form opened in
    // 2026 would otherwise count in 2026's figures unless the user noticed.
    s.initial = [projectId](const QSqlDatabase &db, QVariantMap &row) {
        row.insert(QStringLiteral("pay_date"),
                   FundsRules::defaultPaymentDate(db, projectId, QDate::currentDate()).toString(Qt::ISODate));
    };
    s.warning = [projectId](const QSqlDatabase &db, const QVariantMap &v) {
        return FundsRules::paymentDateWarning(db, projectId,
                                              QDate::fromString(v.value(QStringLiteral("pay_date")).toString(), Qt::ISODate));
    };
    // The project paid, with its budget, what was paid and what is left (the ledger's figures).
    s.header = [projectId](const QSqlDatabase &db, qint64 id) {
        FundsFilter only;
        only.projectId = projectId;
        QVector<LedgerRow> rows;
        if (!FundsQuery::ledger(db, only, &rows) || rows.isEmpty())
            return QString();
        const LedgerRow &p = rows.first();
        // Editing a payment: what the other payments took, and what this one may be at most.
        const qint64 paid = id ? FundsQuery::paidOfProject(db, projectId, id) : p.paidFen;
        const qint64 left = qMax<qint64>(0, p.budgetFen - paid);
        const QString project = QCoreApplication::translate("FundsForms", "Project: %1 (%2, %3)")
                                    .arg(p.name, p.countyName(), QString::number(p.year));
        const QString figures = id ? QCoreApplication::translate(
                                         "FundsForms", "Budget %1 · paid by the other payments %2 · at most %3 for this one")
                                         .arg(Money::format(p.budgetFen), Money::format(paid), Money::format(left))
                                   : QCoreApplication::translate("FundsForms", "Budget %1 · paid so far %2 · remaining %3")
                                         .arg(Money::format(p.budgetFen), Money::format(paid), Money::format(left));
        return project + QLatin1Char('\n') + figures;
    };
    return s;
}

FormSpec FundsForms::update(qint64 projectId)
{
    FormSpec s;
    s.table = QStringLiteral("project_updates");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("FundsForms", "New progress update");
    s.editTitle = QT_TRANSLATE_NOOP("FundsForms", "Progress update");
    s.fixed = {{QStringLiteral("project_id"), projectId}};
    s.fields = {
        F::date(QStringLiteral("update_date"), QT_TRANSLATE_NOOP("FundsForms", "Date")).req(),
        F::notes(QStringLiteral("text"), QT_TRANSLATE_NOOP("FundsForms", "Progress")).req(),
        F::integer(QStringLiteral("percent"), QT_TRANSLATE_NOOP("FundsForms", "Percent complete")).range(0, 100),
    };
    s.validate = &FundsOps::checkProgress;
    return s;
}

ListSpec FundsLists::allocations()
{
    using C = ListColumn;
    ListSpec s;
    s.settingsKey = QStringLiteral("allocations");
    s.context = "tongxin::AllocationsDialog";
    s.sql = QStringLiteral("SELECT a.id, c.name AS unit, a.year, a.amount_fen, a.source, a.doc_no, a.notes "
                           "FROM fund_allocations a JOIN places c ON c.id = a.county_id "
                           "ORDER BY a.year, c.illustrative, c.id, a.id");
    s.columns = {
        C::id(QStringLiteral("id")),
        C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::AllocationsDialog", "Western unit")),
        C::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("tongxin::AllocationsDialog", "Year")),
        C::money(QStringLiteral("amount_fen"), QT_TRANSLATE_NOOP("tongxin::AllocationsDialog", "Allocated")),
        C::code(QStringLiteral("source"), QT_TRANSLATE_NOOP("tongxin::AllocationsDialog", "Source"),
                Labels::Domain::FundSource),
        C::text(QStringLiteral("doc_no"), QT_TRANSLATE_NOOP("tongxin::AllocationsDialog", "Document no.")),
        C::text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tongxin::AllocationsDialog", "Notes")),
    };
    return s;
}

ListSpec FundsLists::ledger(const std::shared_ptr<QHash<QString, QString>> &unitNamesEn)
{
    using C = ListColumn;
    using D = Labels::Domain;
    auto unitText = [unitNamesEn](const QVariant &raw) {
        const QString name = raw.toString();
        if (Language::current() == QLatin1String("en"))
            return unitNamesEn->value(name, name);
        return name;
    };
    return { QStringLiteral("funds/ledger"), "tongxin::ProjectLedgerView", ledgerSql(),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("county_id")),
            C::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Year")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Project")),
            C::money(QStringLiteral("budget_fen"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Budget")),
            C::money(QStringLiteral("paid_fen"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Paid")),
            // Shown (and exported) as "97.7%"; sorted as shown, which numeric collation orders
            // right; the delegate draws the bar from the raw hundredths of a percent.
            C::custom(QStringLiteral("percent_paid_bp"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "% paid"),
                &FundsLists::percentPaidText, false),
            C::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Status"),
                D::ProjectStatus),
            C::custom(QStringLiteral("county"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Western unit"), unitText),
            C::code(QStringLiteral("category"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Category"),
                D::ProjectCategory),
            C::custom(QStringLiteral("place_key"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Town / village"),
                placeText),
            C::integer(QStringLiteral("beneficiaries"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Beneficiaries")),
            C::integer(QStringLiteral("beneficiaries_poor"),
                QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Of whom registered poor")),
            C::text(QStringLiteral("doc_no"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Document no.")),
            C::text(QStringLiteral("implementer"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Implementer")),
            C::text(QStringLiteral("subcategory"), QT_TRANSLATE_NOOP("tongxin::ProjectLedgerView", "Subcategory")) } };
}

QString FundsLists::percentPaidText(const QVariant &basisPoints)
{
    if (!basisPoints.isValid())
        return {};
    return FundsQuery::percentText(basisPoints.toLongLong(), 10000);
}

} // namespace tongxin

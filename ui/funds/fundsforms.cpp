#include "funds/fundsforms.h"

#include "funds/fundsops.h"
#include "funds/fundsquery.h"
#include "funds/fundsrules.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDate>

namespace tongxin {

namespace {
using F = FormField;
using D = Labels::Domain;
constexpr const char *Ctx = "FundsForms";

const char *const Units = "SELECT id, name FROM places WHERE level = 'county' ORDER BY illustrative, id";
} // namespace

FormSpec FundsForms::allocation()
{
    FormSpec s;
    s.table = QStringLiteral("fund_allocations");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("FundsForms", "New allocation");
    s.editTitle = QT_TRANSLATE_NOOP("FundsForms", "Allocation");
    s.fields = {
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("FundsForms", "Western unit"), QString::fromLatin1(Units)).req(),
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
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("FundsForms", "Western unit"), QString::fromLatin1(Units)).req(),
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

} // namespace tongxin

#include "registers/consumption.h"

#include "registers/arealookups.h"

#include "consumption/outletrules.h"
#include "consumption/salesfields.h"

#include <QCoreApplication>

namespace tongxin {

namespace {

constexpr const char *Ctx = "ConsumptionForms";
using F = FormField;
using D = Labels::Domain;

// "大营门街道（河西区）": an eastern place with its unit, as the registries' forms show places.
const char *const EastPlaces = R"(
SELECT p.id, p.name || CASE WHEN u.id IS NULL OR u.id = p.id THEN '' ELSE '（' || u.name || '）' END
FROM places p LEFT JOIN place_units pu ON pu.place_id = p.id LEFT JOIN places u ON u.id = pu.unit_id
WHERE p.side = 'east' ORDER BY pu.unit_id, p.level <> 'district', p.id
)";

// Outlets of the kinds that sell through the chosen channel first, then the others (a sale
// entered elsewhere may name any outlet; the list must still show it).
const char *const OutletsForChannel = R"(
SELECT id, name FROM outlets
ORDER BY CASE WHEN (:channel = 'outlet' AND kind IN ('showroom', 'counter', 'shop'))
               OR (:channel = 'supermarket' AND kind = 'supermarket')
               OR (:channel = 'ecommerce' AND kind = 'online')
               OR (:channel = 'livestream' AND kind = 'livestream') THEN 0 ELSE 1 END,
         closed_date IS NOT NULL, name
)";

} // namespace

FormSpec ConsumptionForms::outlet()
{
    FormSpec s;
    s.table = QStringLiteral("outlets");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("ConsumptionForms", "New outlet");
    s.editTitle = QT_TRANSLATE_NOOP("ConsumptionForms", "Outlet");
    s.fields = {
        F::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("ConsumptionForms", "Name")).req(),
        F::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("ConsumptionForms", "Kind"), D::OutletKind)
            .req()
            .byDefault(QStringLiteral("counter")),
        F::lookup(
            QStringLiteral("place_id"), QT_TRANSLATE_NOOP("ConsumptionForms", "Place"), QString::fromUtf8(EastPlaces))
            .tip(
                QT_TRANSLATE_NOOP("ConsumptionForms", "The eastern district, street or community where the outlet is")),
        F::text(QStringLiteral("address"), QT_TRANSLATE_NOOP("ConsumptionForms", "Address")),
        F::date(QStringLiteral("opened_date"), QT_TRANSLATE_NOOP("ConsumptionForms", "Opened")),
        F::date(QStringLiteral("closed_date"), QT_TRANSLATE_NOOP("ConsumptionForms", "Closed"))
            .tip(QT_TRANSLATE_NOOP("ConsumptionForms", "Leave unticked while the outlet is open")),
        F::text(QStringLiteral("operator"), QT_TRANSLATE_NOOP("ConsumptionForms", "Operator")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("ConsumptionForms", "Notes")),
    };
    s.dateOrder = { { QStringLiteral("opened_date"), QStringLiteral("closed_date") } };
    s.validate = &OutletRules::outlet;
    return s;
}

FormSpec ConsumptionForms::sale()
{
    FormSpec s;
    s.table = QStringLiteral("sales");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("ConsumptionForms", "New sale");
    s.editTitle = QT_TRANSLATE_NOOP("ConsumptionForms", "Sale");
    s.fields = {
        F::date(QStringLiteral("sale_date"), QT_TRANSLATE_NOOP("ConsumptionForms", "Date")).req(),
        F::code(QStringLiteral("channel"), QT_TRANSLATE_NOOP("ConsumptionForms", "Channel"), D::Channel)
            .req()
            .byDefault(QStringLiteral("outlet")),
        F::lookup(QStringLiteral("outlet_id"), QT_TRANSLATE_NOOP("ConsumptionForms", "Outlet"),
            QString::fromUtf8(OutletsForChannel))
            .tip(QT_TRANSLATE_NOOP("ConsumptionForms",
                "Where it was sold; empty for institutional purchases and sales "
                "without an outlet")),
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("ConsumptionForms", "Origin county"),
            arealookups::westernUnits())
            .req(),
        F::text(QStringLiteral("category"), QT_TRANSLATE_NOOP("ConsumptionForms", "Category")),
        F::text(QStringLiteral("product"), QT_TRANSLATE_NOOP("ConsumptionForms", "Product")).req(),
        F::text(QStringLiteral("quantity"), QT_TRANSLATE_NOOP("ConsumptionForms", "Quantity")),
        F::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("ConsumptionForms", "Unit"))
            .tip(QT_TRANSLATE_NOOP("ConsumptionForms", "The unit of the quantity: box, bag, kg …")),
        F::money(QStringLiteral("amount_fen"), QT_TRANSLATE_NOOP("ConsumptionForms", "Amount (yuan)")).req(),
        F::code(QStringLiteral("buyer_type"), QT_TRANSLATE_NOOP("ConsumptionForms", "Buyer type"), D::BuyerType)
            .req()
            .byDefault(QStringLiteral("individual")),
        F::boolean(QStringLiteral("purchase_for_donation"),
            QT_TRANSLATE_NOOP("ConsumptionForms", "Purchase instead of donation")),
        F::text(QStringLiteral("source_ref"), QT_TRANSLATE_NOOP("ConsumptionForms", "Source reference"))
            .tip(QT_TRANSLATE_NOOP("ConsumptionForms", "The order, voucher or contract number of the source")),
    };
    // The quantity is typed as text ("1,200", "2.5"): stored as a number when it is one; the
    // rule names it otherwise.
    s.derive = [](QVariantMap &v) {
        const QVariant q = v.value(QStringLiteral("quantity"));
        double number = 0;
        if (!q.isNull() && q.typeId() == QMetaType::QString && SalesFields::parseNumber(q.toString(), &number))
            v.insert(QStringLiteral("quantity"), number);
        if (v.value(QStringLiteral("purchase_for_donation")).isNull())
            v.insert(QStringLiteral("purchase_for_donation"), 0);
    };
    s.validate = &OutletRules::sale;
    return s;
}

ListSpec ConsumptionLists::outlets()
{
    using C = ListColumn;
    return ListSpec { QStringLiteral("consumption/outlets"), "tongxin::OutletsTab",
        QStringLiteral(
            "SELECT o.id AS id, o.name AS name, o.kind AS kind, p.name AS place, o.address AS address, "
            "o.opened_date AS opened, o.closed_date AS closed, "
            "CASE WHEN o.closed_date IS NULL OR o.closed_date >= date('now') THEN 'open' ELSE 'closed' END AS status, "
            "o.operator AS operator, o.notes AS notes "
            "FROM outlets o LEFT JOIN places p ON p.id = o.place_id "
            "ORDER BY CASE o.kind WHEN 'showroom' THEN 0 WHEN 'counter' THEN 1 WHEN 'shop' THEN 2 "
            "WHEN 'supermarket' THEN 3 WHEN 'online' THEN 4 ELSE 5 END, o.opened_date, o.name"),
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::OutletsTab", "Name")),
            C::code(
                QStringLiteral("kind"), QT_TRANSLATE_NOOP("tongxin::OutletsTab", "Kind"), Labels::Domain::OutletKind),
            C::text(QStringLiteral("place"), QT_TRANSLATE_NOOP("tongxin::OutletsTab", "Place")),
            C::text(QStringLiteral("address"), QT_TRANSLATE_NOOP("tongxin::OutletsTab", "Address")),
            C::text(QStringLiteral("opened"), QT_TRANSLATE_NOOP("tongxin::OutletsTab", "Opened"), false),
            C::text(QStringLiteral("closed"), QT_TRANSLATE_NOOP("tongxin::OutletsTab", "Closed"), false),
            C::custom(QStringLiteral("status"), QT_TRANSLATE_NOOP("tongxin::OutletsTab", "Status"),
                [](const QVariant &raw) {
                    return raw.toString() == QLatin1String("open")
                        ? QCoreApplication::translate("tongxin::OutletsTab", "Open")
                        : QCoreApplication::translate("tongxin::OutletsTab", "Closed");
                }),
            C::text(QStringLiteral("operator"), QT_TRANSLATE_NOOP("tongxin::OutletsTab", "Operator")),
            C::text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tongxin::OutletsTab", "Notes")) } };
}

} // namespace tongxin

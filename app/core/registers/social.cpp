#include "registers/social.h"

#include "areas/arearules.h"
#include "registers/arealookups.h"

namespace tongxin {

namespace {

using D = Labels::Domain;
using F = FormField;

bool typeIs(const QVariantMap &v, std::initializer_list<const char *> types)
{
    const QString type = v.value(QStringLiteral("donor_type")).toString();
    for (const char *t : types) {
        if (type == QLatin1String(t))
            return true;
    }
    return false;
}

} // namespace

FormSpec SocialForms::donation(std::function<QSqlDatabase()> db)
{
    FormSpec f;
    f.table = QStringLiteral("donations");
    f.context = "SocialForms";
    f.newTitle = QT_TRANSLATE_NOOP("SocialForms", "New donation");
    f.editTitle = QT_TRANSLATE_NOOP("SocialForms", "Donation");
    f.fields = {
        F::date(QStringLiteral("donation_date"), QT_TRANSLATE_NOOP("SocialForms", "Date")).req(),
        F::code(QStringLiteral("donor_type"), QT_TRANSLATE_NOOP("SocialForms", "Donor type"), D::DonorType)
            .req()
            .byDefault(QStringLiteral("enterprise")),
        // An organisation of the east that fits the type (a chamber of commerce gives as a social donor).
        F::lookup(QStringLiteral("donor_org_id"), QT_TRANSLATE_NOOP("SocialForms", "Donor organisation"),
            QStringLiteral("SELECT id, name FROM organisations WHERE side = 'east' AND kind IN "
                           "(CASE :donor_type WHEN 'enterprise' THEN 'enterprise' WHEN 'government' "
                           "THEN 'government' ELSE 'social' END, "
                           "CASE :donor_type WHEN 'social' THEN 'chamber' ELSE '' END) ORDER BY name"))
            .when([](const QVariantMap &v) {
                return typeIs(v, { "enterprise", "social", "government" });
            }),
        F::lookup(QStringLiteral("donor_person_id"), QT_TRANSLATE_NOOP("SocialForms", "Donor (person)"),
            QStringLiteral("SELECT id, name FROM people WHERE side = 'east' ORDER BY name"))
            .when([](const QVariantMap &v) { return typeIs(v, { "individual" }); }),
        F::text(QStringLiteral("donor_name"), QT_TRANSLATE_NOOP("SocialForms", "Donor's name"))
            .tip(QT_TRANSLATE_NOOP("SocialForms", "Filled from the organisation or person chosen when left empty")),
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("SocialForms", "Western unit"), arealookups::westernUnits())
            .req(),
        F::lookup(QStringLiteral("recipient_place_id"), QT_TRANSLATE_NOOP("SocialForms", "Recipient town or village"),
            QStringLiteral("SELECT p.id, p.name FROM places p JOIN place_units pu ON pu.place_id = p.id "
                           "WHERE pu.unit_id = :county_id AND p.level IN ('town', 'village') "
                           "ORDER BY p.level, p.name")),
        F::lookup(QStringLiteral("recipient_org_id"), QT_TRANSLATE_NOOP("SocialForms", "Recipient organisation"),
            arealookups::westernOrganisationsOfUnit()),
        F::lookup(QStringLiteral("recipient_household_id"),
            QT_TRANSLATE_NOOP("SocialForms", "Recipient registered poor household"),
            QStringLiteral("SELECT h.id, h.head_name || '（' || v.name || '）' FROM households h "
                           "JOIN places v ON v.id = h.village_id JOIN place_units pu ON pu.place_id = v.id "
                           "WHERE pu.unit_id = :county_id ORDER BY v.name, h.head_name")),
        F::money(QStringLiteral("cash_fen"), QT_TRANSLATE_NOOP("SocialForms", "Cash (yuan)")).req().byDefault(0),
        F::text(QStringLiteral("goods_desc"), QT_TRANSLATE_NOOP("SocialForms", "Goods given in kind")),
        F::money(QStringLiteral("goods_value_fen"), QT_TRANSLATE_NOOP("SocialForms", "Value of the goods (yuan)"))
            .req()
            .byDefault(0),
        F::text(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("SocialForms", "Purpose")),
    };
    f.derive = [db](QVariantMap &v) {
        if (db)
            AreaRules::completeDonation(db(), v);
    };
    f.validate = &AreaRules::donation;
    return f;
}

} // namespace tongxin

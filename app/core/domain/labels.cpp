#include "domain/labels.h"

#include <QHash>
#include <QTranslator>
#include <QVector>

namespace tongxin {

namespace {

struct Entry
{
    const char *code;
    const char *name; // English source text, translated in context "Labels"
};

const QVector<Entry> &entries(Labels::Domain d)
{
    using D = Labels::Domain;
    static const QHash<int, QVector<Entry>> all = {
        {int(D::Side), {{"east", QT_TRANSLATE_NOOP("Labels", "East (supporting)")},
                        {"west", QT_TRANSLATE_NOOP("Labels", "West (partner)")}}},
        {int(D::PlaceLevel), {{"district", QT_TRANSLATE_NOOP("Labels", "District")},
                              {"street", QT_TRANSLATE_NOOP("Labels", "Street")},
                              {"community", QT_TRANSLATE_NOOP("Labels", "Community")},
                              {"county", QT_TRANSLATE_NOOP("Labels", "County / district")},
                              {"town", QT_TRANSLATE_NOOP("Labels", "Town")},
                              {"village", QT_TRANSLATE_NOOP("Labels", "Village")}}},
        {int(D::OrgKind), {{"school", QT_TRANSLATE_NOOP("Labels", "School")},
                           {"hospital", QT_TRANSLATE_NOOP("Labels", "Hospital")},
                           {"enterprise", QT_TRANSLATE_NOOP("Labels", "Enterprise")},
                           {"chamber", QT_TRANSLATE_NOOP("Labels", "Federation of industry and commerce")},
                           {"government", QT_TRANSLATE_NOOP("Labels", "Government unit")},
                           {"social", QT_TRANSLATE_NOOP("Labels", "Social organisation")}}},
        {int(D::PersonRole), {{"cadre", QT_TRANSLATE_NOOP("Labels", "Cadre")},
                              {"professional", QT_TRANSLATE_NOOP("Labels", "Professional")},
                              {"other", QT_TRANSLATE_NOOP("Labels", "Other")}}},
        {int(D::Field), {{"medical", QT_TRANSLATE_NOOP("Labels", "Medical")},
                         {"education", QT_TRANSLATE_NOOP("Labels", "Education")},
                         {"ecommerce", QT_TRANSLATE_NOOP("Labels", "E-commerce")},
                         {"agriculture", QT_TRANSLATE_NOOP("Labels", "Agriculture")},
                         {"other", QT_TRANSLATE_NOOP("Labels", "Other")}}},
        {int(D::PairingKind), {{"street_town", QT_TRANSLATE_NOOP("Labels", "Street ↔ town")},
                               {"community_village", QT_TRANSLATE_NOOP("Labels", "Community ↔ village")},
                               {"school", QT_TRANSLATE_NOOP("Labels", "School ↔ school")},
                               {"hospital", QT_TRANSLATE_NOOP("Labels", "Hospital ↔ hospital")},
                               {"enterprise_village", QT_TRANSLATE_NOOP("Labels", "Enterprise ↔ village")},
                               {"chamber_village", QT_TRANSLATE_NOOP("Labels", "Chamber of commerce ↔ village")},
                               {"cadre_household", QT_TRANSLATE_NOOP("Labels", "Cadre ↔ poor household")}}},
        {int(D::PairingStatus), {{"active", QT_TRANSLATE_NOOP("Labels", "Active")},
                                 {"ended", QT_TRANSLATE_NOOP("Labels", "Ended")}}},
        {int(D::ProjectCategory), {{"industry", QT_TRANSLATE_NOOP("Labels", "Industry")},
                                   {"infrastructure", QT_TRANSLATE_NOOP("Labels", "Infrastructure")},
                                   {"education", QT_TRANSLATE_NOOP("Labels", "Education")},
                                   {"health", QT_TRANSLATE_NOOP("Labels", "Health")},
                                   {"drinking_water", QT_TRANSLATE_NOOP("Labels", "Drinking water")},
                                   {"housing", QT_TRANSLATE_NOOP("Labels", "Housing")},
                                   {"labour_skills", QT_TRANSLATE_NOOP("Labels", "Labour and skills")},
                                   {"consumption", QT_TRANSLATE_NOOP("Labels", "Consumption aid")},
                                   {"talent", QT_TRANSLATE_NOOP("Labels", "Talent")},
                                   {"other", QT_TRANSLATE_NOOP("Labels", "Other")}}},
        {int(D::ProjectStatus), {{"planned", QT_TRANSLATE_NOOP("Labels", "Planned")},
                                 {"under_construction", QT_TRANSLATE_NOOP("Labels", "Under construction")},
                                 {"completed", QT_TRANSLATE_NOOP("Labels", "Completed")},
                                 {"accepted", QT_TRANSLATE_NOOP("Labels", "Accepted")},
                                 {"cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")}}},
        {int(D::FundSource), {{"district", QT_TRANSLATE_NOOP("Labels", "District budget")},
                              {"city", QT_TRANSLATE_NOOP("Labels", "City")},
                              {"other", QT_TRANSLATE_NOOP("Labels", "Other")}}},
        {int(D::OutletKind), {{"showroom", QT_TRANSLATE_NOOP("Labels", "Showroom")},
                              {"counter", QT_TRANSLATE_NOOP("Labels", "Counter")},
                              {"shop", QT_TRANSLATE_NOOP("Labels", "Shop")},
                              {"supermarket", QT_TRANSLATE_NOOP("Labels", "Supermarket point")},
                              {"online", QT_TRANSLATE_NOOP("Labels", "Online store")},
                              {"livestream", QT_TRANSLATE_NOOP("Labels", "Livestream room")}}},
        {int(D::Channel), {{"outlet", QT_TRANSLATE_NOOP("Labels", "Showrooms, counters and shops")},
                           {"supermarket", QT_TRANSLATE_NOOP("Labels", "Supermarkets")},
                           {"ecommerce", QT_TRANSLATE_NOOP("Labels", "E-commerce")},
                           {"livestream", QT_TRANSLATE_NOOP("Labels", "Livestream")},
                           {"institutional", QT_TRANSLATE_NOOP("Labels", "Institutional purchase")}}},
        {int(D::BuyerType), {{"individual", QT_TRANSLATE_NOOP("Labels", "Individual")},
                             {"government", QT_TRANSLATE_NOOP("Labels", "Government unit")},
                             {"state_enterprise", QT_TRANSLATE_NOOP("Labels", "State enterprise")},
                             {"private_enterprise", QT_TRANSLATE_NOOP("Labels", "Private enterprise")}}},
        {int(D::Destination), {{"tianjin", QT_TRANSLATE_NOOP("Labels", "Tianjin")},
                               {"in_province", QT_TRANSLATE_NOOP("Labels", "Within the province")},
                               {"elsewhere", QT_TRANSLATE_NOOP("Labels", "Elsewhere")}}},
        {int(D::Direction), {{"east_to_west", QT_TRANSLATE_NOOP("Labels", "East → west")},
                             {"west_to_east", QT_TRANSLATE_NOOP("Labels", "West → east")}}},
        {int(D::Term), {{"long", QT_TRANSLATE_NOOP("Labels", "Long term")},
                        {"short", QT_TRANSLATE_NOOP("Labels", "Short term")}}},
        {int(D::DonorType), {{"enterprise", QT_TRANSLATE_NOOP("Labels", "Enterprise")},
                             {"social", QT_TRANSLATE_NOOP("Labels", "Social organisation")},
                             {"government", QT_TRANSLATE_NOOP("Labels", "Government unit")},
                             {"individual", QT_TRANSLATE_NOOP("Labels", "Individual")},
                             {"other", QT_TRANSLATE_NOOP("Labels", "Other")}}},
        {int(D::TrainingKind), {{"guidance", QT_TRANSLATE_NOOP("Labels", "Technical guidance")},
                                {"exchange", QT_TRANSLATE_NOOP("Labels", "Remote exchange")},
                                {"training", QT_TRANSLATE_NOOP("Labels", "Professional training")}}},
        {int(D::TrainingMode), {{"onsite", QT_TRANSLATE_NOOP("Labels", "On site")},
                                {"remote", QT_TRANSLATE_NOOP("Labels", "Remote")}}},
        {int(D::VisitPurpose), {{"study", QT_TRANSLATE_NOOP("Labels", "Study visit")},
                                {"temporary_post", QT_TRANSLATE_NOOP("Labels", "Temporary post")},
                                {"training", QT_TRANSLATE_NOOP("Labels", "Training")}}},
        {int(D::Ownership), {{"public", QT_TRANSLATE_NOOP("Labels", "Public institution")},
                             {"state", QT_TRANSLATE_NOOP("Labels", "State-owned")},
                             {"private", QT_TRANSLATE_NOOP("Labels", "Private")}}},
        {int(D::Gender), {{"f", QT_TRANSLATE_NOOP("Labels", "Female")}, {"m", QT_TRANSLATE_NOOP("Labels", "Male")}}},
        // An enterprise's first settlement in the west, or a further one (二期扩产) of one already settled.
        {int(D::SettlementKind), {{"new", QT_TRANSLATE_NOOP("Labels", "New")},
                                  {"expansion", QT_TRANSLATE_NOOP("Labels", "Expansion")}}},
        {int(D::Area), {{"organisation", QT_TRANSLATE_NOOP("Labels", "Organisation")},
                        {"talent", QT_TRANSLATE_NOOP("Labels", "Talent")},
                        {"funds", QT_TRANSLATE_NOOP("Labels", "Funds")},
                        {"industry", QT_TRANSLATE_NOOP("Labels", "Industry")},
                        {"labour", QT_TRANSLATE_NOOP("Labels", "Labour")},
                        {"pairing", QT_TRANSLATE_NOOP("Labels", "Pairing")},
                        {"consumption", QT_TRANSLATE_NOOP("Labels", "Consumption aid")},
                        {"social", QT_TRANSLATE_NOOP("Labels", "Social aid")}}},
    };
    static const QVector<Entry> none;
    const auto it = all.constFind(int(d));
    return it == all.constEnd() ? none : *it;
}

// How a word is compared: full-width forms folded (ＡＢＣ, full-width spaces), case, hyphens,
// underscores and spaces ignored, so "State-owned enterprise", "state_enterprise" and "国 企" match.
QString folded(const QString &word)
{
    QString out;
    const QString nfkc = word.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (const QChar c : nfkc) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            out += c;
    }
    return out;
}

// Words people write in ledgers for a code, besides its code and its English and Chinese names:
// what a user types into a spreadsheet's buyer-type column (单位, 国企, 民企 …).
const QHash<QString, QString> &synonyms(Labels::Domain d)
{
    using D = Labels::Domain;
    static const auto make = [](std::initializer_list<std::pair<const char *, const char *>> words) {
        QHash<QString, QString> out;
        for (const auto &[word, code] : words)
            out.insert(folded(QString::fromUtf8(word)), QString::fromLatin1(code));
        return out;
    };
    static const QHash<int, QHash<QString, QString>> all = {
        {int(D::Side),
         make({{"东部", "east"}, {"东", "east"}, {"帮扶方", "east"}, {"东部帮扶方", "east"}, {"eastern", "east"},
               {"西部", "west"}, {"西", "west"}, {"受援方", "west"}, {"西部受援方", "west"}, {"western", "west"}})},
        {int(D::BuyerType),
         make({{"个人", "individual"}, {"个人消费者", "individual"}, {"消费者", "individual"}, {"散客", "individual"},
               {"居民", "individual"}, {"市民", "individual"}, {"职工", "individual"}, {"person", "individual"},
               {"consumer", "individual"}, {"private individual", "individual"},
               {"单位", "government"}, {"机关", "government"}, {"机关单位", "government"}, {"政府", "government"},
               {"政府机关", "government"}, {"政府单位", "government"}, {"党政机关", "government"},
               {"事业单位", "government"}, {"机关事业单位", "government"}, {"行政事业单位", "government"},
               {"预算单位", "government"}, {"government", "government"}, {"public institution", "government"},
               {"institution", "government"}, {"unit", "government"},
               {"国企", "state_enterprise"}, {"国有企业", "state_enterprise"}, {"国有", "state_enterprise"},
               {"央企", "state_enterprise"}, {"中央企业", "state_enterprise"}, {"国有控股企业", "state_enterprise"},
               {"state owned enterprise", "state_enterprise"}, {"state owned", "state_enterprise"},
               {"soe", "state_enterprise"},
               {"民企", "private_enterprise"}, {"民营企业", "private_enterprise"}, {"民营", "private_enterprise"},
               {"私企", "private_enterprise"}, {"私营企业", "private_enterprise"}, {"非公企业", "private_enterprise"},
               {"private company", "private_enterprise"}, {"private", "private_enterprise"}})},
    };
    static const QHash<QString, QString> none;
    const auto it = all.constFind(int(d));
    return it == all.constEnd() ? none : *it;
}

} // namespace

QStringList Labels::codes(Domain domain)
{
    QStringList out;
    for (const Entry &e : entries(domain))
        out << QString::fromLatin1(e.code);
    return out;
}

QString Labels::text(Domain domain, const QString &code)
{
    for (const Entry &e : entries(domain)) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("Labels", e.name);
    }
    return code;
}

QString Labels::codeFor(Domain domain, const QString &nameOrCode)
{
    const QString wanted = folded(nameOrCode);
    if (wanted.isEmpty())
        return QString();
    // The Chinese names come from the embedded translation, whatever language is applied.
    static QTranslator chinese;
    static const bool loaded = chinese.load(QStringLiteral(":/i18n/tongxin_zh_CN.qm"));
    for (const Entry &e : entries(domain)) {
        const QString code = QString::fromLatin1(e.code);
        if (wanted == folded(code) || wanted == folded(QString::fromUtf8(e.name))
            || wanted == folded(QCoreApplication::translate("Labels", e.name))
            || (loaded && wanted == folded(chinese.translate("Labels", e.name))))
            return code;
    }
    return synonyms(domain).value(wanted);
}

} // namespace tongxin

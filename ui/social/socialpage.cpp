#include "social/socialpage.h"

#include "db/database.h"
#include "money/money.h"
#include "registers/social.h"

#include <QLocale>

namespace tongxin {

namespace {

constexpr const char *Ctx = "tongxin::SocialPage";
using C = ListColumn;
using D = Labels::Domain;

// Cash and in kind by donor type (AreaQuery's figures).
QVector<AreaSideRow> byDonorType(const QSqlDatabase &db, const AreaFilter &filter)
{
    QVector<AreaSideRow> rows;
    const QLocale locale;
    for (const DonorTypeTotal &t : AreaQuery::donationsByDonorType(db, filter)) {
        // Amounts in the tables' unit (万元 / thousand yuan), named in the heading.
        auto amount = [&locale](qint64 fen) { return locale.toString(Money::inDisplayUnit(fen), 'f', 2); };
        rows << AreaSideRow { { Labels::text(D::DonorType, t.donorType), locale.toString(t.donations),
                                  amount(t.cashFen), amount(t.goodsFen), amount(t.cashFen + t.goodsFen) },
            { { QStringLiteral("donor_type"), t.donorType } } };
    }
    return rows;
}

} // namespace

SocialPage::SocialPage(QWidget *parent)
    : AreaPage(QStringLiteral("social"), parent)
{
    addTab(donationsSpec([this] { return database() ? database()->db() : QSqlDatabase(); }));
}

AreaTabSpec SocialPage::donationsSpec(std::function<QSqlDatabase()> db)
{
    AreaTabSpec s;
    s.table = AreaTable::Donations;
    s.context = Ctx;
    s.title = QT_TRANSLATE_NOOP("tongxin::SocialPage", "Donations");
    s.name = QStringLiteral("donations");
    s.list = ListSpec { QStringLiteral("social/donations"), Ctx, AreaQuery::rowsSql(s.table),
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("donation_date"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Date"), false),
            C::code(QStringLiteral("donor_type"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Donor type"), D::DonorType,
                false),
            C::text(QStringLiteral("donor_name"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Donor")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Western unit")),
            C::text(QStringLiteral("recipient"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Recipient")),
            C::money(QStringLiteral("cash_fen"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Cash")),
            C::text(QStringLiteral("goods_desc"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Goods")),
            C::money(QStringLiteral("goods_value_fen"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Goods value")),
            C::text(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Purpose")) } };
    s.filters = { { QStringLiteral("donor_type"), D::DonorType,
        QT_TRANSLATE_NOOP("tongxin::SocialPage", "All donor types") } };
    s.chart.shape = AreaChartSpec::Shape::Pie;
    s.chart.title = QT_TRANSLATE_NOOP("tongxin::SocialPage", "Donations by donor type (cash and in kind)");
    s.chart.money = true;
    s.chart.rowsAreCodes = true;
    s.chart.rowDomain = D::DonorType;
    s.side.title = [] {
        return QCoreApplication::translate("tongxin::SocialPage", "By donor type, in %1").arg(Money::displayUnit());
    };
    s.side.headers = { QT_TRANSLATE_NOOP("tongxin::SocialPage", "Donor type"),
        QT_TRANSLATE_NOOP("tongxin::SocialPage", "Donations"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Cash"),
        QT_TRANSLATE_NOOP("tongxin::SocialPage", "In kind"), QT_TRANSLATE_NOOP("tongxin::SocialPage", "Total") };
    s.side.numericColumns = { 1, 2, 3, 4 };
    s.side.measures = { nullptr, "donations", "cash", "in_kind", "value" };
    s.side.rows = &byDonorType;

    s.form = SocialForms::donation(db);
    return s;
}

} // namespace tongxin

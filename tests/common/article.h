#pragma once

// The 25 figures of the seed article (DOMAIN.md), as the ranges its wording allows.
// "余/超" (over) means above the number; "近" (nearly) means just below it; a rounded figure
// ("3.09亿元", "2.2万人次") means the value that rounds to it. Money in fen.

#include <QString>
#include <QVector>

namespace article {

struct Expect
{
    const char *key;   // HeadlineFigures JSON key
    const char *part;  // "" for plain figures, or "east" / "west" / "pairs" for pairing figures
    qint64 min;        // inclusive
    qint64 max;        // inclusive
    const char *wording;
};

constexpr qint64 Yuan = 100;
constexpr qint64 Wan = 10000 * Yuan;
constexpr qint64 Yi = 10000 * Wan;

inline const QVector<Expect> &expectations()
{
    static const QVector<Expect> list = {
        {"working_groups", "", 11, 11, "11个专项工作组"},
        {"fiscal_aid_paid_fen", "", 3085 * Yi / 1000, 3095 * Yi / 1000 - 1, "拨付3.09亿元"},
        {"aid_projects", "", 130, 130, "财政帮扶项目130个"},
        {"delegation_trips", "", 41, 49, "赴甘40余次"},
        {"enterprises_settled", "", 17, 19, "近20家企业"},
        {"enterprise_investment_fen", "", Yi + 1, 12 * Yi / 10, "投资总额超1亿元"},
        {"consumption_outlets", "", 10, 10, "10家消费扶贫馆和专柜、专店"},
        {"consumption_sales_fen", "", 2 * Yi + 1, 21 * Yi / 10 - 1, "消费扶贫2亿余元"},
        {"livestream_talents_trained", "", 142, 142, "培训直播人才142人"},
        {"festival_sales_fen", "", 1037 * Wan, 1037 * Wan, "销售额达1037万元"},
        {"festival_orders", "", 200001, 209999, "订单量超20万"},
        {"festival_viewers", "", 16000001, 16999999, "超1600万网友"},
        {"festival_clicks", "", 90000001, 99999999, "点击率覆盖超9000万次"},
        {"cadres_seconded", "", 10, 10, "10名党政干部"},
        {"professionals_dispatched", "", 190, 199, "近200名专业技术人员"},
        {"training_activities", "", 100, 199, "上百场活动"},
        {"training_person_times", "", 21500, 22499, "2.2万人次"},
        {"western_visitors_received", "", 2501, 2599, "2500余人次"},
        {"pairing_street_town", "east", 14, 14, "14个街道"},
        {"pairing_street_town", "west", 14, 14, "14个乡镇"},
        {"pairing_community_village", "east", 27, 27, "27个社区"},
        {"pairing_community_village", "west", 27, 27, "27个贫困村"},
        {"pairing_school", "east", 23, 23, "23所学校"},
        {"pairing_school", "west", 67, 67, "67所学校"},
        {"pairing_hospital", "east", 5, 5, "5家医院"},
        {"pairing_hospital", "west", 5, 5, "5家医院"},
        {"pairing_enterprise_village", "east", 301, 349, "300余家民营企业"},
        {"pairing_enterprise_village", "west", 147, 147, "147个贫困村"},
        {"pairing_chamber_village", "west", 12, 12, "工商联与12个贫困村"},
        {"pairing_cadre_household", "west", 110, 110, "结对认亲贫困户110户"},
    };
    return list;
}

} // namespace article

#pragma once

// The database of the coverage tests (test_coverage, test_coverage_cli_page): two western units
// with poor villages and households covered in every way, as of AsOf.

#include "db/database.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace coveragetest {

// Western unit 10 (庄浪县) has five poor villages: 101 and 102 with no village pairing in force
// on 2020-06-01 (101's enterprise pairing ran out at the end of 2018 although still marked
// active, 102's community pairing ended and its enterprise pairing starts only in 2021), 103
// (community) and 104 (two enterprises) with one kind, 105 with two kinds (community and
// chamber). Village 106 is not poor. Three registered households: 1001 with a cadre, 1002
// (out of poverty in 2019) without, 1003 whose cadre pair ended. Unit 20 (崆峒区) has one
// poor village, 201, with one kind, and no households.
const char *const Fixture[] = {
    "INSERT INTO places (id, side, level, parent_id, name, name_en) VALUES (1, 'east', 'district', NULL, '河西区', "
    "'Hexi District')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (2, 'east', 'street', 1, '大营门街道')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (3, 'east', 'community', 2, '新兴里社区')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (4, 'east', 'community', 2, '宾西社区')",
    "INSERT INTO places (id, side, level, parent_id, name, name_en, is_poor) VALUES (10, 'west', 'county', NULL, "
    "'庄浪县', 'Zhuanglang County', 1)",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (11, 'west', 'town', 10, '南湖镇')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (12, 'west', 'town', 10, '朱店镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (101, 'west', 'village', 11, '陈家沟村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (102, 'west', 'village', 11, '峡家村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (103, 'west', 'village', 12, '中岘村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (104, 'west', 'village', 12, '牛峡村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (105, 'west', 'village', 12, '后家岔村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (106, 'west', 'village', 12, '富民村', 0)",
    "INSERT INTO places (id, side, level, parent_id, name, name_en, is_poor) VALUES (20, 'west', 'county', NULL, "
    "'崆峒区', 'Kongtong District', 1)",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (21, 'west', 'town', 20, '崆峒镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (201, 'west', 'village', 21, '石沟村', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (50, 'east', 'enterprise', "
    "'天津甲科技有限公司', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (52, 'east', 'enterprise', "
    "'天津乙商贸有限公司', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (51, 'east', 'chamber', '河西区工商联', 1)",
    "INSERT INTO people (id, side, name, role, place_id) VALUES (60, 'east', '王建华', 'cadre', 1)",
    "INSERT INTO people (id, side, name, role, place_id) VALUES (61, 'east', '李文明', 'cadre', 1)",
    "INSERT INTO households (id, village_id, head_name, members, registered_year) VALUES (1001, 101, '张有福', 4, "
    "2014)",
    "INSERT INTO households (id, village_id, head_name, members, registered_year, exit_year) VALUES (1002, 101, "
    "'李根生', 3, 2014, 2019)",
    "INSERT INTO households (id, village_id, head_name, members, registered_year) VALUES (1003, 103, '王秀英', 5, "
    "2015)",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('street_town', 2, 11, '2017-05-18')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date, end_date, status) VALUES "
    "('community_village', 3, 102, '2017-09-01', '2019-06-30', 'ended')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date, end_date) VALUES ('enterprise_village', 50, "
    "101, '2017-06-01', '2018-12-31')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 52, 102, "
    "'2021-01-01')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('community_village', 3, 103, "
    "'2018-03-01')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 50, 104, "
    "'2018-05-01')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 52, 104, "
    "'2019-05-01')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('community_village', 4, 105, "
    "'2018-03-01')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('chamber_village', 51, 105, "
    "'2018-10-17')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 50, 106, "
    "'2018-01-01')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('community_village', 4, 201, "
    "'2018-03-01')",
    "INSERT INTO pairings (kind, east_person_id, west_household_id, start_date) VALUES ('cadre_household', 60, 1001, "
    "'2018-04-01')",
    "INSERT INTO pairings (kind, east_person_id, west_household_id, start_date, end_date, status) VALUES "
    "('cadre_household', 61, 1003, '2018-04-01', '2019-07-31', 'ended')",
};

const QDate AsOf(2020, 6, 1);

/// Creates `file` with the rows above; false with the statement refused in `error`.
inline bool create(tongxin::Database &db, const QString &file, QString *error)
{
    if (!db.create(file)) {
        *error = QStringLiteral("cannot create ") + file;
        return false;
    }
    for (const char *sql : Fixture) {
        QSqlQuery q(db.db());
        if (!q.exec(QString::fromUtf8(sql))) {
            *error = q.lastError().text() + QLatin1Char(' ') + QString::fromUtf8(sql);
            return false;
        }
    }
    return true;
}

} // namespace coveragetest

#pragma once

#include <QDate>
#include <QString>

namespace tongxin {

/// Dates as people type them and as offices' spreadsheets write them: 2020-05-01, 2020-5-1,
/// 2020/5/1, 2020.5.1, 2020年5月1日 (spaces allowed around the separators) and 20200501; a
/// time after the date ("2020-05-01 08:30") is ignored. Years 1900–2100 only. An invalid
/// QDate for anything else, including 2020-02-30.
namespace datetext {

QDate parse(const QString &text);

/// The one way dates are written back: 2020-05-01.
QString iso(const QDate &date);

/// The local day of a UTC timestamp as Tongxin stores them (2026-12-03T19:53:53.222Z), written
/// as iso(); empty for an empty or unreadable one.
QString localDay(const QString &utcTimestamp);

} // namespace datetext

} // namespace tongxin

#pragma once

// The data of the sales benchmark (bench_sales.cpp), apart from its timing and report.

#include <QString>
#include <QtGlobal>

namespace tongxin::benchsales {

/// Writes a deterministic sales CSV of `rows` rows at `path`: the import template's 12 columns
/// with Chinese headers, 2017–2020 in date order, rows per day by season, one quoted cell now and
/// then. False with `error` set when the file cannot be written.
bool generate(const QString &path, qint64 rows, QString *error);

/// Creates a fresh Tongxin database at `path` holding the western units and outlets the CSV names.
bool setUpDatabase(const QString &path, QString *error);

} // namespace tongxin::benchsales

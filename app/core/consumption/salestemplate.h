#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace tongxin {

/// The sales import template: the header row SalesImport recognises without a mapping, in
/// Chinese or in English.
class SalesTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(SalesTemplate)
public:
    /// Writes the template to `path`, by suffix: .csv (UTF-8 with a byte order mark, so Excel
    /// opens it as UTF-8; the header row only) or .xlsx (the header row with column formats
    /// and drop-down suggestions, plus a second sheet describing each column). `language` is
    /// "zh_CN" or "en". Refuses other suffixes.
    static bool write(const QString &path, const QString &language, QString *error = nullptr);
    /// The CSV template (header row, CRLF, byte order mark) to a device.
    static bool writeCsv(QIODevice *device, const QString &language);
    /// The accepted names of channels ("outlet" …) or buyer types in a language, as listed in
    /// the template's notes and drop-downs; each is accepted by Labels::codeFor().
    static QStringList channelNames(const QString &language);
    static QStringList buyerTypeNames(const QString &language);
    /// The notes row of a field: {header, required or optional, what to enter}.
    static QStringList notes(int fieldIndex, const QString &language);
};

} // namespace tongxin

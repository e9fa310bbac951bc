#include "export/csvexporter.h"

#include "money/money.h"

#include <QDir>
#include <QIODevice>
#include <QSaveFile>

namespace tongxin {

namespace {
constexpr int ProgressEvery = 4096;
constexpr qint64 FlushBytes = 1 << 20;
} // namespace

QString CsvExporter::quote(const QString &field)
{
    bool needs = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            needs = true;
            break;
        }
    }
    if (!needs)
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

namespace {
bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

QString CsvExporter::neutralise(const QString &text)
{
    return startsFormula(text) ? QLatin1Char('\'') + text : text;
}

QString CsvExporter::restore(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && startsFormula(QStringView(text).mid(1)) ? text.mid(1) : text;
}

QString CsvExporter::text(const QVariant &value, CellType type)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (type) {
    case CellType::Money:
        return Money::yuan(value.toLongLong());
    case CellType::Integer:
    case CellType::Year:
        return QString::number(value.toLongLong());
    case CellType::Decimal:
        return QString::number(value.toDouble(), 'g', 15);
    case CellType::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case CellType::Date:
        if (value.userType() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return neutralise(value.toString());
    case CellType::Text:
        break;
    }
    // Text only: a negative amount or number above stays a number (-12.50).
    return neutralise(value.toString());
}

bool CsvExporter::write(TableSource &source, QIODevice *device)
{
    m_error.clear();
    m_cancelled = false;
    if (!source.start()) {
        m_error = source.errorString();
        return false;
    }
    const QVector<ExportColumn> columns = source.columns();
    const qint64 expected = source.rowCountHint();
    QByteArray buffer("\xEF\xBB\xBF"); // BOM: Excel reads the file as UTF-8
    QString line;
    const auto flush = [&] {
        if (device->write(buffer) != buffer.size()) {
            m_error = tr("The CSV file could not be written: %1").arg(device->errorString());
            return false;
        }
        buffer.clear();
        return true;
    };
    for (int c = 0; c < columns.size(); ++c) {
        if (c > 0)
            line += QLatin1Char(',');
        line += quote(columns[c].header);
    }
    line += QLatin1String("\r\n");
    buffer += line.toUtf8();

    ExportRow values;
    qint64 rows = 0;
    while (true) {
        values.clear();
        if (!source.next(values)) {
            if (!source.errorString().isEmpty()) {
                m_error = source.errorString();
                return false;
            }
            break;
        }
        line.clear();
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                line += QLatin1Char(',');
            if (c < values.size())
                line += quote(text(values.at(c), columns[c].type));
        }
        line += QLatin1String("\r\n");
        buffer += line.toUtf8();
        ++rows;
        if (buffer.size() >= FlushBytes && !flush())
            return false;
        if (m_progress && rows % ProgressEvery == 0 && !m_progress(rows, expected)) {
            m_cancelled = true;
            m_error = tr("The export was cancelled.");
            return false;
        }
    }
    if (!flush())
        return false;
    if (m_progress)
        m_progress(rows, rows);
    return true;
}

bool CsvExporter::write(TableSource &source, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        m_cancelled = false;
        return false;
    }
    if (m_private)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!write(source, &file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace tongxin

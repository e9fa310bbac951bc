#include "io/tabularreader.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QFileInfo>

namespace tongxin {

TabularReader::~TabularReader() = default;

QString TabularReader::columnLabel(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return QStringLiteral("%1 (%2)").arg(column + 1).arg(letters);
}

bool TabularReader::checkCell(const QString &cell, int row, int column, qint64 line)
{
    const bool tooLong = cell.size() > MaxFieldLength;
    if (!tooLong && !cell.contains(QChar(0)))
        return true;
    const QString where = line > 0 && line != row
        ? tr("Row %1 (line %2), column %3").arg(row).arg(line).arg(columnLabel(column))
        : tr("Row %1, column %2").arg(row).arg(columnLabel(column));
    if (tooLong)
        setError(tr("%1: the cell is longer than %L2 characters; the file is refused (is it the right file?).")
                     .arg(where)
                     .arg(MaxFieldLength));
    else
        setError(tr("%1: the cell contains a NUL character (a zero byte); the file is damaged or not a text file.")
                     .arg(where));
    return false;
}

bool TabularReader::selectSheet(const QString &nameOrNumber)
{
    const QStringList names = sheetNames();
    const QString wanted = nameOrNumber.trimmed();
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return selectSheet(i);
    }
    bool ok = false;
    const int number = wanted.toInt(&ok);
    if (ok && number >= 1 && number <= names.size())
        return selectSheet(number - 1);
    setError(tr("There is no sheet \"%1\". Sheets: %2.").arg(wanted, names.join(QLatin1String(", "))));
    return false;
}

bool TabularReader::isWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

std::unique_ptr<TabularReader> TabularReader::forFile(const QString &path)
{
    if (isWorkbook(path))
        return std::make_unique<XlsxReader>();
    return std::make_unique<CsvReader>();
}

QVector<QStringList> TabularReader::preview(TabularReader &reader, int maxRows, QVector<int> *rowNumbers)
{
    QVector<QStringList> rows;
    if (rowNumbers)
        rowNumbers->clear();
    if (!reader.rewind())
        return rows;
    QStringList cells;
    while (rows.size() < maxRows && reader.readRow(&cells)) {
        rows.push_back(cells);
        if (rowNumbers)
            rowNumbers->push_back(reader.rowNumber());
    }
    reader.rewind();
    return rows;
}

} // namespace tongxin

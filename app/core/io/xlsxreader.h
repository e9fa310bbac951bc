#pragma once

#include "io/tabularreader.h"

#include <memory>

namespace tongxin {

/// Reads the sheets of an Office Open XML workbook (.xlsx): the zip is opened with ZipArchive
/// (see there why not QuaZip) and each part read with QXmlStreamReader. Shared strings (rich text runs joined, phonetic
/// hints left out) are loaded once; the sheet itself streams, so a million-row sheet is read
/// without holding it. Cells are placed by their reference, so skipped cells come back empty.
/// Booleans read "TRUE"/"FALSE", errors their code ("#N/A"), numbers a plain decimal (dates
/// stored as numbers: their serial number; styles are not read).
class XlsxReader final : public TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    XlsxReader();
    ~XlsxReader() override;

    bool open(const QString &path) override;
    QString path() const override;
    QStringList sheetNames() const override;
    bool selectSheet(int index) override;
    bool rewind() override;
    bool readRow(QStringList *cells) override;
    int rowNumber() const override;
    qint64 position() const override;
    qint64 size() const override;
    bool date1904() const override;
    bool isNumberCell(int column) const override;

    /// The index of the selected sheet.
    int currentSheet() const;
    /// Converts a column reference ("A", "AB") to a 0-based index; -1 when malformed.
    static int columnIndex(QStringView letters);
    /// A number as stored in a cell ("1234.5600000000001") as a short decimal ("1234.56").
    static QString normaliseNumber(const QString &stored);

private:
    QString tooManyCells() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tongxin

#include "io/xlsxreader.h"

#include "io/ziparchive.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace tongxin {

namespace {

const QLatin1String RelSharedStrings("/sharedStrings");
const QLatin1String RelOfficeDocument("/officeDocument");

// Limits against decompression bombs (see also ZipArchive::Limits): what is held in memory.
constexpr qint64 MaxSmallPart = 16 << 20; // workbook, relationships
constexpr qint64 MaxSharedStringsPart = 256 << 20;
constexpr qint64 MaxSharedStrings = 4000000;
// Cells a sheet may have, declared (<dimension>) or read (gaps between cells of a row count).
constexpr qint64 MaxCells = 50000000;

// "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; absolute
// targets ("/xl/…") start at the root of the package. False for a target that leaves the
// package ("../../x"), has a scheme or a backslash, or names nothing.
bool resolvePart(const QString &base, const QString &target, QString *resolved)
{
    QStringList parts;
    QString t = target;
    if (t.contains(QLatin1Char('\\')) || t.contains(QLatin1Char(':')) || t.contains(QChar(0)))
        return false;
    if (t.startsWith(QLatin1Char('/'))) {
        t.remove(0, 1);
    } else {
        parts = base.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!parts.isEmpty())
            parts.removeLast();
    }
    for (const QString &p : t.split(QLatin1Char('/'))) {
        if (p == QLatin1String("..")) {
            if (parts.isEmpty())
                return false;
            parts.removeLast();
        } else if (!p.isEmpty() && p != QLatin1String(".")) {
            parts << p;
        }
    }
    if (parts.isEmpty())
        return false;
    *resolved = parts.join(QLatin1Char('/'));
    return true;
}

// The first bytes of an OLE compound file: an encrypted (password-protected) workbook or an
// old .xls.
bool isCompoundFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

// "A1:L1000" → 12000 cells; -1 when not a range.
qint64 cellsOfRange(QStringView ref)
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return -1;
    const auto corner = [](QStringView c, int *col, qint64 *row) {
        qsizetype i = 0;
        while (i < c.size() && (c.at(i).isLetter() || c.at(i) == QLatin1Char('$')))
            ++i;
        QString letters = c.left(i).toString();
        letters.remove(QLatin1Char('$'));
        *col = XlsxReader::columnIndex(letters);
        bool ok = false;
        *row = c.mid(i).toString().remove(QLatin1Char('$')).toLongLong(&ok);
        return ok && *col >= 0 && *row > 0;
    };
    int c1 = 0, c2 = 0;
    qint64 r1 = 0, r2 = 0;
    if (!corner(ref.left(colon), &c1, &r1) || !corner(ref.mid(colon + 1), &c2, &r2))
        return -1;
    return (qAbs(qint64(c2) - c1) + 1) * (qAbs(r2 - r1) + 1);
}

// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"
QString relsFor(const QString &part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

} // namespace

struct XlsxReader::Private
{
    QString path;
    ZipArchive zip;
    std::unique_ptr<ZipEntryDevice> sheetFile;
    QXmlStreamReader xml;
    QStringList sheetNames;
    QStringList sheetParts;
    QStringList sharedStrings;
    int current = -1;
    int row = 0;
    QVector<int> numberColumns; // of the row last read: the cells stored as numbers
    qint64 sheetSize = 0;
    bool date1904 = false;
    bool inSheetData = false;
    bool done = false;
    qint64 cells = 0; // cells of the sheet so far, gaps included
    QString error; // why open() failed in a part, when it did

    bool readPart(const QString &name, QByteArray *out, qint64 maxSize = MaxSmallPart)
    {
        return zip.read(name, out, maxSize);
    }

    // Relationship id → resolved part name, and the target of the first relation of a type.
    QHash<QString, QString> readRels(const QString &part, const QLatin1String &typeSuffix, QString *typed)
    {
        QHash<QString, QString> out;
        QByteArray bytes;
        if (!readPart(relsFor(part), &bytes)) {
            if (zip.find(relsFor(part)))
                error = zip.errorString();
            return out;
        }
        QXmlStreamReader x(bytes);
        while (!x.atEnd()) {
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("Relationship")) {
                const QXmlStreamAttributes a = x.attributes();
                if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                    continue; // a link to outside the file (a hyperlink, another workbook): not read
                const QString rawTarget = a.value(QLatin1String("Target")).toString();
                QString target;
                if (!resolvePart(part, rawTarget, &target)) {
                    error = XlsxReader::tr("the part %1 points outside the file (\"%2\")")
                                .arg(relsFor(part), rawTarget.left(200));
                    return {};
                }
                out.insert(a.value(QLatin1String("Id")).toString(), target);
                if (typed && typed->isEmpty() && a.value(QLatin1String("Type")).endsWith(typeSuffix))
                    *typed = target;
            }
        }
        return out;
    }

    bool readSharedStrings(const QString &part)
    {
        sharedStrings.clear();
        QByteArray bytes;
        if (part.isEmpty() || !zip.find(part))
            return true; // a workbook without text (or with inline strings only) has no shared strings
        if (!readPart(part, &bytes, MaxSharedStringsPart)) {
            error = zip.errorString();
            return false;
        }
        QXmlStreamReader x(bytes);
        QString text;
        int phonetic = 0;
        bool inText = false;
        while (!x.atEnd()) {
            switch (x.readNext()) {
            case QXmlStreamReader::StartElement:
                if (x.name() == QLatin1String("sst")) {
                    // The declared count first, so a bomb is refused before anything is held.
                    if (x.attributes().value(QLatin1String("uniqueCount")).toLongLong() > MaxSharedStrings)
                        return tooManyStrings();
                } else if (x.name() == QLatin1String("si")) {
                    if (sharedStrings.size() >= MaxSharedStrings)
                        return tooManyStrings();
                    text.clear();
                } else if (x.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (x.name() == QLatin1String("t"))
                    inText = phonetic == 0;
                break;
            case QXmlStreamReader::EndElement:
                if (x.name() == QLatin1String("si"))
                    sharedStrings << text;
                else if (x.name() == QLatin1String("rPh"))
                    --phonetic;
                else if (x.name() == QLatin1String("t"))
                    inText = false;
                break;
            case QXmlStreamReader::Characters:
                if (inText)
                    text += x.text();
                break;
            default:
                break;
            }
        }
        if (x.hasError())
            error = x.errorString();
        return !x.hasError();
    }

    bool tooManyStrings()
    {
        sharedStrings.clear();
        error = XlsxReader::tr("it has more than %L1 different texts (shared strings); it is refused as a possible "
                               "decompression bomb")
                    .arg(MaxSharedStrings);
        return false;
    }

    // Text of the current element and its descendants' <t> (inline strings), ending on its end.
    QString inlineText()
    {
        QString text;
        int phonetic = 0;
        bool inText = false;
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t"))
                    inText = phonetic == 0;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
                else if (xml.name() == QLatin1String("t"))
                    inText = false;
                break;
            case QXmlStreamReader::Characters:
                if (inText)
                    text += xml.text();
                break;
            default:
                break;
            }
        }
        return text;
    }
};

XlsxReader::XlsxReader()
    : d(std::make_unique<Private>())
{ }

XlsxReader::~XlsxReader() = default;

int XlsxReader::columnIndex(QStringView letters)
{
    int col = 0;
    int count = 0;
    for (const QChar c : letters) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            col = col * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            col = col * 26 + (u - u'a' + 1);
        else
            break;
        if (++count > 3)
            return -1;
    }
    return count == 0 ? -1 : col - 1;
}

QString XlsxReader::normaliseNumber(const QString &stored)
{
    if (stored.size() <= 15 && !stored.contains(QLatin1Char('E')) && !stored.contains(QLatin1Char('e')))
        return stored;
    bool ok = false;
    const double v = stored.toDouble(&ok);
    if (!ok)
        return stored;
    QString s = QString::number(v, 'g', 15);
    if (s.contains(QLatin1Char('e'))) {
        s = QString::number(v, 'f', 10);
        while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
            s.chop(1);
    }
    return s;
}

QString XlsxReader::path() const
{
    return d->path;
}

bool XlsxReader::open(const QString &path)
{
    clearError();
    d->xml.clear();
    d->sheetFile.reset();
    d->zip.close();
    d->path = path;
    d->sheetNames.clear();
    d->sheetParts.clear();
    d->current = -1;
    d->date1904 = false;
    d->error.clear();
    d->sharedStrings.clear();
    const auto fail = [this, &path](const QString &why) {
        setError(tr("The file %1 is not a readable .xlsx workbook: %2").arg(path, why));
        return false;
    };
    if (!QFileInfo::exists(path)) {
        setError(tr("The file %1 does not exist.").arg(path));
        return false;
    }
    if (isCompoundFile(path)) {
        setError(tr("The file %1 cannot be read: this workbook is encrypted (password-protected) or an old .xls; "
                    "save it as .xlsx without a password.")
                     .arg(path));
        return false;
    }
    if (!d->zip.open(path)) {
        const QString why = d->zip.errorString();
        return fail(why.contains(path) || why.isEmpty() ? tr("not a zip archive") : why);
    }

    QString workbookPart;
    d->readRels(QString(), RelOfficeDocument, &workbookPart);
    if (!d->error.isEmpty())
        return fail(d->error);
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    QByteArray workbook;
    if (!d->readPart(workbookPart, &workbook)) {
        if (d->zip.find(workbookPart))
            return fail(d->zip.errorString());
        return fail(tr("it has no workbook part (%1); it may be another kind of zip file").arg(workbookPart));
    }
    QString sharedPart;
    const QHash<QString, QString> rels = d->readRels(workbookPart, RelSharedStrings, &sharedPart);
    if (!d->error.isEmpty())
        return fail(d->error);

    QXmlStreamReader x(workbook);
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = x.attributes();
        if (x.name() == QLatin1String("workbookPr")) {
            const QStringView v = a.value(QLatin1String("date1904"));
            d->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (x.name() == QLatin1String("sheet")) {
            // The relationship id is r:id in the officeDocument relationships namespace.
            QString rid;
            for (const QXmlStreamAttribute &attr : a) {
                if (attr.name() == QLatin1String("id"))
                    rid = attr.value().toString();
            }
            const QString part = rels.value(rid);
            if (part.isEmpty())
                continue; // a chart sheet or a dangling entry: nothing to read
            d->sheetNames << a.value(QLatin1String("name")).toString();
            d->sheetParts << part;
        }
    }
    if (x.hasError())
        return fail(x.errorString());
    if (d->sheetParts.isEmpty())
        return fail(tr("no worksheet"));
    if (!d->readSharedStrings(sharedPart))
        return fail(d->error.isEmpty() ? tr("the shared strings cannot be read") : d->error);
    return selectSheet(0);
}

QStringList XlsxReader::sheetNames() const
{
    return d->sheetNames;
}

int XlsxReader::currentSheet() const
{
    return d->current;
}

bool XlsxReader::date1904() const
{
    return d->date1904;
}

bool XlsxReader::selectSheet(int index)
{
    if (index < 0 || index >= d->sheetParts.size())
        return false;
    d->current = index;
    return rewind();
}

bool XlsxReader::rewind()
{
    if (d->current < 0)
        return false;
    clearError();
    d->xml.clear();
    d->sheetFile.reset();
    d->row = 0;
    d->inSheetData = false;
    d->done = false;
    d->cells = 0;
    d->sheetSize = 0;
    d->sheetFile = d->zip.openEntry(d->sheetParts.at(d->current));
    if (!d->sheetFile) {
        setError(tr("The sheet \"%1\" cannot be read: %2").arg(d->sheetNames.at(d->current), d->zip.errorString()));
        return false;
    }
    d->sheetSize = d->sheetFile->size();
    d->xml.setDevice(d->sheetFile.get());
    return true;
}

QString XlsxReader::tooManyCells() const
{
    return tr("The sheet \"%1\" has more than %L2 cells; it is refused as a possible decompression bomb. Split "
              "it into smaller workbooks.")
        .arg(d->sheetNames.value(d->current))
        .arg(MaxCells);
}

int XlsxReader::rowNumber() const
{
    return d->row;
}

qint64 XlsxReader::position() const
{
    return d->sheetFile ? d->sheetFile->bytesRead() : 0;
}

qint64 XlsxReader::size() const
{
    return d->sheetSize;
}

bool XlsxReader::isNumberCell(int column) const
{
    return d->numberColumns.contains(column);
}

bool XlsxReader::readRow(QStringList *cells)
{
    cells->clear();
    d->numberColumns.clear();
    if (d->done || !d->sheetFile)
        return false;
    QXmlStreamReader &x = d->xml;
    // Find the next <row> inside <sheetData>.
    for (;;) {
        const QXmlStreamReader::TokenType t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == QLatin1String("dimension") && !d->inSheetData) {
                const qint64 declared = cellsOfRange(x.attributes().value(QLatin1String("ref")));
                if (declared > MaxCells) {
                    d->done = true;
                    setError(tooManyCells());
                    return false;
                }
            } else if (x.name() == QLatin1String("sheetData"))
                d->inSheetData = true;
            else if (d->inSheetData && x.name() == QLatin1String("row"))
                break;
        } else if (t == QXmlStreamReader::EndElement && x.name() == QLatin1String("sheetData")) {
            d->done = true;
            return false;
        } else if (t == QXmlStreamReader::EndDocument || t == QXmlStreamReader::Invalid || x.atEnd()) {
            d->done = true;
            if (x.hasError() || d->sheetFile->failed())
                setError(tr("The sheet \"%1\" is damaged: %2")
                             .arg(d->sheetNames.at(d->current),
                                 d->sheetFile->failed() ? d->sheetFile->errorString() : x.errorString()));
            return false;
        }
    }
    bool ok = false;
    const int r = x.attributes().value(QLatin1String("r")).toInt(&ok);
    d->row = ok && r > 0 ? r : d->row + 1;

    int nextColumn = 0;
    while (!x.atEnd()) {
        const QXmlStreamReader::TokenType t = x.readNext();
        if (t == QXmlStreamReader::EndElement && x.name() == QLatin1String("row"))
            break;
        if (t != QXmlStreamReader::StartElement || x.name() != QLatin1String("c"))
            continue;
        const QXmlStreamAttributes a = x.attributes();
        int column = nextColumn;
        const QStringView ref = a.value(QLatin1String("r"));
        if (!ref.isEmpty()) {
            const int c = columnIndex(ref);
            if (c >= 0)
                column = c;
        }
        const QString type = a.value(QLatin1String("t")).toString();
        QString value;
        QString inlineValue;
        bool hasInline = false;
        // Children of <c>: <f> (formula, ignored), <v> (value), <is> (inline string).
        while (!x.atEnd()) {
            const QXmlStreamReader::TokenType ct = x.readNext();
            if (ct == QXmlStreamReader::EndElement && x.name() == QLatin1String("c"))
                break;
            if (ct != QXmlStreamReader::StartElement)
                continue;
            if (x.name() == QLatin1String("v")) {
                value = x.readElementText();
            } else if (x.name() == QLatin1String("is")) {
                inlineValue = d->inlineText();
                hasInline = true;
            } else {
                x.skipCurrentElement();
            }
        }
        QString text;
        if (type == QLatin1String("s")) {
            bool isIndex = false;
            const int i = value.toInt(&isIndex);
            if (isIndex && i >= 0 && i < d->sharedStrings.size())
                text = d->sharedStrings.at(i);
        } else if (type == QLatin1String("inlineStr") || hasInline) {
            text = hasInline ? inlineValue : value;
        } else if (type == QLatin1String("b")) {
            text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d")) {
            text = value;
        } else {
            text = normaliseNumber(value.trimmed());
            if (!text.isEmpty())
                d->numberColumns.push_back(column);
        }
        nextColumn = column + 1;
        // An empty cell past the last one held adds nothing (trailing empty cells are trimmed
        // and gaps filled when a later cell has text): no padding for it.
        if (column >= MaxColumns || (text.isEmpty() && column >= cells->size()))
            continue;
        if (!checkCell(text, d->row, column)) {
            d->done = true;
            cells->clear();
            return false;
        }
        if (column >= cells->size()) {
            d->cells += column + 1 - cells->size();
            if (d->cells > MaxCells) {
                d->done = true;
                setError(tooManyCells());
                return false;
            }
        }
        while (cells->size() < column)
            cells->append(QString());
        if (cells->size() == column)
            cells->append(text);
        else
            (*cells)[column] = text;
    }
    if (x.hasError()) {
        setError(tr("The sheet \"%1\" is damaged: %2").arg(d->sheetNames.at(d->current), x.errorString()));
        d->done = true;
        return false;
    }
    while (!cells->isEmpty() && cells->constLast().isEmpty())
        cells->removeLast();
    return true;
}

} // namespace tongxin

#include "io/xlsxreader.h"

#include "io/ziparchive.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace tongxin {

namespace {

const QLatin1String RelSharedStrings("/sharedStrings");
const QLatin1String RelOfficeDocument("/officeDocument");

// "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; absolute
// targets ("/xl/…") start at the root of the package.
QString resolvePart(const QString &base, const QString &target)
{
    QStringList parts;
    QString t = target;
    if (t.startsWith(QLatin1Char('/'))) {
        t.remove(0, 1);
    } else {
        parts = base.split(QLatin1Char('/'));
        parts.removeLast();
    }
    for (const QString &p : t.split(QLatin1Char('/'))) {
        if (p == QLatin1String(".."))
            parts.removeLast();
        else if (!p.isEmpty() && p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
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
    qint64 sheetSize = 0;
    bool date1904 = false;
    bool inSheetData = false;
    bool done = false;

    bool readPart(const QString &name, QByteArray *out) { return zip.read(name, out); }

    // Relationship id → resolved part name, and the target of the first relation of a type.
    QHash<QString, QString> readRels(const QString &part, const QLatin1String &typeSuffix, QString *typed)
    {
        QHash<QString, QString> out;
        QByteArray bytes;
        if (!readPart(relsFor(part), &bytes))
            return out;
        QXmlStreamReader x(bytes);
        while (!x.atEnd()) {
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("Relationship")) {
                const QXmlStreamAttributes a = x.attributes();
                const QString target = resolvePart(part, a.value(QLatin1String("Target")).toString());
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
        if (part.isEmpty() || !readPart(part, &bytes))
            return true; // a workbook without text has no shared strings
        QXmlStreamReader x(bytes);
        QString text;
        int phonetic = 0;
        bool inText = false;
        while (!x.atEnd()) {
            switch (x.readNext()) {
            case QXmlStreamReader::StartElement:
                if (x.name() == QLatin1String("si"))
                    text.clear();
                else if (x.name() == QLatin1String("rPh"))
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
        return !x.hasError();
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
    const auto fail = [this, &path](const QString &why) {
        setError(tr("The file %1 is not a readable .xlsx workbook: %2").arg(path, why));
        return false;
    };
    if (!QFileInfo::exists(path)) {
        setError(tr("The file %1 does not exist.").arg(path));
        return false;
    }
    if (!d->zip.open(path))
        return fail(tr("not a zip archive"));

    QString workbookPart;
    d->readRels(QString(), RelOfficeDocument, &workbookPart);
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    QByteArray workbook;
    if (!d->readPart(workbookPart, &workbook))
        return fail(tr("no workbook part"));
    QString sharedPart;
    const QHash<QString, QString> rels = d->readRels(workbookPart, RelSharedStrings, &sharedPart);

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
        return fail(tr("the shared strings cannot be read"));
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

bool XlsxReader::readRow(QStringList *cells)
{
    cells->clear();
    if (d->done || !d->sheetFile)
        return false;
    QXmlStreamReader &x = d->xml;
    // Find the next <row> inside <sheetData>.
    for (;;) {
        const QXmlStreamReader::TokenType t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == QLatin1String("sheetData"))
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
        }
        if (column >= 16384)
            continue;
        while (cells->size() < column)
            cells->append(QString());
        if (cells->size() == column)
            cells->append(text);
        else
            (*cells)[column] = text;
        nextColumn = column + 1;
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

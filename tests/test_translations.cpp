// The Chinese translation is part of done: every string of the sources is in
// translations/tongxin_zh_CN.ts, translated, with the same placeholders.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
    bool plural = false;
};

QVector<Message> readTs(const QString &path, QString *error)
{
    QVector<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.plural) {
                // <numerusform> children
                QString all;
                while (xml.readNextStartElement())
                    all += xml.readElementText();
                m.translation = all;
            } else {
                m.translation = xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT
private slots:
    void committedFileIsComplete();
    void sourcesHaveNoNewStrings();
};

void TestTranslations::committedFileIsComplete()
{
    QString error;
    const QVector<Message> messages = readTs(QStringLiteral(TONGXIN_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 50, "the translation file looks empty");
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (m.type == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished: ") + where;
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems << QStringLiteral("obsolete: ") + where;
        else if (m.translation.trimmed().isEmpty())
            problems << QStringLiteral("empty: ") + where;
        else if (placeholders(m.source) != placeholders(m.translation))
            problems << QStringLiteral("placeholders differ: ") + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::sourcesHaveNoNewStrings()
{
    // Run lupdate over the sources into a copy: any string not yet in the committed file
    // shows up as unfinished.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("copy_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(TONGXIN_TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TONGXIN_LUPDATE),
                  {QStringLiteral(TONGXIN_SOURCE_DIR "/app"), QStringLiteral(TONGXIN_SOURCE_DIR "/ui"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QVector<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList fresh;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("unfinished"))
            fresh << m.context + QStringLiteral(": ") + m.source.left(60);
    }
    QVERIFY2(fresh.isEmpty(),
             qPrintable(QStringLiteral("strings missing from translations/tongxin_zh_CN.ts (run the "
                                       "update_translations target, then translate):\n")
                        + fresh.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"

// Money's text: the unit is chosen after rounding (issue #11), at every edge of 元/万元/亿元 and
// yuan/thousand/million, negatives and zero; fixed-unit amounts for table columns.

#include "i18n/language.h"
#include "money/money.h"

#include <QtTest>

using namespace tongxin;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void scaleIsTheRule();
    void fixedUnit();
    void followsLanguage();
};

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");
    const auto row = [](const char *name, qint64 fen, const char *zh, const char *en) {
        QTest::newRow(name) << fen << QString::fromUtf8(zh) << QString::fromUtf8(en);
    };
    row("zero", 0, "0.00元", "0.00 yuan");
    row("one fen", 1, "0.01元", "0.01 yuan");
    row("999.99 yuan", 99999, "999.99元", "999.99 yuan");
    row("1,000 yuan", 100000, "1,000.00元", "1.00 thousand yuan");
    row("9,999.99 yuan", 999999, "9,999.99元", "10.00 thousand yuan");
    row("10,000 yuan", 1000000, "1.00万元", "10.00 thousand yuan");
    row("999,994.99 yuan", 99999499, "100.00万元", "999.99 thousand yuan");
    row("999,999.50 yuan", 99999950, "100.00万元", "1.00 million yuan");
    row("1 million yuan", 100000000, "100.00万元", "1.00 million yuan");
    row("99,999,949.99 yuan", 9999994999LL, "9,999.99万元", "100.00 million yuan");
    row("99,999,999.49 yuan", 9999999949LL, "1.00亿元", "100.00 million yuan");
    row("99,999,999.50 yuan", 9999999950LL, "1.00亿元", "100.00 million yuan");
    row("1 yi", 10000000000LL, "1.00亿元", "100.00 million yuan");
    row("article 3.09 yi", 30903472100LL, "3.09亿元", "309.03 million yuan");
    row("-9,999.99 yuan", -999999, "-9,999.99元", "-10.00 thousand yuan");
    row("-10,000 yuan", -1000000, "-1.00万元", "-10.00 thousand yuan");
    row("-999.99 yuan", -99999, "-999.99元", "-999.99 yuan");
    row("-999,999.50 yuan", -99999950, "-100.00万元", "-1.00 million yuan");
    row("-99,999,999.50 yuan", -9999999950LL, "-1.00亿元", "-100.00 million yuan");
    row("half a fen of wan rounds away from zero", 1000050, "1.00万元", "10.00 thousand yuan");
    row("1.005 wan", 1005000, "1.01万元", "10.05 thousand yuan");
}

void TestMoney::format()
{
    QFETCH(qint64, fen);
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    QCOMPARE(Money::format(fen, Money::Style::Chinese), chinese);
    QCOMPARE(Money::format(fen, Money::Style::English), english);
}

void TestMoney::scaleIsTheRule()
{
    // Never "10,000.00万元" nor "1,000.00 thousand yuan": a unit shown is below the next one.
    for (qint64 fen = 9999990000LL; fen <= 10000000000LL; fen += 7) {
        const Money::Scaled s = Money::scale(fen, Money::Style::Chinese);
        QVERIFY2(s.unit != Money::Unit::Wan || s.hundredths < 1000000, qPrintable(QString::number(fen)));
    }
    for (qint64 fen = 99999000; fen <= 100000000; ++fen) {
        const Money::Scaled s = Money::scale(fen, Money::Style::English);
        QVERIFY2(s.unit != Money::Unit::Thousand || s.hundredths < 100000, qPrintable(QString::number(fen)));
    }
    QCOMPARE(Money::scale(9999999950LL, Money::Style::Chinese).unit, Money::Unit::Yi);
    QCOMPARE(Money::scale(9999999950LL, Money::Style::Chinese).hundredths, 100);
    QCOMPARE(Money::scale(999999, Money::Style::Chinese).unit, Money::Unit::Yuan);
    QCOMPARE(Money::scale(1000000, Money::Style::Chinese).unit, Money::Unit::Wan);
    QCOMPARE(Money::scale(0, Money::Style::English).unit, Money::Unit::Yuan);
}

void TestMoney::fixedUnit()
{
    QCOMPARE(Money::amount(150000, Money::Unit::Yuan), QStringLiteral("1,500.00"));
    QCOMPARE(Money::amount(150000, Money::Unit::Wan), QStringLiteral("0.15"));
    QCOMPARE(Money::amount(12000000, Money::Unit::Wan), QStringLiteral("12.00"));
    QCOMPARE(Money::amount(0, Money::Unit::Wan), QStringLiteral("0.00"));
    QCOMPARE(Money::amount(-150000, Money::Unit::Thousand), QStringLiteral("-1.50"));
    QCOMPARE(Money::amount(30903472100LL, Money::Unit::Wan), QStringLiteral("30,903.47"));
    QCOMPARE(Money::unitName(Money::Unit::Yuan, Money::Style::Chinese), QStringLiteral("元"));
    QCOMPARE(Money::unitName(Money::Unit::Wan, Money::Style::Chinese), QStringLiteral("万元"));
    QCOMPARE(Money::unitName(Money::Unit::Thousand, Money::Style::English), QStringLiteral("thousand yuan"));
    QCOMPARE(Money::unitName(Money::Unit::Yuan, Money::Style::English), QStringLiteral("yuan"));
}

void TestMoney::followsLanguage()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCOMPARE(Money::format(9999999950LL), QStringLiteral("100.00 million yuan"));
    QCOMPARE(Money::formatIn(150000, Money::Unit::Thousand), QStringLiteral("1.50 thousand yuan"));
    QCOMPARE(Money::displayUnit(), QStringLiteral("thousand yuan"));
    {
        // A report in Chinese on this thread: Chinese units, the application still English.
        const ReportLanguage zh(QStringLiteral("zh_CN"));
        QVERIFY(zh.isValid());
        QCOMPARE(Money::format(9999999950LL), QStringLiteral("1.00亿元"));
        QCOMPARE(Money::formatIn(150000, Money::Unit::Wan), QStringLiteral("0.15万元"));
        QCOMPARE(Money::displayUnit(), QStringLiteral("万元"));
        QCOMPARE(Language::applied(), QStringLiteral("en"));
    }
    QCOMPARE(Money::format(1000000), QStringLiteral("10.00 thousand yuan"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
